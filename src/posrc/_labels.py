"""The words that mark a code in text, as regular-expression fragments.

The fragments match the text as written: digits, code letters and
punctuation also match their full-width forms (``应答码：５１``), label letters
match either case, and spaces match a space, a tab, U+3000 or NBSP. Labels
spelled in full-width letters (``ＲＣ``) are matched once the text is folded
(see :func:`posrc._normalize.fold_width`), which keeps these patterns small.
No fragment uses ``re.IGNORECASE`` (under Unicode rules it would let ``'ſ'``
stand for ``'s'`` and the Kelvin sign for ``'k'``) and no fragment has an
unbounded repeat, so every pattern built from them does a bounded amount of
work at each position of the text.
"""

from __future__ import annotations

import re

SPACE = "[ \t\u3000\u00a0]"
"""One blank inside a line (never a line break)."""

DIGIT = "[0-9\uff10-\uff19]"
LETTER = "[A-Za-z\uff21-\uff3a\uff41-\uff5a]"
ALNUM = "[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"

NATIVE_SEPARATOR = "[-_\uff0d\uff3f]"
"""Between a native code's letters and digits when scanning (``BL-1001``)."""

LABEL_SEPARATOR = "[:=#\uff1a\uff1d\uff03]"
QUOTE = "[\"'\u201c\u201d\u2018\u2019\uff02\uff07]"
OPENING = "[\\[(<\u3010\u300a\uff08\uff3b\uff1c]"
CLOSING = "[\\])>\u3011\u300b\uff09\uff3d\uff1e]"
MESSAGE_SEPARATOR = "[-:=|,;/\u2013\u2014\u3001\u3002\uff0c\uff0d\uff1a\uff1b\uff1d\uff5c\uff0f]"

# Response-code labels as they appear on terminal screens, receipts and logs.
# Spaces in an English label also stand for "_", "-" or nothing ("RespCode").
CHINESE_LABELS = (
    "返回码",
    "返回代码",
    "应答码",
    "应答代码",
    "响应码",
    "响应代码",
    "错误码",
    "错误代码",
    "交易码",
    "结果码",
    "失败码",
    "第39域",
    "39域",
    "域39",
)
ENGLISH_LABELS = (
    "response code",
    "resp code",
    "rsp code",
    "return code",
    "ret code",
    "error code",
    "decline code",
    "err code",
    "result code",
    "action code",
    "reason code",
    "field 39",
    "bit 39",
    "de 39",
    "f39",
    "resp",
    "rc",
)

# Words that say a transaction failed; a bracketed code right after one is a code.
CHINESE_STATUS_WORDS = ("交易失败", "交易拒绝", "失败", "拒绝", "错误", "异常")
ENGLISH_STATUS_WORDS = (
    "declined",
    "decline",
    "denied",
    "rejected",
    "refused",
    "failed",
    "failure",
    "error",
)


def char_class(char: str) -> str:
    """A class for one ASCII character in either case.

    >>> char_class("r"), char_class("3")
    ('[rR]', '3')
    """
    if char.lower() == char.upper():
        return re.escape(char)
    return f"[{char.lower()}{char.upper()}]"


_GAP = "[ _\\-\u3000\u00a0\uff3f]?"


def _atoms(word: str, english: bool) -> list[str]:
    if not english:
        return [re.escape(char) for char in word]
    atoms: list[str] = []
    for index, part in enumerate(word.split(" ")):
        atoms += [_GAP] if index else []
        atoms += [char_class(char) for char in part]
    # An English word must end there ("RCV" is not "RC"); Chinese runs straight on
    # into its code ("应答码51").
    return [*atoms, f"(?!{ALNUM})"]


def spell(word: str) -> str:
    """A fragment for an English ``word``: any case, flexible gaps, a whole word.

    >>> pattern = re.compile(spell("resp code"))
    >>> [bool(pattern.fullmatch(s)) for s in ("RespCode", "RESP_CODE", "resp-code", "resp")]
    [True, True, True, False]
    """
    return "".join(_atoms(word, english=True))


def trie(words: list[list[str]]) -> str:
    """One alternation for many words, given as atoms, sharing common prefixes.

    The regular-expression engine then tests each first atom once instead of
    once per word. Longer words come first, so the longest label wins.

    >>> trie([["a", "b"], ["a", "c"], ["a"], ["d"]])
    '(?:a(?:b|c|)|d)'
    """
    if not any(words):
        return ""
    heads: dict[str, list[list[str]]] = {}
    for atoms in words:
        heads.setdefault(atoms[0] if atoms else "", []).append(atoms[1:])
    branches = [head + trie(tails) for head, tails in heads.items() if head]
    if len(branches) == 1 and "" not in heads:
        return branches[0]
    return "(?:" + "|".join(branches + ([""] if "" in heads else [])) + ")"


# A label must not continue a longer word: "SRC=51" and "orc 12" are not labels.
_WORD_START = f"(?<!{ALNUM[:-1]}_])"


