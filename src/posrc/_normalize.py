"""Cleaning raw input: one place, one narrow rule set, positions preserved.

Only what is unambiguous is folded: full-width ASCII (U+FF01-U+FF5E), the
ideographic space (U+3000) and the no-break space (U+00A0). Each folds to
exactly one ASCII character, so an index into the cleaned text is also an
index into the original. Everything else that is not ASCII is rejected: full
NFKC would turn ``'⑱'`` into ``'18'`` and ``'²'`` into ``'2'``.
"""

from __future__ import annotations

from posrc.exceptions import ParseError

MAX_LENGTH = 256
"""Longer input is rejected at once, without being scanned."""

WHITESPACE = " \t\r\n\v\f"

_WIDTH_FOLD: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_WIDTH_FOLD[0x3000] = " "
_WIDTH_FOLD[0x00A0] = " "


def fold_width(text: str) -> str:
    """Fold full-width ASCII, U+3000 and NBSP to ASCII; leave the rest.

    >>> fold_width("ＢＬ１００１\\u3000")
    'BL1001 '
    """
    return text.translate(_WIDTH_FOLD)


def decode(raw: bytes, encoding: str | None = None) -> str:
    """Decode terminal bytes: UTF-8 (so ASCII), then GB18030, unless told."""
    candidates = (encoding,) if encoding else ("utf-8", "gb18030")
    position = 0
    for candidate in candidates:
        try:
            return raw.decode(candidate)
        except UnicodeDecodeError as error:
            position = error.start
        except LookupError:
            raise ValueError(f"unknown encoding {encoding!r}") from None
    raise ParseError(
        f"the bytes are not valid {' or '.join(c.upper() for c in candidates)}",
        raw,
        position,
        "UNDECODABLE",
    )


def as_text(raw: object, encoding: str | None = None) -> str:
    """The input as ``str``; ``TypeError`` for anything but ``str`` or ``bytes``."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bytes):
        return decode(raw, encoding)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raise TypeError(
            f"codes are text: pass {str(raw)!r} as a str (an {type(raw).__name__} loses "
            "leading zeros, so '05' and 5 are not the same code)"
        )
    raise TypeError(f"expected str or bytes, not {type(raw).__name__}")


def clean(text: str, raw: str | bytes) -> tuple[str, int]:
    """Fold, strip and upper-case one code; return it with its start index.

    Raises ``ParseError`` for empty, overlong or non-ASCII input. ``raw`` is
    the caller's original input, carried into the error.
    """
    if len(text) > MAX_LENGTH:
        raise ParseError(f"input longer than {MAX_LENGTH} characters", raw, MAX_LENGTH, "TOO_LONG")
    folded = fold_width(text)
    token = folded.lstrip(WHITESPACE)
    start = len(folded) - len(token)
    token = token.rstrip(WHITESPACE)
    if not token:
        raise ParseError("no code in the input", raw, 0, "EMPTY")
    if not token.isascii():
        offset = next(i for i, char in enumerate(token) if not char.isascii())
        raise ParseError(
            f"{token[offset]!r} is not an ASCII letter or digit",
            raw,
            start + offset,
            "BAD_CHARACTER",
        )
    return token.upper(), start
