"""Advice steps that many wallet rows share, written once in posrc's own words."""

from __future__ import annotations

from posrc._data.wallets._rows import Step

# Cashier
WAIT_FOR_PAYER = Step(
    "cashier",
    "请顾客在手机上确认付款（按提示输入支付密码）；不要重新扫码，也不要再次收款。",
    "Ask the customer to confirm the payment on their phone (entering the password if asked); "
    "do not scan again and do not charge again.",
)
RESULT_PENDING = Step(
    "cashier",
    "付款结果尚未确定：等待查询结果，结果明确前不要再次收款，也不要交付商品。",
    "The result is not known yet: wait for the query, and neither charge again nor hand over "
    "the goods until it is known.",
)
HAND_OVER = Step(
    "cashier",
    "付款已完成，可以交付商品并打印小票。",
    "The payment is complete: hand over the goods and print the receipt.",
)
REFRESH_CODE = Step(
    "cashier",
    "请顾客在钱包里刷新付款码，再重新扫描新的付款码。",
    "Ask the customer to refresh the payment code in the wallet, then scan the new code.",
)
OTHER_METHOD = Step(
    "cashier",
    "本次付款未成功，请顾客换一种付款方式（其他钱包、银行卡或现金）。",
    "The payment did not go through: ask the customer to pay another way (another wallet, "
    "a bank card or cash).",
)
CONFIRM_EARLIER = Step(
    "cashier",
    "这个订单号已被先前的一次付款付清：先查询订单，确认那笔付款属于本订单、本顾客且金额一致，再交付商品；"
    "对不上时不要交付，交由管理人员处理。",
    "This order number was already paid by an earlier attempt: query the order and confirm that "
    "the payment belongs to this order and this customer, for this amount, before handing over "
    "the goods; if it does not match, hand nothing over and call a supervisor.",
)
CLOSED_UNPAID = Step(
    "cashier",
    "订单未付款并已关闭，顾客没有被扣款；如仍要付款，请重新下单收款。",
    "The order was never paid and is closed, so the customer was not charged; if they still "
    "want to pay, start a new sale.",
)
REVERSED_SHOWN = Step(
    "cashier",
    "订单已撤销：如已扣款，款项已退回顾客，这笔订单没有留下款项；如仍要付款，请重新下单收款。",
    "The order was reversed: any money it took has gone back to the customer, and it keeps "
    "none; if they still want to pay, start a new sale.",
)
SETUP_FAULT = Step(
    "cashier",
    "收款设置有问题，本笔暂时无法收款：请顾客改用其他方式付款，并通知管理人员。",
    "The payment set-up is at fault and this sale cannot be taken now: ask the customer to pay "
    "another way, and tell a supervisor.",
)
CALL_SUPPORT = Step(
    "cashier",
    "不要交付商品，也不要再次收款；请管理人员联系支付机构客服确认这笔订单。",
    "Hand over nothing and do not charge again; ask a supervisor to have the payment provider "
    "confirm this order.",
)
NO_RETRY_DUPLICATE = Step(
    "cashier",
    "这个订单号已经用过：先查询原订单的结果，不要直接再次收款。",
    "This order number was used before: query the first order's result instead of charging again.",
)
NOT_PAID_SHOWN = Step(
    "cashier",
    "这次付款没有扣款；顾客可以重新付款或改用其他方式。",
    "No money was taken by this payment; the customer may pay again or another way.",
)
CONFIRM_WITH_PROVIDER = Step(
    "cashier",
    "先向支付机构确认这笔交易的最终结果，再交付商品或退款。",
    "Confirm this transaction's final result with the payment provider before handing over "
    "the goods or refunding.",
)
REFUNDED_SHOWN = Step(
    "cashier",
    "这笔订单曾经付款，但款项已退回（或正在退回）顾客：不要按已付款交付商品。",
    "This order was paid once, but the money has been (or is being) returned to the customer: "
    "do not hand over goods as if it were paid.",
)

# Payer (the "cardholder" actor of posrc)
PAYER_CONFIRM = Step(
    "cardholder",
    "请在手机上按提示确认付款，需要时输入支付密码。",
    "Confirm the payment on your phone, entering your password if asked.",
)
PAYER_WAIT = Step(
    "cardholder",
    "付款结果正在确认，请勿重复付款。",
    "The payment result is being checked. Please do not pay again yet.",
)
PAYER_REFRESH = Step(
    "cardholder",
    "请刷新付款码后重新出示。",
    "Please refresh your payment code and show it again.",
)
PAYER_OTHER_METHOD = Step(
    "cardholder",
    "本次付款未能完成，请换一种付款方式。",
    "This payment could not be completed. Please pay another way.",
)
PAYER_TOP_UP = Step(
    "cardholder",
    "余额不足：请在钱包里换一张银行卡或其他付款方式，或充值后再付。",
    "Not enough funds: choose another bank card or payment method in the wallet, or top up, "
    "then pay again.",
)
PAYER_CHECK_SETTINGS = Step(
    "cardholder",
    "请在钱包里检查付款设置或账户状态，或换一种付款方式。",
    "Check the payment settings or the account status in your wallet, or pay another way.",
)
PAYER_PAID = Step(
    "cardholder",
    "付款已完成。",
    "Your payment is complete.",
)

