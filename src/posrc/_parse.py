"""Reading the shape of a code: which scheme it can belong to, and its parts."""

from __future__ import annotations

import re

import attrs

from posrc._enums import Category, Scheme
from posrc._normalize import as_text, clean
from posrc.exceptions import ParseError

_NATIVE = re.compile(r"([A-Z]{2})[-_ ]?([0-9]{4})|([0-9]{4})", re.ASCII)
_TWO = re.compile(r"[0-9A-Z]{2}", re.ASCII)
_THREE = re.compile(r"[0-9]{3}", re.ASCII)
_CODE_CHARACTER = re.compile(r"[^0-9A-Z_ -]", re.ASCII)

_CATEGORY_LETTERS = frozenset(category.value for category in Category)

_SHAPES: dict[Scheme, tuple[re.Pattern[str], str]] = {
    Scheme.POSRC: (_NATIVE, "a posrc code is two letters and four digits, e.g. BL1001"),
    Scheme.CUP: (_TWO, "a UnionPay code has two characters, e.g. 51 or A0"),
    Scheme.ISO8583: (_TWO, "an ISO 8583:1987 code has two characters, e.g. 51"),
    Scheme.ISO8583_1993: (_THREE, "an ISO 8583:1993 action code has three digits, e.g. 116"),
}


@attrs.frozen
class Code:
    """A native code as written: its category letters (if any) and its number.

    >>> str(Code(Category.NETWORK, 1005)), str(Code(None, 1005))
    ('NW1005', '1005')
    """

    category: Category | None
    number: int

    def __str__(self) -> str:
        prefix = "" if self.category is None else self.category.value
        return f"{prefix}{self.number:04d}"


def parse(raw: str | bytes) -> Code:
    """Read a native code (``BL1001``, ``bl-1001``, ``1001``) without looking it up.

    >>> str(parse("nw-1005"))
    'NW1005'
    >>> parse(" 1001 ")
    Code(category=None, number=1001)

    Raises ``ParseError`` for malformed input and ``TypeError`` for input
    that is neither ``str`` nor ``bytes``.
    """
    token, start = clean(as_text(raw), raw)
    return _native_code(token, start, raw)


def _native_code(token: str, start: int, raw: str | bytes) -> Code:
    match = _NATIVE.fullmatch(token)
    if match is None:
        raise _shape_error(token, start, raw, Scheme.POSRC)
    letters, digits, bare = match.groups()
    if bare is not None:
        return Code(None, int(bare))
    if letters not in _CATEGORY_LETTERS:
        known = ", ".join(sorted(_CATEGORY_LETTERS))
        raise ParseError(
            f"{letters!r} is not a category (one of {known})", raw, start, "UNKNOWN_CATEGORY"
        )
    return Code(Category(letters), int(digits))


def read_code(text: str, raw: str | bytes, scheme: Scheme | None) -> tuple[Scheme, str]:
    """Clean one code and decide its scheme; return the scheme and the code.

    Without a scheme the shape decides: two letters and four digits (or four
    bare digits) are posrc codes, two characters UnionPay, three digits ISO
    8583:1993. A native code comes back in its written form (``BL1001`` or
    ``1001``), with any separator removed.
    """
    token, start = clean(text, raw)
    if scheme is None:
        scheme = _scheme_by_shape(token, start, raw)
    if scheme is Scheme.POSRC:
        return scheme, str(_native_code(token, start, raw))
    pattern = _SHAPES[scheme][0]
    if pattern.fullmatch(token) is None:
        raise _shape_error(token, start, raw, scheme)
    return scheme, token


def _scheme_by_shape(token: str, start: int, raw: str | bytes) -> Scheme:
    if _NATIVE.fullmatch(token) or (len(token) > 2 and token[:2].isalpha()):
        return Scheme.POSRC
    if len(token) == 2:
        return Scheme.CUP
    if len(token) == 3 and token.isdigit():
        return Scheme.ISO8583_1993
    bad = _CODE_CHARACTER.search(token)
    if bad is not None:
        raise _bad_character(token, start, raw, bad.start())
    if len(token) == 1:
        hint = f": did you mean '0{token}'?" if token.isdigit() else ""
        raise ParseError(
            f"a lone character is not a code; codes are at least two characters{hint}",
            raw,
            start,
            "BAD_LENGTH",
        )
    raise ParseError(
        "not a code of any known shape: two characters (51, A0), three digits (116) "
        "or two letters and four digits (BL1001)",
        raw,
        start,
        "BAD_LENGTH",
    )


def _shape_error(token: str, start: int, raw: str | bytes, scheme: Scheme) -> ParseError:
    expected = _SHAPES[scheme][1]
    bad = _CODE_CHARACTER.search(token)
    if bad is not None:
        return _bad_character(token, start, raw, bad.start())
    if scheme is Scheme.POSRC and token[:2].isalpha():
        offset = 3 if token[2:3] in ("-", "_", " ") else 2
        for index, char in enumerate(token[offset:], offset):
            if not char.isdigit():
                return _bad_character(token, start, raw, index)
    if len(token) == 1 and token.isdigit() and scheme is not Scheme.POSRC:
        expected += f": did you mean '0{token}'?"
    return ParseError(expected, raw, start, "BAD_LENGTH")


def _bad_character(token: str, start: int, raw: str | bytes, offset: int) -> ParseError:
    return ParseError(
        f"{token[offset]!r} cannot appear in a code", raw, start + offset, "BAD_CHARACTER"
    )
