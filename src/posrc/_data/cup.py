"""China UnionPay (银联, CUPS) field-39 response codes.

Sources and editions:

* **Q/CUP 006.6-2015** 《中国银联银行卡交换系统技术规范（国际卷）第6部分 附录》, version 2015.B,
  issued 2015-11-12, effective 2016-04-30: §A.2.1 "按应答码序号排列的应答码表" gives each code's
  meaning (含义), terminal operation (终端操作) and recommended terminal display (终端显示（推荐）).
  Every code of that table is here and, where it has a recommended display, that text is used
  verbatim, except where it would invite a blind retry of a payment whose result is unknown.
* **The classic CUP POS-terminal appendix** "对应答码的处理", which sorts codes into terminal
  handling classes A-E. The official document behind it was not found; its table is known from
  two independent code copies (``dongyongzhi/android_work`` ``ISO8583Util.java`` and the
  ``com.koolyun.mis.sqlite.BankErrorCode`` table), corroborated for the first rows by web copies.
  Codes that the 2015 table no longer lists are taken from it, as non-primary sources.

The recommended displays were checked against a second kind of source: POS application code
tables in public repositories (Java, Kotlin, C and PHP) reproduce the same strings for 00-A7,
with the class letters A-E of the 2010s apps (A2 and A4-A6 in class A, 98 in class E). Those
tables also show 安全处理失败 as the display for A7, whose cell is unreadable in the text copy of
Q/CUP 006.6-2015; posrc uses it.

Where the 2015 meaning of a code differs from the classic or the ISO 8583:1987 meaning (05, 21,
22, 38, 45, 59, A8), the 2015 meaning is used and the notes give the older one.

Outcome and retry follow posrc's policy rather than the class letters: a record's outcome is
always its canonical native code's, timeouts and malfunctions are ``UNKNOWN`` to be queried
first, and cards to retain are ``PICK_UP`` never to be retried.
"""

from __future__ import annotations

from posrc._data import native as native  # attaches the ReturnCode constants
from posrc._data import steps as s
from posrc._data.shorthand import FIX, LATER, NEVER, NOT_NEEDED, NOW, QUERY, A, D, E, K, P, U
from posrc._enums import Outcome, Retry, Scheme
from posrc._model import Advice, ReturnCode, Source
from posrc._text import Text

RC = ReturnCode

SPEC = Source("Q/CUP 006.6-2015", "§A.2.1")
CLASSIC_TITLE = "CUP POS terminal appendix 对应答码的处理 (classic)"
CLASSIC_NOTE = (
    "Not in the 2015 table. The classic appendix itself was not found; its content comes from "
    "two independent code copies of it (reference S2/S3)."
)
CLASSES = {
    "A": "approved",
    "B": "failed, may retry",
    "C": "failed, do not retry",
    "D": "failed, operator must act",
    "E": "failed, system fault, do not retry",
}

# The displays that replace a recommended text inviting a retry before the result is known.
QUERY_FIRST_DISPLAY = "请先查询交易结果"


def _cup(
    code: str,
    outcome: Outcome,
    retry: Retry,
    meaning: tuple[str, str],
    canonical: ReturnCode,
    display: tuple[str, str] | None = None,
    *,
    cls: str = "",
    notes: str = "",
    advice: Advice | None = None,
) -> ReturnCode:
    """One CUP record; ``cls`` (a class letter A-E) marks a code known only from the classic set."""
    if canonical.outcome is not outcome:
        raise ValueError(f"CUP {code}: outcome {outcome.value} is not {canonical.name}'s")
    if cls:
        source = Source(CLASSIC_TITLE, f"class {cls}", primary=False)
        notes = f"{CLASSIC_NOTE} Classic class {cls} ({CLASSES[cls]}). {notes}".strip()
    else:
        source = SPEC
    return ReturnCode(
        code,
        Scheme.CUP,
        outcome,
        retry,
        meaning=Text(*meaning),
        display=None if display is None else Text(*display),
        canonical=canonical,
        source=source,
        notes=notes,
        advice=advice,
    )


FILE_ROLES = "File-transfer code (S1 gives no terminal operation or display)."