# Integrator
QUERY_SAME_ORDER = Step(
    "integrator",
    "用同一个商户订单号查询订单并按查询结果处理；原订单状态未明前，绝不能用新订单号重新收款。",
    "Query the order under the same merchant order number and act on what it says; never charge "
    "under a new order number while this order's state is unknown.",
)
POLL_THEN_REVERSE = Step(
    "integrator",
    "按 follow_up 的时间反复查询；到截止时间仍未付款就撤销该订单，并处理撤销前刚好到账的付款。",
    "Query on the follow_up schedule; if the order is still unpaid at the deadline, reverse or "
    "cancel it, and handle a payment that lands just before the reverse.",
)
QUERY_AGAIN = Step(
    "integrator",
    "查询请求本身失败，订单状态仍然未知：稍后用同一订单号再次调用查询接口。",
    "The query itself failed and the order's state is still unknown: call the query API again "
    "later for the same order number.",
)
READ_DEEPER = Step(
    "integrator",
    "这一层只说明请求已被处理，付款结果要看下一层字段；下一层缺失时按结果未明处理。",
    "This layer only says the request was handled: the payment result is in the next field; "
    "if that field is missing, treat the result as unknown.",
)
FIX_REQUEST = Step(
    "integrator",
    "检查请求的字段、取值和格式，修正后再发送；这次请求没有被处理。",
    "Check the request's fields, values and format, and send it again only once corrected; "
    "this request was not processed.",
)
FIX_SIGNATURE = Step(
    "integrator",
    "检查签名算法、密钥和证书是否与支付机构登记的一致。",
    "Check that the signing algorithm, key and certificate match what the payment provider has "
    "on record.",
)
NEW_ORDER_ALLOWED = Step(
    "integrator",
    "原订单已确定没有收款；重新收款时使用新的商户订单号。",
    "The first order definitely took no money; charge again under a new merchant order number.",
)
NEW_ORDER_NO_MONEY_KEPT = Step(
    "integrator",
    "这笔订单没有留下款项（从未付款，或付款已全额退回）；再次收款时使用新的商户订单号。",
    "The order keeps no money (it was never paid, or its payment was returned in full); charge "
    "again only under a new merchant order number.",
)
DO_NOT_CHARGE_AGAIN = Step(
    "integrator",
    "不要再次扣款：查询原订单，确认它与本次销售一致后按已付款处理。",
    "Do not charge again: query the order and, once it matches this sale, treat it as paid.",
)
REFUND_INSTEAD = Step(
    "integrator",
    "该订单已不能撤销：已付款的用退款接口退款，未付款的无需处理；先查询订单确认状态。",
    "The order can no longer be reversed: query it, refund it through the refund API if it "
    "was paid, and leave it if it was not.",
)
RATE_LIMIT = Step(
    "integrator",
    "请求过于频繁：降低调用频率，间隔一段时间后再试。",
    "Too many requests: slow down, and try again after a pause.",
)

# Operations
CHECK_CONFIG = Step(
    "operations",
    "核对商户号、应用ID、已开通的产品和权限，必要时联系支付机构开通或续签。",
    "Check the merchant ID, the app ID, the products and permissions enabled, and ask the "
    "payment provider to enable or renew them where needed.",
)
RECONCILE = Step(
    "operations",
    "在对账文件中核对这笔订单，处理可能的单边账（顾客已付、商户未记）。",
    "Check this order in the reconciliation file, and settle any one-sided entry (customer "
    "paid, till not).",
)
CONTACT_PROVIDER = Step(
    "operations",
    "联系支付机构客服，核实这笔订单的最终状态并按其结论处理。",
    "Ask the payment provider's support for this order's final state, and act on their answer.",
)
KEEP_RECORDS = Step(
    "operations",
    "保留订单号和应答原文，以便日后查询或处理争议。",
    "Keep the order number and the raw reply as evidence for later queries or disputes.",
)
RAISE_LIMIT = Step(
    "operations",
    "商户的收款额度已用完：联系支付机构调整额度。",
    "The merchant's receiving limit is used up: ask the payment provider to adjust it.",
)
