"""China UnionPay (银联, CUPS) field-39 response codes.

Sources and editions (``SOURCES``):

* **S1, Q/CUP 006.6-2015** 《中国银联银行卡交换系统技术规范（国际卷）第6部分 附录》, version 2015.B,
  issued 2015-11-12, effective 2016-04-30: §A.2.1 "按应答码序号排列的应答码表" gives each code's
  meaning (含义), terminal operation (终端操作) and recommended terminal display (终端显示（推荐）).
  Every code of that table is here and, where it has a recommended display, that text is used
  verbatim, except where it would invite a blind retry of a payment whose result is unknown.
* **S2/S3, the classic CUP POS-terminal appendix** "对应答码的处理", which sorts codes into terminal
  handling classes A-E. The official document behind it was not found; its table is known from
  two independent code copies (``dongyongzhi/android_work`` ``ISO8583Util.java`` and the
  ``com.koolyun.mis.sqlite.BankErrorCode`` table), corroborated for the first rows by web copies.
  Codes that the 2015 table no longer lists are taken from it, as non-primary sources.
* **S8**, an older CUPS code set, cited only where it gives a code another meaning.

The recommended displays were checked against a second kind of source: POS application code
tables in public repositories (Java, Kotlin, C and PHP) reproduce the same strings for 00-A7,
with the class letters A-E of the 2010s apps (A2 and A4-A6 in class A, 98 in class E). Those
tables also show 安全处理失败 as the display for A7, whose cell is unreadable in the text copy of
Q/CUP 006.6-2015; posrc uses it.

Where the 2015 meaning of a code differs from the classic or the ISO 8583:1987 meaning (05, 21,
22, 38, 45, 59, A8), the 2015 meaning is used and the notes give the older one.

Each row gives the source's own columns first, verbatim, so that it can be read against the
table of S1 (or of the classic appendix): code, 含义, 终端操作 and 终端显示（推荐）. posrc's
columns follow: the native code the row maps to, the English meaning, and the English of the
recommended display where posrc shows it. A row that shows its own display instead, or none,
says why in its notes.

Outcome and retry follow posrc's policy rather than the class letters: a record's outcome is
always its canonical native code's, timeouts and malfunctions are ``UNKNOWN`` to be queried
first, and cards to retain are ``PICK_UP`` never to be retried. A row gives its retry only where
it differs from its native code's.
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

from posrc._data import native, steps
from posrc._data.rows import by_key
from posrc._data.steps import step
from posrc._enums import Actor, Retry, Scheme
from posrc._model import Advice, ReturnCode, Source, Text

SOURCES = by_key(
    Source(
        "Q/CUP 006.6-2015",
        "§A.2.1",
        key="S1",
        edition="version 2015.B, issued 2015-11-12, effective 2016-04-30",
    ),
    Source("CUP POS terminal appendix 对应答码的处理 (classic)", primary=False, key="S2/S3"),
    Source(
        "交通银行响应报文中39域代码 (Bank of Communications field-39 codes), an older CUPS code set",
        primary=False,
        key="S8",
    ),
)
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
"""The terminal handling classes of the classic appendix."""


class Row(NamedTuple):
    """One row of the table: the source's columns, verbatim, then posrc's."""

    code: str
    zh: str
    """含义, the meaning."""
    terminal_operation: str
    """终端操作, the terminal operation; empty where the source gives none."""
    spec_display: str
    """终端显示（推荐）, the recommended display; empty where the source gives none."""
    canonical: ReturnCode
    en: str
    display_en: str = ""
    """The recommended display in English, where posrc shows that display."""
    display: tuple[str, str] | None = None
    """posrc's own display in Chinese and English, shown instead of the recommended one."""
    classic: str = ""
    """The class (A-E) of a code known only from the classic appendix, whose columns it gives."""
    retry: Retry | None = None
    advice: Advice | None = None
    notes: str = ""

    def record(self) -> ReturnCode:
        if self.classic:
            source = attrs.evolve(SOURCES["S2/S3"], section=f"class {self.classic}")
            notes = f"{CLASSIC_NOTE} Classic class {self.classic} ({CLASSES[self.classic]}). "
            notes = (notes + self.notes).strip()
        else:
            source, notes = SOURCES["S1"], self.notes
        if self.display is not None:
            display: Text | None = Text(*self.display)
        elif self.display_en:
            display = Text(self.spec_display, self.display_en)
        else:
            display = None
        return ReturnCode(
            self.code,
            Scheme.CUP,
            self.canonical,
            self.retry,
            meaning=Text(self.zh, self.en),
            display=display,
            advice=self.advice,
            source=source,
            notes=notes,
        )


