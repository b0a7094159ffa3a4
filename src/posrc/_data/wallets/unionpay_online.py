"""UnionPay online (全渠道 ACP) and UnionPay QR ``respCode`` and ``origRespCode``.

Sources (keys of ``SOURCES``):

* **U1** the UnionPay ACP official SDK demo comment (ten and more verbatim copies): on a
  synchronous reply 00 means accepted, 03/04/05 mean query later, anything else a failure; it
  cites 《平台接入接口规范-第5部分-附录》 on open.unionpay.com.
* **U2** the ACP query demo and demo JSP: ``origRespCode`` 00 succeeded, 03/04/05 query again,
  other failed; ``respCode`` 34 on a query; the void and refund windows, the clearing day.
* **U3** two secondary respCode text tables in public code (``UnionPayResult.getRespCode``,
  ``UnionPayLogUtil``) and a third for 03/04/05: the Chinese texts (M where both agree).
* **U4** ACP sample strings in the SDK's ``SDKUtil`` javadoc and a 5.1.0 test reply.

The official appendix itself was not available, so no code here is better than the demos.
Codes are two characters. A bare two-character code is a card (CUP field 39) code unless the
caller or the reply's envelope (``key=value&...`` with ``respCode`` and ``version=5.x.x``)
names this scheme: ``03`` is "query" here but "invalid merchant" on a card terminal, ``04`` is
"unknown" here but "pick up" there. The ``[0000000]`` suffix of ``respMsg`` is not a code.
API names: ``request`` (the synchronous reply to a consume, void, refund or QR request),
``query`` (``txnType=00``) and ``notify`` (the backend notification to ``backUrl``).
"""

from __future__ import annotations

from posrc._data.wallets import _advice as a
from posrc._data.wallets._rows import (
    Confidence,
    Excluded,
    Figure,
    FollowUp,
    Outcome,
    Retry,
    Row,
    Source,
    Step,
    TerminalAction,
    Undoing,
)

SOURCES: dict[str, Source] = {
    "U1": Source("中国银联全渠道 ACP SDK 示例代码注释", "posrc reference U1 (copies of the official "
                 "demo; it cites 《平台接入接口规范-第5部分-附录》, open.unionpay.com)",
                 "demo copies, versions 5.0.0/5.1.0", True),
    "U2": Source("中国银联全渠道 ACP 查询示例与示例 JSP", "posrc reference U2 (copies of the official "
                 "demo)", "demo copies", True),
    "U3": Source("ACP respCode text tables in public code (UnionPayResult.getRespCode, "
                 "UnionPayLogUtil)", "posrc reference U3", "undated copies", False),
    "U4": Source("ACP SDKUtil javadoc samples; 5.1.0 test reply", "posrc reference U4",
                 "5.0.0 / 5.1.0", True),
}

# Each API and the operation it performs: "request" is any transaction request's synchronous
# reply (consume, void, refund, QR), so its operation is named "request".
OPERATIONS: dict[str, str] = {"request": "request", "query": "query", "notify": "notify"}
FAILED_CALLS: tuple[tuple[str, str], ...] = ()
"""No layer value of this gateway passes the reason on while saying the call failed."""
LAYERS: dict[str, tuple[str, ...]] = {
    "request": ("respCode",),
    "query": ("respCode", "origRespCode"),
    "notify": ("respCode",),
}

FOLLOW_UPS: tuple[FollowUp, ...] = (
    FollowUp(
        "unionpay-online.query", "unionpay-online", "ACP demo (U1, U2)", True, "query",
        first_call=Figure(None, "U1", "demo", note="no figure: wait for the backUrl "
                          "notification or query later (稍后查询)"),
        interval=Figure(None, "U2", "demo"),
        give_up=Figure(None, "U2", "demo", note="no figure; a state never settled is decided "
                       "by the reconciliation file"),
        then="reconcile",
        then_earliest=Figure(None, "U2", "demo", note="the reconciliation file is ready about "
                             "09:00 after the clearing day (23:00 to 23:00 in production)"),
        then_latest=Figure(None, "U2", "demo", note="a void (消费撤销) only within the same "
                           "clearing day and for the full amount; a refund within 11 months"),
        notes="The figures the official appendix may give were not found. A till needs its own "
        "query interval and timeout, and must not void or charge again while the original is "
        "unknown.",
    ),
)

EXCLUDED: tuple[Excluded, ...] = tuple(
    Excluded(code, "respCode", "L: one secondary table only (U3).")
    for code in ("06", "43", "44", "46", "81", "82", "83", "85", "86", "87", "88", "89", "90",
                 "91", "92", "93", "94", "95", "96")
)

