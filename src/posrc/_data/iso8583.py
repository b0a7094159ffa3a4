"""ISO 8583:1987 response codes (data element 39, two digits).

Source: ISO 8583:1987, field 39. The standard's own text was not at hand; the
wording follows the common English wording of the published copies of the
table (a full 1987-style list, a Postilion-flavoured list, a card-present
gateway's field-39 reference and a codec table), which agree on every code
kept here. The approve/decline/pick-up dispositions of 00-22 were checked
against the CUP 《银行卡联网联合技术规范》 V2.0 table, and the Chinese meanings
follow the classic CUP POS appendix wherever it gives the same meaning for the
same code.

Only the codes the standard assigns are listed: 00-44, 51-68, 75 and 90-96.
The gaps are in ``RESERVED_RANGES`` (English in lower case, to read
within a sentence). Networks fill those gaps with codes of
their own, and the copies disagree about them: Postilion uses 45-47, 69, 77-89
and 98; one 1987-style list gives 97 "reconciliation totals reset" and 98 "MAC
error"; China UnionPay uses 45, 77, 79 and 97-99; a Taiwanese gateway labels
69-88 as reserved for ISO use. Those codes belong to the schemes that define
them, not here.

Outcome and retry follow posrc's policy rather than the bare disposition
column: timeouts, "request in progress" and malfunctions are ``UNKNOWN`` (query
before charging again), issuer or switch outages are ``ERROR`` to retry later,
and pick-up codes never allow a retry. Each record's outcome is that of the
native code it maps to.
"""

from __future__ import annotations

from posrc._data import native
from posrc._data.rows import SchemeRows, by_key
from posrc._enums import Retry, Scheme
from posrc._model import ReturnCode, Source, Text

SOURCES = by_key(Source("ISO 8583:1987", "field 39", key="ISO"))
"""The source every record of this table cites: the standard's own table, through its copies."""

_PICK_UP_VARIANT = (
    "Some copies of the table append 'pick-up' to this code's name and one omits it; all place it "
    "in the pick-up group, and the classic CUP appendix has the operator retain the card."
)
_FILE_UPDATE = "A result of a file-update (file action) request, not of a payment."


_iso = SchemeRows(Scheme.ISO8583, SOURCES["ISO"])


