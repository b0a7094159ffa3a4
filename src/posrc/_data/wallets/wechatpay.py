"""WeChat Pay 付款码支付 (micropay, v2 XML) and APIv3 codepay (JSON) codes.

Sources (keys of ``SOURCES``; dates are the page's 更新时间):

* **W1** 付款码支付, merchant ``pay.weixin.qq.com/doc/v2/merchant/4011937125`` and partner
  ``.../doc/v2/partner/4011941293``, 2025.08.14: the polling notes (5 s, about 10 s, 45 s).
* **W2** 提交付款码支付 (global) ``pay.weixin.qq.com/doc/global/v2/zh/4013634893``, 2025.03.21.
* **W3** the micropay ``err_code`` table of the legacy wiki
  (``pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10``), read through verbatim copies
  (posrc reference W3): 名称 / 描述 / 支付状态 / 原因 / 解决方案.
* **W4** 查询订单 ``.../doc/v2/partner/4011983277`` (2024.11.13), ``4011988377`` (2025.08.15):
  ``trade_state`` and the query ``err_code``.
* **W5** 撤销订单 ``.../doc/v2/merchant/4011937361`` (2024.08.06); global
  ``.../doc/global/v2/zh/4013634900`` (2025.02.19): the 15 s / 7-day rules, ``recall``.
* **W6** WeChat Pay Global guides: Reasonable Query Mechanism (2025.02.18), Closed-loop
  Transactions (2025.02.18), API规则 (2025.02.19).
* **W7** APIv3 付款码 pages (codepay 2025.02.17, reverse 2024.12.03), 商户订单号查询订单
  (2024.09.19) and the v3 错误码篇 (HTTP status meanings, the common codes).
* **W8** the APIv3 generic business error table, copied into an SDK javadoc and a Ruby gem
  (secondary): both spellings, ``SYSTEMERROR`` and ``SYSTEM_ERROR``.
* **W9** issues: binarywang/WxJava#4050 (HTTP 202 with USERPAYING), befinal/node-tenpay#67.
* **W10** developers.weixin.qq.com community threads (secondary).

v2 fields: ``return_code`` (communication), ``result_code`` (business), ``err_code``,
``trade_state`` (query) and ``recall`` (reverse). v3 fields: ``http_status``, ``code`` and
``trade_state``. API names: ``micropay``, ``orderquery``, ``reverse`` (v2) and
``v3.codepay``, ``v3.query``, ``v3.reverse`` (v3). The v3 spellings of a code (``SYSTEM_ERROR``
beside ``SYSTEMERROR``) are aliases within WeChat only. A numeric prefix inside
``err_code_des`` (``101 付款码已过期``) is not a code.
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
    "W1": Source("微信支付 付款码支付 (商户 / 服务商)",
                 "https://pay.weixin.qq.com/doc/v2/merchant/4011937125; "
                 "https://pay.weixin.qq.com/doc/v2/partner/4011941293", "2025.08.14", True),
    "W2": Source("微信支付 提交付款码支付 (境外)", "https://pay.weixin.qq.com/doc/global/v2/zh/4013634893",
                 "2025.03.21", True),
    "W3": Source("微信支付 提交付款码支付 错误码 (旧版文档)",
                 "pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10, read through "
                 "verbatim copies", "legacy wiki, undated copies", True),
    "W4": Source("微信支付 查询订单", "https://pay.weixin.qq.com/doc/v2/partner/4011983277; "
                 "https://pay.weixin.qq.com/doc/v2/partner/4011988377",
                 "2024.11.13; 2025.08.15", True),
    "W5": Source("微信支付 撤销订单", "https://pay.weixin.qq.com/doc/v2/merchant/4011937361; "
                 "https://pay.weixin.qq.com/doc/global/v2/zh/4013634900",
                 "2024.08.06; 2025.02.19", True),
    "W6": Source("WeChat Pay Global: Reasonable Query Mechanism; Closed-loop Transactions; API规则",
                 "https://pay.weixin.qq.com/doc/global/v2/en/4013665306; "
                 "https://pay.weixin.qq.com/doc/global/v2/en/4013665567; "
                 "https://pay.weixin.qq.com/doc/global/v2/zh/4013637944",
                 "2025.02.18; 2025.02.18; 2025.02.19", True),
    "W7": Source("微信支付 APIv3 付款码支付 / 撤销 / 查询订单 / 错误码",
                 "https://pay.weixin.qq.com/docs/merchant/apis/code-payment-v3/direct/code-pay.html; "
                 ".../code-payment-v3/direct/reverse.html; "
                 "https://pay.weixin.qq.com/doc/v3/merchant/4012556352; "
                 "pay.weixin.qq.com/wiki/doc/api/wxpay/ch/pages/ico-guide/chapter1_6.shtml",
                 "2025.02.17; 2024.12.03; 2024.09.19", True),
    "W8": Source("APIv3 generic business error table, copied into an SDK javadoc and a Ruby gem",
                 "posrc reference W8 (code-corpus ids 4648016682, 8971293447)", "undated copies",
                 False),
    "W9": Source("Issue threads: binarywang/WxJava#4050 + PR #4054; befinal/node-tenpay#67",
                 "https://github.com/binarywang/WxJava/issues/4050; "
                 "https://github.com/befinal/node-tenpay/issues/67", "2026-06-10; 2018-09-26",
                 False),
    "W10": Source("developers.weixin.qq.com community threads", "developers.weixin.qq.com/community/pay",
                  "2022-2024", False),
}

# Each API and the operation it performs.
OPERATIONS: dict[str, str] = {
    "micropay": "pay",
    "orderquery": "query",
    "reverse": "reverse",
    "v3.codepay": "pay",
    "v3.query": "query",
    "v3.reverse": "reverse",
}
FAILED_CALLS: tuple[tuple[str, str], ...] = (("result_code", "FAIL"), ("http_status", "404"))
"""Layer values that pass the reason to a deeper field but say the call failed: a deeper
field that reads as paid contradicts them (W6: in rare cases a FAIL was paid), so the reply
is unknown, never approved. (v3's other 4xx statuses read as errors and decide so.)"""
LAYERS: dict[str, tuple[str, ...]] = {
    "micropay": ("return_code", "result_code", "err_code"),
    "orderquery": ("return_code", "result_code", "err_code", "trade_state"),
    # recall before err_code: an err_code, when present, says why recall is what it is.
    "reverse": ("return_code", "result_code", "recall", "err_code"),
    "v3.codepay": ("http_status", "code", "trade_state"),
    "v3.query": ("http_status", "code", "trade_state"),
    "v3.reverse": ("http_status", "code"),
}

_WEEK = 7 * 24 * 3600.0
_REVERSE_EARLIEST = Figure(15, "W5", "2024.08.06", note="建议支付后至少15s后再调用撤销订单接口; also W1")
_REVERSE_LATEST = Figure(_WEEK, "W5", "2024.08.06", note="7天以内的交易单可调用撤销; later use a refund")


def _pay_loop(name: str, first: Figure) -> tuple[FollowUp, ...]:
    return (
        FollowUp(
            name, "wechatpay", "CN 2025 (W1)", True, "query",
            first_call=first,
            interval=Figure(10, "W1", "2025.08.14", note="建议10秒"),
            give_up=Figure(45, "W1", "2025.08.14", note="建议45秒"),
            then="reverse", then_earliest=_REVERSE_EARLIEST, then_latest=_REVERSE_LATEST,
            notes="Reverse needs the API certificate (双向证书). Every order must end as SUCCESS, "
            "CLOSED or REVOKED; a payment may land between the last query and the reverse (W6). "
            "The same figures serve v3 codepay: its pages give none of their own.",
        ),
        FollowUp(
            name, "wechatpay", "global 2025 (W2)", False, "query",
            first_call=first._replace(source="W2", edition="2025.03.21"),
            interval=Figure(10, "W2", "2025.03.21"),
            give_up=Figure(30, "W2", "2025.03.21", note="建议30秒"),
            then="reverse", then_earliest=_REVERSE_EARLIEST, then_latest=_REVERSE_LATEST,
        ),
        FollowUp(
            name, "wechatpay", "global guide 2025 (W6)", False, "query",
            first_call=Figure(None, "W6", "2025.02.18"),
            interval=Figure(3, "W6", "2025.02.18", upper=5),
            give_up=Figure(45, "W6", "2025.02.18", note="an unpaid Quick Pay order is revoked "
                           "automatically 45 s after it was created"),
            then="reverse", then_earliest=_REVERSE_EARLIEST, then_latest=_REVERSE_LATEST,
        ),
        FollowUp(
            name, "wechatpay", "legacy wiki (W3)", False, "query",
            first_call=Figure(5, "W3", "legacy"),
            interval=Figure(10, "W3", "legacy", note="legacy page text, copied in the WxJava "
                            "WxPayService javadoc"),
            give_up=Figure(30, "W3", "legacy"),
            then="reverse", then_earliest=_REVERSE_EARLIEST, then_latest=_REVERSE_LATEST,
        ),
    )


FOLLOW_UPS: tuple[FollowUp, ...] = (
    *_pay_loop("wechatpay.user-paying", Figure(
        10, "W1", "2025.08.14", note="the W1 note waits about 10 s; the W3 table row says 5 s")),
    *_pay_loop("wechatpay.system-error", Figure(5, "W1", "2025.08.14", note="系统错误: 5 s")),
    FollowUp(
        "wechatpay.reverse", "wechatpay", "CN 2025 (W1, W5)", True, "reverse",
        first_call=Figure(None, "W1", "2025.08.14", note="call reverse again at once"),
        interval=Figure(None, "W1", "2025.08.14"),
        give_up=Figure(None, "W1", "2025.08.14", note="no figure: the till's own timeout"),
        then="contact-support",
        then_earliest=Figure(None, "W5", "2024.08.06"),
        then_latest=Figure(_WEEK, "W5", "2024.08.06", note="the reverse window; then refund"),
        notes="Reverse is re-entrant: call it again with the same parameters while it errs or "
        "answers recall=Y (W1, W6). Reversing an order that does not exist answers SUCCESS (W6).",
    ),
)

EXCLUDED: tuple[Excluded, ...] = (
    Excluded("USERPAYING", "err_code (reverse)",
             "L: one SDK copy and the global FAQ (reverse refused while the payer pays). Read it "
             "as the safe default, unknown."),
    Excluded("RULELIMIT", "err_code (micropay)", "L: one SDK enum. The v3 row RULE_LIMIT covers "
             "the v3 spelling at M."),
)

_USER_PAYING = (a.WAIT_FOR_PAYER, a.PAYER_CONFIRM, a.QUERY_SAME_ORDER, a.POLL_THEN_REVERSE,
                a.KEEP_RECORDS)
_SYSTEM_ERROR = (a.RESULT_PENDING, a.PAYER_WAIT, a.QUERY_SAME_ORDER, a.POLL_THEN_REVERSE,
                 a.KEEP_RECORDS)
_QUERY_FAILED = (a.RESULT_PENDING, a.PAYER_WAIT, a.QUERY_AGAIN, a.POLL_THEN_REVERSE)
_REVERSE_AGAIN = Step(
    "integrator",
    "撤销结果未知：用相同参数再次调用撤销接口（该接口可重入），直到返回成功且 recall=N；不要改用新订单号重新收款。",
    "The reverse's result is unknown: call the reverse API again with the same parameters (it "
    "is re-entrant) until it succeeds with recall=N; do not charge under a new order number.",
)
_REVERSE_PENDING = (a.RESULT_PENDING, a.PAYER_WAIT, _REVERSE_AGAIN, a.KEEP_RECORDS)
_BAD_REQUEST = (a.SETUP_FAULT, a.FIX_REQUEST)
_CLOSED_NEVER_PAID = Step(
    "integrator",
    "微信的 CLOSED 表示订单从未付款就已关闭（与支付宝 TRADE_CLOSED 不同，后者也可能是付款后全额退款）。",
    "WeChat CLOSED means the order was closed without ever being paid (unlike Alipay "
    "TRADE_CLOSED, which can also mean paid and then fully refunded).",
)
_PAYERROR_REVERSE = Step(
    "integrator",
    "支付已失败：仍要调用撤销接口关闭该订单（每笔订单都应以成功、已关闭或已撤销结束），之后再用新订单号重新收款。",
    "The payment failed: still call reverse to close this order (every order must end as paid, "
    "closed or reversed), and only then charge again under a new order number.",
)


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
    sources: tuple[str, ...] = ("W3",),
    confidence: Confidence = "H-c",
    *,
    notes: str = "",
    zh_is_vendor: bool = True,
    decides: bool = True,
    follow_up: str = "",
    aliases: tuple[str, ...] = (),
    display: tuple[str, str] | None = None,
) -> Row:
    return Row(
        "wechatpay", code, field, api, zh, en, outcome, retry, action, native, sources,
        confidence, advice, notes, zh_is_vendor, decides, follow_up, aliases, display,
    )


