"""Raw input to text: the one input contract of every entry point.

Every function that takes raw input (``lookup``, ``explain``, ``parse``,
``find_codes``, ``summarize`` and the ``Registry`` methods) accepts ``str``,
``bytes``, ``bytearray`` and ``memoryview`` alike, and turns anything else
away with a ``TypeError`` that names its type. The rules themselves are
documented for users in ``docs/input.md``.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple, TypeAlias, cast

import attrs

from posrc._enums import CATEGORY_OF, Category
from posrc._grammar import LINE_BREAKS
from posrc._model import FieldRepr, slot_setters
from posrc._patterns import compiled
from posrc.exceptions import ParseError

Raw: TypeAlias = "str | bytes | bytearray | memoryview"
"""What every entry point reads."""

MAX_LENGTH = 256
"""Single-code input longer than this many characters is refused at once."""
MAX_BYTES = 4 * MAX_LENGTH
"""Longer single-code bytes are refused before decoding: no codec needs more per character."""

# Unicode's default-ignorable code points: invisible, so read as blanks, never dropped.
_IGNORABLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)  # fmt: skip
_SPACES = (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)
_BREAKS = (0x0085, 0x2028, 0x2029)

_FOLD: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({cp: " " for first, last in _IGNORABLE for cp in range(first, last + 1)})
_FOLD.update(dict.fromkeys(_SPACES, " "))
_FOLD.update(dict.fromkeys(_BREAKS, "\n"))


def _complement(code_points: list[int]) -> str:
    """The ranges of every code point not in sorted ``code_points``, for a class."""
    ranges: list[str] = []
    low = 0
    for point in [*code_points, 0x110000]:
        if point > low:
            ranges.append(f"{re.escape(chr(low))}-{re.escape(chr(point - 1))}")
        low = point + 1
    return "".join(ranges)


# The characters to fold, as the negation of all others: re tests a class's items in
# turn and stops at the first that holds, so ASCII and CJK cost one test, not one per
# range of the characters to fold.
_FOLDED = compiled(f"[^{_complement(sorted(_FOLD))}]")


def fold(text: str) -> str:
    """Fold what is unambiguous, one character for one, so every index still holds.

    Full-width ASCII becomes ASCII; NBSP, U+3000 and the other spaces become
    a space; invisible characters (zero-width, bidi controls, the BOM, soft
    hyphens: Unicode's default-ignorable code points) become a space too, so
    that they can never join or hide a code; U+0085, U+2028 and U+2029 become
    a line break. Nothing else changes: no NFKC, so ``'²'`` and ``'⑱'`` stay.

    >>> fold("ＢＬ１００１\\u3000"), fold("00\\u200b05")
    ('BL1001 ', '00 05')
    """
    if text.isascii():
        return text
    # str.translate looks each character up in a dict; str.replace runs at memory
    # speed. A text holds few distinct characters to fold ("：" on every line): each
    # is replaced throughout in turn (what it becomes is never one to fold), and
    # only a text with many is translated, from the first character left to fold.
    folded = _FOLDED()
    found = folded.search(text)
    for _ in range(_FEW_TO_REPLACE):
        if found is None:
            return text
        char = found.group()
        text = text.replace(char, _FOLD[ord(char)])
        found = folded.search(text, found.start())
    if found is None:
        return text
    return text[: found.start()] + text[found.start() :].translate(_FOLD)


_FEW_TO_REPLACE = 8
"""Distinct characters to fold that are replaced one by one, before translating the rest."""


class Decoded(NamedTuple):
    """Raw input as text, with what it takes to point back into the original."""

    text: str
    raw: str | bytes
    codec: str | None
    """The codec that encodes ``text`` back into ``raw`` (no byte order mark), or ``None``."""
    skipped: int = 0
    """Bytes before the text: a byte order mark."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# These read and write one another's bytes exactly: positions computed by
# encoding again are right. Any other codec is checked by a round trip.
_EXACT = frozenset(
    {"utf-8", "gb18030", "gbk", "gb2312", "ascii", "latin-1", "big5", "cp1252"}
    | {codec for _, codec in _BOMS}
)


def decoded(raw: object, encoding: str | None = None) -> Decoded:
    """``raw`` as text, with the codec that decoded it; strict.

    Bytes are read as UTF-8 (so ASCII), then GB18030 (which covers GBK and
    GB2312), or with ``encoding``; a byte order mark picks UTF-8, UTF-16 or
    UTF-32 and is skipped. Undecodable bytes raise ``ParseError`` with reason
    ``UNDECODABLE`` (:class:`RecordDecoder` reads a text leniently instead).
    ``TypeError`` for anything but ``str``, ``bytes``, ``bytearray`` or
    ``memoryview``; ``ValueError`` for an unknown encoding.
    """
    if isinstance(raw, str):
        text = raw if type(raw) is str else str.__str__(raw)
        return Decoded(text, text, None)
    data = as_bytes(raw)
    tries = _codecs(data, encoding)
    position = 0
    for codec, skipped in tries:
        try:
            text = data[skipped:].decode(codec)
        except UnicodeDecodeError as error:
            position = skipped + error.start
            continue
        if codec in _EXACT or text.encode(codec, "surrogateescape") == data[skipped:]:
            return Decoded(text, data, codec, skipped)
        position = skipped
    names = " or ".join(codec.upper() for codec, _ in tries)
    raise ParseError(f"the bytes are not valid {names}", data, position, "UNDECODABLE")


def as_bytes(raw: object) -> bytes:
    """Bytes, bytearray and memoryview as ``bytes``; ``TypeError`` for the rest."""
    if isinstance(raw, bytes):
        return raw if type(raw) is bytes else bytes(raw)
    if isinstance(raw, (bytearray, memoryview)):
        return bytes(cast("bytearray | memoryview[int]", raw))
    raise not_raw(raw)


def byte_length(raw: object) -> int | None:
    """How many bytes bytes-like ``raw`` holds, without copying it; ``None`` for the rest."""
    if isinstance(raw, (bytes, bytearray)):
        return len(raw)
    if isinstance(raw, memoryview):
        return cast("memoryview[int]", raw).nbytes
    return None


def not_raw(raw: object) -> TypeError:
    """The error for input that is no text: one message, whatever the entry point."""
    name = type(raw).__name__
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        shown = f"{raw!r} " if isinstance(raw, float) or -(10**18) < raw < 10**18 else ""
        return TypeError(
            f"codes are text: pass {shown}as a str (an {name} loses leading zeros, "
            "so '05' and 5 are not the same code)"
        )
    return TypeError(f"expected str, bytes, bytearray or memoryview, not {name}")


def _codecs(data: bytes, encoding: str | None) -> list[tuple[str, int]]:
    """The codecs to try, each with the length of the byte order mark it skips."""
    if encoding is None:
        marked = [(codec, len(bom)) for bom, codec in _BOMS if data.startswith(bom)][:1]
        return [*marked, ("utf-8", 0), ("gb18030", 0)]
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError):
        raise ValueError(f"unknown encoding {encoding!r}") from None
    name = info.name
    # Bytes-to-bytes codecs (zlib, base64) and codecs of names or escapes read no text.
    text_codec = getattr(info, "_is_text_encoding", True)
    if not text_codec or name in ("idna", "punycode", "raw-unicode-escape", "unicode-escape"):
        raise ValueError(f"{encoding!r} is not an encoding of terminal text")
    plain = {"utf-8-sig": "utf-8", "utf-16": "utf-16", "utf-32": "utf-32"}.get(name)
    if plain is None:
        return [(name, 0)]
    for bom, codec in _BOMS:
        if data.startswith(bom) and codec.startswith(plain):
            return [(codec, len(bom))]
    # No mark: UTF-16 and UTF-32 then read little-endian, as Python's codecs do.
    return [(plain if plain == "utf-8" else plain + "-le", 0)]


