"""posrc's own codes: two category letters and a four-digit number.

Numbering (the number alone identifies a code):

=========  ==========================================================
0000-0099  OK, approvals and accepted requests
1001-1099  the original posrc listing (mixed categories, kept as issued)
1100-1199  BL, balance, amount and count limits
1200-1299  CD, the card
1300-1399  PN, PIN and cardholder verification
1400-1499  TX, the transaction
1500-1599  NW, terminal-to-host communication
1600-1699  BK, issuer and acquirer hosts
1700-1799  SY, switch and system
1800-1899  TM, terminal, keys and sign-on
1900-1999  MC, merchant
2000-2099  RK, risk and cards to retain
9000-9999  private: left free for users' own codes
=========  ==========================================================

The table gives each code's policy on one line; the advice of each code
follows it in ``ADVICE``, by name. Every code that is not an approval ends
its advice with the steps its outcome calls for (``steps.closing_steps``).
A code's cardholder text is its meaning, except where the result is unknown
(``PENDING``), where the reason is withheld (``NEUTRAL``, for every card to
retain and every risk code) or where ``CARDHOLDER`` gives one.
"""

from __future__ import annotations

from posrc._data import steps
from posrc._data.steps import step
from posrc._enums import Actor, Category, Outcome, Retry, Scheme, TerminalAction
from posrc._model import Advice, ReturnCode, Step, Text, withholds_reason

NativeRow = tuple[str, str, Outcome, Retry, str, str, TerminalAction]