_UNKNOWN: Outcome = "unknown"
_AFTER_QUERY: Retry = "after-query"
_RISK_DISPLAY = ("本次付款未能完成，请换一种付款方式。", "This payment could not be completed. Please pay another way.")

_V2: tuple[Row, ...] = (
    # return_code / result_code
    _row("SUCCESS", "return_code", "", "通信成功（非交易标识）",
         "Communication succeeded; the business result is in result_code", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1425", (a.READ_DEEPER, a.QUERY_SAME_ORDER), ("W6",), "H",
         decides=False, follow_up="wechatpay.system-error", zh_is_vendor=False),
    _row("FAIL", "return_code", "", "通信失败（签名或参数格式校验错误）",
         "Communication-level failure (signature or parameter format): not processed", "error",
         "after-fix", "none", "TX1405", (a.SETUP_FAULT, a.FIX_REQUEST, a.FIX_SIGNATURE), ("W6",),
         "H", zh_is_vendor=False,
         notes="No result_code comes with it. On a query or reverse the order keeps its state."),
    _row("SUCCESS", "result_code", "micropay", "业务成功", "Paid", "approved", "not-needed",
         "none", "OK0000", (a.HAND_OVER, a.PAYER_PAID), ("W6",), "H", zh_is_vendor=False),
    _row("SUCCESS", "result_code", "orderquery", "查询成功",
         "The query succeeded; the order's state is in trade_state", _UNKNOWN, _AFTER_QUERY, "query-result",
         "TX1425", (a.READ_DEEPER,), ("W4",), "H-c", decides=False,
         follow_up="wechatpay.system-error", zh_is_vendor=False,
         notes="Never a payment result on its own."),
    _row("SUCCESS", "result_code", "reverse", "撤销成功",
         "Reversed: an unpaid order is closed, a paid one refunded", "declined", "after-fix",
         "none", "TX1420", (a.REVERSED_SHOWN, a.NEW_ORDER_NO_MONEY_KEPT), ("W6", "W5"), "H",
         zh_is_vendor=False,
         notes="Outcome describes the order's money: none is kept. Read recall as well; an "
         "order that never existed also answers SUCCESS (W6)."),
    _row("FAIL", "result_code", "", "业务失败", "Business failure; the reason is in err_code", _UNKNOWN,
         _AFTER_QUERY, "query-result", "TX1425", (a.READ_DEEPER, a.QUERY_SAME_ORDER), ("W6",), "H",
         decides=False, follow_up="wechatpay.system-error", zh_is_vendor=False,
         notes="W6 warns that in rare cases a FAIL was in fact paid; with no err_code, query."),
    # micropay err_code (W3 table)
    _row("SYSTEMERROR", "err_code", "micropay", "接口返回错误",
         "WeChat-side timeout or system error: the result is unknown", _UNKNOWN, _AFTER_QUERY, "query-result",
         "SY1702", _SYSTEM_ERROR, ("W3", "W1"), follow_up="wechatpay.system-error",
         notes="支付结果未知. Keep the same out_trade_no. The table says query at once; W1 waits 5 s."),
    _row("BANKERROR", "err_code", "micropay", "银行系统异常",
         "Bank-side timeout or error: the result is unknown", _UNKNOWN, _AFTER_QUERY, "query-result", "BK1006",
         _SYSTEM_ERROR, follow_up="wechatpay.system-error", notes="支付结果未知."),
    _row("USERPAYING", "err_code", "micropay", "用户支付中，需要输入密码",
         "The payer must confirm with a password", _UNKNOWN, _AFTER_QUERY, "wait-for-payer", "TX1418",
         _USER_PAYING, ("W3", "W1"), follow_up="wechatpay.user-paying",
         notes="支付结果未知. Not a failure: treating it as one makes the payer pay twice. v2 sends "
         "it with result_code=FAIL; v3 with HTTP 202."),
    _row("PARAM_ERROR", "err_code", "", "参数错误", "Invalid request parameters", "error",
         "after-fix", "none", "TX1405", _BAD_REQUEST, ("W3", "W5"),
         notes="支付确认失败. The reverse table (W5) lists it too."),
    _row("ORDERPAID", "err_code", "micropay", "订单已支付",
         "This out_trade_no is already paid by an earlier attempt", "partial", "after-query",
         "confirm-earlier-payment", "OK0009",
         (a.CONFIRM_EARLIER, a.DO_NOT_CHARGE_AGAIN, a.KEEP_RECORDS),
         notes="Never a decline: the money was taken by the earlier attempt. A genuinely new "
         "sale needs a new out_trade_no."),
    _row("NOAUTH", "err_code", "", "商户无权限", "Merchant not enabled for payment-code payments",
         "error", "after-fix", "check-setup", "MC1904", (a.SETUP_FAULT, a.CHECK_CONFIG),
         notes="Live err_code_des seen: 商户无权限使用该付款码 (W10)."),
    _row("AUTHCODEEXPIRE", "err_code", "micropay", "二维码已过期，请用户在微信上刷新后再试",
         "The payer's payment code has expired", "declined", "after-fix",
         "refresh-payment-code", "CD1211", (a.REFRESH_CODE, a.PAYER_REFRESH)),
    _row("NOTENOUGH", "err_code", "micropay", "余额不足", "The payer's balance is too low",
         "declined", "after-fix", "none", "BL1001", (a.OTHER_METHOD, a.PAYER_TOP_UP)),
    _row("NOTSUPORTCARD", "err_code", "micropay", "不支持卡类型",
         "The payer's card type cannot be used here", "declined", "after-fix", "none", "CD1206",
         (a.OTHER_METHOD, a.PAYER_OTHER_METHOD), notes="The misspelling is WeChat's own."),
    _row("ORDERCLOSED", "err_code", "micropay", "订单已关闭", "This order is already closed",
         "declined", "after-fix", "none", "TX1420", (a.CLOSED_UNPAID, a.NEW_ORDER_ALLOWED)),
    _row("ORDERREVERSED", "err_code", "micropay", "订单已撤销", "This order is already reversed",
         "declined", "after-fix", "none", "TX1420", (a.REVERSED_SHOWN, a.NEW_ORDER_NO_MONEY_KEPT)),
    _row("AUTH_CODE_ERROR", "err_code", "micropay", "授权码参数错误",
         "The payment code is malformed or already used", "declined", "after-fix",
         "refresh-payment-code", "CD1211", (a.REFRESH_CODE, a.PAYER_REFRESH),
         notes="Newer copies: 付款码参数错误. Each payment code is single-use."),
    _row("AUTH_CODE_INVALID", "err_code", "micropay", "授权码检验错误",
         "The scanned code is not a valid WeChat payment code", "declined", "after-fix",
         "refresh-payment-code", "CD1211", (a.REFRESH_CODE, a.PAYER_REFRESH), ("W3", "W10"),
         notes="Newer copies: 付款码检验错误. Live err_code_des: '101 付款码已过期，请退出重试', "
         "'101 每个二维码仅限使用一次，请刷新再试'; the 101 is not a code."),
    *(
        _row(code, "err_code", "", zh, en, "error", "after-fix", "none", "TX1405", _BAD_REQUEST,
             notes="支付确认失败.")
        for code, zh, en in (
            ("XML_FORMAT_ERROR", "XML格式错误", "Malformed XML"),
            ("REQUIRE_POST_METHOD", "请使用post方法", "The request was not sent as POST"),
            ("LACK_PARAMS", "缺少参数", "A required parameter is missing"),
            ("NOT_UTF8", "编码格式错误", "The request is not UTF-8"),
        )
    ),
    _row("SIGNERROR", "err_code", "", "签名错误", "The request's signature does not verify",
         "error", "after-fix", "check-setup", "TM1809", (a.SETUP_FAULT, a.FIX_SIGNATURE),
         ("W3", "W5")),
    _row("BUYER_MISMATCH", "err_code", "micropay", "支付帐号错误",
         "A different payer than the one already bound to this order", "declined", "after-fix",
         "none", "TX1422",
         (Step("cashier", "这笔订单已绑定另一位付款人：请原付款人付款，或重新下单。",
               "This order is bound to another payer: have that payer pay, or start a new sale."),
          a.PAYER_OTHER_METHOD)),
    *(
        _row(code, "err_code", "", zh, en, "error", "after-fix", "check-setup", "MC1905",
             (a.SETUP_FAULT, a.CHECK_CONFIG), ("W3", "W10") if live else ("W3",),
             notes="Live err_code_des seen: 商户无权限使用该付款码 (W10)." if live else "")
        for code, zh, en, live in (
            ("APPID_NOT_EXIST", "APPID不存在", "The appid is missing or unknown", False),
            ("MCHID_NOT_EXIST", "MCHID不存在", "The mch_id is missing or unknown", False),
            ("APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配", "The appid is not bound to the mch_id",
             True),
        )
    ),
    _row("OUT_TRADE_NO_USED", "err_code", "micropay", "商户订单号重复",
         "This out_trade_no was submitted before", "error", "after-query", "query-result",
         "TX1404", (a.NO_RETRY_DUPLICATE, a.QUERY_SAME_ORDER),
         notes="Not processed by this request, but an earlier attempt may exist: query it."),
    _row("INVALID_REQUEST", "err_code", "micropay", "无效请求",
         "Refused for a merchant-side cause (permission, duplicate submission, certificate, "
         "rate)", "error", "after-query", "query-result", "MC1904",
         (a.SETUP_FAULT, a.QUERY_SAME_ORDER, a.CHECK_CONFIG), ("W3",), "M",
         notes="Two table copies only. One cause is a duplicate pay request, so query before "
         "any new attempt."),
    _row("TRADE_ERROR", "err_code", "micropay", "交易错误",
         "Refused by WeChat (payer account, risk or rule limits)", "declined", "after-fix",
         "none", "TX1423", (a.OTHER_METHOD, a.PAYER_OTHER_METHOD), ("W3", "W10"), "M",
         display=_RISK_DISPLAY,
         notes="Two table copies. Real replies carry err_code_des 用户取消支付 and 用户没有输入支付密码 "
         "(tests/replies), and the community saw it for a low balance: not only a risk refusal, "
         "so a fresh attempt with a new code or another method is allowed."),
    _row("POST_DATA_EMPTY", "err_code", "", "post数据为空", "The request body is empty", "error",
         "after-fix", "none", "TX1405", _BAD_REQUEST, ("W3",), "M",
         notes="A generic v2 code, not in the micropay table copies; one Go SDK's constants "
         "(reference id 3997903704)."),
    # orderquery (W4)
    _row("SYSTEMERROR", "err_code", "orderquery", "系统错误",
         "The query failed on WeChat's side; the order's state is still unknown", _UNKNOWN, _AFTER_QUERY,
         "query-result", "SY1702", _QUERY_FAILED, ("W4",), "M",
         follow_up="wechatpay.system-error", notes="Query again: the next call is the same API."),
    _row("ORDERNOTEXIST", "err_code", "orderquery", "此交易订单号不存在",
         "No such order (yet): only orders whose pay was accepted can be queried", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1424", _SYSTEM_ERROR, ("W4", "W10"), "M",
         follow_up="wechatpay.system-error",
         notes="Right after a SYSTEMERROR or a lost reply the order may not exist yet: keep "
         "polling, then reverse (reversing a non-existent order answers SUCCESS, W6). Outside "
         "that case, check the number."),
    # trade_state (W4; the same strings in v3)
    _row("SUCCESS", "trade_state", "", "支付成功", "Paid", "approved", "not-needed", "none",
         "OK0000", (a.HAND_OVER, a.PAYER_PAID), ("W4",)),
    _row("REFUND", "trade_state", "", "转入退款", "Was paid; a refund has been started",
         "declined", "not-needed", "none", "TX1421", (a.REFUNDED_SHOWN,), ("W4",),
         notes="The order was paid and a refund has started: the money is going back to the "
         "payer, so the order keeps none of it and the goods are not handed over on it. Track "
         "the refund under the same order. The reference file's 'treat the sale as paid' "
         "describes the earlier payment, which W4's 转入退款 says is being returned."),
    _row("NOTPAY", "trade_state", "", "未支付", "Not paid yet", _UNKNOWN, _AFTER_QUERY, "wait-for-payer",
         "TX1418", _USER_PAYING, ("W4", "W10"), follow_up="wechatpay.user-paying",
         notes="Not final (official-assistant answer, W10): keep polling to the deadline, then "
         "reverse."),
    _row("CLOSED", "trade_state", "", "已关闭", "Closed without ever being paid", "declined",
         "after-fix", "none", "TX1420", (a.CLOSED_UNPAID, _CLOSED_NEVER_PAID, a.NEW_ORDER_ALLOWED),
         ("W4",)),
    _row("REVOKED", "trade_state", "", "已撤销（付款码支付）",
         "Reversed: any debit has been returned", "declined", "after-fix", "none", "TX1420",
         (a.REVERSED_SHOWN, a.NEW_ORDER_NO_MONEY_KEPT), ("W4",)),
    _row("USERPAYING", "trade_state", "", "用户支付中（付款码支付）",
         "The payer is still confirming", _UNKNOWN, _AFTER_QUERY, "wait-for-payer", "TX1418", _USER_PAYING,
         ("W4",), follow_up="wechatpay.user-paying"),
    _row("PAYERROR", "trade_state", "", "支付失败(其他原因，如银行返回失败)",
         "Payment failed (for example the bank refused it)", "declined", "after-fix",
         "reverse-order", "TX1423", (a.OTHER_METHOD, a.PAYER_OTHER_METHOD, _PAYERROR_REVERSE),
         ("W4", "W10", "W6"),
         notes="Live trade_state_desc: 支付失败,请撤销订单. One underscore away from 收钱吧 "
         "PAY_ERROR, which means the result is unknown."),
    _row("ACCEPT", "trade_state", "", "已接收，等待扣款", "Accepted; the debit is pending", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1419", _SYSTEM_ERROR, ("W4",), "M",
         follow_up="wechatpay.user-paying",
         notes="Listed for the JSAPI/APP and v3 queries, not in the micropay lists."),
    # reverse (W5)
    _row("Y", "recall", "reverse", "需要继续调用撤销",
         "The reverse is not finished: call it again", _UNKNOWN, _AFTER_QUERY, "reverse-order", "TX1408",
         _REVERSE_PENDING, ("W5",), follow_up="wechatpay.reverse"),
    _row("N", "recall", "reverse", "不需要继续调用撤销", "No further reverse call is needed",
         "declined", "after-fix", "none", "TX1420", (a.READ_DEEPER,), ("W5",), decides=False,
         notes="The result is in result_code and err_code; N alone is the fallback reading."),
    _row("SYSTEMERROR", "err_code", "reverse", "接口返回错误",
         "WeChat-side timeout during the reverse: call reverse again", _UNKNOWN, _AFTER_QUERY, "reverse-order",
         "SY1702", _REVERSE_PENDING, ("W5", "W6"), "M", follow_up="wechatpay.reverse",
         notes="The right next call is the same API: reverse again, not a query."),
    _row("INVALID_TRANSACTIONID", "err_code", "reverse", "无效transaction_id",
         "Invalid transaction_id", "error", "after-fix", "none", "TX1405", _BAD_REQUEST,
         ("W5",), "M", notes="The reverse was not carried out; the order keeps its state."),
    _row("REVERSE_EXPIRE", "err_code", "reverse", "订单无法撤销",
         "Outside the 7-day reverse window", "error", "after-fix", "none", "TX1426",
         (a.REFUND_INSTEAD, a.KEEP_RECORDS), ("W5",), "M"),
    _row("INVALID_REQUEST", "err_code", "reverse", "无效请求",
         "Refused: this order cannot be reversed (reverse is for payment-code orders)", "error",
         "after-fix", "none", "TX1405", _BAD_REQUEST, ("W5", "W10"), "M",
         notes="A community answer gives 订单的支付场景不支持该请求 for a non-micropay order."),
    _row("TRADE_ERROR", "err_code", "reverse", "订单错误",
         "The reverse was refused (account, risk or rules)", "error", "after-fix", "none",
         "TX1426", (a.CALL_SUPPORT, a.CONTACT_PROVIDER), ("W5",), "M",
         display=("撤销未能完成，请稍候。", "The reversal could not be completed. Please wait.")),
)

