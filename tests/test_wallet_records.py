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
    # The last query falls on the 45 s deadline, so a payer who confirms at 42 s is paid.
    assert queries == [10.0, 20.0, 30.0, 40.0, 45.0]
    assert steps[-1] == Due("reverse", 45.0, True)
    settled = run_loop(rc, [Outcome.UNKNOWN, Outcome.APPROVED], timeout=999)
    assert [d.final for d in settled] == [False, False]


def test_missing_figures_take_the_till_s_own() -> None:
    rc = lookup("03", scheme="unionpay-online")
    assert rc.follow_up is not None
    assert rc.follow_up.give_up.seconds is None
    steps = run_loop(rc, [Outcome.UNKNOWN] * 50, timeout=30)
    assert [d.at for d in steps if not d.final] == [0.0, 7.0, 14.0, 21.0, 28.0, 30.0]
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
        # No field of a v3 reply says which API answered: its code payment and its query
        # both carry trade_state.
        ({"code": "SYSTEM_ERROR", "http_status": 500}, "wechatpay", ""),
        ({"trade_state": "SUCCESS", "http_status": 200}, "wechatpay", ""),
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


def test_a_reverse_that_errs_is_called_again_within_the_till_s_timeout() -> None:
    # WeChat Pay gives no deadline for calling reverse again; the 7-day window is the latest
    # moment for the closing step, not a week of calls at the till's interval.
    rc = lookup("SYSTEMERROR", scheme="wechatpay", api="reverse")
    steps = run_loop(rc, [Outcome.UNKNOWN] * 100, timeout=60)
    assert [d.action for d in steps[:-1]] == ["reverse"] * (len(steps) - 1)
    assert steps[-1] == Due("contact-support", 60.0, True)
    assert rc.follow_up is not None
    assert rc.follow_up.then_latest.seconds == 7 * 86400