# fmt: off
TABLE: tuple[NativeRow, ...] = (
    # name                             code      outcome           retry              zh                                en                                                          terminal action
    # OK: approvals and accepted requests
    ("APPROVED",                       "OK0000", Outcome.APPROVED, Retry.NOT_NEEDED,  "交易成功",                       "Approved",                                                 TerminalAction.NONE),
    ("APPROVED_PARTIAL_AMOUNT",        "OK0001", Outcome.PARTIAL,  Retry.NOT_NEEDED,  "部分金额批准",                   "Approved for a partial amount",                            TerminalAction.SHOW_PARTIAL_AMOUNT),
    ("APPROVED_WITH_IDENTIFICATION",   "OK0002", Outcome.PARTIAL,  Retry.NOT_NEEDED,  "凭身份证明承兑",                 "Honour with identification",                               TerminalAction.CHECK_IDENTITY),
    ("APPROVED_VIP",                   "OK0003", Outcome.APPROVED, Retry.NOT_NEEDED,  "交易成功（VIP客户）",            "Approved (VIP)",                                           TerminalAction.NONE),
    ("APPROVED_CARD_UPDATE",           "OK0004", Outcome.APPROVED, Retry.NOT_NEEDED,  "交易成功，更新卡片数据",         "Approved, card data to be updated",                        TerminalAction.NONE),
    ("APPROVED_UNCONFIRMED",           "OK0005", Outcome.PARTIAL,  Retry.AFTER_QUERY, "交易成功，需向银行确认",         "Approved, to be confirmed with the bank",                  TerminalAction.CONFIRM_WITH_BANK),
    ("APPROVED_OFFLINE",               "OK0006", Outcome.APPROVED, Retry.NOT_NEEDED,  "脱机批准",                       "Approved offline",                                         TerminalAction.NONE),
    ("REQUEST_ACCEPTED",               "OK0007", Outcome.APPROVED, Retry.NOT_NEEDED,  "请求已受理",                     "Request accepted",                                         TerminalAction.NONE),
    ("COMPLETED_PARTIALLY",            "OK0008", Outcome.PARTIAL,  Retry.AFTER_QUERY, "部分完成",                       "Completed partially",                                      TerminalAction.QUERY_RESULT),
    ("PAID_BY_EARLIER_ATTEMPT",         "OK0009", Outcome.PARTIAL,  Retry.AFTER_QUERY,  "订单已被先前的付款付清",         "Already paid by an earlier attempt on this order",         TerminalAction.CONFIRM_EARLIER_PAYMENT),
    ("PAID_PARTLY_REFUNDED",            "OK0010", Outcome.PARTIAL,  Retry.NOT_NEEDED,  "已付款，部分退款",               "Paid, then partly refunded",                               TerminalAction.NONE),
    # The original posrc listing (mixed categories, kept as issued)
    ("INSUFFICIENT_BALANCE",           "BL1001", Outcome.DECLINED, Retry.AFTER_FIX,   "余额不足",                       "Insufficient balance",                                     TerminalAction.NONE),
    ("INVALID_CARD",                   "CD1002", Outcome.DECLINED, Retry.AFTER_FIX,   "信用卡无效",                     "Invalid card",                                             TerminalAction.NONE),
    ("CARD_NOT_FOUND",                 "CD1003", Outcome.DECLINED, Retry.AFTER_FIX,   "卡号不存在",                     "Card number does not exist",                               TerminalAction.NONE),
    ("TRANSACTION_FAILED",             "TX1004", Outcome.ERROR,    Retry.LATER,       "交易失败",                       "Transaction failed",                                       TerminalAction.NONE),
    ("NETWORK_FAILURE",                "NW1005", Outcome.ERROR,    Retry.LATER,       "网络连接失败",                   "Network connection failed",                                TerminalAction.NONE),
    ("BANK_TIMEOUT",                   "BK1006", Outcome.UNKNOWN,  Retry.AFTER_QUERY, "银行服务器超时",                 "Bank server timed out",                                    TerminalAction.QUERY_RESULT),
    ("SYSTEM_MAINTENANCE",             "SY1007", Outcome.ERROR,    Retry.LATER,       "系统维护",                       "System under maintenance",                                 TerminalAction.NONE),
    # BL: balance, amount and count limits
    ("AMOUNT_LIMIT_EXCEEDED",          "BL1101", Outcome.DECLINED, Retry.AFTER_FIX,   "超出金额限制",                   "Amount limit exceeded",                                    TerminalAction.NONE),
    ("FREQUENCY_LIMIT_EXCEEDED",       "BL1102", Outcome.DECLINED, Retry.LATER,       "超出交易次数限制",               "Transaction count limit exceeded",                         TerminalAction.NONE),
    ("INVALID_AMOUNT",                 "BL1103", Outcome.DECLINED, Retry.AFTER_FIX,   "无效金额",                       "Invalid amount",                                           TerminalAction.NONE),
    ("UNACCEPTABLE_FEE",               "BL1104", Outcome.DECLINED, Retry.AFTER_FIX,   "不可接受的交易费",               "Unacceptable transaction fee",                             TerminalAction.NONE),
    ("PASSBOOK_LIMIT_EXCEEDED",        "BL1105", Outcome.DECLINED, Retry.AFTER_FIX,   "未登折账目超限",                 "Too many unposted passbook entries",                       TerminalAction.NONE),
    ("MERCHANT_RECEIVING_LIMIT",        "BL1106", Outcome.DECLINED,  Retry.AFTER_FIX,   "商户收款额度超限",               "The merchant's receiving limit is reached",                TerminalAction.NONE),
    # CD: the card
    ("EXPIRED_CARD",                   "CD1201", Outcome.DECLINED, Retry.AFTER_FIX,   "卡片已过期",                     "Expired card",                                             TerminalAction.NONE),
    ("CARD_NOT_ACTIVE",                "CD1202", Outcome.DECLINED, Retry.AFTER_FIX,   "卡片未激活或处于睡眠状态",       "Card not activated, not yet valid or dormant",             TerminalAction.NONE),
    ("RESTRICTED_CARD",                "CD1203", Outcome.DECLINED, Retry.AFTER_FIX,   "受限制的卡",                     "Restricted card",                                          TerminalAction.NONE),
    ("ISSUER_NOT_SUPPORTED",           "CD1204", Outcome.DECLINED, Retry.AFTER_FIX,   "此卡的发卡机构无法受理",         "Card issuer not found or not supported",                   TerminalAction.NONE),
    ("ACCOUNT_NOT_FOUND",              "CD1205", Outcome.DECLINED, Retry.AFTER_FIX,   "无此账户",                       "No such account",                                          TerminalAction.NONE),
    ("NOT_PERMITTED_TO_CARDHOLDER",    "CD1206", Outcome.DECLINED, Retry.AFTER_FIX,   "不允许此卡进行的交易",           "Transaction not permitted for this card",                  TerminalAction.NONE),
    ("CHIP_REQUIRED",                  "CD1207", Outcome.DECLINED, Retry.AFTER_FIX,   "不允许降级交易，请使用芯片",     "Fallback not allowed: use the chip",                       TerminalAction.USE_CHIP),
    ("CARD_VERIFICATION_FAILED",       "CD1208", Outcome.DECLINED, Retry.AFTER_FIX,   "卡片校验失败",                   "Card verification failed",                                 TerminalAction.NONE),
    ("CONTACT_DETAILS_MISSING",        "CD1209", Outcome.DECLINED, Retry.AFTER_FIX,   "未在发卡银行留存手机号",         "No mobile number on file with the issuer",                 TerminalAction.NONE),
    ("OFFLINE_DECLINED",               "CD1210", Outcome.DECLINED, Retry.AFTER_FIX,   "卡片脱机拒绝",                   "Declined offline by the card",                             TerminalAction.NONE),
    ("PAYMENT_CODE_INVALID",            "CD1211", Outcome.DECLINED,  Retry.AFTER_FIX,   "付款码无效、已过期或已使用",     "Payment code invalid, expired or already used",            TerminalAction.REFRESH_PAYMENT_CODE),
    ("PAYER_ACCOUNT_RESTRICTED",        "CD1212", Outcome.DECLINED,  Retry.AFTER_FIX,   "付款人账户不能完成本次付款",     "The payer's account cannot make this payment",             TerminalAction.NONE),
    # PN: PIN and cardholder verification
    ("INCORRECT_PIN",                  "PN1301", Outcome.DECLINED, Retry.AFTER_FIX,   "密码错误",                       "Incorrect PIN",                                            TerminalAction.NONE),
    ("PIN_TRIES_EXCEEDED",             "PN1302", Outcome.DECLINED, Retry.AFTER_FIX,   "密码错误次数超限",               "PIN tries exceeded",                                       TerminalAction.NONE),
    ("PIN_REQUIRED",                   "PN1303", Outcome.DECLINED, Retry.AFTER_FIX,   "需要输入密码",                   "PIN required",                                             TerminalAction.NONE),
    ("CARDHOLDER_VERIFICATION_FAILED", "PN1304", Outcome.DECLINED, Retry.AFTER_FIX,   "持卡人身份认证失败",             "Cardholder verification failed",                           TerminalAction.NONE),
    # TX: the transaction
    ("INVALID_TRANSACTION",            "TX1401", Outcome.DECLINED, Retry.AFTER_FIX,   "无效交易",                       "Invalid transaction",                                      TerminalAction.NONE),
    ("ORIGINAL_NOT_FOUND",             "TX1402", Outcome.DECLINED, Retry.AFTER_FIX,   "找不到原始交易",                 "Original transaction not found",                           TerminalAction.NONE),
    ("ORIGINAL_AMOUNT_MISMATCH",       "TX1403", Outcome.DECLINED, Retry.AFTER_FIX,   "与原交易金额不符",               "Amount does not match the original",                       TerminalAction.NONE),
    ("DUPLICATE_TRANSACTION",          "TX1404", Outcome.ERROR,    Retry.AFTER_QUERY, "重复交易",                       "Duplicate transaction",                                    TerminalAction.QUERY_RESULT),
    ("FORMAT_ERROR",                   "TX1405", Outcome.ERROR,    Retry.AFTER_FIX,   "报文格式错误",                   "Message format error",                                     TerminalAction.NONE),
    ("FUNCTION_NOT_SUPPORTED",         "TX1406", Outcome.DECLINED, Retry.AFTER_FIX,   "请求的功能不支持",               "Requested function not supported",                         TerminalAction.NONE),
    ("RE_ENTER_TRANSACTION",           "TX1407", Outcome.ERROR,    Retry.IMMEDIATELY, "请重新发起交易",                 "Re-enter the transaction",                                 TerminalAction.NONE),
    ("REQUEST_IN_PROGRESS",            "TX1408", Outcome.UNKNOWN,  Retry.AFTER_QUERY, "交易处理中",                     "Request in progress",                                      TerminalAction.QUERY_RESULT),
    ("CANCELLED_BY_CUSTOMER",          "TX1409", Outcome.DECLINED, Retry.NEVER,       "客户取消",                       "Cancelled by the customer",                                TerminalAction.NONE),
    ("CUSTOMER_DISPUTE",               "TX1410", Outcome.DECLINED, Retry.NEVER,       "客户争议",                       "Customer dispute",                                         TerminalAction.NONE),
    ("INVALID_RESPONSE",               "TX1411", Outcome.ERROR,    Retry.AFTER_QUERY, "无效应答",                       "Invalid response",                                         TerminalAction.QUERY_RESULT),
    ("NO_ACTION_TAKEN",                "TX1412", Outcome.DECLINED, Retry.AFTER_FIX,   "未作处理",                       "No action taken",                                          TerminalAction.NONE),
    ("CURRENCY_MISMATCH",              "TX1413", Outcome.DECLINED, Retry.AFTER_FIX,   "转账货币不一致",                 "Transfer currency mismatch",                               TerminalAction.NONE),
    ("NO_BILL_DUE",                    "TX1414", Outcome.DECLINED, Retry.NEVER,       "此业务无欠费",                   "No outstanding bill",                                      TerminalAction.NONE),
    ("RELATED_TRANSACTION_ERROR",      "TX1415", Outcome.DECLINED, Retry.AFTER_FIX,   "关联交易操作有误或超出允许天数", "Related transaction error, or outside its allowed period", TerminalAction.NONE),
    ("FILE_ACTION_FAILED",             "TX1416", Outcome.ERROR,    Retry.AFTER_FIX,   "文件操作失败",                   "File action failed",                                       TerminalAction.NONE),
    ("DOCUMENT_NOT_AVAILABLE",         "TX1417", Outcome.DECLINED, Retry.NEVER,       "无法提供所需单据",               "Requested document not available",                         TerminalAction.NONE),
    ("WAITING_FOR_PAYER",               "TX1418", Outcome.UNKNOWN,  Retry.AFTER_QUERY,  "等待付款人确认",                 "Waiting for the payer to confirm",                         TerminalAction.WAIT_FOR_PAYER),
    ("ACCEPTED_RESULT_PENDING",         "TX1419", Outcome.UNKNOWN,  Retry.AFTER_QUERY,  "已受理，结果待查询",             "Accepted; the result is not known yet",                    TerminalAction.QUERY_RESULT),
    ("ORDER_CLOSED",                    "TX1420", Outcome.DECLINED,  Retry.AFTER_FIX,   "订单已关闭或已撤销，未收款",     "Order closed or reversed: no money kept",                  TerminalAction.NONE),
    ("ORDER_REFUNDED",                  "TX1421", Outcome.DECLINED,  Retry.NOT_NEEDED,  "订单已付款后退款",               "Paid, then refunded",                                      TerminalAction.NONE),
    ("PAYER_MISMATCH",                  "TX1422", Outcome.DECLINED,  Retry.AFTER_FIX,   "付款人与订单不符",               "The payer does not match the order",                       TerminalAction.NONE),
    ("PAYMENT_FAILED",                  "TX1423", Outcome.DECLINED,  Retry.AFTER_FIX,   "支付失败",                       "Payment failed",                                           TerminalAction.NONE),
    ("ORDER_NOT_FOUND_YET",             "TX1424", Outcome.UNKNOWN,  Retry.AFTER_QUERY,  "查不到订单，结果未明",           "Order not found (yet): the result is not known",           TerminalAction.QUERY_RESULT),
    ("RESULT_UNKNOWN",                  "TX1425", Outcome.UNKNOWN,  Retry.AFTER_QUERY,  "交易结果未明",                   "Result unknown",                                           TerminalAction.QUERY_RESULT),
    ("REVERSAL_NOT_DONE",               "TX1426", Outcome.ERROR,    Retry.AFTER_FIX,   "撤销或退款未执行，订单状态不变",  "Reverse, cancel or refund not carried out: the order is unchanged", TerminalAction.NONE),
    # NW: terminal-to-host communication
    ("ROUTING_FAILURE",                "NW1501", Outcome.ERROR,    Retry.LATER,       "找不到或无法到达金融机构",       "Institution or network cannot be reached",                 TerminalAction.NONE),
    ("MESSAGE_OUT_OF_SEQUENCE",        "NW1502", Outcome.ERROR,    Retry.AFTER_FIX,   "报文序号错乱",                   "Message number out of sequence",                           TerminalAction.SIGN_ON),
    # BK: issuer and acquirer hosts
    ("REFER_TO_ISSUER",                "BK1601", Outcome.DECLINED, Retry.AFTER_FIX,   "请持卡人与发卡银行联系",         "Refer to card issuer",                                     TerminalAction.NONE),
    ("DO_NOT_HONOUR",                  "BK1602", Outcome.DECLINED, Retry.AFTER_FIX,   "发卡银行不予承兑",               "Do not honour",                                            TerminalAction.NONE),
    ("ISSUER_UNAVAILABLE",             "BK1603", Outcome.ERROR,    Retry.LATER,       "发卡银行暂时无法处理",           "Issuer or switch unavailable",                             TerminalAction.NONE),
    ("ISSUER_ERROR",                   "BK1604", Outcome.ERROR,    Retry.LATER,       "发卡银行处理出错",               "Error at the issuer",                                      TerminalAction.NONE),
    ("ACQUIRER_UNAVAILABLE",           "BK1605", Outcome.ERROR,    Retry.AFTER_FIX,   "收单机构状态异常",               "Acquirer not signed on or not supported",                  TerminalAction.NONE),
    ("CONTACT_ACQUIRER",               "BK1606", Outcome.DECLINED, Retry.AFTER_FIX,   "请与收单行联系",                 "Card acceptor: contact the acquirer",                      TerminalAction.NONE),
    # SY: switch and system
    ("CUTOFF_IN_PROGRESS",             "SY1701", Outcome.ERROR,    Retry.LATER,       "日终处理中",                     "Day-end cut-off in progress",                              TerminalAction.NONE),
    ("SYSTEM_MALFUNCTION",             "SY1702", Outcome.UNKNOWN,  Retry.AFTER_QUERY, "系统异常",                       "System malfunction",                                       TerminalAction.QUERY_RESULT),
    ("SUSPECTED_MALFUNCTION",          "SY1703", Outcome.UNKNOWN,  Retry.AFTER_QUERY, "怀疑系统故障",                   "Suspected malfunction",                                    TerminalAction.QUERY_RESULT),
    ("RATE_LIMITED",                    "SY1704", Outcome.ERROR,    Retry.LATER,       "请求过于频繁",                   "Too many requests",                                        TerminalAction.NONE),
    # TM: terminal, keys and sign-on
    ("TERMINAL_NOT_REGISTERED",        "TM1801", Outcome.ERROR,    Retry.AFTER_FIX,   "终端未登记",                     "Terminal not registered",                                  TerminalAction.CHECK_SETUP),
    ("MAC_ERROR",                      "TM1802", Outcome.ERROR,    Retry.AFTER_FIX,   "MAC校验错",                      "MAC verification failed",                                  TerminalAction.SIGN_ON),
    ("PIN_BLOCK_ERROR",                "TM1803", Outcome.ERROR,    Retry.AFTER_FIX,   "PIN格式错",                      "PIN block format error",                                   TerminalAction.SIGN_ON),
    ("KEY_SYNC_ERROR",                 "TM1804", Outcome.ERROR,    Retry.AFTER_FIX,   "密钥同步错误",                   "Key synchronisation error",                                TerminalAction.SIGN_ON),
    ("SECURITY_PROCESSING_FAILED",     "TM1805", Outcome.ERROR,    Retry.AFTER_FIX,   "安全处理失败",                   "Security processing failed",                               TerminalAction.SIGN_ON),
    ("SIGN_ON_REQUIRED",               "TM1806", Outcome.ERROR,    Retry.AFTER_FIX,   "批次不符，请重新签到",           "Batch mismatch: sign on again",                            TerminalAction.SIGN_ON),
    ("OFFLINE_UPLOAD_MISMATCH",        "TM1807", Outcome.ERROR,    Retry.AFTER_FIX,   "脱机交易对账不平",               "Offline transactions do not reconcile",                    TerminalAction.RECONCILE),
    ("RECONCILIATION_ERROR",           "TM1808", Outcome.ERROR,    Retry.AFTER_FIX,   "对账不平",                       "Reconciliation error",                                     TerminalAction.RECONCILE),
    ("REQUEST_SIGNATURE_INVALID",       "TM1809", Outcome.ERROR,    Retry.AFTER_FIX,   "请求签名验证失败",               "The request's signature did not verify",                   TerminalAction.CHECK_SETUP),
    # MC: merchant
    ("INVALID_MERCHANT",               "MC1901", Outcome.DECLINED, Retry.AFTER_FIX,   "无效商户",                       "Invalid merchant",                                         TerminalAction.CHECK_SETUP),
    ("NOT_PERMITTED_AT_TERMINAL",      "MC1902", Outcome.DECLINED, Retry.AFTER_FIX,   "不允许在本终端进行此交易",       "Transaction not permitted at this terminal",               TerminalAction.CHECK_SETUP),
    ("AGREEMENT_VIOLATION",            "MC1903", Outcome.DECLINED, Retry.NEVER,       "违反业务协议",                   "Violation of business arrangement",                        TerminalAction.NONE),
    ("MERCHANT_NOT_PERMITTED",          "MC1904", Outcome.ERROR,    Retry.AFTER_FIX,   "商户未开通此业务或权限",         "Merchant not enabled for this service",                    TerminalAction.CHECK_SETUP),
    ("MERCHANT_ID_INVALID",             "MC1905", Outcome.ERROR,    Retry.AFTER_FIX,   "商户、应用或终端标识无效",       "Merchant, app or terminal identifier invalid",             TerminalAction.CHECK_SETUP),
    ("MERCHANT_AUTHORISATION_INVALID",  "MC1906", Outcome.ERROR,    Retry.AFTER_FIX,   "授权令牌无效或已过期",           "Authorisation token invalid or expired",                   TerminalAction.CHECK_SETUP),
    ("MERCHANT_SUSPENDED",              "MC1907", Outcome.ERROR,    Retry.AFTER_FIX,   "商户状态异常或暂停收款",         "Merchant account frozen, suspended or not in order",       TerminalAction.CHECK_SETUP),
    # RK: risk and cards to retain
    ("PICK_UP_CARD",                   "RK2001", Outcome.PICK_UP,  Retry.NEVER,       "没收卡",                         "Pick up card",                                             TerminalAction.RETAIN_CARD),
    ("PICK_UP_SPECIAL_CONDITION",      "RK2002", Outcome.PICK_UP,  Retry.NEVER,       "特殊条件下没收卡",               "Pick up card, special condition",                          TerminalAction.RETAIN_CARD),
    ("LOST_CARD",                      "RK2003", Outcome.PICK_UP,  Retry.NEVER,       "挂失卡，没收",                   "Lost card, pick up",                                       TerminalAction.RETAIN_CARD),
    ("STOLEN_CARD",                    "RK2004", Outcome.PICK_UP,  Retry.NEVER,       "被窃卡，没收",                   "Stolen card, pick up",                                     TerminalAction.RETAIN_CARD),
    ("FRAUD_PICK_UP",                  "RK2005", Outcome.PICK_UP,  Retry.NEVER,       "有作弊嫌疑，没收卡",             "Suspected fraud, pick up",                                 TerminalAction.RETAIN_CARD),
    ("EXPIRED_CARD_PICK_UP",           "RK2006", Outcome.PICK_UP,  Retry.NEVER,       "过期卡，没收",                   "Expired card, pick up",                                    TerminalAction.RETAIN_CARD),
    ("RESTRICTED_CARD_PICK_UP",        "RK2007", Outcome.PICK_UP,  Retry.NEVER,       "受限制的卡，没收",               "Restricted card, pick up",                                 TerminalAction.RETAIN_CARD),
    ("CONTACT_ACQUIRER_PICK_UP",       "RK2008", Outcome.PICK_UP,  Retry.NEVER,       "请联系收单行，没收卡",           "Contact the acquirer, pick up card",                       TerminalAction.RETAIN_CARD),
    ("PIN_TRIES_PICK_UP",              "RK2009", Outcome.PICK_UP,  Retry.NEVER,       "密码错误次数超限，没收卡",       "PIN tries exceeded, pick up",                              TerminalAction.RETAIN_CARD),
    ("HARD_CAPTURE",                   "RK2010", Outcome.PICK_UP,  Retry.NEVER,       "强制没收卡",                     "Hard capture: pick up card",                               TerminalAction.RETAIN_CARD),
    ("SUSPECTED_FRAUD",                "RK2011", Outcome.DECLINED, Retry.NEVER,       "有作弊嫌疑",                     "Suspected fraud",                                          TerminalAction.NONE),
    ("SECURITY_VIOLATION",             "RK2012", Outcome.DECLINED, Retry.NEVER,       "违反安全保密规定",               "Security violation",                                       TerminalAction.NONE),
    ("CALL_ACQUIRER_SECURITY",         "RK2013", Outcome.DECLINED, Retry.NEVER,       "请联系收单行安全部门",           "Call the acquirer's security department",                  TerminalAction.NONE),
    ("VIOLATION_OF_LAW",               "RK2014", Outcome.DECLINED, Retry.NEVER,       "交易违法，不能完成",             "Violation of law",                                         TerminalAction.NONE),
    ("PAYMENT_REFUSED_BY_RISK_CONTROL", "RK2015", Outcome.DECLINED,  Retry.NEVER,       "付款被风险控制拒绝",             "Payment refused by risk control",                          TerminalAction.NONE),
)
# fmt: on

