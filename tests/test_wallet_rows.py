"""Invariants over every wallet row, so that the records built from them inherit them."""

from __future__ import annotations

import re
from collections import defaultdict
from types import ModuleType

import pytest

from posrc import ParseError, UnknownCodeError, lookup
from posrc._data.wallets import (
    FOLLOW_UPS,
    NEW_NATIVES,
    NEW_TERMINAL_ACTIONS,
    ROWS,
    SCHEME_MODULES,
    SHARED_STRINGS,
    alipay,
    shouqianba,
    unionpay_online,
    wechatpay,
)
from posrc._data.wallets._rows import FollowUp, Row

MODULES: dict[str, ModuleType] = {
    "wechatpay": wechatpay,
    "alipay": alipay,
    "unionpay-online": unionpay_online,
    "shouqianba": shouqianba,
}
PINNED_COUNTS = {"wechatpay": 89, "alipay": 120, "unionpay-online": 56, "shouqianba": 83}

HIDDEN_WORDS = re.compile(
    r"作弊|欺诈|伪卡|挂失|被窃|被盗|盗|安全|违法|风险|风控|fraud|stolen|lost|counterfeit|security"
    r"|\blaw\b|risk",
    re.IGNORECASE,
)
NEW_ORDER = re.compile(
    r"new (merchant )?order number|new client_sn|新订单号|新的商户订单号|新的 client_sn"
)
NEGATION = re.compile(r"\bnever\b|\bdo not\b|\bnot\b|不要|不能|不得|绝不")
BLOCKS = {
    "OK": range(100),
    "BL": range(1100, 1200),
    "CD": range(1200, 1300),
    "PN": range(1300, 1400),
    "TX": range(1400, 1500),
    "NW": range(1500, 1600),
    "BK": range(1600, 1700),
    "SY": range(1700, 1800),
    "TM": range(1800, 1900),
    "MC": range(1900, 2000),
    "RK": range(2000, 2100),
}
NEW_NATIVE_BY_CODE = {n.code: n for n in NEW_NATIVES}


def row_id(row: Row) -> str:
    return f"{row.scheme}:{row.field}:{row.api or '*'}:{row.code}"


def follow_ups(row: Row) -> tuple[FollowUp, ...]:
    return tuple(f for f in FOLLOW_UPS if f.scheme == row.scheme and f.name == row.follow_up)


def native_outcome(code: str) -> str:
    if code in NEW_NATIVE_BY_CODE:
        return NEW_NATIVE_BY_CODE[code].outcome
    return lookup(code, scheme="posrc").outcome.value


def texts(row: Row, lang: str) -> list[str]:
    return [step.zh if lang == "zh" else step.en for step in row.advice]


def codes(row: Row) -> tuple[str, ...]:
    return (row.code, *row.aliases)


def test_row_counts_are_pinned() -> None:
    counts = {scheme: len(module.ROWS) for scheme, module in MODULES.items()}
    assert counts == PINNED_COUNTS
    assert sum(counts.values()) == len(ROWS)
    assert tuple(MODULES.values()) == SCHEME_MODULES


def test_readings_are_unique() -> None:
    keys = [(row.scheme, row.field, row.api, code) for row in ROWS for code in codes(row)]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_row_shape(row: Row) -> None:
    module = MODULES[row.scheme]
    assert row in module.ROWS
    assert row.code.strip() == row.code != ""
    assert row.api == "" or row.api in module.OPERATIONS
    fields = {f for layers in module.LAYERS.values() for f in layers}
    assert row.field in fields
    if row.api:
        assert row.field in module.LAYERS[row.api]
    assert row.zh.strip()
    assert row.en.strip()
    assert row.zh != row.en
    assert row.outcome != "pick-up", "pick-up is for cards"
    assert row.sources
    assert all(key in module.SOURCES for key in row.sources)
    if row.confidence in ("H", "H-c"):
        assert module.SOURCES[row.sources[0]].primary, "an H row rests on a primary source"
    for step in row.advice:
        assert step.zh.strip()
        assert step.en.strip()
    if row.outcome != "approved":
        assert row.advice


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_outcome_and_retry_agree(row: Row) -> None:
    if row.outcome == "approved":
        assert row.retry == "not-needed"
    if row.outcome in ("approved", "partial"):
        assert row.retry != "never"
    if row.outcome == "unknown":
        assert row.retry == "after-query"
        assert row.follow_up, "an unknown outcome carries its follow-up"
    else:
        assert row.action != "wait-for-payer"
    if row.retry == "immediately":
        assert row.outcome in ("error", "declined")


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_native_code_exists_and_agrees(row: Row) -> None:
    assert re.fullmatch(r"[A-Z]{2}[0-9]{4}", row.native)
    assert native_outcome(row.native) == row.outcome


