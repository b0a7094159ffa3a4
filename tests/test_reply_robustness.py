"""The reply reader on hostile and doubtful replies: a field given twice, two response nodes,
huge numbers, byte-order marks, envelopes of APIs it does not read, and junk of every type."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posrc import Outcome, ParseError, ReplyReading, find_codes, read_reply

V2_PAY = (
    "<xml><return_code><![CDATA[SUCCESS]]></return_code>"
    "<result_code><![CDATA[FAIL]]></result_code><err_code><![CDATA[USERPAYING]]></err_code></xml>"
)


@pytest.mark.parametrize(
    ("reply", "scheme"),
    [
        ("respCode=00&origRespCode=03&origRespCode=00&txnType=00", None),
        ('{"alipay_trade_query_response": {"code": "10000", "code": "40004"}}', None),
        (
            '{"alipay_trade_pay_response": {"code": "40004", "sub_code": "ACQ.TRADE_HAS_CLOSE"}, '
            '"alipay_trade_query_response": {"code": "10000", "trade_status": "TRADE_SUCCESS"}}',
            None,
        ),
        (
            '{"alipay_trade_pay_response": {"code": "10000"}, '
            '"alipay_trade_query_response": {"code": "10000"}}',
            None,
        ),
        ("<xml><return_code>SUCCESS</return_code><return_code>FAIL</return_code></xml>", None),
        ({"code": "10000", "alipay_trade_pay_response": {"code": "40004"}}, "alipay"),
    ],
)
def test_a_field_given_twice_differently_is_refused(reply: Any, scheme: str | None) -> None:
    # The reader never picks one of two answers: the last key of a JSON object, or the
    # second of two merged nodes, decided before.
    with pytest.raises(ParseError) as error:
        read_reply(reply, scheme=scheme)
    assert error.value.reason == "AMBIGUOUS"


def test_a_field_repeated_alike_is_read() -> None:
    reading = read_reply("respCode=00&origRespCode=05&origRespCode=05&txnType=00")
    assert (reading.decided_by, reading.outcome) == ("origRespCode", Outcome.UNKNOWN)


@pytest.mark.parametrize(
    "reply",
    [
        '{"code": ' + "1" * 5000 + "}",
        '{"alipay_trade_pay_response": {"code": ' + "9" * 4400 + "}}",
        {"code": 10**5000},
        {"alipay_trade_pay_response": {"code": -(2**70)}},
    ],
)
def test_a_number_too_long_for_a_code_is_a_parse_error(reply: Any) -> None:
    with pytest.raises(ParseError) as error:
        read_reply(reply, scheme="alipay")
    assert error.value.reason == "TOO_LONG"


@pytest.mark.parametrize("reply", [V2_PAY, V2_PAY.encode("utf-8")])
def test_a_byte_order_mark_is_read_past(reply: str | bytes) -> None:
    bom = "\ufeff" if isinstance(reply, str) else b"\xef\xbb\xbf"
    marked = read_reply(bom + reply)  # type: ignore[operator]
    assert marked == read_reply(reply)


def test_positions_count_the_byte_order_mark() -> None:
    text = '\ufeff  {"code": "10000", x}'
    with pytest.raises(ParseError) as error:
        read_reply(text, scheme="alipay")
    assert text[error.value.position] == "x"
    data = b"\xef\xbb\xbf<xml><return_code>SUCC\xffESS</return_code></xml>"
    with pytest.raises(ParseError) as undecodable:
        read_reply(data)
    assert data[undecodable.value.position] == 0xFF


def test_an_envelope_of_an_api_posrc_does_not_read_is_refused() -> None:
    refund = '{"alipay_trade_refund_response": {"code": "10000", "fund_change": "Y"}}'
    with pytest.raises(ParseError) as error:
        read_reply(refund)
    assert error.value.reason == "UNSUPPORTED"


def test_alipay_s_error_response_is_read_when_the_caller_names_alipay() -> None:
    # Alipay's gateway refuses a call before any API in error_response (alipay-sdk-java's
    # AlipayConstants.ERROR_RESPONSE); the name alone does not say whose reply it is.
    body = {
        "error_response": {
            "code": "40002",
            "msg": "Invalid Arguments",
            "sub_code": "isv.invalid-app-id",
            "sub_msg": "无效的AppID参数",
        },
        "sign": "ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE",
    }
    with pytest.raises(ParseError) as error:
        read_reply(json.dumps(body))
    assert error.value.reason == "AMBIGUOUS"
    reading = read_reply(json.dumps(body), scheme="alipay")
    assert (reading.decided_by, reading.code, reading.outcome) == (
        "sub_code",
        "isv.invalid-app-id",
        Outcome.ERROR,
    )


def test_a_wechat_v3_payment_at_http_202_keeps_its_follow_up() -> None:
    # A v3 code-payment answers 202 with trade_state USERPAYING; its trade_state also
    # marks a query, which has no reading of 202. The reader must not lose the follow-up.
    reading = read_reply('{"trade_state": "USERPAYING"}', http_status=202)
    assert reading.outcome is Outcome.UNKNOWN
    rc = reading.explanation.return_code
    assert rc is not None
    assert rc.follow_up is not None
    assert rc.follow_up.call == "query"


def test_a_card_label_beside_an_online_reply_keeps_its_card_code() -> None:
    found = find_codes("respCode=00&origRespCode=03&txnType=00 terminal RC=51")
    assert [(m.explanation.scheme.value, m.explanation.code) for m in found] == [  # type: ignore[union-attr]
        ("unionpay-online", "00"),
        ("unionpay-online", "03"),
        ("cup", "51"),
    ]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
FIELD_NAMES = st.sampled_from(
    [
        "code",
        "sub_code",
        "trade_status",
        "return_code",
        "result_code",
        "err_code",
        "respCode",
        "origRespCode",
        "txnType",
        "http_status",
        "alipay_trade_pay_response",
        "biz_response",
        "error_response",
        "result_code",
        "error_code",
    ]
) | st.text(max_size=12)
REPLIES = st.recursive(
    st.text(max_size=20) | st.integers() | st.booleans() | st.none(),
    lambda inner: st.dictionaries(FIELD_NAMES, inner, max_size=6),
    max_leaves=24,
)


@given(
    st.one_of(
        st.text(max_size=300),
        st.binary(max_size=300),
        REPLIES,
        JSON_VALUES.map(json.dumps),
        REPLIES.map(lambda reply: json.dumps(reply, default=str)),
        st.lists(st.tuples(FIELD_NAMES, st.text(max_size=8)), max_size=6).map(
            lambda pairs: "&".join(f"{key}={value}" for key, value in pairs)
        ),
    ),
    st.sampled_from([None, "wechatpay", "alipay", "unionpay-online", "shouqianba"]),
)
def test_junk_replies_raise_only_parse_or_type_errors(reply: Any, scheme: str | None) -> None:
    # Any other exception fails the test; a refusal must say why.
    answer: object
    try:
        answer = read_reply(reply, scheme=scheme)
    except (ParseError, TypeError) as refusal:
        answer = refusal
    if isinstance(answer, ReplyReading):
        assert answer.decided_by in answer.layers
    else:
        assert str(answer)


@pytest.mark.parametrize(
    ("reply", "options"),
    [
        (
            {"return_code": "SUCCESS", "result_code": "FAIL", "trade_state": "SUCCESS"},
            {"api": "orderquery"},
        ),
        ({"trade_state": "SUCCESS"}, {"http_status": 400}),
        ({"trade_state": "SUCCESS"}, {"http_status": 401}),
        ({"trade_state": "SUCCESS"}, {"http_status": 404}),
        ({"trade_state": "SUCCESS"}, {"http_status": 429}),
        (
            {
                "alipay_trade_query_response": {
                    "code": "40004",
                    "msg": "Business Failed",
                    "trade_status": "TRADE_SUCCESS",
                }
            },
            {},
        ),
        ("respCode=11&origRespCode=00&txnType=00", {}),
    ],
)
def test_a_deeper_layer_never_approves_a_call_that_failed(reply: Any, options: Any) -> None:
    # A layer that passes the reason on but says the call failed (result_code FAIL, 40004,
    # HTTP 404) or that reads as failed (HTTP 400) contradicts a deeper "paid": the goods
    # must not go out on it.
    reading = read_reply(reply, **options)
    assert reading.outcome is not Outcome.APPROVED
    assert reading.decided_by != list(reading.layers)[-1]


@pytest.mark.parametrize(
    ("reply", "options"),
    [
        (
            {"return_code": "SUCCESS", "result_code": "SUCCESS", "trade_state": "SUCCESS"},
            {"api": "orderquery"},
        ),
        ({"trade_state": "SUCCESS"}, {"http_status": 200}),
        ({"alipay_trade_query_response": {"code": "10000", "trade_status": "TRADE_SUCCESS"}}, {}),
        ("respCode=00&origRespCode=00&txnType=00", {}),
    ],
)
def test_a_paid_reply_still_reads_as_paid(reply: Any, options: Any) -> None:
    assert read_reply(reply, **options).outcome is Outcome.APPROVED
