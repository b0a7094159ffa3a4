"""The reply reader on hostile and doubtful replies: a field given twice, two response nodes,
huge numbers, byte-order marks, envelopes of APIs it does not read, and junk of every type."""

from __future__ import annotations

import enum
import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from posrc import (
    Outcome,
    ParseError,
    Registry,
    ReplyReading,
    ReturnCode,
    Scheme,
    find_codes,
    read_reply,
)
from posrc._data.wallet_records import LAYERS
from posrc._enums import LEAST_CERTAIN_FIRST, WALLET_SCHEMES

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


CODES = st.sampled_from(["00", "03", "05", "11", "34", "99"])
ONLINE_FIELDS = st.sampled_from(["respCode", "origRespCode", "txnType"])


@given(ONLINE_FIELDS, CODES, CODES)
def test_a_field_twice_is_refused_unless_alike(field: str, first: str, second: str) -> None:
    # Over every field and pair of values: a repeat that says the same changes nothing, one
    # that differs is never resolved by keeping either.
    fields = {"respCode": "00", "origRespCode": "03", "txnType": "00", field: first}
    once = "&".join(f"{key}={value}" for key, value in fields.items())
    twice = f"{once}&{field}={second}"
    if first == second:
        assert read_reply(twice) == read_reply(once)
    else:
        with pytest.raises(ParseError) as error:
            read_reply(twice)
        assert error.value.reason == "AMBIGUOUS"


def test_an_http_status_given_twice_must_agree() -> None:
    body = '{"http_status": 200, "trade_state": "USERPAYING"}'
    with pytest.raises(ParseError) as error:
        read_reply(body, http_status=202)
    assert error.value.reason == "AMBIGUOUS"
    assert read_reply(body, http_status=200) == read_reply(body)


def test_an_api_named_otherwise_than_the_envelope_is_refused() -> None:
    # The envelope says query; reading it as a payment would read code 10000 as approved.
    query = '{"alipay_trade_query_response": {"code": "10000", "trade_status": "WAIT_BUYER_PAY"}}'
    with pytest.raises(ParseError) as error:
        read_reply(query, api="trade.pay")
    assert error.value.reason == "AMBIGUOUS"
    assert read_reply(query, api="trade.query") == read_reply(query)
    with pytest.raises(TypeError):
        read_reply(query, api=1)  # type: ignore[arg-type]


def test_a_trailing_comma_is_forgiven() -> None:
    reply = '{"alipay_trade_pay_response": {"code": "10000", "msg": "a,}", "sub_msg": "b",},}'
    reading = read_reply(reply)
    assert reading.code == "10000"


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


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # A trade number is a long run of digits inside a string, a long float no int: the
        # position is the long number's own.
        (
            '{"trade_no": "2013112011001004330000121536", "f": 1.0000000000000000000000001, '
            '"code": ' + "7" * 5000 + "}",
            "7" * 21,
        ),
        ('{"code": -' + "7" * 30 + "}", "-" + "7" * 20),
    ],
)
def test_a_number_too_long_is_refused_where_it_stands(text: str, at: str) -> None:
    with pytest.raises(ParseError) as error:
        read_reply(text, scheme="alipay")
    assert error.value.reason == "TOO_LONG"
    assert text[error.value.position :].startswith(at)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("respCode=00&bogus&txnType=00", "bogus"),
        ("respCode=00&=05&txnType=00", "=05"),
        ("  {respCode=00&txnType=00&respCode=03}", "respCode=03"),
        ("\ufeff<xml><return_code>SUCCESS</return_code><b></xml>", "<b>"),
        ('\ufeff{"code": "10000",}}', "}"),
        # a fault before a trailing comma, and text that is valid only with it forgiven
        ('{"code": "10000" "x", "list": [1,]}', '"x"'),
        ('{"code": "1,]0000", "list": [1,]} x', "x"),
    ],
)
def test_malformed_reply_text_is_refused_at_its_fault(text: str, at: str) -> None:
    with pytest.raises(ParseError) as error:
        read_reply(text, scheme="unionpay-online" if "respCode" in text else None)
    assert text[error.value.position :].startswith(at)


