"""The errors posrc raises. Each also subclasses the matching builtin."""

from __future__ import annotations

from typing import Literal

ParseErrorReason = Literal[
    "EMPTY",
    "TOO_LONG",
    "BAD_CHARACTER",
    "BAD_LENGTH",
    "UNKNOWN_CATEGORY",
    "UNDECODABLE",
    "AMBIGUOUS",
    "EXTRA_TOKEN",
    "SCHEME_NEEDED",
    "WRONG_CASE",
    "UNSUPPORTED",
]

_SHOWN = 40  # characters of a long input quoted in a message


def placed(message: str, raw: str | bytes, position: int) -> str:
    """A :class:`ParseError`'s text: ``message``, and where in ``raw`` it stands."""
    if len(raw) <= _SHOWN:
        return f"{message} (at position {position} of {raw!r})"
    return f"{message} (at position {position} of {raw[:_SHOWN]!r}... ({len(raw)} in all))"


class PosrcError(Exception):
    """Base class of every posrc error; it is never raised itself.

    >>> from posrc import lookup
    >>> try:
    ...     lookup("ZZ", scheme="cup")
    ... except PosrcError as error:
    ...     print(type(error).__name__)
    UnknownCodeError

    .. versionadded:: 0.1.0
    """


class ParseError(PosrcError, ValueError):
    """The input is not a well-formed code.

    ``raw`` is the whole input, ``position`` an index into it (not into a
    cleaned copy) and ``reason`` one of :data:`ParseErrorReason`.
    ``suggestions`` holds the codes, spelled as posrc reads them, that the
    input comes close to (a wallet code in another letter case); it is
    empty where there are none.

    >>> from posrc import lookup, parse
    >>> try:
    ...     parse("BL10O1")
    ... except ParseError as error:
    ...     print(error.reason, error.position)
    BAD_CHARACTER 4
    >>> try:
    ...     lookup("userpaying")
    ... except ParseError as error:
    ...     print(error.reason, error.suggestions)
    WRONG_CASE ('USERPAYING',)

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        message: str,
        raw: str | bytes,
        position: int,
        reason: ParseErrorReason,
        suggestions: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message, raw, position, reason)
        self.message = message
        self.raw = raw
        self.position = position
        self.reason: ParseErrorReason = reason
        self.suggestions = suggestions

    def __str__(self) -> str:
        return placed(self.message, self.raw, self.position)

    def __reduce__(
        self,
    ) -> tuple[type[ParseError], tuple[str, str | bytes, int, ParseErrorReason, tuple[str, ...]]]:
        return (type(self), (self.message, self.raw, self.position, self.reason, self.suggestions))


class UnknownCodeError(PosrcError, LookupError):
    """A well-formed code that the registry does not hold.

    ``code`` is the code as posrc read it, ``scheme`` the scheme searched,
    and ``suggestions`` the codes of that scheme that ``code`` comes close to
    (a wallet code in another letter case), spelled as posrc reads them.

    >>> from posrc import lookup
    >>> try:
    ...     lookup("CD1001")
    ... except UnknownCodeError as error:
    ...     print(error.code, "|", error)
    CD1001 | CD1001 is not a posrc code: the number 1001 is BL1001 (Insufficient balance)
    >>> try:
    ...     lookup("userpaying", scheme="wechatpay")
    ... except UnknownCodeError as error:
    ...     print(error.suggestions)
    ('USERPAYING',)

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, message: str, code: str, scheme: str, suggestions: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, code, scheme)
        self.message = message
        self.code = code
        self.scheme = scheme
        self.suggestions = suggestions

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[type[UnknownCodeError], tuple[str, str, str, tuple[str, ...]]]:
        return (type(self), (self.message, self.code, self.scheme, self.suggestions))


class RegistryError(PosrcError, ValueError):
    """A record that cannot join a registry, naming the record and the field at fault.

    ``row`` is the record's index in what was passed to
    :meth:`posrc.Registry.extend`, ``field`` the field at fault (``None`` when
    no single field is) and ``message`` what is wrong with it.

    >>> from posrc import Registry
    >>> rows = [{"scheme": "lakala", "code": "E1", "canonical": "BL1001", "zh": "余额不足"}]
    >>> try:
    ...     Registry.default().extend(rows)
    ... except RegistryError as error:
    ...     print(error)
    records[0], field 'en': missing: every code needs its Chinese and English text

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, row: int, field: str | None) -> None:
        super().__init__(message, row, field)
        self.message = message
        self.row = row
        self.field = field

    def __str__(self) -> str:
        where = f"records[{self.row}]"
        if self.field is not None:
            where += f", field {self.field!r}"
        return f"{where}: {self.message}"

    def __reduce__(self) -> tuple[type[RegistryError], tuple[str, int, str | None]]:
        return (type(self), (self.message, self.row, self.field))


class FollowUpError(PosrcError, ValueError):
    """A figure given to :meth:`posrc.FollowUp.next_call` that is no time it can count from.

    ``argument`` names the argument and ``value`` is what was given: a negative
    ``elapsed`` or ``calls``, a ``timeout`` or ``interval`` that is not above
    zero, or a figure that is NaN or infinite. A value of the wrong type is a
    ``TypeError`` instead.

    >>> from posrc import lookup
    >>> try:
    ...     lookup("USERPAYING").follow_up.next_call(elapsed=0, calls=0, timeout=0, interval=5)
    ... except FollowUpError as error:
    ...     print(error.argument, "|", error)
    timeout | timeout must be a finite number of seconds above zero, not 0

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, argument: str, value: float) -> None:
        super().__init__(message, argument, value)
        self.message = message
        self.argument = argument
        self.value = value

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[type[FollowUpError], tuple[str, str, float]]:
        return (type(self), (self.message, self.argument, self.value))
