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
"""

from __future__ import annotations

from posrc._data import steps as s
from posrc._data.shorthand import FIX, LATER, NEVER, NOT_NEEDED, NOW, QUERY, A, D, E, K, P, U
from posrc._enums import Outcome, Retry, Scheme, TerminalAction
from posrc._model import Advice, ReturnCode, Step
from posrc._text import Text

Act = TerminalAction

# Shown to the cardholder instead of a risk reason.
NEUTRAL = Text(
    "此卡暂时无法使用，请联系发卡银行。",
    "This card cannot be used for this payment. Please contact your bank.",
)

# Shown to the cardholder while nobody knows whether the money moved.
PENDING = Text(
    "付款结果正在确认，请勿重复付款。",
    "The payment result is being checked. Please do not pay again yet.",
)

# Shown to the cardholder when the terminal's own keys or set-up are at fault.
TERMINAL_FAULT = Text(
    "终端暂时无法完成付款，请稍候或改用其他付款方式。",
    "The terminal could not complete the payment. Please wait or pay another way.",
)


def _native(
    name: str,
    code: str,
    outcome: Outcome,
    retry: Retry,
    zh: str,
    en: str,
    *steps: Step,
    action: TerminalAction = TerminalAction.NONE,
    cardholder: Text | None = None,
) -> ReturnCode:
    if outcome not in (A, P):
        steps = (*steps, s.TELL_CUSTOMER, s.KEEP_RECORDS)
    return ReturnCode(
        code,
        Scheme.POSRC,
        outcome,
        retry,
        meaning=Text(zh, en),
        name=name,
        cardholder=cardholder,
        terminal_action=action,
        advice=Advice(steps),
    )


DONE = s.step(
    s.CASHIER,
    "交易已完成，终端显示并打印成交金额，将签购单交给顾客。",
    "The payment is done: the terminal shows the amount; hand the customer the receipt.",
)

NATIVE_CODES: tuple[ReturnCode, ...] = (
    # OK: approvals and accepted requests
    _native("APPROVED", "OK0000", A, NOT_NEEDED, "交易成功", "Approved", DONE),
    _native(
        "APPROVED_PARTIAL_AMOUNT",
        "OK0001",
        P,
        NOT_NEEDED,
        "部分金额批准",
        "Approved for a partial amount",
        s.step(
            s.CASHIER,
            "告诉顾客只批准了部分金额，并显示批准金额。",
            "Tell the customer that only part of the amount was approved, and show that amount.",
        ),
        s.step(
            s.CASHIER,
            "余额用其他方式收取；顾客不同意时撤销这笔部分批准。",
            "Collect the rest another way, or void the partial approval if the customer declines.",
        ),
        s.step(
            s.INTEGRATOR,
            "按批准金额记账，不要按请求金额。",
            "Book the approved amount, not the requested one.",
        ),
        action=Act.SHOW_PARTIAL_AMOUNT,
    ),
    _native(
        "APPROVED_WITH_IDENTIFICATION",
        "OK0002",
        P,
        NOT_NEEDED,
        "凭身份证明承兑",
        "Honour with identification",
        s.step(
            s.CASHIER,
            "核对持卡人身份证件后再完成交易。",
            "Check the cardholder's identity document before completing the sale.",
        ),
        action=Act.CHECK_IDENTITY,
    ),
    _native("APPROVED_VIP", "OK0003", A, NOT_NEEDED, "交易成功（VIP客户）", "Approved (VIP)", DONE),
    _native(
        "APPROVED_CARD_UPDATE",
        "OK0004",
        A,
        NOT_NEEDED,
        "交易成功，更新卡片数据",
        "Approved, card data to be updated",
        DONE,
    ),
    _native(
        "APPROVED_UNCONFIRMED",
        "OK0005",
        P,
        QUERY,
        "交易成功，需向银行确认",
        "Approved, to be confirmed with the bank",
        s.step(
            s.CASHIER,
            "告诉顾客交易已受理，但需向收款银行确认到账。",
            "Tell the customer the payment was accepted but must be confirmed with the receiving bank.",
        ),
        s.step(
            s.INTEGRATOR,
            "标记为待确认；不要重新发起，先向银行核实结果。",
            "Mark it as awaiting confirmation; never resend it, confirm the result with the bank.",
        ),
        action=Act.CONFIRM_WITH_BANK,
    ),
    _native("APPROVED_OFFLINE", "OK0006", A, NOT_NEEDED, "脱机批准", "Approved offline", DONE),
    _native(
        "REQUEST_ACCEPTED",
        "OK0007",
        A,
        NOT_NEEDED,
        "请求已受理",
        "Request accepted",
        s.step(
            s.INTEGRATOR,
            "非资金请求（冲正、文件、管理或通知）已被接受，无需再处理。",
            "The non-financial request (reversal, file, administrative or advice) was accepted.",
        ),
    ),
    _native(
        "COMPLETED_PARTIALLY",
        "OK0008",
        P,
        QUERY,
        "部分完成",
        "Completed partially",
        s.step(
            s.INTEGRATOR,
            "只有部分处理完成：先查询结果，再决定如何处理剩余部分。",
            "Only part was carried out: query the result before acting on the rest.",
        ),
        action=Act.QUERY_RESULT,
    ),
    # The original posrc listing
    _native(
        "INSUFFICIENT_BALANCE",
        "BL1001",
        D,
        FIX,
        "余额不足",
        "Insufficient balance",
        s.step(s.CASHIER, "请顾客确认账户余额。", "Ask the customer to check the account balance."),
        s.step(
            s.CARDHOLDER,
            "充值后再付，或换一张银行卡。",
            "Top up the account, or pay with another bank card.",
        ),
        s.step(s.CASHIER, "建议顾客改用其他付款方式。", "Suggest another payment method."),
    ),
    _native(
        "INVALID_CARD",
        "CD1002",
        D,
        FIX,
        "信用卡无效",
        "Invalid card",
        s.step(
            s.CASHIER,
            "核对卡号、有效期和安全码是否输入正确。",
            "Check the card number, expiry date and security code.",
        ),
        s.step(
            s.CARDHOLDER,
            "卡片已过期需要换新卡；仍然失败请联系发卡银行。",
            "An expired card must be replaced; if it still fails, contact the issuing bank.",
        ),
    ),
    _native(
        "CARD_NOT_FOUND",
        "CD1003",
        D,
        FIX,
        "卡号不存在",
        "Card number does not exist",
        s.step(
            s.CASHIER,
            "检查卡号是否输错，或重新刷卡、插卡。",
            "Check the card number for typing errors, or read the card again.",
        ),
        s.step(
            s.CARDHOLDER,
            "确认卡片在有效期内、未注销或损坏，并支持本终端；否则联系发卡银行。",
            "Make sure the card is valid, not cancelled or damaged, and accepted here; "
            "otherwise contact the issuing bank.",
        ),
    ),
    _native(
        "TRANSACTION_FAILED",
        "TX1004",
        E,
        LATER,
        "交易失败",
        "Transaction failed",
        s.step(
            s.CASHIER,
            "检查网络是否稳定（重启路由器、调整网络设置）。",
            "Check that the network is stable (restart the router, adjust the network settings).",
        ),
        s.step(
            s.OPERATIONS,
            "确认银行服务器正常，必要时联系银行客服。",
            "Confirm that the bank's server is working, and contact the bank's support if needed.",
        ),
        s.step(s.CASHIER, "网络正常后再重试。", "Retry once the network is good."),
    ),
    _native(
        "NETWORK_FAILURE",
        "NW1005",
        E,
        LATER,
        "网络连接失败",
        "Network connection failed",
        s.step(
            s.CASHIER,
            "检查终端的网络或电话线连接，恢复后再试。",
            "Check the terminal's network or line connection, and retry once it is back.",
        ),
        s.step(
            s.INTEGRATOR,
            "连接没有建立，报文未送达，可以在恢复后重试。",
            "No connection was made and nothing reached the host, so a retry is safe once it is back.",
        ),
    ),
    _native(
        "BANK_TIMEOUT",
        "BK1006",
        U,
        QUERY,
        "银行服务器超时",
        "Bank server timed out",
        s.QUERY_FIRST,
        s.QUERY_OR_REVERSE,
        action=Act.QUERY_RESULT,
        cardholder=PENDING,
    ),
    _native(
        "SYSTEM_MAINTENANCE",
        "SY1007",
        E,
        LATER,
        "系统维护",
        "System under maintenance",
        s.step(
            s.CASHIER,
            "维护期间暂停收款，维护结束后再试。",
            "Take no card payments until the maintenance ends, then try again.",
        ),
    ),
    # BL: balance, amount and count limits
    _native(
        "AMOUNT_LIMIT_EXCEEDED",
        "BL1101",
        D,
        FIX,
        "超出金额限制",
        "Amount limit exceeded",
        s.step(
            s.CARDHOLDER,
            "降低金额、分笔支付或换一张卡。",
            "Lower the amount, split the payment or use another card.",
        ),
    ),
    _native(
        "FREQUENCY_LIMIT_EXCEEDED",
        "BL1102",
        D,
        LATER,
        "超出交易次数限制",
        "Transaction count limit exceeded",
        s.step(
            s.CARDHOLDER,
            "今天的次数已用完，请换卡或改日再试。",
            "Today's count is used up: use another card or try another day.",
        ),
    ),
    _native(
        "INVALID_AMOUNT",
        "BL1103",
        D,
        FIX,
        "无效金额",
        "Invalid amount",
        s.step(
            s.CASHIER,
            "核对输入的金额（不能为零或超出限额）。",
            "Check the amount entered (not zero, not above the limit).",
        ),
        s.CHECK_REQUEST,
    ),
    _native(
        "UNACCEPTABLE_FEE",
        "BL1104",
        D,
        FIX,
        "不可接受的交易费",
        "Unacceptable transaction fee",
        s.CHECK_SETUP,
    ),
    _native(
        "PASSBOOK_LIMIT_EXCEEDED",
        "BL1105",
        D,
        FIX,
        "未登折账目超限",
        "Too many unposted passbook entries",
        s.step(
            s.CARDHOLDER,
            "请到银行补登存折后再使用。",
            "Have the passbook updated at the bank, then pay again.",
        ),
    ),
    # CD: the card
    _native(
        "EXPIRED_CARD",
        "CD1201",
        D,
        FIX,
        "卡片已过期",
        "Expired card",
        s.step(
            s.CASHIER,
            "核对卡片有效期是否读取或输入正确。",
            "Check that the expiry date was read or typed correctly.",
        ),
        s.step(
            s.CARDHOLDER,
            "卡片已过期，请使用新卡或其他付款方式。",
            "The card has expired: use the new card or another payment method.",
        ),
    ),
    _native(
        "CARD_NOT_ACTIVE",
        "CD1202",
        D,
        FIX,
        "卡片未激活或处于睡眠状态",
        "Card not activated, not yet valid or dormant",
        s.step(
            s.CARDHOLDER,
            "请联系发卡银行激活卡片或修改初始密码。",
            "Ask the issuing bank to activate the card or to change its initial PIN.",
        ),
        s.ANOTHER_CARD,
    ),
    _native(
        "RESTRICTED_CARD",
        "CD1203",
        D,
        FIX,
        "受限制的卡",
        "Restricted card",
        s.ANOTHER_CARD,
        s.CONTACT_ISSUER,
    ),
    _native(
        "ISSUER_NOT_SUPPORTED",
        "CD1204",
        D,
        FIX,
        "此卡的发卡机构无法受理",
        "Card issuer not found or not supported",
        s.step(
            s.CASHIER,
            "本终端不能受理这张卡，请顾客换卡。",
            "This terminal cannot accept the card: ask for another card.",
        ),
    ),
    _native(
        "ACCOUNT_NOT_FOUND",
        "CD1205",
        D,
        FIX,
        "无此账户",
        "No such account",
        s.step(
            s.CASHIER,
            "确认选择的账户类型，并重新读卡。",
            "Check the account type selected, and read the card again.",
        ),
        s.CONTACT_ISSUER,
    ),
    _native(
        "NOT_PERMITTED_TO_CARDHOLDER",
        "CD1206",
        D,
        FIX,
        "不允许此卡进行的交易",
        "Transaction not permitted for this card",
        s.ANOTHER_CARD,
        s.CONTACT_ISSUER,
    ),
    _native(
        "CHIP_REQUIRED",
        "CD1207",
        D,
        FIX,
        "不允许降级交易，请使用芯片",
        "Fallback not allowed: use the chip",
        s.step(
            s.CASHIER,
            "请插入芯片读卡，不要刷磁条。",
            "Insert the card and read the chip instead of swiping the stripe.",
        ),
        action=Act.USE_CHIP,
    ),
    _native(
        "CARD_VERIFICATION_FAILED",
        "CD1208",
        D,
        FIX,
        "卡片校验失败",
        "Card verification failed",
        s.step(
            s.CASHIER,
            "重新读卡；手工输入时核对卡片安全码。",
            "Read the card again; for a keyed sale, check the card security code.",
        ),
        s.step(
            s.INTEGRATOR,
            "卡片校验值（CVN）未通过；不要向持卡人透露具体原因。",
            "The card verification value (CVN) failed; do not tell the cardholder which check failed.",
        ),
        cardholder=NEUTRAL,
    ),
    _native(
        "CONTACT_DETAILS_MISSING",
        "CD1209",
        D,
        FIX,
        "未在发卡银行留存手机号",
        "No mobile number on file with the issuer",
        s.step(
            s.CARDHOLDER,
            "请到发卡银行登记手机号后再使用。",
            "Register a mobile number with the issuing bank, then pay again.",
        ),
    ),
    _native(
        "OFFLINE_DECLINED",
        "CD1210",
        D,
        FIX,
        "卡片脱机拒绝",
        "Declined offline by the card",
        s.ANOTHER_CARD,
    ),
    # PN: PIN and cardholder verification
    _native(
        "INCORRECT_PIN",
        "PN1301",
        D,
        FIX,
        "密码错误",
        "Incorrect PIN",
        s.step(
            s.CARDHOLDER,
            "请重新输入正确的密码；多次输错会锁卡。",
            "Enter the PIN again carefully; too many wrong tries lock the card.",
        ),
    ),
    _native(
        "PIN_TRIES_EXCEEDED",
        "PN1302",
        D,
        FIX,
        "密码错误次数超限",
        "PIN tries exceeded",
        s.step(
            s.CARDHOLDER,
            "密码已锁定，请联系发卡银行解锁，或换一张卡。",
            "The PIN is locked: ask the issuing bank to unlock it, or use another card.",
        ),
    ),
    _native(
        "PIN_REQUIRED",
        "PN1303",
        D,
        FIX,
        "需要输入密码",
        "PIN required",
        s.step(
            s.CASHIER,
            "请持卡人输入密码后重新交易。",
            "Ask the cardholder to enter the PIN, then run the sale again.",
        ),
    ),
    _native(
        "CARDHOLDER_VERIFICATION_FAILED",
        "PN1304",
        D,
        FIX,
        "持卡人身份认证失败",
        "Cardholder verification failed",
        s.step(
            s.CASHIER,
            "核对持卡人提供的身份信息和卡片信息后重试。",
            "Check the identity and card details the cardholder gave, then try again.",
        ),
        s.CONTACT_ISSUER,
    ),
    # TX: the transaction
    _native(
        "INVALID_TRANSACTION",
        "TX1401",
        D,
        FIX,
        "无效交易",
        "Invalid transaction",
        s.step(
            s.CASHIER,
            "确认交易类型正确（例如撤销的原交易须已成功）。",
            "Check the transaction type (a void needs an approved original, for example).",
        ),
        s.CHECK_REQUEST,
    ),
    _native(
        "ORIGINAL_NOT_FOUND",
        "TX1402",
        D,
        FIX,
        "找不到原始交易",
        "Original transaction not found",
        s.step(
            s.CASHIER,
            "核对原交易的凭证号、参考号和日期。",
            "Check the original's voucher number, reference number and date.",
        ),
    ),
    _native(
        "ORIGINAL_AMOUNT_MISMATCH",
        "TX1403",
        D,
        FIX,
        "与原交易金额不符",
        "Amount does not match the original",
        s.step(
            s.CASHIER, "按原交易金额重新输入。", "Enter the amount of the original transaction."
        ),
    ),
    _native(
        "DUPLICATE_TRANSACTION",
        "TX1404",
        E,
        QUERY,
        "重复交易",
        "Duplicate transaction",
        s.QUERY_FIRST,
        s.step(
            s.INTEGRATOR,
            "检查流水号是否重复使用；查询原交易结果后再决定。",
            "Check for a reused trace number, and query the first attempt before acting.",
        ),
        action=Act.QUERY_RESULT,
    ),
    _native(
        "FORMAT_ERROR",
        "TX1405",
        E,
        FIX,
        "报文格式错误",
        "Message format error",
        s.CHECK_REQUEST,
        s.step(
            s.OPERATIONS,
            "反复出现时联系终端厂商或收单机构。",
            "If it recurs, contact the terminal vendor or the acquirer.",
        ),
    ),
    _native(
        "FUNCTION_NOT_SUPPORTED",
        "TX1406",
        D,
        FIX,
        "请求的功能不支持",
        "Requested function not supported",
        s.ANOTHER_CARD,
        s.CHECK_SETUP,
    ),
    _native(
        "RE_ENTER_TRANSACTION",
        "TX1407",
        E,
        NOW,
        "请重新发起交易",
        "Re-enter the transaction",
        s.step(
            s.CASHIER, "重新读卡并再次发起交易。", "Read the card again and repeat the transaction."
        ),
    ),
    _native(
        "REQUEST_IN_PROGRESS",
        "TX1408",
        U,
        QUERY,
        "交易处理中",
        "Request in progress",
        s.QUERY_FIRST,
        s.QUERY_OR_REVERSE,
        action=Act.QUERY_RESULT,
        cardholder=PENDING,
    ),
    _native(
        "CANCELLED_BY_CUSTOMER",
        "TX1409",
        D,
        NEVER,
        "客户取消",
        "Cancelled by the customer",
        s.step(
            s.CASHIER,
            "交易已被取消，如顾客仍要付款请重新开始。",
            "The payment was cancelled; start a new one only if the customer still wants to pay.",
        ),
    ),
    _native(
        "CUSTOMER_DISPUTE",
        "TX1410",
        D,
        NEVER,
        "客户争议",
        "Customer dispute",
        s.step(
            s.OPERATIONS,
            "按争议处理流程跟进，不要重新收款。",
            "Follow the dispute procedure; do not charge again.",
        ),
    ),
    _native(
        "INVALID_RESPONSE",
        "TX1411",
        E,
        QUERY,
        "无效应答",
        "Invalid response",
        s.QUERY_FIRST,
        s.QUERY_OR_REVERSE,
        action=Act.QUERY_RESULT,
    ),
    _native(
        "NO_ACTION_TAKEN",
        "TX1412",
        D,
        FIX,
        "未作处理",
        "No action taken",
        s.CHECK_REQUEST,
        s.CONTACT_ISSUER,
    ),
    _native(
        "CURRENCY_MISMATCH",
        "TX1413",
        D,
        FIX,
        "转账货币不一致",
        "Transfer currency mismatch",
        s.CHECK_REQUEST,
    ),
    _native(
        "NO_BILL_DUE",
        "TX1414",
        D,
        NEVER,
        "此业务无欠费",
        "No outstanding bill",
        s.step(s.CASHIER, "没有需要缴纳的费用，无需付款。", "There is nothing to pay."),
    ),
    _native(
        "RELATED_TRANSACTION_ERROR",
        "TX1415",
        D,
        FIX,
        "关联交易操作有误或超出允许天数",
        "Related transaction error, or outside its allowed period",
        s.step(
            s.CASHIER,
            "确认原交易状态和日期（例如已冲正的交易不能撤销）。",
            "Check the original's state and date (a reversed sale cannot be voided, for example).",
        ),
    ),
    _native(
        "FILE_ACTION_FAILED",
        "TX1416",
        E,
        FIX,
        "文件操作失败",
        "File action failed",
        s.step(
            s.OPERATIONS,
            "检查文件内容和传输参数后重新提交。",
            "Check the file's contents and transfer settings, then submit it again.",
        ),
    ),
    _native(
        "DOCUMENT_NOT_AVAILABLE",
        "TX1417",
        D,
        NEVER,
        "无法提供所需单据",
        "Requested document not available",
        s.step(
            s.OPERATIONS,
            "按调单流程回复，并保留已有凭证。",
            "Answer under the retrieval procedure and keep the evidence you have.",
        ),
    ),
    # NW: terminal-to-host communication
    _native(
        "ROUTING_FAILURE",
        "NW1501",
        E,
        LATER,
        "找不到或无法到达金融机构",
        "Institution or network cannot be reached",
        s.RETRY_LATER,
        s.RETRY_LATER_INTEGRATOR,
    ),
    _native(
        "MESSAGE_OUT_OF_SEQUENCE",
        "NW1502",
        E,
        FIX,
        "报文序号错乱",
        "Message number out of sequence",
        s.SIGN_ON,
        s.CHECK_REQUEST,
        action=Act.SIGN_ON,
    ),
    # BK: issuer and acquirer hosts
    _native(
        "REFER_TO_ISSUER",
        "BK1601",
        D,
        FIX,
        "请持卡人与发卡银行联系",
        "Refer to card issuer",
        s.CONTACT_ISSUER,
        s.ANOTHER_CARD,
    ),
    _native(
        "DO_NOT_HONOUR",
        "BK1602",
        D,
        FIX,
        "发卡银行不予承兑",
        "Do not honour",
        s.CONTACT_ISSUER,
        s.ANOTHER_CARD,
        s.step(
            s.INTEGRATOR,
            "这是发卡行的通用拒绝：不要自动重试。",
            "A generic refusal by the issuer: do not retry automatically.",
        ),
    ),
    _native(
        "ISSUER_UNAVAILABLE",
        "BK1603",
        E,
        LATER,
        "发卡银行暂时无法处理",
        "Issuer or switch unavailable",
        s.RETRY_LATER,
        s.RETRY_LATER_INTEGRATOR,
    ),
    _native(
        "ISSUER_ERROR",
        "BK1604",
        E,
        LATER,
        "发卡银行处理出错",
        "Error at the issuer",
        s.RETRY_LATER,
        s.CONTACT_ISSUER,
    ),
    _native(
        "ACQUIRER_UNAVAILABLE",
        "BK1605",
        E,
        FIX,
        "收单机构状态异常",
        "Acquirer not signed on or not supported",
        s.step(
            s.OPERATIONS,
            "联系收单机构确认其与交换中心的连接和签到状态。",
            "Ask the acquirer to check its connection and sign-on with the switch.",
        ),
    ),
    _native(
        "CONTACT_ACQUIRER",
        "BK1606",
        D,
        FIX,
        "请与收单行联系",
        "Card acceptor: contact the acquirer",
        s.step(s.CASHIER, "暂停此交易并联系收单行。", "Hold this sale and call the acquirer."),
        cardholder=NEUTRAL,
    ),
    # SY: switch and system
    _native(
        "CUTOFF_IN_PROGRESS",
        "SY1701",
        E,
        LATER,
        "日终处理中",
        "Day-end cut-off in progress",
        s.step(
            s.CASHIER,
            "系统正在日切，几分钟后再试。",
            "The day-end switch-over is running: try again in a few minutes.",
        ),
        s.RETRY_LATER_INTEGRATOR,
    ),
    _native(
        "SYSTEM_MALFUNCTION",
        "SY1702",
        U,
        QUERY,
        "系统异常",
        "System malfunction",
        s.QUERY_FIRST,
        s.QUERY_OR_REVERSE,
        action=Act.QUERY_RESULT,
        cardholder=PENDING,
    ),
    _native(
        "SUSPECTED_MALFUNCTION",
        "SY1703",
        U,
        QUERY,
        "怀疑系统故障",
        "Suspected malfunction",
        s.QUERY_FIRST,
        s.QUERY_OR_REVERSE,
        action=Act.QUERY_RESULT,
        cardholder=PENDING,
    ),
    # TM: terminal, keys and sign-on
    _native(
        "TERMINAL_NOT_REGISTERED",
        "TM1801",
        E,
        FIX,
        "终端未登记",
        "Terminal not registered",
        s.CHECK_SETUP,
        action=Act.CHECK_SETUP,
    ),
    _native(
        "MAC_ERROR",
        "TM1802",
        E,
        FIX,
        "MAC校验错",
        "MAC verification failed",
        s.SIGN_ON,
        s.SIGN_ON_INTEGRATOR,
        action=Act.SIGN_ON,
        cardholder=TERMINAL_FAULT,
    ),
    _native(
        "PIN_BLOCK_ERROR",
        "TM1803",
        E,
        FIX,
        "PIN格式错",
        "PIN block format error",
        s.SIGN_ON,
        s.SIGN_ON_INTEGRATOR,
        action=Act.SIGN_ON,
        cardholder=TERMINAL_FAULT,
    ),
    _native(
        "KEY_SYNC_ERROR",
        "TM1804",
        E,
        FIX,
        "密钥同步错误",
        "Key synchronisation error",
        s.SIGN_ON,
        s.SIGN_ON_INTEGRATOR,
        action=Act.SIGN_ON,
        cardholder=TERMINAL_FAULT,
    ),
    _native(
        "SECURITY_PROCESSING_FAILED",
        "TM1805",
        E,
        FIX,
        "安全处理失败",
        "Security processing failed",
        s.SIGN_ON,
        s.SIGN_ON_INTEGRATOR,
        action=Act.SIGN_ON,
        cardholder=TERMINAL_FAULT,
    ),
    _native(
        "SIGN_ON_REQUIRED",
        "TM1806",
        E,
        FIX,
        "批次不符，请重新签到",
        "Batch mismatch: sign on again",
        s.SIGN_ON,
        action=Act.SIGN_ON,
    ),
    _native(
        "OFFLINE_UPLOAD_MISMATCH",
        "TM1807",
        E,
        FIX,
        "脱机交易对账不平",
        "Offline transactions do not reconcile",
        s.step(
            s.CASHIER,
            "在终端上重新上送脱机交易。",
            "Upload the offline transactions from the terminal again.",
        ),
        s.RECONCILE,
        action=Act.RECONCILE,
    ),
    _native(
        "RECONCILIATION_ERROR",
        "TM1808",
        E,
        FIX,
        "对账不平",
        "Reconciliation error",
        s.RECONCILE,
        action=Act.RECONCILE,
    ),
    # MC: merchant
    _native(
        "INVALID_MERCHANT",
        "MC1901",
        D,
        FIX,
        "无效商户",
        "Invalid merchant",
        s.CHECK_SETUP,
        action=Act.CHECK_SETUP,
    ),
    _native(
        "NOT_PERMITTED_AT_TERMINAL",
        "MC1902",
        D,
        FIX,
        "不允许在本终端进行此交易",
        "Transaction not permitted at this terminal",
        s.ANOTHER_CARD,
        s.CHECK_SETUP,
        action=Act.CHECK_SETUP,
    ),
    _native(
        "AGREEMENT_VIOLATION",
        "MC1903",
        D,
        NEVER,
        "违反业务协议",
        "Violation of business arrangement",
        s.CHECK_SETUP,
    ),
    # RK: risk and cards to retain
    *(
        _native(
            name,
            code,
            K,
            NEVER,
            zh,
            en,
            s.RETAIN_CARD,
            s.NEVER_RETRY,
            action=Act.RETAIN_CARD,
            cardholder=NEUTRAL,
        )
        for name, code, zh, en in (
            ("PICK_UP_CARD", "RK2001", "没收卡", "Pick up card"),
            (
                "PICK_UP_SPECIAL_CONDITION",
                "RK2002",
                "特殊条件下没收卡",
                "Pick up card, special condition",
            ),
            ("LOST_CARD", "RK2003", "挂失卡，没收", "Lost card, pick up"),
            ("STOLEN_CARD", "RK2004", "被窃卡，没收", "Stolen card, pick up"),
            ("FRAUD_PICK_UP", "RK2005", "有作弊嫌疑，没收卡", "Suspected fraud, pick up"),
            ("EXPIRED_CARD_PICK_UP", "RK2006", "过期卡，没收", "Expired card, pick up"),
            ("RESTRICTED_CARD_PICK_UP", "RK2007", "受限制的卡，没收", "Restricted card, pick up"),
            (
                "CONTACT_ACQUIRER_PICK_UP",
                "RK2008",
                "请联系收单行，没收卡",
                "Contact the acquirer, pick up card",
            ),
            (
                "PIN_TRIES_PICK_UP",
                "RK2009",
                "密码错误次数超限，没收卡",
                "PIN tries exceeded, pick up",
            ),
            ("HARD_CAPTURE", "RK2010", "强制没收卡", "Hard capture: pick up card"),
        )
    ),
    *(
        _native(name, code, D, NEVER, zh, en, s.ANOTHER_CARD, s.NEVER_RETRY, cardholder=NEUTRAL)
        for name, code, zh, en in (
            ("SUSPECTED_FRAUD", "RK2011", "有作弊嫌疑", "Suspected fraud"),
            ("SECURITY_VIOLATION", "RK2012", "违反安全保密规定", "Security violation"),
            (
                "CALL_ACQUIRER_SECURITY",
                "RK2013",
                "请联系收单行安全部门",
                "Call the acquirer's security department",
            ),
            ("VIOLATION_OF_LAW", "RK2014", "交易违法，不能完成", "Violation of law"),
        )
    ),
)

# Given for input that is unknown or malformed; not a code of its own.
UNKNOWN_MEANING = Text("未知应答码", "Unknown response code")
UNKNOWN_ADVICE = Advice(
    (
        s.QUERY_FIRST,
        s.step(
            s.CASHIER,
            "确认未扣款后，可以再试一次。",
            "Once sure no money was taken, try once more.",
        ),
        s.step(
            s.OPERATIONS,
            "检查终端硬件（键盘、显示屏）和软件版本是否需要更新。",
            "Check the terminal's hardware (keypad, display) and whether its software needs an update.",
        ),
        s.step(
            s.OPERATIONS,
            "联系POS厂商或支付平台客服。",
            "Contact the POS vendor or the payment platform's support.",
        ),
        s.QUERY_OR_REVERSE,
        s.TELL_CUSTOMER,
        s.KEEP_RECORDS,
    )
)

for _rc in NATIVE_CODES:
    setattr(ReturnCode, _rc.name or "", _rc)
