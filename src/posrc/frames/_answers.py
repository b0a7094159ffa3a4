"""The answers for the distinct values of a column, explained once each.

A backend (pandas, Polars, pyarrow) finds the distinct keys of its column, each
a raw value and the scheme named for it, and numbers them. For each output
column it gets back one value per key, in the column's vocabulary, and takes
them by its key numbers with its own vectorised operations: the cost per row
is a hash of the raw value and one gather per column, whatever posrc's reader
does with a value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, TypeGuard

import attrs

from posrc import (
    Category,
    Explanation,
    Outcome,
    Registry,
    Retry,
    Scheme,
    TerminalAction,
    VendorScheme,
)
from posrc._export import first_step

SchemeName = str | Scheme | VendorScheme | None
"""The scheme a key names: a scheme or its name, or none, to decide by shape."""

Value = str | bool | None

_ANSWERS: dict[str, Callable[[Explanation], Value]] = {
    "known": lambda e: e.return_code is not None,
    "scheme": lambda e: None if e.scheme is None else e.scheme.value,
    "code": lambda e: e.code,
    "canonical": lambda e: None if e.return_code is None else e.return_code.canonical.code,
    "category": lambda e: None if e.return_code is None else e.return_code.category.value,
    "outcome": lambda e: e.outcome.value,
    "retry": lambda e: e.retry.value,
    "terminal_action": lambda e: e.terminal_action.value,
    "message_zh": lambda e: e.message("zh"),
    "message_en": lambda e: e.message("en"),
    "display_zh": lambda e: e.display("zh"),
    "display_en": lambda e: e.display("en"),
    "cardholder_zh": lambda e: e.cardholder_message("zh"),
    "cardholder_en": lambda e: e.cardholder_message("en"),
    "first_step_zh": lambda e: first_step(e.advice, "zh"),
    "first_step_en": lambda e: first_step(e.advice, "en"),
}

EXPLAINED_COLUMNS: Final[tuple[str, ...]] = tuple(_ANSWERS)
"""The columns :func:`posrc.frames.explain_column` can give, in their default order."""

_VOCABULARIES: dict[str, tuple[str, ...]] = {
    "category": tuple(category.value for category in Category),
    "outcome": tuple(outcome.value for outcome in Outcome),
    "retry": tuple(retry.value for retry in Retry),
    "terminal_action": tuple(action.value for action in TerminalAction),
}


@attrs.frozen
class Answers:
    """One output column's values for each key, and the vocabulary they come from.

    ``vocabulary`` is ``None`` for the boolean column ``known``. For an
    enumeration it is every value the column can hold, in posrc's order, so
    that the result's type does not depend on the data; for a text column,
    the texts found, sorted.
    """

    name: str
    values: tuple[Value, ...]
    vocabulary: tuple[str, ...] | None

    def positions(self) -> list[int | None]:
        """Each key's value as its index in the vocabulary; ``None`` for null."""
        assert self.vocabulary is not None
        index = {word: position for position, word in enumerate(self.vocabulary)}
        return [None if value is None else index[str(value)] for value in self.values]


def is_scheme_name(scheme: object) -> TypeGuard[SchemeName]:
    """Whether ``scheme`` names one scheme for every row, rather than being a column."""
    return scheme is None or isinstance(scheme, (str, Scheme, VendorScheme))


def not_a_column(codes: object) -> TypeError:
    """The error for an object that is not a column posrc can read."""
    return TypeError(
        "explain_column takes a pandas Series, a Polars Series or a pyarrow Array or "
        f"ChunkedArray, not {type(codes).__name__}"
    )


def not_a_scheme(scheme: object, kind: str) -> TypeError:
    """The error for a ``scheme`` argument that is neither a scheme nor a column like the codes."""
    return TypeError(
        f"scheme is a scheme, its name, or a {kind} of each row's scheme like the codes, "
        f"not {type(scheme).__name__}"
    )


def checked_columns(columns: Sequence[str]) -> tuple[str, ...]:
    """``columns``, once each is known to be one that can be given."""
    if isinstance(columns, str):
        raise TypeError("columns is a sequence of column names, not one str")
    unknown = [name for name in columns if name not in _ANSWERS]
    if unknown:
        raise ValueError(
            f"unknown column {unknown[0]!r}; the columns are {', '.join(EXPLAINED_COLUMNS)}"
        )
    return tuple(columns)


def answers(
    keys: Sequence[tuple[object, object]], registry: Registry, columns: Sequence[str]
) -> list[Answers]:
    """The answers for ``keys``, each a raw value (null gives a null row) and a scheme.

    Raises ``TypeError`` for a raw value that is neither text nor bytes, or a
    scheme that is not text, and ``ValueError`` for a scheme that the
    registry does not hold.
    """
    explained = [_explain(raw, scheme, registry) for raw, scheme in keys]
    result: list[Answers] = []
    for name in columns:
        answer = _ANSWERS[name]
        values = tuple(None if e is None else answer(e) for e in explained)
        if name == "known":
            result.append(Answers(name, values, None))
        elif name == "scheme":
            names = (*(s.value for s in Scheme), *(s.name for s in registry.vendor_schemes))
            result.append(Answers(name, values, names))
        elif name in _VOCABULARIES:
            result.append(Answers(name, values, _VOCABULARIES[name]))
        else:
            found = sorted({value for value in values if isinstance(value, str)})
            result.append(Answers(name, values, tuple(found)))
    return result


def _explain(raw: object, scheme: object, registry: Registry) -> Explanation | None:
    if raw is None:
        return None
    if not isinstance(raw, (str, bytes)):
        raise TypeError(
            f"the column holds a {type(raw).__name__} ({raw!r}): codes are text or bytes; "
            "read the column as strings, so that a code such as '05' keeps its zero"
        )
    if not is_scheme_name(scheme):
        raise TypeError(f"the scheme column holds a {type(scheme).__name__} ({scheme!r}), not text")
    return registry.explain(raw, scheme=scheme)
