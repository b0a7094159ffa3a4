"""Counting codes: what went wrong how often, by code, category and outcome."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TypeAlias

import attrs

from posrc._enums import Category, Outcome
from posrc._explain import Explanation
from posrc._model import FieldRepr, ReturnCode
from posrc._read import as_bytes, byte_length
from posrc._scan import CodeMatch

Countable: TypeAlias = "ReturnCode | Explanation | CodeMatch | str | bytes"
"""What :func:`summarize` counts: codes, explanations, matches or raw codes."""


@attrs.frozen(repr=False)
class Summary(FieldRepr):
    """How often each code, category and outcome occurred, most frequent first.

    ``total`` counts every item. ``by_code`` holds the known codes;
    ``unknown`` the codes posrc could not resolve, as read (``"ZZ"``), or the
    raw input when nothing could be read. ``by_category`` counts the known
    codes only (an unknown code has no category); ``by_outcome`` counts
    everything, unknown codes under ``Outcome.UNKNOWN``. Ties keep the order
    in which the items first appeared. ``undecodable`` counts the records
    (lines) of a scanned text that held bytes no codec could read: they are
    scanned all the same, each bad byte kept apart.

    >>> from posrc import lookup, summarize
    >>> summary = summarize([lookup("51"), lookup("51"), lookup("A0")])
    >>> [(rc.code, n) for rc, n in summary.by_code]
    [('51', 2), ('A0', 1)]
    >>> summary.by_outcome
    ((<Outcome.DECLINED: 'declined'>, 2), (<Outcome.ERROR: 'error'>, 1))
    >>> summarize("RC=51\\n".encode() + b"RC=05 \\xff\\xfe\\n").undecodable
    1
    """

    total: int
    by_code: tuple[tuple[ReturnCode, int], ...]
    unknown: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[Category, int], ...]
    by_outcome: tuple[tuple[Outcome, int], ...]
    undecodable: int = 0


Explain: TypeAlias = Callable[[str | bytes | bytearray | memoryview], Explanation]


class Tally:
    """Counts that grow one item at a time, in the order items first appear.

    Tallies of consecutive parts of a text, added in order, give the summary
    of the whole text.
    """

    def __init__(self) -> None:
        self.total = 0
        self.undecodable = 0
        self._codes: Counter[ReturnCode] = Counter()
        self._unknown: Counter[str] = Counter()
        self._outcomes: Counter[Outcome] = Counter()

    def add(self, item: object, explain: Explain) -> None:
        """Count one item, explaining a raw code with ``explain``."""
        self.total += 1
        rc, name = _resolve(item, explain)
        if rc is None:
            self._unknown[name] += 1
            self._outcomes[Outcome.UNKNOWN] += 1
        else:
            self._codes[rc] += 1
            self._outcomes[rc.outcome] += 1

    def __iadd__(self, other: Tally) -> Tally:
        self.total += other.total
        self.undecodable += other.undecodable
        self._codes.update(other._codes)
        self._unknown.update(other._unknown)
        self._outcomes.update(other._outcomes)
        return self

    def summary(self) -> Summary:
        """What has been counted, most frequent first."""
        categories: Counter[Category] = Counter()
        for rc, number in self._codes.items():
            categories[rc.category] += number
        return Summary(
            self.total,
            tuple(self._codes.most_common()),
            tuple(self._unknown.most_common()),
            tuple(categories.most_common()),
            tuple(self._outcomes.most_common()),
            self.undecodable,
        )


def count(items: Iterable[object], explain: Explain) -> Summary:
    """Count ``items`` one at a time, explaining raw codes with ``explain``."""
    tally = Tally()
    for item in items:
        tally.add(item, explain)
    return tally.summary()


def _resolve(item: object, explain: Explain) -> tuple[ReturnCode | None, str]:
    """The code an item stands for, or ``None`` and the name to count it under."""
    if isinstance(item, ReturnCode):
        return item, item.code
    if isinstance(item, CodeMatch):
        item = item.explanation
    elif isinstance(item, str):
        item = explain(item)
    elif byte_length(item) is not None:
        item = explain(as_bytes(item))
    if not isinstance(item, Explanation):
        raise TypeError(
            "summarize() counts ReturnCode, Explanation, CodeMatch, str or bytes items, "
            f"not {type(item).__name__}"
        )
    if item.return_code is not None:
        return item.return_code, item.return_code.code
    if item.code is not None:
        return None, item.code
    raw = item.raw
    return None, raw if isinstance(raw, str) else raw.decode("utf-8", "backslashreplace")
