"""The scan's one regular expression, built from the label fragments on first use.

A separate module, so that ``import posrc`` neither builds the label patterns
nor compiles this one until a text is scanned.
"""

from __future__ import annotations

import functools
import re

from posrc._labels import (
    ALNUM,
    CHINESE_LABELS,
    CHINESE_STATUS_WORDS,
    CLOSING,
    DIGIT,
    LETTER,
    MESSAGE_SEPARATOR,
    OPENING,
    SPACE,
    marked_code,
)

_NOT_BEFORE_BARE = (
    "0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a.:/#*_\\-\uff0e\uff1a\uff0f\uff03\uff0a"
)
_BARE_CODE = (
    f"(?<![{_NOT_BEFORE_BARE}])"
    f"(?P<bare>{DIGIT}{DIGIT}{{2,3}}|{DIGIT}{ALNUM}|{LETTER}{DIGIT})"
    f"(?!{ALNUM})(?![.:/\\-,\uff0e\uff1a\uff0f\uff0c]{DIGIT})"
    f"{CLOSING}?{SPACE}{{0,4}}(?:{MESSAGE_SEPARATOR}{SPACE}{{0,4}})?"
    "(?=[A-Za-z\uff21-\uff3a\uff41-\uff5a\u3400-\u9fff])"
)
_TRAILING_CODE = (
    f"{OPENING}{SPACE}{{0,2}}(?P<trailing>{DIGIT}{DIGIT}{{2,3}}|{DIGIT}{ALNUM}|{LETTER}{DIGIT})"
    f"{SPACE}{{0,2}}{CLOSING}"
)


# Every match starts by consuming the character before the code or its label,
# one that cannot continue a word. The pattern then opens with a character
# class, which lets the engine skip the inside of words without trying the
# alternatives there: the scan runs several times faster.
_BEFORE = "[^0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a_]"


@functools.cache
def scanner() -> re.Pattern[str]:
    """The one pattern of the scan, compiled on first use to keep import cheap."""
    # After the character before, a match can only go on with a letter, a digit,
    # an opening bracket or a Chinese label or status word: test that once.
    chinese = CHINESE_LABELS + CHINESE_STATUS_WORDS
    starts = "".join(sorted({w[0] for w in chinese} | {w[1] for w in CHINESE_LABELS}))
    guard = f"(?={ALNUM[:-1]}{OPENING[1:-1]}{starts}])"
    alternatives = f"{marked_code(glued=True)}|{_BARE_CODE}|{_TRAILING_CODE}"
    return re.compile(f"{_BEFORE}{guard}(?:{alternatives})")
