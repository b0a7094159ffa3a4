"""The advice of the wallet records, over every record and reading: no undoing call, merged
reading or closed order tells the cashier the payment failed or lets the till charge under a new
order number while the state is unknown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from posrc import Actor, Outcome, Retry, ReturnCode, Scheme, lookup
from posrc._data.steps import NO_MONEY_KEPT, NOT_COMPLETED, ORDER_KEEPS_ITS_STATE
from posrc._data.wallet_records import TABLES
from posrc._data.wallets import ROWS
from posrc._data.wallets._advice import CLOSED_UNPAID, NEW_ORDER_ALLOWED
from posrc._enums import WALLET_SCHEMES

WALLET = tuple(rc for rc in ReturnCode if rc.scheme in WALLET_SCHEMES)
READINGS = tuple(reading for rc in WALLET for reading in rc.readings)


def ids(rc: ReturnCode) -> str:
    return f"{rc.scheme.value}:{rc.api or '*'}:{rc.field or '*'}:{rc.code}"


def _undoing_readings() -> list[tuple[ReturnCode, tuple[str, ...]]]:
    """Every reading that answers a reverse, cancel or refund, with those operations."""
    found: list[tuple[ReturnCode, tuple[str, ...]]] = []
    for row in ROWS:
        table = TABLES[Scheme(row.scheme)]
        operations = table.undoes(row)
        if operations:
            found.append((table.reading(row, row.code), operations))
    return found


UNDOING = _undoing_readings()


def _undoing_id(value: object) -> str:
    return ids(value) if isinstance(value, ReturnCode) else "+".join(map(str, value))  # type: ignore[call-overload]


def test_the_undoing_calls_are_read_from_the_data() -> None:
    # The codes a reviewer found, and every code whose native says "not carried out".
    named = {(rc.scheme.value, rc.code) for rc, _ in UNDOING}
    for code in ("UPAY_CANCEL_INVALID_ORDER_STATE", "REFUNDABLE_AMOUNT_NOT_ENOUGH", "REFUND_FAIL"):
        assert ("shouqianba", code) in named
    for rc in READINGS:
        if rc.canonical.code == "TX1426":
            assert (rc.scheme.value, rc.code) in named


@pytest.mark.parametrize(("rc", "operations"), UNDOING, ids=_undoing_id)
def test_an_undoing_call_never_says_the_payment_failed(
    rc: ReturnCode, operations: tuple[str, ...]
) -> None:
    # A reverse, cancel or refund that fails leaves the order as it was, paid or not; one that
    # succeeds returns money that may have been paid. Telling the customer the payment failed,
    # and taking another, may charge twice.
    assert NOT_COMPLETED not in rc.advice.steps
    if rc.outcome is Outcome.DECLINED:
        assert NO_MONEY_KEPT in rc.advice.steps
        assert ORDER_KEEPS_ITS_STATE not in rc.advice.steps
    elif rc.outcome is Outcome.ERROR:
        assert ORDER_KEEPS_ITS_STATE in rc.advice.steps


@pytest.mark.parametrize(
    "rc", [r for r in READINGS if r.canonical.code in ("TX1420", "TX1421")], ids=ids
)
def test_an_order_that_keeps_no_money_is_not_a_failed_payment(rc: ReturnCode) -> None:
    # Closed, reversed or refunded: it may have been paid first (Alipay TRADE_CLOSED).
    assert NOT_COMPLETED not in rc.advice.steps
    assert NO_MONEY_KEPT in rc.advice.steps


@pytest.mark.parametrize(("rc", "operations"), UNDOING, ids=_undoing_id)
def test_an_undoing_call_s_follow_up_never_acts_on_the_payment(
    rc: ReturnCode, operations: tuple[str, ...]
) -> None:
    # While a refund is under way only the refund is queried; a reverse or cancel may be called
    # again (the same API), but a refund never leads to reversing or cancelling the payment.
    if rc.follow_up is None:
        return
    allowed = {"query", "reconcile", "contact-support"}
    if "refund" not in operations:
        allowed.update(operations)
    for procedure in (rc.follow_up, *rc.follow_up.editions):
        assert procedure.call in allowed
        assert procedure.then in allowed


def test_a_refund_in_progress_queries_the_refund() -> None:
    rc = lookup("REFUND_IN_PROGRESS", scheme="shouqianba")
    assert rc.follow_up is not None
    assert (rc.follow_up.call, rc.follow_up.then) == ("query", "contact-support")
    integrator = " ".join(step.text("en") for step in rc.advice.for_actor(Actor.INTEGRATOR))
    assert "query the refund" in integrator
    assert "neither cancel nor revoke the payment" in integrator


# A step that lets the till charge under a new order number; "never ..." and "only once the
# query shows ..." are the opposite.
NEW_ORDER = re.compile(
    r"(?<!never )(?<!not )charge (again )?under a new (merchant )?order number(?! only once)"
    r"|needs a new client_sn|pays again under a new order",
    re.IGNORECASE,
)


@pytest.mark.parametrize("rc", [*WALLET, *READINGS], ids=ids)
def test_an_unknown_state_never_retries_under_a_new_order_number(rc: ReturnCode) -> None:
    # Issue 12: no wallet code retries under a new order number while the old order's state is
    # unknown, and a record merged over several APIs is as unknown as its least certain reading.
    if rc.outcome is Outcome.UNKNOWN or rc.retry is Retry.AFTER_QUERY:
        allowing = [s.text("en") for s in rc.advice.steps if NEW_ORDER.search(s.text("en"))]
        assert allowing == []
        assert "新的商户订单号" not in " ".join(s.text("zh") for s in rc.advice.steps)


def test_the_new_order_pattern_sees_the_steps_that_allow_one() -> None:
    closed = lookup("ORDERCLOSED", scheme="wechatpay")
    assert any(NEW_ORDER.search(s.text("en")) for s in closed.advice.steps)
    assert not NEW_ORDER.search(lookup("USERPAYING", scheme="wechatpay").advice.steps[2].text("en"))


@pytest.mark.parametrize(
    ("scheme", "code"), [("wechatpay", "SUCCESS"), ("wechatpay", "200"), ("alipay", "10000")]
)
def test_a_merged_unknown_record_keeps_the_settled_readings_steps_out(
    scheme: str, code: str
) -> None:
    rc = lookup(code, scheme=scheme)
    assert len(rc.readings) > 1
    assert rc.outcome is Outcome.UNKNOWN
    assert any(r.outcome is not Outcome.UNKNOWN for r in rc.readings)
    settled = {
        step.text("en")
        for r in rc.readings
        if r.outcome is not Outcome.UNKNOWN
        for step in r.advice.for_actor(Actor.INTEGRATOR)
    }
    merged = [s.text("en") for s in rc.advice.steps if s.text("en").startswith("After ")]
    assert [text for text in merged if text.split(": ", 1)[1] in settled] == []


def test_shouqianba_s_deadline_is_its_chinese_flow_page_s() -> None:
    # 接入流程 (zh-cn/api/apiflow.md, 2017-03-20): 轮询时间可以在3~5s，总时长控制在40~50s左右;
    # the English pseudo-code gives no total. The docs say what the data carries.
    follow_up = lookup("PAY_IN_PROGRESS", scheme="shouqianba").follow_up
    assert follow_up is not None
    assert (follow_up.give_up.seconds, follow_up.give_up.upper) == (40.0, 50.0)
    assert follow_up.give_up.source.key == "S3"
    assert [edition.give_up.seconds for edition in follow_up.editions] == [None]
    wallets = (Path(__file__).parents[1] / "docs" / "wallets.md").read_text("utf-8")
    assert "收钱吧 give no deadline" not in wallets
    assert "40–50 s" in wallets


def _text(rc: ReturnCode, lang: str = "en") -> str:
    return " ".join(step.text(lang) for step in rc.advice.steps)


@pytest.mark.parametrize(
    ("code", "api"),
    [("TRADE_CLOSED", None), ("ACQ.TRADE_HAS_CLOSE", "trade.pay"), ("10000", "trade.cancel")],
)
def test_an_alipay_closed_trade_may_have_been_paid_and_refunded(code: str, api: str | None) -> None:
    rc = lookup(code, scheme="alipay", api=api)
    assert rc.outcome is Outcome.DECLINED
    assert "paid and then fully refunded" in _text(rc)
    assert "全额退款" in _text(rc, "zh")
    for claim in ("never paid and is closed", "definitely took no money", "did not complete"):
        assert claim not in _text(rc)


def test_wechat_closed_means_never_paid_unlike_alipay() -> None:
    wechat = lookup("CLOSED", scheme="wechatpay")
    alipay = lookup("TRADE_CLOSED", scheme="alipay")
    assert wechat.canonical is alipay.canonical  # both keep no money...
    assert "never paid" in _text(wechat)  # ...but only WeChat's was never paid
    assert "or paid and then fully refunded" in _text(alipay)
    assert "refunded" in alipay.message("en")
    assert NO_MONEY_KEPT in wechat.advice.steps
    assert NO_MONEY_KEPT in alipay.advice.steps


def _may_have_been_paid(rc: ReturnCode) -> bool:
    """A reading whose meaning is a reversal, cancel or refund of an order that was not
    said to be unpaid: its money may have moved and been returned."""
    meaning = rc.message("en").lower()
    undone = any(word in meaning for word in ("revers", "cancel", "refund"))
    unpaid = any(words in meaning for words in ("was unpaid", "not paid"))
    return undone and rc.outcome is Outcome.DECLINED and not unpaid


@pytest.mark.parametrize("rc", [r for r in READINGS if _may_have_been_paid(r)], ids=ids)
def test_a_reversed_order_is_never_said_to_be_unpaid(rc: ReturnCode) -> None:
    # "never paid, not charged" and "definitely took no money" are false of a reversal that
    # refunded a paid order (WeChat Pay's reverse SUCCESS: a paid one is refunded).
    texts = {step.text("en") for step in rc.advice.steps}
    assert CLOSED_UNPAID.en not in texts
    assert NEW_ORDER_ALLOWED.en not in texts


def test_the_reversals_found_include_the_vendors_success_answers() -> None:
    found = {(r.scheme.value, r.api, r.code) for r in READINGS if _may_have_been_paid(r)}
    assert ("wechatpay", "reverse", "SUCCESS") in found
    assert ("wechatpay", "v3.reverse", "200") in found
    assert ("shouqianba", "", "CANCEL_SUCCESS") in found


def test_no_record_of_an_undone_order_says_the_payment_did_not_complete() -> None:
    # The native codes themselves too, and every record that maps to them: an order that
    # keeps no money may have been paid first, and an undo not carried out leaves it as it was.
    from posrc._data.steps import NO_MONEY_KEPT_CODES, UNDO_NOT_DONE_CODE

    closing = dict.fromkeys(NO_MONEY_KEPT_CODES, NO_MONEY_KEPT)
    closing[UNDO_NOT_DONE_CODE] = ORDER_KEEPS_ITS_STATE
    records = [r for rc in ReturnCode for r in (rc, *rc.readings) if r.canonical.code in closing]
    assert {"TX1420", "TX1421", "TX1426"} <= {r.code for r in records}
    for r in records:
        assert NOT_COMPLETED not in r.advice.steps, ids(r)
        assert closing[r.canonical.code] in r.advice.steps, ids(r)
