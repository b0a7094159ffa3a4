"""The model: return codes, their texts, advice and provenance, and the code systems they
belong to.

Everything here is a frozen value. A record of a real scheme points at the native code for
its condition (its *canonical* code) and takes from it whatever it does not state itself;
its outcome always comes from there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs

from posrc._enums import Actor, Category, Outcome, Retry, Scheme, TerminalAction, resolve_language
from posrc._patterns import compiled

if TYPE_CHECKING:
    from typing_extensions import Self

    from posrc._follow_up import FollowUp
    from posrc._registry import Registry

_T = TypeVar("_T")


@attrs.frozen
class Text:
    """One short text in Chinese and English.

    >>> Text("余额不足", "Insufficient balance").get("en")
    'Insufficient balance'
    """

    zh: str
    en: str

    def get(self, lang: str = "zh") -> str:
        """The text in ``lang`` (see :func:`resolve_language`)."""
        return self.zh if resolve_language(lang) == "zh" else self.en


class FieldRepr:
    """``Name(field=value, ...)`` over the attrs fields, as attrs writes it.

    attrs would write and compile a ``__repr__`` for every class while posrc is
    imported; sharing this one keeps ``import posrc`` cheaper. A class takes it
    by inheriting :class:`FieldRepr` and passing ``repr=False`` to attrs.

    >>> @attrs.frozen(repr=False)
    ... class Pair(FieldRepr):
    ...     left: int
    ...     _right: str = attrs.field(alias="right")
    >>> Pair(1, right="b")
    Pair(left=1, _right='b')
    """

    __slots__ = ()

    def __repr__(self) -> str:
        cls: Any = type(self)
        fields = ", ".join(
            f"{field.name}={getattr(self, field.name)!r}"
            for field in attrs.fields(cls)
            if field.repr
        )
        return f"{cls.__qualname__}({fields})"


def slot_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """Setters that write each field of the frozen, slotted attrs class ``cls``
    straight into its slot, for a hot path that builds many instances.

    ``object.__new__(cls)`` and one setter per field, in order, make the
    instance that ``cls(*values)`` makes, without the generated ``__init__``
    and its name look-ups. That holds only while ``__init__`` does nothing
    else, so ``names`` must be every field in order, none validated or
    converted, and ``cls`` must have no ``__attrs_post_init__``
    (``TypeError`` otherwise).

    >>> set_zh, set_en = slot_setters(Text, "zh", "en")
    >>> text = object.__new__(Text)
    >>> set_zh(text, "余额不足"), set_en(text, "Insufficient balance")
    (None, None)
    >>> text == Text("余额不足", "Insufficient balance")
    True
    """
    fields = attrs.fields(cls)
    plain = all(field.validator is None and field.converter is None for field in fields)
    if (
        not plain
        or [field.name for field in fields] != list(names)
        or (hasattr(cls, "__attrs_post_init__") or "__slots__" not in vars(cls))
    ):
        raise TypeError(f"{cls.__name__}'s __init__ does more than fill {', '.join(names)}")
    return tuple(vars(cls)[name].__set__ for name in names)


_BUILT_IN_TITLES: dict[Scheme, str] = {
    Scheme.POSRC: "posrc",
    Scheme.CUP: "UnionPay (Q/CUP 006.6-2015)",
    Scheme.ISO8583: "ISO 8583:1987",
    Scheme.ISO8583_1993: "ISO 8583:1993",
    Scheme.WECHATPAY: "WeChat Pay (微信支付)",
    Scheme.ALIPAY: "Alipay (支付宝)",
    Scheme.UNIONPAY_ONLINE: "UnionPay online and QR (银联在线 / 银联二维码)",
    Scheme.SHOUQIANBA: "Shouqianba (收钱吧)",
}

_vendor_name = compiled("[a-z][a-z0-9_-]{0,31}", re.ASCII)


def _check_vendor_name(instance: VendorScheme, attribute: attrs.Attribute[str], name: str) -> None:
    if not isinstance(name, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"a vendor scheme's name is a str, not {type(name).__name__}")
    if _vendor_name().fullmatch(name) is None:
        raise ValueError(
            f"{name!r} cannot name a vendor scheme: use 1 to 32 lower-case ASCII letters, "
            "digits, '-' or '_', starting with a letter"
        )
    if name in {scheme.value for scheme in Scheme}:
        raise ValueError(f"{name!r} is a built-in scheme; a vendor scheme needs its own name")


@attrs.frozen(repr=False)
class VendorScheme(FieldRepr):
    """A code system named by the user: an acquirer's or a terminal vendor's private codes.

    Two vendor schemes with the same ``name`` are the same scheme; ``title``
    is what messages call it.

    >>> lakala = VendorScheme("lakala", "Lakala (拉卡拉)")
    >>> lakala.value, lakala == VendorScheme("lakala")
    ('lakala', True)

    The name is 1 to 32 lower-case ASCII letters, digits, ``-`` or ``_``,
    starting with a letter, and differs from every :class:`posrc.Scheme` value.
    Its codes are read only where ``scheme=`` names it. Add codes to one with
    :meth:`posrc.Registry.extend`.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_check_vendor_name)
    title: str = attrs.field(
        default=attrs.Factory(lambda self: self.name, takes_self=True), eq=False
    )

    @property
    def value(self) -> str:
        """The name, as ``Scheme.value`` is for a built-in scheme."""
        return self.name


