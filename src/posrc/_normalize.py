"""Cleaning raw input: one place, one narrow rule set, positions preserved.

Only what is unambiguous is folded: full-width ASCII (U+FF01-U+FF5E), the
ideographic space (U+3000) and the no-break space (U+00A0). Each folds to
exactly one ASCII character, so an index into the cleaned text is also an
index into the original. Everything else that is not ASCII is rejected: full
NFKC would turn ``'⑱'`` into ``'18'`` and ``'²'`` into ``'2'``.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator

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
    return text if text.isascii() else text.translate(_WIDTH_FOLD)


def decode(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode terminal bytes; return the text and the codec that decoded it.

    Without ``encoding``, UTF-8 (and so ASCII) is tried first, then GB18030,
    which covers GBK and GB2312. Decoding is strict: bytes that neither codec
    reads raise ``ParseError`` with reason ``UNDECODABLE`` at the first byte
    that GB18030 (or the given codec) could not read.

    >>> decode("应答码：51".encode("gbk"))
    ('应答码：51', 'gb18030')
    """
    candidates = (encoding,) if encoding else ("utf-8", "gb18030")
    position = 0
    for candidate in candidates:
        try:
            return raw.decode(candidate), candidate
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


def read_text(raw: object, encoding: str | None = None) -> tuple[str, str | None]:
    """The input as ``str``, with the codec used (``None`` for ``str`` input).

    ``TypeError`` for anything but ``str`` or ``bytes``.
    """
    if isinstance(raw, str):
        return raw, None
    if isinstance(raw, bytes):
        return decode(raw, encoding)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raise TypeError(
            f"codes are text: pass {str(raw)!r} as a str (an {type(raw).__name__} loses "
            "leading zeros, so '05' and 5 are not the same code)"
        )
    raise TypeError(f"expected str or bytes, not {type(raw).__name__}")


def byte_offsets(
    text: str, codec: str, indexes: Iterable[int], errors: str = "strict"
) -> Iterator[int]:
    """Turn ascending indexes into ``text`` into offsets into its encoded bytes.

    Encoding goes piece by piece through one incremental encoder, so a byte
    order mark or a stateful codec is counted once, as in the original bytes.

    >>> list(byte_offsets("应答码:51", "utf-8", [0, 3, 4]))
    [0, 9, 10]
    """
    encoder = codecs.getincrementalencoder(codec)(errors)
    done = offset = 0
    for index in indexes:
        offset += len(encoder.encode(text[done:index]))
        done = index
        yield offset


def in_bytes(error: ParseError, text: str, codec: str | None) -> ParseError:
    """The same error, its position moved from ``text`` into the original bytes."""
    if codec is None or error.reason == "UNDECODABLE":
        return error
    (position,) = byte_offsets(text, codec, [min(error.position, len(text))])
    return ParseError(error.message, error.raw, position, error.reason)
