"""The records: return codes, their advice and their provenance."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from posrc._enums import Actor, Category, Outcome, Retry, Scheme, TerminalAction
from posrc._repr import FieldRepr
from posrc._schemes import VendorScheme
from posrc._text import Text

if TYPE_CHECKING:
    from typing_extensions import Self


@attrs.frozen(repr=False)
class Source(FieldRepr):
    """Where a record's meaning comes from.

    >>> str(Source("Q/CUP 006.6-2015", "§A.2.1"))
    'Q/CUP 006.6-2015 §A.2.1'
    """

    title: str
    section: str = ""
    primary: bool = True

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
        from posrc._registry import default_registry

        return iter(default_registry())

    def __len__(cls) -> int:
        from posrc._registry import default_registry

        return len(default_registry())

    def __contains__(cls, item: object) -> bool:
        from posrc._registry import default_registry

        return isinstance(item, ReturnCode) and item in default_registry()


def _resolve_member(scheme: str, code: str) -> ReturnCode:
    """Unpickle a member of the default registry as the shared object."""
    from posrc._registry import default_registry

    return default_registry().get(code, scheme=scheme)


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

    A code of a real scheme maps onto the native code for its condition, and
    takes its category, display text, cardholder text, terminal action and
    advice from it unless the record gives its own. Outcome and retry are
    always the record's own. The same holds for codes added with
    :meth:`posrc.Registry.extend`: a vendor's codes, and native codes in the
    private range 9000-9999, which refine a native code of the same category.
    """

    code: str
    scheme: Scheme | VendorScheme
    outcome: Outcome
    retry: Retry
    _meaning: Text = attrs.field(alias="meaning")
    name: str | None = None
    _display: Text | None = attrs.field(default=None, alias="display")
    _cardholder: Text | None = attrs.field(default=None, alias="cardholder")
    _terminal_action: TerminalAction | None = attrs.field(default=None, alias="terminal_action")
    _advice: Advice | None = attrs.field(default=None, alias="advice")
    _canonical: ReturnCode | None = attrs.field(default=None, alias="canonical")
    source: Source | None = None
    notes: str = ""

    # Native constants, attached by posrc._data.native when it is imported.
    APPROVED: ClassVar[ReturnCode]
    APPROVED_PARTIAL_AMOUNT: ClassVar[ReturnCode]
    APPROVED_WITH_IDENTIFICATION: ClassVar[ReturnCode]
    APPROVED_VIP: ClassVar[ReturnCode]
    APPROVED_CARD_UPDATE: ClassVar[ReturnCode]
    APPROVED_UNCONFIRMED: ClassVar[ReturnCode]
    APPROVED_OFFLINE: ClassVar[ReturnCode]
    REQUEST_ACCEPTED: ClassVar[ReturnCode]
    COMPLETED_PARTIALLY: ClassVar[ReturnCode]
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
    TERMINAL_NOT_REGISTERED: ClassVar[ReturnCode]
    MAC_ERROR: ClassVar[ReturnCode]
    PIN_BLOCK_ERROR: ClassVar[ReturnCode]
    KEY_SYNC_ERROR: ClassVar[ReturnCode]
    SECURITY_PROCESSING_FAILED: ClassVar[ReturnCode]
    SIGN_ON_REQUIRED: ClassVar[ReturnCode]
    OFFLINE_UPLOAD_MISMATCH: ClassVar[ReturnCode]
    RECONCILIATION_ERROR: ClassVar[ReturnCode]
    INVALID_MERCHANT: ClassVar[ReturnCode]
    NOT_PERMITTED_AT_TERMINAL: ClassVar[ReturnCode]
    AGREEMENT_VIOLATION: ClassVar[ReturnCode]
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
        return self if self._canonical is None else self._canonical

    @property
    def category(self) -> Category:
        """The kind of condition, from the native code's two letters."""
        return Category(self.canonical.code[:2])

    @property
    def terminal_action(self) -> TerminalAction:
        """What the terminal or cashier must do first."""
        if self._terminal_action is not None:
            return self._terminal_action
        if self._canonical is not None:
            return self._canonical.terminal_action
        return TerminalAction.NONE

    @property
    def advice(self) -> Advice:
        """Steps for the cashier, the cardholder and the integrator."""
        if self._advice is not None:
            return self._advice
        if self._canonical is not None:
            return self._canonical.advice
        return Advice(())

    def message(self, lang: str = "zh") -> str:
        """The meaning of the code, in ``"zh"`` or ``"en"``."""
        return self._meaning.get(lang)

    def display(self, lang: str = "zh") -> str:
        """What the terminal screen should show the cashier."""
        if self._display is not None:
            return self._display.get(lang)
        if self._canonical is not None:
            return self._canonical.display(lang)
        return self._meaning.get(lang)

    def cardholder_message(self, lang: str = "zh") -> str:
        """Text that is safe to show the cardholder.

        Fraud, security, lost and stolen reasons never appear in it.
        """
        if self._cardholder is not None:
            return self._cardholder.get(lang)
        if self._canonical is not None:
            return self._canonical.cardholder_message(lang)
        return self._meaning.get(lang)

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
        fields = {a.alias: getattr(self, a.name) for a in attrs.fields(ReturnCode)}
        return (_rebuild, (fields,))