def scheme_title(scheme: Scheme | VendorScheme) -> str:
    """How messages name a scheme.

    >>> scheme_title(Scheme.ISO8583), scheme_title(VendorScheme("lakala", "Lakala"))
    ('ISO 8583:1987', 'Lakala')
    """
    if isinstance(scheme, VendorScheme):
        return scheme.title
    return _BUILT_IN_TITLES[scheme]


@attrs.frozen(repr=False)
class Source(FieldRepr):
    """Where a record's meaning comes from.

    ``key`` is the short name the notes and the code tables use for a long
    source (``"S1"``); ``edition`` says which issue of it was read.

    >>> s1 = Source("Q/CUP 006.6-2015", "§A.2.1", key="S1", edition="2015.B")
    >>> str(s1), s1.key
    ('Q/CUP 006.6-2015 §A.2.1', 'S1')
    """

    title: str
    section: str = ""
    primary: bool = True
    key: str = attrs.field(default="", kw_only=True)
    edition: str = attrs.field(default="", kw_only=True)

    def __str__(self) -> str:
        return f"{self.title} {self.section}".strip()


@attrs.frozen(repr=False)
class Step(FieldRepr):
    """One thing one actor should do.

    >>> step = Step(Actor.CASHIER, Text("请换卡", "Ask for another card"))
    >>> step.text("en")
    'Ask for another card'
    """

    actor: Actor
    _text: Text = attrs.field(alias="text")

    def text(self, lang: str = "zh") -> str:
        """The instruction in ``lang``."""
        return self._text.get(lang)


@attrs.frozen(repr=False)
class Advice(FieldRepr):
    """What to do about a code, as ordered steps for each actor.

    >>> from posrc import Actor, lookup
    >>> [step.text("en") for step in lookup("A0").advice.for_actor(Actor.CASHIER)][:1]
    ['Sign the terminal on again, then start the transaction again.']
    """

    steps: tuple[Step, ...]

    def for_actor(self, actor: Actor) -> tuple[Step, ...]:
        """The steps that ``actor`` carries out, in order."""
        return tuple(step for step in self.steps if step.actor is actor)


_NO_ADVICE = Advice(())

_risk_reason = compiled(
    r"作弊|欺诈|伪卡|挂失|被窃|盗|安全|违法"
    r"|\b(?:fraud|stolen|steal|lost|counterfeit|security|illegal|law)",
    re.IGNORECASE,
)


