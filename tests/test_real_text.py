"""The classes of real text that the corpus showed posrc missing or misreading.

Each case is a class of text, written as the issue names it; the corpus in
``tests/corpus/real.jsonl`` holds the real lines behind each class.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from posrc import Registry, ReturnCode, Scheme, find_codes, lookup


def found(text: str) -> list[str | None]:
    return [m.explanation.code for m in find_codes(text)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # field 39 as a key of JSON or a dict, or a setter's argument
        ('"39":"00"', ["00"]),
        ('{"fields":{"39":"05"}}', ["05"]),
        ("    {'t': '0210', 'p': '0000000002000000', '39': '05'}", ["05"]),
        ('"set": {"39": "61"}', ["61"]),
        ('            m.set (39, "00");', ["00"]),
        ("    >>> decoded['39'] = '05'", ["05"]),
        ('        39: "00",  # Approval code', ["00"]),
        ('                .responseCode("00")', ["00"]),
        # label spellings: blanks, compound keys, a joining word, escaped quotes
        ("Field  39: 00", ["00"]),
        ("orig_resp_code=05", ["05"]),
        ("t0RespCode=00", ["00"]),
        ("respCode等于00", ["00"]),
        ("&lt;field id=&quot;39&quot; value=&quot;00&quot;/&gt;", ["00"]),
        # a code glued to its own message
        ('"A0MAC校验错,请重新签到"', ["A0"]),
        ('"99PIN格式错"', ["99"]),
        ('"12-发卡行不支持的交易"', ["12"]),
        # tables of codes
        ('put("A0", "MAC 校验错")', ["A0"]),
        ("| 05 | Do not honour |", ["05"]),
        ("- `00` - Approved", ["00"]),
        ("00 ——交易成功", ["00"]),
        ('                case "51": return "卡内余额不足";', ["51"]),
        ('    OnlineApproved("00"),', ["00"]),
        # a code that Chinese prose names before its label (m.35ra.com, a POS article)
        ("pos机操作时屏幕显示51应答码", ["51"]),
        ("- 1、POS机显示51应答码及其含义", ["51"]),
        # a list of codes in brackets, and a URL's escape after a code
        ("RC [51, 05]", ["51", "05"]),
        ("body: RC=05%0D%0A", ["05"]),
        # an arrow from a code to its message: a switch's case, a map's entry
        ('            case "05" -> "Do Not Honor";', ["05"]),
        ("            '51' => '余额不足，请查询',", ["51"]),
        # several codes under one label
        ("RC=05 / 51", ["05", "51"]),
        ("Response codes 90, 96, 98", ["90", "96", "98"]),
        # a code in backticks or quotes after a label
        ("response code `91`", ["91"]),
        ('RC = `"00"`', ["00"]),
        # setters, getters and comparisons after a label or field 39's key
        ("\t\tmessage->set_responsecode(96);", ["96"]),
        ('        trans.setResponseCode("00");', ["00"]),
        ("\tif(message->responsecode()!=96)", ["96"]),
        ('if (response.getResponseCode().equals("00")) {', ["00"]),
        ('\t\t\t\tif (isoData["39"] && isoData["39"] !== "00") {', ["00"]),
        # j8583's field 39 with its value wrapped
        ('response.setField(39, IsoType.ALPHA.value("00", 2));', ["00"]),
        # an XML property named by a label
        ('<stringProp name="successResponseCode">00</stringProp>', ["00"]),
        (" <property name='retry-response-codes' value='91,ZZ' />", ["91"]),
        # a test's expectation and what it got
        ('- \'F39: expected "99", got "00"\'', ["99", "00"]),
        # a further code after the first one's meaning in brackets
        ("with response code 00 (approved) or 51 (insufficient funds).", ["00", "51"]),
        # the next key of a JSON object is no further code
        ('"39":"00","63":"PAN=4111"', ["00"]),
    ],
)
def test_real_forms_are_read(text: str, codes: list[str]) -> None:
    assert found(text) == codes
    for match in find_codes(text):
        assert lookup(match.raw).code == match.explanation.code


@pytest.mark.parametrize(
    "text",
    [
        # HTTP statuses are no ISO 8583:1993 action codes
        '@ApiResponse(responseCode = "400", description = "Bad request")',
        '{"responseMessage":"SUCCESS","responseCode":"200"}',
        'Exception message is "Error code: 995"',
        # other providers' four-digit codes are no posrc codes
        "respCode=1001",
        "Action Code 0003",
        '{"Success":false,"ErrorCode":"1051","Message":"Недостаточно средств на карте."}',
        # a field number is no code
        "返回码39域信息",
        # generic words of other domains
        'if cause != "MAC failure (20)" {',
        # a label glued to another word
        "TID1RC=51",
        "12月",
        "15元",
        'at 14:39: "x"',
        # HTTP statuses and other systems' codes in setters and comparisons
        "if (conn.getResponseCode() != 200) {",
        'response.setResponseCode("404");',
        'if (info.getRespCode().equals("000")) {',
        'return new RespCode().setRespCode("0000");',
        # another field of j8583, and FIX's tag 39 (OrdStatus)
        'msg.setField(24, IsoType.ALPHA.value("801", 3));',
        'assert msg["39"] == "0"',
        # prose that a joining word would turn into a label
        "the resp is 12 bytes long",
        # maps of two-digit keys to other things: months, a socket's states
        '"05" => "Mai",',
        '        "05" => "FIN_WAIT2",',
        # labels that other systems give their own codes, outside a payment
        "javax.naming.AuthenticationException: [LDAP: error code 49 - Invalid Credentials]",
        '## 🔴 Hata: "Error code 14: Unable to open the database file"',
        "        case WIFI_REASON_GROUP_KEY_UPDATE_TIMEOUT: /**< disconnected reason code 16 */",
        "     * 返回码：00   请求失败",
        "\t/**返回码：01 成功  00 失败*/",
        # a length after a label, and a format's hex prefix
        "- [ ] 错误码为 10 位且已登记",
        "银联39应答码对照表",
        '        REFLEX_LOGE(TAG, "scheduler init failed rc=0x%x", rc);',
        # further numbers under a label that read as no code, nor do they
        "// CMC returns 401 for invalid/missing API keys (error codes 1001, 1002).",
        # a field's number in a definition's arguments
        '    F39_ResponseCode                    (39, "an",  2,    true,  null, false),',
        # other systems' words in fields that wallets name alike
        '        "order_status": "CLOSED" if close_fraction >= 1.0 else "PARTIAL",',
        '            {"order_id": 100, "order_status": "CANCELED", "execution_type": "CANCELED"},',
        '                "error_code": "INVALID_PARAMETER",',
        '            "error_code": "SYSTEM_ERROR",',
    ],
)
def test_foreign_numbers_are_not_read_as_codes(text: str) -> None:
    assert find_codes(text) == []


def test_a_labelled_number_still_reads_where_the_caller_says_it_is_a_code() -> None:
    assert lookup("RC=1001").code == "BL1001"
    assert lookup("respCode=1001").code == "BL1001"
    assert [m.explanation.code for m in find_codes("RC=1001", scheme="posrc")] == ["BL1001"]
    assert found("respCode=1001 余额不足") == ["BL1001"]
    assert found("Action Code: 116") == ["116"]
    assert found("Transaction failed (51)") == ["51"]


def test_a_label_that_other_systems_share_reads_in_a_payment_or_beside_its_meaning() -> None:
    assert found("交易返回码：51 余额不足") == ["51"]
    assert found("交易失败，错误码：51") == ["51"]
    assert found("error code 51 Insufficient funds") == ["51"]
    assert found("错误码：51") == []
    # a payment's word inside another word says nothing of a payment
    assert found("error code 14 while composing the position") == []
    # a message worded as ISO 8583 words the code
    assert found("Card transaction declined. Error code: 51 Not sufficient funds") == ["51"]
    assert found("Error code: 05 Do not honor") == ["05"]
    assert found("Insufficient funds, error code 51") == ["51"]
    # in a payment, but beside a message that says the opposite, each time it is met
    assert found("交易返回码：00 请求失败\n交易返回码：00 请求失败") == []
    assert [m.explanation.code for m in find_codes("错误码：51", scheme="cup")] == ["51"]


def test_a_wallet_word_in_a_field_other_systems_name_alike_needs_its_wallet_named() -> None:
    reply = '{"result_code":"400","error_code":"ILLEGAL_SIGN","error_message":"签名错误"}'
    assert [(m.explanation.scheme, m.raw) for m in find_codes(reply)] == [
        (Scheme.SHOUQIANBA, "400"),
        (Scheme.SHOUQIANBA, "ILLEGAL_SIGN"),
    ]
    # an app's own JSON, with no envelope
    assert find_codes('{"result_code": 200, "message": "ok", "data": {"status": "SUCCESS"}}') == []
    assert find_codes('"error_code": "ILLEGAL_SIGN",') == []
    assert found('"error_code": "ILLEGAL_SIGN", "error_message": "签名错误"') == ["ILLEGAL_SIGN"]
    # a word that one wallet defines, in a field of another wallet's
    assert find_codes('"order_status": "CLOSED",') == []


def test_accounts_read_alike_in_both_writings() -> None:
    assert found('case "39": return "无此信用卡帐户";') == ["39"]
    assert found('case "39": return "无此信用卡账户";') == ["39"]


@pytest.mark.parametrize(
    ("text", "scheme", "code"),
    [
        ("<err_code><![CDATA[USERPAYING]]></err_code>", "wechatpay", "USERPAYING"),
        ('"sub_code":"ACQ.SYSTEM_ERROR"', "alipay", "ACQ.SYSTEM_ERROR"),
        ('"biz_response": {"order_status": "PAY_IN_PROGRESS"', "shouqianba", "PAY_IN_PROGRESS"),
        ("respCode=03&merId=777290058110048&txnType=01", "unionpay-online", "03"),
    ],
)
def test_wallet_codes_are_read_in_their_own_fields(text: str, scheme: str, code: str) -> None:
    (match,) = find_codes(text)
    assert (match.explanation.scheme, match.explanation.code) == (scheme, code)
    assert match.explanation.is_unknown
    assert lookup(match.raw, scheme=scheme) is match.return_code


def test_a_wallet_word_several_families_define_is_not_read_from_a_field() -> None:
    assert find_codes("result_code=SUCCESS") == []
    assert [m.explanation.code for m in find_codes("result_code=SUCCESS", scheme="wechatpay")] == [
        "SUCCESS"
    ]


@pytest.mark.parametrize(
    ("text", "scheme", "code"),
    [
        # Alipay's namespace in prose, also at a sentence's end
        ("未扫码前查询显示交易不存在 ACQ.TRADE_NOT_EXIST", "alipay", "ACQ.TRADE_NOT_EXIST"),
        ("直接关闭订单时，显示错误 ACQ.TRADE_NOT_EXIST.", "alipay", "ACQ.TRADE_NOT_EXIST"),
        ("ACQ.SYSTEM_ERROR 系统错误", "alipay", "ACQ.SYSTEM_ERROR"),
        # a word WeChat Pay runs together, before its own message
        ("USERPAYING | 用户支付中，需要输入密码", "wechatpay", "USERPAYING"),
    ],
)
def test_a_wallet_code_is_read_outside_its_fields_where_nothing_else_could_spell_it(
    text: str, scheme: str, code: str
) -> None:
    (match,) = find_codes(text)
    assert (match.explanation.scheme, match.explanation.code) == (scheme, code)
    assert lookup(match.raw) is match.return_code


@pytest.mark.parametrize(
    "text",
    [
        # Other systems' own codes, in real tables and code (index ids of public files)
        "| ORDER_NOT_EXIST | 订单不存在 |",  # 53160493560, a callback API's error codes
        "| 301004 | ORDER_NOT_EXIST | 订单不存在 | 404 |",  # 55600927307, an order system
        "| 3 | TRADE_SUCCESS | 支付成功 |",  # 56195393333, a shop's payment states
        '    private static final String CANCEL_SUCCESS = "CANCEL_SUCCESS";',  # 28993069029
        # a vendor's table row, but nothing on the line names the vendor
        "INVALID_BARCODE | 条码错误",
        # a constant named as its value, another condition's message, English words
        'USERPAYING = "USERPAYING"',
        "USERPAYING | 余额不足",
        "PAID 订单支付成功",
        # Alipay's namespace, but no sub-code of Alipay's
        "ACQ.NOT_A_SUB_CODE",
    ],
)
def test_a_word_that_other_systems_also_coin_is_no_wallet_code(text: str) -> None:
    assert find_codes(text) == []


def test_a_wallet_s_envelope_does_not_name_the_scheme_of_a_joined_word() -> None:
    # The envelope marks the line as some wallet's reply; the word may be another system's.
    assert find_codes("alipay_trade_query_response: ORDER_NOT_EXIST 订单不存在") == []


def test_a_constant_named_as_its_value_is_read_once_at_its_value() -> None:
    # WeChat Pay SDKs write their trade states so: the name, then the value with its meaning
    (match,) = find_codes("  USERPAYING = 'USERPAYING', // 用户支付中")
    assert match.span == (16, 26)
    (match,) = find_codes('\tTRADE_STATE_USERPAYING TradeState = "USERPAYING" //用户支付中')
    assert match.raw == "USERPAYING"


@pytest.mark.parametrize(
    ("text", "scheme"),
    [
        ("INVALID_BARCODE | 条码错误", "shouqianba"),
        # WeChat Pay's v3 error table: even its own name on the line may be a gateway's
        (
            "| 404 | ORDER_NOT_EXIST | 订单不存在 | 请检查传入的微信支付订单号是否正确 |",
            "wechatpay",
        ),
    ],
)
def test_a_word_joined_by_an_underscore_is_read_in_the_scheme_named(text: str, scheme: str) -> None:
    assert find_codes(text) == []
    (match,) = find_codes(text, scheme=scheme)
    assert match.explanation.scheme == scheme
    assert lookup(match.raw, scheme=scheme) is match.return_code
    other = "alipay" if scheme != "alipay" else "wechatpay"
    assert find_codes(text, scheme=other) == []
    assert find_codes(text, scheme="cup") == []


def test_a_table_s_cell_ends_a_word_s_message() -> None:
    # Reviewer's class: the next column must not decide whether the code is read.
    assert find_codes("| 微信 | USERPAYING | 余额不足 | 用户支付中 |") == []
    row = "| 微信 | USERPAYING | 用户支付中 | 余额不足 |"
    assert [m.explanation.code for m in find_codes(row)] == ["USERPAYING"]


def _capitals(code: str) -> bool:
    """The spec's wallet word: four capitals or digits or more, maybe joined by "_"."""
    return re.fullmatch("[A-Z][A-Z0-9_]{3,}", code) is not None


