"""The wallet render styles, round-tripped through the reply reader and through find_codes."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import posrc
from posrc import (
    Registry,
    ReplyReading,
    ReturnCode,
    Scheme,
    VendorScheme,
    find_codes,
    lookup,
    read_reply,
)
from posrc._enums import WALLET_SCHEMES
from posrc._grammar import ENVELOPED_FIELDS, WALLET_FIELDS
from posrc.testing import WALLET_STYLES, WalletStyle, code_id, codes, render

# A reading that only passes the decision up: "no need to call again" after a reverse or a
# cancel. In a real reply the layer above decides; every other wallet code decides itself.
DEFERS = {("wechatpay", "N"): "result_code", ("alipay", "N"): "code"}


@functools.cache
def _written(style: WalletStyle) -> tuple[tuple[ReturnCode, str], ...]:
    written: list[tuple[ReturnCode, str]] = []
    refused: list[str] = []
    for rc in codes(scheme=WALLET_STYLES[style]):
        try:
            written.append((rc, render(rc, style)))
        except ValueError as error:
            refused.append(str(error))
    # Only a code read in no field of this reply is refused.
    assert [text for text in refused if "which a" not in text] == []
    return tuple(written)


def _named(style: WalletStyle, out: str) -> Scheme | None:
    """The scheme to pass where the reply names none: a WeChat Pay v3 body (the scheme is
    the API's, not the body's) and a 收钱吧 reply with its communication result alone."""
    lone = style == "shouqianba-json" and "biz_response" not in out and "error_code" not in out
    return WALLET_STYLES[style] if style == "wechatpay-v3-json" or lone else None


def _read(style: WalletStyle, rc: ReturnCode, out: str) -> ReplyReading:
    return read_reply(out, scheme=_named(style, out), api=rc.api or None)


@pytest.mark.parametrize("style", WALLET_STYLES)
def test_every_wallet_reply_reads_back_through_read_reply(style: WalletStyle) -> None:
    wrong: list[str] = []
    written = _written(style)
    assert len(written) > len(codes(scheme=WALLET_STYLES[style])) // 3
    for rc, out in written:
        reading = _read(style, rc, out)
        assert reading.scheme is rc.scheme
        decider = DEFERS.get((rc.scheme.value, rc.code))
        field = next(name for name, code in reading.layers.items() if code == rc.code)
        expected = (decider or field, rc.code if decider is None else reading.layers[decider])
        if (reading.decided_by, reading.code) != expected:
            wrong.append(f"{code_id(rc)}: {out!r} -> {reading.decided_by}={reading.code}")
        elif reading.explained_by == reading.decided_by:
            explained = reading.explanation.return_code
            assert explained is not None
            assert explained.code == reading.code
            if decider is None:
                assert explained in rc.readings
    assert wrong == []


def _found(text: str, scheme: Scheme | None) -> list[tuple[Scheme | VendorScheme | None, str]]:
    """What find_codes reports, as scheme and code; each span ends with its code (a span
    covers the label too, as for the online gateway's respCode=03)."""
    found = find_codes(text, scheme=scheme)
    assert all(text[slice(*m.span)].endswith(m.explanation.code or "?") for m in found)
    return [(match.explanation.scheme, match.explanation.code or "") for match in found]


def _misfound(style: WalletStyle, rc: ReturnCode, out: str, text: str) -> str | None:
    """Why find_codes got ``text`` (``out`` in context) wrong, or ``None``."""
    reading = _read(style, rc, out)
    found = _found(text, _named(style, out))
    if (rc.scheme, reading.code) not in found:
        return f"{code_id(rc)}: {reading.decided_by}={reading.code} not in {found}"
    others = [item for item in found if item[0] is not rc.scheme]
    return f"{code_id(rc)}: another scheme's {others}" if others else None


# find_codes reads reply bodies: an HTTP status is no part of one (the wechatpay-v3-json
# style writes it as a key only because read_reply takes it there).
def _in_body(style: WalletStyle) -> list[tuple[ReturnCode, str]]:
    return [
        (rc, out)
        for rc, out in _written(style)
        if _read(style, rc, out).decided_by != "http_status"
    ]


@pytest.mark.parametrize("style", WALLET_STYLES)
def test_every_wallet_reply_is_found_by_find_codes(style: WalletStyle) -> None:
    written = _in_body(style)
    assert len(written) > len(_written(style)) // 2
    wrong = [_misfound(style, rc, out, out) for rc, out in written]
    assert [why for why in wrong if why is not None] == []


def test_the_deciding_code_found_is_the_registered_record() -> None:
    for style in WALLET_STYLES:
        for rc, out in _in_body(style):
            code = _read(style, rc, out).code
            found = find_codes(out, scheme=_named(style, out))
            records = {m.return_code for m in found if m.explanation.code == code}
            assert records == {lookup(code, scheme=rc.scheme)}


ALL_WRITTEN = [(style, rc, out) for style in WALLET_STYLES for rc, out in _in_body(style)]
LOG_PREFIXES = (
    "",
    "2026-11-20 10:31:02.417 INFO  [pay-7] reply: ",
    "收到应答 ",
    "DEBUG body=",
    "<< ",
)
LOG_SUFFIXES = ("", " (took 412 ms)", " 订单号 202611200000123", "\r")


@given(st.sampled_from(ALL_WRITTEN), st.sampled_from(LOG_PREFIXES), st.sampled_from(LOG_SUFFIXES))
def test_a_wallet_reply_in_a_log_line_is_found_alike(
    written: tuple[WalletStyle, ReturnCode, str], prefix: str, suffix: str
) -> None:
    style, rc, out = written
    assert _misfound(style, rc, out, prefix + out + suffix) is None


REPLIES: list[dict[str, Any]] = [
    json.loads(line)
    for line in (Path(__file__).parent / "replies" / "replies.jsonl")
    .read_text("utf-8")
    .splitlines()
]


def _one_line(reply: dict[str, Any]) -> str:
    """A real reply on one line, as a log holds it: JSON compacted, XML without line breaks."""
    text = str(reply["text"]).strip()
    if reply["format"] == "json":
        return json.dumps(json.loads(re.sub(r",(\s*[}\]])", r"\1", text)), ensure_ascii=False)
    return re.sub(r">\s+<", "><", text)


@pytest.mark.parametrize(
    "reply",
    [
        reply
        for reply in REPLIES
        # find_codes reports the codes its tables hold; a status is no code in the text.
        if reply["text"]
        and reply["expected"]["decides"] != "http_status"
        and Registry.default().find(reply["expected"]["code"], Scheme(reply["scheme"]))
    ],
    ids=lambda reply: str(reply["id"]),
)
def test_find_codes_finds_the_deciding_code_of_each_real_reply(reply: dict[str, Any]) -> None:
    # A WeChat Pay v3 body's "code" is read by its word alone; Alipay's error_response names
    # no vendor, so there the caller names the scheme.
    scheme = Scheme(reply["scheme"])
    text = _one_line(reply)
    found = _found(text, scheme if '"error_response"' in text else None)
    code = reply["expected"]["code"]
    assert (scheme, code) in found
    assert {item[0] for item in found} == {scheme}


def test_every_field_of_a_wallet_reply_is_one_the_finder_reads() -> None:
    # The online gateway's respCode has its own rule; an HTTP status is no field of a body.
    registry = Registry.default()
    fields = {
        field
        for scheme in WALLET_SCHEMES
        if scheme is not Scheme.UNIONPAY_ONLINE
        for field in registry.reply_fields(scheme)
    }
    assert fields - {"http_status"} == set(WALLET_FIELDS + ENVELOPED_FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        '{"code":"10003","msg":"Success"}',  # no envelope: a generic "code" label
        '{"code":"00"}',
        '{"status":"SUCCESS"}',
        "code=10000&msg=Success",
        "<recall><![CDATA[Y]]></recall>",
    ],
)
def test_a_generic_field_without_its_wallet_holds_no_code(text: str) -> None:
    assert find_codes(text) == []


