"""Reading one code from raw input: where it is, its scheme and its parts.

What is normalised, for every entry point that reads one code (``lookup``,
``explain``, ``parse``):

* bytes are decoded as UTF-8 (so ASCII), then GB18030 (which covers GBK and
  GB2312), or with the ``encoding`` given;
* full-width ASCII (``５１``, ``ＲＣ＝``), the ideographic space U+3000 and
  NBSP fold to ASCII; nothing else does (no NFKC: ``'²'`` and ``'⑱'`` stay
  what they are);
* blanks around the code (space, tab, CR, LF, VT, FF after folding) go;
* letters are upper-cased, once the code is known to be ASCII;
* a native code may separate its letters and digits with ``-``, ``_`` or a
  space (``bl-1001``);
* the code may follow a label, in any letter case, with blanks, quotes, dot
  leaders and one ``:``, ``=`` or ``#`` between them: 返回码, 返回代码, 应答码,
  应答代码, 响应码, 响应代码, 错误码, 错误代码, 交易码, 结果码, 失败码, 第39域, 39域,
  域39, ``Response Code``, ``Resp Code``, ``Rsp Code``, ``Return Code``,
  ``Ret Code``, ``Error Code``, ``Err Code``, ``Decline Code``,
  ``Result Code``, ``Action Code``, ``Reason Code``, ``Field 39``,
  ``Bit 39``, ``DE 39``, ``F39``, ``RESP``, ``RC``, ``[39]`` and jPOS's
  ``id="39" value=``, the English ones with a space, ``_``, ``-`` or nothing
  between words (``RESP_CODE``, ``respCode``). Examples: ``RC=51``,
  ``应答码：51``, ``Resp Code: 05``, ``F39=05``, ``"respCode":"51"``;
* the code may follow a status word (交易失败, 交易拒绝, 失败, 拒绝, 错误, 异常,
  ``Declined``, ``Decline``, ``Denied``, ``Rejected``, ``Refused``,
  ``Failed``, ``Failure``, ``Error``): ``交易失败 51 余额不足``;
* the code may stand in brackets (``[A0]``, ``(51)``, ``【51】``);
* the code may be followed by a message, after blanks or one of
  ``: = | , ; /`` and the Chinese ``、。``: ``1001:余额不足``,
  ``51 : Insufficient funds``. The message is not part of the code; ``explain``
  warns when it reads as another condition.

What is rejected, with ``ParseError`` and its reason:

* ``TOO_LONG``: more than 256 characters (or, for bytes, more than 1024
  bytes), refused before anything is scanned;
* ``UNDECODABLE``: bytes that the codecs above cannot read;
* ``EMPTY``: nothing but blanks, or a label with no code;
* ``BAD_CHARACTER``: any other character in the code, such as Arabic-Indic
  digits, ``'ß'``, ``'²'``, a code run straight into its message
  (``51余额不足``) or an unclosed bracket;
* ``BAD_LENGTH``: a code of no known shape, such as a lone digit;
* ``UNKNOWN_CATEGORY``: native letters that name no category (``XY1001``);
* ``AMBIGUOUS``: a second, different code in the input (``51 05``,
  ``RC=51 RC=05``): posrc never guesses which one was meant.

Positions index the original input: characters for ``str``, bytes for
``bytes``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

import attrs

from posrc._enums import Category, Scheme
from posrc._locate import locate
from posrc._model import FieldRepr, VendorScheme
from posrc._normalize import MAX_LENGTH, in_bytes, read_text
from posrc._patterns import compiled
from posrc._schemes import VENDOR_CODE_SHAPE, vendor_code
from posrc.exceptions import ParseError

MAX_BYTES = 4 * MAX_LENGTH
"""Longer bytes are refused before decoding: no codec needs more per character."""

_NATIVE = compiled(r"([A-Z]{2})[-_ ]?([0-9]{4})|([0-9]{4})", re.ASCII)
_TWO = compiled(r"[0-9A-Z]{2}", re.ASCII)
_THREE = compiled(r"[0-9]{3}", re.ASCII)
_CODE_CHARACTER = compiled(r"[^0-9A-Z_ -]", re.ASCII)

_CATEGORY_LETTERS = frozenset(category.value for category in Category)

_SHAPES: dict[Scheme, tuple[Callable[[], re.Pattern[str]], str]] = {
    Scheme.POSRC: (_NATIVE, "a posrc code is two letters and four digits, e.g. BL1001"),
    Scheme.CUP: (_TWO, "a UnionPay code has two characters, e.g. 51 or A0"),
    Scheme.ISO8583: (_TWO, "an ISO 8583:1987 code has two characters, e.g. 51"),
    Scheme.ISO8583_1993: (_THREE, "an ISO 8583:1993 action code has three digits, e.g. 116"),
}


def _shape(scheme: Scheme | VendorScheme) -> tuple[Callable[[], re.Pattern[str]], str]:
    """A scheme's code pattern, and how to describe it."""
    if isinstance(scheme, VendorScheme):
        return vendor_code, f"a {scheme.title} code is {VENDOR_CODE_SHAPE}, e.g. E1"
    return _SHAPES[scheme]


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


