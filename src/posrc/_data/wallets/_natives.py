"""Native codes proposed for wallet readings that no existing native code fits.

Each number sits in the block of its category (see ``posrc._data.native``); the
numbers continue after the last one in use in that block.
"""

from __future__ import annotations

from posrc._data.wallets._rows import NewNative

NEW_NATIVES: tuple[NewNative, ...] = (
    NewNative("PAID_BY_EARLIER_ATTEMPT", "OK0009", "partial", "after-query",
              "订单已被先前的付款付清", "Already paid by an earlier attempt on this order",
              "confirm-earlier-payment"),
    NewNative("PAID_PARTLY_REFUNDED", "OK0010", "partial", "not-needed",
              "已付款，部分退款", "Paid, then partly refunded"),
    NewNative("MERCHANT_RECEIVING_LIMIT", "BL1106", "declined", "after-fix",
              "商户收款额度超限", "The merchant's receiving limit is reached"),
    NewNative("PAYMENT_CODE_INVALID", "CD1211", "declined", "after-fix",
              "付款码无效、已过期或已使用", "Payment code invalid, expired or already used",
              "refresh-payment-code"),
    NewNative("PAYER_ACCOUNT_RESTRICTED", "CD1212", "declined", "after-fix",
              "付款人账户不能完成本次付款", "The payer's account cannot make this payment"),
    NewNative("WAITING_FOR_PAYER", "TX1418", "unknown", "after-query",
              "等待付款人确认", "Waiting for the payer to confirm", "wait-for-payer"),
    NewNative("ACCEPTED_RESULT_PENDING", "TX1419", "unknown", "after-query",
              "已受理，结果待查询", "Accepted; the result is not known yet", "query-result"),
    NewNative("ORDER_CLOSED", "TX1420", "declined", "after-fix",
              "订单已关闭或已撤销，未收款", "Order closed or reversed: no money kept"),
    NewNative("ORDER_REFUNDED", "TX1421", "declined", "not-needed",
              "订单已付款后退款", "Paid, then refunded"),
    NewNative("PAYER_MISMATCH", "TX1422", "declined", "after-fix",
              "付款人与订单不符", "The payer does not match the order"),
    NewNative("PAYMENT_FAILED", "TX1423", "declined", "after-fix",
              "支付失败", "Payment failed"),
    NewNative("ORDER_NOT_FOUND_YET", "TX1424", "unknown", "after-query",
              "查不到订单，结果未明", "Order not found (yet): the result is not known",
              "query-result"),
    NewNative("RESULT_UNKNOWN", "TX1425", "unknown", "after-query",
              "交易结果未明", "Result unknown", "query-result"),
    NewNative("REVERSAL_NOT_DONE", "TX1426", "error", "after-fix",
              "撤销或退款未执行，订单状态不变",
              "Reverse, cancel or refund not carried out: the order is unchanged"),
    NewNative("REQUEST_SIGNATURE_INVALID", "TM1809", "error", "after-fix",
              "请求签名验证失败", "The request's signature did not verify", "check-setup"),
    NewNative("MERCHANT_NOT_PERMITTED", "MC1904", "error", "after-fix",
              "商户未开通此业务或权限", "Merchant not enabled for this service", "check-setup"),
    NewNative("MERCHANT_ID_INVALID", "MC1905", "error", "after-fix",
              "商户、应用或终端标识无效", "Merchant, app or terminal identifier invalid",
              "check-setup"),
    NewNative("MERCHANT_AUTHORISATION_INVALID", "MC1906", "error", "after-fix",
              "授权令牌无效或已过期", "Authorisation token invalid or expired", "check-setup"),
    NewNative("MERCHANT_SUSPENDED", "MC1907", "error", "after-fix",
              "商户状态异常或暂停收款", "Merchant account frozen, suspended or not in order",
              "check-setup"),
    NewNative("RATE_LIMITED", "SY1704", "error", "later",
              "请求过于频繁", "Too many requests"),
    NewNative("PAYMENT_REFUSED_BY_RISK_CONTROL", "RK2015", "declined", "never",
              "付款被风险控制拒绝", "Payment refused by risk control"),
)
