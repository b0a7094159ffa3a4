"""Where a candidate code may start: one cheap pass, so the grammar runs only there.

:func:`posrc._grammar.candidates` is one alternation of a dozen branches, most
of them starting with a look-behind, so re tries every branch at every
position. Nearly every position starts nothing, and what could start a
candidate is a short list: the character before it, when it starts a word
(a label, a status word, a native code, a wallet's field, a bare code), or
the character itself (a Chinese label, a camel-case key, jPOS's field 39, a
quote or a bracket). :func:`anchors` finds exactly those places in one
pass whose first character re tests with one look-up, and each test after
it compares one literal character; the grammar then runs at the anchors
only, with ``match``. This module derives its pattern from the grammar's own
fragments and decides nothing: what is a code stays in :mod:`posrc._grammar`.

The pattern must find every place where a candidate matches, and
``tests/test_grammar.py`` holds it to that, branch by branch.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterator

from posrc import _grammar as g

_atoms = g._atoms  # pyright: ignore[reportPrivateUsage]  # the grammar's own spelling

Words = list[list[str]]
"""Words as lists of regex atoms, one atom a character or a class."""


def _heads(groups: list[tuple[Words, str]]) -> dict[str, list[str]]:
    """What may follow each leading character: each group's words after it, then its tail.

    A leading ``[rR]`` leads with either letter.

    >>> _heads([([["[rR]", "c"], ["r", "e"]], "="), ([["a"]], "")])
    {'r': ['(?:c|e)='], 'R': ['c='], 'a': ['']}
    """
    heads: dict[str, dict[int, Words]] = {}
    for index, (words, _) in enumerate(groups):
        for atoms in words:
            first = atoms[0]
            cased = len(first) == 4 and first[0] == "[" and first[3] == "]"
            for char in (first[1], first[2]) if cased else (first,):
                heads.setdefault(char, {}).setdefault(index, []).append(atoms[1:])
    return {
        char: [g.trie(rests) + groups[index][1] for index, rests in by_group.items()]
        for char, by_group in heads.items()
    }


def _one_wide(heads: dict[str, list[str]]) -> str:
    """One branch for each leading character, which it consumes; the rest is looked ahead.

    re skips a branch that starts with a literal by comparing one character.

    >>> _one_wide({"r": ["c", "e"], "a": [""]})
    'r(?=c|e)|a'
    """
    return "|".join(
        char + (f"(?={'|'.join(rests)})" if any(rests) else "") for char, rests in heads.items()
    )


_LABEL_TAIL = f"{g.AFTER_LABEL}(?:{g.OPENING}{g.BLANK}*{g.QUOTE}?)?{g.ALNUM}"
"""What a label needs after it: a code, which starts with a letter or digit."""
_STATUS_TAIL = f"{g.AFTER_STATUS}{g.OPENING}"
"""What a status word needs after it: a bracket."""
_QUOTES = [list(quote) for quote in g.QUOTE_CHARS] + [
    [entity[0], re.escape(entity[1:])] for entity in g.QUOTE_ENTITIES
]

# Candidates that may follow any character, led by their first character.
_ANYWHERE: list[tuple[Words, str]] = [
    ([_atoms(word) for word in g.CHINESE_LABELS], _LABEL_TAIL),
    ([_atoms(word) for word in g.CHINESE_STATUS_WORDS], _STATUS_TAIL),
    # A camel-case label inside a key ("t0RespCode="), as LABEL reads it.
    (
        [
            [word[0].upper(), "(?<=[a-z0-9].)(?=[a-z])", *_atoms(word)[1:]]
            for word in g.ENGLISH_LABELS
        ],
        _LABEL_TAIL,
    ),
    ([[g.JPOS_FIELD_39[0], g.JPOS_FIELD_39[1:]]], _LABEL_TAIL),
    # "39" as a quoted key (KEY_39), or a quoted code after its name (the named code).
    (_QUOTES, f"(?:0?39|{g.NAMED_SHAPE}){g.QUOTE}"),
    # A bracketed field number (BRACKETED_39), or a bracketed code (_TRAILING_CODE).
    (
        [[re.escape(opening)] for opening in g.CLOSER_OF],
        f"(?:0?39{g.CLOSING}|{g.BLANK}*(?:{g.BARE}){g.BLANK}*{g.CLOSING})",
    ),
    # m.set(39, ...) (ARGUMENT_39), or a quoted argument: OnlineApproved("00").
    ([["\\("]], f"(?:{g.ARGUMENT_39[2:]}|{g.QUOTE}(?:{g.BARE}){g.QUOTE}\\))"),
]
# Candidates that start a word, so follow a character that is no letter or digit.
_AFTER_BREAK: list[tuple[Words, str]] = [
    ([_atoms(word) for word in g.ENGLISH_LABELS], _LABEL_TAIL),
    ([_atoms(word) for word in g.ENGLISH_STATUS_WORDS], _STATUS_TAIL),
    (
        [[g.char_class(pair[0]), g.char_class(pair[1])] for pair in g.CATEGORY_LETTERS],
        "[-_ ]?[0-9]{4}",
    ),
    (
        [
            [re.escape(char) for char in spelling]
            for field in g.WALLET_FIELDS + g.ENVELOPED_FIELDS
            for spelling in sorted({field, g.camel_case(field)})
        ],
        "",
    ),
    ([["0", "3", "9"], ["3", "9"]], ""),
]
_HERE_HEADS = _heads(_ANYWHERE)
_HERE = _one_wide(_HERE_HEADS)
# A bare code: a number that runs into a decimal point, a time or a date is none, and
# saying so first spares the grammar's tries of every split of the number. A code before
# its Chinese label (51应答码) starts there too, since the label reads as a message would.
_BARE = f"(?<![{g.NOT_BEFORE_BARE}])(?![0-9]*[.:/,-][0-9]){g.BARE_SHAPE}"
# Letters and digits continue a word: only those that lead a candidate anywhere are tested.
_IN_WORD = "".join(c for c in string.digits + string.ascii_letters if c not in _HERE_HEADS)


def _after(enveloped: bool) -> str:
    """What may start just after a break, with a wallet's word as ``enveloped`` reads it
    (a capital, then its tail) and Alipay's sub-code (its prefix's first letter, then the rest)."""
    words = ([[capital] for capital in string.ascii_uppercase], g.WORD_TAILS[enveloped])
    sub_code = ([[g.SUB_CODE_PREFIX[0]]], re.escape(g.SUB_CODE_PREFIX[1:]))
    return f"{_one_wide(_heads([*_AFTER_BREAK, words, sub_code]))}|{_BARE}"


@functools.cache
def anchors(enveloped: bool = True) -> re.Pattern[str]:
    """The places where :func:`posrc._grammar.candidates` (``enveloped`` alike) may match,
    as one pattern.

    A match consumes one character, which is no letter or digit or leads a
    candidate anywhere; its last group says where a candidate may start:
    ``here`` (at the character), ``after`` (just after it) or ``both``.
    """
    here = f"(?<=[{''.join(_HERE_HEADS)}])(?<=(?:{_HERE}))"
    return re.compile(
        f"[^{_IN_WORD}](?:(?=[0-9A-Za-z])(?=(?:{_after(enveloped)}))(?:{here}(?P<both>)|(?P<after>))"
        f"|{here}(?P<here>))",
        re.ASCII,
    )


def starts(text: str, enveloped: bool = True) -> Iterator[int]:
    """Every position of ``text`` where a candidate of ``grammar.candidates(enveloped)`` may
    start, in order, each once."""
    yield 0
    last = 0
    for anchor in anchors(enveloped).finditer(text):
        at = anchor.start()
        kind = anchor.lastgroup
        if kind != "after" and at > last:
            yield at
        if kind != "here":
            yield at + 1
            last = at + 1
        else:
            last = at