def test_new_natives_fit_their_blocks() -> None:
    names = [n.name for n in NEW_NATIVES]
    assert len(names) == len(set(names)) == len(NEW_NATIVE_BY_CODE)
    for native in NEW_NATIVES:
        assert int(native.code[2:]) in BLOCKS[native.code[:2]], native.code
        assert native.zh.strip()
        assert native.en.strip()
        try:
            existing = lookup(native.code, scheme="posrc")
        except UnknownCodeError:
            continue
        assert existing.name == native.name, "a proposed number is already taken"
    used = {row.native for row in ROWS}
    assert set(NEW_NATIVE_BY_CODE) <= used, "every proposed native code is used"


def test_new_terminal_actions_are_used() -> None:
    assert set(NEW_TERMINAL_ACTIONS) <= {row.action for row in ROWS}


@pytest.mark.parametrize("row", [r for r in ROWS if r.follow_up], ids=row_id)
def test_follow_up_exists_with_one_default(row: Row) -> None:
    editions = follow_ups(row)
    assert editions, row.follow_up
    assert sum(f.default for f in editions) == 1


@pytest.mark.parametrize("follow_up", FOLLOW_UPS, ids=lambda f: f"{f.name}:{f.edition}")
def test_follow_up_figures(follow_up: FollowUp) -> None:
    module = MODULES[follow_up.scheme]
    assert follow_up.name.startswith(follow_up.scheme + ".")
    assert follow_up.call in module.OPERATIONS.values()
    figures = (
        follow_up.first_call,
        follow_up.interval,
        follow_up.give_up,
        follow_up.then_earliest,
        follow_up.then_latest,
    )
    for figure in figures:
        assert figure.source in module.SOURCES
        assert figure.edition
        if figure.seconds is not None:
            assert figure.seconds >= 0
        if figure.upper is not None:
            assert figure.seconds is not None
            assert figure.upper > figure.seconds
    first, give_up = follow_up.first_call.seconds, follow_up.give_up.seconds
    if first is not None and give_up is not None:
        assert first <= give_up
    earliest, latest = follow_up.then_earliest.seconds, follow_up.then_latest.seconds
    if earliest is not None and latest is not None:
        assert earliest <= latest
    if follow_up.max_calls is not None:
        assert follow_up.max_calls >= 1
    assert any(row.follow_up == follow_up.name for row in module.ROWS)


def test_wechat_follow_up_editions_keep_both_deadlines() -> None:
    deadlines = {
        f.edition: f.give_up.seconds for f in FOLLOW_UPS if f.name == "wechatpay.user-paying"
    }
    default = next(f for f in FOLLOW_UPS if f.name == "wechatpay.user-paying" and f.default)
    assert default.give_up.seconds == 45
    assert default.then_earliest.seconds == 15
    assert default.then_latest.seconds == 7 * 24 * 3600
    assert 30 in deadlines.values()


# Codes whose every reading must stay unknown until queried.
def is_safety_critical(row: Row) -> bool:
    if row.scheme == "wechatpay":
        return (
            row.code in ("USERPAYING", "SYSTEMERROR", "SYSTEM_ERROR", "BANKERROR", "BANK_ERROR")
            or "SYSTEMERROR" in row.aliases
        )
    if row.scheme == "alipay":
        return row.code in ("10003", "20000", "ACQ.SYSTEM_ERROR")
    if row.scheme == "unionpay-online":
        return row.code in ("03", "04", "05")
    in_progress_or_error = re.search(r"IN_?PROG|_ERROR$|^FAIL_(PROTOCOL|IO)", row.code)
    return bool(in_progress_or_error) and row.field != "biz_response.error_code"