@pytest.mark.parametrize("value", [["40004"], 10000.0, True])
def test_a_layer_that_holds_no_code_is_refused(value: object) -> None:
    # Dropping the list would leave code 10000 to approve the payment.
    reply = {"alipay_trade_pay_response": {"code": "10000", "sub_code": value}}
    with pytest.raises(ParseError) as error:
        read_reply(reply)
    assert error.value.reason == "BAD_CHARACTER"


def test_a_field_s_own_error_in_bytes_names_the_field() -> None:
    with pytest.raises(ParseError) as error:
        read_reply(b'{"alipay_trade_pay_response": {"code": "10000", "sub_code": [1]}}')
    assert (error.value.raw, error.value.reason) == ("sub_code", "BAD_CHARACTER")


def test_a_null_layer_is_absent_and_other_fields_may_hold_anything() -> None:
    reply = {
        "alipay_trade_query_response": {
            "code": "10000",
            "sub_code": None,
            "trade_status": "TRADE_SUCCESS",
            "fund_bill_list": [{"amount": 10.0}],
            "total_amount": 88.88,
        }
    }
    assert dict(read_reply(reply).layers) == {"code": "10000", "trade_status": "TRADE_SUCCESS"}


def test_an_int_code_reads_by_its_value() -> None:
    class Status(enum.IntEnum):
        ACCEPTED = 202

    reading = read_reply({"trade_state": "USERPAYING", "http_status": Status.ACCEPTED})
    assert reading.layers["http_status"] == "202"


@pytest.mark.parametrize(
    "status", [0, 99, 1000, -202, 10**5000], ids=["0", "99", "1000", "-202", "huge"]
)
def test_an_http_status_argument_is_three_digits(status: int) -> None:
    with pytest.raises(ParseError) as error:
        read_reply('{"trade_state": "USERPAYING"}', http_status=status)
    assert error.value.reason == "BAD_LENGTH"


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


@pytest.mark.parametrize(
    ("data", "at"),
    [
        ('\ufeff{"sub_msg": "系统繁忙", "code": "10000",}}'.encode(), b"}"),
        ("\ufeffrespCode=00&respMsg=成功&respCode=03&txnType=00".encode(), b"respCode=03"),
        ("\ufeff<xml><return_msg>签名错误</return_msg><x></xml>".encode(), b"<x>"),
        (b'\xef\xbb\xbf{"code": ' + b"9" * 30 + b"}", b"9" * 21),
    ],
)
def test_positions_in_bytes_count_bytes_and_the_byte_order_mark(data: bytes, at: bytes) -> None:
    # Positions index the input: for bytes, a byte offset, past the mark and multi-byte text.
    with pytest.raises(ParseError) as error:
        read_reply(data, scheme="unionpay-online" if b"respCode" in data else "alipay")
    assert error.value.raw == data
    assert data[error.value.position :].startswith(at)


@given(st.sampled_from(["", "\ufeff"]), st.text(max_size=30), st.sampled_from(["x", "{", "<"]))
def test_a_byte_position_is_the_character_position_encoded(
    bom: str, before: str, fault: str
) -> None:
    text = f'{bom}{{"sub_msg": {json.dumps(before, ensure_ascii=False)}, {fault}}}'
    with pytest.raises(ParseError) as as_text:
        read_reply(text, scheme="alipay")
    with pytest.raises(ParseError) as as_bytes:
        read_reply(text.encode(), scheme="alipay")
    assert as_bytes.value.position == len(text[: as_text.value.position].encode())
    assert as_bytes.value.reason == as_text.value.reason


