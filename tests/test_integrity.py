"""Invariants over every record of every scheme."""

from __future__ import annotations

import re

import pytest

from posrc import (
    Actor,
    Category,
    Outcome,
    Retry,
    ReturnCode,
    Scheme,
    TerminalAction,
    lookup,
)
from posrc._data.native import NATIVE_CODES
from posrc._model import reveals_risk_reason, withholds_reason

ALL = tuple(ReturnCode)
NATIVE = tuple(rc for rc in ALL if rc.is_native)
SCHEME = tuple(rc for rc in ALL if not rc.is_native)

# Native number blocks, as documented in posrc._data.native.
BLOCKS = {
    Category.SUCCESS: range(100),
    Category.BALANCE: range(1100, 1200),
    Category.CARD: range(1200, 1300),
    Category.PIN: range(1300, 1400),
    Category.TRANSACTION: range(1400, 1500),
    Category.NETWORK: range(1500, 1600),
    Category.BANK: range(1600, 1700),
    Category.SYSTEM: range(1700, 1800),
    Category.TERMINAL: range(1800, 1900),
    Category.MERCHANT: range(1900, 2000),
    Category.RISK: range(2000, 2100),
}
ORIGINAL_LISTING = range(1001, 1100)


def ids(rc: ReturnCode) -> str:
    return f"{rc.scheme.value}-{rc.code}"


def test_every_native_is_registered_and_named_on_the_class() -> None:
    assert tuple(sorted(NATIVE_CODES, key=lambda rc: rc.code)) == NATIVE
    for rc in NATIVE:
        assert rc.name is not None
        assert getattr(ReturnCode, rc.name) is rc
    declared = {name for name in ReturnCode.__annotations__ if name.isupper()}
    assert declared == {rc.name for rc in NATIVE}


def test_native_numbers_are_unique_and_in_their_block() -> None:
    numbers = [int(rc.code[2:]) for rc in NATIVE]
    assert len(numbers) == len(set(numbers))
    for rc, number in zip(NATIVE, numbers, strict=True):
        assert number in BLOCKS[rc.category] or number in ORIGINAL_LISTING, rc.code
        assert re.fullmatch(r"[A-Z]{2}[0-9]{4}", rc.code)


def test_keys_are_unique() -> None:
    keys = [(rc.scheme, rc.code) for rc in ALL]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("rc", ALL, ids=ids)
def test_record_invariants(rc: ReturnCode) -> None:
    for lang in ("zh", "en"):
        assert rc.message(lang).strip()
        assert rc.display(lang).strip()
        assert rc.cardholder_message(lang).strip()
        for step in rc.advice.steps:
            assert step.text(lang).strip()
    assert rc.message("zh") != rc.message("en")
    assert rc.canonical.is_native
    assert rc.canonical.outcome is rc.outcome
    assert rc.category is rc.canonical.category
    if rc.outcome not in (Outcome.APPROVED,):
        assert rc.advice.steps, "every code that is not a plain approval needs a step"
    if rc.is_pick_up:
        assert rc.retry is Retry.NEVER
        assert rc.terminal_action is TerminalAction.RETAIN_CARD
    if rc.outcome in (Outcome.APPROVED, Outcome.PARTIAL):
        assert rc.retry is not Retry.NEVER
    if rc.outcome is Outcome.APPROVED:
        assert rc.retry is Retry.NOT_NEEDED
    if rc.outcome is Outcome.UNKNOWN:
        assert rc.retry is Retry.AFTER_QUERY
    if rc.retry is Retry.IMMEDIATELY:
        assert rc.outcome in (Outcome.ERROR, Outcome.DECLINED)


@pytest.mark.parametrize("rc", SCHEME, ids=ids)
def test_every_scheme_code_has_a_source(rc: ReturnCode) -> None:
    assert rc.source is not None
    assert str(rc.source).strip()


@pytest.mark.parametrize("rc", ALL, ids=ids)
def test_cardholder_text_hides_risk_reasons(rc: ReturnCode) -> None:
    for lang in ("zh", "en"):
        assert not reveals_risk_reason(rc.cardholder_message(lang)), rc.cardholder_message(lang)


def test_codes_that_withhold_their_reason_never_show_their_meaning_to_the_cardholder() -> None:
    for rc in ALL:
        if withholds_reason(rc.outcome, rc.category):
            assert rc.cardholder_message("en") != rc.message("en")
            assert rc.cardholder_message("zh") != rc.message("zh")


