"""收钱吧 (Shouqianba, "Upay") web API: request, business and order codes.

Sources, all in 收钱吧's official documentation repository ``WoSai/shouqianba-doc``
(snapshot at commit d659dbc, 2020-04-25; the date after each file is its last change):

* **S1** ``en/api/transaction/appendix.md`` (2016-10-21) and ``en/api/transaction/pay.md``
  (2017-08-24, the client pseudo-code).
* **S2** ``zh-cn/api/annex/resultCode.md`` (2017-04-26) and ``responseCode.md`` (2016-12-30):
  the Chinese tables. They are newer than S1 and list more values (``PAY_IN_PROGRESS``,
  ``CANCEL_IN_PROGRESS``, ``REFUND_FAIL``, ``PRECREATE_FAIL_ERROR``, ``CANCEL_INPROGRESS``,
  ``INVALID_STATUS_CODE``, ...). Chinese meanings are quoted from S2.
* **S3** ``zh-cn/api/apiflow.md`` (2017-03-20) and the FAQ of ``zh-cn/api/interface/pay.md``
  (2017-08-24), ``precreate.md`` (2017-08-24), ``query.md`` (2017-06-27) and
  ``revoke&cancel.md`` (2016-12-30): the polling figures.
* **S4** ``zh-cn/api/annex/responseExample.md`` (2016-12-30): request-level examples whose
  codes the tables do not list.

Fields are named by their path in the reply: ``result_code`` and ``error_code`` at the top
(the request), ``biz_response.result_code`` and ``biz_response.error_code`` (the business
call), ``biz_response.data.status`` (the last transaction) and
``biz_response.data.order_status`` (the order). The top-level ``result_code`` is a JSON
string ``"200"``/``"400"``/``"500"``, not an HTTP status.
"""

from __future__ import annotations

from posrc._data.wallets import _advice as a
from posrc._data.wallets._rows import (
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
    "S1": Source(
        "收钱吧 Upay web API documentation (English)",
        "github.com/WoSai/shouqianba-doc en/api/transaction/appendix.md; "
        "en/api/transaction/pay.md (Client Pseudo-code Example)",
        "appendix.md 2016-10-21 (45de7f9); pay.md 2017-08-24 (c16326d)",
        True,
    ),
    "S2": Source(
        "收钱吧 Web API 文档 附录：业务结果码列表、通讯响应码说明",
        "github.com/WoSai/shouqianba-doc zh-cn/api/annex/resultCode.md; "
        "zh-cn/api/annex/responseCode.md",
        "resultCode.md 2017-04-26 (73e65dc); responseCode.md 2016-12-30 (d6230fd)",
        True,
    ),
    "S3": Source(
        "收钱吧 Web API 文档 接入流程与接口常见问题",
        "github.com/WoSai/shouqianba-doc zh-cn/api/apiflow.md; zh-cn/api/interface/pay.md; "
        "zh-cn/api/interface/precreate.md; zh-cn/api/interface/query.md; "
        "zh-cn/api/interface/revoke&cancel.md",
        "apiflow.md 2017-03-20 (66f1c72); pay.md 2017-08-24 (0300979); "
        "precreate.md 2017-08-24 (65b1ffd)",
        True,
    ),
    "S4": Source(
        "收钱吧 Web API 文档 附录：通讯错误返回实例",
        "github.com/WoSai/shouqianba-doc zh-cn/api/annex/responseExample.md",
        "2016-12-30 (1b031fa)",
        True,
    ),
}

# The APIs: pay (B scans C), precreate (C scans B), query, cancel (automatic reversal
# of an unsettled pay), revoke (manual same-day reversal), refund.
OPERATIONS: dict[str, str] = {
    "pay": "pay",
    "precreate": "pay",
    "query": "query",
    "cancel": "cancel",
    "revoke": "reverse",
    "refund": "refund",
}
_LAYERS = (
    "result_code",
    "error_code",
    "biz_response.result_code",
    "biz_response.error_code",
    "biz_response.data.status",
    "biz_response.data.order_status",
)
FAILED_CALLS: tuple[tuple[str, str], ...] = ()
"""No layer value of 收钱吧 passes the reason on while saying the call failed: its FAIL
results decide on their own."""
LAYERS: dict[str, tuple[str, ...]] = dict.fromkeys(OPERATIONS, _LAYERS)