@pytest.mark.parametrize(
    ("api", "then_call"),
    [("trade.pay", "query"), ("trade.query", "query"), ("trade.cancel", "cancel")],
)
def test_the_gateway_s_20000_is_unknown_on_every_api(api: str, then_call: str) -> None:
    # The doc's abnormal sample (alipay-45 in the corpus) under each API's envelope: the
    # service was unavailable, so nothing is known; a cancel is called again.
    node = f"alipay_{api.replace('.', '_')}_response"
    body = {
        node: {
            "code": "20000",
            "msg": "Service Currently Unavailable",
            "sub_code": "isp.unknow-error",
            "sub_msg": "system is busy",
        }
    }
    reading = read_reply(json.dumps(body))
    assert (reading.api, reading.explained_by, reading.outcome) == (api, "code", Outcome.UNKNOWN)
    follow_up = reading.explanation.return_code.follow_up  # type: ignore[union-attr]
    assert follow_up.call == then_call  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "refund",
    [
        # Alipay's English alipay.trade.refund doc, abnormal sample (code-corpus id 13708359263;
        # the wallet reference's example 4).
        '{\n"alipay_trade_refund_response":{\n"code":"20000","msg":"Service Currently Unavailable",'
        '"sub_code":"isp.unknow-error","sub_msg":"system is busy"} ,'
        '"sign":"ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE"}',
        # A sandbox refund pasted in a comment beside a project's alipay-sdk-java call
        # (code-corpus id 39988073995; the signature trimmed).
        '{"alipay_trade_refund_response":{"code":"10000","msg":"Success","buyer_logon_id":'
        '"kgm***@sandbox.com","buyer_user_id":"2088722024105153","fund_change":"Y",'
        '"gmt_refund_pay":"2023-12-10 21:16:57","out_trade_no":"1702214148175",'
        '"refund_fee":"0.01","send_back_fee":"0.00","trade_no":"2023121022001405150501396838"},'
        '"sign":"OjQ2zYdxBhKiFzYMnQgDwvU5GboGig4"}',
    ],
)
def test_a_refund_reply_is_refused_as_unsupported(refund: str) -> None:
    # posrc's Alipay scheme reads pay, query and cancel: a refund's 10000 is no payment
    # approved, so the envelope is refused rather than read as another API's.
    for scheme in (None, "alipay"):
        with pytest.raises(ParseError) as error:
            read_reply(refund, scheme=scheme)
        assert error.value.reason == "UNSUPPORTED"
        assert "trade.refund" in str(error.value)


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


# The API each scheme's replies are read as where nothing names one.
DEFAULT_API = {
    Scheme.WECHATPAY: "micropay",
    Scheme.ALIPAY: "trade.pay",
    Scheme.UNIONPAY_ONLINE: "request",
    Scheme.SHOUQIANBA: "pay",
}


def _default_readings() -> list[tuple[str, str, str]]:
    """Every (scheme, field, code) in the default API's layers whose reading depends on the
    API: a one-field reply that names no API reads it."""
    cases: list[tuple[str, str, str]] = []
    for rc in Registry.default():
        if not isinstance(rc.scheme, Scheme) or rc.scheme not in DEFAULT_API:
            continue
        layers = LAYERS[rc.scheme][DEFAULT_API[rc.scheme]]
        for field in sorted({r.field for r in rc.readings} & set(layers)):
            if len({(r.outcome, r.follow_up) for r in rc.readings if r.field == field}) > 1:
                cases.append((rc.scheme.value, field, rc.code))
    return cases


@pytest.mark.parametrize(("scheme", "field", "code"), _default_readings())
def test_a_reply_naming_no_api_is_read_at_its_least_certain(
    scheme: str, field: str, code: str
) -> None:
    # Over every code whose reading depends on the API: never more certain than the least
    # certain reading of that field, and a follow-up that one of those readings has is kept.
    readings = [r for r in Registry.default().get(code, scheme=scheme).readings if r.field == field]
    least = min(readings, key=lambda r: LEAST_CERTAIN_FIRST.index(r.outcome)).outcome
    reading = read_reply({field: code}, scheme=scheme)
    assert reading.outcome is least
    if any(r.follow_up for r in readings if r.outcome is least):
        assert reading.explanation.return_code.follow_up is not None  # type: ignore[union-attr]


