"""Finding codes in free text: terminal screens, receipts, logs and gateway replies.

What counts as a code is documented on :func:`posrc.find_codes`; the reading
itself is :func:`posrc._find.candidates`, the same one that ``lookup`` uses.
A text may come in pieces cut anywhere (:class:`Scan`): what is found is
exactly what the whole text gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import attrs

from posrc._enums import Scheme
from posrc._explain import Explanation, explain_code
from posrc._find import Candidate, candidates
from posrc._grammar import BLANKS
from posrc._memo import Memo
from posrc._model import FieldRepr, ReturnCode, VendorScheme
from posrc._patterns import compiled
from posrc._read import (
    RECORD_ENDS,
    Part,
    RecordDecoder,
    as_bytes,
    byte_length,
    encoded,
    fold,
    not_raw,
)
from posrc._table import CodeTable

PIECE = 1 << 20
"""Bytes of an input in memory read at a time."""
BATCH = 1 << 16
"""Characters gathered before they are scanned, whole records together."""
WINDOW = 1 << 20
"""Characters of one record scanned at a time, when it has no end in sight."""
# Within a record, a cut falls where nothing the grammar reads can reach across
# it: no candidate within _QUIET characters, no run of one character (blanks, dot
# leaders) within _CONTEXT; a match runs long only along such runs. _CONTEXT
# characters before the cut are scanned again, as the context the next window
# reads; only a run longer than _LIMIT characters is ever cut.
_CONTEXT = 1024
_QUIET = 256
# Letters, digits and Chinese end every run the grammar reads (a token is short).
_RUN = compiled(f"[{BLANKS}]{{64,}}|([^0-9A-Za-z\u3400-\u9fff])\\1{{63,}}", re.DOTALL)
_LIMIT = 16 << 20
_CACHED = 4096  # explanations remembered, by code and spelling


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


class _Stretch(NamedTuple):
    """Where a stretch of one codec begins: in the text kept, and in the input."""

    char: int
    offset: int
    codec: str | None


class _Positions:
    """Ascending indexes into the text kept, as offsets into the input."""

    def __init__(self, text: str, stretches: list[_Stretch]) -> None:
        self._text = text
        self._stretches = stretches
        self._at = 0
        self._index, self._offset = (
            (stretches[0].char, stretches[0].offset) if stretches else (0, 0)
        )
        self._codec: str | None = stretches[0].codec if stretches else None

    def at(self, index: int) -> int:
        stretches = self._stretches
        while self._at + 1 < len(stretches) and stretches[self._at + 1].char <= index:
            self._at += 1
            self._index, self._offset, self._codec = stretches[self._at]
        if self._codec is None:
            if index > self._index:  # the length of the text in between, not copied
                self._offset += index - self._index
        else:
            self._offset += len(encoded(self._text[self._index : index], self._codec))
        self._index = index
        return self._offset

    def encoded(self, piece: str) -> str | bytes:
        """A piece of the current stretch as the input holds it."""
        return piece if self._codec is None else encoded(piece, self._codec)


class Scan:
    """The codes of a text that comes in pieces, exactly as the whole text gives them.

    Pieces are all ``str`` or all bytes, cut anywhere (bytes inside a
    character too); bytes are read by :class:`posrc._read.RecordDecoder`.
    Text is scanned record by record, a few at a time; a record longer than
    ``window`` characters is scanned in windows that overlap. Spans index the
    whole input (or, ``continued``, the bytes given, which follow others at a
    line break). ``undecodable`` counts the records that held undecodable bytes.

    >>> from posrc import Registry
    >>> scan = Scan(Registry.default(), None, None)
    >>> [m.span for m in scan.matches([b"RC=5", b"1 \\xff\\nRC", b"=05"])], scan.undecodable
    ([(0, 5), (8, 13)], 1)
    """

    def __init__(
        self,
        table: CodeTable,
        wanted: Scheme | VendorScheme | None,
        encoding: str | None,
        *,
        batch: int = BATCH,
        window: int = WINDOW,
        continued: bool = False,
    ) -> None:
        self._table = table
        self._wanted = wanted
        self._decoder = RecordDecoder(encoding, continued=continued)
        self._batch = batch
        self._window = window
        self._text = ""  # what is kept: context, then text not yet scanned
        self._stretches: list[_Stretch] = []
        self._done = 0  # characters of _text already reported on
        self._read = 0  # characters of str pieces so far
        self._explained: dict[tuple[object, str | bytes], Explanation] = {}
        self._memo = Memo(table)

    @property
    def undecodable(self) -> int:
        """Records that held bytes no codec could read, so far."""
        return self._decoder.undecodable

    def matches(self, pieces: Iterable[str | bytes]) -> Iterator[CodeMatch]:
        """Every code in the text that ``pieces`` make, in order."""
        for piece in pieces:
            if isinstance(piece, str):
                self._add([Part(piece, self._read, "")])
                self._read += len(piece)
            else:
                self._add(self._decoder.decode(piece))
            yield from self._scanned(final=False)
        self._add(self._decoder.decode(b"", final=True))
        yield from self._scanned(final=True)

    def _add(self, parts: list[Part]) -> None:
        for part in parts:
            if not part.text:
                continue
            codec = part.codec or None
            if not self._stretches or self._stretches[-1].codec != codec:
                self._stretches.append(_Stretch(len(self._text), part.offset, codec))
            self._text += part.text

    def _scanned(self, *, final: bool) -> Iterator[CodeMatch]:
        text = self._text
        if final:
            cut = len(text)
        elif len(text) - self._done < self._batch:
            return
        else:
            cut = max(text.rfind(end, self._done) for end in RECORD_ENDS) + 1
        if cut:  # whole records: nothing after them counts
            found: Iterable[Candidate] = candidates(
                self._table, fold(text[:cut]), self._wanted, self._memo
            )
            keep = cut
        elif len(text) - self._done < self._window:
            return
        else:  # one long record
            found = list(candidates(self._table, fold(text), self._wanted, self._memo))
            cut = self._quiet_cut(text, found)
            keep = max(0, cut - _CONTEXT)
        yield from self._reported(found, cut)
        self._forget(keep)
        self._done = cut - keep

    def _quiet_cut(self, text: str, found: list[Candidate]) -> int:
        """Where a long record can be cut with nothing found or run across it."""
        cut = len(text) - _CONTEXT
        while cut > self._done:
            near = [c.start - _QUIET for c in found if c.start - _QUIET < cut < c.end + _QUIET]
            run = _RUN().search(text, max(0, cut - _CONTEXT), cut + _CONTEXT)
            if not near and run is None:
                return cut
            cut = min([*near, cut if run is None else run.start() - _CONTEXT])
        # A run of blanks or of one character holds every cut: wait for its end.
        return len(text) - _CONTEXT if len(text) > _LIMIT else self._done

    def _reported(self, found: Iterable[Candidate], cut: int) -> Iterator[CodeMatch]:
        text, done, explained = self._text, self._done, self._explained
        positions = _Positions(text, self._stretches)
        for candidate in found:
            first, last = candidate.start, candidate.end
            if first >= cut:
                break
            if first < done or not candidate.reported:
                continue
            span = (positions.at(first), positions.at(last))
            raw = positions.encoded(text[first:last])
            key = (candidate.key, raw)
            explanation = explained.get(key)
            if explanation is None:
                if len(explained) >= _CACHED:
                    explained.clear()
                explanation = explain_code(
                    self._table, raw, self._wanted, candidate.scheme, candidate.code
                )
                explained[key] = explanation
            yield CodeMatch(span, raw, explanation)

    def _forget(self, keep: int) -> None:
        """Drop the first ``keep`` characters of what is kept."""
        stretches = self._stretches
        at = max(i for i, stretch in enumerate(stretches) if stretch.char <= keep)
        first = stretches[at]
        skipped = self._text[first.char : keep]
        offset = first.offset + (
            len(skipped) if first.codec is None else len(encoded(skipped, first.codec))
        )
        self._stretches = [_Stretch(0, offset, first.codec)] + [
            _Stretch(s.char - keep, s.offset, s.codec) for s in stretches[at + 1 :]
        ]
        self._text = self._text[keep:]
        if not self._text:
            self._stretches = []


def pieces(text: object) -> Iterator[str | bytes]:
    """Input in pieces of at most :data:`PIECE` bytes, a ``str`` whole; ``TypeError`` else."""
    if isinstance(text, str):
        yield text if type(text) is str else str.__str__(text)
        return
    if byte_length(text) is None:
        raise not_raw(text)
    data = as_bytes(text)
    for start in range(0, len(data), PIECE):
        yield data[start : start + PIECE]


def iter_codes(
    table: CodeTable, text: object, wanted: Scheme | VendorScheme | None, encoding: str | None
) -> Iterator[CodeMatch]:
    """Every code in ``text`` that ``table`` reads, one at a time; see :func:`posrc.find_codes`."""
    return Scan(table, wanted, encoding).matches(pieces(text))
