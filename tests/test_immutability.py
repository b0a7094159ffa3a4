"""Every public object is frozen; default members stay singletons, even across processes."""

from __future__ import annotations

import copy
import multiprocessing
import operator
import pickle

import attrs
import pytest

from posrc import (
    Actor,
    Advice,
    Outcome,
    Registry,
    Retry,
    ReturnCode,
    Scheme,
    Source,
    Step,
    Text,
    VendorScheme,
    explain,
    find_codes,
    lookup,
    parse,
    summarize,
)

LAKALA = VendorScheme("lakala", "Lakala")
EXTENDED = Registry.default().extend(
    [
        {"scheme": "lakala", "code": "E1", "canonical": "BL1001", "zh": "余额不足", "en": "Low"},
        {"scheme": LAKALA, "code": "R1", "canonical": "RK9001", "zh": "拦截", "en": "Held"},
        {"scheme": "posrc", "code": "RK9001", "canonical": "RK2011", "zh": "黑名单", "en": "Bad"},
    ]
)
ADDED = tuple(rc for rc in EXTENDED if rc not in Registry.default())

PUBLIC_OBJECTS: dict[str, attrs.AttrsInstance] = {
    "ReturnCode": lookup("51"),
    "Text": Text("甲", "a"),
    "Source": Source("Q/CUP 006.6-2015"),
    "Step": Step(Actor.CASHIER, Text("甲", "a")),
    "Advice": ReturnCode.APPROVED.advice,
    "Explanation": explain("51"),
    "CodeMatch": find_codes("RC=51")[0],
    "Summary": summarize(["51"]),
    "Code": parse("BL1001"),
    "VendorScheme": LAKALA,
    "added ReturnCode": ADDED[0],
}


@pytest.mark.parametrize("name", PUBLIC_OBJECTS)
def test_public_objects_refuse_every_change(name: str) -> None:
    obj = PUBLIC_OBJECTS[name]
    for field in attrs.fields(type(obj)):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(obj, field.name, None)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            delattr(obj, field.name)
    with pytest.raises(AttributeError):
        obj.extra = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("registry", [Registry.default(), EXTENDED], ids=repr)
def test_registries_refuse_every_change(registry: Registry) -> None:
    for name in ("_members", "_by_key", "extra"):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(registry, name, None)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            delattr(registry, name)


def test_registries_pickle_and_copy() -> None:
    default = Registry.default()
    assert pickle.loads(pickle.dumps(default)) is default
    assert copy.copy(EXTENDED) is EXTENDED
    assert copy.deepcopy(EXTENDED) is EXTENDED
    clone = pickle.loads(pickle.dumps(EXTENDED))
    assert list(clone) == list(EXTENDED)
    assert clone.lookup("E1", scheme="lakala") == EXTENDED.lookup("E1", scheme="lakala")
    assert clone.lookup("51") is default.lookup("51")
    assert clone.vendor_schemes == (LAKALA,)
    assert f"{len(default) + 3} codes" in repr(clone)
    assert "lakala" in repr(clone)
    assert f"{len(default)} codes" in repr(default)


def test_named_members_cannot_be_replaced_or_deleted() -> None:
    approved = ReturnCode.APPROVED
    with pytest.raises(AttributeError, match=r"ReturnCode\.APPROVED is a fixed member"):
        setattr(ReturnCode, "APPROVED", lookup("51"))  # noqa: B010
    with pytest.raises(AttributeError, match="cannot be deleted"):
        delattr(ReturnCode, "APPROVED")
    assert ReturnCode.APPROVED is approved
    with pytest.raises(AttributeError):
        setattr(Scheme, "CUP", Scheme.POSRC)  # noqa: B010
    with pytest.raises(AttributeError):
        setattr(Outcome, "APPROVED", Outcome.DECLINED)  # noqa: B010


def test_advice_steps_are_a_tuple() -> None:
    advice = ReturnCode.INSUFFICIENT_BALANCE.advice
    assert isinstance(advice, Advice)
    assert isinstance(advice.steps, tuple)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_every_default_member_is_a_singleton_under_pickle_and_copy(protocol: int) -> None:
    members = tuple(ReturnCode)
    clones = pickle.loads(pickle.dumps(members, protocol))
    assert all(clone is rc for clone, rc in zip(clones, members, strict=True))
    assert all(copy.copy(rc) is rc and copy.deepcopy(rc) is rc for rc in members)


# A record built by hand belongs to no registry; added ones belong to EXTENDED only.
BARE = ReturnCode(
    "9001",
    Scheme.POSRC,
    ReturnCode.INSUFFICIENT_BALANCE,
    Retry.LATER,
    meaning=Text("自定义", "Custom"),
    source=Source("acquirer table", primary=False),
)


@pytest.mark.parametrize("rc", [BARE, *ADDED], ids=str)
def test_records_outside_the_default_unpickle_to_equal_objects(rc: ReturnCode) -> None:
    assert rc not in ReturnCode
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        clone = pickle.loads(pickle.dumps(rc, protocol))
        assert clone == rc
        assert clone is not rc
        assert hash(clone) == hash(rc)
        assert clone.canonical == rc.canonical
        assert clone.retry is rc.retry
        assert clone.outcome is rc.outcome
    assert copy.copy(rc) is rc


def test_an_added_member_unpickles_onto_the_default_singletons() -> None:
    member = pickle.loads(pickle.dumps(EXTENDED.lookup("E1", scheme=LAKALA)))
    assert member.canonical is ReturnCode.INSUFFICIENT_BALANCE


def test_explanations_pickle_to_equal_objects() -> None:
    for value in (explain("RC=51 网络连接失败"), explain("ZZ"), find_codes(b"RESP=51")[0]):
        assert pickle.loads(pickle.dumps(value)) == value


def test_singletons_hold_across_processes() -> None:
    members = (ReturnCode.APPROVED, lookup("51"), lookup("05", scheme="iso8583"), lookup("911"))
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        # Each argument is unpickled in the child: both resolve to its one shared member.
        in_child = pool.starmap(operator.is_, [(rc, rc) for rc in members])
        echoed = pool.map(copy.copy, members)  # pickled back by the child
        added_equal = pool.starmap(operator.eq, [(rc, rc) for rc in ADDED])
    assert in_child == [True] * len(members)
    assert all(back is rc for back, rc in zip(echoed, members, strict=True))
    assert added_equal == [True] * len(ADDED)
