from __future__ import annotations

import json
import re

import pytest

import posrc
from posrc import ReturnCode, Scheme, find_codes, lookup, read_reply
from posrc._grammar import spelled_exactly
from posrc.testing import STYLES, WALLET_STYLES, Style, WalletStyle, code_id, codes, render

CONTEXT_STYLES = tuple(style for style in STYLES if style != "bare")


# The card render styles put a code after a card label. A word-shaped wallet code stands in
# its own reply field instead; reading those in free text comes with the finder's rewrite.
CARD_SHAPED = [scheme for scheme in Scheme if not spelled_exactly(scheme)]


def _misread_by_lookup(style: Style, scheme: Scheme) -> list[str]:
    wrong: list[str] = []
    for rc in codes(scheme=scheme):
        out = render(rc, style)
        try:
            found: object = lookup(out, scheme=rc.scheme)
        except posrc.PosrcError as error:
            found = error
        if found is not rc:
            wrong.append(f"{code_id(rc)}: {out!r} -> {found!r}")
    return wrong


def _misread_by_find_codes(style: Style, scheme: Scheme) -> list[str]:
    wrong: list[str] = []
    for rc in codes(scheme=scheme):
        out = render(rc, style)
        found = [match.explanation.return_code for match in find_codes(out, scheme=rc.scheme)]
        if found != [rc]:
            wrong.append(f"{code_id(rc)}: {out!r} -> {found!r}")
    return wrong


@pytest.mark.parametrize("scheme", CARD_SHAPED, ids=lambda s: s.value)
@pytest.mark.parametrize("style", STYLES)
def test_every_rendered_code_reads_back_through_lookup(style: Style, scheme: Scheme) -> None:
    assert _misread_by_lookup(style, scheme) == []


@pytest.mark.parametrize("scheme", CARD_SHAPED, ids=lambda s: s.value)
@pytest.mark.parametrize("style", CONTEXT_STYLES)
def test_every_code_in_context_is_found_once_by_find_codes(style: Style, scheme: Scheme) -> None:
    assert _misread_by_find_codes(style, scheme) == []


@pytest.mark.parametrize("style", CONTEXT_STYLES)
def test_find_codes_spans_point_at_the_code(style: Style) -> None:
    for rc in codes(scheme=CARD_SHAPED):
        out = render(rc, style)
        (match,) = find_codes(out, scheme=rc.scheme)
        start, end = match.span
        segment = out[start:end]
        assert segment == match.raw
        text = segment.decode("gbk") if isinstance(segment, bytes) else segment
        assert rc.code in text


def test_the_forms_of_one_code() -> None:
    rc = lookup("A0")
    assert render(rc) == render(rc, "bare") == "A0"
    assert render(rc, "display") == "交易失败 应答码：A0 MAC校验错，请重新签到"
    assert render(rc, "receipt") == "NOT COMPLETED  RESP CODE: A0  MAC check failed: sign on again"
    assert render(rc, "log") == "2026-11-20 10:31:02 POS#12 SALE 128.00 RESP=A0"
    assert json.loads(render(rc, "json")) == {"respCode": "A0", "respMsg": rc.message("zh")}
    assert render(rc, "gbk").decode("gbk") == render(rc, "display")


@pytest.mark.parametrize(
    ("code", "zh", "en"),
    [
        ("00", "交易成功", "APPROVED"),
        ("A2", "交易成功", "APPROVED WITH CONDITIONS"),
        ("51", "交易失败", "DECLINED"),
        ("41", "交易失败", "DECLINED - RETAIN CARD"),
        ("96", "交易结果未知", "RESULT UNKNOWN"),
    ],
)
def test_the_status_word_follows_the_outcome(code: str, zh: str, en: str) -> None:
    rc = lookup(code, scheme="cup")
    assert render(rc, "display").startswith(zh + " ")
    assert render(rc, "receipt").startswith(en + "  ")


def test_every_display_line_encodes_as_gbk() -> None:
    for rc in codes():
        assert render(rc, "gbk") == render(rc, "display").encode("gbk")


def test_every_json_reply_is_valid_json_with_the_code() -> None:
    for rc in codes():
        assert json.loads(render(rc, "json"))["respCode"] == rc.code


def test_output_depends_only_on_code_and_style() -> None:
    rc = ReturnCode.NETWORK_FAILURE
    assert [render(rc, style) for style in STYLES] == [render(rc, style) for style in STYLES]


def test_an_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown style 'xml'; expected one of 'bare'"):
        render(ReturnCode.APPROVED, "xml")  # type: ignore[call-overload]


def test_only_a_return_code_is_rendered() -> None:
    with pytest.raises(TypeError, match="render\\(\\) takes a ReturnCode, not str"):
        render("51", "bare")  # type: ignore[call-overload]


# A reading that only passes the decision up: "no need to call again" after a reverse or a
# cancel. In a real reply the layer above decides; every other wallet code decides itself.
DEFERS = {("wechatpay", "N"): "result_code", ("alipay", "N"): "code"}


def _written(style: WalletStyle) -> list[tuple[ReturnCode, str]]:
    written: list[tuple[ReturnCode, str]] = []
    refused: list[str] = []
    for rc in codes(scheme=WALLET_STYLES[style]):
        try:
            written.append((rc, render(rc, style)))
        except ValueError as error:
            refused.append(str(error))
    # Only a code read in no field of this reply is refused.
    assert [text for text in refused if "which a" not in text] == []
    return written


@pytest.mark.parametrize("style", WALLET_STYLES)
def test_every_wallet_reply_reads_back_through_read_reply(style: WalletStyle) -> None:
    wrong: list[str] = []
    written = _written(style)
    assert len(written) > len(codes(scheme=WALLET_STYLES[style])) // 3
    for rc, out in written:
        reading = read_reply(out, api=rc.api or None)
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


def test_every_wechatpay_code_has_a_style_that_writes_it() -> None:
    styles: tuple[WalletStyle, ...] = ("wechatpay-xml", "wechatpay-v3-json")
    written = {rc for style in styles for rc, _ in _written(style)}
    assert written == set(codes(scheme="wechatpay"))


@pytest.mark.parametrize(("style", "scheme"), WALLET_STYLES.items())
def test_a_wallet_style_refuses_another_schemes_code(style: WalletStyle, scheme: Scheme) -> None:
    others = set(WALLET_STYLES.values()) - {scheme}
    for rc in (lookup("51"), codes(scheme="shouqianba")[0], *(codes(scheme=o)[0] for o in others)):
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


WALLET_LIST = "'gbk', 'wechatpay-xml', 'wechatpay-v3-json', 'alipay-json', 'unionpay-online-kv'"


def test_an_unknown_style_lists_the_wallet_styles_too() -> None:
    with pytest.raises(
        ValueError,
        match=re.escape(WALLET_LIST) + "$",
    ):
        render(ReturnCode.APPROVED, "xml")  # type: ignore[call-overload]