def test_an_unknown_gateway_code_is_never_approved_by_a_deeper_layer() -> None:
    # Not a failed call either: a code posrc does not know leaves the whole reply unknown.
    reading = read_reply(
        '{"alipay_trade_query_response":{"code":"12345","trade_status":"TRADE_SUCCESS"}}'
    )
    assert (reading.decided_by, reading.explained_by) == ("trade_status", "code")
    assert reading.outcome is Outcome.UNKNOWN
    assert reading.explanation.return_code is None


def test_a_card_label_beside_an_online_reply_keeps_its_card_code() -> None:
    found = find_codes("respCode=00&origRespCode=03&txnType=00 terminal RC=51")
    assert [(m.explanation.scheme.value, m.explanation.code) for m in found] == [  # type: ignore[union-attr]
        ("unionpay-online", "00"),
        ("unionpay-online", "03"),
        ("cup", "51"),
    ]


ONLINE_REPLIES = st.sampled_from(
    [
        "respCode=00&origRespCode=03&txnType=00",
        '{"respCode":"00","origRespCode":"05"}',
        "origRespCode: 04",
    ]
)
CARD_LABELS = st.sampled_from(
    ["RC=", "RC ", "field 39: ", "resp_code=", "hostRespCode=", "RespCode="]
)
CARD_CODES = st.sampled_from(["51", "05", "14", "54", "61", "96"])


@given(ONLINE_REPLIES, CARD_LABELS, CARD_CODES, st.booleans())
def test_only_the_gateway_s_own_fields_on_an_online_line_are_online(
    reply: str, label: str, code: str, card_first: bool
) -> None:
    # Over every card label and code, before or after the reply: the card code reads as it
    # reads alone, and the reply's own codes stay the gateway's.
    card = f"{label}{code}"
    line = f"{card} | {reply}" if card_first else f"{reply} | {card}"
    alone = [(m.explanation.scheme, m.explanation.code) for m in find_codes(card)]
    found = [(m.explanation.scheme, m.explanation.code) for m in find_codes(line)]
    online = [item for item in found if item[0] is Scheme.UNIONPAY_ONLINE]
    assert [item for item in found if item not in online] == alone
    assert len(online) == reply.lower().count("respcode")


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
# Past any code's length; printable, so that Hypothesis can show a failing example.
ODD_VALUES = st.integers(0, 3).map(lambda n: -(10 ** (19 + 1000 * n))) | st.sampled_from(
    [2**64, float("nan"), float("inf"), 1e308]
)
REPLIES = st.recursive(
    st.text(max_size=20) | st.integers() | st.booleans() | st.none() | st.floats() | ODD_VALUES,
    lambda inner: (
        st.dictionaries(FIELD_NAMES, inner, max_size=6)
        | st.lists(inner, max_size=3)
        | st.dictionaries(st.integers() | st.none() | st.binary(max_size=4), inner, max_size=2)
    ),
    max_leaves=24,
)
BOM = st.sampled_from(["", "\ufeff", " \ufeff"])


@given(
    st.one_of(
        st.text(max_size=300),
        st.binary(max_size=300),
        REPLIES,
        JSON_VALUES.map(json.dumps),
        REPLIES.map(lambda reply: json.dumps(reply, default=str, skipkeys=True)),
        st.tuples(BOM, JSON_VALUES.map(json.dumps)).map("".join),
        st.tuples(BOM, JSON_VALUES.map(json.dumps)).map(lambda parts: "".join(parts).encode()),
        st.integers().map(lambda number: f'{{"code": {number}{"0" * (number % 40)}}}'),
        st.lists(st.tuples(FIELD_NAMES, st.text(max_size=8)), max_size=6).map(
            lambda pairs: "&".join(f"{key}={value}" for key, value in pairs)
        ),
    ),
    st.sampled_from([None, "wechatpay", "alipay", "unionpay-online", "shouqianba"]),
    st.none() | st.integers() | ODD_VALUES,
)
def test_junk_replies_raise_only_parse_or_type_errors(
    reply: Any, scheme: str | None, http_status: Any
) -> None:
    # Any other exception fails the test; a refusal must say why.
    answer: object
    try:
        answer = read_reply(reply, scheme=scheme, http_status=http_status)
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