def test_an_envelope_s_fields_hold_no_code_of_another_scheme() -> None:
    alipay = '{"alipay_trade_pay_response":{"code":"10003","msg":"..."}}'
    assert [m.raw for m in find_codes(alipay)] == ["10003"]
    unknown = '{"alipay_trade_pay_response":{"code":"40004","sub_code":"isp.unknown"}}'
    assert [m.raw for m in find_codes(unknown)] == ["40004"]  # an unknown sub_code: not reported
    for other in ("wechatpay", "shouqianba", "cup", "iso8583"):
        assert find_codes(alipay, scheme=other) == []
    shouqianba = '{"result_code":"200","biz_response":{"result_code":"00"}}'
    assert [(m.explanation.scheme, m.raw) for m in find_codes(shouqianba)] == [
        (Scheme.SHOUQIANBA, "200")
    ]
    assert find_codes(shouqianba, scheme="cup") == []
    with pytest.raises(posrc.UnknownCodeError, match="00 is not a known Shouqianba"):
        lookup('{"biz_response":{"result_code":"00"}}')
    # The scheme asked for reads its codes in its own fields only.
    assert [m.raw for m in find_codes('{"err_code":"USERPAYING"}', scheme="wechatpay")] == [
        "USERPAYING"
    ]
    assert find_codes('{"sub_code":"USERPAYING"}', scheme="wechatpay") == []


