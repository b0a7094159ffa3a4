"""The wallet records: the issue's safety invariants over every record and reading, the
collision rules, the API-dependent readings and a polling loop driven by ``follow_up``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from posrc import (
    Actor,
    Due,
    FollowUp,
    Outcome,
    ParseError,
    Registry,
    Retry,
    ReturnCode,
    Scheme,
    UnknownCodeError,
    explain,
    lookup,
    read_reply,
)
from posrc._data.steps import NO_MONEY_KEPT, NOT_COMPLETED, ORDER_KEEPS_ITS_STATE
from posrc._data.wallet_records import TABLES
from posrc._data.wallets import ROWS, SHARED_STRINGS
from posrc._enums import WALLET_SCHEMES
from posrc._grammar import WALLET_WORD
from posrc._table import fast_indexes

WALLET = tuple(rc for rc in ReturnCode if rc.scheme in WALLET_SCHEMES)
READINGS = tuple(reading for rc in WALLET for reading in rc.readings)
REPLIES: list[dict[str, Any]] = [
    json.loads(line)
    for line in (Path(__file__).parent / "replies" / "replies.jsonl")
    .read_text("utf-8")
    .splitlines()
]


def ids(rc: ReturnCode) -> str:
    return f"{rc.scheme.value}:{rc.api or '*'}:{rc.field or '*'}:{rc.code}"


def test_every_row_is_a_reading_of_a_registered_record() -> None:
    assert len(READINGS) == sum(1 + len(row.aliases) for row in ROWS)
    for scheme in WALLET_SCHEMES:
        assert any(rc.scheme is scheme for rc in WALLET)


@pytest.mark.parametrize("rc", [*WALLET, *READINGS], ids=ids)
def test_unknown_outcomes_query_first_and_carry_a_follow_up(rc: ReturnCode) -> None:
    assert rc.source is not None
    assert rc.source.edition
    if rc.outcome is Outcome.UNKNOWN:
        assert rc.retry is Retry.AFTER_QUERY
        assert isinstance(rc.follow_up, FollowUp)
    assert rc.outcome is not Outcome.PICK_UP


@pytest.mark.parametrize(
    ("scheme", "code"),
    [
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
    ],
)
def test_the_issue_s_unknown_codes_are_never_approved_or_declined(scheme: str, code: str) -> None:
    for rc in lookup(code, scheme=scheme).readings:
        assert rc.outcome is Outcome.UNKNOWN, rc
        assert rc.follow_up is not None


@pytest.mark.parametrize(
    ("scheme", "code"), [("wechatpay", "ORDERPAID"), ("alipay", "ACQ.TRADE_HAS_SUCCESS")]
)
def test_already_paid_is_confirmed_never_declined(scheme: str, code: str) -> None:
    rc = lookup(code, scheme=scheme)
    assert rc.outcome not in (Outcome.DECLINED, Outcome.ERROR)
    cashier = " ".join(step.text("en") for step in rc.advice.steps)
    assert re.search(r"confirm.*belongs to this order and this customer", cashier)


def test_the_default_reading_is_the_least_certain() -> None:
    rc = lookup("SYSTEMERROR", scheme="wechatpay")
    assert len(rc.readings) > 1
    assert rc.api == ""
    assert rc.outcome is Outcome.UNKNOWN
    assert {r.api for r in rc.readings} >= {"micropay", "reverse"}
    reverse = lookup("SYSTEMERROR", scheme="wechatpay", api="reverse")
    assert reverse.follow_up is not None
    assert reverse.follow_up.call == "reverse"
    assert any("After reverse" in s.text("en") and "again" in s.text("en") for s in rc.advice.steps)
    for code, scheme in (("10000", "alipay"), ("00", "unionpay-online")):
        default = lookup(code, scheme=scheme)
        order = [o for o in Outcome if o in {r.outcome for r in default.readings}]
        assert default.outcome is Outcome.UNKNOWN, order
    assert lookup("00", scheme="unionpay-online", field="origRespCode").is_approved


def test_an_api_the_scheme_lacks_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="'micropay'"):
        lookup("USERPAYING", scheme="wechatpay", api="trade.pay")
    with pytest.raises(UnknownCodeError, match="trade_status"):
        lookup("USERPAYING", scheme="wechatpay", field="trade_status")
    with pytest.raises(TypeError):
        lookup("USERPAYING", scheme="wechatpay", api=1)  # type: ignore[arg-type]
    assert explain("ORDERPAID", scheme="wechatpay", api="orderquery").return_code is None
    assert explain("ORDERPAID", scheme="wechatpay", api="micropay").is_partial


def test_word_shaped_codes_are_read_in_their_one_family() -> None:
    assert lookup("USERPAYING").scheme is Scheme.WECHATPAY
    assert lookup("ACQ.TRADE_HAS_SUCCESS").scheme is Scheme.ALIPAY
    assert lookup("SYSTEM_ERROR").scheme is Scheme.WECHATPAY
    assert lookup(" USERPAYING ") is lookup("USERPAYING")
    assert explain("USERPAYING").return_code is lookup("USERPAYING", scheme="wechatpay")
    assert lookup("PAYERROR").outcome is Outcome.DECLINED
    assert lookup("PAY_ERROR").outcome is Outcome.UNKNOWN


@pytest.mark.parametrize("code", sorted(c for c in SHARED_STRINGS if len(c) > 3))
def test_shared_words_need_the_scheme(code: str) -> None:
    with pytest.raises(ParseError, match="pass scheme=") as caught:
        lookup(code)
    for family in SHARED_STRINGS[code]:
        assert family in str(caught.value)
    assert explain(code).is_unknown


def test_two_character_codes_stay_card_codes() -> None:
    assert lookup("03").scheme is Scheme.CUP
    assert lookup("00").is_approved
    assert lookup("03", scheme="unionpay-online").is_unknown
    assert lookup("00", scheme="unionpay-online").is_unknown


def test_the_fast_path_answers_wallet_words_without_a_scheme() -> None:
    assert "USERPAYING" in fast_indexes(Registry.default()).unnamed
    assert "SUCCESS" not in fast_indexes(Registry.default()).unnamed


def run_loop(rc: ReturnCode, answers: list[Outcome], timeout: float) -> list[Due]:
    """A till's loop over a fake clock: query until settled or the closing step is due."""
    follow_up = rc.follow_up
    assert follow_up is not None
    clock, calls = 0.0, 0
    done: list[Due] = []
    while True:
        due = follow_up.next_call(elapsed=clock, calls=calls, timeout=timeout, interval=7)
        assert due.at >= clock
        clock = due.at
        done.append(due)
        if due.final:
            return done
        calls += 1
        if answers[calls - 1] is not Outcome.UNKNOWN:
            return done