def reveals_risk_reason(text: str) -> bool:
    """Whether ``text`` names a reason a cardholder must not be shown.

    Those are suspected fraud, a security rule, a card reported lost or
    stolen, and the law: telling a fraudster why a card was refused helps
    them, and telling an honest cardholder alarms them in front of others.
    No cardholder text of a code whose reason is withheld may name one.

    >>> reveals_risk_reason("Card reported stolen"), reveals_risk_reason("请联系发卡银行")
    (True, False)
    """
    return _risk_reason().search(text) is not None


def withholds_reason(outcome: Outcome, category: Category) -> bool:
    """Whether a code's reason is kept from the cardholder: a card to retain, or a risk code.

    >>> withholds_reason(Outcome.PICK_UP, Category.CARD)
    True
    >>> withholds_reason(Outcome.DECLINED, Category.BALANCE)
    False
    """
    return outcome is Outcome.PICK_UP or category is Category.RISK


class OutcomePredicates:
    """Yes/no questions answered from ``outcome``, in the manner of ``HTTPStatus``."""

    __slots__ = ()

    outcome: Outcome

    @property
    def is_approved(self) -> bool:
        """Approved without any caveat."""
        return self.outcome is Outcome.APPROVED

    @property
    def is_partial(self) -> bool:
        """Approved with a caveat: a partial amount, or a success to confirm."""
        return self.outcome is Outcome.PARTIAL

    @property
    def is_declined(self) -> bool:
        """Refused, including refusals where the card must be retained."""
        return self.outcome in (Outcome.DECLINED, Outcome.PICK_UP)

    @property
    def is_pick_up(self) -> bool:
        """Refused, and the card is to be retained."""
        return self.outcome is Outcome.PICK_UP

    @property
    def is_error(self) -> bool:
        """Not carried out because of a fault."""
        return self.outcome is Outcome.ERROR

    @property
    def is_unknown(self) -> bool:
        """The result is not known: check before charging again."""
        return self.outcome is Outcome.UNKNOWN


class _ReturnCodeType(type):
    """Lets the class itself be iterated and measured like an ``Enum``, and keeps
    its named members fixed once set."""

    def __setattr__(cls, name: str, value: object) -> None:
        if name.isupper() and name in cls.__dict__:
            raise AttributeError(f"ReturnCode.{name} is a fixed member; it cannot be replaced")
        super().__setattr__(name, value)

    def __delattr__(cls, name: str) -> None:
        if name.isupper() and name in cls.__dict__:
            raise AttributeError(f"ReturnCode.{name} is a fixed member; it cannot be deleted")
        super().__delattr__(name)

    def __iter__(cls) -> Iterator[ReturnCode]:
        return iter(_default_members())

    def __len__(cls) -> int:
        return len(_default_members())

    def __contains__(cls, item: object) -> bool:
        return isinstance(item, ReturnCode) and item in _default_members()


def _default_members() -> Registry:
    """The default registry, whose members the class iterates and unpickles as."""
    # The one import that points up: the registry is built from records of this
    # module, and the class reads it only when asked, long after both are loaded.
    from posrc._registry import default_registry

    return default_registry()


def _resolve_member(scheme: str, code: str) -> ReturnCode:
    """Unpickle a member of the default registry as the shared object."""
    return _default_members().get(code, scheme=scheme)


def _rebuild(fields: dict[str, Any]) -> ReturnCode:
    return ReturnCode(**fields)


