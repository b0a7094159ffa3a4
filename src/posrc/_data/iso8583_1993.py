"""ISO 8583:1993 action codes (data element 39, three digits, in 1xxx messages).

Source named on every record: ISO 8583:1993, field 39 action codes. The
standard's own text was not available. The codes and their English wording
follow the secondary copies of its table, which agree with one another on
every code kept here: SAP's "Action Codes" help page (stated to be taken from
the 1993 specification; 000-106 seen), the action-code table of a Dynatrace
ISO 8583 parser script, the 1993 branch of a Java ISO 8583 message describer,
and three "Decline reason message" tables in public code. A card gateway's
table of the same codes was read as a further cross-check; it agrees, except
that it words 100 and 200 as general declines "with no comments".

The first digit gives the group: 0 approved, 1 declined, 2 declined and pick
up the card, 3 file action, 4 reversal or chargeback, 5 reconciliation,
6 administrative, 7 fee collection, 8 network management, 9 advice
acknowledgements and errors. Only the codes of the standard are listed (000-007,
100-129, 200-210, 300-309, 400, 500-504, 600-606, 700, 800, 900-923 and 950);
the network and vendor extensions seen in the same copies (070-087, 130, 146,
160-197, 280-284, 481, 484, 607, 680, 681, 751, 940-949, 992-996) are not ISO
codes and are left out.

Outcome and retry follow posrc's policy, which classes a code by its cause
rather than by its group: for example 126 and 128 sit in the decline group but
are key or PIN-block faults fixed by signing on, and 909 and 911 are listed as
decline reasons but leave the result unknown until it is queried. Each
record's outcome is that of the native code it maps to.
"""

from __future__ import annotations

from posrc._data import native
from posrc._data.rows import SchemeRows, by_key
from posrc._enums import Retry, Scheme
from posrc._model import ReturnCode, Source

SOURCES = by_key(Source("ISO 8583:1993", "field 39 action codes", key="ISO"))
"""The source every record of this table cites: the standard's own table, through its copies."""

_GENERAL = "Some copies word it as a general refusal given 'with no comments'."
_ERROR_GROUP = (
    "The copies list it as a decline reason; posrc classes it by its cause, as a fault "
    "rather than a refusal of the card."
)


_ac = SchemeRows(Scheme.ISO8583_1993, SOURCES["ISO"])