def _words(chinese: tuple[str, ...], english: tuple[str, ...]) -> str:
    ordered = sorted(
        [_atoms(w, english=False) for w in chinese] + [_atoms(w, english=True) for w in english],
        key=len,
        reverse=True,
    )
    firsts = {w[0] for w in chinese} | {c for w in english for c in (w[0].lower(), w[0].upper())}
    # The guard rejects most positions with one test, before the look-behind and the trie.
    return f"(?=[{''.join(sorted(firsts))}]){_WORD_START}{trie(ordered)}"


LABEL = _words(CHINESE_LABELS, ENGLISH_LABELS)
"""Any response-code label, e.g. ``应答码``, ``RC``, ``Resp Code``, ``F39``."""

JPOS_FIELD_39 = f"id={QUOTE}?39{QUOTE}?{SPACE}{{1,4}}value"
"""jPOS's XML dump of field 39: ``<field id="39" value="51"/>``."""

BRACKETED_39 = f"{OPENING}0?39{CLOSING}"
"""A dump's field number as a label: ``[39]=55``, ``[039] 00``."""

STATUS = _words(CHINESE_STATUS_WORDS, ENGLISH_STATUS_WORDS)
"""A word saying that the transaction failed, e.g. ``交易失败``, ``Declined``."""

# Each run of blanks follows a character that must be there, so a run can be
# split between two repeats in only one way: backtracking stays short.
AFTER_LABEL = (
    f"(?:{SPACE}{{0,4}}{OPENING}0?39{CLOSING})?{CLOSING}?{SPACE}{{0,32}}"
    f"(?:{QUOTE}{SPACE}{{0,4}})?(?:[.\uff0e]{{1,32}}{SPACE}{{0,4}})?"
    f"(?:{LABEL_SEPARATOR}{SPACE}{{0,4}})?(?:{QUOTE}{SPACE}{{0,2}})?"
)
"""What may stand between a label and its code: the field number
(``Response Code (39): 12``), a closing bracket, blanks, quotes, dot leaders
(``RESPONSE CODE.....: 51``) and one ``:``, ``=`` or ``#``."""

AFTER_STATUS = f"{SPACE}{{0,4}}(?:[:,\uff1a\uff0c]{SPACE}{{0,4}})?"
"""What may stand between a status word and its bracket: ``交易失败 (51)``."""

_CODE = f"{LETTER}{{2}}{NATIVE_SEPARATOR}{DIGIT}{{4}}|{ALNUM}{{2,6}}"
_CODE_END = f"(?!{ALNUM})(?![.:/\uff0e\uff1a\uff0f]{DIGIT})"
_NATIVE_PAIRS = ("OK", "BL", "CD", "PN", "TX", "NW", "BK", "SY", "TM", "MC", "RK")
_NATIVE_FIRSTS = "".join(sorted({pair[0] for pair in _NATIVE_PAIRS}))
_NATIVE_START = f"(?=[{_NATIVE_FIRSTS}{_NATIVE_FIRSTS.lower()}]){_WORD_START}"
_NATIVE_LETTERS = trie([[char_class(pair[0]), char_class(pair[1])] for pair in _NATIVE_PAIRS])


def marked_code(glued: bool = False) -> str:
    """A code that its surroundings mark as one.

    That is a code after a label, in brackets after a status word, or a
    native code standing as a whole token; it is in the group ``labelled``,
    ``bracketed`` or ``native``. With ``glued``, a Chinese label may also
    begin on the character before the match ("TID1应答码51" matched from
    "答"), shown by the empty group ``glued``: a scanner that consumes the
    character before each match needs this to see such a label.
    """
    label = f"{LABEL}|{JPOS_FIELD_39}|{BRACKETED_39}"
    if glued:
        words = [w for w in CHINESE_LABELS if not w[0].isascii()]
        tails = [[f"(?<={re.escape(w[0])})", *map(re.escape, w[1:])] for w in words]
        guard = f"(?<=[{''.join(sorted({w[0] for w in words}))}])"
        label += f"|(?P<glued>){guard}{trie(sorted(tails, key=len, reverse=True))}"
    return (
        f"(?:{label}){AFTER_LABEL}(?:{OPENING}{SPACE}{{0,2}})?(?P<labelled>{_CODE}){_CODE_END}"
        f"|{STATUS}{AFTER_STATUS}{OPENING}{SPACE}{{0,2}}"
        f"(?:(?:{LABEL}|{spell('code')}){AFTER_LABEL})?"
        f"(?P<bracketed>{ALNUM}{{2,4}}){SPACE}{{0,2}}{CLOSING}"
        f"|{_NATIVE_START}(?P<native>{_NATIVE_LETTERS}{NATIVE_SEPARATOR}?{DIGIT}{{4}}){_CODE_END}"
    )


MARKED_CODE = marked_code()
"""See :func:`marked_code`."""