def test_the_wechat_loop_queries_then_reverses_within_its_figures() -> None:
    rc = lookup("USERPAYING", scheme="wechatpay")
    steps = run_loop(rc, [Outcome.UNKNOWN] * 20, timeout=999)
    queries = [d.at for d in steps if not d.final]
    assert queries == [10.0, 20.0, 30.0, 40.0]
    assert steps[-1] == Due("reverse", 40.0, True)
    settled = run_loop(rc, [Outcome.UNKNOWN, Outcome.APPROVED], timeout=999)
    assert [d.final for d in settled] == [False, False]


def test_missing_figures_take_the_till_s_own() -> None:
    rc = lookup("03", scheme="unionpay-online")
    assert rc.follow_up is not None
    assert rc.follow_up.give_up.seconds is None
    steps = run_loop(rc, [Outcome.UNKNOWN] * 50, timeout=30)
    assert [d.at for d in steps if not d.final] == [0.0, 7.0, 14.0, 21.0, 28.0]
    assert steps[-1].action == "reconcile"


def test_alipay_counts_its_calls() -> None:
    rc = lookup("10003", scheme="alipay")
    steps = run_loop(rc, [Outcome.UNKNOWN] * 50, timeout=999)
    assert len([d for d in steps if not d.final]) <= 5
    assert steps[-1].action == "cancel"