FOLLOW_UPS: tuple[FollowUp, ...] = (
    FollowUp(
        "shouqianba.pay", "shouqianba", "zh-cn apiflow 2017-03-20", True, "query",
        first_call=Figure(0, "S3", "2017-03-20", note="马上发起轮询: poll at once"),
        interval=Figure(3, "S3", "2017-03-20", upper=5),
        give_up=Figure(40, "S3", "2017-03-20", upper=50, note="总时长控制在40~50s左右"),
        then="cancel",
        then_earliest=Figure(40, "S3", "2017-03-20", note="when the polling time is up"),
        then_latest=Figure(
            None, "S3", "2016-12-30",
            note="cancel and revoke work only on the order's own day (过了当天无法撤单); "
            "no figure in seconds",
        ),
        notes="pay.md FAQ (2017-08-24): a payer who does not enter the password within about "
        "40 s gets a timeout. After cancel: CANCEL_SUCCESS or CANCEL_ABORT_SUCCESS closes the "
        "order; FAIL with UPAY_ORDER_NOT_EXISTS means nothing to cancel; anything else goes to "
        "收钱吧 support (S1 pseudo-code).",
    ),
    FollowUp(
        "shouqianba.pay", "shouqianba", "en pay.md pseudo-code 2017-08-24", False, "query",
        first_call=Figure(0, "S1", "2017-08-24", note="poll at once after an I/O error or a "
                          "non-final result"),
        interval=Figure(5, "S1", "2017-08-24", note="sleep(5) after CREATED or a network error"),
        give_up=Figure(None, "S1", "2017-08-24", note="the client's own remaining time"),
        then="cancel",
        then_earliest=Figure(None, "S1", "2017-08-24", note="when the client's time is up"),
        then_latest=Figure(None, "S1", "2017-08-24"),
    ),
    FollowUp(
        "shouqianba.precreate", "shouqianba", "zh-cn precreate/apiflow 2017", True, "query",
        first_call=Figure(0, "S3", "2017-08-24", note="at once after PRECREATE_SUCCESS"),
        interval=Figure(2, "S3", "2017-08-24", note="every 2 s for the first 30 s, then every 5 s"),
        give_up=Figure(240, "S3", "2017-03-20", note="an unpaid precreate order lives about "
                       "4 minutes; 收钱吧 then cancels it itself"),
        then="cancel",
        then_earliest=Figure(240, "S3", "2017-03-20"),
        then_latest=Figure(None, "S3", "2016-12-30", note="the order's own day"),
    ),
    FollowUp(
        "shouqianba.refund", "shouqianba", "zh-cn query FAQ 2017-06-27", True, "query",
        first_call=Figure(None, "S3", "2017-06-27", note="query to learn the refund's state"),
        interval=Figure(None, "S3", "2017-06-27"),
        give_up=Figure(None, "S3", "2017-06-27"),
        then="contact-support",
        then_earliest=Figure(None, "S3", "2017-06-27"),
        then_latest=Figure(None, "S3", "2017-06-27"),
        notes="A refund in progress is settled by querying the refund, never by cancelling or "
        "revoking the payment, which the refund has already begun to undo. A refund still in "
        "progress when the till's time is up goes to 收钱吧 support.",
    ),
    FollowUp(
        "shouqianba.contact", "shouqianba", "zh-cn query FAQ 2017-06-27", True, "query",
        first_call=Figure(None, "S3", "2017-06-27", note="a manual query from the till"),
        interval=Figure(None, "S3", "2017-06-27"),
        give_up=Figure(None, "S3", "2017-06-27"),
        then="contact-support",
        then_earliest=Figure(None, "S1", "2017-08-24"),
        then_latest=Figure(None, "S1", "2017-08-24"),
        notes="For the ERROR results the vendor says: do not hand over goods, contact 收钱吧 "
        "support; query.md FAQ 5 adds a manual query first. 收钱吧 undertakes to reverse a "
        "payment it has marked failed (appendix note).",
    ),
)

EXCLUDED: tuple[Excluded, ...] = ()

_CONTACT_STEPS = (a.CALL_SUPPORT, a.PAYER_WAIT, a.QUERY_SAME_ORDER, a.CONTACT_PROVIDER,
                  a.KEEP_RECORDS)
_PENDING_STEPS = (a.RESULT_PENDING, a.PAYER_WAIT, a.QUERY_SAME_ORDER, a.POLL_THEN_REVERSE,
                  a.KEEP_RECORDS)