# fmt: off
ISO8583_CODES: tuple[ReturnCode, ...] = (
    _iso("00", native.APPROVED, "承兑或交易成功", "Approved or completed successfully"),
    _iso("01", native.REFER_TO_ISSUER, "查发卡行", "Refer to card issuer",
         notes="A referral: treated as a decline until the issuer is contacted."),
    _iso("02", native.REFER_TO_ISSUER, "查发卡行的特殊条件", "Refer to card issuer's special conditions",
         notes="A referral: treated as a decline until the issuer is contacted."),
    _iso("03", native.INVALID_MERCHANT, "无效商户", "Invalid merchant"),
    _iso("04", native.PICK_UP_CARD, "没收卡", "Pick-up card"),
    _iso("05", native.DO_NOT_HONOUR, "不予承兑", "Do not honour",
         notes="CUP's 2015 code set reuses 05 for 'cardholder verification failed'."),
    _iso("06", native.ISSUER_ERROR, "出错", "Error",
         notes="The CUP V2.0 table marks it a decline; the classic CUP appendix blames an issuer "
               "fault. Treated as an issuer-side error that may be retried later."),
    _iso("07", native.PICK_UP_SPECIAL_CONDITION, "特殊条件下没收卡", "Pick-up card, special condition"),
    _iso("08", native.APPROVED_WITH_IDENTIFICATION, "凭身份证明承兑", "Honour with identification",
         notes="A conditional approval: the cardholder's identity must be checked."),
    _iso("09", native.REQUEST_IN_PROGRESS, "请求正在处理中", "Request in progress",
         notes="The classic CUP appendix says to resubmit; posrc has the first attempt queried "
               "first, since its result is not yet known."),
    _iso("10", native.APPROVED_PARTIAL_AMOUNT, "部分金额批准", "Approved for partial amount"),
    _iso("11", native.APPROVED_VIP, "重要人物批准（VIP）", "Approved (VIP)"),
    _iso("12", native.INVALID_TRANSACTION, "无效交易", "Invalid transaction",
         notes="CUP's 2015 code set narrows 12 to an invalid related transaction."),
    _iso("13", native.INVALID_AMOUNT, "无效金额", "Invalid amount"),
    _iso("14", native.CARD_NOT_FOUND, "无效卡号（无此号码）", "Invalid card number (no such number)"),
    _iso("15", native.ISSUER_NOT_SUPPORTED, "无此发卡行", "No such issuer"),
    _iso("16", native.APPROVED_CARD_UPDATE, "批准，更新第三磁道", "Approved, update track 3"),
    _iso("17", native.CANCELLED_BY_CUSTOMER, "客户取消", "Customer cancellation"),
    _iso("18", native.CUSTOMER_DISPUTE, "客户争议", "Customer dispute"),
    _iso("19", native.RE_ENTER_TRANSACTION, "重新送入交易", "Re-enter transaction"),
    _iso("20", native.INVALID_RESPONSE, "无效应答", "Invalid response",
         notes="The result of the request is not reliable, so it is queried before any retry."),
    _iso("21", native.NO_ACTION_TAKEN, "不做任何处理", "No action taken",
         notes="CUP's 2015 code set reuses 21 for a card that is not activated or is dormant."),
    _iso("22", native.SUSPECTED_MALFUNCTION, "怀疑有故障", "Suspected malfunction",
         notes="Listed as an error; posrc treats the result as unknown until queried. The "
               "classic CUP appendix reads it as an operator error (re-sign-on), and CUP's 2015 "
               "code set as a related-transaction error."),
    _iso("23", native.UNACCEPTABLE_FEE, "不可接受的交易费", "Unacceptable transaction fee"),
    _iso("24", native.FILE_ACTION_FAILED, "接收方不支持文件更新",
         "File update not supported by receiver",
         notes=_FILE_UPDATE),
    _iso("25", native.ORIGINAL_NOT_FOUND, "未能找到文件上记录", "Unable to locate record on file",
         notes="In a file update it is a file-action result; in a payment (as in CUP's use) the "
               "original transaction was not found."),
    _iso("26", native.REQUEST_ACCEPTED, "文件更新记录重复，旧记录已被替换",
         "Duplicate file update record, old record replaced",
         notes=_FILE_UPDATE + " The update was applied."),
    _iso("27", native.FILE_ACTION_FAILED, "文件更新字段编辑错", "File update field edit error",
         notes=_FILE_UPDATE),
    _iso("28", native.FILE_ACTION_FAILED, "文件更新时文件被锁定", "File update file locked out",
         retry=Retry.LATER, notes=_FILE_UPDATE + " The file is locked, so a later retry may succeed."),
    _iso("29", native.FILE_ACTION_FAILED, "文件更新未成功，请联系收单行",
         "File update not successful, contact acquirer", notes=_FILE_UPDATE),
    _iso("30", native.FORMAT_ERROR, "格式错误", "Format error"),
    _iso("31", native.ISSUER_NOT_SUPPORTED, "交换中心不支持的银行", "Bank not supported by switch"),
    _iso("32", native.COMPLETED_PARTIALLY, "部分完成", "Completed partially",
         notes="The copies give it no disposition; posrc has the result queried before the rest "
               "is acted on."),
    _iso("33", native.EXPIRED_CARD_PICK_UP, "过期的卡（没收）", "Expired card (pick-up)",
         notes=_PICK_UP_VARIANT),
    _iso("34", native.FRAUD_PICK_UP, "有作弊嫌疑（没收）", "Suspected fraud (pick-up)",
         notes=_PICK_UP_VARIANT),
    _iso("35", native.CONTACT_ACQUIRER_PICK_UP, "受卡方与收单行联系（没收）",
         "Card acceptor contact acquirer (pick-up)",
         notes=_PICK_UP_VARIANT + " The classic CUP appendix's Chinese name for 35 is that of 37 "
               "(security department); the ISO wording is followed here."),
    _iso("36", native.RESTRICTED_CARD_PICK_UP, "受限制的卡（没收）", "Restricted card (pick-up)",
         notes=_PICK_UP_VARIANT),
    _iso("37", native.CONTACT_ACQUIRER_PICK_UP, "受卡方呼受理方安全保密部门（没收卡）",
         "Card acceptor call acquirer security (pick-up)", notes=_PICK_UP_VARIANT),
    _iso("38", native.PIN_TRIES_PICK_UP, "超过允许的PIN试输入（没收）",
         "Allowable PIN tries exceeded (pick-up)",
         notes=_PICK_UP_VARIANT + " CUP's 2015 code set uses 38 without retaining the card "
               "(the account is locked)."),
    _iso("39", native.ACCOUNT_NOT_FOUND, "无此信用卡账户", "No credit account"),
    _iso("40", native.FUNCTION_NOT_SUPPORTED, "请求的功能尚不支持", "Requested function not supported"),
    _iso("41", native.LOST_CARD, "丢失卡（没收）", "Lost card (pick-up)"),
    _iso("42", native.ACCOUNT_NOT_FOUND, "无此通用账户", "No universal account"),
    _iso("43", native.STOLEN_CARD, "被窃卡（没收）", "Stolen card, pick-up"),
    _iso("44", native.ACCOUNT_NOT_FOUND, "无此投资账户", "No investment account"),
    _iso("51", native.INSUFFICIENT_BALANCE, "无足够的存款", "Not sufficient funds"),
    _iso("52", native.ACCOUNT_NOT_FOUND, "无此支票账户", "No cheque account"),
    _iso("53", native.ACCOUNT_NOT_FOUND, "无此储蓄账户", "No savings account"),
    _iso("54", native.EXPIRED_CARD, "过期的卡", "Expired card"),
    _iso("55", native.INCORRECT_PIN, "不正确的PIN", "Incorrect PIN"),
    _iso("56", native.CARD_NOT_FOUND, "无此卡记录", "No card record"),
    _iso("57", native.NOT_PERMITTED_TO_CARDHOLDER, "不允许持卡人进行的交易",
         "Transaction not permitted to cardholder"),
    _iso("58", native.NOT_PERMITTED_AT_TERMINAL, "不允许终端进行的交易",
         "Transaction not permitted to terminal"),
    _iso("59", native.SUSPECTED_FRAUD, "有作弊嫌疑", "Suspected fraud",
         notes="CUP's 2015 code set uses 59 for a failed card verification value (CVN) check."),
    _iso("60", native.CONTACT_ACQUIRER, "受卡方与收单行联系", "Card acceptor contact acquirer"),
    _iso("61", native.AMOUNT_LIMIT_EXCEEDED, "超出取款金额限制", "Exceeds withdrawal amount limit"),
    _iso("62", native.RESTRICTED_CARD, "受限制的卡", "Restricted card"),
    _iso("63", native.SECURITY_VIOLATION, "违反安全保密规定", "Security violation"),
    _iso("64", native.ORIGINAL_AMOUNT_MISMATCH, "原始金额不正确", "Original amount incorrect"),
    _iso("65", native.FREQUENCY_LIMIT_EXCEEDED, "超出取款次数限制",
         "Exceeds withdrawal frequency limit"),
    _iso("66", native.CALL_ACQUIRER_SECURITY, "受卡方呼受理方安全保密部门",
         "Card acceptor call acquirer's security department"),
    _iso("67", native.HARD_CAPTURE, "强制没收（要求在ATM上没收卡）",
         "Hard capture (requires that card be picked up at ATM)"),
    _iso("68", native.BANK_TIMEOUT, "收到的回答太迟", "Response received too late",
         notes="Listed as an error or timeout; the result is unknown, so it is queried or reversed "
               "before any retry."),
    _iso("75", native.PIN_TRIES_EXCEEDED, "允许的输入PIN次数超限",
         "Allowable number of PIN tries exceeded",
         notes="Unlike 38, the card is not retained."),
    _iso("90", native.CUTOFF_IN_PROGRESS, "日期切换正在处理", "Cutoff is in process",
         notes="The switch is ending its business day; the request can be sent again in a few "
               "minutes."),
    _iso("91", native.ISSUER_UNAVAILABLE, "发卡方或交换中心不能操作", "Issuer or switch is inoperative"),
    _iso("92", native.ROUTING_FAILURE, "金融机构或中间网络设施找不到或无法达到",
         "Financial institution or intermediate network facility cannot be found for routing",
         notes="Listed as an error; posrc allows a later retry, as for 91."),
    _iso("93", native.VIOLATION_OF_LAW, "交易违法、不能完成",
         "Transaction cannot be completed. Violation of law"),
    _iso("94", native.DUPLICATE_TRANSACTION, "重复传送", "Duplicate transmission",
         notes="Listed as an error; the first attempt is queried before anything is resent."),
    _iso("95", native.RECONCILIATION_ERROR, "对账错误", "Reconcile error"),
    _iso("96", native.SYSTEM_MALFUNCTION, "系统异常、失效", "System malfunction",
         notes="Listed as an error to retry later; posrc treats the result as unknown until the "
               "first attempt is queried. CUP's 2015 code set narrows 96 to a switch fault."),
)
# fmt: on

RESERVED_RANGES: tuple[tuple[str, str, Text], ...] = (
    ("45", "50", Text("保留供ISO使用", "reserved for ISO use")),
    ("69", "74", Text("保留供ISO使用", "reserved for ISO use")),
    ("76", "89", Text("保留供私人使用", "reserved for private use")),
    ("97", "99", Text("保留供国家使用", "reserved for national use")),
)