def test_editions_keep_their_figures() -> None:
    follow_up = lookup("USERPAYING", scheme="wechatpay").follow_up
    assert follow_up is not None
    assert follow_up.give_up.seconds == 45
    assert 30 in {edition.give_up.seconds for edition in follow_up.editions}
    assert all(edition.editions == () for edition in follow_up.editions)


def _procedures() -> list[FollowUp]:
    """Every follow-up procedure of the wallet readings, each edition too."""
    found: dict[int, FollowUp] = {}
    for reading in READINGS:
        if reading.follow_up is not None:
            for procedure in (reading.follow_up, *reading.follow_up.editions):
                found.setdefault(id(procedure), procedure)
    return list(found.values())


PROCEDURES = _procedures()


@given(
    procedure=st.sampled_from(PROCEDURES),
    timeout=st.floats(1, 600),
    interval=st.floats(1, 60),
    settled_after=st.one_of(st.none(), st.integers(1, 30)),
)
def test_a_till_loop_driven_by_follow_up_keeps_the_vendor_s_figures(
    procedure: FollowUp, timeout: float, interval: float, settled_after: int | None
) -> None:
    # The loop a cashier app runs: ask next_call, wait until then, call, read the answer.
    deadline = timeout if procedure.give_up.seconds is None else procedure.give_up.seconds
    clock, calls = 0.0, 0
    steps: list[Due] = []
    while len(steps) < 200:
        due = procedure.next_call(elapsed=clock, calls=calls, timeout=timeout, interval=interval)
        assert due.at >= clock
        clock = due.at
        steps.append(due)
        if due.final:
            break
        assert due.action == procedure.call
        calls += 1
        if calls == settled_after:
            break  # the answer settled the order: the loop stops, no closing step
    queries = [due for due in steps if not due.final]
    if procedure.first_call.seconds is not None:
        assert queries[0].at == max(0.0, procedure.first_call.seconds)
    assert all(due.at <= max(deadline, queries[0].at) for due in queries)
    if procedure.max_calls is not None:
        assert len(queries) <= procedure.max_calls
    if steps[-1].final:
        assert steps[-1].action == procedure.then
        earliest = procedure.then_earliest.seconds
        assert earliest is None or steps[-1].at >= earliest
    elif settled_after is None:  # the vendor's window outlasts 200 calls (reverse: 7 days)
        assert deadline / (procedure.interval.seconds or interval) > 150


@given(
    elapsed=st.floats(0, 10_000),
    calls=st.integers(0, 100),
    timeout=st.floats(1, 1_000),
    interval=st.floats(0.5, 100),
)
def test_next_call_is_never_in_the_past(
    elapsed: float, calls: int, timeout: float, interval: float
) -> None:
    for rc in {id(r.follow_up): r for r in READINGS if r.follow_up is not None}.values():
        assert rc.follow_up is not None
        due = rc.follow_up.next_call(
            elapsed=elapsed, calls=calls, timeout=timeout, interval=interval
        )
        assert due.at >= elapsed


@pytest.mark.parametrize("reply", REPLIES, ids=lambda reply: str(reply["id"]))
def test_read_reply_on_the_real_replies(reply: dict[str, Any]) -> None:
    expected = reply["expected"]
    reading = read_reply(
        reply["text"] if reply["text"] is not None else {},
        scheme=reply["scheme"],
        api=reply["api"] or None,
        http_status=reply.get("http_status"),
    )
    assert reading.decided_by == expected["decides"]
    assert reading.code == expected["code"]
    assert reading.outcome.value == expected["outcome"]
    assert dict(reading.layers) == expected["layers"]
    assert (reading.explanation.return_code is None) == (
        expected["unknown_code"] and reading.explained_by == reading.decided_by
    )


def test_a_reply_s_envelope_names_its_scheme() -> None:
    named = [
        r
        for r in REPLIES
        if re.search(r"<return_code>|alipay_\w+_response|txnType=|version=5", r["text"] or "")
    ]
    assert len(named) > 20
    for reply in named:
        reading = read_reply(reply["text"] or {}, http_status=reply.get("http_status"))
        assert reading.scheme.value == reply["scheme"]