DONE = step(
    Actor.CASHIER,
    "交易已完成，终端显示并打印成交金额，将签购单交给顾客。",
    "The payment is done: the terminal shows the amount; hand the customer the receipt.",
)
CHECK_IDENTIFIERS = step(
    Actor.INTEGRATOR,
    "核对商户号、应用ID和终端号的配置。",
    "Check the configured merchant ID, app ID and terminal ID.",
)
RETAIN_AND_STOP = (steps.RETAIN_CARD, steps.NOT_ON_THIS_CARD)
REFUSE_AND_STOP = (steps.ANOTHER_CARD, steps.NOT_ON_THIS_CARD)

# The steps of each code before those its outcome calls for.
# fmt: off
ADVICE: dict[str, tuple[Step, ...]] = {
    "APPROVED": (DONE,),
    "APPROVED_PARTIAL_AMOUNT": (
        step(Actor.CASHIER, "告诉顾客只批准了部分金额，并显示批准金额。", "Tell the customer that only part of the amount was approved, and show that amount."),
        step(Actor.CASHIER, "余额用其他方式收取；顾客不同意时撤销这笔部分批准。", "Collect the rest another way, or void the partial approval if the customer declines."),
        step(Actor.INTEGRATOR, "按批准金额记账，不要按请求金额。", "Book the approved amount, not the requested one."),
    ),
    "APPROVED_WITH_IDENTIFICATION": (
        step(Actor.CASHIER, "核对持卡人身份证件后再完成交易。", "Check the cardholder's identity document before completing the sale."),
    ),
    "APPROVED_VIP": (DONE,),
    "APPROVED_CARD_UPDATE": (DONE,),
    "APPROVED_UNCONFIRMED": (
        step(Actor.CASHIER, "告诉顾客交易已受理，但需向收款银行确认到账。", "Tell the customer the payment was accepted but must be confirmed with the receiving bank."),
        step(Actor.INTEGRATOR, "标记为待确认；不要重新发起，先向银行核实结果。", "Mark it as awaiting confirmation; never resend it, confirm the result with the bank."),
    ),
    "APPROVED_OFFLINE": (DONE,),
    "REQUEST_ACCEPTED": (
        step(Actor.INTEGRATOR, "非资金请求（冲正、文件、管理或通知）已被接受，无需再处理。", "The non-financial request (reversal, file, administrative or advice) was accepted."),
    ),
    "COMPLETED_PARTIALLY": (
        step(Actor.INTEGRATOR, "只有部分处理完成：先查询结果，再决定如何处理剩余部分。", "Only part was carried out: query the result before acting on the rest."),
    ),
    "INSUFFICIENT_BALANCE": (
        step(Actor.CASHIER, "请顾客确认账户余额。", "Ask the customer to check the account balance."),
        step(Actor.CARDHOLDER, "充值后再付，或换一张银行卡。", "Top up the account, or pay with another bank card."),
        step(Actor.CASHIER, "建议顾客改用其他付款方式。", "Suggest another payment method."),
    ),
    "INVALID_CARD": (
        step(Actor.CASHIER, "核对卡号、有效期和安全码是否输入正确。", "Check the card number, expiry date and security code."),
        step(Actor.CARDHOLDER, "卡片已过期需要换新卡；仍然失败请联系发卡银行。", "An expired card must be replaced; if it still fails, contact the issuing bank."),
    ),
    "CARD_NOT_FOUND": (
        step(Actor.CASHIER, "检查卡号是否输错，或重新刷卡、插卡。", "Check the card number for typing errors, or read the card again."),
        step(Actor.CARDHOLDER, "确认卡片在有效期内、未注销或损坏，并支持本终端；否则联系发卡银行。", "Make sure the card is valid, not cancelled or damaged, and accepted here; otherwise contact the issuing bank."),
    ),
    "TRANSACTION_FAILED": (
        step(Actor.CASHIER, "检查网络是否稳定（重启路由器、调整网络设置）。", "Check that the network is stable (restart the router, adjust the network settings)."),
        step(Actor.OPERATIONS, "确认银行服务器正常，必要时联系银行客服。", "Confirm that the bank's server is working, and contact the bank's support if needed."),
        step(Actor.CASHIER, "网络正常后再重试。", "Retry once the network is good."),
    ),
    "NETWORK_FAILURE": (
        step(Actor.CASHIER, "检查终端的网络或电话线连接，恢复后再试。", "Check the terminal's network or line connection, and retry once it is back."),
        step(Actor.INTEGRATOR, "连接没有建立，报文未送达，可以在恢复后重试。", "No connection was made and nothing reached the host, so a retry is safe once it is back."),
    ),
    "BANK_TIMEOUT": (
        steps.QUERY_FIRST,
        steps.QUERY_OR_REVERSE,
    ),
    "SYSTEM_MAINTENANCE": (
        step(Actor.CASHIER, "维护期间暂停收款，维护结束后再试。", "Take no card payments until the maintenance ends, then try again."),
    ),
    "AMOUNT_LIMIT_EXCEEDED": (
        step(Actor.CARDHOLDER, "降低金额、分笔支付或换一张卡。", "Lower the amount, split the payment or use another card."),
    ),
    "FREQUENCY_LIMIT_EXCEEDED": (
        step(Actor.CARDHOLDER, "今天的次数已用完，请换卡或改日再试。", "Today's count is used up: use another card or try another day."),
    ),
    "INVALID_AMOUNT": (
        step(Actor.CASHIER, "核对输入的金额（不能为零或超出限额）。", "Check the amount entered (not zero, not above the limit)."),
        steps.CHECK_REQUEST,
    ),
    "UNACCEPTABLE_FEE": (steps.CHECK_SETUP,),
    "PASSBOOK_LIMIT_EXCEEDED": (
        step(Actor.CARDHOLDER, "请到银行补登存折后再使用。", "Have the passbook updated at the bank, then pay again."),
    ),
    "EXPIRED_CARD": (
        step(Actor.CASHIER, "核对卡片有效期是否读取或输入正确。", "Check that the expiry date was read or typed correctly."),
        step(Actor.CARDHOLDER, "卡片已过期，请使用新卡或其他付款方式。", "The card has expired: use the new card or another payment method."),
    ),
    "CARD_NOT_ACTIVE": (
        step(Actor.CARDHOLDER, "请联系发卡银行激活卡片或修改初始密码。", "Ask the issuing bank to activate the card or to change its initial PIN."),
        steps.ANOTHER_CARD,
    ),
    "RESTRICTED_CARD": (
        steps.ANOTHER_CARD,
        steps.CONTACT_ISSUER,
    ),
    "ISSUER_NOT_SUPPORTED": (
        step(Actor.CASHIER, "本终端不能受理这张卡，请顾客换卡。", "This terminal cannot accept the card: ask for another card."),
    ),
    "ACCOUNT_NOT_FOUND": (
        step(Actor.CASHIER, "确认选择的账户类型，并重新读卡。", "Check the account type selected, and read the card again."),
        steps.CONTACT_ISSUER,
    ),
    "NOT_PERMITTED_TO_CARDHOLDER": (
        steps.ANOTHER_CARD,
        steps.CONTACT_ISSUER,
    ),
    "CHIP_REQUIRED": (
        step(Actor.CASHIER, "请插入芯片读卡，不要刷磁条。", "Insert the card and read the chip instead of swiping the stripe."),
    ),
    "CARD_VERIFICATION_FAILED": (
        step(Actor.CASHIER, "重新读卡；手工输入时核对卡片安全码。", "Read the card again; for a keyed sale, check the card security code."),
        step(Actor.INTEGRATOR, "卡片校验值（CVN）未通过；不要向持卡人透露具体原因。", "The card verification value (CVN) failed; do not tell the cardholder which check failed."),
    ),
    "CONTACT_DETAILS_MISSING": (
        step(Actor.CARDHOLDER, "请到发卡银行登记手机号后再使用。", "Register a mobile number with the issuing bank, then pay again."),
    ),
    "OFFLINE_DECLINED": (steps.ANOTHER_CARD,),
    "INCORRECT_PIN": (
        step(Actor.CARDHOLDER, "请重新输入正确的密码；多次输错会锁卡。", "Enter the PIN again carefully; too many wrong tries lock the card."),
    ),
    "PIN_TRIES_EXCEEDED": (
        step(Actor.CARDHOLDER, "密码已锁定，请联系发卡银行解锁，或换一张卡。", "The PIN is locked: ask the issuing bank to unlock it, or use another card."),
    ),
    "PIN_REQUIRED": (
        step(Actor.CASHIER, "请持卡人输入密码后重新交易。", "Ask the cardholder to enter the PIN, then run the sale again."),
    ),
    "CARDHOLDER_VERIFICATION_FAILED": (
        step(Actor.CASHIER, "核对持卡人提供的身份信息和卡片信息后重试。", "Check the identity and card details the cardholder gave, then try again."),
        steps.CONTACT_ISSUER,
    ),
    "INVALID_TRANSACTION": (
        step(Actor.CASHIER, "确认交易类型正确（例如撤销的原交易须已成功）。", "Check the transaction type (a void needs an approved original, for example)."),
        steps.CHECK_REQUEST,
    ),
    "ORIGINAL_NOT_FOUND": (
        step(Actor.CASHIER, "核对原交易的凭证号、参考号和日期。", "Check the original's voucher number, reference number and date."),
    ),
    "ORIGINAL_AMOUNT_MISMATCH": (
        step(Actor.CASHIER, "按原交易金额重新输入。", "Enter the amount of the original transaction."),
    ),
    "DUPLICATE_TRANSACTION": (
        steps.QUERY_FIRST,
        step(Actor.INTEGRATOR, "检查流水号是否重复使用；查询原交易结果后再决定。", "Check for a reused trace number, and query the first attempt before acting."),
    ),
    "FORMAT_ERROR": (
        steps.CHECK_REQUEST,
        step(Actor.OPERATIONS, "反复出现时联系终端厂商或收单机构。", "If it recurs, contact the terminal vendor or the acquirer."),
    ),
    "FUNCTION_NOT_SUPPORTED": (
        steps.ANOTHER_CARD,
        steps.CHECK_SETUP,
    ),
    "RE_ENTER_TRANSACTION": (
        step(Actor.CASHIER, "重新读卡并再次发起交易。", "Read the card again and repeat the transaction."),
    ),
    "REQUEST_IN_PROGRESS": (
        steps.QUERY_FIRST,
        steps.QUERY_OR_REVERSE,
    ),
    "CANCELLED_BY_CUSTOMER": (
        step(Actor.CASHIER, "交易已被取消，如顾客仍要付款请重新开始。", "The payment was cancelled; start a new one only if the customer still wants to pay."),
    ),
    "CUSTOMER_DISPUTE": (
        step(Actor.OPERATIONS, "按争议处理流程跟进，不要重新收款。", "Follow the dispute procedure; do not charge again."),
    ),
    "INVALID_RESPONSE": (
        steps.QUERY_FIRST,
        steps.QUERY_OR_REVERSE,
    ),
    "NO_ACTION_TAKEN": (
        steps.CHECK_REQUEST,
        steps.CONTACT_ISSUER,
    ),
    "CURRENCY_MISMATCH": (steps.CHECK_REQUEST,),
    "NO_BILL_DUE": (
        step(Actor.CASHIER, "没有需要缴纳的费用，无需付款。", "There is nothing to pay."),
    ),
    "RELATED_TRANSACTION_ERROR": (
        step(Actor.CASHIER, "确认原交易状态和日期（例如已冲正的交易不能撤销）。", "Check the original's state and date (a reversed sale cannot be voided, for example)."),
    ),
    "FILE_ACTION_FAILED": (
        step(Actor.OPERATIONS, "检查文件内容和传输参数后重新提交。", "Check the file's contents and transfer settings, then submit it again."),
    ),
    "DOCUMENT_NOT_AVAILABLE": (
        step(Actor.OPERATIONS, "按调单流程回复，并保留已有凭证。", "Answer under the retrieval procedure and keep the evidence you have."),
    ),
    "ROUTING_FAILURE": (
        steps.RETRY_LATER,
        steps.RETRY_LATER_INTEGRATOR,
    ),
    "MESSAGE_OUT_OF_SEQUENCE": (
        steps.SIGN_ON,
        steps.CHECK_REQUEST,
    ),
    "REFER_TO_ISSUER": (
        steps.CONTACT_ISSUER,
        steps.ANOTHER_CARD,
    ),
    "DO_NOT_HONOUR": (
        steps.CONTACT_ISSUER,
        steps.ANOTHER_CARD,
        step(Actor.INTEGRATOR, "这是发卡行的通用拒绝：不要自动重试。", "A generic refusal by the issuer: do not retry automatically."),
    ),
    "ISSUER_UNAVAILABLE": (
        steps.RETRY_LATER,
        steps.RETRY_LATER_INTEGRATOR,
    ),
    "ISSUER_ERROR": (
        steps.RETRY_LATER,
        steps.CONTACT_ISSUER,
    ),
    "ACQUIRER_UNAVAILABLE": (
        step(Actor.OPERATIONS, "联系收单机构确认其与交换中心的连接和签到状态。", "Ask the acquirer to check its connection and sign-on with the switch."),
    ),
    "CONTACT_ACQUIRER": (
        step(Actor.CASHIER, "暂停此交易并联系收单行。", "Hold this sale and call the acquirer."),
    ),
    "CUTOFF_IN_PROGRESS": (
        step(Actor.CASHIER, "系统正在日切，几分钟后再试。", "The day-end switch-over is running: try again in a few minutes."),
        steps.RETRY_LATER_INTEGRATOR,
    ),
    "SYSTEM_MALFUNCTION": (
        steps.QUERY_FIRST,
        steps.QUERY_OR_REVERSE,
    ),
    "SUSPECTED_MALFUNCTION": (
        steps.QUERY_FIRST,
        steps.QUERY_OR_REVERSE,
    ),
    "TERMINAL_NOT_REGISTERED": (steps.CHECK_SETUP,),
    "MAC_ERROR": (
        steps.SIGN_ON,
        steps.SIGN_ON_INTEGRATOR,
    ),
    "PIN_BLOCK_ERROR": (
        steps.SIGN_ON,
        steps.SIGN_ON_INTEGRATOR,
    ),
    "KEY_SYNC_ERROR": (
        steps.SIGN_ON,
        steps.SIGN_ON_INTEGRATOR,
    ),
    "SECURITY_PROCESSING_FAILED": (
        steps.SIGN_ON,
        steps.SIGN_ON_INTEGRATOR,
    ),
    "SIGN_ON_REQUIRED": (steps.SIGN_ON,),
    "OFFLINE_UPLOAD_MISMATCH": (
        step(Actor.CASHIER, "在终端上重新上送脱机交易。", "Upload the offline transactions from the terminal again."),
        steps.RECONCILE,
    ),
    "RECONCILIATION_ERROR": (steps.RECONCILE,),
    "INVALID_MERCHANT": (steps.CHECK_SETUP,),
    "NOT_PERMITTED_AT_TERMINAL": (
        steps.ANOTHER_CARD,
        steps.CHECK_SETUP,
    ),
    "AGREEMENT_VIOLATION": (steps.CHECK_SETUP,),
    "PICK_UP_CARD": RETAIN_AND_STOP,
    "PICK_UP_SPECIAL_CONDITION": RETAIN_AND_STOP,
    "LOST_CARD": RETAIN_AND_STOP,
    "STOLEN_CARD": RETAIN_AND_STOP,
    "FRAUD_PICK_UP": RETAIN_AND_STOP,
    "PAID_BY_EARLIER_ATTEMPT": (
        step(Actor.CASHIER, "不要再次收款：先查询订单，确认先前的付款属于本订单、本顾客且金额一致，再交付商品。", "Do not charge again: query the order and confirm that the earlier payment belongs to this order and this customer, for this amount, before handing over the goods."),
        step(Actor.INTEGRATOR, "按查询结果记账；对不上时不交付，交由人工处理。", "Book what the query shows; if it does not match, hand nothing over and pass it to a person."),
    ),
    "PAID_PARTLY_REFUNDED": (
        step(Actor.CASHIER, "订单已付款，其中一部分已退回顾客：按实收金额处理。", "The order was paid and part of it has been refunded: go by the amount kept."),
        step(Actor.INTEGRATOR, "按扣除退款后的金额记账。", "Book the amount net of the refund."),
    ),
    "MERCHANT_RECEIVING_LIMIT": (
        step(Actor.CASHIER, "商户收款额度已用完：请顾客改用其他方式付款。", "The merchant's receiving limit is reached: ask the customer to pay another way."),
        step(Actor.OPERATIONS, "联系收单机构或支付机构调整收款额度。", "Ask the acquirer or the payment provider to adjust the limit."),
    ),
    "PAYMENT_CODE_INVALID": (
        step(Actor.CASHIER, "请顾客刷新付款码后重新扫描；每个付款码只能用一次。", "Ask the customer to refresh the payment code, then scan the new one: each code works once."),
        step(Actor.CARDHOLDER, "请刷新付款码后重新出示。", "Please refresh your payment code and show it again."),
    ),
    "PAYER_ACCOUNT_RESTRICTED": (
        step(Actor.CASHIER, "请顾客换一种付款方式。", "Ask the customer to pay another way."),
        step(Actor.CARDHOLDER, "请在钱包里检查账户状态或付款设置，或换一种付款方式。", "Check your account or payment settings in the wallet, or pay another way."),
    ),
    "WAITING_FOR_PAYER": (
        step(Actor.CASHIER, "请顾客在手机上确认付款；不要重新扫码，也不要再次收款。", "Ask the customer to confirm the payment on their phone; do not scan again and do not charge again."),
        step(Actor.INTEGRATOR, "按 follow_up 查询同一订单，到期仍未付款则撤销该订单；不得用新订单号重新收款。", "Query the same order on the follow_up schedule and reverse it if still unpaid at the deadline; never charge under a new order number meanwhile."),
    ),
    "ACCEPTED_RESULT_PENDING": (
        step(Actor.CASHIER, "请求已受理，结果尚未确定：等待查询结果，不要再次收款。", "The request was accepted but the result is not known: wait for the query and do not charge again."),
        step(Actor.INTEGRATOR, "等待异步通知或查询原交易，以查询结果为准。", "Wait for the notification or query the original, and go by the query."),
    ),
    "ORDER_CLOSED": (
        step(Actor.CASHIER, "订单已关闭或已撤销，没有收到款：如仍要付款，请重新收款。", "The order is closed or reversed and no money was kept: start a new sale if the customer still wants to pay."),
        step(Actor.INTEGRATOR, "重新收款时使用新的商户订单号。", "Charge again only under a new merchant order number."),
    ),
    "ORDER_REFUNDED": (
        step(Actor.CASHIER, "这笔订单曾经付款，但款项已退回顾客：不要按已付款交付商品。", "This order was paid once, but the money went back to the customer: do not hand over goods as if it were paid."),
    ),
    "PAYER_MISMATCH": (
        step(Actor.CASHIER, "付款人与订单不符：请原付款人付款，或重新下单。", "The payer does not match the order: have the original payer pay, or start a new sale."),
    ),
    "PAYMENT_FAILED": (
        step(Actor.CASHIER, "付款未成功，请顾客换一种付款方式。", "The payment did not go through: ask the customer to pay another way."),
    ),
    "ORDER_NOT_FOUND_YET": (
        step(Actor.CASHIER, "暂时查不到这笔订单，结果未明：不要再次收款，等待再次查询。", "The order cannot be found yet and the result is unknown: do not charge again; wait for the next query."),
        step(Actor.INTEGRATOR, "刚发起付款后查不到订单并不代表失败：继续按 follow_up 查询，到期后撤销。", "Right after a payment, an order not found is not yet a failure: keep querying on the follow_up schedule, then reverse."),
    ),
    "RESULT_UNKNOWN": (
        step(Actor.CASHIER, "付款结果未明：结果明确前不要再次收款，也不要交付商品。", "The result is unknown: neither charge again nor hand over the goods until it is known."),
        step(Actor.INTEGRATOR, "用同一订单号查询原交易，按 follow_up 处理。", "Query the original under the same order number and follow its follow_up."),
    ),
    "REVERSAL_NOT_DONE": (
        step(Actor.CASHIER, "撤销或退款没有执行，订单保持原状态：请管理人员处理。", "The reverse, cancel or refund was not carried out and the order is unchanged: call a supervisor."),
        step(Actor.INTEGRATOR, "先查询订单状态；已付款的改用退款接口。", "Query the order first; refund a paid order through the refund API instead."),
    ),
    "REQUEST_SIGNATURE_INVALID": (
        CHECK_IDENTIFIERS,
        step(Actor.INTEGRATOR, "检查签名算法、密钥和证书是否与支付机构登记的一致。", "Check that the signing algorithm, key and certificate match what the provider has on record."),
    ),
    "MERCHANT_NOT_PERMITTED": (
        CHECK_IDENTIFIERS,
        step(Actor.OPERATIONS, "向支付机构申请开通这项业务或权限。", "Ask the payment provider to enable this service or permission."),
    ),
    "MERCHANT_ID_INVALID": (
        CHECK_IDENTIFIERS,
    ),
    "MERCHANT_AUTHORISATION_INVALID": (
        CHECK_IDENTIFIERS,
        step(Actor.INTEGRATOR, "重新获取或续期授权令牌。", "Obtain or renew the authorisation token."),
    ),
    "MERCHANT_SUSPENDED": (
        CHECK_IDENTIFIERS,
        step(Actor.OPERATIONS, "联系支付机构核实商户账户状态。", "Ask the payment provider about the merchant account's status."),
    ),
    "RATE_LIMITED": (
        step(Actor.INTEGRATOR, "降低调用频率，间隔一段时间后再试；付款的查询流程照常进行。", "Slow down and try again after a pause; the query loop of a payment goes on."),
    ),
    "PAYMENT_REFUSED_BY_RISK_CONTROL": (
        step(Actor.CASHIER, "本次付款被拒绝：请顾客换一种付款方式，不要说明原因。", "The payment was refused: ask the customer to pay another way, without giving a reason."),
    ),
    "EXPIRED_CARD_PICK_UP": RETAIN_AND_STOP,
    "RESTRICTED_CARD_PICK_UP": RETAIN_AND_STOP,
    "CONTACT_ACQUIRER_PICK_UP": RETAIN_AND_STOP,
    "PIN_TRIES_PICK_UP": RETAIN_AND_STOP,
    "HARD_CAPTURE": RETAIN_AND_STOP,
    "SUSPECTED_FRAUD": REFUSE_AND_STOP,
    "SECURITY_VIOLATION": REFUSE_AND_STOP,
    "CALL_ACQUIRER_SECURITY": REFUSE_AND_STOP,
    "VIOLATION_OF_LAW": REFUSE_AND_STOP,
}
# fmt: on