FILE_ROLES = "File-transfer code (S1 gives no terminal operation or display)."
FILE_ALREADY_PROCESSED = Advice(
    (
        step(
            Actor.OPERATIONS,
            "该文件已处理过，不要重复提交；核对上次的处理结果。",
            "The file was already processed: do not submit it again, check the earlier result.",
        ),
        steps.KEEP_RECORDS,
    )
)

# fmt: off
ROWS: tuple[Row, ...] = (
    #   code  含义                                          终端操作        终端显示（推荐）
    #   native code, English meaning, English display
    Row("00", "承兑或交易成功",                             "成功",         "交易成功",
        native.APPROVED, "Approved or completed successfully", "Approved"),
    Row("01", "查发卡方",                                   "失败",         "请持卡人与发卡银行联系",
        native.REFER_TO_ISSUER, "Refer to card issuer", "Cardholder to contact the issuing bank",
        notes="S1: used only when the cardholder must contact the issuer. Classic class C."),
    Row("02", "查发卡行的特殊条件",                         "",             "交易失败，请联系发卡行",
        native.REFER_TO_ISSUER, "Refer to card issuer's special conditions", "Declined: contact the issuing bank",
        classic="C"),
    Row("03", "无效商户",                                   "失败",         "无效商户",
        native.INVALID_MERCHANT, "Invalid merchant", "Invalid merchant",
        notes="S1: abnormal MCC, card not allowed at this MCC, or merchant blacklisted. Classic: "
              "the merchant must be registered with the bank or centre."),
    Row("04", "没收卡",                                     "呑卡、没收",   "此卡为无效卡",
        native.PICK_UP_CARD, "Pick up card", "This card is invalid",
        notes="S1 recommends 此卡为无效卡 at a POS and 此卡应被吞没 (card to be swallowed) at an ATM; the POS"
              " text is used. The card is still to be retained. Classic display: 没收卡，请联系收单行 "
              "(class D)."),
    Row("05", "身份认证失败",                               "失败",         "持卡人认证失败",
        native.CARDHOLDER_VERIFICATION_FAILED, "Cardholder verification failed", "Cardholder verification failed",
        notes="CUP 2015 meaning (identity data mismatch, CVN2 failure and similar). The classic "
              "appendix and ISO 8583 use 05 for 不予承兑 (do not honour)."),
    Row("06", "出错",                                       "",             "交易失败，请联系发卡行",
        native.ISSUER_ERROR, "Error", "Declined: contact the issuing bank",
        classic="E",
        notes="Classic reason: fault at the issuer. Class E says not to retry; posrc allows a "
              "later retry, as for other issuer faults."),
    Row("07", "特殊条件下没收卡",                           "",             "没收卡，请联系收单行",
        native.PICK_UP_SPECIAL_CONDITION, "Pick up card, special condition", "Retain the card: call the acquirer",
        classic="D"),
    Row("09", "请求正在处理中",                             "",             "交易失败，请重试",
        native.REQUEST_IN_PROGRESS, "Request in progress",
        classic="B",
        notes="The classic appendix says to resubmit the request and displays 交易失败，请重试; posrc "
              "queries the first attempt first, so that the card is not charged twice, and does "
              "not use that display."),
    Row("10", "部分金额批准",                               "成功，需提示", "显示部分批准金额，提示操作员",
        native.APPROVED_PARTIAL_AMOUNT, "Approved for partial amount", "Show the partially approved amount to the operator",
        notes="S1 terminal operation: 成功，需提示 (success, operator to be told)."),
    Row("11", "重要人物批准（VIP）",                        "成功",         "此为VIP客户",
        native.APPROVED_VIP, "Approved (VIP)", "VIP customer"),
    Row("12", "无效的关联交易",                             "失败",         "无效交易",
        native.INVALID_TRANSACTION, "Invalid related transaction", "Invalid transaction",
        notes="S1: void or reversal of an unapproved original, pre-authorisation completion "
              "without a pre-authorisation, and similar. Classic: 无效交易, transaction the issuer "
              "does not support (class C)."),
    Row("13", "无效金额",                                   "失败",         "无效金额",
        native.INVALID_AMOUNT, "Invalid amount", "Invalid amount",
        notes="S1: zero or illegal amount, cumulative limits, tip over limit, unsupported "
              "currency. Classic class B with display 交易金额超限，请重试."),
    Row("14", "无效卡号（无此账号）",                       "失败",         "无效卡号",
        native.CARD_NOT_FOUND, "Invalid card number (no such account)", "Invalid card number",
        notes="S1 also covers a failed Luhn check and a closed account. Classic class B."),
    Row("15", "无此发卡方",                                 "失败",         "此卡无对应发卡方",
        native.ISSUER_NOT_SUPPORTED, "No such issuer", "No issuer found for this card",
        notes="Returned by the CUPS switch when no issuer matches the card number."),
    Row("16", "批准更新第三磁道",                           "成功",         "更新第三磁道",
        native.APPROVED_CARD_UPDATE, "Approved, update track 3", "Update track 3",
        notes="S1 marks this code reserved (保留), with no role using it."),
    Row("19", "重新送入交易",                               "",             "交易失败，请联系发卡行",
        native.RE_ENTER_TRANSACTION, "Re-enter transaction",
        classic="C",
        notes="Classic reason: the card data read was faulty, the card may be read again. The "
              "classic display (交易失败，请联系发卡行) contradicts that and is not used."),
    Row("20", "无效应答",                                   "",             "交易失败，请联系发卡行",
        native.INVALID_RESPONSE, "Invalid response",
        classic="C",
        notes="The classic display 交易失败，请联系发卡行 is not used: an unreadable answer does not prove "
              "that no money moved."),
    Row("21", "卡未初始化",                                 "失败",         "该卡未初始化或睡眠卡",
        native.CARD_NOT_ACTIVE, "Card not activated", "Card not activated, or dormant",
        notes="CUP 2015 meaning (not activated, initial PIN unchanged, dormant or frozen). The "
              "classic appendix and ISO 8583 use 21 for 不做任何处理 (no action taken)."),
    Row("22", "故障怀疑，关联交易错误",                     "失败",         "操作有误，或超出交易允许天数",
        native.RELATED_TRANSACTION_ERROR, "Suspected malfunction: related transaction error", "Operation error, or outside the allowed number of days",
        notes="CUP 2015 meaning: void after a reversal, duplicate completion, pre-authorisation "
              "too old. Classic: 怀疑操作有误, the POS state differs from the centre's and the terminal"
              " may sign on again; ISO 8583: suspected malfunction."),
    Row("23", "不可接受的交易费",                           "",             "交易失败，请联系发卡行",
        native.UNACCEPTABLE_FEE, "Unacceptable transaction fee", "Declined: contact the issuing bank",
        classic="C"),
    Row("25", "找不到原始交易",                             "失败",         "没有原始交易，请联系发卡方",
        native.ORIGINAL_NOT_FOUND, "Unable to locate the original transaction", "No original transaction: contact the issuer",
        notes="Classic wording: 未能找到文件上记录 (record not found on file)."),
    Row("30", "报文格式错误",                               "失败",         "请重试",
        native.FORMAT_ERROR, "Format error", "Please try again",
        notes="S1 recommends 请重试: the request was refused before processing, so a retry cannot "
              "charge twice, but it only helps once the card is read again or the message is "
              "corrected (missing fields, bad bitmap or track data)."),
    Row("31", "银联不支持的银行",                           "",             "此卡不能受理",
        native.ISSUER_NOT_SUPPORTED, "Bank not supported by the switch", "This card cannot be accepted",
        classic="C"),
    Row("33", "过期的卡",                                   "",             "过期卡，请联系发卡行",
        native.EXPIRED_CARD_PICK_UP, "Expired card, pick up", "Expired card: contact the issuing bank",
        classic="D",
        notes="Classic reason: the operator may retain the card."),
    Row("34", "有作弊嫌疑",                                 "呑卡、没收",   "作弊卡,呑卡",
        native.FRAUD_PICK_UP, "Suspected fraud, pick up", "Fraudulent card: retain it",
        notes="S1: includes ARQC failure, too many CVN errors and counterfeit cards. The display "
              "is for the cashier only."),
    Row("35", "受卡方与安全保密部门联系",                   "",             "没收卡，请联系收单行",
        native.CONTACT_ACQUIRER_PICK_UP, "Card acceptor contact acquirer, pick up", "Retain the card: call the acquirer",
        classic="D"),
    Row("36", "受限制的卡",                                 "",             "此卡有误，请换卡重试",
        native.RESTRICTED_CARD_PICK_UP, "Restricted card, pick up", "Card error: try another card",
        classic="D",
        notes="The classic display asks for another card and does not mention retaining this one;"
              " the classic reason says the operator may retain it."),
    Row("37", "受卡方呼受理方安全保密部门(没收卡)",         "",             "没收卡，请联系收单行",
        native.CONTACT_ACQUIRER_PICK_UP, "Card acceptor call acquirer security, pick up", "Retain the card: call the acquirer",
        classic="D"),
    Row("38", "超过允许的PIN试输入",                        "失败",         "密码错误次数超限，请与发卡方联系",
        native.PIN_TRIES_EXCEEDED, "Allowable PIN tries exceeded", "PIN tries exceeded: contact the issuer",
        notes="S1 terminal operation is 失败 (fail; the account is locked until the issuer unlocks "
              "it), not retain. The classic appendix (class D, operator may retain) and ISO 8583 "
              "(pick-up) treat 38 as a card to retain."),
    Row("39", "无此信用卡账户",                             "",             "交易失败，请联系发卡行",
        native.ACCOUNT_NOT_FOUND, "No credit account", "Declined: contact the issuing bank",
        classic="C",
        notes="Classic reason: possibly a card-reading mistake."),
    Row("40", "请求的功能尚不支持",                         "失败",         "发卡方不支持的交易",
        native.FUNCTION_NOT_SUPPORTED, "Requested function not supported", "Transaction not supported by the issuer"),
    Row("41", "挂失卡",                                     "呑卡、没收",   "挂失卡",
        native.LOST_CARD, "Lost card, pick up", "Card reported lost",
        notes="S1 POS display; at an ATM it recommends 此卡已挂失,呑卡. Cashier display only."),
    Row("42", "无此账户",                                   "",             "交易失败，请联系发卡方",
        native.ACCOUNT_NOT_FOUND, "No universal account", "Declined: contact the issuer",
        classic="B",
        notes="Class B (may retry) although the display says to contact the issuer."),
    Row("43", "被窃卡",                                     "呑卡、没收",   "被窃卡",
        native.STOLEN_CARD, "Stolen card, pick up", "Card reported stolen",
        notes="S1 POS display; at an ATM it recommends 此卡被没收，请与发卡方联系. Cashier display only."),
    Row("44", "无此投资账户",                               "",             "交易失败，请联系发卡行",
        native.ACCOUNT_NOT_FOUND, "No investment account", "Declined: contact the issuing bank",
        classic="C"),
    Row("45", "不允许降级交易",                             "失败",         "请使用芯片",
        native.CHIP_REQUIRED, "Fallback not allowed", "Please use the chip",
        notes="CUP-specific: the issuer or region refuses a chip card read by its stripe. ISO "
              "8583:1987 reserves 45. One 2010s POS app puts it in class D."),
    Row("51", "资金不足",                                   "失败",         "可用余额不足",
        native.INSUFFICIENT_BALANCE, "Insufficient funds", "Insufficient available balance"),
    Row("52", "无此支票账户",                               "",             "交易失败，请联系发卡行",
        native.ACCOUNT_NOT_FOUND, "No cheque account", "Declined: contact the issuing bank",
        classic="C"),
    Row("53", "无此储蓄卡账户",                             "",             "交易失败，请联系发卡行",
        native.ACCOUNT_NOT_FOUND, "No savings account", "Declined: contact the issuing bank",
        classic="C"),
    Row("54", "过期的卡",                                   "失败",         "该卡已过期",
        native.EXPIRED_CARD, "Expired card", "Card expired",
        notes="S1 also uses 54 for a wrong or missing expiry date."),
    Row("55", "不正确的PIN",                                "失败",         "密码错",
        native.INCORRECT_PIN, "Incorrect PIN", "Incorrect PIN"),
    Row("56", "无此卡记录",                                 "",             "交易失败，请联系发卡行",
        native.CARD_NOT_FOUND, "No card record", "Declined: contact the issuing bank",
        classic="C"),
    Row("57", "不允许持卡人进行的交易",                     "失败",         "不允许此卡交易",
        native.NOT_PERMITTED_TO_CARDHOLDER, "Transaction not permitted to cardholder", "Transaction not allowed for this card"),
    Row("58", "不允许终端进行的交易",                       "失败",         "发卡方不允许该卡在本终端进行此交易",
        native.NOT_PERMITTED_AT_TERMINAL, "Transaction not permitted to terminal", "The issuer does not allow this card this transaction at this terminal",
        notes="S1 also uses 58 when the terminal ID differs from the original transaction's."),
    Row("59", "有作弊嫌疑",                                 "失败",         "卡片校验错",
        native.CARD_VERIFICATION_FAILED, "Suspected fraud (card verification failed)", "Card verification error",
        notes="CUP 2015 uses 59 for a failed CVN check. ISO 8583 and the classic appendix read it"
              " as plain suspected fraud."),
    Row("60", "受卡方与安全保密部门联系",                   "",             "交易失败，请联系发卡行",
        native.CONTACT_ACQUIRER, "Card acceptor contact acquirer",
        classic="C",
        notes="The classic display 交易失败，请联系发卡行 points to the issuer, which does not match the "
              "meaning, and is not used."),
    Row("61", "超出金额限制",                               "失败",         "交易金额超限",
        native.AMOUNT_LIMIT_EXCEEDED, "Exceeds amount limit", "Amount over the limit",
        notes="Classic wording: 超出取款金额限制 (withdrawal amount limit)."),
    Row("62", "受限制的卡",                                 "失败",         "受限制的卡",
        native.RESTRICTED_CARD, "Restricted card", "Restricted card",
        notes="S1: for example a regional restriction; the card is not retained."),
    Row("63", "违反安全保密规定",                           "",             "交易失败，请联系发卡行",
        native.SECURITY_VIOLATION, "Security violation", "Declined: contact the issuing bank",
        classic="C"),
    Row("64", "原始金额错误",                               "失败",         "交易金额与原交易不匹配",
        native.ORIGINAL_AMOUNT_MISMATCH, "Original amount incorrect", "Amount does not match the original transaction"),
    Row("65", "超出取款/消费次数限制",                      "失败",         "超出取款次数限制",
        native.FREQUENCY_LIMIT_EXCEEDED, "Exceeds withdrawal or purchase count limit", "Withdrawal count limit exceeded"),
    Row("66", "受卡方呼受理方安全保密部门",                 "",             "交易失败，请联系收单行或银联",
        native.CALL_ACQUIRER_SECURITY, "Card acceptor call acquirer's security", "Declined: contact the acquirer or UnionPay",
        classic="C"),
    Row("67", "捕捉（没收卡）",                             "",             "没收卡",
        native.HARD_CAPTURE, "Hard capture, pick up", "Retain the card",
        classic="C",
        notes="A pick-up code although the classic appendix files it under class C."),
    Row("68", "发卡行响应超时",                             "失败",         "交易超时，请重试",
        native.BANK_TIMEOUT, "Issuer response timed out",
        display=("交易超时，请先查询交易结果", "Timed out: query the result first"),
        notes="S1 recommends 交易超时，请重试 (classic: the same, class C); posrc does not show it, "
              "because the issuer may have approved the payment after the receiver gave up."),
    Row("75", "允许的输入PIN次数超限",                      "失败",         "密码错误次数超限",
        native.PIN_TRIES_EXCEEDED, "Allowable number of PIN tries exceeded", "PIN tries exceeded"),
    Row("77", "需要向网络中心签到",                         "",             "请向网络中心签到",
        native.SIGN_ON_REQUIRED, "Sign on to the network centre required", "Sign on to the network centre",
        classic="D",
        notes="Classic reason: the POS batch number differs from the network centre's."),
    Row("79", "脱机交易对账不平",                           "",             "POS终端重传脱机数据",
        native.OFFLINE_UPLOAD_MISMATCH, "Offline transactions do not reconcile", "Upload the offline data again",
        classic="C"),
    Row("90", "正在日终处理",                               "失败",         "系统日切，请稍后重试",
        native.CUTOFF_IN_PROGRESS, "Cut-off in progress", "Day-end switch-over: try again later"),
    Row("91", "发卡方不能操作",                             "失败",         "发卡方状态不正常，请稍后重试",
        native.ISSUER_UNAVAILABLE, "Issuer inoperative", "Issuer unavailable: try again later",
        notes="S1 uses 91 for an issuer that is down, signed off or closed by CUPS, a line fault,"
              " and also an internal timeout; classic class C although its reason says the "
              "transaction may be redone."),
    Row("92", "金融机构或中间网络设施找不到或无法达到",     "失败",         "发卡方线路异常，请稍后重试",
        native.ROUTING_FAILURE, "Institution or network cannot be reached", "Issuer line fault: try again later"),
    Row("93", "交易违法、不能完成",                         "",             "交易失败，请联系发卡行",
        native.VIOLATION_OF_LAW, "Violation of law", "Declined: contact the issuing bank",
        classic="C"),
    Row("94", "重复交易",                                   "失败",         "拒绝，重复交易，请稍后重试",
        native.DUPLICATE_TRANSACTION, "Duplicate transaction",
        display=("重复交易，请先查询原交易结果", "Duplicate transaction: query the original first"),
        notes="S1 recommends 拒绝，重复交易，请稍后重试; posrc does not invite a retry, because the first "
              "attempt may have succeeded (S1: duplicate original or sequence number). Classic "
              "reason: check with the network centre, then sign on again."),
    Row("95", "调节控制错",                                 "",             "交易失败，请稍后重试",
        native.RECONCILIATION_ERROR, "Reconcile error",
        classic="C",
        notes="The classic display 交易失败，请稍后重试 is not used: the batch must be reconciled first."),
    Row("96", "银联处理中心系统异常、失效",                 "失败",         "拒绝，交换中心异常，请稍后重试",
        native.SYSTEM_MALFUNCTION, "Switch system malfunction",
        display=("交换中心异常，请先查询交易结果", "Switch malfunction: query the result first"),
        notes="S1 recommends 拒绝，交换中心异常，请稍后重试 (classic: 交易失败，请稍后重试, class C). A switch fault can "
              "strike after the issuer approved, so the result is treated as unknown and the "
              "display does not invite a retry."),
    Row("97", "ATM/POS终端号找不到",                        "失败",         "终端号未登记",
        native.TERMINAL_NOT_REGISTERED, "Terminal ID not found", "Terminal ID not registered"),
    Row("98", "银联处理中心收不到发卡方应答",               "失败",         "发卡方超时",
        native.BANK_TIMEOUT, "Switch got no answer from the issuer",
        display=("发卡方超时，请先查询交易结果", "Issuer timed out: query the result first"),
        notes="S1 recommends 发卡方超时; the query instruction is added because the issuer may have "
              "approved. Classic: class E, display 交易超时，请重试."),
    Row("99", "PIN格式错",                                  "失败",         "PIN格式错，请重新签到",
        native.PIN_BLOCK_ERROR, "PIN block format error", "PIN block format error: sign on again"),
    Row("A0", "MAC鉴别失败",                                "失败",         "MAC校验错，请重新签到",
        native.MAC_ERROR, "MAC verification failed", "MAC check failed: sign on again"),
    Row("A1", "转账货币不一致",                             "失败",         "转账货币不一致",
        native.CURRENCY_MISMATCH, "Transfer currency mismatch", "Transfer currency mismatch"),
    Row("A2", "有缺陷的成功",                               "成功",         "交易成功，请向资金转入行确认",
        native.APPROVED_UNCONFIRMED, "Defective success", "Approved: confirm with the bank receiving the funds",
        notes="S1: CUPS forwarded a credit or transfer-in but got no answer from the issuer."),
    Row("A3", "资金到账行无此账户",                         "失败",         "资金到账行账号不正确",
        native.ACCOUNT_NOT_FOUND, "No such account at the receiving bank", "Account number at the receiving bank is incorrect"),
    Row("A4", "有缺陷的成功",                               "成功",         "交易成功，请向资金到账行确认",
        native.APPROVED_UNCONFIRMED, "Defective success", "Approved: confirm with the receiving bank",
        notes="S1: a confirmation arrived without the original transfer-in request."),
    Row("A5", "有缺陷的成功",                               "成功",         "交易成功，请向资金到账行确认",
        native.APPROVED_UNCONFIRMED, "Defective success", "Approved: confirm with the receiving bank",
        notes="S1: the original transfer-in was refused."),
    Row("A6", "有缺陷的成功",                               "成功",         "交易成功，请向资金到账行确认",
        native.APPROVED_UNCONFIRMED, "Defective success", "Approved: confirm with the receiving bank",
        notes="S1: forwarded without an answer from the issuer; the confirmation was approved."),
    Row("A7", "安全处理失败",                               "",             "",
        native.SECURITY_PROCESSING_FAILED, "Security processing failed",
        display=("安全处理失败", "Security processing failed"),
        notes="S1: a MAC or PIN check, PIN translation, key generation or ARPC generation failed."
              " Its terminal operation and display cells are blank or unreadable in the text copy"
              " of S1; the display is the one POS application tables use (secondary)."),
    Row("A8", "转入卡归属地信息缺失",                       "失败",         "未上送\"转入卡归属地信息\"",
        native.FORMAT_ERROR, "Transfer-in card location information missing", "Transfer-in card location not sent",
        notes="CUP 2015 meaning, for transfers. An older CUPS code set (reference S8) used A8 for"
              " a PIN key error."),
    Row("B1", "无欠费（收据未打）",                         "失败",         "此业务无欠费",
        native.NO_BILL_DUE, "No outstanding bill (no receipt printed)", "Nothing owed for this service",
        notes="S1: answer to a bill enquiry."),
    Row("C1", "受理方状态非法",                             "",             "",
        native.ACQUIRER_UNAVAILABLE, "Acquirer status invalid",
        notes="S1: the acquirer is signed off, not signed on or otherwise in an invalid state. S1"
              " gives no terminal operation or display."),
    Row("D1", "机构代码错误",                               "",             "",
        native.FILE_ACTION_FAILED, "Institution code error",
        notes=FILE_ROLES),
    Row("D2", "日期错误",                                   "",             "",
        native.FILE_ACTION_FAILED, "Date error",
        notes=FILE_ROLES),
    Row("D3", "无效的文件类型",                             "",             "",
        native.FILE_ACTION_FAILED, "Invalid file type",
        notes=FILE_ROLES),
    Row("D4", "已经处理过的文件",                           "",             "",
        native.FILE_ACTION_FAILED, "File already processed",
        retry=Retry.NEVER,
        advice=FILE_ALREADY_PROCESSED,
        notes=FILE_ROLES + " The file was processed before, so it is not to be sent again."),
    Row("D5", "无此文件",                                   "",             "",
        native.FILE_ACTION_FAILED, "No such file",
        notes=FILE_ROLES),
    Row("D6", "接收者不支持",                               "",             "",
        native.FILE_ACTION_FAILED, "Not supported by the receiver",
        notes=FILE_ROLES),
    Row("D7", "文件锁定",                                   "",             "",
        native.FILE_ACTION_FAILED, "File locked",
        retry=Retry.LATER,
        notes=FILE_ROLES + " A lock is usually released, so a later retry is allowed."),
    Row("D8", "未成功",                                     "",             "",
        native.FILE_ACTION_FAILED, "Not successful",
        notes=FILE_ROLES),
    Row("D9", "文件长度不符",                               "",             "",
        native.FILE_ACTION_FAILED, "File length mismatch",
        notes=FILE_ROLES),
    Row("DA", "文件解压缩错",                               "",             "",
        native.FILE_ACTION_FAILED, "File decompression error",
        notes=FILE_ROLES),
    Row("DB", "文件名称错",                                 "",             "",
        native.FILE_ACTION_FAILED, "File name error",
        notes=FILE_ROLES),
    Row("DC", "无法接收文件",                               "",             "",
        native.FILE_ACTION_FAILED, "Unable to receive the file",
        notes=FILE_ROLES),
    Row("F1", "文件记录格式错误",                           "",             "",
        native.FILE_ACTION_FAILED, "File record format error",
        notes=FILE_ROLES),
    Row("F2", "文件记录重复",                               "",             "",
        native.FILE_ACTION_FAILED, "Duplicate file record",
        notes=FILE_ROLES),
    Row("F3", "文件记录不存在",                             "",             "",
        native.FILE_ACTION_FAILED, "File record does not exist",
        notes=FILE_ROLES),
    Row("F4", "文件记录错误",                               "",             "",
        native.FILE_ACTION_FAILED, "File record error",
        notes=FILE_ROLES),
    Row("F5", "文件批量转联机未完成",                       "",             "",
        native.FILE_ACTION_FAILED, "Batch-to-online processing of the file not finished",
        retry=Retry.LATER,
        notes=FILE_ROLES + " The batch is still being processed, so a later retry is allowed."),
    Row("N1", "未登折帐目已超限，交易不成功",               "失败",         "未登折帐目超限",
        native.PASSBOOK_LIMIT_EXCEEDED, "Too many unposted passbook entries", "Unposted passbook entries over the limit"),
    Row("P1", "当前卡未在发卡机构留存手机号等通讯联系号码", "失败",         "未留存手机号等通讯联系号码",
        native.CONTACT_DETAILS_MISSING, "No mobile or other contact number on file with the issuer", "No mobile or other contact number on file"),
    Row("Y1", "脱机批准",                                   "成功",         "",
        native.APPROVED_OFFLINE, "Approved offline",
        notes="EMV authorisation response code set by an IC card transaction, listed by S1 for "
              "the UICS file interface; S1 gives no meaning text, so the wording is posrc's."),
    Row("Y3", "无法联机，脱机批准",                         "成功",         "",
        native.APPROVED_OFFLINE, "Unable to go online, approved offline",
        notes="EMV authorisation response code (see Y1); the wording is posrc's."),
    Row("Z1", "脱机拒绝",                                   "失败",         "",
        native.OFFLINE_DECLINED, "Declined offline",
        notes="EMV authorisation response code (see Y1); the wording is posrc's."),
    Row("Z3", "无法联机，脱机拒绝",                         "失败",         "",
        native.OFFLINE_DECLINED, "Unable to go online, declined offline",
        notes="EMV authorisation response code (see Y1); the wording is posrc's."),
)
# fmt: on

CUP_CODES: tuple[ReturnCode, ...] = tuple(row.record() for row in ROWS)