def test_the_original_failed_when_orig_resp_code_says_so() -> None:
    reading = read_reply({"respCode": "00", "origRespCode": "11"}, scheme="unionpay-online")
    assert reading.decided_by == "origRespCode"
    assert reading.outcome is Outcome.ERROR


def test_an_unknown_layer_makes_the_reply_unknown() -> None:
    reading = read_reply(
        '{"alipay_trade_pay_response": {"code": "40004", "sub_code": "ACQ.NEVER_SEEN"}}'
    )
    assert reading.outcome is Outcome.UNKNOWN
    assert reading.explanation.return_code is None


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        ("", ParseError),
        ("<xml><a>1</b></xml>", ParseError),
        ("<html></html>", ParseError),
        ('{"code": ', ParseError),
        ("[1, 2]", ParseError),
        ("just words", ParseError),
        ("a=1&&b", ParseError),
        ("x" * 70_000, ParseError),
        (b"\xff\xfe", ParseError),
        ({"respCode": "00"}, ParseError),
        ({"code": "10000", 1: "x"}, TypeError),
        ({"code": "10000"}, ParseError),
        (42, TypeError),
    ],
)
def test_bad_replies_get_precise_errors(reply: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        read_reply(reply)


def test_bad_reply_arguments() -> None:
    with pytest.raises(ParseError, match="not WeChat"):
        read_reply("respCode=00&txnType=00", scheme="wechatpay")
    with pytest.raises(ValueError, match="no API"):
        read_reply({"code": "10000"}, scheme="alipay", api="micropay")
    with pytest.raises(TypeError):
        read_reply({"code": "SYSTEM_ERROR"}, scheme="wechatpay", http_status="500")  # type: ignore[arg-type]
    with pytest.raises(ParseError, match=r"no Alipay .*result field"):
        read_reply({"msg": "x"}, scheme="alipay")
    deep: dict[str, object] = {}
    node = deep
    for _ in range(20):
        node["a"] = node = {}
    with pytest.raises(ParseError, match="deeply"):
        read_reply(deep, scheme="alipay")


def test_the_builder_refuses_an_outcome_its_native_code_lacks() -> None:
    from posrc._data.wallet_records import TABLES
    from posrc._data.wallets import wechatpay

    row = next(row for row in wechatpay.ROWS if row.code == "USERPAYING")
    with pytest.raises(ValueError, match="is not TX1418's"):
        TABLES[Scheme.WECHATPAY].reading(row._replace(outcome="approved"), row.code)


def test_readings_of_unknown_codes_and_bad_fields() -> None:
    assert explain("NEVER_SEEN", scheme="wechatpay", api="micropay").return_code is None
    with pytest.raises(TypeError, match="field must be a str"):
        lookup("USERPAYING", scheme="wechatpay", field=3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("reply", "scheme", "api"),
    [
        (
            {"return_code": "SUCCESS", "result_code": "FAIL", "err_code": "USERPAYING"},
            "wechatpay",
            "",
        ),
        ({"code": "SYSTEM_ERROR", "http_status": 500}, "wechatpay", "v3.codepay"),
        ({"trade_state": "SUCCESS", "http_status": 200}, "wechatpay", "v3.query"),
        ({"result_code": "400", "error_code": "INVALID_PARAMS"}, "shouqianba", ""),
        ("respCode=03&version=5.1.0", "unionpay-online", ""),
    ],
)
def test_the_fields_name_the_scheme(reply: Any, scheme: str, api: str) -> None:
    reading = read_reply(reply)
    assert reading.scheme.value == scheme
    assert reading.api == api


@pytest.mark.parametrize(
    "reply",
    [
        b"x" * (4 * 64 * 1024 + 1),
        "<xml>" + "".join(f"<a{n}>1</a{n}>" for n in range(600)) + "</xml>",
        "&".join(f"k{n}=v" for n in range(600)),
        {f"k{n}": "v" for n in range(600)},
        '{"a":' * 10_000 + "1" + "}" * 10_000,
    ],
)
def test_size_caps(reply: Any) -> None:
    with pytest.raises(ParseError, match=r"longer|too many|deeply"):
        read_reply(reply, scheme="alipay")


def test_a_wallet_code_is_read_only_as_spelled() -> None:
    # The fast path must not answer what the reader refuses: a wallet code keeps its case.
    assert lookup(" USERPAYING ") is lookup("USERPAYING")
    with pytest.raises(ParseError, match=re.escape("did you mean 'USERPAYING' (WeChat Pay)?")):
        lookup("userpaying")
    with pytest.raises(ParseError, match="did you mean 'USERPAYING'"):
        Registry.default().lookup("UserPaying")


WORDS = sorted({rc.code for rc in WALLET if WALLET_WORD().fullmatch(rc.code)})


@given(st.sampled_from(WORDS), st.data())
def test_a_wallet_code_in_another_case_names_its_spelling(code: str, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.booleans(), min_size=len(code), max_size=len(code)))
    written = "".join(c.swapcase() if flip else c for c, flip in zip(code, flips, strict=True))
    assume(written != code and not Registry.default().families(written))
    families = Registry.default().families(code)
    with pytest.raises(ParseError) as caught:
        lookup(written)
    error = caught.value
    assert (error.reason, error.position) == ("WRONG_CASE", 0)
    assert code in error.suggestions
    assert error.message.startswith("wallet codes keep their spelling: did you mean ")
    assert f"{code!r} (" in error.message
    assert all(scheme.label("en") in error.message for scheme in families)
    (notice,) = explain(written).notices
    assert notice.text("en") == str(error)
    zh = notice.text("zh")
    assert zh.startswith("无法读取应答码：钱包代码须按原样拼写（区分大小写），是否应为 ")
    assert f"{code}（" in zh
    assert all(scheme.label("zh") in zh for scheme in families)
    assert explain(written).is_unknown
    for scheme in families:
        with pytest.raises(UnknownCodeError) as unknown:
            lookup(written, scheme=scheme)
        assert unknown.value.suggestions == (code,)
        assert str(unknown.value).endswith(
            f"; wallet codes keep their spelling: did you mean {code!r}?"
        )
        (named,) = explain(written, scheme=scheme).notices
        assert named.text("zh").endswith(f"；钱包代码须按原样拼写（区分大小写），是否应为 {code}？")


