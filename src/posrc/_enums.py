"""The small closed vocabularies that every record is described with."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar


class Category(str, Enum):
    """The kind of condition a native code describes; the value is its two letters.

    >>> Category("BL") is Category.BALANCE
    True
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


class Outcome(str, Enum):
    """What happened to the money.

    ``PARTIAL`` is an approval with a caveat (a partial amount, or a success
    that must be confirmed with the bank). ``UNKNOWN`` means nobody knows yet:
    check the first attempt before charging again.

    >>> from posrc import lookup
    >>> lookup("04").outcome, lookup("A2").outcome, lookup("68").outcome
    (<Outcome.PICK_UP: 'pick-up'>, <Outcome.PARTIAL: 'partial'>, <Outcome.UNKNOWN: 'unknown'>)
    """

    APPROVED = "approved"
    PARTIAL = "partial"
    DECLINED = "declined"
    PICK_UP = "pick-up"
    ERROR = "error"
    UNKNOWN = "unknown"


class Retry(str, Enum):
    """Whether, and when, the same payment may be attempted again.

    ``AFTER_FIX`` means only after somebody changes something (another card,
    the PIN, the amount, the terminal set-up). ``AFTER_QUERY`` means the first
    attempt must be queried or reversed before anything else happens.

    >>> from posrc import lookup
    >>> lookup("51").retry, lookup("91").retry, lookup("96").retry
    (<Retry.AFTER_FIX: 'after-fix'>, <Retry.LATER: 'later'>, <Retry.AFTER_QUERY: 'after-query'>)
    """

    NOT_NEEDED = "not-needed"
    IMMEDIATELY = "immediately"
    LATER = "later"
    AFTER_FIX = "after-fix"
    AFTER_QUERY = "after-query"
    NEVER = "never"


class Actor(str, Enum):
    """Who carries out a step of the advice.

    >>> from posrc import lookup
    >>> [step.actor.value for step in lookup("51").advice.steps][:2]
    ['cashier', 'cardholder']
    """

    CASHIER = "cashier"
    CARDHOLDER = "cardholder"
    INTEGRATOR = "integrator"
    OPERATIONS = "operations"


class TerminalAction(str, Enum):
    """What the terminal or the cashier must do before anything else.

    >>> from posrc import lookup
    >>> lookup("A0").terminal_action, lookup("41").terminal_action
    (<TerminalAction.SIGN_ON: 'sign-on'>, <TerminalAction.RETAIN_CARD: 'retain-card'>)
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


class Scheme(str, Enum):
    """A code system. The string values are accepted wherever a scheme is taken.

    >>> Scheme("cup") is Scheme.CUP
    True
    """

    POSRC = "posrc"
    CUP = "cup"
    ISO8583 = "iso8583"
    ISO8583_1993 = "iso8583-1993"


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
    raise ValueError(f"unknown {what} {value!r}; expected one of {known}")
