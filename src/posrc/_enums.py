"""The small closed vocabularies that every record is described with."""

from __future__ import annotations

from enum import Enum


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
