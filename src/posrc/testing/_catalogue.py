"""Catalogues of registered codes, selected by filters, for parametrised tests."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TypeAlias, TypeVar, cast

from posrc._enums import Category, Outcome, Retry, Scheme, TerminalAction, member
from posrc._model import ReturnCode
from posrc._registry import default_registry

_E = TypeVar("_E", bound=Enum)

# A filter is one member (or its value or name) or a collection of them.
SchemeFilter: TypeAlias = "Scheme | str | Iterable[Scheme | str] | None"
OutcomeFilter: TypeAlias = "Outcome | str | Iterable[Outcome | str] | None"
CategoryFilter: TypeAlias = "Category | str | Iterable[Category | str] | None"
RetryFilter: TypeAlias = "Retry | str | Iterable[Retry | str] | None"
TerminalActionFilter: TypeAlias = "TerminalAction | str | Iterable[TerminalAction | str] | None"


def codes(
    *,
    scheme: SchemeFilter = None,
    outcome: OutcomeFilter = None,
    category: CategoryFilter = None,
    retry: RetryFilter = None,
    terminal_action: TerminalActionFilter = None,
) -> tuple[ReturnCode, ...]:
    """The registered codes that pass every filter, in registry order.

    Each filter takes one member, its value or name (``"cup"``,
    ``"pick-up"``, ``"PICK_UP"``), or a collection of them; ``None`` does
    not filter. The order is stable (scheme, then code), so test ids do not
    move between runs:

    >>> [str(rc) for rc in codes(scheme="cup", outcome="unknown")]
    ['09', '68', '96', '98']
    >>> len(codes(outcome=("declined", "pick-up"), retry=Retry.NEVER, scheme="cup"))
    14

    An empty collection is refused with ``ValueError`` rather than silently
    selecting nothing; an unknown value is a ``ValueError`` too.
    """
    wanted_scheme = _wanted(scheme, Scheme, "scheme")
    wanted_outcome = _wanted(outcome, Outcome, "outcome")
    wanted_category = _wanted(category, Category, "category")
    wanted_retry = _wanted(retry, Retry, "retry")
    wanted_action = _wanted(terminal_action, TerminalAction, "terminal_action")
    return tuple(
        rc
        for rc in default_registry()
        if (wanted_scheme is None or rc.scheme in wanted_scheme)
        and (wanted_outcome is None or rc.outcome in wanted_outcome)
        and (wanted_category is None or rc.category in wanted_category)
        and (wanted_retry is None or rc.retry in wanted_retry)
        and (wanted_action is None or rc.terminal_action in wanted_action)
    )


def code_id(value: object) -> str | None:
    """A readable test id for a code: its scheme and code, joined by ``-``.

    Pass it as ``ids=`` to ``pytest.mark.parametrize``; for any other value
    it returns ``None``, which tells pytest to choose the id itself.

    >>> code_id(ReturnCode.INSUFFICIENT_BALANCE), code_id(codes(scheme="cup")[0])
    ('posrc-BL1001', 'cup-00')
    >>> code_id("display") is None
    True
    """
    if isinstance(value, ReturnCode):
        return f"{value.scheme.value}-{value.code}"
    return None


def hard_decline_codes(*, scheme: SchemeFilter = None) -> tuple[ReturnCode, ...]:
    """Refusals that must never be attempted again, pick-ups included.

    >>> [str(rc) for rc in hard_decline_codes(scheme="cup")][:4]
    ['04', '07', '33', '34']
    """
    return codes(scheme=scheme, outcome=(Outcome.DECLINED, Outcome.PICK_UP), retry=Retry.NEVER)


def retain_card_codes(*, scheme: SchemeFilter = None) -> tuple[ReturnCode, ...]:
    """Codes where the cashier must keep the card.

    >>> [str(rc) for rc in retain_card_codes(scheme="cup")][:5]
    ['04', '07', '33', '34', '35']
    """
    return codes(scheme=scheme, terminal_action=TerminalAction.RETAIN_CARD)


def unknown_outcome_codes(*, scheme: SchemeFilter = None) -> tuple[ReturnCode, ...]:
    """Codes after which nobody knows whether the money moved.

    >>> [str(rc) for rc in unknown_outcome_codes(scheme="cup")]
    ['09', '68', '96', '98']
    """
    return codes(scheme=scheme, outcome=Outcome.UNKNOWN)


def sign_on_codes(*, scheme: SchemeFilter = None) -> tuple[ReturnCode, ...]:
    """Codes after which the terminal must sign on again before the next sale.

    >>> [str(rc) for rc in sign_on_codes(scheme="cup")]
    ['77', '99', 'A0', 'A7']
    """
    return codes(scheme=scheme, terminal_action=TerminalAction.SIGN_ON)


def partial_codes(*, scheme: SchemeFilter = None) -> tuple[ReturnCode, ...]:
    """Approvals with a caveat: a partial amount, or a success to confirm with the bank.

    >>> [str(rc) for rc in partial_codes(scheme="cup")]
    ['10', 'A2', 'A4', 'A5', 'A6']
    """
    return codes(scheme=scheme, outcome=Outcome.PARTIAL)


def _wanted(value: object, enum: type[_E], name: str) -> frozenset[_E] | None:
    if value is None:
        return None
    if isinstance(value, (str, Enum)):
        return frozenset((member(enum, value),))
    if not isinstance(value, Iterable):
        raise TypeError(
            f"{name} must be a {enum.__name__}, a str or a collection of them, "
            f"not {type(value).__name__}"
        )
    members = frozenset(member(enum, item) for item in cast("Iterable[object]", value))
    if not members:
        raise ValueError(f"{name} is an empty collection, which matches nothing; pass None")
    return members