_V3_HTTP_5XX = (("500", "服务器错误"), ("501", "服务不可用"), ("503", "服务不可用"))
_V3_LOOPS = {
    "v3.codepay": ("wechatpay.system-error", _SYSTEM_ERROR),
    "v3.query": ("wechatpay.system-error", _QUERY_FAILED),
    "v3.reverse": ("wechatpay.reverse", _REVERSE_PENDING),
}

_V3: tuple[Row, ...] = (
    # http_status (W7 错误码篇)
    _row("200", "http_status", "v3.codepay", "处理成功",
         "Processed: the payment result is in trade_state", _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425",
         (a.READ_DEEPER,), ("W7",), "H", decides=False, follow_up="wechatpay.system-error",
         zh_is_vendor=False),
    _row("200", "http_status", "v3.query", "处理成功",
         "Processed: the order's state is in trade_state", _UNKNOWN, _AFTER_QUERY, "query-result", "TX1425",
         (a.READ_DEEPER,), ("W7",), "H", decides=False, follow_up="wechatpay.system-error",
         zh_is_vendor=False),
    _row("200", "http_status", "v3.reverse", "撤销成功",
         "Reversed: an unpaid order is closed, a paid one refunded", "declined", "after-fix",
         "none", "TX1420", (a.REVERSED_SHOWN, a.NEW_ORDER_NO_MONEY_KEPT), ("W7",), "H",
         zh_is_vendor=False, notes="The CN v3 reverse answers 200 with a body."),
    _row("204", "http_status", "v3.reverse", "处理成功，无返回内容",
         "Reversed (no body)", "declined", "after-fix", "none", "TX1420",
         (a.REVERSED_SHOWN, a.NEW_ORDER_NO_MONEY_KEPT), ("W7",), "H", zh_is_vendor=False,
         notes="The global v3 micropay reverse answers 204 (wiki api_external chapter3_1_7, "
         "2025.01.07)."),
    _row("202", "http_status", "v3.codepay", "服务器已接受请求，但尚未处理",
         "Accepted but not yet processed: the payer is confirming", _UNKNOWN, _AFTER_QUERY, "wait-for-payer",
         "TX1418", _USER_PAYING, ("W7", "W9"), "H", follow_up="wechatpay.user-paying",
         zh_is_vendor=False,
         notes="Comes with trade_state USERPAYING in a transaction body, not an error body "
         "(WxJava#4050); an SDK that throws on it loses the payment."),
    *(
        _row(status, "http_status", "", "请求或业务错误",
             "Request or business error: the reason is in code", "error", "after-fix", "none",
             "TX1405", (a.READ_DEEPER,), ("W7",), "H", decides=False, zh_is_vendor=False)
        for status in ("400", "401", "403", "429")
    ),
    _row("404", "http_status", "", "请求的资源不存在", "Not found: the reason is in code", _UNKNOWN, _AFTER_QUERY,
         "query-result", "TX1424", (a.READ_DEEPER, a.QUERY_SAME_ORDER), ("W7",), "H",
         decides=False, follow_up="wechatpay.system-error", zh_is_vendor=False,
         notes="On a query right after a pay, ORDER_NOT_EXIST is not yet a failure."),
    *(
        _row(status, "http_status", api, zh,
             "WeChat system error or timeout: the result is unknown", _UNKNOWN, _AFTER_QUERY,
             "reverse-order" if api == "v3.reverse" else "query-result", "SY1702", advice,
             ("W7",), "H", follow_up=loop, zh_is_vendor=False,
             notes="W7: retry with the original parameters. After a charge, query before any "
             "retry; after a reverse, reverse again.")
        for status, zh in _V3_HTTP_5XX
        for api, (loop, advice) in _V3_LOOPS.items()
    ),
    # code: the v3 common codes (W7) and the generic business table (W8)
    _row("PARAM_ERROR", "code", "", "参数错误", "Invalid parameter (see detail)", "error",
         "after-fix", "none", "TX1405", _BAD_REQUEST, ("W7",), "H", notes="HTTP 400."),
    _row("INVALID_REQUEST", "code", "", "HTTP 请求不符合微信支付 APIv3 接口规则",
         "The request breaks the APIv3 rules", "error", "after-fix", "none", "TX1405",
         _BAD_REQUEST, ("W7",), "H", notes="HTTP 400."),
    _row("SIGN_ERROR", "code", "", "验证不通过", "The signature did not verify", "error",
         "after-fix", "check-setup", "TM1809", (a.SETUP_FAULT, a.FIX_SIGNATURE), ("W7",), "H",
         notes="HTTP 401."),
    *(
        _row("SYSTEM_ERROR", "code", api, "系统异常（请稍后重试）",
             "WeChat system error: the result is unknown", _UNKNOWN, _AFTER_QUERY,
             "reverse-order" if api == "v3.reverse" else "query-result", "SY1702", advice,
             ("W7", "W10"), "H", aliases=("SYSTEMERROR",), follow_up=loop,
             notes="HTTP 500. Live message: 系统繁忙，请稍后重试. The older v3 spelling is "
             "SYSTEMERROR (W8).")
        for api, (loop, advice) in _V3_LOOPS.items()
    ),
    _row("USERPAYING", "code", "v3.codepay", "用户支付中，需要输入密码",
         "The payer must confirm with a password", _UNKNOWN, _AFTER_QUERY, "wait-for-payer", "TX1418",
         _USER_PAYING, ("W8", "W9"), "M", follow_up="wechatpay.user-paying",
         notes="HTTP 202 in the generic table. Which v2 names codepay returns in v3 is not "
         "documented in the pages seen."),
    _row("TRADE_ERROR", "code", "", "交易错误", "Refused by WeChat (read message)", "declined",
         "never", "none", "RK2015", (a.OTHER_METHOD, a.PAYER_OTHER_METHOD), ("W8",), "M",
         display=_RISK_DISPLAY, notes="HTTP 403."),
    _row("RULE_LIMIT", "code", "", "业务规则限制", "A business rule limits the request",
         "declined", "after-fix", "none", "RK2015", (a.OTHER_METHOD, a.PAYER_OTHER_METHOD),
         ("W8",), "M", aliases=("RULELIMIT",), display=_RISK_DISPLAY, notes="HTTP 403."),
    _row("OUT_TRADE_NO_USED", "code", "", "商户订单号重复", "Duplicate out_trade_no", "error",
         "after-query", "query-result", "TX1404", (a.NO_RETRY_DUPLICATE, a.QUERY_SAME_ORDER),
         ("W8",), "M", notes="HTTP 403."),
    _row("ORDER_NOT_EXIST", "code", "v3.query", "订单不存在",
         "No such order (yet)", _UNKNOWN, _AFTER_QUERY, "query-result", "TX1424", _SYSTEM_ERROR, ("W8", "W10"),
         "M", aliases=("ORDERNOTEXIST",), follow_up="wechatpay.system-error",
         notes="HTTP 404. Right after a pay it is not yet a failure."),
    _row("ORDER_CLOSED", "code", "", "订单已关闭", "The order is closed", "declined", "after-fix",
         "none", "TX1420", (a.CLOSED_UNPAID, a.NEW_ORDER_ALLOWED), ("W8",), "M",
         notes="HTTP 400."),
    _row("OPENID_MISMATCH", "code", "", "openid和appid不匹配", "The openid is not under this appid",
         "error", "after-fix", "none", "TX1405", _BAD_REQUEST, ("W8",), "M", notes="HTTP 500 "
         "in the table, yet a request error."),
    _row("NOT_ENOUGH", "code", "", "余额不足", "The payer's balance is too low", "declined",
         "after-fix", "none", "BL1001", (a.OTHER_METHOD, a.PAYER_TOP_UP), ("W8",), "M",
         aliases=("NOTENOUGH",), notes="HTTP 403."),
    _row("NO_AUTH", "code", "", "商户无权限", "Merchant lacks the permission", "error",
         "after-fix", "check-setup", "MC1904", (a.SETUP_FAULT, a.CHECK_CONFIG), ("W8",), "M",
         aliases=("NOAUTH",), notes="HTTP 403."),
    _row("MCH_NOT_EXISTS", "code", "", "商户号不存在", "Unknown mchid", "error", "after-fix",
         "check-setup", "MC1905", (a.SETUP_FAULT, a.CHECK_CONFIG), ("W8",), "M",
         notes="HTTP 400."),
    _row("INVALID_TRANSACTIONID", "code", "", "订单号非法", "Invalid transaction_id", "error",
         "after-fix", "none", "TX1405", _BAD_REQUEST, ("W8",), "M", notes="HTTP 500 in the "
         "table."),
    _row("FREQUENCY_LIMITED", "code", "", "频率超限", "Rate limited", "error", "later", "none",
         "SY1704", (a.RESULT_PENDING, a.RATE_LIMIT), ("W8",), "M",
         notes="HTTP 429. Not processed; after a charge, the query loop goes on."),
    _row("BANK_ERROR", "code", "", "银行系统异常", "Bank system error: the result is unknown", _UNKNOWN,
         _AFTER_QUERY, "query-result", "BK1006", _SYSTEM_ERROR, ("W8",), "M", aliases=("BANKERROR",),
         follow_up="wechatpay.system-error", notes="HTTP 500."),
    _row("APPID_MCHID_NOT_MATCH", "code", "", "appid和mch_id不匹配",
         "The appid is not bound to the mchid", "error", "after-fix", "check-setup", "MC1905",
         (a.SETUP_FAULT, a.CHECK_CONFIG), ("W8",), "M", notes="HTTP 400."),
    _row("ACCOUNT_ERROR", "code", "", "账号异常", "The payer's account is abnormal", "declined",
         "after-fix", "none", "CD1212", (a.OTHER_METHOD, a.PAYER_CHECK_SETTINGS), ("W8",), "M",
         aliases=("ACCOUNTERROR",), notes="HTTP 403."),
)

ROWS: tuple[Row, ...] = (*_V2, *_V3)