SAFETY_ROWS = [row for row in ROWS if is_safety_critical(row)]


def test_safety_list_is_not_empty() -> None:
    found = {(row.scheme, row.code) for row in SAFETY_ROWS}
    for expected in (
        ("wechatpay", "USERPAYING"),
        ("wechatpay", "SYSTEMERROR"),
        ("wechatpay", "BANKERROR"),
        ("alipay", "10003"),
        ("alipay", "20000"),
        ("alipay", "ACQ.SYSTEM_ERROR"),
        ("unionpay-online", "03"),
        ("unionpay-online", "04"),
        ("unionpay-online", "05"),
        ("shouqianba", "PAY_IN_PROGRESS"),
        ("shouqianba", "PAY_ERROR"),
        ("shouqianba", "CANCEL_ERROR"),
    ):
        assert expected in found


@pytest.mark.parametrize("row", SAFETY_ROWS, ids=row_id)
def test_unknown_codes_are_never_approved_or_declined(row: Row) -> None:
    assert row.outcome == "unknown"
    assert row.retry == "after-query"
    assert follow_ups(row)


@pytest.mark.parametrize("row", [r for r in ROWS if r.outcome == "unknown"], ids=row_id)
def test_unknown_never_retries_under_a_new_order_number(row: Row) -> None:
    for lang in ("zh", "en"):
        for text in texts(row, lang):
            if NEW_ORDER.search(text):
                assert NEGATION.search(text), text


def test_the_same_api_again_is_said_in_follow_up_and_advice() -> None:
    repeats = [
        row
        for row in ROWS
        if row.outcome == "unknown"
        and row.api
        and row.decides
        and follow_ups(row)
        and follow_ups(row)[0].call == MODULES[row.scheme].OPERATIONS[row.api]
    ]
    assert {(r.scheme, r.code, r.api) for r in repeats} >= {
        ("wechatpay", "SYSTEMERROR", "reverse"),
        ("wechatpay", "SYSTEM_ERROR", "v3.reverse"),
        ("alipay", "ACQ.SYSTEM_ERROR", "trade.cancel"),
        ("alipay", "ACQ.SYSTEM_ERROR", "trade.query"),
    }
    for row in repeats:
        integrator = [s.en for s in row.advice if s.actor == "integrator"]
        assert any("again" in text or "follow_up schedule" in text for text in integrator)
    reverse = next(
        r
        for r in ROWS
        if (r.scheme, r.code, r.field, r.api) == ("wechatpay", "SYSTEMERROR", "err_code", "reverse")
    )
    assert follow_ups(reverse)[0].call == "reverse"
    assert any("reverse API again" in text for text in texts(reverse, "en"))


@pytest.mark.parametrize(
    ("scheme", "code"),
    [
        ("wechatpay", "ORDERPAID"),
        ("alipay", "ACQ.TRADE_HAS_SUCCESS"),
        ("shouqianba", "TRADE_HAS_SUCCESS"),
    ],
)
def test_already_paid_is_never_declined_and_is_confirmed(scheme: str, code: str) -> None:
    rows = [row for row in ROWS if (row.scheme, row.code) == (scheme, code)]
    assert rows
    for row in rows:
        assert row.outcome not in ("declined", "error")
        assert row.action == "confirm-earlier-payment"
        assert any("this order" in t and "this customer" in t for t in texts(row, "en"))
        assert any("本订单" in t and "本顾客" in t for t in texts(row, "zh"))


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_payer_never_sees_a_risk_reason(row: Row) -> None:
    shown = row.display if row.display is not None else (row.zh, row.en)
    payer = [
        text for step in row.advice if step.actor == "cardholder" for text in (step.zh, step.en)
    ]
    for text in (*shown, *payer):
        assert not HIDDEN_WORDS.search(text), text


def test_risk_rows_hide_their_reason() -> None:
    for row in ROWS:
        if row.native == "RK2015":
            assert row.display is not None, row_id(row)


