"""Finding the one code in a single-code input: after a label, in brackets,
before a message; and refusing input that holds two different codes.

The rules are listed in :mod:`posrc._parse`. Nothing here checks the code's
shape: that is the scheme's business.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from posrc._normalize import MAX_LENGTH, WHITESPACE, fold_width
from posrc._patterns import compiled
from posrc.exceptions import ParseError


class Located(NamedTuple):
    """Where the one code of a single-code input stands, and what follows it."""

    token: str
    start: int
    message: str


# The label patterns are large: they are built and compiled only once input that
# is not a bare code asks for them, which keeps import and bare codes cheap.


@functools.cache
def _prefix() -> re.Pattern[str]:
    """A label or status word before a leading code."""
    from posrc._labels import (
        AFTER_LABEL,
        AFTER_STATUS,
        BRACKETED_39,
        JPOS_FIELD_39,
        LABEL,
        OPENING,
        STATUS,
    )

    return re.compile(
        f"(?:(?:{LABEL}|{JPOS_FIELD_39}|{BRACKETED_39}){AFTER_LABEL}|{STATUS}{AFTER_STATUS})"
        f"(?P<open>{OPENING})?[ \t]{{0,2}}"
    )


@functools.cache
def _marked() -> re.Pattern[str]:
    """A code that its surroundings mark as one."""
    from posrc._labels import MARKED_CODE

    return re.compile(MARKED_CODE)


@functools.cache
def _open() -> re.Pattern[str]:
    """An opening bracket before a leading code."""
    from posrc._labels import OPENING

    return re.compile(f"(?P<open>{OPENING})[ \t]{{0,2}}")


_LABEL_END = compiled("[:=#][ \t\"']*$")
_PLAIN = compiled(r"([A-Za-z]{2}[-_ ]?[0-9]{4}|[0-9A-Za-z]{1,8})[ \t\r\n\v\f]*", re.ASCII)
_NATIVE_TOKEN = compiled(r"[A-Za-z]{2}[-_ ]?[0-9]{4}(?![0-9A-Za-z])", re.ASCII)
_TERMINATORS = WHITESPACE + ":=|,;/\u2013\u2014\u3001\u3002\"'])>\u3011\u300b"
_TOKEN_END = compiled("[" + re.escape(_TERMINATORS) + "]")
_CLOSERS = {"[": "]", "(": ")", "<": ">", "\u3010": "\u3011", "\u300a": "\u300b"}
_LEAD = WHITESPACE + ":=|,;/\u2013\u2014\u3001\u3002\"'-"
_FIRST_WORD = compiled(r"[0-9A-Za-z]+", re.ASCII)
_CODE_SHAPE = compiled(r"[0-9][0-9A-Za-z]|[A-Za-z][0-9]|[0-9]{3,4}|[A-Za-z]{2}[0-9]{4}", re.ASCII)


def locate(text: str, raw: str | bytes) -> Located:
    """Find the one code in ``text`` (the decoded ``raw``); no shape check yet.

    A code after a label or in brackets after a status word is found
    anywhere in the input. Otherwise the code must come first, after at
    most a status word or an opening bracket.

    >>> locate("应答码：51 余额不足", "")
    Located(token='51', start=4, message='余额不足')
    >>> locate("1001:余额不足", "")
    Located(token='1001', start=0, message='余额不足')
    """
    if len(text) > MAX_LENGTH:
        raise ParseError(f"input longer than {MAX_LENGTH} characters", raw, MAX_LENGTH, "TOO_LONG")
    folded = fold_width(text)
    start = len(folded) - len(folded.lstrip(WHITESPACE))
    if start == len(folded):
        raise ParseError("no code in the input", raw, 0, "EMPTY")
    plain = _PLAIN().fullmatch(folded, start)
    if plain is not None:  # the common case, a bare code: nothing else to look for
        return Located(plain.group(1), start, "")
    marks = list(_marked().finditer(folded))
    for mark in marks[1:]:
        if not _same_code(_code_of(mark), _code_of(marks[0])):
            raise _ambiguous(_code_of(marks[0]), _code_of(mark), _start_of(mark), raw)
    chosen = next((mark for mark in marks if mark.lastgroup != "native"), None)
    if chosen is None:
        try:
            return _locate_first(folded, text, start, raw)
        except ParseError:
            if not marks or _start_of(marks[0]) == start:
                raise
            chosen = marks[0]
    token = _code_of(chosen)
    first = _FIRST_WORD().match(folded, start)
    if (
        first is not None
        and first.end() <= chosen.start()
        and _ends_token(folded, first.end())
        and _CODE_SHAPE().fullmatch(first.group())
        and not _same_code(first.group(), token)
    ):
        raise _ambiguous(first.group(), token, _start_of(chosen), raw)
    return _with_message(folded, text, token, _start_of(chosen), chosen.end(), raw)


def _code_of(mark: re.Match[str]) -> str:
    return fold_width(mark.group(mark.lastgroup or 0))


def _start_of(mark: re.Match[str]) -> int:
    return mark.start(mark.lastgroup or 0)


def _locate_first(folded: str, text: str, start: int, raw: str | bytes) -> Located:
    prefix = _prefix().match(folded, start)
    length = len(folded.rstrip(WHITESPACE))
    if prefix is not None and prefix.end() >= length:
        if _LABEL_END().search(prefix.group()):
            raise ParseError("a label with no code after it", raw, length, "EMPTY")
        # What reads as a label is the whole input: "[39]" is the code 39 in brackets.
        prefix = None
    prefix = prefix or _open().match(folded, start)
    if prefix is not None and prefix.end() < length:
        opener, start = prefix.group("open"), prefix.end()
    else:
        opener = None
    native = _NATIVE_TOKEN().match(folded, start)
    if native is not None and _ends_token(folded, native.end()):
        end = native.end()
    else:
        stop = _TOKEN_END().search(folded, start)
        end = len(folded) if stop is None else stop.start()
    if end == start:
        raise ParseError(f"{folded[start]!r} cannot start a code", raw, start, "BAD_CHARACTER")
    after = end if opener is None else _close(folded, end, opener, raw)
    return _with_message(folded, text, folded[start:end], start, after, raw)


def _with_message(
    folded: str, text: str, token: str, start: int, after: int, raw: str | bytes
) -> Located:
    rest = len(folded) - len(folded[after:].lstrip(_LEAD))
    _refuse_second_code(folded, rest, token, raw)
    return Located(token, start, text[rest:].rstrip(WHITESPACE + "\u3000\u00a0"))


def _ends_token(folded: str, end: int) -> bool:
    return end == len(folded) or folded[end] in _TERMINATORS


def _close(folded: str, end: int, opener: str, raw: str | bytes) -> int:
    closer = _CLOSERS[opener]
    at = len(folded) - len(folded[end:].lstrip(" \t"))
    if folded[at : at + 1] != closer:
        raise ParseError(f"{opener!r} is never closed by {closer!r}", raw, at, "BAD_CHARACTER")
    return at + 1


def _same_code(a: str, b: str) -> bool:
    a, b = (re.sub("[-_ ]", "", code.upper()) for code in (a, b))
    # A native code and its bare number are one code: "1001" and "BL1001".
    return a == b or (
        a.isdigit() != b.isdigit() and {len(a), len(b)} == {4, 6} and a[-4:] == b[-4:]
    )


def _refuse_second_code(folded: str, rest: int, token: str, raw: str | bytes) -> None:
    # "51 05", "51 (A0)": a message does not start with another code.
    first = _FIRST_WORD().match(folded, rest + int(folded[rest : rest + 1] in _CLOSERS))
    if (
        first is not None
        and _CODE_SHAPE().fullmatch(first.group())
        and not _same_code(first.group(), token)
    ):
        raise _ambiguous(token, first.group(), first.start(), raw)
    for marked in _marked().finditer(folded, rest):
        other = marked.group(marked.lastgroup or 0)
        if not _same_code(fold_width(other), token):
            raise _ambiguous(token, other, marked.start(marked.lastgroup or 0), raw)


def _ambiguous(token: str, other: str, position: int, raw: str | bytes) -> ParseError:
    return ParseError(
        f"two different codes, {token!r} and {other!r}: posrc will not guess which one counts",
        raw,
        position,
        "AMBIGUOUS",
    )