@pytest.mark.parametrize(
    ("reply", "scheme"),
    [
        # Two families' envelopes in one reply: whose it is cannot be told.
        ({"alipay_trade_pay_response": {"code": "10000"}, "return_code": "SUCCESS"}, None),
        ("respCode=00&txnType=00&return_code=SUCCESS", None),
        ({"biz_response": {"result_code": "PAY_SUCCESS"}, "return_code": "SUCCESS"}, None),
        # Fields that only two different APIs' replies carry.
        (
            "<xml><return_code>SUCCESS</return_code><result_code>SUCCESS</result_code>"
            "<trade_state>SUCCESS</trade_state><recall>N</recall></xml>",
            None,
        ),
        ({"code": "10000", "trade_status": "TRADE_SUCCESS", "retry_flag": "N"}, "alipay"),
    ],
)
def test_an_ambiguous_envelope_is_refused(reply: Any, scheme: str | None) -> None:
    with pytest.raises(ParseError) as error:
        read_reply(reply, scheme=scheme)
    assert error.value.reason == "AMBIGUOUS"


def test_a_json_key_repeated_alike_is_read() -> None:
    reading = read_reply('{"alipay_trade_pay_response": {"code": "10000", "code": "10000"}}')
    assert (reading.code, reading.outcome) == ("10000", Outcome.APPROVED)


KEYS = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8)


@given(
    st.dictionaries(KEYS, st.text("0123456789ABC", max_size=4), min_size=1, max_size=6),
    st.data(),
    st.sampled_from(["", "\ufeff", "  ", "\ufeff \n"]),
    st.booleans(),
)
def test_a_key_given_twice_differently_is_refused_where_it_is_given_again(
    pairs: dict[str, str], data: st.DataObject, lead: str, braces: bool
) -> None:
    key = data.draw(st.sampled_from(sorted(pairs)))
    again = f"{key}={pairs[key]}X"
    items = [f"{name}={value}" for name, value in pairs.items()]
    at = data.draw(st.integers(items.index(f"{key}={pairs[key]}") + 1, len(items)))
    body = "&".join([*items[:at], again, *items[at:]])
    text = lead + ("{" + body + "}" if braces else body)
    with pytest.raises(ParseError) as error:
        read_reply(text, scheme="unionpay-online")
    assert error.value.reason == "AMBIGUOUS"
    assert text[error.value.position :].startswith(again)


def test_a_pair_without_a_key_is_refused_where_it_stands() -> None:
    text = "\ufeffrespCode=03&&txnType=01"
    with pytest.raises(ParseError) as error:
        read_reply(text)
    assert (error.value.reason, error.value.position) == ("BAD_CHARACTER", 13)


@pytest.mark.parametrize(
    "body", ['{"code": "USERPAYING", "message": "需要输入密码"}', '{"trade_state": "USERPAYING"}']
)
def test_a_wechat_v3_reply_at_http_202_names_no_api_and_keeps_its_follow_up(body: str) -> None:
    # Both the code payment and the query carry trade_state: nothing in the body says
    # which API answered, so the reader names none and reads the status as the payment's.
    reading = read_reply(body, http_status=202)
    assert (reading.api, reading.outcome) == ("", Outcome.UNKNOWN)
    rc = reading.explanation.return_code
    assert rc is not None
    assert rc.follow_up is not None
    assert (rc.follow_up.call, rc.follow_up.then) == ("query", "reverse")


