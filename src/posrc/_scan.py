"""Finding codes in free text: terminal screens, receipts, logs and gateway replies.

What counts as a code is documented on :func:`posrc.find_codes`; the reading
itself is :func:`posrc._find.candidates`, the same one that ``lookup`` uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from posrc._enums import Scheme
from posrc._explain import Explanation, explain_code
from posrc._find import candidates
from posrc._model import FieldRepr, ReturnCode, VendorScheme
from posrc._read import Offsets, decoded, fold
from posrc._table import CodeTable


@attrs.frozen(repr=False)
class CodeMatch(FieldRepr):
    """One code found in text.

    ``span`` indexes the original input (characters for ``str``, bytes for
    bytes-like input) and covers the code with whatever marks it
    (``RESP=51``); ``raw`` is that piece of the input; ``explanation`` says
    what it means.

    >>> from posrc import find_codes
    >>> (match,) = find_codes("2026-11-20 10:31:02 POS#12 SALE 128.00 RESP=51")
    >>> match.span, match.raw, match.explanation.code
    ((39, 46), 'RESP=51', '51')
    """

    span: tuple[int, int]
    raw: str | bytes
    explanation: Explanation

    @property
    def return_code(self) -> ReturnCode | None:
        """The resolved code, or ``None`` when the code is not known."""
        return self.explanation.return_code


def iter_codes(
    table: CodeTable, text: object, wanted: Scheme | VendorScheme | None, encoding: str | None
) -> Iterator[CodeMatch]:
    """Every code in ``text`` that ``table`` reads, one at a time; see :func:`posrc.find_codes`."""
    source = decoded(text, encoding, lenient=True)
    offsets = Offsets(source)
    explained: dict[tuple[object, str | bytes], Explanation] = {}
    for candidate in candidates(table, fold(source.text), wanted):
        if not candidate.reported:
            continue
        start, end = offsets.at(candidate.start), offsets.at(candidate.end)
        piece = source.raw[start:end]
        key = (candidate.key, piece)
        if key not in explained:
            explained[key] = explain_code(table, piece, wanted, candidate.scheme, candidate.code)
        yield CodeMatch((start, end), piece, explained[key])