@attrs.frozen(repr=False, cache_hash=True)
class ReturnCode(OutcomePredicates, metaclass=_ReturnCodeType):
    """A return code with its meaning, outcome, retry advice and provenance.

    Members of the default registry are shared singletons; the native ones are
    also class attributes:

    >>> ReturnCode.INSUFFICIENT_BALANCE.code
    'BL1001'
    >>> ReturnCode.INSUFFICIENT_BALANCE.message("en")
    'Insufficient balance'
    >>> ReturnCode.INSUFFICIENT_BALANCE.outcome
    <Outcome.DECLINED: 'declined'>

    A code of a real scheme, of a vendor, or a native code in the private
    range 9000-9999, names as ``canonical`` the native code for its condition
    and takes its outcome from it. It takes its retry, display text,
    cardholder text, terminal action and advice from it too, unless it gives
    its own:

    >>> from posrc import Text, VendorScheme
    >>> e1 = ReturnCode(
    ...     "E1", VendorScheme("lakala"), ReturnCode.INSUFFICIENT_BALANCE,
    ...     meaning=Text("账户余额不足", "Account balance too low"),
    ... )
    >>> e1.outcome, e1.retry, e1.canonical is ReturnCode.INSUFFICIENT_BALANCE
    (<Outcome.DECLINED: 'declined'>, <Retry.AFTER_FIX: 'after-fix'>, True)

    Only posrc's own built-in codes give an :class:`~posrc.Outcome` in
    place of a canonical code, and then their retry too; such a code is its
    own canonical code.
    """

    code: str
    scheme: Scheme | VendorScheme
    _canonical: ReturnCode | Outcome = attrs.field(alias="canonical")
    _retry: Retry | None = attrs.field(default=None, alias="retry")
    _meaning: Text = attrs.field(alias="meaning", kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    _display: Text | None = attrs.field(default=None, alias="display", kw_only=True)
    _cardholder: Text | None = attrs.field(default=None, alias="cardholder", kw_only=True)
    _terminal_action: TerminalAction | None = attrs.field(
        default=None, alias="terminal_action", kw_only=True
    )
    _advice: Advice | None = attrs.field(default=None, alias="advice", kw_only=True)
    source: Source | None = attrs.field(default=None, kw_only=True)
    notes: str = attrs.field(default="", kw_only=True)
    follow_up: FollowUp | None = attrs.field(default=None, kw_only=True)
    """How to settle an unknown outcome (a wallet's query-then-reverse), or ``None``
    when nothing is pending."""
    api: str = attrs.field(default="", kw_only=True)
    """The vendor API this reading is for (``"reverse"``); empty when it holds for every
    API, or when it is the safe default over several readings."""
    field: str = attrs.field(default="", kw_only=True)
    """The reply field this reading is for (``"err_code"``); empty as for ``api``."""
    _readings: tuple[ReturnCode, ...] = attrs.field(default=(), alias="readings", kw_only=True)
    outcome: Outcome = attrs.field(init=False)
    """What happened to the money: the canonical code's, fixed when the record is built."""

    # posrc's own codes, named by posrc._data when it is imported (see name_members).
    APPROVED: ClassVar[ReturnCode]
    APPROVED_PARTIAL_AMOUNT: ClassVar[ReturnCode]
    APPROVED_WITH_IDENTIFICATION: ClassVar[ReturnCode]
    APPROVED_VIP: ClassVar[ReturnCode]
    APPROVED_CARD_UPDATE: ClassVar[ReturnCode]
    APPROVED_UNCONFIRMED: ClassVar[ReturnCode]
    APPROVED_OFFLINE: ClassVar[ReturnCode]
    REQUEST_ACCEPTED: ClassVar[ReturnCode]
    COMPLETED_PARTIALLY: ClassVar[ReturnCode]
    PAID_BY_EARLIER_ATTEMPT: ClassVar[ReturnCode]
    PAID_PARTLY_REFUNDED: ClassVar[ReturnCode]
    INSUFFICIENT_BALANCE: ClassVar[ReturnCode]
    INVALID_CARD: ClassVar[ReturnCode]
    CARD_NOT_FOUND: ClassVar[ReturnCode]
    TRANSACTION_FAILED: ClassVar[ReturnCode]
    NETWORK_FAILURE: ClassVar[ReturnCode]
    BANK_TIMEOUT: ClassVar[ReturnCode]
    SYSTEM_MAINTENANCE: ClassVar[ReturnCode]
    AMOUNT_LIMIT_EXCEEDED: ClassVar[ReturnCode]
    FREQUENCY_LIMIT_EXCEEDED: ClassVar[ReturnCode]
    INVALID_AMOUNT: ClassVar[ReturnCode]
    UNACCEPTABLE_FEE: ClassVar[ReturnCode]
    PASSBOOK_LIMIT_EXCEEDED: ClassVar[ReturnCode]
    MERCHANT_RECEIVING_LIMIT: ClassVar[ReturnCode]
    EXPIRED_CARD: ClassVar[ReturnCode]
    CARD_NOT_ACTIVE: ClassVar[ReturnCode]
    RESTRICTED_CARD: ClassVar[ReturnCode]
    ISSUER_NOT_SUPPORTED: ClassVar[ReturnCode]
    ACCOUNT_NOT_FOUND: ClassVar[ReturnCode]
    NOT_PERMITTED_TO_CARDHOLDER: ClassVar[ReturnCode]
    CHIP_REQUIRED: ClassVar[ReturnCode]
    CARD_VERIFICATION_FAILED: ClassVar[ReturnCode]
    CONTACT_DETAILS_MISSING: ClassVar[ReturnCode]
    OFFLINE_DECLINED: ClassVar[ReturnCode]
    PAYMENT_CODE_INVALID: ClassVar[ReturnCode]
    PAYER_ACCOUNT_RESTRICTED: ClassVar[ReturnCode]
    INCORRECT_PIN: ClassVar[ReturnCode]
    PIN_TRIES_EXCEEDED: ClassVar[ReturnCode]
    PIN_REQUIRED: ClassVar[ReturnCode]
    CARDHOLDER_VERIFICATION_FAILED: ClassVar[ReturnCode]
    INVALID_TRANSACTION: ClassVar[ReturnCode]
    ORIGINAL_NOT_FOUND: ClassVar[ReturnCode]
    ORIGINAL_AMOUNT_MISMATCH: ClassVar[ReturnCode]
    DUPLICATE_TRANSACTION: ClassVar[ReturnCode]
    FORMAT_ERROR: ClassVar[ReturnCode]
    FUNCTION_NOT_SUPPORTED: ClassVar[ReturnCode]
    RE_ENTER_TRANSACTION: ClassVar[ReturnCode]
    REQUEST_IN_PROGRESS: ClassVar[ReturnCode]
    CANCELLED_BY_CUSTOMER: ClassVar[ReturnCode]
    CUSTOMER_DISPUTE: ClassVar[ReturnCode]
    INVALID_RESPONSE: ClassVar[ReturnCode]
    NO_ACTION_TAKEN: ClassVar[ReturnCode]
    CURRENCY_MISMATCH: ClassVar[ReturnCode]
    NO_BILL_DUE: ClassVar[ReturnCode]
    RELATED_TRANSACTION_ERROR: ClassVar[ReturnCode]
    FILE_ACTION_FAILED: ClassVar[ReturnCode]
    DOCUMENT_NOT_AVAILABLE: ClassVar[ReturnCode]
    WAITING_FOR_PAYER: ClassVar[ReturnCode]
    ACCEPTED_RESULT_PENDING: ClassVar[ReturnCode]
    ORDER_CLOSED: ClassVar[ReturnCode]
    ORDER_REFUNDED: ClassVar[ReturnCode]
    PAYER_MISMATCH: ClassVar[ReturnCode]
    PAYMENT_FAILED: ClassVar[ReturnCode]
    ORDER_NOT_FOUND_YET: ClassVar[ReturnCode]
    RESULT_UNKNOWN: ClassVar[ReturnCode]
    REVERSAL_NOT_DONE: ClassVar[ReturnCode]
    ROUTING_FAILURE: ClassVar[ReturnCode]
    MESSAGE_OUT_OF_SEQUENCE: ClassVar[ReturnCode]
    REFER_TO_ISSUER: ClassVar[ReturnCode]
    DO_NOT_HONOUR: ClassVar[ReturnCode]
    ISSUER_UNAVAILABLE: ClassVar[ReturnCode]
    ISSUER_ERROR: ClassVar[ReturnCode]
    ACQUIRER_UNAVAILABLE: ClassVar[ReturnCode]
    CONTACT_ACQUIRER: ClassVar[ReturnCode]
    CUTOFF_IN_PROGRESS: ClassVar[ReturnCode]
    SYSTEM_MALFUNCTION: ClassVar[ReturnCode]
    SUSPECTED_MALFUNCTION: ClassVar[ReturnCode]
    RATE_LIMITED: ClassVar[ReturnCode]
    TERMINAL_NOT_REGISTERED: ClassVar[ReturnCode]
    MAC_ERROR: ClassVar[ReturnCode]
    PIN_BLOCK_ERROR: ClassVar[ReturnCode]
    KEY_SYNC_ERROR: ClassVar[ReturnCode]
    SECURITY_PROCESSING_FAILED: ClassVar[ReturnCode]
    SIGN_ON_REQUIRED: ClassVar[ReturnCode]
    OFFLINE_UPLOAD_MISMATCH: ClassVar[ReturnCode]
    RECONCILIATION_ERROR: ClassVar[ReturnCode]
    REQUEST_SIGNATURE_INVALID: ClassVar[ReturnCode]
    INVALID_MERCHANT: ClassVar[ReturnCode]
    NOT_PERMITTED_AT_TERMINAL: ClassVar[ReturnCode]
    AGREEMENT_VIOLATION: ClassVar[ReturnCode]
    MERCHANT_NOT_PERMITTED: ClassVar[ReturnCode]
    MERCHANT_ID_INVALID: ClassVar[ReturnCode]
    MERCHANT_AUTHORISATION_INVALID: ClassVar[ReturnCode]
    MERCHANT_SUSPENDED: ClassVar[ReturnCode]
    PICK_UP_CARD: ClassVar[ReturnCode]
    PICK_UP_SPECIAL_CONDITION: ClassVar[ReturnCode]
    LOST_CARD: ClassVar[ReturnCode]
    STOLEN_CARD: ClassVar[ReturnCode]
    FRAUD_PICK_UP: ClassVar[ReturnCode]
    EXPIRED_CARD_PICK_UP: ClassVar[ReturnCode]
    RESTRICTED_CARD_PICK_UP: ClassVar[ReturnCode]
    CONTACT_ACQUIRER_PICK_UP: ClassVar[ReturnCode]
    PIN_TRIES_PICK_UP: ClassVar[ReturnCode]
    HARD_CAPTURE: ClassVar[ReturnCode]
    SUSPECTED_FRAUD: ClassVar[ReturnCode]
    SECURITY_VIOLATION: ClassVar[ReturnCode]
    CALL_ACQUIRER_SECURITY: ClassVar[ReturnCode]
    VIOLATION_OF_LAW: ClassVar[ReturnCode]
    PAYMENT_REFUSED_BY_RISK_CONTROL: ClassVar[ReturnCode]

    def __attrs_post_init__(self) -> None:
        canonical = self._canonical
        if isinstance(canonical, ReturnCode):
            outcome = canonical.outcome
        elif isinstance(canonical, Outcome):  # pyright: ignore[reportUnnecessaryIsInstance]
            if self._retry is None:
                raise TypeError(f"{self.code}: a code that gives its own outcome gives its retry")
            outcome = canonical
        else:
            raise TypeError(
                "canonical is the native ReturnCode a code maps to (a built-in native code gives "
                f"its Outcome instead), not {type(canonical).__name__}"
            )
        object.__setattr__(self, "outcome", outcome)

    @property
    def readings(self) -> tuple[ReturnCode, ...]:
        """Every reading of this code in its scheme, one per API and field.

        More than one where the meaning depends on the API or the field; this
        record is then the least certain of them (see :func:`posrc.lookup`).

        >>> from posrc import lookup
        >>> rc = lookup("SYSTEMERROR", scheme="wechatpay")
        >>> [(r.api, r.outcome.value) for r in rc.readings][:3]
        [('micropay', 'unknown'), ('orderquery', 'unknown'), ('reverse', 'unknown')]
        >>> lookup("51").readings == (lookup("51"),)
        True
        """
        return self._readings or (self,)

    @property
    def is_native(self) -> bool:
        """Whether this is a code of posrc's own taxonomy."""
        return self.scheme is Scheme.POSRC

    @property
    def canonical(self) -> ReturnCode:
        """The native code for this condition.

        A built-in native code is its own; a private one (9000-9999) gives the
        built-in code it refines.
        """
        canonical = self._canonical
        return canonical if isinstance(canonical, ReturnCode) else self

    @property
    def retry(self) -> Retry:
        """Whether, and when, the payment may be attempted again: the code's own, else
        its canonical code's."""
        # A code that gives its own outcome gives its retry too (checked when it is built).
        return self.canonical.retry if self._retry is None else self._retry

    @property
    def category(self) -> Category:
        """The kind of condition, from the native code's two letters."""
        return Category(self.canonical.code[:2])

    @property
    def terminal_action(self) -> TerminalAction:
        """What the terminal or cashier must do first."""
        return self._inherit(lambda rc: rc._terminal_action, lambda _: TerminalAction.NONE)

    @property
    def advice(self) -> Advice:
        """Steps for the cashier, the cardholder and the integrator."""
        return self._inherit(lambda rc: rc._advice, lambda _: _NO_ADVICE)

    def message(self, lang: str = "zh") -> str:
        """The meaning of the code, in ``"zh"`` or ``"en"``."""
        return self._meaning.get(lang)

    def display(self, lang: str = "zh") -> str:
        """What the terminal screen should show the cashier."""
        return self._inherit(lambda rc: rc._display, lambda native: native._meaning).get(lang)

    def cardholder_message(self, lang: str = "zh") -> str:
        """Text that is safe to show the cardholder.

        Fraud, security, lost and stolen reasons never appear in it: a card to
        retain or a risk code shows a neutral text, and
        :meth:`posrc.Registry.extend` refuses one that names its reason.
        """
        return self._inherit(lambda rc: rc._cardholder, lambda native: native._meaning).get(lang)

    def _inherit(
        self, own: Callable[[ReturnCode], _T | None], default: Callable[[ReturnCode], _T]
    ) -> _T:
        """``own`` of this code, else of the nearest code up its canonical chain that
        gives one, else ``default`` of the built-in native code at the top."""
        rc = self
        while (value := own(rc)) is None:
            canonical = rc._canonical
            if not isinstance(canonical, ReturnCode):
                return default(rc)
            rc = canonical
        return value

    def __str__(self) -> str:
        return self.code

    def __repr__(self) -> str:
        label = self.name or self.message("en")
        return f"<ReturnCode {self.scheme.value}:{self.code} {label}>"

    def __copy__(self) -> Self:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> Self:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        if self in ReturnCode:
            return (_resolve_member, (self.scheme.value, self.code))
        fields = {a.alias: getattr(self, a.name) for a in attrs.fields(ReturnCode) if a.init}
        return (_rebuild, (fields,))


def name_members(natives: Mapping[str, ReturnCode]) -> None:
    """Make each of posrc's own codes a class attribute under its name.

    :mod:`posrc._data` calls it once, with the native table; a name, once set,
    is fixed (``ReturnCode.INSUFFICIENT_BALANCE``).
    """
    for name, rc in natives.items():
        setattr(ReturnCode, name, rc)