# Each family's pay call, which a reply that names no API is read as where it is as uncertain.
PAY_CALL = {
    Scheme.WECHATPAY: "micropay",
    Scheme.ALIPAY: "trade.pay",
    Scheme.UNIONPAY_ONLINE: "request",
    Scheme.SHOUQIANBA: "pay",
}
SPREAD = [
    (rc, field)
    for rc in Registry.default()
    if rc.scheme in WALLET_SCHEMES
    for field in sorted({reading.field for reading in rc.readings})
    if len({r.api for r in rc.readings if r.field == field}) > 1
]


def _reply_of(rc: ReturnCode, field: str) -> dict[str, object]:
    """A reply holding only ``rc``'s code in ``field`` (nested by the field's dotted path),
    with the HTTP status 200 that a WeChat Pay v3 ``code`` comes with."""
    *nodes, last = field.split(".")
    reply: dict[str, object] = {last: int(rc.code) if field == "http_status" else rc.code}
    for node in reversed(nodes):
        reply = {node: reply}
    if rc.scheme is Scheme.WECHATPAY and field == "code":
        reply["http_status"] = 200
    return reply


@pytest.mark.parametrize("flipped", [False, True])
@pytest.mark.parametrize(
    ("rc", "field"), SPREAD, ids=[f"{rc.scheme.value}:{field}:{rc.code}" for rc, field in SPREAD]
)
def test_a_layer_that_names_no_api_reads_as_the_least_certain_api(
    rc: ReturnCode, field: str, flipped: bool
) -> None:
    # Whatever order a record lists its readings in (flipped: the reversal's first).
    scheme = rc.scheme
    assert isinstance(scheme, Scheme)
    registry = Registry.default()
    if flipped:
        rc = attrs.evolve(rc, readings=tuple(reversed(rc.readings)))
        others = (other for other in registry if (other.scheme, other.code) != (rc.scheme, rc.code))
        registry = Registry.build([*others, rc], {})
    reading = read_reply(_reply_of(rc, field), scheme=scheme, registry=registry)
    assert (reading.api, reading.explained_by) == ("", field)
    chosen = reading.explanation.return_code
    assert chosen is not None
    fitting = [r for r in rc.readings if r.field == field]
    least = min(LEAST_CERTAIN_FIRST.index(r.outcome) for r in fitting)
    assert LEAST_CERTAIN_FIRST.index(chosen.outcome) == least
    peers = [r for r in fitting if LEAST_CERTAIN_FIRST.index(r.outcome) == least]
    assert (chosen.follow_up is None) == all(r.follow_up is None for r in peers)
    pay = "v3.codepay" if field in ("http_status", "code") else PAY_CALL[scheme]
    if any(r.api == pay and (r.follow_up is None) == (chosen.follow_up is None) for r in peers):
        assert chosen.api == pay


def test_a_micropay_reply_that_names_no_api_gets_the_pay_call_s_follow_up() -> None:
    # SYSTEMERROR is unknown on pay, query and reverse alike; only on pay is the next call a
    # query, and a pay reply names no API.
    xml = V2_PAY.replace("USERPAYING", "SYSTEMERROR")
    rc = read_reply(xml).explanation.return_code
    assert rc is not None
    assert rc.follow_up is not None
    assert (rc.api, rc.follow_up.call) == ("micropay", "query")


class _Unprintable:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


@pytest.mark.parametrize(
    "reply",
    [
        {"code": "10000", "extra": [10**5000]},
        {"code": "10000", "extra": [_Unprintable()]},
    ],
)
def test_a_refusal_never_prints_a_reply_s_values(reply: dict[str, object]) -> None:
    # The message quotes the reply's keys only: its values may not print at all.
    with pytest.raises(ParseError) as error:
        read_reply(reply, scheme="wechatpay")
    assert error.value.raw == "{'code': ..., 'extra': ...}"