# Shown to the cardholder while nobody knows whether the money moved.
PENDING = Text(
    "付款结果正在确认，请勿重复付款。",
    "The payment result is being checked. Please do not pay again yet.",
)
# Shown to the cardholder instead of a reason that is withheld.
NEUTRAL = Text(
    "此卡暂时无法使用，请联系发卡银行。",
    "This card cannot be used for this payment. Please contact your bank.",
)
# Shown to the cardholder when the terminal's own keys or set-up are at fault.
TERMINAL_FAULT = Text(
    "终端暂时无法完成付款，请稍候或改用其他付款方式。",
    "The terminal could not complete the payment. Please wait or pay another way.",
)
# Shown to the payer of a wallet payment refused by risk control.
PAYMENT_REFUSED = Text(
    "本次付款未能完成，请换一种付款方式。",
    "This payment could not be completed. Please pay another way.",
)
CARDHOLDER: dict[str, Text] = {
    "PAYMENT_REFUSED_BY_RISK_CONTROL": PAYMENT_REFUSED,
    "CARD_VERIFICATION_FAILED": NEUTRAL,
    "CONTACT_ACQUIRER": NEUTRAL,
    "MAC_ERROR": TERMINAL_FAULT,
    "PIN_BLOCK_ERROR": TERMINAL_FAULT,
    "KEY_SYNC_ERROR": TERMINAL_FAULT,
    "SECURITY_PROCESSING_FAILED": TERMINAL_FAULT,
}