def test_a_wallet_label_is_read_whole_and_card_labels_stay_card_codes() -> None:
    # "result_code" is a card label too: PAY_IN_PROGRESS is no card code "PAY".
    found = find_codes('{"result_code":"PAY_IN_PROGRESS"}', scheme="shouqianba")
    assert [(m.explanation.scheme, m.raw) for m in found] == [
        (Scheme.SHOUQIANBA, "PAY_IN_PROGRESS")
    ]
    assert find_codes('{"result_code":"PAY_IN_PROGRESS"}') == []
    assert [m.raw for m in find_codes('{"err_code":"AUTH_CODE_INVALID"}')] == ["AUTH_CODE_INVALID"]
    assert [m.explanation.scheme for m in find_codes('{"result_code":"00"}')] == [Scheme.CUP]
    assert [m.explanation.scheme for m in find_codes("result_code=51")] == [Scheme.CUP]
    assert find_codes('{"result_code":"FAIL"}') == []  # WeChat Pay's and 收钱吧's
    xml = "<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code>FAIL</result_code></xml>"
    assert [(m.explanation.scheme, m.raw) for m in find_codes(xml)] == [
        (Scheme.WECHATPAY, "SUCCESS"),
        (Scheme.WECHATPAY, "FAIL"),
    ]


def test_every_wechatpay_code_has_a_style_that_writes_it() -> None:
    styles: tuple[WalletStyle, ...] = ("wechatpay-xml", "wechatpay-v3-json")
    written = {rc for style in styles for rc, _ in _written(style)}
    assert written == set(codes(scheme="wechatpay"))


def test_every_shouqianba_code_is_written() -> None:
    assert {rc for rc, _ in _written("shouqianba-json")} == set(codes(scheme="shouqianba"))


@pytest.mark.parametrize(("style", "scheme"), WALLET_STYLES.items())
def test_a_wallet_style_refuses_another_schemes_code(style: WalletStyle, scheme: Scheme) -> None:
    others = set(WALLET_STYLES.values()) - {scheme}
    for rc in (lookup("51"), *(codes(scheme=o)[0] for o in others)):
        with pytest.raises(
            ValueError,
            match=f"the '{style}' style writes {scheme.value} replies only; {rc.scheme.value}:",
        ):
            render(rc, style)


def test_a_code_read_only_in_another_protocol_version_is_refused() -> None:
    with pytest.raises(
        ValueError, match="wechatpay:SYSTEM_ERROR is read only in code, which a v2 XML"
    ):
        render(lookup("SYSTEM_ERROR", scheme="wechatpay"), "wechatpay-xml")
    with pytest.raises(
        ValueError, match="wechatpay:AUTH_CODE_INVALID is read only in err_code, which a v3 JSON"
    ):
        render(lookup("AUTH_CODE_INVALID", scheme="wechatpay"), "wechatpay-v3-json")