def test_an_undecodable_byte_keeps_its_position_in_bytes_like_input() -> None:
    data = bytearray(b"respCode=0\xff&txnType=01")
    with pytest.raises(ParseError) as error:
        read_reply(memoryview(data))  # type: ignore[arg-type]
    assert (error.value.reason, error.value.position) == ("UNDECODABLE", 10)
    with pytest.raises(ParseError) as mismatch:
        read_reply(b"respCode=00&txnType=00", scheme="wechatpay")
    assert mismatch.value.raw == b"respCode=00&txnType=00"


def test_alipay_s_gateway_unavailable_is_unknown_and_queries_first() -> None:
    # 20000 with the sub_code of Alipay's 公共错误码 page (opendocs.alipay.com/open/common/105806).
    reply = (
        '{"alipay_trade_pay_response":{"code":"20000","msg":"Service Currently Unavailable",'
        '"sub_code":"isp.unknow-error","sub_msg":"系统繁忙"}}'
    )
    reading = read_reply(reply)
    assert (reading.api, reading.outcome, reading.explained_by) == (
        "trade.pay",
        Outcome.UNKNOWN,
        "code",
    )
    rc = reading.explanation.return_code
    assert rc is not None
    assert rc.follow_up is not None
    assert (rc.follow_up.call, rc.follow_up.then) == ("query", "cancel")
    refused = read_reply(
        reply.replace("alipay_trade_pay_response", "error_response"), scheme="alipay"
    )
    assert refused.outcome is Outcome.UNKNOWN
    assert refused.explanation.return_code is not None
    assert refused.explanation.return_code.follow_up is not None


def test_a_refund_reply_is_refused_rather_than_read_as_a_payment() -> None:
    # Alipay's "error sample" of alipay.trade.refund, as a PHP SDK quotes the doc (code-corpus
    # id 19243282387). posrc holds no refund readings: 10000 there is no payment approved.
    sample = (
        '{"alipay_trade_refund_response":{"code":"20000","msg":"Service Currently Unavailable",'
        '"sub_code":"isp.unknow-error","sub_msg":"系统繁忙"},"sign":"ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE"}'
    )
    with pytest.raises(ParseError) as error:
        read_reply(sample)
    assert error.value.reason == "UNSUPPORTED"
    assert isinstance(error.value, ValueError)  # callers catching ValueError keep working


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('{"code":"USERPAYING","message":"需要输入密码"}', [("wechatpay", "USERPAYING")]),
        (
            'codepay Wrong HttpStatusCode[500] httpResponseBody[{"code":"SYSTEM_ERROR",'
            '"message":"系统繁忙，请稍后重试"}]',
            [("wechatpay", "SYSTEM_ERROR")],
        ),
        # A word WeChat defines only as a trade_state, or one several families define, is
        # no v3 code: a "code" field elsewhere may hold it.
        ('{"code":"NOTPAY"}', []),
        ('{"code":"SUCCESS","message":"ok"}', []),
        ('{"code":"10003"}', []),
    ],
)
def test_find_codes_reads_a_wechat_v3_body_by_its_word(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(m.explanation.scheme.value, m.explanation.code) for m in find_codes(text)] == found  # type: ignore[union-attr]


def test_an_api_inferred_from_a_field_that_lacks_a_layer_s_code_reads_it_over_every_api() -> None:
    # retry_flag marks a cancel reply; ACQ.TRADE_NOT_EXIST has no cancel reading, so the
    # layer is read as the least certain API that has it, never as an unknown code.
    reply = {"code": "40004", "sub_code": "ACQ.TRADE_NOT_EXIST", "retry_flag": "N"}
    reading = read_reply(reply, scheme="alipay")
    assert (reading.api, reading.outcome) == ("trade.cancel", Outcome.UNKNOWN)
    rc = reading.explanation.return_code
    assert rc is not None
    assert rc.follow_up is not None