_REFUND_PENDING = (
    a.RESULT_PENDING,
    Step(
        "integrator",
        "退款进行中：用同一订单号查询退款结果；不要撤单或冲正原支付，也不要再次退款。",
        "The refund is in progress: query the refund under the same order number; neither "
        "cancel nor revoke the payment, and do not refund again.",
    ),
    a.KEEP_RECORDS,
)
_ERROR_NOT_DONE = Step(
    "integrator",
    "撤单或退款没有执行，订单保持原状态：先查询订单，再按原因处理（可能需要改用退款或联系客服）。",
    "The cancel, revoke or refund was not carried out and the order keeps its state: query "
    "it, then act on the reason (a refund instead, or 收钱吧 support).",
)
_NEW_CLIENT_SN = Step(
    "integrator",
    "这笔已确定失败并已冲正；再次收款必须使用新的 client_sn。",
    "This payment definitely failed and was reversed; a new attempt needs a new client_sn.",
)


def _row(
    code: str,
    field: str,
    zh: str,
    en: str,
    outcome: Outcome,
    retry: Retry,
    action: TerminalAction,
    native: str,
    advice: tuple[Step, ...],
    *,
    api: str = "",
    sources: tuple[str, ...] = ("S2", "S1"),
    notes: str = "",
    zh_is_vendor: bool = True,
    decides: bool = True,
    follow_up: str = "",
    aliases: tuple[str, ...] = (),
    answers: tuple[Undoing, ...] = (),
) -> Row:
    if outcome == "unknown" and not follow_up:
        follow_up = "shouqianba.contact"
    return Row(
        "shouqianba", code, field, api, zh, en, outcome, retry, action, native, sources, "H",
        advice, notes, zh_is_vendor, decides, follow_up, aliases, None, answers,
    )


# The undoing operations that answer with a code: S2 groups biz_response.result_code by
# operation (CANCEL_*: cancel and revoke; REFUND_*), and the error_code names say theirs.
_CANCEL: tuple[Undoing, ...] = ("cancel", "reverse")
_REFUND: tuple[Undoing, ...] = ("refund",)


_REQ = "result_code"
_REQ_ERR = "error_code"
_BIZ = "biz_response.result_code"
_BIZ_ERR = "biz_response.error_code"
_TXN = "biz_response.data.status"
_ORDER = "biz_response.data.order_status"

_UNKNOWN: Outcome = "unknown"
_AFTER_QUERY: Retry = "after-query"

