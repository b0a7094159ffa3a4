"""Explanations: a per-call answer that never raises for text or bytes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from posrc._data.native import UNKNOWN_ADVICE, UNKNOWN_MEANING
from posrc._enums import Outcome, Retry, Scheme, TerminalAction
from posrc._messages import agrees, contradiction
from posrc._model import (
    Advice,
    FieldRepr,
    OutcomePredicates,
    ReturnCode,
    VendorScheme,
    scheme_title,
)
from posrc._parse import read
from posrc.exceptions import ParseError, UnknownCodeError

if TYPE_CHECKING:
    from posrc._registry import Registry


@attrs.frozen(repr=False)
class Explanation(OutcomePredicates, FieldRepr):
    """What one input means and what to do, even when the code is unknown.

    >>> from posrc import explain
    >>> result = explain("ZZ9999")
    >>> result.return_code is None, result.outcome, result.retry
    (True, <Outcome.UNKNOWN: 'unknown'>, <Retry.AFTER_QUERY: 'after-query'>)

    ``raw`` is the input as given, ``code`` the code read from it (``None``
    when the input is malformed), ``return_code`` the record (``None`` when
    unknown or malformed), ``scheme`` the scheme used and ``warnings`` short
    notes on anything doubtful.
    """

    raw: str | bytes
    return_code: ReturnCode | None
    scheme: Scheme | VendorScheme | None
    code: str | None
    warnings: tuple[str, ...] = ()
    outcome: Outcome = attrs.field(init=False)
    retry: Retry = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # Fixed at construction, so they can never disagree with return_code.
        rc = self.return_code
        object.__setattr__(self, "outcome", Outcome.UNKNOWN if rc is None else rc.outcome)
        object.__setattr__(self, "retry", Retry.AFTER_QUERY if rc is None else rc.retry)

    @property
    def advice(self) -> Advice:
        """The code's advice, or the advice for an unknown code."""
        return UNKNOWN_ADVICE if self.return_code is None else self.return_code.advice

    @property
    def terminal_action(self) -> TerminalAction:
        """The code's terminal action; an unknown result must be queried first."""
        if self.return_code is None:
            return TerminalAction.QUERY_RESULT
        return self.return_code.terminal_action

    def message(self, lang: str = "zh") -> str:
        """The meaning, or "unknown response code" followed by the code read."""
        if self.return_code is not None:
            return self.return_code.message(lang)
        suffix = f" {self.code}" if self.code else ""
        return UNKNOWN_MEANING.get(lang) + suffix

    def display(self, lang: str = "zh") -> str:
        """What the terminal should show the cashier."""
        if self.return_code is not None:
            return self.return_code.display(lang)
        return self.message(lang)

    def cardholder_message(self, lang: str = "zh") -> str:
        """Text that is safe to show the cardholder."""
        if self.return_code is not None:
            return self.return_code.cardholder_message(lang)
        return UNKNOWN_MEANING.get(lang)


def explain_with(
    registry: Registry,
    raw: str | bytes,
    scheme: Scheme | VendorScheme | str | None = None,
    encoding: str | None = None,
) -> Explanation:
    """Explain ``raw`` against ``registry``; only a non-text ``raw`` raises.

    Malformed input gives the unknown result, with the ``ParseError`` text as
    its warning. A message after the code that reads as another condition
    adds a warning; the code still counts.
    """
    wanted = None if scheme is None else registry.scheme(scheme)
    try:
        reading = read(raw, wanted, encoding)
    except ParseError as error:
        return Explanation(raw, None, wanted, None, (str(error),))
    explanation = explain_code(registry, raw, wanted, reading.scheme, reading.code)
    found = explanation.return_code
    if found is None or not reading.message:
        return explanation
    mismatch = contradiction(found, reading.message)
    if mismatch is None:
        return explanation
    if wanted is None and found.scheme is Scheme.CUP:
        mismatch = _iso_reading_hint(registry, found, reading.message) or mismatch
    return attrs.evolve(explanation, warnings=(*explanation.warnings, mismatch))


def _iso_reading_hint(registry: Registry, found: ReturnCode, message: str) -> str | None:
    """Say so when the message fits ISO 8583:1987's reading of a UnionPay code."""
    try:
        iso = registry.get(found.code, scheme=Scheme.ISO8583)
    except UnknownCodeError:
        return None
    if not agrees(iso, message):
        return None
    return (
        f"the message {message!r} matches ISO 8583:1987's reading of {found.code} "
        f"({iso.message('en')}), not UnionPay's ({found.message('en')}): pass "
        "scheme='iso8583' if the host speaks ISO 8583"
    )


def explain_code(
    registry: Registry,
    raw: str | bytes,
    wanted: Scheme | VendorScheme | None,
    scheme: Scheme | VendorScheme,
    code: str,
) -> Explanation:
    """Explain a code already read as ``code`` in ``scheme``."""
    try:
        found = registry.get(code, scheme=scheme)
    except UnknownCodeError as error:
        return Explanation(raw, None, scheme, code, (str(error),))
    warnings = _scheme_warnings(registry, found) if wanted is None else ()
    return Explanation(raw, found, scheme, found.code, warnings)


def _scheme_warnings(registry: Registry, found: ReturnCode) -> tuple[str, ...]:
    """Warn where the default scheme's reading of a code differs from ISO 8583's."""
    if found.scheme is not Scheme.CUP:
        return ()
    chosen = f"posrc read {found.code} as {scheme_title(Scheme.CUP)} because no scheme was given"
    reserved = registry.reserved(found.code, Scheme.ISO8583)
    if reserved is not None:
        return (f"{chosen}; ISO 8583:1987 leaves {found.code} {reserved.en}",)
    try:
        iso = registry.get(found.code, scheme=Scheme.ISO8583)
    except UnknownCodeError:
        return ()
    if iso.canonical is found.canonical:
        return ()
    return (
        f"{chosen}; ISO 8583:1987 reads it as '{iso.message('en')}': "
        "pass scheme='iso8583' for an ISO host",
    )
