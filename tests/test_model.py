from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import attrs
import pytest

from posrc import (
    Actor,
    Advice,
    Category,
    Outcome,
    Retry,
    ReturnCode,
    Scheme,
    Step,
    TerminalAction,
    Text,
    explain,
    lookup,
)
from posrc._model import slot_setters


def test_a_mapped_code_takes_its_outcome_from_its_canonical_code() -> None:
    custom = ReturnCode(
        "9001", Scheme.POSRC, ReturnCode.INSUFFICIENT_BALANCE, meaning=Text("甲", "a")
    )
    assert (custom.outcome, custom.retry) == (Outcome.DECLINED, Retry.AFTER_FIX)
    moved = attrs.evolve(custom, canonical=ReturnCode.LOST_CARD)
    assert (moved.outcome, moved.retry, moved.category) == (
        Outcome.PICK_UP,
        Retry.NEVER,
        Category.RISK,
    )
    with pytest.raises(TypeError, match="outcome"):
        ReturnCode(  # type: ignore[call-arg]
            "9001",
            Scheme.POSRC,
            ReturnCode.INSUFFICIENT_BALANCE,
            meaning=Text("甲", "a"),
            outcome=Outcome.APPROVED,  # pyright: ignore[reportCallIssue]
        )


def test_a_code_that_gives_its_own_outcome_gives_its_retry() -> None:
    with pytest.raises(
        TypeError, match="OK9000: a code that gives its own outcome gives its retry"
    ):
        ReturnCode("OK9000", Scheme.POSRC, Outcome.APPROVED, meaning=Text("好", "Good"))


def test_class_is_iterable_sized_and_answers_membership() -> None:
    members = list(ReturnCode)
    assert len(members) == len(ReturnCode)
    assert members[0].is_native
    assert ReturnCode.BANK_TIMEOUT in ReturnCode
    assert "BK1006" not in ReturnCode
    keys = [(list(Scheme).index(Scheme(rc.scheme.value)), rc.code) for rc in members]
    assert keys == sorted(keys)


# The predicates each outcome makes true; every other predicate is false.
PREDICATES = {
    Outcome.APPROVED: {"is_approved"},
    Outcome.PARTIAL: {"is_partial"},
    Outcome.DECLINED: {"is_declined"},
    Outcome.PICK_UP: {"is_declined", "is_pick_up"},
    Outcome.ERROR: {"is_error"},
    Outcome.UNKNOWN: {"is_unknown"},
}
ALL_PREDICATES = set[str]().union(*PREDICATES.values())


def test_predicates_follow_outcome() -> None:
    assert set(PREDICATES) == set(Outcome)
    for rc in ReturnCode:
        true = {name for name in ALL_PREDICATES if getattr(rc, name)}
        assert true == PREDICATES[rc.outcome], rc.code


def test_language_tags_fall_back_to_english() -> None:
    rc = ReturnCode.INSUFFICIENT_BALANCE
    assert rc.message() == "余额不足"
    assert rc.message("zh-CN") == rc.message("ZH_tw") == "余额不足"
    assert rc.message("fr") == rc.message("en") == "Insufficient balance"
    with pytest.raises(TypeError, match="lang"):
        rc.message(None)  # type: ignore[arg-type]


def test_str_is_the_code_and_repr_names_scheme_and_code() -> None:
    assert str(ReturnCode.NETWORK_FAILURE) == "NW1005"
    reprs = {repr(rc) for rc in ReturnCode}
    assert len(reprs) == len(ReturnCode)  # a test report never shows two codes alike
    for rc in ReturnCode:
        assert f"{rc.scheme.value}:{rc.code}" in repr(rc)


def test_scheme_code_inherits_from_canonical_unless_it_says_otherwise() -> None:
    rc = lookup("04")
    assert rc.advice is rc.canonical.advice
    assert rc.cardholder_message("en") == rc.canonical.cardholder_message("en")
    assert rc.terminal_action is TerminalAction.RETAIN_CARD


def test_advice_by_actor() -> None:
    advice = ReturnCode.INSUFFICIENT_BALANCE.advice
    cardholder = advice.for_actor(Actor.CARDHOLDER)
    assert cardholder
    assert all(step.actor is Actor.CARDHOLDER for step in cardholder)
    assert Advice((Step(Actor.CASHIER, Text("甲", "a")),)).for_actor(Actor.INTEGRATOR) == ()


def test_shared_across_threads() -> None:
    raws = ["51", "A0", "116", "BL1001", " bl-1001 ", "ZZ9999"] * 200

    def resolve(raw: str) -> ReturnCode | None:
        return explain(raw).return_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(resolve, raws))
    assert results == [resolve(raw) for raw in raws]


@attrs.frozen
class _Plain:
    first: int
    second: str = ""


@attrs.frozen
class _Checked:
    first: int = attrs.field(validator=attrs.validators.instance_of(int))


@attrs.frozen
class _Finished:
    first: int

    def __attrs_post_init__(self) -> None:
        pass


@attrs.frozen(slots=False)
class _Unslotted:
    first: int


def test_slot_setters_build_what_the_generated_init_builds() -> None:
    set_first, set_second = slot_setters(_Plain, "first", "second")
    built = object.__new__(_Plain)
    set_first(built, 1)
    set_second(built, "b")
    assert built == _Plain(1, "b")


@pytest.mark.parametrize(
    ("cls", "names"),
    [
        (_Plain, ("first",)),  # every field, or the instance is left half made
        (_Plain, ("second", "first")),
        (_Checked, ("first",)),
        (_Finished, ("first",)),
        (_Unslotted, ("first",)),
    ],
)
def test_slot_setters_refuse_a_class_whose_init_does_more(
    cls: type, names: tuple[str, ...]
) -> None:
    with pytest.raises(TypeError, match="__init__ does more than fill"):
        slot_setters(cls, *names)
