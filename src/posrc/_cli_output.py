"""What the ``posrc`` command writes: terminal-safe text, colour and counts.

Everything the command prints passes through :func:`terminal_safe`, so that
a file name, a log line or a typed code can never send the terminal an
escape sequence or reorder what it shows.
"""

from __future__ import annotations

import json
import os
import unicodedata
from typing import Any, TextIO

# Controls (C0, DEL, C1), format characters (bidi overrides and isolates, zero
# widths), lone surrogates (undecodable bytes in a file name) and the Unicode
# line and paragraph separators.
_UNSAFE_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Zl", "Zp"))


def _escape(char: str) -> str:
    """``\\uXXXX``, as JSON writes it, so one form serves text and JSON alike."""
    point = ord(char)
    if point > 0xFFFF:
        point -= 0x10000
        return f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}"
    return f"\\u{point:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every character that could control a terminal escaped.

    >>> terminal_safe("pos\\x1b[2J.log"), terminal_safe("\\u202egol.exe"), terminal_safe("余额不足")
    ('pos\\\\u001b[2J.log', '\\\\u202egol.exe', '余额不足')

    A character beyond the Basic Multilingual Plane becomes its two
    surrogates, as in JSON:

    >>> terminal_safe("tag\\U000e0041")
    'tag\\\\udb40\\\\udc41'

    Newlines are escaped too: call it on one line at a time.
    """
    if text.isprintable():  # the common case; printable excludes every unsafe category
        return text
    return "".join(
        _escape(char) if unicodedata.category(char) in _UNSAFE_CATEGORIES else char for char in text
    )


def safe_json(data: Any) -> str:
    """``data`` as indented JSON whose strings cannot control a terminal.

    JSON escapes C0 controls itself; C1 controls, bidi overrides and lone
    surrogates become ``\\uXXXX`` escapes, which decode to the same text.

    >>> print(safe_json({"input": "\\u202e51"}))
    {
      "input": "\\u202e51"
    }
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # JSON strings hold no raw newline, so each line break here is structure.
    return "\n".join(terminal_safe(line) for line in text.split("\n"))


def paint(text: str, colour: str, stream: TextIO) -> str:
    """Bold or coloured text, only on a terminal and only without ``NO_COLOR``."""
    if not stream.isatty() or "NO_COLOR" in os.environ:
        return text
    return f"\033[{colour}m{text}\033[0m"


def counted(number: int, noun: str) -> str:
    """``number`` and ``noun``, in the plural unless there is exactly one.

    >>> counted(1, "code"), counted(0, "code"), counted(2, "file")
    ('1 code', '0 codes', '2 files')
    """
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def size(number: int) -> str:
    """A number of bytes for people to read.

    >>> size(512), size(1536), size(50 << 20), size(3 << 30)
    ('512 B', '1.5 KB', '50.0 MB', '3.0 GB')
    """
    if number < 1024:
        return f"{number} B"
    value, unit = number / 1024, "KB"
    for larger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return f"{value:.1f} {unit}"
