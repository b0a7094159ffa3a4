"""The small closed vocabularies that every record is described with.

Each member's value is its name for programs and JSON; ``label(lang)`` gives
its name for people, in Chinese or English.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal, TypeVar, cast

Language = Literal["zh", "en"]


def resolve_language(lang: str) -> Language:
    """Map a language tag to ``"zh"`` or ``"en"``.

    Any Chinese tag (``"zh"``, ``"zh-CN"``, ``"zh_TW"``) gives Chinese; every
    other tag falls back to English, the library's second language.

    >>> resolve_language("zh-CN"), resolve_language("fr")
    ('zh', 'en')
    """
    if not isinstance(lang, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"lang must be a str such as 'zh' or 'en', not {type(lang).__name__}")
    return "zh" if lang[:2].lower() == "zh" else "en"


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
        zh, en = _DISPLAY_NAMES[type(self).__name__][value]
        return zh if resolve_language(lang) == "zh" else en


_DISPLAY_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "Category": {
        "OK": ("成功", "success"),
        "BL": ("余额与金额", "balance and amount"),
        "CD": ("卡片", "card"),
        "PN": ("密码与身份验证", "PIN and verification"),
        "TX": ("交易", "transaction"),
        "NW": ("网络", "network"),
        "BK": ("银行", "bank"),
        "SY": ("系统", "system"),
        "TM": ("终端", "terminal"),
        "MC": ("商户", "merchant"),
        "RK": ("风险", "risk"),
    },
    "Outcome": {
        "approved": ("成功", "approved"),
        "partial": ("有条件的成功", "approved with a caveat"),
        "declined": ("拒绝", "declined"),
        "pick-up": ("拒绝并没收卡", "declined, keep the card"),
        "error": ("出错", "error"),
        "unknown": ("结果未知", "result unknown"),
    },
    "Retry": {
        "not-needed": ("无需重试", "not needed"),
        "immediately": ("可立即重试", "at once"),
        "later": ("稍后重试", "later"),
        "after-fix": ("改正后重试", "after a change"),
        "after-query": ("先查询原交易", "after querying the first attempt"),
        "never": ("不得重试", "never"),
    },
    "Actor": {
        "cashier": ("收银员", "cashier"),
        "cardholder": ("持卡人", "cardholder"),
        "integrator": ("开发人员", "integrator"),
        "operations": ("运维人员", "operations"),
    },
    "TerminalAction": {
        "none": ("无", "none"),
        "sign-on": ("重新签到", "sign on again"),
        "retain-card": ("没收卡片", "keep the card"),
        "show-partial-amount": ("显示批准的金额", "show the approved amount"),
        "confirm-with-bank": ("向银行确认", "confirm with the bank"),
        "query-result": ("查询交易结果", "query the result"),
        "check-setup": ("检查商户和终端设置", "check the merchant and terminal set-up"),
        "use-chip": ("改用芯片", "use the chip"),
        "check-identity": ("核对持卡人身份", "check the cardholder's identity"),
        "reconcile": ("对账", "reconcile"),
        "wait-for-payer": (
            "等待顾客在手机上确认付款",
            "wait for the customer to confirm on their phone",
        ),
        "refresh-payment-code": (
            "请顾客刷新付款码",
            "ask the customer to refresh the payment code",
        ),
        "reverse-order": ("撤销订单", "reverse the order"),
        "confirm-earlier-payment": ("核实先前的付款", "confirm the earlier payment"),
    },
    "Scheme": {
        "posrc": ("posrc", "posrc"),
        "cup": ("银联", "UnionPay"),
        "iso8583": ("ISO 8583:1987", "ISO 8583:1987"),
        "iso8583-1993": ("ISO 8583:1993", "ISO 8583:1993"),
        "wechatpay": ("微信支付", "WeChat Pay"),
        "alipay": ("支付宝", "Alipay"),
        "unionpay-online": ("银联在线支付", "UnionPay online"),
        "shouqianba": ("收钱吧", "Shouqianba"),
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


CATEGORY_OF: dict[str, Category] = {category.value: category for category in Category}
"""Each category by its two letters: a look-up here costs a fraction of calling the enum."""


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


LEAST_CERTAIN_FIRST = (
    Outcome.UNKNOWN,
    Outcome.PARTIAL,
    Outcome.ERROR,
    Outcome.DECLINED,
    Outcome.PICK_UP,
    Outcome.APPROVED,
)
"""Outcomes from the least certain: unknown obliges a query, partial means money may have
moved. Where a code's meaning depends on the API, its default is the first of its readings
in this order."""


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
    WAIT_FOR_PAYER = "wait-for-payer"
    REFRESH_PAYMENT_CODE = "refresh-payment-code"
    REVERSE_ORDER = "reverse-order"
    CONFIRM_EARLIER_PAYMENT = "confirm-earlier-payment"


class Scheme(_DisplayName, str, Enum):
    """A code system. The string values are accepted wherever a scheme is taken.

    The card schemes (``cup``, ``iso8583``, ``iso8583-1993``) and posrc's own
    codes are read by shape; the QR wallets and online gateways (``wechatpay``,
    ``alipay``, ``unionpay-online``, ``shouqianba``) are read where a scheme
    names them, or, for a word-shaped code such as ``USERPAYING``, where
    exactly one of them defines that exact string.

    >>> Scheme("cup") is Scheme.CUP
    True
    >>> Scheme.CUP.label("zh"), Scheme.CUP.label("en")
    ('银联', 'UnionPay')
    """

    POSRC = "posrc"
    CUP = "cup"
    ISO8583 = "iso8583"
    ISO8583_1993 = "iso8583-1993"
    WECHATPAY = "wechatpay"
    ALIPAY = "alipay"
    UNIONPAY_ONLINE = "unionpay-online"
    SHOUQIANBA = "shouqianba"


WALLET_SCHEMES = frozenset(
    (Scheme.WECHATPAY, Scheme.ALIPAY, Scheme.UNIONPAY_ONLINE, Scheme.SHOUQIANBA)
)
"""The QR wallets and online gateways: codes spelled exactly, read by field and API."""

_E = TypeVar("_E", bound=Enum)


def member(enum_type: type[_E], value: object) -> _E:
    """The member of ``enum_type`` that ``value`` is or names.

    A member is returned as it is; a ``str`` may give a member's value or its
    name, in any case and with blanks around it. Every place that reads an
    enum from text (rows for :meth:`posrc.Registry.extend`, the test kit's
    filters) reads it here.

    >>> member(Retry, "after-fix"), member(Retry, " AFTER_FIX "), member(Retry, Retry.LATER)
    (<Retry.AFTER_FIX: 'after-fix'>, <Retry.AFTER_FIX: 'after-fix'>, <Retry.LATER: 'later'>)
    >>> member(Outcome, "fine")
    Traceback (most recent call last):
    ...
    ValueError: unknown outcome 'fine'; expected one of 'approved', 'partial', 'declined', \
'pick-up', 'error', 'unknown'

    ``TypeError`` for anything but a member or a ``str``, including a member
    of another enum.
    """
    if isinstance(value, enum_type):
        return value
    what = "".join(f" {char.lower()}" if char.isupper() else char for char in enum_type.__name__)
    what = what.strip()
    if not isinstance(value, str) or isinstance(value, Enum):
        raise TypeError(
            f"{what} must be a {enum_type.__name__} or a str, not {type(value).__name__}"
        )
    wanted = value.strip().lower()
    for candidate in enum_type:
        if wanted in (str(candidate.value).lower(), candidate.name.lower()):
            return candidate
    known = ", ".join(repr(candidate.value) for candidate in enum_type)
    shown = repr(value) if len(value) <= 64 else repr(value[:64]) + f"... ({len(value)} in all)"
    raise ValueError(f"unknown {what} {shown}; expected one of {known}")