def _cardholder(name: str, code: str, outcome: Outcome) -> Text | None:
    if name in CARDHOLDER:
        return CARDHOLDER[name]
    if outcome is Outcome.UNKNOWN:
        return PENDING
    return NEUTRAL if withholds_reason(outcome, Category(code[:2])) else None


def _native(
    name: str,
    code: str,
    outcome: Outcome,
    retry: Retry,
    zh: str,
    en: str,
    action: TerminalAction,
) -> ReturnCode:
    """The record of one row of the table."""
    return ReturnCode(
        code,
        Scheme.POSRC,
        outcome,
        retry,
        meaning=Text(zh, en),
        name=name,
        cardholder=_cardholder(name, code, outcome),
        terminal_action=action,
        advice=Advice((*ADVICE[name], *steps.closing_steps(outcome, retry, code))),
    )


BY_NAME: dict[str, ReturnCode] = {row[0]: _native(*row) for row in TABLE}
NATIVE_CODES: tuple[ReturnCode, ...] = tuple(BY_NAME.values())

# Each code by name, for the scheme tables: native.INSUFFICIENT_BALANCE (in the table's order).
(
    APPROVED,
    APPROVED_PARTIAL_AMOUNT,
    APPROVED_WITH_IDENTIFICATION,
    APPROVED_VIP,
    APPROVED_CARD_UPDATE,
    APPROVED_UNCONFIRMED,
    APPROVED_OFFLINE,
    REQUEST_ACCEPTED,
    COMPLETED_PARTIALLY,
    PAID_BY_EARLIER_ATTEMPT,
    PAID_PARTLY_REFUNDED,
    INSUFFICIENT_BALANCE,
    INVALID_CARD,
    CARD_NOT_FOUND,
    TRANSACTION_FAILED,
    NETWORK_FAILURE,
    BANK_TIMEOUT,
    SYSTEM_MAINTENANCE,
    AMOUNT_LIMIT_EXCEEDED,
    FREQUENCY_LIMIT_EXCEEDED,
    INVALID_AMOUNT,
    UNACCEPTABLE_FEE,
    PASSBOOK_LIMIT_EXCEEDED,
    MERCHANT_RECEIVING_LIMIT,
    EXPIRED_CARD,
    CARD_NOT_ACTIVE,
    RESTRICTED_CARD,
    ISSUER_NOT_SUPPORTED,
    ACCOUNT_NOT_FOUND,
    NOT_PERMITTED_TO_CARDHOLDER,
    CHIP_REQUIRED,
    CARD_VERIFICATION_FAILED,
    CONTACT_DETAILS_MISSING,
    OFFLINE_DECLINED,
    PAYMENT_CODE_INVALID,
    PAYER_ACCOUNT_RESTRICTED,
    INCORRECT_PIN,
    PIN_TRIES_EXCEEDED,
    PIN_REQUIRED,
    CARDHOLDER_VERIFICATION_FAILED,
    INVALID_TRANSACTION,
    ORIGINAL_NOT_FOUND,
    ORIGINAL_AMOUNT_MISMATCH,
    DUPLICATE_TRANSACTION,
    FORMAT_ERROR,
    FUNCTION_NOT_SUPPORTED,
    RE_ENTER_TRANSACTION,
    REQUEST_IN_PROGRESS,
    CANCELLED_BY_CUSTOMER,
    CUSTOMER_DISPUTE,
    INVALID_RESPONSE,
    NO_ACTION_TAKEN,
    CURRENCY_MISMATCH,
    NO_BILL_DUE,
    RELATED_TRANSACTION_ERROR,
    FILE_ACTION_FAILED,
    DOCUMENT_NOT_AVAILABLE,
    WAITING_FOR_PAYER,
    ACCEPTED_RESULT_PENDING,
    ORDER_CLOSED,
    ORDER_REFUNDED,
    PAYER_MISMATCH,
    PAYMENT_FAILED,
    ORDER_NOT_FOUND_YET,
    RESULT_UNKNOWN,
    REVERSAL_NOT_DONE,
    ROUTING_FAILURE,
    MESSAGE_OUT_OF_SEQUENCE,
    REFER_TO_ISSUER,
    DO_NOT_HONOUR,
    ISSUER_UNAVAILABLE,
    ISSUER_ERROR,
    ACQUIRER_UNAVAILABLE,
    CONTACT_ACQUIRER,
    CUTOFF_IN_PROGRESS,
    SYSTEM_MALFUNCTION,
    SUSPECTED_MALFUNCTION,
    RATE_LIMITED,
    TERMINAL_NOT_REGISTERED,
    MAC_ERROR,
    PIN_BLOCK_ERROR,
    KEY_SYNC_ERROR,
    SECURITY_PROCESSING_FAILED,
    SIGN_ON_REQUIRED,
    OFFLINE_UPLOAD_MISMATCH,
    RECONCILIATION_ERROR,
    REQUEST_SIGNATURE_INVALID,
    INVALID_MERCHANT,
    NOT_PERMITTED_AT_TERMINAL,
    AGREEMENT_VIOLATION,
    MERCHANT_NOT_PERMITTED,
    MERCHANT_ID_INVALID,
    MERCHANT_AUTHORISATION_INVALID,
    MERCHANT_SUSPENDED,
    PICK_UP_CARD,
    PICK_UP_SPECIAL_CONDITION,
    LOST_CARD,
    STOLEN_CARD,
    FRAUD_PICK_UP,
    EXPIRED_CARD_PICK_UP,
    RESTRICTED_CARD_PICK_UP,
    CONTACT_ACQUIRER_PICK_UP,
    PIN_TRIES_PICK_UP,
    HARD_CAPTURE,
    SUSPECTED_FRAUD,
    SECURITY_VIOLATION,
    CALL_ACQUIRER_SECURITY,
    VIOLATION_OF_LAW,
    PAYMENT_REFUSED_BY_RISK_CONTROL,
) = NATIVE_CODES

# Given for input that is unknown or malformed; not a code of its own.
UNKNOWN_MEANING = Text("未知应答码", "Unknown response code")
UNKNOWN_ADVICE = Advice(
    (
        steps.QUERY_FIRST,
        step(
            Actor.CASHIER,
            "确认未扣款后，可以再试一次。",
            "Once sure no money was taken, try once more.",
        ),
        step(
            Actor.OPERATIONS,
            "检查终端硬件（键盘、显示屏）和软件版本是否需要更新。",
            "Check the terminal's hardware (keypad, display) and whether its software needs an update.",
        ),
        step(
            Actor.OPERATIONS,
            "联系POS厂商或支付平台客服。",
            "Contact the POS vendor or the payment platform's support.",
        ),
        steps.QUERY_OR_REVERSE,
        *steps.closing_steps(Outcome.UNKNOWN, Retry.AFTER_QUERY),
    )
)