def _run_together(code: str) -> bool:
    """The spec's word that needs no scheme: nine capitals or digits or more, no "_"."""
    return re.fullmatch("[A-Z][A-Z0-9]{8,}", code) is not None


_WALLET_WORDS = [
    row
    for row in Registry.default().rows()
    if row["scheme"] in {"wechatpay", "alipay", "shouqianba"}
    and _capitals(str(row["code"]))
    and Registry.default().sole_family(str(row["code"])) is not None
]
_SEPARATORS = st.sampled_from(["", " ", " | ", "|", "：", " - "])


def _row_text(row: dict[str, object], separator: str) -> tuple[ReturnCode, str]:
    """The row's record, and its code written before its own message."""
    code, message = str(row["code"]), str(row["message_zh"])
    record = lookup(code, scheme=str(row["scheme"]))
    assume(Registry.default().agreement.agrees(record, message) and "|" not in message)
    assume(separator or not message[0].isascii())  # a word glued to a word is one word
    return record, f"{code}{separator}{message}"


@given(st.sampled_from(_WALLET_WORDS), _SEPARATORS)
def test_a_wallet_word_is_read_before_its_message_in_its_scheme_or_run_together(
    row: dict[str, object], separator: str
) -> None:
    record, text = _row_text(row, separator)
    assert [m.return_code for m in find_codes(text, scheme=str(row["scheme"]))] == [record]
    assert find_codes(text, scheme=Scheme.CUP) == []
    expected = [record] if _run_together(str(row["code"])) else []
    assert [m.return_code for m in find_codes(text)] == expected