def test_the_wallet_forms_of_userpaying() -> None:
    rc = lookup("USERPAYING", scheme="wechatpay")
    xml = render(rc, "wechatpay-xml")
    assert xml.startswith(
        "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg>"
        "<result_code><![CDATA[FAIL]]></result_code><err_code><![CDATA[USERPAYING]]></err_code>"
    )
    assert xml.endswith("</err_code_des></xml>")
    body = json.loads(render(rc, "wechatpay-v3-json"))
    assert (body["http_status"], body["trade_state"]) == (200, "USERPAYING")
    error = json.loads(render(lookup("SYSTEM_ERROR", scheme="wechatpay"), "wechatpay-v3-json"))
    assert (error["http_status"], error["code"]) == (500, "SYSTEM_ERROR")
    declined = json.loads(render(lookup("NOT_ENOUGH", scheme="wechatpay"), "wechatpay-v3-json"))
    assert (declined["http_status"], declined["code"]) == (400, "NOT_ENOUGH")
    assert read_reply(xml).outcome is posrc.Outcome.UNKNOWN


def test_the_alipay_and_unionpay_forms() -> None:
    pay = json.loads(render(lookup("ACQ.SYSTEM_ERROR", scheme="alipay"), "alipay-json"))
    node = pay["alipay_trade_pay_response"]
    assert (node["code"], node["msg"], node["sub_code"]) == (
        "40004",
        "Business Failed",
        "ACQ.SYSTEM_ERROR",
    )
    query = json.loads(render(lookup("WAIT_BUYER_PAY", scheme="alipay"), "alipay-json"))
    assert query == {
        "alipay_trade_query_response": {
            "code": "10000",
            "msg": "Success",
            "trade_status": "WAIT_BUYER_PAY",
        }
    }
    kv = render(lookup("03", scheme="unionpay-online"), "unionpay-online-kv")
    assert kv.startswith("respCode=00&respMsg=成功[0000000]&origRespCode=03&")
    assert read_reply(kv).decided_by == "origRespCode"
    plain = render(lookup("12", scheme="unionpay-online"), "unionpay-online-kv")
    assert plain.startswith("respCode=12&respMsg=")
    assert "&txnType=01&version=5.1.0" in plain


WALLET_LIST = (
    "'gbk', 'wechatpay-xml', 'wechatpay-v3-json', 'alipay-json', 'unionpay-online-kv', "
    "'shouqianba-json'"
)


def test_the_shouqianba_forms() -> None:
    paid = json.loads(render(lookup("PAID", scheme="shouqianba"), "shouqianba-json"))
    assert paid == {
        "result_code": "200",
        "biz_response": {"result_code": "SUCCESS", "data": {"order_status": "PAID"}},
    }
    failed = json.loads(render(lookup("EXPIRED_BARCODE", scheme="shouqianba"), "shouqianba-json"))
    business = failed["biz_response"]
    assert (failed["result_code"], business["result_code"]) == ("200", "PAY_FAIL")
    assert business["error_code"] == "EXPIRED_BARCODE"
    assert business["error_message"] == lookup("EXPIRED_BARCODE", scheme="shouqianba").message("zh")
    lone = json.loads(render(lookup("500", scheme="shouqianba"), "shouqianba-json"))
    assert set(lone) == {"result_code", "error_message"}
    with pytest.raises(posrc.ParseError, match="cannot tell whose reply"):
        read_reply(render(lookup("500", scheme="shouqianba"), "shouqianba-json"))


def test_an_unknown_style_lists_the_wallet_styles_too() -> None:
    with pytest.raises(
        ValueError,
        match=re.escape(WALLET_LIST) + "$",
    ):
        render(ReturnCode.APPROVED, "xml")  # type: ignore[call-overload]


