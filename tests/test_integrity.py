"""Invariants over every record of every scheme."""

from __future__ import annotations

import re

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
from posrc._data.native import NATIVE_CODES
from posrc._model import reveals_risk_reason, withholds_reason

ALL = tuple(ReturnCode)
# Every record and every per-API or per-field reading of one: each is an answer a caller gets.
ANSWERS = tuple(reading for rc in ALL for reading in (rc, *rc.readings))
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


@pytest.mark.parametrize("rc", ANSWERS, ids=ids)
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


@pytest.mark.parametrize("rc", ANSWERS, ids=ids)
def test_cardholder_text_hides_risk_reasons(rc: ReturnCode) -> None:
    for lang in ("zh", "en"):
        assert not reveals_risk_reason(rc.cardholder_message(lang)), rc.cardholder_message(lang)


def test_codes_that_withhold_their_reason_never_show_their_meaning_to_the_cardholder() -> None:
    for rc in ANSWERS:
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
    for rc in ANSWERS:
        if re.search(r"timeout|timed out|too late", rc.message("en"), re.IGNORECASE):
            assert rc.outcome is Outcome.UNKNOWN, ids(rc)


def test_pick_up_wording_is_never_an_approval() -> None:
    for rc in ANSWERS:
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


# Words that tie an advice step to its record's outcome, retry and terminal action, in both
# languages. An unknown result may only be spoken of as being checked; a payment that may
# have gone through must not be called failed; a code never to be retried invites no retry.
STATES_FAILURE = re.compile(
    r"did not complete|not completed|payment failed|has failed|was declined|did not go through"
    r"|未完成|没有完成|付款失败|交易失败|被拒",
    re.IGNORECASE,
)
INVITES_RETRY = re.compile(r"\bretry|\btry (?:it )?again|\btry once more|重试|再试", re.I)
SAYS_BEING_CHECKED = {
    "en": re.compile(r"(?:pay|charge)s? (?:again|twice)", re.I),
    "zh": re.compile(r"重复(?:付款|扣款)|再次付款"),
}
ACTION_WORDS: dict[TerminalAction, dict[str, re.Pattern[str]]] = {
    TerminalAction.SHOW_PARTIAL_AMOUNT: {
        "en": re.compile(r"approved amount|amount (?:that was )?approved|that amount", re.I),
        "zh": re.compile(r"批准金额|批准的金额"),
    },
    TerminalAction.RETAIN_CARD: {
        "en": re.compile(r"keep the card", re.I),
        "zh": re.compile(r"留下此卡"),
    },
    TerminalAction.SIGN_ON: {"en": re.compile(r"sign\S* .*on", re.I), "zh": re.compile("签到")},
    TerminalAction.QUERY_RESULT: {"en": re.compile(r"query", re.I), "zh": re.compile("查询")},
    TerminalAction.CONFIRM_WITH_BANK: {
        "en": re.compile(r"confirm", re.I),
        "zh": re.compile("确认"),
    },
    TerminalAction.USE_CHIP: {"en": re.compile(r"chip", re.I), "zh": re.compile("芯片")},
    TerminalAction.CHECK_IDENTITY: {"en": re.compile("identity", re.I), "zh": re.compile("身份")},
    TerminalAction.CHECK_SETUP: {
        "en": re.compile(r"merchant ID|terminal ID", re.I),
        "zh": re.compile("商户号|终端号"),
    },
    TerminalAction.RECONCILE: {
        "en": re.compile(r"reconcil|totals", re.I),
        "zh": re.compile("对账"),
    },
    TerminalAction.WAIT_FOR_PAYER: {
        "en": re.compile(r"confirm .*on (?:their|your) phone", re.I),
        "zh": re.compile("在手机上.*确认"),
    },
    TerminalAction.REFRESH_PAYMENT_CODE: {
        "en": re.compile(r"refresh", re.I),
        "zh": re.compile("刷新"),
    },
    TerminalAction.REVERSE_ORDER: {
        "en": re.compile(r"\brevers|\bcancel", re.I),
        "zh": re.compile("撤销|撤单"),
    },
    TerminalAction.CONFIRM_EARLIER_PAYMENT: {
        "en": re.compile(r"confirm.*earlier|earlier.*confirm", re.I),
        "zh": re.compile("确认.*先前|先前.*确认"),
    },
}


def advice_problems(
    outcome: Outcome, retry: Retry, action: TerminalAction, advice: Advice
) -> list[str]:
    """Each way in which ``advice`` contradicts the outcome, retry or terminal action."""
    problems: list[str] = []
    uncertain = outcome is Outcome.UNKNOWN or (
        retry is Retry.AFTER_QUERY and outcome is not Outcome.PARTIAL
    )
    for lang in ("zh", "en"):
        texts = [(step.actor, step.text(lang)) for step in advice.steps]
        for _, text in texts:
            if (uncertain or outcome in (Outcome.APPROVED, Outcome.PARTIAL)) and (
                STATES_FAILURE.search(text)
            ):
                problems.append(f"calls a payment failed although it may have gone through: {text}")
            if retry is Retry.NEVER and INVITES_RETRY.search(text):
                problems.append(f"invites a retry of a code never to be retried: {text}")
        if uncertain and not any(
            actor is Actor.CASHIER and SAYS_BEING_CHECKED[lang].search(text)
            for actor, text in texts
        ):
            problems.append(f"no cashier step ({lang}) says not to take payment again yet")
        words = ACTION_WORDS.get(action)
        if words is not None and not any(words[lang].search(text) for _, text in texts):
            problems.append(f"no step ({lang}) carries out the terminal action {action.value}")
    return problems


@pytest.mark.parametrize("rc", ANSWERS, ids=ids)
def test_advice_fits_outcome_retry_and_terminal_action(rc: ReturnCode) -> None:
    assert advice_problems(rc.outcome, rc.retry, rc.terminal_action, rc.advice) == []


def test_the_advice_for_an_unknown_code_fits_an_unknown_outcome() -> None:
    unknown = explain("ZZ9999")
    assert unknown.return_code is None
    problems = advice_problems(
        unknown.outcome, unknown.retry, unknown.terminal_action, unknown.advice
    )
    assert problems == []


@pytest.mark.parametrize(
    ("outcome", "retry", "action", "text", "problem"),
    [
        (
            Outcome.UNKNOWN,
            Retry.AFTER_QUERY,
            TerminalAction.NONE,
            "交易失败，请换卡",
            "may have gone",
        ),
        (
            Outcome.ERROR,
            Retry.AFTER_QUERY,
            TerminalAction.NONE,
            "The payment did not complete",
            "gone",
        ),
        (Outcome.UNKNOWN, Retry.AFTER_QUERY, TerminalAction.NONE, "Wait", "not to take payment"),
        (Outcome.PICK_UP, Retry.NEVER, TerminalAction.NONE, "Try again later", "invites a retry"),
        (Outcome.DECLINED, Retry.NEVER, TerminalAction.NONE, "请稍后重试", "invites a retry"),
        (Outcome.PARTIAL, Retry.NOT_NEEDED, TerminalAction.SHOW_PARTIAL_AMOUNT, "Done", "partial"),
        (Outcome.APPROVED, Retry.NOT_NEEDED, TerminalAction.NONE, "Payment failed", "may have"),
    ],
)
def test_the_advice_check_catches_each_contradiction(
    outcome: Outcome, retry: Retry, action: TerminalAction, text: str, problem: str
) -> None:
    advice = Advice((Step(Actor.CASHIER, Text(text, text)),))
    assert any(problem in found for found in advice_problems(outcome, retry, action, advice))