@given(
    st.sampled_from(
        [row for row in Registry.default().rows() if str(row["code"]).startswith("ACQ.")]
    ),
    st.sampled_from(["", "错误 ", "error: "]),
    st.sampled_from(["", "。", ".", " 交易不存在"]),
)
def test_every_alipay_sub_code_is_read_as_it_stands(
    row: dict[str, object], before: str, after: str
) -> None:
    code = str(row["code"])
    (match,) = find_codes(f"{before}{code}{after}")
    assert (match.explanation.scheme, match.explanation.code) == ("alipay", code)


def test_the_online_gateway_s_codes_are_never_card_codes() -> None:
    text = "若查询动作成功，即应答码为“00“，则根据origRespCode来判断被查询交易是否成功"
    assert {m.explanation.scheme for m in find_codes(text)} == {Scheme.UNIONPAY_ONLINE}


def test_the_gateway_s_version_names_its_reply() -> None:
    # Reference §8: version=5.x.x marks an ACP reply; 04 there is "state unknown", not the
    # card's "pick up".
    reply = "respCode=04&respMsg=交易状态未明，请查询对账结果[0000000]&version=5.1.0"
    (match,) = find_codes(reply)
    assert match.explanation.scheme is Scheme.UNIONPAY_ONLINE
    assert match.explanation.is_unknown
    assert [m.explanation.scheme for m in find_codes("RC=04 version=2.1")] == [Scheme.CUP]


def test_an_online_reply_holds_no_card_code_whatever_scheme_is_asked() -> None:
    reply = "respCode=03&merId=777290058110048&txnType=01"
    assert find_codes(reply, scheme="cup") == []
    assert [m.explanation.code for m in find_codes(reply, scheme="unionpay-online")] == ["03"]