@pytest.mark.parametrize(
    ("text", "reveals"),
    [
        ("Card reported stolen", True),
        ("LOST card", True),
        ("有作弊嫌疑", True),
        ("违反安全保密规定", True),
        ("Suspected fraud", True),
        ("A security violation", True),
        ("此卡暂时无法使用，请联系发卡银行。", False),
        ("Please contact your bank.", False),
        ("The terminal is flawed", False),
    ],
)
def test_the_risk_reason_rule(text: str, reveals: bool) -> None:
    assert reveals_risk_reason(text) is reveals


def test_timeouts_are_never_approved() -> None:
    for rc in ALL:
        if re.search(r"timeout|timed out|too late", rc.message("en"), re.IGNORECASE):
            assert rc.outcome is Outcome.UNKNOWN, ids(rc)


def test_pick_up_wording_is_never_an_approval() -> None:
    for rc in ALL:
        if re.search(r"pick.?up|capture|没收|吞", rc.message("en") + rc.message("zh"), re.I):
            assert rc.outcome is Outcome.PICK_UP, ids(rc)


def test_failed_codes_tell_the_customer_and_keep_records() -> None:
    for rc in NATIVE:
        if rc.outcome not in (Outcome.APPROVED, Outcome.PARTIAL):
            assert rc.advice.for_actor(Actor.CASHIER)
            assert rc.advice.for_actor(Actor.OPERATIONS)


@pytest.mark.parametrize(
    ("code", "scheme", "outcome", "retry"),
    [
        ("10", Scheme.CUP, Outcome.PARTIAL, None),
        ("A2", Scheme.CUP, Outcome.PARTIAL, None),
        ("A4", Scheme.CUP, Outcome.PARTIAL, None),
        ("A5", Scheme.CUP, Outcome.PARTIAL, None),
        ("A6", Scheme.CUP, Outcome.PARTIAL, None),
        ("04", Scheme.CUP, Outcome.PICK_UP, Retry.NEVER),
        ("07", Scheme.CUP, Outcome.PICK_UP, Retry.NEVER),
        ("34", Scheme.CUP, Outcome.PICK_UP, Retry.NEVER),
        ("41", Scheme.CUP, Outcome.PICK_UP, Retry.NEVER),
        ("43", Scheme.CUP, Outcome.PICK_UP, Retry.NEVER),
        ("67", Scheme.CUP, Outcome.PICK_UP, Retry.NEVER),
        ("68", Scheme.CUP, Outcome.UNKNOWN, Retry.AFTER_QUERY),
        ("68", Scheme.ISO8583, Outcome.UNKNOWN, Retry.AFTER_QUERY),
        ("98", Scheme.CUP, Outcome.UNKNOWN, Retry.AFTER_QUERY),
        ("96", Scheme.CUP, Outcome.UNKNOWN, Retry.AFTER_QUERY),
        ("96", Scheme.ISO8583, Outcome.UNKNOWN, Retry.AFTER_QUERY),
        ("90", Scheme.CUP, None, Retry.LATER),
        ("91", Scheme.CUP, None, Retry.LATER),
        ("55", Scheme.CUP, None, Retry.AFTER_FIX),
        ("51", Scheme.CUP, Outcome.DECLINED, Retry.AFTER_FIX),
        ("00", Scheme.CUP, Outcome.APPROVED, Retry.NOT_NEEDED),
        ("000", Scheme.ISO8583_1993, Outcome.APPROVED, Retry.NOT_NEEDED),
        ("911", Scheme.ISO8583_1993, Outcome.UNKNOWN, Retry.AFTER_QUERY),
    ],
)
def test_outcomes_the_issue_fixes(
    code: str, scheme: Scheme, outcome: Outcome | None, retry: Retry | None
) -> None:
    rc = lookup(code, scheme=scheme)
    if outcome is not None:
        assert rc.outcome is outcome
    if retry is not None:
        assert rc.retry is retry


@pytest.mark.parametrize(
    ("code", "action"),
    [
        ("99", TerminalAction.SIGN_ON),
        ("A0", TerminalAction.SIGN_ON),
        ("77", TerminalAction.SIGN_ON),
        ("03", TerminalAction.CHECK_SETUP),
        ("58", TerminalAction.CHECK_SETUP),
        ("97", TerminalAction.CHECK_SETUP),
        ("10", TerminalAction.SHOW_PARTIAL_AMOUNT),
        ("04", TerminalAction.RETAIN_CARD),
        ("A2", TerminalAction.CONFIRM_WITH_BANK),
        ("45", TerminalAction.USE_CHIP),
    ],
)
def test_cup_terminal_actions(code: str, action: TerminalAction) -> None:
    assert lookup(code, scheme="cup").terminal_action is action

