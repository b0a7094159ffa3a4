"""Finding codes in free text: terminal screens, receipts, logs and gateway replies.

What counts as a code is documented on :func:`posrc.find_codes`. The scan is one
left-to-right pass of one regular expression whose every repeat is bounded,
so its work grows linearly with the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from posrc._enums import Scheme
from posrc._explain import Explanation, explain_code
from posrc._messages import agrees
from posrc._model import FieldRepr, ReturnCode, VendorScheme
from posrc._normalize import byte_offsets, fold_width
from posrc._parse import read_token
from posrc._patterns import compiled
from posrc.exceptions import ParseError, UnknownCodeError

if TYPE_CHECKING:
    from posrc._registry import Registry

_WIDE_LETTER = compiled("[\uff21-\uff3a\uff41-\uff5a]")

_WINDOW = 48  # characters of message read after a bare code
_DIGITS = compiled("[0-9]")


@attrs.frozen(repr=False)
class CodeMatch(FieldRepr):
    """One code found in text.

    ``span`` indexes the original input (characters for ``str``, bytes for
    ``bytes``) and covers the code with whatever marks it (``RESP=51``);
    ``raw`` is that piece of the input; ``explanation`` says what it means.

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


def find_codes(
    text: str | bytes,
    *,
    scheme: Scheme | VendorScheme | str | None = None,
    encoding: str | None = None,
) -> list[CodeMatch]:
    """Every code in ``text``, in order; never raises for ``str`` or ``bytes``.

    >>> line = "交易失败 应答码：51 余额不足 终端号12345678 金额128.00"
    >>> [(m.raw, m.explanation.message("en")) for m in find_codes(line)]
    [('应答码：51', 'Insufficient funds')]
    >>> [m.raw for m in find_codes("1001:余额不足\\n1005:网络连接失败\\n10:31:02")]
    ['1001', '1005']

    Precision comes first. A code is reported only where the text marks it
    as one:

    * after a label (``RC=51``, ``应答码：51``, ``"respCode":"05"``,
      ``F39=05``, jPOS's ``<field id="39" value="51"/>``; the labels are
      those that :func:`lookup` reads), whatever its shape;
    * in brackets right after a status word (``交易失败(51)``,
      ``Declined [05]``);
    * as a native code standing as a whole token (``NW1005``, ``bl-1001``),
      if posrc knows it;
    * as a bare code (two characters with a digit, three or four digits)
      followed by a message that matches its meaning (``51 余额不足``,
      ``1001:余额不足``, ``05 Do not honor``), or in brackets after such a
      message (``余额不足(51)``).

    A bare number with no such context is never reported, and neither is a
    number glued to ``. : / - # * _`` or to a digit group: amounts
    (``128.00``), dates, times, terminal and batch numbers (``POS#12``), card
    fragments (``****1234``) and phone numbers. A labelled code of letters
    only is reported only if it is registered (``RESP: OK`` is not a code),
    and a label, status word or bracket straight after an ASCII letter or
    digit is not seen (``SRC=51``, ``expired(54)``), except a Chinese label
    (``TID1应答码51``). Full-width characters are read as their ASCII forms.

    ``scheme`` restricts the scan to one code system and reads every code in
    it. Bytes are decoded as UTF-8, then GB18030, or with ``encoding``; bytes
    that neither reads are decoded as UTF-8 with each bad byte kept apart, so
    the rest is still scanned and spans still index the original bytes. A
    message that contradicts its code is not checked here (``explain`` does).
    """
    from posrc._registry import default_registry  # a cycle: the registry scans with this module

    return scan(default_registry(), text, scheme, encoding)


def scan(
    registry: Registry,
    text: str | bytes,
    scheme: Scheme | VendorScheme | str | None = None,
    encoding: str | None = None,
) -> list[CodeMatch]:
    """Every code in ``text`` that ``registry`` reads; see :func:`posrc.find_codes`."""
    wanted = None if scheme is None else registry.scheme(scheme)
    if isinstance(text, bytes):
        decoded, codec = _decode_leniently(text, encoding)
        found = list(_scan(registry, _prepared(decoded), decoded, wanted))
        return _in_bytes(text, decoded, codec, found)
    if not isinstance(text, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"expected str or bytes, not {type(text).__name__}")
    return list(_scan(registry, _prepared(text), text, wanted))