def test_trade_closed_and_closed_say_which() -> None:
    (closed,) = [r for r in ROWS if (r.scheme, r.code) == ("wechatpay", "CLOSED")]
    (trade_closed,) = [r for r in ROWS if (r.scheme, r.code) == ("alipay", "TRADE_CLOSED")]
    assert any("never" in t and "paid" in t for t in texts(closed, "en"))
    assert any("从未付款" in t for t in texts(closed, "zh"))
    assert any("fully refunded" in t for t in texts(trade_closed, "en"))
    assert any("全额退款" in t and "未付款" in t for t in texts(trade_closed, "zh"))
    assert closed.outcome == trade_closed.outcome == "declined"


def test_near_twins_keep_their_spellings_and_outcomes() -> None:
    by_family: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in ROWS:
        for code in codes(row):
            by_family[code.replace("_", "").replace(".", "").upper()].add((row.scheme, code))
    twins = {
        key: spellings
        for key, spellings in by_family.items()
        if len({scheme for scheme, _ in spellings}) > 1 and len({code for _, code in spellings}) > 1
    }
    assert twins == {
        "PAYERROR": {("wechatpay", "PAYERROR"), ("shouqianba", "PAY_ERROR")},
        "REFUND": {("wechatpay", "REFUND"), ("alipay", "refund")},
    }
    (payerror,) = [r for r in ROWS if r.code == "PAYERROR"]
    pay_error = [r for r in ROWS if r.code == "PAY_ERROR"]
    assert payerror.outcome == "declined"
    assert pay_error
    assert all(r.outcome == "unknown" for r in pay_error)


def test_shared_strings_are_listed() -> None:
    families: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        for code in codes(row):
            families[code].add(row.scheme)
    shared = {code: tuple(sorted(f)) for code, f in families.items() if len(f) > 1}
    assert shared == {code: tuple(sorted(f)) for code, f in SHARED_STRINGS.items()}


def test_aliases_stay_within_their_family() -> None:
    own: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        own[row.code].add(row.scheme)
    for row in ROWS:
        for alias in row.aliases:
            assert own.get(alias, {row.scheme}) == {row.scheme}, alias


WORD_SHAPED = sorted(
    {
        code
        for row in ROWS
        for code in codes(row)
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9_.\-]{2,}", code)
    }
)


@pytest.mark.parametrize("code", WORD_SHAPED)
def test_word_shaped_codes_never_read_as_card_codes(code: str) -> None:
    families = {row.scheme for row in ROWS if code in codes(row)}
    if len(families) > 1:
        with pytest.raises((UnknownCodeError, ParseError)):
            lookup(code)
    else:
        assert lookup(code).scheme.value in families


def test_card_shaped_codes_are_the_known_collisions() -> None:
    colliding: set[str] = set()
    for code in {c for row in ROWS for c in codes(row)}:
        try:
            found = lookup(code)
        except (UnknownCodeError, ParseError):
            continue
        if found.scheme.value not in MODULES:
            colliding.add(code)
    assert colliding
    for code in colliding:
        assert re.fullmatch(r"[0-9A-Z][0-9]|[0-9]{3}", code), code
        families = {row.scheme for row in ROWS if code in codes(row)}
        assert families <= {"unionpay-online", "wechatpay", "shouqianba"}


@pytest.mark.parametrize("row", [r for r in ROWS if not r.decides], ids=row_id)
def test_deferring_rows_have_a_deeper_layer(row: Row) -> None:
    module = MODULES[row.scheme]
    apis = (
        [row.api]
        if row.api
        else [api for api, layers in module.LAYERS.items() if row.field in layers]
    )
    assert apis
    for api in apis:
        layers = module.LAYERS[api]
        assert layers.index(row.field) < len(layers) - 1, (api, row.field)


def test_api_dependent_codes_default_to_the_least_certain_reading() -> None:
    readings: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in ROWS:
        readings[(row.scheme, row.field, row.code)].append(row)
    dependent = {key: rows for key, rows in readings.items() if len(rows) > 1}
    assert ("wechatpay", "err_code", "SYSTEMERROR") in dependent
    assert ("alipay", "code", "10000") in dependent
    assert ("unionpay-online", "respCode", "00") in dependent
    for rows in dependent.values():
        assert all(row.api for row in rows), "either one reading for all APIs, or one per API"