def parse(raw: str | bytes, *, encoding: str | None = None) -> Code:
    """Read a native code (``BL1001``, ``bl-1001``, ``1001``) without looking it up.

    >>> str(parse("nw-1005"))
    'NW1005'
    >>> parse(" 1001 ")
    Code(category=None, number=1001)
    >>> str(parse("返回码: NW1005 网络连接失败".encode("gbk")))
    'NW1005'

    Labels, brackets, a trailing message and bytes are read as described in
    this module's documentation. Raises ``ParseError`` for malformed input and
    ``TypeError`` for input that is neither ``str`` nor ``bytes``.
    """
    text, codec = _single_text(raw, encoding)
    try:
        found = locate(text, raw)
        return _native_code(found.token, found.start, raw)
    except ParseError as error:
        raise in_bytes(error, text, codec) from None


class Reading(NamedTuple):
    """One code read from raw input: its scheme, the code, and any message."""

    scheme: Scheme | VendorScheme
    code: str
    message: str = ""


def read(
    raw: str | bytes, scheme: Scheme | VendorScheme | None, encoding: str | None = None
) -> Reading:
    """Decode ``raw`` and read its one code; errors index the original input."""
    text, codec = _single_text(raw, encoding)
    try:
        found = locate(text, raw)
        resolved, code = read_token(found.token, found.start, raw, scheme)
    except ParseError as error:
        raise in_bytes(error, text, codec) from None
    return Reading(resolved, code, found.message)


def _single_text(raw: str | bytes, encoding: str | None) -> tuple[str, str | None]:
    if isinstance(raw, bytes) and len(raw) > MAX_BYTES:
        raise ParseError(f"input longer than {MAX_BYTES} bytes", raw, MAX_BYTES, "TOO_LONG")
    return read_text(raw, encoding)


def _ascii_upper(token: str, start: int, raw: str | bytes) -> str:
    # ASCII first: 'ß'.upper() is 'SS' and 'ı'.upper() is 'I'.
    if not token.isascii():
        offset = next(i for i, char in enumerate(token) if not char.isascii())
        raise ParseError(
            f"{token[offset]!r} is not an ASCII letter or digit",
            raw,
            start + offset,
            "BAD_CHARACTER",
        )
    return token.upper()


def _native_code(token: str, start: int, raw: str | bytes) -> Code:
    token = _ascii_upper(token, start, raw)
    match = _NATIVE().fullmatch(token)
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


def read_token(
    token: str, start: int, raw: str | bytes, scheme: Scheme | VendorScheme | None
) -> tuple[Scheme | VendorScheme, str]:
    token = _ascii_upper(token, start, raw)
    if scheme is None:
        scheme = _scheme_by_shape(token, start, raw)
    if scheme is Scheme.POSRC:
        return scheme, str(_native_code(token, start, raw))
    if _shape(scheme)[0]().fullmatch(token) is None:
        raise _shape_error(token, start, raw, scheme)
    return scheme, token


def _scheme_by_shape(token: str, start: int, raw: str | bytes) -> Scheme:
    if _NATIVE().fullmatch(token) or (len(token) > 2 and token[:2].isalpha()):
        return Scheme.POSRC
    if len(token) == 2:
        return Scheme.CUP
    if len(token) == 3 and token.isdigit():
        return Scheme.ISO8583_1993
    bad = _CODE_CHARACTER().search(token)
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


def _shape_error(
    token: str, start: int, raw: str | bytes, scheme: Scheme | VendorScheme
) -> ParseError:
    expected = _shape(scheme)[1]
    bad = _CODE_CHARACTER().search(token)
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