CUP_CODES: tuple[ReturnCode, ...] = (
    _cup(
        "00",
        A,
        NOT_NEEDED,
        ("承兑或交易成功", "Approved or completed successfully"),
        RC.APPROVED,
        ("交易成功", "Approved"),
    ),
    _cup(
        "01",
        D,
        FIX,
        ("查发卡方", "Refer to card issuer"),
        RC.REFER_TO_ISSUER,
        ("请持卡人与发卡银行联系", "Cardholder to contact the issuing bank"),
        notes="S1: used only when the cardholder must contact the issuer. Classic class C.",
    ),
    _cup(
        "02",
        D,
        FIX,
        ("查发卡行的特殊条件", "Refer to card issuer's special conditions"),
        RC.REFER_TO_ISSUER,
        ("交易失败，请联系发卡行", "Declined: contact the issuing bank"),
        cls="C",
    ),
    _cup(
        "03",
        D,
        FIX,
        ("无效商户", "Invalid merchant"),
        RC.INVALID_MERCHANT,
        ("无效商户", "Invalid merchant"),
        notes="S1: abnormal MCC, card not allowed at this MCC, or merchant blacklisted. "
        "Classic: the merchant must be registered with the bank or centre.",
    ),
    _cup(
        "04",
        K,
        NEVER,
        ("没收卡", "Pick up card"),
        RC.PICK_UP_CARD,
        ("此卡为无效卡", "This card is invalid"),
        notes="S1 recommends 此卡为无效卡 at a POS and 此卡应被吞没 (card to be swallowed) at an "
        "ATM; the POS text is used. The card is still to be retained. Classic display: "
        "没收卡，请联系收单行 (class D).",
    ),
    _cup(
        "05",
        D,
        FIX,
        ("身份认证失败", "Cardholder verification failed"),
        RC.CARDHOLDER_VERIFICATION_FAILED,
        ("持卡人认证失败", "Cardholder verification failed"),
        notes="CUP 2015 meaning (identity data mismatch, CVN2 failure and similar). The classic "
        "appendix and ISO 8583 use 05 for 不予承兑 (do not honour).",
    ),
    _cup(
        "06",
        E,
        LATER,
        ("出错", "Error"),
        RC.ISSUER_ERROR,
        ("交易失败，请联系发卡行", "Declined: contact the issuing bank"),
        cls="E",
        notes="Classic reason: fault at the issuer. Class E says not to retry; posrc allows a "
        "later retry, as for other issuer faults.",
    ),
    _cup(
        "07",
        K,
        NEVER,
        ("特殊条件下没收卡", "Pick up card, special condition"),
        RC.PICK_UP_SPECIAL_CONDITION,
        ("没收卡，请联系收单行", "Retain the card: call the acquirer"),
        cls="D",
    ),
    _cup(
        "09",
        U,
        QUERY,
        ("请求正在处理中", "Request in progress"),
        RC.REQUEST_IN_PROGRESS,
        cls="B",
        notes="The classic appendix says to resubmit the request and displays 交易失败，请重试; "
        "posrc queries the first attempt first, so that the card is not charged twice, "
        "and does not use that display.",
    ),
    _cup(
        "10",
        P,
        NOT_NEEDED,
        ("部分金额批准", "Approved for partial amount"),
        RC.APPROVED_PARTIAL_AMOUNT,
        ("显示部分批准金额，提示操作员", "Show the partially approved amount to the operator"),
        notes="S1 terminal operation: 成功，需提示 (success, operator to be told).",
    ),
    _cup(
        "11",
        A,
        NOT_NEEDED,
        ("重要人物批准（VIP）", "Approved (VIP)"),
        RC.APPROVED_VIP,
        ("此为VIP客户", "VIP customer"),
    ),
    _cup(
        "12",
        D,
        FIX,
        ("无效的关联交易", "Invalid related transaction"),
        RC.INVALID_TRANSACTION,
        ("无效交易", "Invalid transaction"),
        notes="S1: void or reversal of an unapproved original, pre-authorisation completion "
        "without a pre-authorisation, and similar. Classic: 无效交易, transaction the "
        "issuer does not support (class C).",
    ),
    _cup(
        "13",
        D,
        FIX,
        ("无效金额", "Invalid amount"),
        RC.INVALID_AMOUNT,
        ("无效金额", "Invalid amount"),
        notes="S1: zero or illegal amount, cumulative limits, tip over limit, unsupported "
        "currency. Classic class B with display 交易金额超限，请重试.",
    ),
    _cup(
        "14",
        D,
        FIX,
        ("无效卡号（无此账号）", "Invalid card number (no such account)"),
        RC.CARD_NOT_FOUND,
        ("无效卡号", "Invalid card number"),
        notes="S1 also covers a failed Luhn check and a closed account. Classic class B.",
    ),
    _cup(
        "15",
        D,
        FIX,
        ("无此发卡方", "No such issuer"),
        RC.ISSUER_NOT_SUPPORTED,
        ("此卡无对应发卡方", "No issuer found for this card"),
        notes="Returned by the CUPS switch when no issuer matches the card number.",
    ),
    _cup(
        "16",
        A,
        NOT_NEEDED,
        ("批准更新第三磁道", "Approved, update track 3"),
        RC.APPROVED_CARD_UPDATE,
        ("更新第三磁道", "Update track 3"),
        notes="S1 marks this code reserved (保留), with no role using it.",
    ),
    _cup(
        "19",
        E,
        NOW,
        ("重新送入交易", "Re-enter transaction"),
        RC.RE_ENTER_TRANSACTION,
        cls="C",
        notes="Classic reason: the card data read was faulty, the card may be read again. The "
        "classic display (交易失败，请联系发卡行) contradicts that and is not used.",
    ),
    _cup(
        "20",
        E,
        QUERY,
        ("无效应答", "Invalid response"),
        RC.INVALID_RESPONSE,
        cls="C",
        notes="The classic display 交易失败，请联系发卡行 is not used: an unreadable answer "
        "does not prove that no money moved.",
    ),
    _cup(
        "21",
        D,
        FIX,
        ("卡未初始化", "Card not activated"),
        RC.CARD_NOT_ACTIVE,
        ("该卡未初始化或睡眠卡", "Card not activated, or dormant"),
        notes="CUP 2015 meaning (not activated, initial PIN unchanged, dormant or frozen). "
        "The classic appendix and ISO 8583 use 21 for 不做任何处理 (no action taken).",
    ),
    _cup(
        "22",
        D,
        FIX,
        ("故障怀疑，关联交易错误", "Suspected malfunction: related transaction error"),
        RC.RELATED_TRANSACTION_ERROR,
        ("操作有误，或超出交易允许天数", "Operation error, or outside the allowed number of days"),
        notes="CUP 2015 meaning: void after a reversal, duplicate completion, pre-authorisation "
        "too old. Classic: 怀疑操作有误, the POS state differs from the centre's and the "
        "terminal may sign on again; ISO 8583: suspected malfunction.",
    ),
    _cup(
        "23",
        D,
        FIX,
        ("不可接受的交易费", "Unacceptable transaction fee"),
        RC.UNACCEPTABLE_FEE,
        ("交易失败，请联系发卡行", "Declined: contact the issuing bank"),
        cls="C",
    ),
    _cup(
        "25",
        D,
        FIX,
        ("找不到原始交易", "Unable to locate the original transaction"),
        RC.ORIGINAL_NOT_FOUND,
        ("没有原始交易，请联系发卡方", "No original transaction: contact the issuer"),
        notes="Classic wording: 未能找到文件上记录 (record not found on file).",
    ),
    _cup(
        "30",
        E,
        FIX,
        ("报文格式错误", "Format error"),
        RC.FORMAT_ERROR,
        ("请重试", "Please try again"),
        notes="S1 recommends 请重试: the request was refused before processing, so a retry "
        "cannot charge twice, but it only helps once the card is read again or the "
        "message is corrected (missing fields, bad bitmap or track data).",
    ),
    _cup(
        "31",
        D,
        FIX,
        ("银联不支持的银行", "Bank not supported by the switch"),
        RC.ISSUER_NOT_SUPPORTED,
        ("此卡不能受理", "This card cannot be accepted"),
        cls="C",
    ),
    _cup(
        "33",
        K,
        NEVER,
        ("过期的卡", "Expired card, pick up"),
        RC.EXPIRED_CARD_PICK_UP,
        ("过期卡，请联系发卡行", "Expired card: contact the issuing bank"),
        cls="D",
        notes="Classic reason: the operator may retain the card.",
    ),
    _cup(
        "34",
        K,
        NEVER,
        ("有作弊嫌疑", "Suspected fraud, pick up"),
        RC.FRAUD_PICK_UP,
        ("作弊卡,呑卡", "Fraudulent card: retain it"),
        notes="S1: includes ARQC failure, too many CVN errors and counterfeit cards. The "
        "display is for the cashier only.",
    ),
    _cup(
        "35",
        K,
        NEVER,
        ("受卡方与安全保密部门联系", "Card acceptor contact acquirer, pick up"),
        RC.CONTACT_ACQUIRER_PICK_UP,
        ("没收卡，请联系收单行", "Retain the card: call the acquirer"),
        cls="D",
    ),
    _cup(
        "36",
        K,
        NEVER,
        ("受限制的卡", "Restricted card, pick up"),
        RC.RESTRICTED_CARD_PICK_UP,
        ("此卡有误，请换卡重试", "Card error: try another card"),
        cls="D",
        notes="The classic display asks for another card and does not mention retaining this "
        "one; the classic reason says the operator may retain it.",
    ),
    _cup(
        "37",
        K,
        NEVER,
        ("受卡方呼受理方安全保密部门(没收卡)", "Card acceptor call acquirer security, pick up"),
        RC.CONTACT_ACQUIRER_PICK_UP,
        ("没收卡，请联系收单行", "Retain the card: call the acquirer"),
        cls="D",
    ),
    _cup(
        "38",
        D,
        FIX,
        ("超过允许的PIN试输入", "Allowable PIN tries exceeded"),
        RC.PIN_TRIES_EXCEEDED,
        ("密码错误次数超限，请与发卡方联系", "PIN tries exceeded: contact the issuer"),
        notes="S1 terminal operation is 失败 (fail; the account is locked until the issuer "
        "unlocks it), not retain. The classic appendix (class D, operator may retain) "
        "and ISO 8583 (pick-up) treat 38 as a card to retain.",
    ),
    _cup(
        "39",
        D,
        FIX,
        ("无此信用卡账户", "No credit account"),
        RC.ACCOUNT_NOT_FOUND,
        ("交易失败，请联系发卡行", "Declined: contact the issuing bank"),
        cls="C",
        notes="Classic reason: possibly a card-reading mistake.",
    ),
    _cup(
        "40",
        D,
        FIX,
        ("请求的功能尚不支持", "Requested function not supported"),
        RC.FUNCTION_NOT_SUPPORTED,
        ("发卡方不支持的交易", "Transaction not supported by the issuer"),
    ),
    _cup(
        "41",
        K,
        NEVER,
        ("挂失卡", "Lost card, pick up"),
        RC.LOST_CARD,
        ("挂失卡", "Card reported lost"),
        notes="S1 POS display; at an ATM it recommends 此卡已挂失,呑卡. Cashier display only.",
    ),
    _cup(
        "42",
        D,
        FIX,
        ("无此账户", "No universal account"),
        RC.ACCOUNT_NOT_FOUND,
        ("交易失败，请联系发卡方", "Declined: contact the issuer"),
        cls="B",
        notes="Class B (may retry) although the display says to contact the issuer.",
    ),
    _cup(
        "43",
        K,
        NEVER,
        ("被窃卡", "Stolen card, pick up"),
        RC.STOLEN_CARD,
        ("被窃卡", "Card reported stolen"),
        notes="S1 POS display; at an ATM it recommends 此卡被没收，请与发卡方联系. "
        "Cashier display only.",
    ),
    _cup(
        "44",
        D,
        FIX,
        ("无此投资账户", "No investment account"),
        RC.ACCOUNT_NOT_FOUND,
        ("交易失败，请联系发卡行", "Declined: contact the issuing bank"),
        cls="C",
    ),
    _cup(
        "45",
        D,
        FIX,
        ("不允许降级交易", "Fallback not allowed"),
        RC.CHIP_REQUIRED,
        ("请使用芯片", "Please use the chip"),
        notes="CUP-specific: the issuer or region refuses a chip card read by its stripe. "
        "ISO 8583:1987 reserves 45. One 2010s POS app puts it in class D.",
    ),
    _cup(
        "51",
        D,
        FIX,
        ("资金不足", "Insufficient funds"),
        RC.INSUFFICIENT_BALANCE,
        ("可用余额不足", "Insufficient available balance"),
    ),
    _cup(
        "52",
        D,
        FIX,
        ("无此支票账户", "No cheque account"),
        RC.ACCOUNT_NOT_FOUND,
        ("交易失败，请联系发卡行", "Declined: contact the issuing bank"),
        cls="C",
    ),
    _cup(
        "53",
        D,
        FIX,
        ("无此储蓄卡账户", "No savings account"),
        RC.ACCOUNT_NOT_FOUND,
        ("交易失败，请联系发卡行", "Declined: contact the issuing bank"),
        cls="C",
    ),
    _cup(
        "54",
        D,
        FIX,
        ("过期的卡", "Expired card"),
        RC.EXPIRED_CARD,
        ("该卡已过期", "Card expired"),
        notes="S1 also uses 54 for a wrong or missing expiry date.",
    ),
    _cup(
        "55",
        D,
        FIX,
        ("不正确的PIN", "Incorrect PIN"),
        RC.INCORRECT_PIN,
        ("密码错", "Incorrect PIN"),
    ),
    _cup(
        "56",
        D,
        FIX,
        ("无此卡记录", "No card record"),
        RC.CARD_NOT_FOUND,
        ("交易失败，请联系发卡行", "Declined: contact the issuing bank"),
        cls="C",
    ),
    _cup(
        "57",
        D,
        FIX,
        ("不允许持卡人进行的交易", "Transaction not permitted to cardholder"),
        RC.NOT_PERMITTED_TO_CARDHOLDER,
        ("不允许此卡交易", "Transaction not allowed for this card"),
    ),
    _cup(
        "58",
        D,
        FIX,
        ("不允许终端进行的交易", "Transaction not permitted to terminal"),
        RC.NOT_PERMITTED_AT_TERMINAL,
        (
            "发卡方不允许该卡在本终端进行此交易",
            "The issuer does not allow this card this transaction at this terminal",
        ),
        notes="S1 also uses 58 when the terminal ID differs from the original transaction's.",
    ),
    _cup(
        "59",
        D,
        FIX,
        ("有作弊嫌疑", "Suspected fraud (card verification failed)"),
        RC.CARD_VERIFICATION_FAILED,
        ("卡片校验错", "Card verification error"),
        notes="CUP 2015 uses 59 for a failed CVN check. ISO 8583 and the classic appendix read "
        "it as plain suspected fraud.",
    ),
    _cup(
        "60",
        D,
        FIX,
        ("受卡方与安全保密部门联系", "Card acceptor contact acquirer"),
        RC.CONTACT_ACQUIRER,
        cls="C",
        notes="The classic display 交易失败，请联系发卡行 points to the issuer, which does not "
        "match the meaning, and is not used.",
    ),
    _cup(
        "61",
        D,
        FIX,
        ("超出金额限制", "Exceeds amount limit"),
        RC.AMOUNT_LIMIT_EXCEEDED,
        ("交易金额超限", "Amount over the limit"),
        notes="Classic wording: 超出取款金额限制 (withdrawal amount limit).",
    ),
    _cup(
        "62",
        D,
        FIX,
        ("受限制的卡", "Restricted card"),
        RC.RESTRICTED_CARD,
        ("受限制的卡", "Restricted card"),
        notes="S1: for example a regional restriction; the card is not retained.",
    ),
    _cup(
        "63",
        D,
        NEVER,
        ("违反安全保密规定", "Security violation"),
        RC.SECURITY_VIOLATION,
        ("交易失败，请联系发卡行", "Declined: contact the issuing bank"),
        cls="C",
    ),
    _cup(
        "64",
        D,
        FIX,
        ("原始金额错误", "Original amount incorrect"),
        RC.ORIGINAL_AMOUNT_MISMATCH,
        ("交易金额与原交易不匹配", "Amount does not match the original transaction"),
    ),
    _cup(
        "65",
        D,
        LATER,
        ("超出取款/消费次数限制", "Exceeds withdrawal or purchase count limit"),
        RC.FREQUENCY_LIMIT_EXCEEDED,
        ("超出取款次数限制", "Withdrawal count limit exceeded"),
    ),
    _cup(
        "66",
        D,
        NEVER,
        ("受卡方呼受理方安全保密部门", "Card acceptor call acquirer's security"),
        RC.CALL_ACQUIRER_SECURITY,
        ("交易失败，请联系收单行或银联", "Declined: contact the acquirer or UnionPay"),
        cls="C",
    ),
    _cup(
        "67",
        K,
        NEVER,
        ("捕捉（没收卡）", "Hard capture, pick up"),
        RC.HARD_CAPTURE,
        ("没收卡", "Retain the card"),
        cls="C",
        notes="A pick-up code although the classic appendix files it under class C.",
    ),
    _cup(
        "68",
        U,
        QUERY,
        ("发卡行响应超时", "Issuer response timed out"),
        RC.BANK_TIMEOUT,
        ("交易超时，" + QUERY_FIRST_DISPLAY, "Timed out: query the result first"),
        notes="S1 recommends 交易超时，请重试 (classic: the same, class C); posrc does not show "
        "it, because the issuer may have approved the payment after the receiver gave up.",
    ),
    _cup(
        "75",
        D,
        FIX,
        ("允许的输入PIN次数超限", "Allowable number of PIN tries exceeded"),
        RC.PIN_TRIES_EXCEEDED,
        ("密码错误次数超限", "PIN tries exceeded"),
    ),
    _cup(
        "77",
        E,
        FIX,
        ("需要向网络中心签到", "Sign on to the network centre required"),
        RC.SIGN_ON_REQUIRED,
        ("请向网络中心签到", "Sign on to the network centre"),
        cls="D",
        notes="Classic reason: the POS batch number differs from the network centre's.",
    ),
    _cup(
        "79",
        E,
        FIX,
        ("脱机交易对账不平", "Offline transactions do not reconcile"),
        RC.OFFLINE_UPLOAD_MISMATCH,
        ("POS终端重传脱机数据", "Upload the offline data again"),
        cls="C",
    ),
    _cup(
        "90",
        E,
        LATER,
        ("正在日终处理", "Cut-off in progress"),
        RC.CUTOFF_IN_PROGRESS,
        ("系统日切，请稍后重试", "Day-end switch-over: try again later"),
    ),
    _cup(
        "91",
        E,
        LATER,
        ("发卡方不能操作", "Issuer inoperative"),
        RC.ISSUER_UNAVAILABLE,
        ("发卡方状态不正常，请稍后重试", "Issuer unavailable: try again later"),
        notes="S1 uses 91 for an issuer that is down, signed off or closed by CUPS, a line "
        "fault, and also an internal timeout; classic class C although its reason says "
        "the transaction may be redone.",
    ),
    _cup(
        "92",
        E,
        LATER,
        ("金融机构或中间网络设施找不到或无法达到", "Institution or network cannot be reached"),
        RC.ROUTING_FAILURE,
        ("发卡方线路异常，请稍后重试", "Issuer line fault: try again later"),
    ),
    _cup(
        "93",
        D,
        NEVER,
        ("交易违法、不能完成", "Violation of law"),
        RC.VIOLATION_OF_LAW,
        ("交易失败，请联系发卡行", "Declined: contact the issuing bank"),
        cls="C",
    ),
    _cup(
        "94",
        E,
        QUERY,
        ("重复交易", "Duplicate transaction"),
        RC.DUPLICATE_TRANSACTION,
        ("重复交易，请先查询原交易结果", "Duplicate transaction: query the original first"),
        notes="S1 recommends 拒绝，重复交易，请稍后重试; posrc does not invite a retry, because "
        "the first attempt may have succeeded (S1: duplicate original or sequence "
        "number). Classic reason: check with the network centre, then sign on again.",
    ),
    _cup(
        "95",
        E,
        FIX,
        ("调节控制错", "Reconcile error"),
        RC.RECONCILIATION_ERROR,
        cls="C",
        notes="The classic display 交易失败，请稍后重试 is not used: the batch must be "
        "reconciled first.",
    ),
    _cup(
        "96",
        U,
        QUERY,
        ("银联处理中心系统异常、失效", "Switch system malfunction"),
        RC.SYSTEM_MALFUNCTION,
        ("交换中心异常，" + QUERY_FIRST_DISPLAY, "Switch malfunction: query the result first"),
        notes="S1 recommends 拒绝，交换中心异常，请稍后重试 (classic: 交易失败，请稍后重试, "
        "class C). A switch fault can strike after the issuer approved, so the result is "
        "treated as unknown and the display does not invite a retry.",
    ),
    _cup(
        "97",
        E,
        FIX,
        ("ATM/POS终端号找不到", "Terminal ID not found"),
        RC.TERMINAL_NOT_REGISTERED,
        ("终端号未登记", "Terminal ID not registered"),
    ),
    _cup(
        "98",
        U,
        QUERY,
        ("银联处理中心收不到发卡方应答", "Switch got no answer from the issuer"),
        RC.BANK_TIMEOUT,
        ("发卡方超时，" + QUERY_FIRST_DISPLAY, "Issuer timed out: query the result first"),
        notes="S1 recommends 发卡方超时; the query instruction is added because the issuer may "
        "have approved. Classic: class E, display 交易超时，请重试.",
    ),
    _cup(
        "99",
        E,
        FIX,
        ("PIN格式错", "PIN block format error"),
        RC.PIN_BLOCK_ERROR,
        ("PIN格式错，请重新签到", "PIN block format error: sign on again"),
    ),
    _cup(
        "A0",
        E,
        FIX,
        ("MAC鉴别失败", "MAC verification failed"),
        RC.MAC_ERROR,
        ("MAC校验错，请重新签到", "MAC check failed: sign on again"),
    ),
    _cup(
        "A1",
        D,
        FIX,
        ("转账货币不一致", "Transfer currency mismatch"),
        RC.CURRENCY_MISMATCH,
        ("转账货币不一致", "Transfer currency mismatch"),
    ),
    _cup(
        "A2",
        P,
        QUERY,
        ("有缺陷的成功", "Defective success"),
        RC.APPROVED_UNCONFIRMED,
        ("交易成功，请向资金转入行确认", "Approved: confirm with the bank receiving the funds"),
        notes="S1: CUPS forwarded a credit or transfer-in but got no answer from the issuer.",
    ),
    _cup(
        "A3",
        D,
        FIX,
        ("资金到账行无此账户", "No such account at the receiving bank"),
        RC.ACCOUNT_NOT_FOUND,
        ("资金到账行账号不正确", "Account number at the receiving bank is incorrect"),
    ),
    _cup(
        "A4",
        P,
        QUERY,
        ("有缺陷的成功", "Defective success"),
        RC.APPROVED_UNCONFIRMED,
        ("交易成功，请向资金到账行确认", "Approved: confirm with the receiving bank"),
        notes="S1: a confirmation arrived without the original transfer-in request.",
    ),
    _cup(
        "A5",
        P,
        QUERY,
        ("有缺陷的成功", "Defective success"),
        RC.APPROVED_UNCONFIRMED,
        ("交易成功，请向资金到账行确认", "Approved: confirm with the receiving bank"),
        notes="S1: the original transfer-in was refused.",
    ),
    _cup(
        "A6",
        P,
        QUERY,
        ("有缺陷的成功", "Defective success"),
        RC.APPROVED_UNCONFIRMED,
        ("交易成功，请向资金到账行确认", "Approved: confirm with the receiving bank"),
        notes="S1: forwarded without an answer from the issuer; the confirmation was approved.",
    ),
    _cup(
        "A7",
        E,
        FIX,
        ("安全处理失败", "Security processing failed"),
        RC.SECURITY_PROCESSING_FAILED,
        ("安全处理失败", "Security processing failed"),
        notes="S1: a MAC or PIN check, PIN translation, key generation or ARPC generation "
        "failed. Its terminal operation and display cells are blank or unreadable in the "
        "text copy of S1; the display is the one POS application tables use (secondary).",
    ),
    _cup(
        "A8",
        E,
        FIX,
        ("转入卡归属地信息缺失", "Transfer-in card location information missing"),
        RC.FORMAT_ERROR,
        ('未上送"转入卡归属地信息"', "Transfer-in card location not sent"),
        notes="CUP 2015 meaning, for transfers. An older CUPS code set (reference S8) used A8 "
        "for a PIN key error.",
    ),
    _cup(
        "B1",
        D,
        NEVER,
        ("无欠费（收据未打）", "No outstanding bill (no receipt printed)"),
        RC.NO_BILL_DUE,
        ("此业务无欠费", "Nothing owed for this service"),
        notes="S1: answer to a bill enquiry.",
    ),
    _cup(
        "C1",
        E,
        FIX,
        ("受理方状态非法", "Acquirer status invalid"),
        RC.ACQUIRER_UNAVAILABLE,
        notes="S1: the acquirer is signed off, not signed on or otherwise in an invalid state. "
        "S1 gives no terminal operation or display.",
    ),
    _cup(
        "D1",
        E,
        FIX,
        ("机构代码错误", "Institution code error"),
        RC.FILE_ACTION_FAILED,
        notes=FILE_ROLES,
    ),
    _cup("D2", E, FIX, ("日期错误", "Date error"), RC.FILE_ACTION_FAILED, notes=FILE_ROLES),
    _cup(
        "D3",
        E,
        FIX,
        ("无效的文件类型", "Invalid file type"),
        RC.FILE_ACTION_FAILED,
        notes=FILE_ROLES,
    ),
    _cup(
        "D4",
        E,
        NEVER,
        ("已经处理过的文件", "File already processed"),
        RC.FILE_ACTION_FAILED,
        notes=f"{FILE_ROLES} The file was processed before, so it is not to be sent again.",
        advice=Advice(
            (
                s.step(
                    s.OPERATIONS,
                    "该文件已处理过，不要重复提交；核对上次的处理结果。",
                    "The file was already processed: do not submit it again, check the "
                    "earlier result.",
                ),
                s.KEEP_RECORDS,
            )
        ),
    ),
    _cup("D5", E, FIX, ("无此文件", "No such file"), RC.FILE_ACTION_FAILED, notes=FILE_ROLES),
    _cup(
        "D6",
        E,
        FIX,
        ("接收者不支持", "Not supported by the receiver"),
        RC.FILE_ACTION_FAILED,
        notes=FILE_ROLES,
    ),
    _cup(
        "D7",
        E,
        LATER,
        ("文件锁定", "File locked"),
        RC.FILE_ACTION_FAILED,
        notes=f"{FILE_ROLES} A lock is usually released, so a later retry is allowed.",
    ),
    _cup("D8", E, FIX, ("未成功", "Not successful"), RC.FILE_ACTION_FAILED, notes=FILE_ROLES),
    _cup(
        "D9",
        E,
        FIX,
        ("文件长度不符", "File length mismatch"),
        RC.FILE_ACTION_FAILED,
        notes=FILE_ROLES,
    ),
    _cup(
        "DA",
        E,
        FIX,
        ("文件解压缩错", "File decompression error"),
        RC.FILE_ACTION_FAILED,
        notes=FILE_ROLES,
    ),
    _cup("DB", E, FIX, ("文件名称错", "File name error"), RC.FILE_ACTION_FAILED, notes=FILE_ROLES),
    _cup(
        "DC",
        E,
        FIX,
        ("无法接收文件", "Unable to receive the file"),
        RC.FILE_ACTION_FAILED,
        notes=FILE_ROLES,
    ),
    _cup(
        "F1",
        E,
        FIX,
        ("文件记录格式错误", "File record format error"),
        RC.FILE_ACTION_FAILED,
        notes=FILE_ROLES,
    ),
    _cup(
        "F2",
        E,
        FIX,
        ("文件记录重复", "Duplicate file record"),
        RC.FILE_ACTION_FAILED,
        notes=FILE_ROLES,
    ),
    _cup(
        "F3",
        E,
        FIX,
        ("文件记录不存在", "File record does not exist"),
        RC.FILE_ACTION_FAILED,
        notes=FILE_ROLES,
    ),
    _cup(
        "F4", E, FIX, ("文件记录错误", "File record error"), RC.FILE_ACTION_FAILED, notes=FILE_ROLES
    ),
    _cup(
        "F5",
        E,
        LATER,
        ("文件批量转联机未完成", "Batch-to-online processing of the file not finished"),
        RC.FILE_ACTION_FAILED,
        notes=f"{FILE_ROLES} The batch is still being processed, so a later retry is allowed.",
    ),
    _cup(
        "N1",
        D,
        FIX,
        ("未登折帐目已超限，交易不成功", "Too many unposted passbook entries"),
        RC.PASSBOOK_LIMIT_EXCEEDED,
        ("未登折帐目超限", "Unposted passbook entries over the limit"),
    ),
    _cup(
        "P1",
        D,
        FIX,
        (
            "当前卡未在发卡机构留存手机号等通讯联系号码",
            "No mobile or other contact number on file with the issuer",
        ),
        RC.CONTACT_DETAILS_MISSING,
        ("未留存手机号等通讯联系号码", "No mobile or other contact number on file"),
    ),
    _cup(
        "Y1",
        A,
        NOT_NEEDED,
        ("脱机批准", "Approved offline"),
        RC.APPROVED_OFFLINE,
        notes="EMV authorisation response code set by an IC card transaction, listed by S1 for "
        "the UICS file interface; S1 gives no meaning text, so the wording is posrc's.",
    ),
    _cup(
        "Y3",
        A,
        NOT_NEEDED,
        ("无法联机，脱机批准", "Unable to go online, approved offline"),
        RC.APPROVED_OFFLINE,
        notes="EMV authorisation response code (see Y1); the wording is posrc's.",
    ),
    _cup(
        "Z1",
        D,
        FIX,
        ("脱机拒绝", "Declined offline"),
        RC.OFFLINE_DECLINED,
        notes="EMV authorisation response code (see Y1); the wording is posrc's.",
    ),
    _cup(
        "Z3",
        D,
        FIX,
        ("无法联机，脱机拒绝", "Unable to go online, declined offline"),
        RC.OFFLINE_DECLINED,
        notes="EMV authorisation response code (see Y1); the wording is posrc's.",
    ),
)
