"""The small closed vocabularies that every record is described with.

Each member's value is its name for programs and JSON; ``label(lang)`` gives
its name for people, in Chinese or English.
"""

from __future__ import annotations

from enum import Enum
from typing import cast

from posrc._text import Text

# --- Display names: every member's name for people, in Chinese and English. ---


class _DisplayName:
    """Gives each vocabulary's members a name to show people, in both languages."""

    __slots__ = ()

    def label(self, lang: str = "zh") -> str:
        """The member's display name in ``lang`` (``"zh"`` or ``"en"``).

        The value (``"pick-up"``) stays the name for programs and JSON.

        >>> Outcome.PICK_UP.label("zh"), Outcome.PICK_UP.label("en")
        ('拒绝并没收卡', 'declined, keep the card')
        """
        value = cast("Enum", self).value
        return _DISPLAY_NAMES[type(self).__name__][value].get(lang)


_DISPLAY_NAMES: dict[str, dict[str, Text]] = {
    "Category": {
        "OK": Text("成功", "success"),
        "BL": Text("余额与金额", "balance and amount"),
        "CD": Text("卡片", "card"),
        "PN": Text("密码与身份验证", "PIN and verification"),
        "TX": Text("交易", "transaction"),
        "NW": Text("网络", "network"),
        "BK": Text("银行", "bank"),
        "SY": Text("系统", "system"),
        "TM": Text("终端", "terminal"),
        "MC": Text("商户", "merchant"),
        "RK": Text("风险", "risk"),
    },
    "Outcome": {
        "approved": Text("成功", "approved"),
        "partial": Text("有条件的成功", "approved with a caveat"),
        "declined": Text("拒绝", "declined"),
        "pick-up": Text("拒绝并没收卡", "declined, keep the card"),
        "error": Text("出错", "error"),
        "unknown": Text("结果未知", "result unknown"),
    },
    "Retry": {
        "not-needed": Text("无需重试", "not needed"),
        "immediately": Text("可立即重试", "at once"),
        "later": Text("稍后重试", "later"),
        "after-fix": Text("改正后重试", "after a change"),
        "after-query": Text("先查询原交易", "after querying the first attempt"),
        "never": Text("不得重试", "never"),
    },
    "Actor": {
        "cashier": Text("收银员", "cashier"),
        "cardholder": Text("持卡人", "cardholder"),
        "integrator": Text("开发人员", "integrator"),
        "operations": Text("运维人员", "operations"),
    },
    "TerminalAction": {
        "none": Text("无", "none"),
        "sign-on": Text("重新签到", "sign on again"),
        "retain-card": Text("没收卡片", "keep the card"),
        "show-partial-amount": Text("显示批准的金额", "show the approved amount"),
        "confirm-with-bank": Text("向银行确认", "confirm with the bank"),
        "query-result": Text("查询交易结果", "query the result"),
        "check-setup": Text("检查商户和终端设置", "check the merchant and terminal set-up"),
        "use-chip": Text("改用芯片", "use the chip"),
        "check-identity": Text("核对持卡人身份", "check the cardholder's identity"),
        "reconcile": Text("对账", "reconcile"),
    },
    "Scheme": {
        "posrc": Text("posrc", "posrc"),
        "cup": Text("银联", "UnionPay"),
        "iso8583": Text("ISO 8583:1987", "ISO 8583:1987"),
        "iso8583-1993": Text("ISO 8583:1993", "ISO 8583:1993"),
    },
}

# --- End of display names. ---


class Category(_DisplayName, str, Enum):
    """The kind of condition a native code describes; the value is its two letters.

    >>> Category("BL") is Category.BALANCE
    True
    >>> Category.BALANCE.label("zh"), Category.BALANCE.label("en")
    ('余额与金额', 'balance and amount')
    """

    SUCCESS = "OK"
    BALANCE = "BL"
    CARD = "CD"
    PIN = "PN"
    TRANSACTION = "TX"
    NETWORK = "NW"
    BANK = "BK"
    SYSTEM = "SY"
    TERMINAL = "TM"
    MERCHANT = "MC"
    RISK = "RK"