_PENDING = (a.RESULT_PENDING, a.PAYER_WAIT, a.QUERY_SAME_ORDER, a.RECONCILE, a.KEEP_RECORDS)
_QUERY_LATER = Step(
    "integrator",
    "原交易仍在处理或状态未明：稍后用原订单号再次查询；一直不能确定时以对账文件为准，期间不要撤销或重新收款。",
    "The original is still processing or unknown: query it again later under the original "
    "order number; if it never settles, the reconciliation file decides. Neither void nor "
    "charge again meanwhile.",
)
_QUERY_PENDING = (a.RESULT_PENDING, a.PAYER_WAIT, _QUERY_LATER, a.RECONCILE)
_BAD_REQUEST = (a.SETUP_FAULT, a.FIX_REQUEST)
_CONFIG = (a.SETUP_FAULT, a.CHECK_CONFIG)
_RISK_DISPLAY = ("本次付款未能完成，请换一种付款方式。", "This payment could not be completed. Please pay another way.")
_DEBITED_CASHIER = Step(
    "cashier",
    "款项已经扣除，但这笔交易需要核实：不要再次收款，由管理人员确认是完成销售还是退款。",
    "The money was taken, but this transaction needs checking: do not charge again; a "
    "supervisor decides whether to complete the sale or refund it.",
)
_DEBITED = Step(
    "operations",
    "款项已经扣除，但业务处理有问题：按对账文件核对，必要时给顾客退款。",
    "The money was taken but the business side failed or is unclear: check the reconciliation "
    "file and refund the customer where needed.",
)


def _row(
    code: str,
    zh: str,
    en: str,
    outcome: Outcome,
    retry: Retry,
    action: TerminalAction,
    native: str,
    advice: tuple[Step, ...],
    *,
    field: str = "respCode",
    api: str = "",
    sources: tuple[str, ...] = ("U3",),
    confidence: Confidence = "M",
    notes: str = "",
    zh_is_vendor: bool = True,
    decides: bool = True,
    follow_up: str = "",
    display: tuple[str, str] | None = None,
    answers: tuple[Undoing, ...] = (),
) -> Row:
    if outcome == "unknown" and not follow_up:
        follow_up = "unionpay-online.query"
    return Row(
        "unionpay-online", code, field, api, zh, en, outcome, retry, action, native, sources,
        confidence, advice, notes, zh_is_vendor, decides, follow_up, (), display, answers,
    )


_UNKNOWN: Outcome = "unknown"
_AFTER_QUERY: Retry = "after-query"
_DECLINED: Outcome = "declined"
_AFTER_FIX: Retry = "after-fix"
# A void reverses a payment; both answer about the original transaction.
_VOID_OR_REFUND: tuple[Undoing, ...] = ("reverse", "refund")


def _declined(code: str, zh: str, en: str, native: str, payer: Step = a.PAYER_OTHER_METHOD,
              notes: str = "", display: tuple[str, str] | None = None) -> Row:
    return _row(code, zh, en, _DECLINED, _AFTER_FIX, "none", native, (a.OTHER_METHOD, payer), notes=notes,
                display=display)