def _prepared(text: str) -> str:
    """The text to scan: a line break in front, so that even the first code has
    a character before it (indexes shift by one), and full-width letters folded.
    """
    # The patterns read full-width digits and punctuation as they are; a label in
    # full-width letters ("ＲＣ＝５１") needs folding, which keeps every index.
    return "\n" + (fold_width(text) if _WIDE_LETTER().search(text) else text)


def _decode_leniently(raw: bytes, encoding: str | None) -> tuple[str, str]:
    for codec in (encoding,) if encoding else ("utf-8", "gb18030"):
        try:
            return raw.decode(codec), codec
        except UnicodeDecodeError:
            pass
        except LookupError:
            raise ValueError(f"unknown encoding {encoding!r}") from None
    codec = encoding or "utf-8"
    return raw.decode(codec, "surrogateescape"), codec


def _in_bytes(raw: bytes, text: str, codec: str, found: list[CodeMatch]) -> list[CodeMatch]:
    edges = [edge for match in found for edge in match.span]
    offsets = iter(byte_offsets(text, codec, edges, errors="surrogateescape"))
    moved: list[CodeMatch] = []
    # Both arguments after ``found`` are one iterator: it yields each start, then its end.
    for match, start, end in zip(found, offsets, offsets, strict=True):
        piece = raw[start:end]
        explanation = attrs.evolve(match.explanation, raw=piece)
        moved.append(CodeMatch((start, end), piece, explanation))
    return moved


def _scan(
    registry: Registry, text: str, source: str, wanted: Scheme | VendorScheme | None
) -> Iterator[CodeMatch]:
    """Scan ``text`` (prepared from ``source``); spans index ``source``."""
    explained: dict[tuple[str, str], Explanation | None] = {}
    from posrc._scan_pattern import scanner  # built on first use: import stays cheap

    pattern = scanner()
    position = 0
    while (mark := pattern.search(text, position)) is not None:
        # A rejected candidate gives way to one starting just after it: the "51"
        # of "(51) 余额不足" is a bare code once the bracketed reading fails.
        position = mark.start() + 1
        kind = mark.lastgroup or ""
        token = mark.group(kind)
        if kind in ("bare", "trailing"):
            start, end = mark.span(kind)
        else:
            start = mark.start() + (mark.group("glued") is None)
            end = mark.end()
        if kind == "bare":
            message = text[mark.end() : mark.end() + _WINDOW].partition("\n")[0]
        elif kind == "trailing":
            message = text[max(0, start - _WINDOW) : start].rpartition("\n")[2]
        else:
            message = None
        if message is not None and not any(
            agrees(rc, message) for rc in _readings(registry, token, wanted)
        ):
            continue
        raw = source[start - 1 : end - 1]
        key = (kind, raw)
        if key not in explained:
            explained[key] = _explain_token(registry, raw, token, kind, wanted)
        explanation = explained[key]
        if explanation is not None:
            position = mark.end()
            yield CodeMatch((start - 1, end - 1), raw, explanation)


def _readings(
    registry: Registry, token: str, wanted: Scheme | VendorScheme | None
) -> list[ReturnCode]:
    """Every registered reading of a bare token in the schemes allowed."""
    code = fold_width(token).upper()
    if wanted is not None:
        schemes: list[Scheme | VendorScheme] = [wanted]
    elif len(code) == 2:
        schemes = [Scheme.CUP, Scheme.ISO8583]
    else:
        schemes = [Scheme.ISO8583_1993 if len(code) == 3 else Scheme.POSRC]
    found: list[ReturnCode] = []
    for scheme in schemes:
        try:
            scheme_code = read_token(code, 0, code, scheme)[1]
            found.append(registry.get(scheme_code, scheme=scheme))
        except (ParseError, UnknownCodeError):
            pass
    return found


def _explain_token(
    registry: Registry, raw: str, token: str, kind: str, wanted: Scheme | VendorScheme | None
) -> Explanation | None:
    if kind == "native" and wanted not in (None, Scheme.POSRC):
        return None
    folded = fold_width(token)
    try:
        scheme, code = read_token(folded, 0, folded, wanted)
    except ParseError:
        return None
    explanation = explain_code(registry, raw, wanted, scheme, code)
    if explanation.return_code is None and (kind == "native" or not _DIGITS().search(code)):
        return None
    return explanation