ROWS: tuple[Row, ...] = (
    # The request (top-level result_code / error_code)
    _row("200", _REQ, "通讯成功", "Request delivered; the business result is in biz_response",
         _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425", (a.READ_DEEPER, a.QUERY_SAME_ORDER), decides=False,
         follow_up="shouqianba.pay"),
    _row("400", _REQ, "客户端错误", "Client error: the request was refused (see error_code)",
         "error", "after-fix", "none", "TX1405", (a.SETUP_FAULT, a.FIX_REQUEST), decides=False,
         notes="On a query or cancel, a refused request leaves the order's state as it was."),
    _row("500", _REQ, "服务端错误", "Server error at 收钱吧: the result is unknown", _UNKNOWN, _AFTER_QUERY,
         "query-result", "SY1702", _CONTACT_STEPS,
         notes="S2: 可提示“服务端异常，请联系收钱吧客服”. The S1 pseudo-code sends a 500 to "
         "收钱吧 support."),
    _row("INVALID_PARAMS", _REQ_ERR, "参数错误", "Invalid parameters", "error", "after-fix",
         "none", "TX1405", (a.SETUP_FAULT, a.FIX_REQUEST), notes="Returned with result_code 400."),
    _row("INVALID_TERMINAL", _REQ_ERR, "终端错误", "Invalid terminal", "error", "after-fix",
         "check-setup", "TM1801", (a.SETUP_FAULT, a.CHECK_CONFIG),
         notes="Returned with result_code 400."),
    _row("ILLEGAL_SIGN", _REQ_ERR, "签名错误", "Signature error", "error", "after-fix",
         "check-setup", "TM1809", (a.SETUP_FAULT, a.FIX_SIGNATURE),
         notes="Returned with result_code 400. pay.md FAQ 1: an activation code used on more "
         "terminals than it allows causes it."),
    _row("UNKNOWN_SYSTEM_ERROR", _REQ_ERR, "系统错误", "System error: the result is unknown", _UNKNOWN,
         _AFTER_QUERY, "query-result", "SY1702", _CONTACT_STEPS, notes="Returned with result_code 500."),
    _row("TERMINAL_NOT_EXISTS", _REQ_ERR, "不存在这个终端", "No such terminal", "error",
         "after-fix", "check-setup", "TM1801", (a.SETUP_FAULT, a.CHECK_CONFIG), sources=("S4",),
         notes="Only in the doc's examples (with result_code 400), not in its code table."),
    _row("INVALID_PARAMETER", _REQ_ERR, "client_sn不可以为空；total_amount不可以为负数",
         "Invalid parameter", "error", "after-fix", "none", "TX1405",
         (a.SETUP_FAULT, a.FIX_REQUEST), sources=("S4",),
         notes="Only in the doc's examples (with result_code 400); the zh text is that "
         "example's message. Not to be confused with Alipay ACQ.INVALID_PARAMETER."),
    _row("MAINTENANCE_INPROGRESS", _REQ_ERR, "服务端正在升级维护，稍候5分钟",
         "Server under maintenance: the result is unknown", _UNKNOWN, _AFTER_QUERY, "query-result", "SY1702",
         _CONTACT_STEPS, sources=("S4",),
         notes="Only in the doc's examples (with result_code 500). A pay refused during "
         "maintenance was probably not processed, but a 500 does not say so: query first."),
    # The business call (biz_response.result_code)
    _row("PAY_SUCCESS", _BIZ, "支付操作成功", "Payment successful", "approved", "not-needed",
         "none", "OK0000", (a.HAND_OVER, a.PAYER_PAID)),
    _row("PAY_FAIL", _BIZ, "支付操作失败并且已冲正", "Payment failed and was reversed",
         "declined", "after-fix", "none", "TX1423",
         (a.NOT_PAID_SHOWN, a.PAYER_OTHER_METHOD, _NEW_CLIENT_SN),
         notes="S1: Payment has failed and the order has been canceled; retry with a new order."),
    _row("PAY_IN_PROGRESS", _BIZ, "支付中", "Payment in progress", _UNKNOWN, _AFTER_QUERY, "wait-for-payer",
         "TX1418", (a.WAIT_FOR_PAYER, a.PAYER_CONFIRM, a.QUERY_SAME_ORDER, a.POLL_THEN_REVERSE),
         follow_up="shouqianba.pay", sources=("S2",), notes="Not in the English S1 table."),
    _row("PAY_FAIL_ERROR", _BIZ, "支付操作失败并且不确定第三方支付通道状态",
         "Payment failed at 收钱吧, and the wallet's state is unknown", _UNKNOWN, _AFTER_QUERY, "query-result",
         "TX1425", _CONTACT_STEPS,
         notes="The vendor says contact support, not query; a manual query first is its FAQ "
         "advice (query.md)."),
    _row("PAY_FAIL_IN_PROGRESS", _BIZ, "支付操作失败中并且不清楚状态",
         "Payment failing, state unclear", _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425", _CONTACT_STEPS,
         sources=("S2",), notes="Not in the English S1 table."),
    _row("CANCEL_SUCCESS", _BIZ, "撤单操作成功", "Cancel successful: the order is closed",
         "declined", "after-fix", "none", "TX1420", (a.REVERSED_SHOWN, a.NEW_ORDER_NO_MONEY_KEPT),
         notes="The cancel closes an unpaid order or refunds a paid one in full; no money is "
         "kept either way.", answers=_CANCEL),
    _row("CANCEL_ERROR", _BIZ, "撤单操作失败并且不确定第三方支付通道状态",
         "Cancel failed, and the wallet's state is unknown", _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425",
         _CONTACT_STEPS,
         notes="The same string is also an order_status and a transaction status. The doc's "
         "own cancel example pairs it with UPAY_TCP_ORDER_NOT_REFUNDABLE.", answers=_CANCEL),
    _row("CANCEL_ABORT_ERROR", _BIZ, "撤单操作试图终止进行中的支付流程，但是失败，不确定第三方支付通道的状态",
         "Cancel tried to stop a payment in progress and failed; state unknown", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1425", _CONTACT_STEPS, answers=_CANCEL),
    _row("CANCEL_ABORT_SUCCESS", _BIZ, "撤单操作试图终止进行中的支付流程并且成功",
         "Cancel stopped a payment in progress", "declined", "after-fix", "none", "TX1420",
         (a.REVERSED_SHOWN, a.NEW_ORDER_NO_MONEY_KEPT), answers=_CANCEL),
    _row("CANCEL_IN_PROGRESS", _BIZ, "撤单进行中", "Cancel in progress", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1408", _PENDING_STEPS, follow_up="shouqianba.pay", sources=("S2",),
         notes="The S2 row runs its two cells together: 撤单进行中调用查询接口进行查询 "
         "(next step: call the query). Not in S1.", answers=_CANCEL),
    _row("CANCEL_ABORT_IN_PROGRESS", _BIZ, "撤单操作试图终止进行中的支付流程，但是撤单状态不明确",
         "Cancel of a payment in progress, cancel state unclear", _UNKNOWN, _AFTER_QUERY, "query-result",
         "TX1425", _CONTACT_STEPS, sources=("S2",), notes="Not in S1.", answers=_CANCEL),
    _row("REFUND_SUCCESS", _BIZ, "退款操作成功", "Refund successful", "declined", "not-needed",
         "none", "TX1421", (a.REFUNDED_SHOWN,),
         notes="Outcome describes the order's money: a full refund keeps none. Check "
         "order_status: PARTIAL_REFUNDED keeps part.", answers=_REFUND),
    _row("REFUND_ERROR", _BIZ, "退款操作失败并且不确定第三方支付通状态",
         "Refund failed, and the wallet's refund state is unknown", _UNKNOWN, _AFTER_QUERY, "query-result",
         "TX1425", _CONTACT_STEPS, notes="Sic 支付通状态 in S2.", answers=_REFUND),
    _row("REFUND_FAIL", _BIZ, "退款失败", "Refund failed: the order is unchanged", "error",
         "after-fix", "none", "TX1426", (_ERROR_NOT_DONE, a.KEEP_RECORDS), sources=("S2",),
         notes="Not in S1.", answers=_REFUND),
    _row("REFUND_IN_PROGRESS", _BIZ, "退款进行中", "Refund in progress", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1408", _REFUND_PENDING, follow_up="shouqianba.refund",
         sources=("S2",), notes="Not in S1; S2 words it 撤单进行中 in the refund group. query.md "
         "FAQ: query to learn the refund's state.", answers=_REFUND),
    _row("PRECREATE_SUCCESS", _BIZ, "预下单操作成功", "QR order created; waiting for the payer",
         _UNKNOWN, _AFTER_QUERY, "wait-for-payer", "TX1418",
         (a.WAIT_FOR_PAYER, a.QUERY_SAME_ORDER, a.POLL_THEN_REVERSE),
         follow_up="shouqianba.precreate"),
    _row("PRECREATE_FAIL", _BIZ, "预下单操作失败", "QR order could not be created", "error",
         "later", "none", "TX1004", (a.OTHER_METHOD, a.FIX_REQUEST), decides=False,
         notes="No order exists, so nothing is pending; the error_code gives the reason."),
    _row("PRECREATE_FAIL_ERROR", _BIZ, "预下单状态失败并且不确定第三方支付通道状态",
         "QR order failed; the wallet's state is unknown", _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425",
         _CONTACT_STEPS, sources=("S2",), notes="Not in S1."),
    _row("PRECREATE_FAIL_IN_PROGRESS", _BIZ, "预下单状态失败并且不清楚状态",
         "QR order failing; state unclear", _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425", _CONTACT_STEPS,
         sources=("S2",), notes="Not in S1."),
    _row("SUCCESS", _BIZ, "操作成功", "Operation successful; the order state is in order_status",
         _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425", (a.READ_DEEPER, a.QUERY_SAME_ORDER), decides=False,
         follow_up="shouqianba.pay",
         notes="S2: 开发者根据返回的biz_response.data.order_status属性判断当前收钱吧订单的状态. "
         "Never a payment result on its own."),
    _row("FAIL", _BIZ, "操作失败（不会触发流程）", "Pay refused: no transaction was made",
         "error", "after-fix", "none", "TX1004", (a.NOT_PAID_SHOWN, a.FIX_REQUEST), api="pay",
         decides=False, notes="S1 pseudo-code: Payment failed and no transaction was made. The "
         "error_code gives the reason."),
    _row("FAIL", _BIZ, "操作失败（不会触发流程）", "Precreate refused: no order was made",
         "error", "after-fix", "none", "TX1004", (a.OTHER_METHOD, a.FIX_REQUEST),
         api="precreate", decides=False),
    *(
        _row("FAIL", _BIZ, "操作失败（不会触发流程）",
             f"The {api} call failed; the order's state is unchanged and not known from this "
             "reply", _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425",
             (a.RESULT_PENDING, a.QUERY_AGAIN if api == "query" else a.QUERY_SAME_ORDER,
              a.CONTACT_PROVIDER), api=api, decides=False,
             follow_up="shouqianba.contact",
             notes="S1: will not affect order status. After a query or cancel the S1 "
             "pseudo-code reads FAIL + UPAY_ORDER_NOT_EXISTS as 'nothing to cancel'.")
        for api in ("query", "cancel")
    ),
    *(
        _row("FAIL", _BIZ, "操作失败（不会触发流程）",
             f"The {api} was not carried out; the order keeps its state", "error", "after-fix",
             "none", "TX1426", (_ERROR_NOT_DONE,), api=api, decides=False)
        for api in ("revoke", "refund")
    ),
    # biz_response.error_code
    _row("INVALID_BARCODE", _BIZ_ERR, "条码错误", "Invalid payment code", "declined",
         "after-fix", "refresh-payment-code", "CD1211", (a.REFRESH_CODE, a.PAYER_REFRESH)),
    _row("INSUFFICIENT_FUND", _BIZ_ERR, "账户金额不足", "Insufficient funds in the payer's account",
         "declined", "after-fix", "none", "BL1001", (a.OTHER_METHOD, a.PAYER_TOP_UP)),
    _row("EXPIRED_BARCODE", _BIZ_ERR, "过期的支付条码", "Expired payment code", "declined",
         "after-fix", "refresh-payment-code", "CD1211", (a.REFRESH_CODE, a.PAYER_REFRESH)),
    _row("BUYER_OVER_DAILY_LIMIT", _BIZ_ERR, "付款人当日付款金额超过上限",
         "Payer's daily limit reached", "declined", "after-fix", "none", "BL1101",
         (a.OTHER_METHOD, a.PAYER_OTHER_METHOD)),
    _row("BUYER_OVER_TRANSACTION_LIMIT", _BIZ_ERR, "付款人单笔付款金额超过上限",
         "Payer's per-payment limit exceeded", "declined", "after-fix", "none", "BL1101",
         (a.OTHER_METHOD, a.PAYER_OTHER_METHOD)),
    _row("SELLER_OVER_DAILY_LIMIT", _BIZ_ERR, "收款账户当日收款金额超过上限",
         "Merchant's daily receiving limit reached", "declined", "after-fix", "none", "BL1106",
         (a.OTHER_METHOD, a.RAISE_LIMIT)),
    _row("TRADE_NOT_EXIST", _BIZ_ERR, "交易不存在", "No such trade (at the wallet)", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1424", _PENDING_STEPS, follow_up="shouqianba.pay",
         notes="Read as unknown: right after a pay the trade may not exist yet. 收钱吧's own "
         "'order not found' (UPAY_ORDER_NOT_EXISTS) is the one its pseudo-code reads as "
         "failed. Alipay spells its own ACQ.TRADE_NOT_EXIST."),
    _row("TRADE_HAS_SUCCESS", _BIZ_ERR, "交易已被支付", "Already paid by an earlier attempt",
         "partial", "after-query", "confirm-earlier-payment", "OK0009",
         (a.CONFIRM_EARLIER, a.DO_NOT_CHARGE_AGAIN, a.KEEP_RECORDS),
         notes="Same meaning as Alipay ACQ.TRADE_HAS_SUCCESS, but a different scheme."),
    _row("SELLER_BALANCE_NOT_ENOUGH", _BIZ_ERR, "卖家余额不足",
         "Merchant balance too low for the refund or cancel", "error", "after-fix", "none",
         "TX1426", (_ERROR_NOT_DONE, a.CONTACT_PROVIDER), answers=(*_CANCEL, *_REFUND)),
    _row("REFUND_AMT_NOT_EQUAL_TOTAL", _BIZ_ERR, "退款金额无效", "Invalid refund amount",
         "error", "after-fix", "none", "TX1426", (_ERROR_NOT_DONE, a.FIX_REQUEST), answers=_REFUND),
    _row("TRADE_FAILED", _BIZ_ERR, "交易失败", "Trade failed", "declined", "after-fix", "none",
         "TX1423", (a.NOT_PAID_SHOWN, a.PAYER_OTHER_METHOD)),
    _row("UNEXPECTED_PROVIDER_ERROR", _BIZ_ERR, "不认识的支付通道",
         "Payment code of an unrecognised wallet", "declined", "after-fix",
         "refresh-payment-code", "CD1211", (a.REFRESH_CODE, a.PAYER_OTHER_METHOD),
         notes="Reading as 'the code belongs to no supported wallet' is posrc's (derived)."),
    _row("TRADE_TIMEOUT", _BIZ_ERR, "交易超时自动撤单",
         "Not paid in time: the order was cancelled automatically", "declined", "after-fix",
         "none", "TX1420", (a.CLOSED_UNPAID, a.NEW_ORDER_ALLOWED),
         notes="The timeout is followed by a confirmed cancel, so the state is known: closed."),
    _row("ACCOUNT_BALANCE_NOT_ENOUGH", _BIZ_ERR, "商户余额不足",
         "Merchant balance too low (refund)", "error", "after-fix", "none", "TX1426",
         (_ERROR_NOT_DONE, a.CONTACT_PROVIDER), answers=_REFUND),
    _row("CLIENT_SN_CONFLICT", _BIZ_ERR, "client_sn在系统中已存在",
         "This client_sn is already in use", "error", "after-query", "query-result", "TX1404",
         (a.NO_RETRY_DUPLICATE, a.QUERY_SAME_ORDER)),
    _row("UPAY_ORDER_NOT_EXISTS", _BIZ_ERR, "订单不存在", "No such order at 收钱吧", "declined",
         "after-fix", "none", "TX1402", (a.NOT_PAID_SHOWN, a.NEW_ORDER_ALLOWED),
         aliases=("UPAY_ORDER_NOT_EXIST",),
         notes="S2 and the S1 pseudo-code spell it ...EXISTS, the S1 table ...EXIST. After a "
         "query or cancel the pseudo-code reads FAIL + this code as 'the payment failed; "
         "nothing to cancel'."),
    _row("REFUNDABLE_AMOUNT_NOT_ENOUGH", _BIZ_ERR, "订单可退金额不足",
         "Refundable amount too low", "error", "after-fix", "none", "TX1426",
         (_ERROR_NOT_DONE, a.FIX_REQUEST), answers=_REFUND),
    _row("UPAY_TERMINAL_NOT_EXISTS", _BIZ_ERR, "终端号在交易系统中不存在",
         "Terminal not known to 收钱吧", "error", "after-fix", "check-setup", "TM1801",
         (a.SETUP_FAULT, a.CHECK_CONFIG)),
    _row("UPAY_TERMINAL_STATUS_ABNORMAL", _BIZ_ERR, "终端未激活", "Terminal not activated",
         "error", "after-fix", "check-setup", "TM1801", (a.SETUP_FAULT, a.CHECK_CONFIG)),
    _row("UPAY_CANCEL_ORDER_NOOP", _BIZ_ERR, "无效操作，订单已经是撤单状态了",
         "The order is already cancelled", "declined", "not-needed", "none", "TX1420",
         (a.REVERSED_SHOWN,), answers=_CANCEL),
    _row("UPAY_CANCEL_INVALID_ORDER_STATE", _BIZ_ERR, "当前订单状态不可撤销",
         "The order cannot be cancelled in its current state", "error", "after-fix", "none",
         "TX1426", (_ERROR_NOT_DONE, a.REFUND_INSTEAD), answers=_CANCEL),
    _row("UPAY_REFUND_ORDER_NOOP", _BIZ_ERR, "无效操作，本次退款退款已经完成了",
         "This refund is already done", "declined", "not-needed", "none", "TX1421",
         (a.REFUNDED_SHOWN,), answers=_REFUND),
    _row("UPAY_REFUND_INVALID_ORDER_STATE", _BIZ_ERR, "当前订单状态不可退款",
         "The order cannot be refunded in its current state", "error", "after-fix", "none",
         "TX1426", (_ERROR_NOT_DONE,), answers=_REFUND),
    _row("UPAY_STORE_OVER_DAILY_LIMIT", _BIZ_ERR, "商户日收款额超过上限",
         "Store's daily receiving limit reached", "declined", "after-fix", "none", "BL1106",
         (a.OTHER_METHOD, a.RAISE_LIMIT)),
    _row("UPAY_TCP_ORDER_NOT_REFUNDABLE", _BIZ_ERR, "订单参与了活动并且无法撤销",
         "The order took part in a promotion and cannot be cancelled", "error", "after-fix",
         "none", "TX1426", (_ERROR_NOT_DONE, a.CONTACT_PROVIDER), answers=_CANCEL),
    # The last transaction (biz_response.data.status)
    _row("SUCCESS", _TXN, "业务执行确认成功（即收钱吧后台和消费者端均成功）",
         "The last operation succeeded at both 收钱吧 and the payer's side; the order state is "
         "in order_status", _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425", (a.READ_DEEPER,), decides=False,
         follow_up="shouqianba.pay",
         notes="The last operation may be a refund or a cancel: never a payment result alone."),
    _row("FAIL_CANCELED", _TXN, "确认失败（即收钱吧后台和消费者端均失败）",
         "Failed at both 收钱吧 and the payer's side", "declined", "after-fix", "none", "TX1423",
         (a.NOT_PAID_SHOWN, _NEW_CLIENT_SN)),
    *(
        _row(code, _TXN, zh, en, _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425", _CONTACT_STEPS,
             notes="The vendor treats the payment as failed and undertakes to reverse it, but "
             "does not know the payer's side: hand over nothing, and do not charge again "
             "before support confirms (S2 处理逻辑, S1 note).")
        for code, zh, en in (
            ("FAIL_PROTOCOL_1", "协议错误", "Protocol error; the payer's side is not confirmed"),
            ("FAIL_IO_1", "IO错误", "I/O error; the payer's side is not confirmed"),
            ("FAIL_PROTOCOL_2", "协议错误", "Protocol error; the payer's side is not confirmed"),
            ("FAIL_IO_2", "IO错误", "I/O error; the payer's side is not confirmed"),
            ("FAIL_PROTOCOL_3", "协议错误", "Protocol error; the payer's side is not confirmed"),
            ("FAIL_ERROR", "支付流程失败后进行自动撤单操作，和支付通道通信成功，但是返回结果为撤单失败。",
             "The automatic cancel after a failed payment was refused by the wallet"),
            ("CANCEL_ERROR", "撤单流程调用支付通道的撤单接口通信成功，但是返回结果为撤单失败。",
             "The wallet refused the cancel"),
            ("REFUND_ERROR", "退款流程调用支付通道的退款接口通信成功，但是返回的结果为退款失败。",
             "The wallet refused the refund"),
        )
    ),
    _row("IN_PROG", _TXN, "进行中", "Operation in progress", _UNKNOWN, _AFTER_QUERY, "wait-for-payer", "TX1418",
         _PENDING_STEPS, sources=("S3",), zh_is_vendor=False, follow_up="shouqianba.pay",
         notes="Not in any table; seen in the doc's own pay-in-progress and precreate examples."),
    # The order (biz_response.data.order_status)
    _row("CREATED", _ORDER, "订单已创建/支付中", "Order created; payment in progress", _UNKNOWN, _AFTER_QUERY,
         "wait-for-payer", "TX1418",
         (a.WAIT_FOR_PAYER, a.PAYER_CONFIRM, a.QUERY_SAME_ORDER, a.POLL_THEN_REVERSE),
         follow_up="shouqianba.pay"),
    _row("PAID", _ORDER, "订单支付成功", "Order paid", "approved", "not-needed", "none", "OK0000",
         (a.HAND_OVER, a.PAYER_PAID)),
    _row("PAY_CANCELED", _ORDER, "支付失败并且已经成功充正", "Payment failed and was reversed",
         "declined", "after-fix", "none", "TX1420", (a.NOT_PAID_SHOWN, _NEW_CLIENT_SN),
         notes="Sic 充正 (冲正) in S2."),
    _row("PAY_ERROR", _ORDER, "支付失败，不确定是否已经成功充正,请联系收钱吧客服确认是否支付成功",
         "Payment failed, and whether it was reversed is unknown", _UNKNOWN, _AFTER_QUERY, "query-result",
         "TX1425", _CONTACT_STEPS,
         notes="One underscore away from WeChat's PAYERROR, which is a definite failure."),
    _row("REFUNDED", _ORDER, "已成功全额退款", "Fully refunded", "declined", "not-needed", "none",
         "TX1421", (a.REFUNDED_SHOWN,)),
    _row("PARTIAL_REFUNDED", _ORDER, "已成功部分退款", "Partly refunded", "partial",
         "not-needed", "none", "OK0010",
         (Step("cashier", "订单已付款，其中一部分已退回顾客：按剩余金额处理。",
               "The order was paid and part of it refunded: go by the remaining amount."),)),
    _row("REFUND_ERROR", _ORDER, "退款失败并且不确定第三方支付通道的最终退款状态",
         "Refund failed; the wallet's final refund state is unknown", _UNKNOWN, _AFTER_QUERY, "query-result",
         "TX1425", _CONTACT_STEPS),
    _row("CANCELED", _ORDER, "客户端发起的撤单已成功", "Cancelled by the client",
         "declined", "after-fix", "none", "TX1420", (a.REVERSED_SHOWN, a.NEW_ORDER_NO_MONEY_KEPT)),
    _row("CANCEL_ERROR", _ORDER, "客户端发起的撤单失败并且不确定第三方支付通道的最终状态",
         "Client cancel failed; the wallet's final state is unknown", _UNKNOWN, _AFTER_QUERY, "query-result",
         "TX1425", _CONTACT_STEPS),
    _row("CANCEL_INPROGRESS", _ORDER, "撤单进行中", "Cancel in progress", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1408", _PENDING_STEPS, follow_up="shouqianba.pay", sources=("S2",),
         notes="Not in S1. Spelled without the underscore that CANCEL_IN_PROGRESS has."),
    _row("INVALID_STATUS_CODE", _ORDER, "无效的状态码", "Invalid status code", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1425", _CONTACT_STEPS, sources=("S2",), notes="Not in S1."),
)