PIECES = (
    '"code":"0"',
    '"code":"10003"',
    "status: SUCCESS",
    "action=close",
    '"result_code":"PAY_IN_PROGRESS"',
    '"result_code":"00"',
    '"err_code":"USERPAYING"',
    '"sub_code":"51"',
    "<recall><![CDATA[Y]]></recall>",
    "RC=51",
    "应答码：05",
    "51 余额不足",
    "respCode=03&txnType=00",
    "交易失败(96)",
)


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from((" ", ",", "\n", "&")))
def test_an_envelope_elsewhere_changes_nothing(pieces: list[str], separator: str) -> None:
    # Text with no envelope is scanned with less work; the codes found must be the same as
    # where an envelope far away (on another line) makes the scan look for generic fields.
    text = separator.join(pieces)
    far = text + "\n" + " " * 400 + '{"alipay_trade_pay_response":{}}'
    near = [(m.span, m.explanation) for m in find_codes(far) if m.span[1] <= len(text)]
    assert near == [(m.span, m.explanation) for m in find_codes(text)]


# The lines the wallet fact reference lists as "example responses a scanner must read"
# (§1.7, §3.10, §4.6, §5.7), trimmed as it trims them, with the codes they hold.
REFERENCE_EXAMPLES = [
    (
        "returnCode=SUCCESS, returnMsg=OK, resultCode=FAIL, errCode=SYSTEMERROR, "
        "errCodeDes=system error",
        [("wechatpay", "SUCCESS"), ("wechatpay", "FAIL"), ("wechatpay", "SYSTEMERROR")],
    ),
    (
        "<result_code><![CDATA[FAIL]]></result_code><err_code><![CDATA[AUTH_CODE_INVALID]]>"
        "</err_code><err_code_des><![CDATA[101 付款码已过期,请退出重试]]></err_code_des>",
        [("wechatpay", "AUTH_CODE_INVALID")],
    ),
    (
        "[alipay_trade_pay_response] => [code] => 40004 [msg] => Business Failed [sub_code] => "
        "ACQ.INVALID_STORE_ID [sub_msg] => 支付失败，建议顾客使用其他方式付款。",
        [("alipay", "40004"), ("alipay", "ACQ.INVALID_STORE_ID")],
    ),
    (
        '{"alipay_trade_refund_response":{"code":"20000","msg":"Service Currently Unavailable",'
        '"sub_code":"isp.unknow-error","sub_msg":"system is busy"}}',
        [("alipay", "20000"), ("alipay", "isp.unknow-error")],
    ),
    (
        '{"alipay_trade_cancel_response":{"code":"10000","msg":"Success","action":"close",'
        '"out_trade_no":"…","retry_flag":"N","trade_no":"…"}}',
        [("alipay", "10000"), ("alipay", "close"), ("alipay", "N")],
    ),
    ("respCode=00&origRespCode=03", [("unionpay-online", "00"), ("unionpay-online", "03")]),
    (
        '{"result_code":"200","biz_response":{"result_code":"PAY_FAIL_ERROR","data":'
        '{"order_status":"PAY_ERROR","client_sn":"sn002"}}}',
        [("shouqianba", "200"), ("shouqianba", "PAY_FAIL_ERROR"), ("shouqianba", "PAY_ERROR")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCE_EXAMPLES)
def test_the_reference_s_example_lines_are_read(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.explanation.scheme, m.explanation.code) for m in find_codes(text)]
    assert found == [(Scheme(scheme), code) for scheme, code in expected]


def test_the_traps_in_real_replies_are_no_codes() -> None:
    # WeChat's "101 付款码已过期" in err_code_des and UnionPay's "成功[0000000]" are no codes.
    trapped = [
        r for r in REPLIES if r["text"] and ("101 " in r["text"] or "[0000000]" in r["text"])
    ]
    assert len(trapped) >= 3
    for reply in trapped:
        text = _one_line(reply)
        found = [m.explanation.code for m in find_codes(text)]
        assert "101" not in found
        assert not any(code and "0000000" in code for code in found)
        layers = read_reply(text, scheme=reply["scheme"], api=reply["api"] or None).layers
        assert "101" not in layers.values()
        assert not any("0000000" in code for code in layers.values())