class Outcome(_DisplayName, str, Enum):
    """What happened to the money.

    ``PARTIAL`` is an approval with a caveat (a partial amount, or a success
    that must be confirmed with the bank). ``UNKNOWN`` means nobody knows yet:
    check the first attempt before charging again.

    >>> from posrc import lookup
    >>> lookup("04").outcome, lookup("A2").outcome, lookup("68").outcome
    (<Outcome.PICK_UP: 'pick-up'>, <Outcome.PARTIAL: 'partial'>, <Outcome.UNKNOWN: 'unknown'>)
    >>> Outcome.UNKNOWN.label("zh"), Outcome.UNKNOWN.label("en")
    ('结果未知', 'result unknown')
    """

    APPROVED = "approved"
    PARTIAL = "partial"
    DECLINED = "declined"
    PICK_UP = "pick-up"
    ERROR = "error"
    UNKNOWN = "unknown"


class Retry(_DisplayName, str, Enum):
    """Whether, and when, the same payment may be attempted again.

    ``AFTER_FIX`` means only after somebody changes something (another card,
    the PIN, the amount, the terminal set-up). ``AFTER_QUERY`` means the first
    attempt must be queried or reversed before anything else happens.

    >>> from posrc import lookup
    >>> lookup("51").retry, lookup("91").retry, lookup("96").retry
    (<Retry.AFTER_FIX: 'after-fix'>, <Retry.LATER: 'later'>, <Retry.AFTER_QUERY: 'after-query'>)
    >>> Retry.AFTER_FIX.label("zh"), Retry.AFTER_FIX.label("en")
    ('改正后重试', 'after a change')
    """

    NOT_NEEDED = "not-needed"
    IMMEDIATELY = "immediately"
    LATER = "later"
    AFTER_FIX = "after-fix"
    AFTER_QUERY = "after-query"
    NEVER = "never"


class Actor(_DisplayName, str, Enum):
    """Who carries out a step of the advice.

    >>> from posrc import lookup
    >>> [step.actor.value for step in lookup("51").advice.steps][:2]
    ['cashier', 'cardholder']
    >>> Actor.CASHIER.label("zh"), Actor.CASHIER.label("en")
    ('收银员', 'cashier')
    """

    CASHIER = "cashier"
    CARDHOLDER = "cardholder"
    INTEGRATOR = "integrator"
    OPERATIONS = "operations"


class TerminalAction(_DisplayName, str, Enum):
    """What the terminal or the cashier must do before anything else.

    >>> from posrc import lookup
    >>> lookup("A0").terminal_action, lookup("41").terminal_action
    (<TerminalAction.SIGN_ON: 'sign-on'>, <TerminalAction.RETAIN_CARD: 'retain-card'>)
    >>> TerminalAction.SIGN_ON.label("zh"), TerminalAction.SIGN_ON.label("en")
    ('重新签到', 'sign on again')
    """

    NONE = "none"
    SIGN_ON = "sign-on"
    RETAIN_CARD = "retain-card"
    SHOW_PARTIAL_AMOUNT = "show-partial-amount"
    CONFIRM_WITH_BANK = "confirm-with-bank"
    QUERY_RESULT = "query-result"
    CHECK_SETUP = "check-setup"
    USE_CHIP = "use-chip"
    CHECK_IDENTITY = "check-identity"
    RECONCILE = "reconcile"


class Scheme(_DisplayName, str, Enum):
    """A code system. The string values are accepted wherever a scheme is taken.

    >>> Scheme("cup") is Scheme.CUP
    True
    >>> Scheme.CUP.label("zh"), Scheme.CUP.label("en")
    ('银联', 'UnionPay')
    """

    POSRC = "posrc"
    CUP = "cup"
    ISO8583 = "iso8583"
    ISO8583_1993 = "iso8583-1993"