def test_letters_of_two_wallet_codes_name_both() -> None:
    with pytest.raises(ParseError) as caught:
        lookup("Refund")
    assert caught.value.suggestions == ("REFUND", "refund")
    assert "did you mean 'REFUND' (WeChat Pay) or 'refund' (Alipay)?" in str(caught.value)
    # A word of no wallet, in any case, keeps its old error.
    with pytest.raises(ParseError) as plain:
        lookup("blxxxx")
    assert (plain.value.reason, plain.value.suggestions) == ("BAD_CHARACTER", ())
    with pytest.raises(UnknownCodeError) as card:
        lookup("ZZ", scheme="cup")
    assert card.value.suggestions == ()
    # Alipay's "refund" is no WeChat Pay code, but WeChat Pay's REFUND is; USERPAYING no Alipay one.
    with pytest.raises(UnknownCodeError, match="did you mean 'REFUND'") as named:
        lookup("refund", scheme="wechatpay")
    assert named.value.suggestions == ("REFUND",)
    with pytest.raises(UnknownCodeError) as other:
        lookup("USERPAYING", scheme="alipay")
    assert other.value.suggestions == ()
    assert str(other.value) == "USERPAYING is not a known Alipay (支付宝) code"


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
    from posrc._data.wallets._advice import CLOSED_UNPAID, NEW_ORDER_ALLOWED

    texts = {step.text("en") for step in rc.advice.steps}
    assert CLOSED_UNPAID.en not in texts
    assert NEW_ORDER_ALLOWED.en not in texts


def test_the_reversals_found_include_the_vendors_success_answers() -> None:
    found = {(r.scheme.value, r.api, r.code) for r in READINGS if _may_have_been_paid(r)}
    assert ("wechatpay", "reverse", "SUCCESS") in found
    assert ("wechatpay", "v3.reverse", "200") in found
    assert ("shouqianba", "", "CANCEL_SUCCESS") in found