ROWS: tuple[Row, ...] = (
    _row("00", "成功", "Accepted: not yet a result; wait for the notification or query", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1419", _PENDING, api="request", sources=("U1", "U4"),
         confidence="H-c",
         notes="U1: 00 on a synchronous reply means the request was accepted, not that the "
         "transaction succeeded. On a card terminal (CUP field 39) 00 means approved."),
    _row("00", "成功", "The query succeeded: the original's state is in origRespCode", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1419", (a.READ_DEEPER, _QUERY_LATER), api="query",
         sources=("U2", "U4"), confidence="H-c", decides=False,
         notes="respCode=00 with origRespCode=11 means the original failed."),
    _row("00", "成功", "Paid (backend notification)", "approved", "not-needed", "none", "OK0000",
         (a.HAND_OVER, a.PAYER_PAID), api="notify", sources=("U1",), confidence="H-c",
         notes="Verify the notification's signature before trusting it."),
    _row("00", "成功", "The original transaction succeeded", "approved", "not-needed", "none",
         "OK0000", (a.HAND_OVER, a.PAYER_PAID), field="origRespCode", api="query",
         sources=("U2", "U4"), confidence="H-c"),
    *(
        _row(code, zh, en, _UNKNOWN, _AFTER_QUERY, "query-result", native, _QUERY_PENDING, field="origRespCode",
             api="query", sources=("U2",), confidence="H-c",
             notes="U2: origrespcode 03、04、05 重新查询.")
        for code, zh, en, native in (
            ("03", "交易通讯超时，请发起查询交易", "The original timed out: its result is unknown",
             "BK1006"),
            ("04", "交易状态未明，请查询对账结果", "The original's state is unknown", "TX1425"),
            ("05", "交易已受理，请稍后查询交易结果", "The original is accepted and still processing",
             "TX1419"),
        )
    ),
    _declined("01", "交易失败。详情请咨询95516", "Failed (details from 95516)", "TX1423"),
    _row("02", "系统未开放或暂时关闭，请稍后再试", "The system is closed for now", "error", "later",
         "none", "SY1007", (a.OTHER_METHOD, a.RATE_LIMIT)),
    _row("03", "交易通讯超时，请发起查询交易", "Communication timeout: the result is unknown", _UNKNOWN,
         _AFTER_QUERY, "query-result", "BK1006", _PENDING, sources=("U1", "U3"), confidence="H-c",
         notes="Meaning H-c (U1), text M. On a card terminal 03 is 'invalid merchant'."),
    _row("04", "交易状态未明，请查询对账结果", "State unknown: query, or go by reconciliation", _UNKNOWN,
         _AFTER_QUERY, "query-result", "TX1425", _PENDING, sources=("U1", "U3"), confidence="H-c",
         notes="Meaning H-c (U1), text M. On a card terminal 04 is 'pick up card'."),
    _row("05", "交易已受理，请稍后查询交易结果", "Accepted; query the result later", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1419", _PENDING, sources=("U1", "U3"), confidence="H-c",
         notes="Meaning H-c (U1), text M. On a card terminal 05 is a decline."),
    *(
        _row(code, zh, en, "error", _AFTER_FIX, "none", "TX1405", _BAD_REQUEST)
        for code, zh, en in (
            ("10", "报文格式错误", "Message format error"),
            ("13", "报文交易要素缺失", "Required elements missing"),
            ("14", "批量文件格式错误", "Batch file format error"),
        )
    ),
    _row("11", "验证签名失败", "Signature verification failed", "error", _AFTER_FIX, "check-setup",
         "TM1809", (a.SETUP_FAULT, a.FIX_SIGNATURE)),
    _row("12", "重复交易", "Duplicate transaction: an original exists", "error", _AFTER_QUERY,
         "query-result", "TX1404", (a.NO_RETRY_DUPLICATE, a.QUERY_SAME_ORDER)),
    _declined("30", "交易未通过，请尝试使用其他银联卡支付或联系95516", "Declined", "BK1602"),
    _row("31", "商户状态不正确", "The merchant's status is wrong", "error", _AFTER_FIX, "check-setup",
         "MC1907", _CONFIG),
    _row("32", "商户无此交易权限", "The merchant may not make this transaction", "error", _AFTER_FIX,
         "check-setup", "MC1904", _CONFIG, notes="Also worded 无此交易权限."),
    _declined("33", "交易金额超限", "Amount over the limit", "BL1101"),
    _row("34", "查无此交易", "On a query: the original is not found; treat it as unclear", _UNKNOWN,
         _AFTER_QUERY, "query-result", "TX1424", _QUERY_PENDING, api="query", sources=("U2", "U3"),
         confidence="H-c",
         notes="U2: query again later, or go by reconciliation. On a card terminal 34 is a "
         "pick-up code."),
    _row("34", "查无此交易", "No such transaction (the original of a void or refund)", "error",
         _AFTER_FIX, "none", "TX1426", (a.FIX_REQUEST,), api="request", answers=_VOID_OR_REFUND,
         notes="The void or refund was not carried out."),
    _row("35", "原交易不存在或状态不正确", "The original is missing or in the wrong state", "error",
         _AFTER_FIX, "none", "TX1426", (a.FIX_REQUEST, a.KEEP_RECORDS), answers=_VOID_OR_REFUND,
         notes="For a void or refund: the original is unchanged."),
    _row("36", "与原交易信息不符", "Does not match the original", "error", _AFTER_FIX, "none", "TX1426",
         (a.FIX_REQUEST, a.KEEP_RECORDS), answers=_VOID_OR_REFUND),
    _row("37", "已超过最大查询次数或操作过于频繁", "Too many queries, or too frequent", "error",
         "later", "none", "SY1704", (a.RESULT_PENDING, a.RATE_LIMIT),
         notes="A refused query tells nothing about the original: keep it pending."),
    _declined("38", "银联风险受限", "Refused by UnionPay risk control", "RK2015",
              display=_RISK_DISPLAY),
    _row("39", "交易不在受理时间范围内", "Outside the service hours", "error", "later", "none",
         "SY1007", (a.OTHER_METHOD, a.RATE_LIMIT)),
    _declined("40", "绑定关系检查失败", "Card binding check failed", "TX1401"),
    _row("41", "批量状态不正确，无法下载", "Batch state wrong: cannot download", "error", "later",
         "none", "TX1416", (a.FIX_REQUEST,), notes="On a card terminal 41 is 'lost card'."),
    _row("42", "扣款成功但交易超过规定支付时间", "Debited, but after the allowed payment time",
         "partial", _AFTER_QUERY, "reconcile", "OK0005", (_DEBITED_CASHIER, a.QUERY_SAME_ORDER, _DEBITED),
         notes="How to handle it is not documented in the sources seen; refunding an abandoned "
         "order is posrc's reading (derived)."),
    _row("45", "原交易已被成功退货或已被成功撤销", "The original is already refunded or voided", _DECLINED,
         "not-needed", "none", "TX1421", (a.REFUNDED_SHOWN,), notes="Also worded 已被成功退货或已被成功撤销."),
    _declined("60", "交易失败，详情请咨询您的发卡行", "Declined by the issuer", "BK1602"),
    _declined("61", "输入的卡号无效，请确认后输入", "Invalid card number", "CD1003"),
    _declined("62", "交易失败，发卡银行不支持该商户，请更换其他银行卡", "The issuer does not support "
              "this merchant", "CD1204"),
    _declined("63", "卡状态不正确", "The card's status is wrong", "CD1203"),
    _declined("64", "卡上的余额不足", "Insufficient funds", "BL1001", a.PAYER_TOP_UP),
    _declined("65", "输入的密码、有效期或CVN2有误，交易失败", "Wrong PIN, expiry date or CVN2",
              "CD1208"),
    _declined("66", "持卡人身份信息或手机号输入不正确，验证失败",
              "ID details or phone number wrong", "PN1304"),
    _declined("67", "密码输入次数超限", "PIN tries exceeded", "PN1302"),
    _declined("68", "您的银行卡暂不支持该业务，请向您的银行或95516咨询",
              "The card is not enabled for this service", "CD1206",
              notes="On a card terminal 68 is 'issuer response timed out' (unknown)."),
    _declined("69", "您的输入超时，交易失败",
              "The cardholder did not finish the input in time; the transaction failed",
              "TX1423"),
    _row("70", "交易已跳转，等待持卡人输入", "Redirected: waiting for the cardholder", _UNKNOWN, _AFTER_QUERY,
         "wait-for-payer", "TX1418", _PENDING),
    _declined("71", "动态口令或短信验证码校验失败", "OTP or SMS code wrong", "PN1304"),
    _declined("72", "您尚未在…签约加办银联无卡支付业务…", "Card-not-present payment not enabled "
              "for this card", "CD1206", notes="The text is cut in the source copies (…)."),
    _declined("73", "支付卡已超过有效期", "The card has expired", "CD1201"),
    _row("74", "扣款成功，销账未知", "Debited; bill posting unknown", "partial", _AFTER_QUERY, "reconcile",
         "OK0008", (_DEBITED_CASHIER, a.QUERY_SAME_ORDER, _DEBITED)),
    _row("75", "扣款成功，销账失败", "Debited; bill posting failed", "partial", _AFTER_QUERY, "reconcile",
         "OK0008", (_DEBITED_CASHIER, _DEBITED),
         notes="Refunding after reconciliation is posrc's reading (derived)."),
    _declined("76", "需要验密开通", "The card needs a PIN check to be enabled", "PN1303"),
    _declined("77", "银行卡未开通认证支付", "Authenticated payment not enabled for the card",
              "CD1206"),
    _declined("78", "发卡行交易权限受限，详情请咨询您的发卡行",
              "The issuer restricts this card's transactions", "CD1203"),
    _declined("79", "此卡可用，但发卡行暂不支持短信验证",
              "The issuer does not support SMS verification", "CD1206"),
    _declined("80", "交易失败，Token 已过期", "The token has expired", "CD1201"),
    _row("98", "文件不存在", "File not found (file download APIs)", "error", "later", "none",
         "TX1416", (a.FIX_REQUEST,), notes="On a card terminal 98 is 'no answer from the issuer' "
         "(unknown)."),
    _row("99", "通用错误", "Generic error", "error", _AFTER_FIX, "none", "TX1004",
         (a.OTHER_METHOD, a.CONTACT_PROVIDER),
         notes="On a payment request the U1 rule ('any other code: failed') reads it as not "
         "charged."),
    _row("A6", "有缺陷的成功", "Defective success: approved with a caveat", "partial", _AFTER_QUERY,
         "confirm-with-bank", "OK0005", (_DEBITED_CASHIER, a.QUERY_SAME_ORDER, a.RECONCILE),
         notes="Same meaning as CUP field 39 A6. A secondary table shows a 4-character form "
         "00A6 (L)."),
)
