"""Counting codes: what went wrong how often, by code, category and outcome."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TypeAlias

import attrs

from posrc._enums import Category, Outcome
from posrc._explain import Explanation
from posrc._lookup import explain
from posrc._model import FieldRepr, ReturnCode
from posrc._scan import CodeMatch, find_codes

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
    in which the items first appeared.

    >>> from posrc import lookup
    >>> summary = summarize([lookup("51"), lookup("51"), lookup("A0")])
    >>> [(rc.code, n) for rc, n in summary.by_code]
    [('51', 2), ('A0', 1)]
    >>> summary.by_outcome
    ((<Outcome.DECLINED: 'declined'>, 2), (<Outcome.ERROR: 'error'>, 1))
    """

    total: int
    by_code: tuple[tuple[ReturnCode, int], ...]
    unknown: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[Category, int], ...]
    by_outcome: tuple[tuple[Outcome, int], ...]


def summarize(items: str | bytes | Iterable[Countable]) -> Summary:
    """Count ``items`` by code, category and outcome; see :class:`Summary`.

    ``items`` may mix ``ReturnCode``, ``Explanation`` and ``CodeMatch``
    objects and raw codes (explained with :func:`posrc.explain`). A single
    ``str`` or ``bytes`` is a text to scan with :func:`posrc.find_codes`:

    >>> log = "RESP=51 余额不足\\nRESP=51\\nRC=96\\n交易失败(A0)\\nRC=Q7"
    >>> summary = summarize(log)
    >>> summary.total, [(rc.code, n) for rc, n in summary.by_code], summary.unknown
    (5, [('51', 2), ('96', 1), ('A0', 1)], (('Q7', 1),))

    Never raises for ``str`` or ``bytes``; any other item is a ``TypeError``.
    """
    if isinstance(items, (str, bytes)):
        items = find_codes(items)
    codes: Counter[ReturnCode] = Counter()
    unknown: Counter[str] = Counter()
    outcomes: Counter[Outcome] = Counter()
    total = 0
    for item in items:
        total += 1
        rc, name = _resolve(item)
        if rc is None:
            unknown[name] += 1
            outcomes[Outcome.UNKNOWN] += 1
        else:
            codes[rc] += 1
            outcomes[rc.outcome] += 1
    categories: Counter[Category] = Counter()
    for rc, count in codes.items():
        categories[rc.category] += count
    return Summary(
        total,
        tuple(codes.most_common()),
        tuple(unknown.most_common()),
        tuple(categories.most_common()),
        tuple(outcomes.most_common()),
    )


def _resolve(item: object) -> tuple[ReturnCode | None, str]:
    """The code an item stands for, or ``None`` and the name to count it under."""
    if isinstance(item, ReturnCode):
        return item, item.code
    if isinstance(item, CodeMatch):
        item = item.explanation
    elif isinstance(item, (str, bytes)):
        item = explain(item)
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