# fmt: off
ISO8583_1993_CODES: tuple[ReturnCode, ...] = (
    # 0xx: approved
    _ac("000", native.APPROVED, "批准", "Approved"),
    _ac("001", native.APPROVED_WITH_IDENTIFICATION, "凭身份证明承兑", "Honour with identification",
        notes="A conditional approval: the cardholder's identity must be checked."),
    _ac("002", native.APPROVED_PARTIAL_AMOUNT, "部分金额批准", "Approved for partial amount"),
    _ac("003", native.APPROVED_VIP, "重要人物批准（VIP）", "Approved (VIP)"),
    _ac("004", native.APPROVED_CARD_UPDATE, "批准，更新第三磁道", "Approved, update track 3"),
    _ac("005", native.APPROVED, "批准，账户类型由发卡方指定",
        "Approved, account type specified by card issuer"),
    _ac("006", native.APPROVED_PARTIAL_AMOUNT, "部分金额批准，账户类型由发卡方指定",
        "Approved for partial amount, account type specified by card issuer"),
    _ac("007", native.APPROVED_CARD_UPDATE, "批准，更新IC卡", "Approved, update ICC"),
    # 1xx: declined, card not retained
    _ac("100", native.DO_NOT_HONOUR, "不予承兑", "Do not honour", notes=_GENERAL),
    _ac("101", native.EXPIRED_CARD, "过期的卡", "Expired card"),
    _ac("102", native.SUSPECTED_FRAUD, "有作弊嫌疑", "Suspected fraud"),
    _ac("103", native.CONTACT_ACQUIRER, "受卡方与收单行联系", "Card acceptor contact acquirer"),
    _ac("104", native.RESTRICTED_CARD, "受限制的卡", "Restricted card"),
    _ac("105", native.CALL_ACQUIRER_SECURITY, "受卡方呼收单行安全保密部门",
        "Card acceptor call acquirer's security department"),
    _ac("106", native.PIN_TRIES_EXCEEDED, "超过允许的PIN试输入次数", "Allowable PIN tries exceeded"),
    _ac("107", native.REFER_TO_ISSUER, "查发卡方", "Refer to card issuer"),
    _ac("108", native.REFER_TO_ISSUER, "查发卡方的特殊条件",
        "Refer to card issuer's special conditions"),
    _ac("109", native.INVALID_MERCHANT, "无效商户", "Invalid merchant"),
    _ac("110", native.INVALID_AMOUNT, "无效金额", "Invalid amount"),
    _ac("111", native.CARD_NOT_FOUND, "无效卡号", "Invalid card number"),
    _ac("112", native.PIN_REQUIRED, "需要PIN数据", "PIN data required"),
    _ac("113", native.UNACCEPTABLE_FEE, "不可接受的交易费", "Unacceptable fee"),
    _ac("114", native.ACCOUNT_NOT_FOUND, "无所请求类型的账户", "No account of type requested"),
    _ac("115", native.FUNCTION_NOT_SUPPORTED, "请求的功能尚不支持", "Requested function not supported"),
    _ac("116", native.INSUFFICIENT_BALANCE, "资金不足", "Not sufficient funds"),
    _ac("117", native.INCORRECT_PIN, "不正确的PIN", "Incorrect PIN"),
    _ac("118", native.CARD_NOT_FOUND, "无此卡记录", "No card record"),
    _ac("119", native.NOT_PERMITTED_TO_CARDHOLDER, "不允许持卡人进行的交易",
        "Transaction not permitted to cardholder"),
    _ac("120", native.NOT_PERMITTED_AT_TERMINAL, "不允许终端进行的交易",
        "Transaction not permitted to terminal"),
    _ac("121", native.AMOUNT_LIMIT_EXCEEDED, "超出取款金额限制", "Exceeds withdrawal amount limit"),
    _ac("122", native.SECURITY_VIOLATION, "违反安全保密规定", "Security violation"),
    _ac("123", native.FREQUENCY_LIMIT_EXCEEDED, "超出取款次数限制",
        "Exceeds withdrawal frequency limit"),
    _ac("124", native.VIOLATION_OF_LAW, "违反法律", "Violation of law"),
    _ac("125", native.CARD_NOT_ACTIVE, "卡片尚未生效", "Card not effective"),
    _ac("126", native.PIN_BLOCK_ERROR, "无效的PIN块", "Invalid PIN block",
        notes="In the decline group, but the fault is in PIN encryption, so posrc treats it as a "
              "terminal error fixed by signing on."),
    _ac("127", native.INCORRECT_PIN, "PIN长度错误", "PIN length error",
        notes="The PIN entered has the wrong number of digits, so it is handled like an "
              "incorrect PIN; if it recurs with correct PINs, check the terminal's PIN-entry "
              "settings."),
    _ac("128", native.KEY_SYNC_ERROR, "PIN密钥同步错误", "PIN key synchronisation error",
        notes="In the decline group, but it is a key fault fixed by signing on."),
    _ac("129", native.SUSPECTED_FRAUD, "怀疑伪造卡", "Suspected counterfeit card",
        notes="The card is not retained here; 210 is the pick-up form."),
    # 2xx: declined, pick up the card
    _ac("200", native.PICK_UP_CARD, "不予承兑（没收卡）", "Do not honour (pick up)", notes=_GENERAL),
    _ac("201", native.EXPIRED_CARD_PICK_UP, "过期的卡（没收卡）", "Expired card (pick up)"),
    _ac("202", native.FRAUD_PICK_UP, "有作弊嫌疑（没收卡）", "Suspected fraud (pick up)"),
    _ac("203", native.CONTACT_ACQUIRER_PICK_UP, "受卡方与收单行联系（没收卡）",
        "Card acceptor contact acquirer (pick up)"),
    _ac("204", native.RESTRICTED_CARD_PICK_UP, "受限制的卡（没收卡）", "Restricted card (pick up)"),
    _ac("205", native.CONTACT_ACQUIRER_PICK_UP, "受卡方呼收单行安全保密部门（没收卡）",
        "Card acceptor call acquirer's security department (pick up)"),
    _ac("206", native.PIN_TRIES_PICK_UP, "超过允许的PIN试输入次数（没收卡）",
        "Allowable PIN tries exceeded (pick up)"),
    _ac("207", native.PICK_UP_SPECIAL_CONDITION, "特殊条件（没收卡）", "Special conditions (pick up)"),
    _ac("208", native.LOST_CARD, "丢失卡（没收卡）", "Lost card (pick up)"),
    _ac("209", native.STOLEN_CARD, "被窃卡（没收卡）", "Stolen card (pick up)"),
    _ac("210", native.FRAUD_PICK_UP, "怀疑伪造卡（没收卡）", "Suspected counterfeit card (pick up)"),
    # 3xx: file action
    _ac("300", native.REQUEST_ACCEPTED, "文件操作成功", "Successful (file action)"),
    _ac("301", native.FILE_ACTION_FAILED, "接收方不支持", "Not supported by receiver"),
    _ac("302", native.FILE_ACTION_FAILED, "未能找到文件上记录", "Unable to locate record on file"),
    _ac("303", native.REQUEST_ACCEPTED, "记录重复，旧记录已被替换",
        "Duplicate record, old record replaced",
        notes="The update was applied."),
    _ac("304", native.FILE_ACTION_FAILED, "字段编辑错误", "Field edit error"),
    _ac("305", native.FILE_ACTION_FAILED, "文件被锁定", "File locked out", retry=Retry.LATER,
        notes="The file is locked, so a later retry may succeed."),
    _ac("306", native.FILE_ACTION_FAILED, "未成功", "Not successful"),
    _ac("307", native.FILE_ACTION_FAILED, "格式错误", "Format error"),
    _ac("308", native.FILE_ACTION_FAILED, "记录重复，新记录被拒绝", "Duplicate, new record rejected"),
    _ac("309", native.FILE_ACTION_FAILED, "未知文件", "Unknown file"),
    # 4xx: reversal or chargeback
    _ac("400", native.REQUEST_ACCEPTED, "已接受（冲正）", "Accepted (reversal)"),
    # 5xx: reconciliation
    _ac("500", native.REQUEST_ACCEPTED, "已对账，平衡", "Reconciled, in balance"),
    _ac("501", native.RECONCILIATION_ERROR, "已对账，不平衡", "Reconciled, out of balance"),
    _ac("502", native.RECONCILIATION_ERROR, "金额未对账，已提供总额",
        "Amount not reconciled, totals provided"),
    _ac("503", native.RECONCILIATION_ERROR, "无法提供对账总额",
        "Totals for reconciliation not available"),
    _ac("504", native.RECONCILIATION_ERROR, "未对账，已提供总额", "Not reconciled, totals provided"),
    # 6xx: administrative
    _ac("600", native.REQUEST_ACCEPTED, "已接受（管理类）", "Accepted (administrative)"),
    _ac("601", native.ORIGINAL_NOT_FOUND, "无法追溯原交易",
        "Not able to trace back original transaction"),
    _ac("602", native.INVALID_TRANSACTION, "无效的参考号", "Invalid reference number"),
    _ac("603", native.INVALID_TRANSACTION, "参考号与主账号不符", "Reference number/PAN incompatible"),
    _ac("604", native.DOCUMENT_NOT_AVAILABLE, "无法提供POS照片", "POS photograph is not available"),
    _ac("605", native.REQUEST_ACCEPTED, "已提供所需单据", "Item supplied"),
    _ac("606", native.DOCUMENT_NOT_AVAILABLE, "请求无法满足：所需单据不可提供",
        "Request cannot be fulfilled - required/requested documentation not available"),
    # 7xx and 8xx: fee collection and network management
    _ac("700", native.REQUEST_ACCEPTED, "已接受（费用收取）", "Accepted (fee collection)"),
    _ac("800", native.REQUEST_ACCEPTED, "已接受（网络管理）", "Accepted (network management)"),
    # 9xx: advice acknowledgements and errors
    _ac("900", native.REQUEST_ACCEPTED, "通知已确认，不承担资金责任",
        "Advice acknowledged, no financial liability accepted",
        notes="The advice was received; the receiver does not accept liability for the amount."),
    _ac("901", native.REQUEST_ACCEPTED, "通知已确认，承担资金责任",
        "Advice acknowledged, financial liability accepted"),
    _ac("902", native.INVALID_TRANSACTION, "无效交易", "Invalid transaction"),
    _ac("903", native.RE_ENTER_TRANSACTION, "重新送入交易", "Re-enter transaction"),
    _ac("904", native.FORMAT_ERROR, "格式错误", "Format error"),
    _ac("905", native.ACQUIRER_UNAVAILABLE, "交换中心不支持该收单方",
        "Acquirer not supported by switch"),
    _ac("906", native.CUTOFF_IN_PROGRESS, "正在日切处理", "Cutover in process"),
    _ac("907", native.ISSUER_UNAVAILABLE, "发卡方或交换中心不能操作",
        "Card issuer or switch inoperative",
        notes=_ERROR_GROUP),
    _ac("908", native.ROUTING_FAILURE, "找不到交易目的地以进行路由",
        "Transaction destination cannot be found for routing", notes=_ERROR_GROUP),
    _ac("909", native.SYSTEM_MALFUNCTION, "系统故障", "System malfunction",
        notes=_ERROR_GROUP + " The result is unknown until the first attempt is queried."),
    _ac("910", native.ISSUER_UNAVAILABLE, "发卡方已签退", "Card issuer signed off", notes=_ERROR_GROUP),
    _ac("911", native.BANK_TIMEOUT, "发卡方超时", "Card issuer timed out",
        notes=_ERROR_GROUP + " The result is unknown until the first attempt is queried."),
    _ac("912", native.ISSUER_UNAVAILABLE, "发卡方不可用", "Card issuer unavailable", notes=_ERROR_GROUP),
    _ac("913", native.DUPLICATE_TRANSACTION, "重复传送", "Duplicate transmission",
        notes="The first attempt is queried before anything is resent."),
    _ac("914", native.ORIGINAL_NOT_FOUND, "无法追溯原交易",
        "Not able to trace back to original transaction",
        notes="Typically the answer to a reversal whose original cannot be matched."),
    _ac("915", native.RECONCILIATION_ERROR, "对账日切或检查点错误",
        "Reconciliation cutover or checkpoint error"),
    _ac("916", native.MAC_ERROR, "MAC不正确", "MAC incorrect"),
    _ac("917", native.KEY_SYNC_ERROR, "MAC密钥同步错误", "MAC key synchronisation error"),
    _ac("918", native.KEY_SYNC_ERROR, "无可用的通信密钥", "No communication keys available for use"),
    _ac("919", native.KEY_SYNC_ERROR, "加密密钥同步错误", "Encryption key synchronisation error"),
    _ac("920", native.SECURITY_PROCESSING_FAILED, "安全软件或硬件错误，请重试",
        "Security software/hardware error - try again", retry=Retry.LATER,
        notes="The standard's wording invites a retry, so a later retry is allowed."),
    _ac("921", native.SECURITY_PROCESSING_FAILED, "安全软件或硬件错误，不做处理",
        "Security software/hardware error - no action",
        notes="Not to be retried as it stands: the security set-up must be fixed first."),
    _ac("922", native.MESSAGE_OUT_OF_SEQUENCE, "报文序号错乱", "Message number out of sequence"),
    _ac("923", native.REQUEST_IN_PROGRESS, "请求正在处理中", "Request in progress"),
    _ac("950", native.AGREEMENT_VIOLATION, "违反业务协议", "Violation of business arrangement"),
)
# fmt: on
