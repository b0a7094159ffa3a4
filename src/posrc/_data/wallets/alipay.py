"""Alipay 当面付 (face-to-face) gateway codes, sub_codes and trade states.

Sources (keys of ``SOURCES``):

* **A1** 公共错误码 ``https://opendocs.alipay.com/open/common/105806`` (更新时间 2020-02-06),
  read through a verbatim copy (``cnblogs.com/rsapaper/p/9726452.html``) and a Python table
  of ``sub_code -> (sub_msg, code)``: the gateway ``code`` and its ``sub_code``s.
* **A2** the ``alipay.trade.pay`` 业务错误码 table (legacy three-column edition), read through
  four independent code copies that agree (posrc reference A2).
* **A2n** the newer sub_msg texts of the current doc, in one SDK's table
  (``Bishoptylaor/paypay`` ``alipay/utils``; secondary).
* **A3** the official 当面付 demo "alipay-trade-sdk" (``AbsAlipayTradeService``, 2015;
  ``zfbinfo.properties`` defaults), via copies: the query and cancel loops.
* **A4** the 10003 evidence: the legacy doc sentence quoted in three code copies, a real reply,
  the demo's ``PAYING`` constant; smartwalle/alipay#207, go-pay/gopay#361.
* **A5** Alipay support page on polling (更新时间 2021-07-07), seen only as a mirror
  (``5851388.com/s01rfnt/...``, probably ``opendocs.alipay.com/support/01rfnt``; secondary).
* **A6** the ``alipay.trade.cancel`` codes and reply fields (``action``, ``retry_flag``) in
  SDK copies of the cancel table (secondary).
* **A7** ``trade_status`` values of the query and the notification, via many copies.

The wrapper key of the reply names the API (``alipay_trade_pay_response``). API names here:
``trade.pay``, ``trade.query``, ``trade.cancel``. Sub_codes are matched exactly; an ``ACQ.*``
not listed is an unknown code, never a decline. Alipay's ``msg`` may carry a leading space
(``" order success pay inprocess"``).
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
)

SOURCES: dict[str, Source] = {
    "A1": Source("支付宝开放平台 公共错误码", "https://opendocs.alipay.com/open/common/105806 "
                 "(now opendoc.alipay.com/common/02km9f), via cnblogs.com/rsapaper/p/9726452.html",
                 "2020-02-06", True),
    "A2": Source("alipay.trade.pay 业务错误码 (legacy edition)", "opendocs.alipay.com alipay.trade.pay, "
                 "read through four code copies (posrc reference A2)", "legacy, undated copies", True),
    "A2n": Source("alipay.trade.* sub_msg texts of the current doc, in an SDK table",
                  "github.com/Bishoptylaor/paypay alipay/utils BussErrorCodeMap", "undated copy",
                  False),
    "A3": Source("支付宝当面付官方 demo alipay-trade-sdk (AbsAlipayTradeService, zfbinfo.properties)",
                 "posrc reference A3 (copies of the official demo)", "2015-07-31 author tag", True),
    "A4": Source("10003 业务处理中: legacy doc sentence, real reply, demo constant; issue threads",
                 "https://github.com/smartwalle/alipay/issues/207; "
                 "https://github.com/go-pay/gopay/issues/361", "2024-07-17", True),
    "A5": Source("支付宝 当面付 轮询与撤销 (support page, via a mirror)",
                 "https://5851388.com/s01rfnt/pathhash=7f5c4462.html "
                 "(probably opendocs.alipay.com/support/01rfnt)", "2021-07-07", False),
    "A6": Source("alipay.trade.cancel 错误码 and reply fields, in SDK copies",
                 "posrc reference A6; yq.aliyun.com/articles/710931", "undated copies", False),
    "A7": Source("trade_status 交易状态 (query and notify)", "doc.open.alipay.com articleId=106448, "
                 "via copies (posrc reference A7)", "undated copies", True),
}

# Each API and the operation it performs.
OPERATIONS: dict[str, str] = {"trade.pay": "pay", "trade.query": "query", "trade.cancel": "cancel"}
FAILED_CALLS: tuple[tuple[str, str], ...] = (("code", "40004"),)
"""Layer values that pass the reason to a deeper field but say the call failed: a deeper
``trade_status`` that reads as paid contradicts them, so the reply is unknown, never approved."""
LAYERS: dict[str, tuple[str, ...]] = {
    "trade.pay": ("code", "sub_code"),
    "trade.query": ("code", "sub_code", "trade_status"),
    "trade.cancel": ("code", "sub_code", "retry_flag", "action"),
}

_DAY = 24 * 3600.0
_CANCEL_LATEST = Figure(_DAY, "A5", "2021-07-07", note="撤销接口使用有效性为订单创建后的 24 小时内 "
                        "(mirror); the cancel table says only 超过撤销时间范围")

FOLLOW_UPS: tuple[FollowUp, ...] = (
    FollowUp(
        "alipay.paying", "alipay", "official demo (A3)", True, "query",
        first_call=Figure(5, "A3", "2015", note="query_duration=5000 ms, slept before each query"),
        interval=Figure(5, "A3", "2015"),
        give_up=Figure(25, "A3", "2015", note="max_query_retry=5 queries of 5 s (derived total)"),
        then="cancel",
        then_earliest=Figure(25, "A3", "2015", note="at once after the last query"),
        then_latest=_CANCEL_LATEST,
        max_calls=5,
        notes="Stops on TRADE_SUCCESS, TRADE_FINISHED or TRADE_CLOSED. Default because it is "
        "the newest edition read from the vendor itself; A5 is newer but seen only via a mirror.",
    ),
    FollowUp(
        "alipay.paying", "alipay", "support page 2021 (A5, mirror)", False, "query",
        first_call=Figure(None, "A5", "2021-07-07", note="once the trade exists "
                          "(WAIT_BUYER_PAY)"),
        interval=Figure(3, "A5", "2021-07-07", upper=6),
        give_up=Figure(60, "A5", "2021-07-07", note="轮询总时长 60 秒左右; the cashier may stop "
                       "early, and stopping must cancel"),
        then="cancel",
        then_earliest=Figure(60, "A5", "2021-07-07", note="撤销一定要紧接着最后一次查询"),
        then_latest=_CANCEL_LATEST,
        notes="A new attempt after the cancel needs a new out_trade_no.",
    ),
    FollowUp(
        "alipay.unavailable", "alipay", "official demo (A3)", True, "query",
        first_call=Figure(0, "A3", "2015", note="20000 or no reply: query once, at once; "
                          "A2: ACQ.SYSTEM_ERROR, query at once"),
        interval=Figure(None, "A3", "2015"),
        give_up=Figure(None, "A3", "2015", note="after the one query"),
        then="cancel",
        then_earliest=Figure(0, "A3", "2015", note="right after the query, if not paid"),
        then_latest=_CANCEL_LATEST,
        max_calls=1,
    ),
    FollowUp(
        "alipay.unavailable", "alipay", "support page 2021 (A5, mirror)", False, "query",
        first_call=Figure(None, "A5", "2021-07-07"),
        interval=Figure(3, "A5", "2021-07-07", upper=6),
        give_up=Figure(60, "A5", "2021-07-07", note="also when the query keeps answering 系统异常"),
        then="cancel",
        then_earliest=Figure(60, "A5", "2021-07-07"),
        then_latest=_CANCEL_LATEST,
    ),
    FollowUp(
        "alipay.cancel", "alipay", "official demo (A3)", True, "cancel",
        first_call=Figure(2, "A3", "2015", note="cancel_duration=2000 ms; the demo retries "
                          "asynchronously"),
        interval=Figure(2, "A3", "2015"),
        give_up=Figure(6, "A3", "2015", note="max_cancel_retry=3 of 2 s (derived total)"),
        then="reconcile",
        then_earliest=Figure(None, "A3", "2015"),
        then_latest=_CANCEL_LATEST,
        max_calls=3,
        notes="The demo labels a first cancel that erred UNKNOWN and leaves one-sided accounts "
        "to manual handling. Cancel again while retry_flag=Y or there is no reply.",
    ),
)

EXCLUDED: tuple[Excluded, ...] = (
    Excluded("ACQ.TRADE_HAS_FINISHED", "sub_code (trade.cancel)", "L, and its A2n text "
             "contradicts itself (says call again)."),
    Excluded("TRADE_PENDING", "trade_status", "L: one old Python table only."),
    Excluded("9000/8000/6004/6002/6001/5000/4000", "resultStatus", "the App SDK's client-side "
             "codes, not a server reply of 当面付; out of this scheme."),
    Excluded("ACQ.ISV_AUTH_TOKEN_EXPIRED", "sub_code", "not found in any source; the expired "
             "token is aop.app-auth-token-time-out or aop.auth-token-time-out."),
)

_PAYING = (a.WAIT_FOR_PAYER, a.PAYER_CONFIRM, a.QUERY_SAME_ORDER, a.POLL_THEN_REVERSE,
           a.KEEP_RECORDS)
_UNKNOWN_PAY = (a.RESULT_PENDING, a.PAYER_WAIT, a.QUERY_SAME_ORDER, a.POLL_THEN_REVERSE,
                a.KEEP_RECORDS)
_QUERY_FAILED = (a.RESULT_PENDING, a.PAYER_WAIT, a.QUERY_AGAIN, a.POLL_THEN_REVERSE)
_CANCEL_AGAIN = Step(
    "integrator",
    "撤销结果未知：用相同参数再次调用撤销接口，直到 retry_flag=N；不要改用新订单号重新收款。",
    "The cancel's result is unknown: call the cancel API again with the same parameters until "
    "retry_flag=N; do not charge under a new order number.",
)
_CANCEL_PENDING = (a.RESULT_PENDING, a.PAYER_WAIT, _CANCEL_AGAIN, a.RECONCILE)
_SAME_CALL_AGAIN = Step(
    "integrator",
    "服务暂不可用，结果未知：付款后先查询订单；若失败的是查询或撤销，就用相同参数再次调用同一个接口。",
    "The service is unavailable and the result unknown: after a pay, query the order; if the "
    "failed call was a query or a cancel, call that same API again with the same parameters.",
)
_GATEWAY_UNKNOWN = (a.RESULT_PENDING, a.PAYER_WAIT, _SAME_CALL_AGAIN, a.POLL_THEN_REVERSE)
_BAD_REQUEST = (a.SETUP_FAULT, a.FIX_REQUEST)
_CONFIG = (a.SETUP_FAULT, a.CHECK_CONFIG)
_CANCEL_REFUSED = Step(
    "integrator",
    "撤销没有执行，订单保持原状态：先查询订单；已付款的改用退款接口，未付款的改用关闭订单。",
    "The cancel was not carried out and the order keeps its state: query it, then refund it "
    "if it was paid, or close it if it was not.",
)
_TRADE_CLOSED_WHICH = Step(
    "integrator",
    "支付宝的 TRADE_CLOSED 有两种情况：未付款超时关闭，或付款后已全额退款；两种都没有留下款项，"
    "需要区分时查看退款记录（与微信 CLOSED 不同，后者只表示从未付款）。",
    "Alipay TRADE_CLOSED means either closed unpaid after a timeout, or paid and then fully "
    "refunded; no money is kept either way, and the refund records tell which (unlike WeChat "
    "CLOSED, which only means never paid).",
)
_CLOSED_OR_REFUNDED = Step(
    "cashier",
    "这笔订单没有留下款项：要么从未付款就已关闭，要么付款后已全额退款。如顾客仍要付款，请重新下单。",
    "This order keeps no money: it was either closed without payment, or paid and then fully "
    "refunded. If the customer still wants to pay, start a new sale.",
)
_RISK_DISPLAY = ("本次付款未能完成，请换一种付款方式。", "This payment could not be completed. Please pay another way.")


def _row(
    code: str,
    field: str,
    api: str,
    zh: str,
    en: str,
    outcome: Outcome,
    retry: Retry,
    action: TerminalAction,
    native: str,
    advice: tuple[Step, ...],
    sources: tuple[str, ...],
    confidence: Confidence,
    *,
    notes: str = "",
    zh_is_vendor: bool = True,
    decides: bool = True,
    follow_up: str = "",
    aliases: tuple[str, ...] = (),
    display: tuple[str, str] | None = None,
) -> Row:
    return Row(
        "alipay", code, field, api, zh, en, outcome, retry, action, native, sources, confidence,
        advice, notes, zh_is_vendor, decides, follow_up, aliases, display,
    )


_UNKNOWN: Outcome = "unknown"
_AFTER_QUERY: Retry = "after-query"
_DECLINED: Outcome = "declined"
_AFTER_FIX: Retry = "after-fix"
_PAY = "trade.pay"


def _pay_declined(code: str, zh: str, en: str, native: str, payer: Step,
                  sources: tuple[str, ...] = ("A2",), confidence: Confidence = "H-c",
                  notes: str = "", retry: Retry = _AFTER_FIX,
                  display: tuple[str, str] | None = None,
                  action: TerminalAction = "none") -> Row:
    cashier = a.REFRESH_CODE if action == "refresh-payment-code" else a.OTHER_METHOD
    return _row(code, "sub_code", _PAY, zh, en, _DECLINED, retry, action, native, (cashier, payer),
                sources, confidence, notes=notes, display=display)


def _pay_error(code: str, zh: str, en: str, native: str, advice: tuple[Step, ...],
               sources: tuple[str, ...] = ("A2",), confidence: Confidence = "H-c",
               notes: str = "", action: TerminalAction = "none") -> Row:
    return _row(code, "sub_code", _PAY, zh, en, "error", _AFTER_FIX, action, native, advice, sources,
                confidence, notes=notes)


_GATEWAY_UNAVAILABLE: tuple[tuple[str, str, str, Confidence, str], ...] = (
    ("isp.unknow-error", "服务暂不可用（业务系统不可用）",
     "Service unavailable (business system): the result is unknown", "H-c",
     "Under 20000 (one copy files it under 10000). Sic 'unknow'."),
    ("aop.unknow-error", "服务暂不可用（网关自身的未知错误）",
     "Service unavailable (gateway): the result is unknown", "H-c", "Under 20000."),
    ("aop.ACQ.SYSTEM_ERROR", "系统异常", "System error at the gateway: the result is "
     "unknown", "M", "Seen in SDK enums and notes on the 异常处理 page; read like "
     "ACQ.SYSTEM_ERROR."),
)

_GATEWAY: tuple[Row, ...] = (
    _row("10000", "code", _PAY, "接口调用成功，调用结果请参考具体的API文档所对应的业务返回参数", "Paid",
         "approved", "not-needed", "none", "OK0000", (a.HAND_OVER, a.PAYER_PAID), ("A1",), "H-c"),
    _row("10000", "code", "trade.query", "接口调用成功，调用结果请参考具体的API文档所对应的业务返回参数",
         "The query succeeded; the trade's state is in trade_status", _UNKNOWN, _AFTER_QUERY, "query-result",
         "TX1425", (a.READ_DEEPER,), ("A1", "A3"), "H-c", decides=False,
         follow_up="alipay.paying", notes="A query with 10000 and WAIT_BUYER_PAY is not paid."),
    _row("10000", "code", "trade.cancel", "接口调用成功，调用结果请参考具体的API文档所对应的业务返回参数",
         "Cancelled: an unpaid trade is closed, a paid one refunded", _DECLINED, _AFTER_FIX, "none", "TX1420",
         (_CLOSED_OR_REFUNDED, a.NEW_ORDER_NO_MONEY_KEPT), ("A1", "A6"), "H-c",
         notes="action=close (was unpaid) or action=refund (was paid) says which."),
    _row("10003", "code", _PAY, "订单创建成功，等待买家确认支付",
         "Order created; the payer is still confirming", _UNKNOWN, _AFTER_QUERY, "wait-for-payer", "TX1418",
         _PAYING, ("A4", "A3"), "H-c", zh_is_vendor=False, follow_up="alipay.paying",
         notes="msg ' order success pay inprocess' (leading space), 业务处理中. trade.pay only. "
         "Never a failure: SDKs that read it as one lose real payments (A4)."),
    _row("20000", "code", _PAY, "服务不可用", "Service unavailable: the payment result is unknown",
         _UNKNOWN, _AFTER_QUERY, "query-result", "SY1702", _UNKNOWN_PAY, ("A1", "A3"), "H-c",
         follow_up="alipay.unavailable",
         notes="sub_code isp.unknow-error, aop.unknow-error or aop.ACQ.SYSTEM_ERROR. The demo "
         "queries once, then cancels if not paid."),
    _row("20000", "code", "trade.query", "服务不可用",
         "Service unavailable: the query failed; the trade's state is still unknown", _UNKNOWN, _AFTER_QUERY,
         "query-result", "SY1702", _QUERY_FAILED, ("A1",), "H-c", follow_up="alipay.paying"),
    _row("20000", "code", "trade.cancel", "服务不可用",
         "Service unavailable: the cancel's result is unknown; cancel again", _UNKNOWN, _AFTER_QUERY,
         "reverse-order", "SY1702", _CANCEL_PENDING, ("A1", "A3"), "H-c",
         follow_up="alipay.cancel"),
    _row("20001", "code", "", "授权权限不足", "Insufficient token permissions", "error", _AFTER_FIX,
         "check-setup", "MC1906", _CONFIG, ("A1",), "H-c"),
    _row("40001", "code", "", "缺少必选参数", "Missing required arguments", "error", _AFTER_FIX, "none",
         "TX1405", _BAD_REQUEST, ("A1",), "H-c"),
    _row("40002", "code", "", "非法的参数", "Invalid arguments", "error", _AFTER_FIX, "none", "TX1405",
         _BAD_REQUEST, ("A1",), "H-c"),
    _row("40004", "code", "", "业务处理失败", "Business failed: the reason is in sub_code", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1425", (a.READ_DEEPER, a.QUERY_SAME_ORDER), ("A1",), "H-c",
         decides=False, follow_up="alipay.paying",
         notes="msg 'Business Failed'. Without a sub_code the result cannot be read: unknown."),
    _row("40006", "code", "", "权限不足", "Insufficient permissions", "error", _AFTER_FIX, "check-setup",
         "MC1904", _CONFIG, ("A1",), "H-c"),
    # Gateway sub_codes (A1)
    *(
        _row(code, "sub_code", "", zh, en, _UNKNOWN, _AFTER_QUERY, "query-result", "SY1702", _GATEWAY_UNKNOWN,
             ("A1",), conf, follow_up="alipay.unavailable", notes=notes)
        for code, zh, en, conf, notes in _GATEWAY_UNAVAILABLE
    ),
    *(
        _row(code, "sub_code", "", zh, en, "error", _AFTER_FIX, "check-setup", native, _CONFIG, ("A1",),
             "H-c", notes="Under 20001." if native == "MC1906" else "")
        for code, zh, en, native in (
            ("aop.invalid-auth-token", "无效的访问令牌", "Invalid access token", "MC1906"),
            ("aop.auth-token-time-out", "访问令牌已过期", "Access token expired", "MC1906"),
            ("aop.invalid-app-auth-token", "无效的应用授权令牌", "Invalid app authorisation token",
             "MC1906"),
            ("aop.invalid-app-auth-token-no-api", "商户未授权当前接口",
             "The merchant has not authorised this API", "MC1906"),
            ("aop.app-auth-token-time-out", "应用授权令牌已过期", "App authorisation token expired",
             "MC1906"),
            ("aop.no-product-reg-by-partner", "商户未签约任何产品",
             "The merchant has signed no product", "MC1904"),
            ("isv.insufficient-isv-permissions", "ISV权限不足", "Insufficient ISV permissions",
             "MC1904"),
            ("isv.insufficient-user-permissions", "用户权限不足", "Insufficient user permissions",
             "MC1904"),
            ("isv.invalid-app-id", "无效的appId参数", "Invalid app_id", "MC1905"),
        )
    ),
    *(
        _row(code, "sub_code", "", zh, en, "error", _AFTER_FIX, "check-setup", "TM1809",
             (a.SETUP_FAULT, a.FIX_SIGNATURE), ("A1",), "H-c")
        for code, zh, en in (
            ("isv.invalid-signature", "无效签名", "Invalid signature"),
            ("isv.invalid-signature-type", "无效的签名类型", "Invalid signature type"),
            ("isv.missing-signature-config", "验签出错, 未配置对应签名算法的公钥或者证书",
             "Signature check failed: no public key or certificate for the algorithm"),
        )
    ),
    *(
        _row(code, "sub_code", "", zh, en, "error", _AFTER_FIX, "none", "TX1405", _BAD_REQUEST, ("A1",),
             "H-c")
        for code, zh, en in (
            ("isv.missing-method", "缺少方法名参数", "Missing method"),
            ("isv.missing-signature", "缺少签名参数", "Missing signature"),
            ("isv.missing-signature-type", "缺少签名类型参数", "Missing signature type"),
            ("isv.missing-signature-key", "缺少签名配置", "Missing signature configuration"),
            ("isv.missing-app-id", "缺少appId参数", "Missing app_id"),
            ("isv.missing-timestamp", "缺少时间戳参数", "Missing timestamp"),
            ("isv.missing-version", "缺少版本参数", "Missing version"),
            ("isv.decryption-error-missing-encrypt-type", "解密出错, 未指定加密算法",
             "Decryption error: no encryption algorithm given"),
            ("isv.invalid-parameter", "参数无效", "Invalid parameter"),
            ("isv.upload-fail", "文件上传失败", "File upload failed"),
            ("isv.invalid-file-extension", "文件扩展名无效", "Invalid file extension"),
            ("isv.invalid-file-size", "文件大小无效", "Invalid file size"),
            ("isv.invalid-method", "不存在的方法名", "No such method"),
            ("isv.invalid-format", "无效的数据格式", "Invalid data format"),
            ("isv.invalid-encrypt-type", "无效的加密类型", "Invalid encryption type"),
            ("isv.invalid-encrypt", "解密异常", "Decryption failed"),
            ("isv.invalid-timestamp", "非法的时间戳参数", "Invalid timestamp"),
            ("isv.invalid-charset", "字符集错误", "Wrong character set"),
            ("isv.invalid-digest", "摘要错误", "Wrong digest"),
            ("isv.decryption-error-not-valid-encrypt-type", "解密出错，不支持的加密算法",
             "Decryption error: unsupported algorithm"),
            ("isv.decryption-error-not-valid-encrypt-key", "解密出错, 未配置加密密钥或加密密钥格式错误",
             "Decryption error: no key, or a malformed key"),
            ("isv.decryption-error-unknown", "解密出错，未知异常", "Decryption error, unknown cause"),
            ("isv.not-support-app-auth", "本接口不支持第三方代理调用",
             "This API cannot be called on a merchant's behalf"),
        )
    ),
)

_TRADE_PAY: tuple[Row, ...] = (
    _row("ACQ.SYSTEM_ERROR", "sub_code", _PAY, "接口返回错误",
         "System error: the trade may have succeeded or failed", _UNKNOWN, _AFTER_QUERY, "query-result",
         "SY1702", _UNKNOWN_PAY, ("A2", "A2n"), "H-c", follow_up="alipay.unavailable",
         notes="A2n text: 系统异常. Query at once and act on the state; contact Alipay if it "
         "persists."),
    _row("ACQ.INVALID_PARAMETER", "sub_code", "", "参数无效", "Invalid parameter", "error", _AFTER_FIX,
         "none", "TX1405", _BAD_REQUEST, ("A2", "A6"), "H-c",
         notes="Listed for pay, query and cancel. On a query or cancel the trade keeps its "
         "state, which the till may still need to learn."),
    _pay_error("ACQ.ACCESS_FORBIDDEN", "无权限使用接口",
               "Barcode payment not signed, or the contract has expired", "MC1904", _CONFIG,
               action="check-setup"),
    _pay_error("ACQ.EXIST_FORBIDDEN_WORD", "订单信息中包含违禁词",
               "A forbidden word in the subject or body", "TX1405", _BAD_REQUEST),
    _pay_error("ACQ.PARTNER_ERROR", "应用APP_ID填写错误", "Wrong APP_ID", "MC1905", _CONFIG,
               action="check-setup"),
    _pay_declined("ACQ.TOTAL_FEE_EXCEED", "订单总金额超过限额",
                  "The amount is out of range (more than 0, at most 100,000,000 元)", "BL1103",
                  Step("cardholder", "请与收银员核对付款金额。", "Check the amount with the cashier."),
                  ("A2", "A2n")),
    _pay_declined("ACQ.PAYMENT_AUTH_CODE_INVALID", "支付授权码无效",
                  "The payment code is invalid, expired or used", "CD1211", a.PAYER_REFRESH,
                  notes="A2n text: 付款码无效.", action="refresh-payment-code"),
    _row("ACQ.CONTEXT_INCONSISTENT", "sub_code", _PAY, "交易信息被篡改",
         "This out_trade_no exists with other details (amount, subject)", "error", _AFTER_QUERY,
         "query-result", "TX1404",
         (a.NO_RETRY_DUPLICATE, a.QUERY_SAME_ORDER,
          Step("integrator", "查询到原交易未付款、且确属另一笔销售时，才用新订单号重新收款。",
               "Charge under a new order number only once the query shows the first trade "
               "unpaid and a different sale.")),
         ("A2", "A2n"), "H-c", notes="A2n text: 订单信息不一致."),
    _row("ACQ.TRADE_HAS_SUCCESS", "sub_code", _PAY, "交易已被支付",
         "This out_trade_no is already paid by an earlier attempt", "partial", _AFTER_QUERY,
         "confirm-earlier-payment", "OK0009",
         (a.CONFIRM_EARLIER, a.DO_NOT_CHARGE_AGAIN, a.KEEP_RECORDS), ("A2",), "H-c",
         notes="Never a decline or an error. 收钱吧 TRADE_HAS_SUCCESS means the same in "
         "another scheme."),
    _row("ACQ.TRADE_HAS_CLOSE", "sub_code", _PAY, "交易已经关闭",
         "The trade is closed (unpaid when its payment window ended, or fully refunded)", _DECLINED, _AFTER_FIX, "none", "TX1420",
         (_CLOSED_OR_REFUNDED, a.NEW_ORDER_NO_MONEY_KEPT), ("A2", "A2n"), "H-c"),
    _pay_declined("ACQ.BUYER_BALANCE_NOT_ENOUGH", "买家余额不足", "The payer's balance is too low",
                  "BL1001", a.PAYER_TOP_UP),
    _pay_declined("ACQ.BUYER_BANKCARD_BALANCE_NOT_ENOUGH", "用户银行卡余额不足",
                  "The chosen bank card has too little money", "BL1001", a.PAYER_TOP_UP),
    _pay_declined("ACQ.ERROR_BALANCE_PAYMENT_DISABLE", "余额支付功能关闭",
                  "The payer has turned balance payments off", "CD1212", a.PAYER_CHECK_SETTINGS),
    _pay_declined("ACQ.BUYER_SELLER_EQUAL", "买卖家不能相同", "The buyer is the seller", "TX1422",
                  a.PAYER_OTHER_METHOD),
    _pay_declined("ACQ.TRADE_BUYER_NOT_MATCH", "交易买家不匹配",
                  "The order belongs to another buyer", "TX1422", a.PAYER_OTHER_METHOD),
    _pay_declined("ACQ.BUYER_ENABLE_STATUS_FORBID", "买家状态非法",
                  "The payer's account may not pay now", "CD1212", a.PAYER_CHECK_SETTINGS),
    _pay_declined("ACQ.PULL_MOBILE_CASHIER_FAIL", "唤起移动收银台失败",
                  "The payer's confirm screen could not be opened", "TX1423", a.PAYER_REFRESH,
                  action="refresh-payment-code"),
    _pay_declined("ACQ.MOBILE_PAYMENT_SWITCH_OFF", "用户的无线支付开关关闭",
                  "The payer's mobile-payment switch is off", "CD1212", a.PAYER_CHECK_SETTINGS),
    _pay_declined("ACQ.PAYMENT_FAIL", "支付失败", "Payment failed", "TX1423", a.PAYER_REFRESH,
                  notes="A refreshed code may be tried once; then another method.",
                  action="refresh-payment-code"),
    _pay_declined("ACQ.BUYER_PAYMENT_AMOUNT_DAY_LIMIT_ERROR", "买家付款日限额超限",
                  "The payer's daily limit is reached", "BL1101", a.PAYER_OTHER_METHOD),
    _pay_declined("ACQ.BEYOND_PAY_RESTRICTION", "商户收款额度超限",
                  "The merchant's receiving limit is reached", "BL1106", a.PAYER_OTHER_METHOD),
    _pay_declined("ACQ.BEYOND_PER_RECEIPT_RESTRICTION", "商户收款金额超过月限额",
                  "The merchant's monthly limit is reached", "BL1106", a.PAYER_OTHER_METHOD),
    _pay_declined("ACQ.BUYER_PAYMENT_AMOUNT_MONTH_LIMIT_ERROR", "买家付款月额度超限",
                  "The payer's monthly limit is reached", "BL1101", a.PAYER_OTHER_METHOD),
    _pay_error("ACQ.SELLER_BEEN_BLOCKED", "商家账号被冻结", "The merchant account is frozen",
               "MC1907", (a.SETUP_FAULT, a.CONTACT_PROVIDER), action="check-setup"),
    _pay_declined("ACQ.ERROR_BUYER_CERTIFY_LEVEL_LIMIT", "买家未通过人行认证",
                  "The payer has not passed the required identity verification", "CD1212",
                  a.PAYER_OTHER_METHOD),
    _pay_declined("ACQ.PAYMENT_REQUEST_HAS_RISK", "支付有风险", "Refused by risk control",
                  "RK2015", a.PAYER_OTHER_METHOD, retry="never", display=_RISK_DISPLAY),
    _pay_declined("ACQ.NO_PAYMENT_INSTRUMENTS_AVAILABLE", "没用可用的支付工具",
                  "No usable funding source", "CD1212", a.PAYER_TOP_UP,
                  notes="Sic 没用 in the legacy table; A2n: 没有可用的支付工具."),
    _pay_declined("ACQ.USER_FACE_PAYMENT_SWITCH_OFF", "用户当面付付款开关关闭",
                  "The payer's in-store payment switch is off", "CD1212", a.PAYER_CHECK_SETTINGS),
    _pay_error("ACQ.INVALID_STORE_ID", "商户门店编号无效", "Invalid store_id", "TX1405",
               _BAD_REQUEST, ("A2", "A2n"),
               notes="A live sub_msg also seen: 支付失败，建议顾客使用其他方式付款。"),
    # M: the newer doc's codes, seen in copies
    *(
        _pay_error(code, zh, en, native, _CONFIG, ("A2n",), "M", action="check-setup")
        for code, zh, en, native in (
            ("ACQ.SUB_MERCHANT_CREATE_FAIL", "二级商户创建失败", "Sub-merchant creation failed",
             "MC1905"),
            ("ACQ.SUB_MERCHANT_TYPE_INVALID", "二级商户类型非法", "Invalid sub-merchant type",
             "MC1905"),
            ("ACQ.MERCHANT_AGREEMENT_NOT_EXIST", "商户协议不存在", "No merchant contract", "MC1904"),
            ("ACQ.MERCHANT_AGREEMENT_INVALID", "商户协议已失效", "The merchant contract has expired",
             "MC1904"),
            ("ACQ.MERCHANT_STATUS_NOT_NORMAL", "商户状态异常",
             "The merchant needs reactivating (no trades for three months)", "MC1907"),
            ("ACQ.MERCHANT_PERM_RECEIPT_SUSPEND_LIMIT", "商户暂停收款",
             "The merchant's receiving is suspended", "MC1907"),
            ("ACQ.RESTRICTED_MERCHANT_INDUSTRY", "行业信息交易受限",
             "The amount exceeds what the merchant's industry allows", "MC1904"),
        )
    ),
    *(
        _pay_declined(code, zh, en, native, payer, ("A2n",), "M")
        for code, zh, en, native, payer in (
            ("ACQ.AGREEMENT_NOT_EXIST", "用户协议不存在或已解约",
             "No payer agreement, or it was cancelled (withholding, not a barcode case)",
             "CD1212", a.PAYER_CHECK_SETTINGS),
            ("ACQ.AGREEMENT_INVALID", "用户协议失效", "The payer agreement has expired", "CD1212",
             a.PAYER_CHECK_SETTINGS),
            ("ACQ.AGREEMENT_STATUS_NOT_NORMAL", "用户协议状态非NORMAL",
             "The payer agreement is not in force", "CD1212", a.PAYER_CHECK_SETTINGS),
            ("ACQ.BEYOND_PER_RECEIPT_DAY_RESTRICTION", "订单金额超过当日累计限额",
             "The merchant's daily total limit is reached", "BL1106", a.PAYER_OTHER_METHOD),
            ("ACQ.BEYOND_PER_RECEIPT_SINGLE_RESTRICTION", "订单金额超过单笔限额",
             "The amount exceeds the merchant's single-payment limit", "BL1106",
             a.PAYER_OTHER_METHOD),
            ("ACQ.MERCHANT_PERM_RECEIPT_DAY_LIMIT", "超过单日累计收款额度",
             "The merchant's daily receiving allowance is used up", "BL1106",
             a.PAYER_OTHER_METHOD),
            ("ACQ.MERCHANT_PERM_RECEIPT_SINGLE_LIMIT", "超过单笔收款限额",
             "The amount exceeds the merchant's single receiving limit", "BL1106",
             a.PAYER_OTHER_METHOD),
            ("ACQ.PRODUCT_AMOUNT_LIMIT_ERROR", "产品额度超限", "The product's limit is reached",
             "BL1106", a.PAYER_OTHER_METHOD),
            ("ACQ.BUYER_NOT_EXIST", "买家不存在", "No such payer", "CD1212", a.PAYER_OTHER_METHOD),
            ("ACQ.NOT_CERTIFIED_USER", "买家非实名认证用户", "The payer is not real-name verified",
             "CD1212", a.PAYER_CHECK_SETTINGS),
            ("ACQ.BUYER_NOT_MAINLAND_CERT", "买家证件类型非大陆身份证",
             "The payer's ID is not a mainland ID card", "CD1212", a.PAYER_OTHER_METHOD),
            ("ACQ.NOT_SUPPORT_PAYMENT_INST", "不支持的钱包版本", "Unsupported wallet version",
             "CD1212", a.PAYER_CHECK_SETTINGS),
            ("ACQ.PAYER_UNMATCHED", "付款人不匹配", "The payer does not match", "TX1422",
             a.PAYER_OTHER_METHOD),
            ("ACQ.USER_LOGONID_DUP", "用户账号重复", "The payer's account name is duplicated",
             "CD1212", a.PAYER_CHECK_SETTINGS),
            ("ACQ.BUYER_UNSUPPORT_ADVANCE", "先享后付2.0准入失败,买家不满足垫资条件",
             "Pay-later refused: the payer does not qualify", "CD1212", a.PAYER_OTHER_METHOD),
            ("ACQ.MERCHANT_UNSUPPORT_ADVANCE", "先享后付2.0准入失败,商户不支持垫资支付产品",
             "Pay-later refused: the merchant does not offer it", "CD1212",
             a.PAYER_OTHER_METHOD),
            ("ACQ.ORDER_UNSUPPORT_ADVANCE", "订单不支持先享后付垫资",
             "Pay-later refused for this order", "CD1212", a.PAYER_OTHER_METHOD),
        )
    ),
    _pay_error("ACQ.RISK_MERCHANT_IP_NOT_EXIST", "当前交易未传入IP信息，创单失败，请传入IP后再发起支付",
               "The payer's IP was not sent", "TX1405", _BAD_REQUEST, ("A2n",), "M"),
)

_QUERY_CANCEL: tuple[Row, ...] = (
    _row("ACQ.SYSTEM_ERROR", "sub_code", "trade.query", "系统异常",
         "The query failed; the trade's state is still unknown", _UNKNOWN, _AFTER_QUERY, "query-result",
         "SY1702", _QUERY_FAILED, ("A2n",), "M", follow_up="alipay.paying",
         notes="Query again: the next call is the same API."),
    _row("ACQ.TRADE_NOT_EXIST", "sub_code", "trade.query", "交易不存在",
         "No trade (yet) under this out_trade_no", _UNKNOWN, _AFTER_QUERY, "query-result", "TX1424",
         _UNKNOWN_PAY, ("A2n",), "M", follow_up="alipay.paying",
         notes="Right after a pay whose reply was lost the trade may not exist yet; an "
         "unscanned precreate order is also 'not exist'. Poll to the deadline, then cancel."),
    _row("ACQ.SYSTEM_ERROR", "sub_code", "trade.cancel", "系统错误",
         "The cancel failed on Alipay's side; cancel again", _UNKNOWN, _AFTER_QUERY, "reverse-order", "SY1702",
         _CANCEL_PENDING, ("A6",), "M", aliases=("AQC.SYSTEM_ERROR",), follow_up="alipay.cancel",
         notes="The cancel table's own typo AQC.SYSTEM_ERROR is kept as an alias. The right "
         "next call is the same API: cancel again."),
    _row("ACQ.SELLER_BALANCE_NOT_ENOUGH", "sub_code", "trade.cancel",
         "商户的支付宝账户中无足够的资金进行撤销", "The merchant balance is too low to refund "
         "by cancelling", "error", _AFTER_FIX, "none", "TX1426",
         (_CANCEL_REFUSED, a.CONTACT_PROVIDER), ("A6",), "M",
         notes="The trade is still paid: top up, then cancel again."),
    _row("ACQ.REASON_TRADE_BEEN_FREEZEN", "sub_code", "trade.cancel",
         "当前交易被冻结，不允许进行撤销", "The trade is frozen and cannot be cancelled", "error",
         _AFTER_FIX, "none", "TX1426", (_CANCEL_REFUSED, a.CONTACT_PROVIDER), ("A6",), "M"),
    _row("ACQ.TRADE_CANCEL_TIME_OUT", "sub_code", "trade.cancel", "超过撤销时间范围",
         "Outside the cancel window", "error", _AFTER_FIX, "none", "TX1426",
         (_CANCEL_REFUSED, a.REFUND_INSTEAD), ("A6", "A2n", "A5"), "M",
         notes="The window is 24 h after creation per A5 (mirror)."),
    _row("ACQ.CANCEL_NOT_ALLOWED", "sub_code", "trade.cancel", "交易不允许撤销",
         "This trade cannot be cancelled", "error", _AFTER_FIX, "none", "TX1426",
         (_CANCEL_REFUSED, a.REFUND_INSTEAD), ("A6", "A2n"), "M"),
    _row("ACQ.REASON_TRADE_REFUND_FEE_ERR", "sub_code", "trade.cancel", "退款金额无效",
         "Already refunded, so it cannot be cancelled", _DECLINED, "not-needed", "none", "TX1421",
         (a.REFUNDED_SHOWN,), ("A2n", "A6"), "M"),
    _row("Y", "retry_flag", "trade.cancel", "需要重试",
         "Cancel again: the cancel is not finished", _UNKNOWN, _AFTER_QUERY, "reverse-order", "TX1408",
         _CANCEL_PENDING, ("A3", "A6"), "H-c", zh_is_vendor=False, follow_up="alipay.cancel"),
    _row("N", "retry_flag", "trade.cancel", "无需重试", "No further cancel call is needed", _DECLINED,
         _AFTER_FIX, "none", "TX1420", (a.READ_DEEPER,), ("A3", "A6"), "H-c", zh_is_vendor=False,
         decides=False, notes="The result is in code, sub_code and action."),
    _row("close", "action", "trade.cancel", "关闭交易，无退款",
         "The trade was unpaid and is now closed; no refund", _DECLINED, _AFTER_FIX, "none", "TX1420",
         (a.CLOSED_UNPAID, a.NEW_ORDER_ALLOWED), ("A6",), "M", zh_is_vendor=False),
    _row("refund", "action", "trade.cancel", "产生了退款",
         "The trade was paid and has been refunded", _DECLINED, "not-needed", "none", "TX1421",
         (a.REFUNDED_SHOWN,), ("A6",), "M", zh_is_vendor=False),
)

_TRADE_STATUS: tuple[Row, ...] = (
    _row("WAIT_BUYER_PAY", "trade_status", "", "交易创建，等待买家付款",
         "Created; waiting for the payer", _UNKNOWN, _AFTER_QUERY, "wait-for-payer", "TX1418", _PAYING, ("A7",),
         "H-c", follow_up="alipay.paying"),
    _row("TRADE_CLOSED", "trade_status", "", "未付款交易超时关闭，或支付完成后全额退款",
         "Closed unpaid when its payment window ended, or paid and then fully refunded", _DECLINED, _AFTER_FIX, "none",
         "TX1420", (_CLOSED_OR_REFUNDED, _TRADE_CLOSED_WHICH, a.NEW_ORDER_NO_MONEY_KEPT), ("A7",),
         "H-c", notes="Do not read it as 'never paid'."),
    _row("TRADE_SUCCESS", "trade_status", "", "交易支付成功", "Paid (refundable)", "approved",
         "not-needed", "none", "OK0000", (a.HAND_OVER, a.PAYER_PAID), ("A7", "A3"), "H-c",
         notes="Some copies: 交易支付成功，可退款."),
    _row("TRADE_FINISHED", "trade_status", "", "交易结束，不可退款",
         "Paid; finished and no longer refundable", "approved", "not-needed", "none", "OK0000",
         (a.HAND_OVER, a.PAYER_PAID), ("A7", "A3"), "H-c"),
)

ROWS: tuple[Row, ...] = (*_GATEWAY, *_TRADE_PAY, *_QUERY_CANCEL, *_TRADE_STATUS)
