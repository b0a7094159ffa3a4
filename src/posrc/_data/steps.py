"""Advice steps that many codes share, written once, and the steps an outcome calls for."""

from __future__ import annotations

from posrc._enums import Actor, Outcome, Retry
from posrc._model import Step, Text


def step(actor: Actor, zh: str, en: str) -> Step:
    return Step(actor, Text(zh, en))


# What the cashier tells the customer depends only on the outcome: see closing_steps.
NOT_COMPLETED = step(
    Actor.CASHIER,
    "如实告诉顾客本次付款未完成，并提供其他付款方式。",
    "Tell the customer plainly that the payment did not complete, and offer another way to pay.",
)
ORDER_KEEPS_ITS_STATE = step(
    Actor.CASHIER,
    "撤销或退款未完成，原订单状态不变：先查询原订单是否已扣款，不要另行收款。",
    "The reversal or refund did not go through and the order keeps its state: query whether "
    "the order took the money before anything else, and do not take another payment.",
)
"""Closes a failed reversal, cancel or refund, which says nothing of the payment itself."""
NO_MONEY_KEPT = step(
    Actor.CASHIER,
    "告诉顾客这笔订单没有留下他们的钱（已关闭、已撤销或已退款，或款项正在退回）；要再付款须作为新的一笔销售。",
    "Tell the customer that this order keeps none of their money (it was closed, reversed or "
    "refunded, or the money is on its way back); paying again is a new sale.",
)
"""Closes an order that keeps no money, and an undoing call that went through: the order may
have been paid before it was reversed or refunded, so nobody says the payment failed."""
RESULT_BEING_CHECKED = step(
    Actor.CASHIER,
    "告诉顾客付款结果正在确认，结果明确之前请勿再次付款；查询确认未扣款后，再提供其他付款方式。",
    "Tell the customer that the payment result is being checked and not to pay again until it "
    "is known; if the query shows no charge, offer another way to pay.",
)
KEEP_RECORDS = step(
    Actor.OPERATIONS,
    "保留交易记录和签购单，以便日后查询或处理争议。",
    "Keep the transaction record and the receipt as evidence for later queries or disputes.",
)


# The native codes that say what became of an order, not of a payment: one that keeps no
# money (closed or reversed, perhaps after it was paid; paid, then refunded), and a reverse,
# cancel or refund that was not carried out, which leaves the order as it was.
NO_MONEY_KEPT_CODES = frozenset({"TX1420", "TX1421"})
UNDO_NOT_DONE_CODE = "TX1426"


def closing_steps(outcome: Outcome, retry: Retry, native: str = "") -> tuple[Step, ...]:
    """The steps that end the advice of every code with this outcome, retry and native code.

    They keep a payment out of dispute: the customer hears what happened to
    the money, as far as anybody knows it, and the records are kept. While the
    first attempt must still be queried, nobody may say that it failed; of an
    order that was undone, or whose undoing was not carried out, nobody may say
    that the payment did not complete.

    >>> [s.text("en")[:40] for s in closing_steps(Outcome.UNKNOWN, Retry.AFTER_QUERY)]
    ['Tell the customer that the payment resul', 'Keep the transaction record and the rece']
    >>> [s.text("en")[:40] for s in closing_steps(Outcome.ERROR, Retry.AFTER_FIX, "TX1426")]
    ['The reversal or refund did not go throug', 'Keep the transaction record and the rece']
    """
    if outcome in (Outcome.APPROVED, Outcome.PARTIAL):
        return ()
    if outcome is Outcome.UNKNOWN or retry is Retry.AFTER_QUERY:
        return (RESULT_BEING_CHECKED, KEEP_RECORDS)
    if native in NO_MONEY_KEPT_CODES:
        return (NO_MONEY_KEPT, KEEP_RECORDS)
    if native == UNDO_NOT_DONE_CODE:
        return (ORDER_KEEPS_ITS_STATE, KEEP_RECORDS)
    return (NOT_COMPLETED, KEEP_RECORDS)


QUERY_FIRST = step(
    Actor.CASHIER,
    "先查询这笔交易或查看签购单，确认是否已扣款，再决定是否重新收款，避免重复扣款。",
    "First query the transaction or look at the receipt to see whether the money was taken, "
    "so that nobody pays twice.",
)
QUERY_OR_REVERSE = step(
    Actor.INTEGRATOR,
    "不要自动重发；按收单机构的流程查询或冲正原交易，结果明确后再处理。",
    "Do not resend automatically: query or reverse the original under the acquirer's procedure, "
    "and act only once the result is known.",
)
SIGN_ON = step(
    Actor.CASHIER,
    "在终端上重新签到，成功后再发起交易。",
    "Sign the terminal on again, then start the transaction again.",
)
SIGN_ON_INTEGRATOR = step(
    Actor.INTEGRATOR,
    "触发终端签到以更新工作密钥；若签到后仍失败，检查密钥下载和加密配置。",
    "Trigger a terminal sign-on to refresh the working keys; if it still fails, check key "
    "loading and the security configuration.",
)
RETAIN_CARD = step(
    Actor.CASHIER,
    "仅在安全且符合收单机构规定时留下此卡，不要与持卡人争执，并联系收单行。",
    "Keep the card only when it is safe and the acquirer's rules say so; do not argue with the "
    "cardholder, and contact the acquirer.",
)
NOT_ON_THIS_CARD = step(
    Actor.INTEGRATOR,
    "这张卡不能再用于本笔付款，不要自动重发；反复尝试可能被卡组织处罚。",
    "Do not send this payment on this card again, automatically or by hand; repeated attempts "
    "can draw scheme fines.",
)
ANOTHER_CARD = step(
    Actor.CARDHOLDER,
    "请换一张银行卡或改用其他付款方式。",
    "Use another card or another payment method.",
)
CONTACT_ISSUER = step(
    Actor.CARDHOLDER,
    "请联系发卡银行（电话见卡背面）了解原因。",
    "Contact the card issuer (the number is on the back of the card) for the reason.",
)
RETRY_LATER = step(
    Actor.CASHIER,
    "稍等几分钟后再试；多次失败请改用其他付款方式。",
    "Wait a few minutes, then try again; if it keeps failing, take payment another way.",
)
RETRY_LATER_INTEGRATOR = step(
    Actor.INTEGRATOR,
    "可以稍后重试，但要间隔等待并限制次数，不要连续重发。",
    "A later retry is allowed: back off between attempts and cap their number.",
)
CHECK_SETUP = step(
    Actor.OPERATIONS,
    "联系收单机构核对商户号、终端号及其开通的业务。",
    "Ask the acquirer to check the merchant ID, the terminal ID and the services enabled for them.",
)
CHECK_REQUEST = step(
    Actor.INTEGRATOR,
    "检查请求报文的字段和取值，修正后再发送。",
    "Check the fields and values of the request, and send it again only once corrected.",
)
RECONCILE = step(
    Actor.OPERATIONS,
    "核对终端批次与收单机构的对账数据，重新上送或结算后再交易。",
    "Compare the terminal batch with the acquirer's totals, upload or settle again, then resume.",
)