RECORD_ENDS = LINE_BREAKS + "".join(map(chr, _BREAKS))
"""Every character that ends a record, before folding (which makes the last three ``\\n``)."""
LONG_RECORD = 1 << 20
"""A record of at least this many bytes is read in the codec its first bytes allow."""
KEPT = "posrc.kept"
"""The error handler that keeps each undecodable byte apart, as U+DC00 plus the
byte: a lone surrogate, which no code contains; :func:`encoded` writes it back."""

_KEPT_BYTE = compiled("[\udc00-\udcff]")
_KEPT_RUN = compiled("([\udc00-\udcff])")
_BYTE_BREAKS = tuple(char.encode("ascii") for char in LINE_BREAKS)
_BYTE_BREAK = re.compile(b"[" + re.escape(LINE_BREAKS.encode("ascii")) + b"]")
_TEXT_BREAK = compiled("[" + LINE_BREAKS + "]")


def _keep(error: UnicodeError) -> tuple[str | bytes, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    kept = "".join(chr(0xDC00 + byte) for byte in error.object[error.start : error.end])
    return kept, error.end


codecs.register_error(KEPT, _keep)


def encoded(text: str, codec: str) -> bytes:
    """``text`` in ``codec`` again, each kept byte as itself: the bytes it was read from.

    >>> truncated = "RC=51".encode("utf-16-le") + b"5"
    >>> text = truncated.decode("utf-16-le", KEPT)
    >>> text, encoded(text, "utf-16-le") == truncated
    ('RC=51\\udc35', True)
    """
    if text.isascii() or _KEPT_BYTE().search(text) is None:
        return text.encode(codec)
    # One at a time: UTF-16 and UTF-32 take no odd bytes from an error handler.
    return b"".join(
        bytes([ord(piece) - 0xDC00]) if _KEPT_BYTE().fullmatch(piece) else piece.encode(codec)
        for piece in _KEPT_RUN().split(text)
        if piece
    )


class Part(NamedTuple):
    """A stretch of decoded text, where it starts in the input, and its codec."""

    text: str
    offset: int
    codec: str


def _after_last_break(data: bytes) -> int:
    """Where the last complete record of ``data`` ends; 0 when there is none."""
    return max(data.rfind(end) for end in _BYTE_BREAKS) + 1


def _long_codec(head: bytes) -> str:
    """The codec of a long record, by its first bytes (the last may end inside a character)."""
    for codec in ("utf-8", "gb18030"):
        try:
            codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return codec
    return "utf-8"


def _record(line: bytes) -> tuple[str, str]:
    """The codec and the text of one record, its line break included."""
    if len(line.rstrip(b"".join(_BYTE_BREAKS))) >= LONG_RECORD:
        codec = _long_codec(line[:LONG_RECORD])
        return codec, line.decode(codec, KEPT)
    for codec in ("utf-8", "gb18030"):
        try:
            return codec, line.decode(codec)
        except UnicodeDecodeError:
            continue
    return "utf-8", line.decode("utf-8", KEPT)


class RecordDecoder:
    """Bytes to text leniently, record by record, the same however the bytes come cut.

    A record ends at a line break. Without ``encoding`` each record is read as
    UTF-8, else as GB18030, else as UTF-8 with each bad byte kept apart (see
    :data:`KEPT`); a record of :data:`LONG_RECORD` bytes or more is read in
    the codec that its first :data:`LONG_RECORD` bytes allow, so that it can
    be streamed. A byte order mark at the start is skipped; a UTF-16 or UTF-32
    one, or ``encoding``, reads everything in that codec, bad bytes kept apart.
    Each record that holds a kept byte counts in ``undecodable``. A decoder
    ``continued`` reads bytes that follow others at a line break: it looks for
    no byte order mark.

    >>> decoder = RecordDecoder(None)
    >>> parts = decoder.decode("应答码：51\\n".encode() + "应答码：51\\n".encode("gbk"), final=True)
    >>> [(part.offset, part.codec) for part in parts], decoder.undecodable
    ([(0, 'utf-8'), (15, 'gb18030')], 0)
    """

    def __init__(self, encoding: str | None, *, continued: bool = False) -> None:
        self._encoding = encoding
        self._pending = b""
        self._offset = 0  # where the next text starts in the input
        self._started = continued
        self._fixed = False  # one codec for everything: a UTF-16 or UTF-32 mark, or encoding
        self._codec = "utf-8"
        self._stream: codecs.IncrementalDecoder | None = None  # the fixed or long record's
        self._counted = False  # whether the open record already counts as undecodable
        self.undecodable = 0

    def decode(self, data: bytes, final: bool = False) -> list[Part]:
        """The text of ``data`` as far as it can be read yet; everything once ``final``."""
        pending = self._pending + data
        if not self._started:
            if len(pending) < len(codecs.BOM_UTF32) and not final:
                self._pending = pending
                return []
            pending = pending[self._start(pending) :]
        parts: list[Part] = []
        self._pending = self._records(pending, final, parts)
        return parts

    def _start(self, head: bytes) -> int:
        """Pick the codecs from the first bytes; the length of the byte order mark."""
        self._started = True
        if self._encoding is None:
            marked = [(codec, len(bom)) for bom, codec in _BOMS if head.startswith(bom)]
            codec, skipped = marked[0] if marked else ("utf-8", 0)
        else:
            codec, skipped = _codecs(head, self._encoding)[0]
        self._fixed = self._encoding is not None or codec != "utf-8"
        if self._fixed:
            self._codec = codec
            self._stream = codecs.getincrementaldecoder(codec)(KEPT)
        self._offset = skipped
        return skipped

    def _records(self, pending: bytes, final: bool, parts: list[Part]) -> bytes:
        """Decode what ``pending`` completes; what is left for later."""
        if final and not pending and self._stream is not None:  # what the codec still holds
            self._emit(parts, self._stream_decode(b"", True))
        while pending:
            if self._fixed:
                self._emit(parts, self._stream_decode(pending, final))
                return b""
            if self._stream is not None:  # inside a long record: up to its line break
                end = _BYTE_BREAK.search(pending)
                if end is None:
                    self._emit(parts, self._stream_decode(pending, final))
                    return b""
                self._emit(parts, self._stream_decode(pending[: end.end()], True))
                self._stream = None
                pending = pending[end.end() :]
                continue
            cut = len(pending) if final else _after_last_break(pending)
            if cut:
                parts += self._complete(pending[:cut])
                pending = pending[cut:]
            if len(pending) < LONG_RECORD:
                return pending
            self._codec = _long_codec(pending[:LONG_RECORD])
            self._stream = codecs.getincrementaldecoder(self._codec)(KEPT)
        return pending

    def _stream_decode(self, data: bytes, final: bool) -> str:
        assert self._stream is not None  # only called while streaming
        return self._stream.decode(data, final)

    def _emit(self, parts: list[Part], text: str) -> None:
        if not text:
            return
        if _KEPT_BYTE().search(text) is None:
            self._counted = self._counted and _TEXT_BREAK().search(text) is None
        else:
            for index, record in enumerate(_TEXT_BREAK().split(text)):
                self._counted = self._counted and index == 0
                if not self._counted and _KEPT_BYTE().search(record) is not None:
                    self.undecodable += 1
                    self._counted = True
        parts.append(Part(text, self._offset, self._codec))
        self._offset += len(encoded(text, self._codec))

    def _complete(self, data: bytes) -> list[Part]:
        """Whole records, each read in its own codec."""
        start = self._offset
        self._offset += len(data)
        self._counted = False
        try:
            return [Part(data.decode("utf-8"), start, "utf-8")]
        except UnicodeDecodeError as error:
            first = _after_last_break(data[: error.start])
        # Up to the first record that is no UTF-8 at once; from there, record by record.
        parts = [Part(data[:first].decode("utf-8"), start, "utf-8")] if first else []
        texts: list[str] = []
        codec, since = "", first
        ends = [match.end() for match in _BYTE_BREAK.finditer(data, first)]
        for end in ends if ends and ends[-1] == len(data) else [*ends, len(data)]:
            line_codec, text = _record(data[first:end])
            if texts and line_codec != codec:
                parts.append(Part("".join(texts), start + since, codec))
                texts, since = [], first
            codec = line_codec
            texts.append(text)
            self.undecodable += _KEPT_BYTE().search(text) is not None
            first = end
        parts.append(Part("".join(texts), start + since, codec))
        return parts


class Offsets:
    """Turns ascending indexes into a decoded text into offsets into its raw input.

    Encoding goes piece by piece through one incremental encoder, so a
    stateful codec is counted as in the original bytes.

    >>> offsets = Offsets(decoded("应答码:51".encode()))
    >>> [offsets.at(index) for index in (0, 3, 4)]
    [0, 9, 10]
    >>> Offsets(decoded("应答码:51")).at(3)
    3
    """

    __slots__ = ("_decoded", "_done", "_encoder", "_offset")

    def __init__(self, decoded: Decoded) -> None:
        self._decoded = decoded
        self._done = 0
        self._offset = decoded.skipped
        self._encoder = (
            None
            if decoded.codec is None
            else codecs.getincrementalencoder(decoded.codec)("surrogateescape")
        )

    def at(self, index: int) -> int:
        """The offset of ``index``; indexes must come in ascending order."""
        if self._encoder is None:
            return index
        self._offset += len(self._encoder.encode(self._decoded.text[self._done : index]))
        self._done = index
        return self._offset


def moved(error: ParseError, decoded: Decoded) -> ParseError:
    """The same error, its position moved from the text into the original input."""
    if decoded.codec is None or error.reason in ("UNDECODABLE", "TOO_LONG"):
        return error
    position = Offsets(decoded).at(error.position)
    return ParseError(error.message, decoded.raw, position, error.reason, error.suggestions)


@attrs.frozen(repr=False)
class Code(FieldRepr):
    """A native code as written: its category letters (if any) and its number.

    >>> str(Code(Category.NETWORK, 1005)), str(Code(None, 1005))
    ('NW1005', '1005')
    """

    category: Category | None
    number: int

    def __str__(self) -> str:
        prefix = "" if self.category is None else self.category.value
        return f"{prefix}{self.number:04d}"

    @classmethod
    def of(cls, code: str) -> Code:
        """The parts of a native code already read (``BL1001`` or ``1001``)."""
        letters, digits = code[:-4], code[-4:]
        return cls(CATEGORY_OF[letters] if letters else None, int(digits))


CODE_SETTERS = slot_setters(Code, "category", "number")
"""The setters of a :class:`Code`'s fields, for a hot path that builds many
(see :func:`posrc._model.slot_setters`)."""
