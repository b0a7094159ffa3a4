from __future__ import annotations

import copy
import pickle
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
    Source,
    Step,
    TerminalAction,
    Text,
    explain,
    lookup,
)


def test_return_code_is_frozen() -> None:
    rc = ReturnCode.APPROVED
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rc.code = "OK0001"  # type: ignore[misc]


def test_members_are_singletons_under_copy_and_pickle() -> None:
    for rc in (
        ReturnCode.INSUFFICIENT_BALANCE,
        lookup("51"),
        lookup("116"),
        lookup("05", scheme="iso8583"),
    ):
        assert copy.copy(rc) is rc
        assert copy.deepcopy(rc) is rc
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(rc, protocol)) is rc


def test_record_outside_the_registry_pickles_to_an_equal_object() -> None:
    custom = ReturnCode(
        "9001",
        Scheme.POSRC,
        ReturnCode.INSUFFICIENT_BALANCE,
        Retry.LATER,
        meaning=Text("自定义", "Custom"),
        source=Source("acquirer table", primary=False),
    )
    assert custom not in ReturnCode
    clone = pickle.loads(pickle.dumps(custom))
    assert clone == custom
    assert clone is not custom
    assert hash(clone) == hash(custom)


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


def test_predicates_follow_outcome() -> None:
    for rc in ReturnCode:
        assert rc.is_approved == (rc.outcome is Outcome.APPROVED)
        assert rc.is_partial == (rc.outcome is Outcome.PARTIAL)
        assert rc.is_pick_up == (rc.outcome is Outcome.PICK_UP)
        assert rc.is_declined == (rc.outcome in (Outcome.DECLINED, Outcome.PICK_UP))
        assert rc.is_error == (rc.outcome is Outcome.ERROR)
        assert rc.is_unknown == (rc.outcome is Outcome.UNKNOWN)


def test_language_tags_fall_back_to_english() -> None:
    rc = ReturnCode.INSUFFICIENT_BALANCE
    assert rc.message() == "余额不足"
    assert rc.message("zh-CN") == rc.message("ZH_tw") == "余额不足"
    assert rc.message("fr") == rc.message("en") == "Insufficient balance"
    with pytest.raises(TypeError, match="lang"):
        rc.message(None)  # type: ignore[arg-type]


def test_str_and_repr() -> None:
    assert str(ReturnCode.NETWORK_FAILURE) == "NW1005"
    assert repr(ReturnCode.NETWORK_FAILURE) == "<ReturnCode posrc:NW1005 NETWORK_FAILURE>"
    assert repr(lookup("51")) == "<ReturnCode cup:51 Insufficient funds>"


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
