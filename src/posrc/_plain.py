"""Plain inputs answered without the reader: a code, or a code after a label, as written.

``lookup("51")``, ``lookup(" bl-1001 ")`` or ``lookup("应答码：51")`` need no
grammar: string operations settle them, so that the registry answers from its
index. These are the grammar's rules for such inputs, done here by hand; an
input they do not settle is left to the reader (:mod:`posrc._find`), and
``tests/test_fast_paths.py`` holds the two to the same answers.
"""

from __future__ import annotations

from collections.abc import Mapping

from posrc import _grammar as grammar
from posrc._enums import CATEGORY_OF, WALLET_SCHEMES, Category, Scheme
from posrc._model import ReturnCode
from posrc._read import CODE_SETTERS, MAX_LENGTH, Code
from posrc._table import CodeTable

_NATIVE_SEPARATORS = frozenset("-_ ")


def plain_spelling(raw: str, spellings: Mapping[str, ReturnCode]) -> tuple[ReturnCode, str] | None:
    """The code that a plain input spells among ``spellings``, and its spelling there.

    A plain input is a code with blanks around it, in any letter case, a
    native code also with its separator (``" bl-1001 "``), or such a code
    after a label and a separator (``"应答码：51"``, ``"RC = 05"``). These are
    rules of the grammar, done here in string operations, so that the
    registry answers such an input from its index without reading it; an
    input they do not settle (full width inside the code, other labels,
    other scripts, overlong) is left to the reader.
    ``tests/test_fast_paths.py`` holds the two to the same answers.
    """
    # str.strip() strips what the reader reads as blanks and line breaks once folded,
    # and also U+001F, which the reader refuses.
    if len(raw) > MAX_LENGTH or "\x1f" in raw:
        return None  # refused as too long, or not plain: the reader says why
    word = raw.strip()
    found = spellings.get(word)
    if found is not None:
        return found, word
    if not word.isascii():
        return _labelled_spelling(word, spellings)
    spelling = word.upper()
    found = spellings.get(spelling)
    if found is not None and grammar.spelled_exactly(found.scheme):
        return None  # a wallet code is read only as spelled: the reader says why
    if found is None and len(spelling) == 7 and spelling[2] in _NATIVE_SEPARATORS:
        spelling = spelling[:2] + spelling[3:]
        found = spellings.get(spelling)
        if found is not None and found.scheme is not Scheme.POSRC:
            return None  # only a native code is written with a separator
    if found is None:
        # A word of letters and digits alone holds no label.
        return None if word.isalnum() else _labelled_spelling(word, spellings)
    return found, spelling


def plain_native(raw: str) -> Code | str | None:
    """What a native code written plainly in ``raw`` reads as (``" bl-1001 "``,
    ``"1001"``): the code; or, for two ASCII letters that name no category
    (``"zz-0001"``), those letters in upper case, which the reader refuses.
    ``None`` leaves the input to the reader.

    ``tests/test_fast_paths.py`` holds this to the reader's answers.
    """
    word = raw.strip()
    # str.strip() strips what the reader reads as blanks and line breaks once folded,
    # and also U+001F, which the reader refuses. Where it strips nothing, the checks
    # of size and characters below settle both.
    if word is not raw and (len(raw) > MAX_LENGTH or "\x1f" in raw):
        return None
    size = len(word)
    category: Category | None = None
    if size == 4:
        digits = word
    elif size == 6 or (size == 7 and word[2] in _NATIVE_SEPARATORS):
        letters, digits = word[:2], word[-4:]
        category = _CATEGORY_IN_ANY_CASE.get(letters)
        if category is None:
            # Only category letters may stand before a blank (NATIVE_TOKEN): "ZZ 0001" is
            # no native code at all, and the reader says so.
            foreign = digits.isascii() and digits.isdigit() and letters.isascii()
            spaced = size == 7 and word[2].isspace()
            return letters.upper() if foreign and letters.isalpha() and not spaced else None
    else:
        return None
    if not digits.isascii() or not digits.isdigit():
        return None
    code = _new(Code)
    _set_category(code, category)
    _set_number(code, int(digits))
    return code


def plain_foreign_native(table: CodeTable, raw: str) -> tuple[str, int] | None:
    """Two ASCII letters that name no category, then four digits, written plainly
    (``" zz0001 "``, ``"zz-0001"``): the letters as the reader names them and where
    the code starts; ``None`` leaves the input to the reader.

    The reader refuses such a code as ``UNKNOWN_CATEGORY``, unless it reads the
    letters as a label (``"RC 1001"``) or a wallet defines that word in some
    letter case. ``tests/test_fast_paths.py`` holds this to the reader's answers.
    """
    letters = plain_native(raw)
    if type(letters) is not str:
        return None
    word = raw.strip()
    if word[2] == " " or table.wallet_word(word):
        return None
    return letters, len(raw) - len(raw.lstrip())


_new = object.__new__
_set_category, _set_number = CODE_SETTERS
# Each category's letters in every letter case.
_CATEGORY_IN_ANY_CASE = {
    first + second: category
    for letters, category in CATEGORY_OF.items()
    for first in {letters[0], letters[0].lower()}
    for second in {letters[1], letters[1].lower()}
}


def _labelled_spelling(
    word: str, spellings: Mapping[str, ReturnCode]
) -> tuple[ReturnCode, str] | None:
    """A card or native code after one of the grammar's labels, written plainly:
    the label, blanks and at most one separator, then the code."""
    head = word.rstrip(_CODE_CHARACTERS)
    code = word[len(head) :]
    label = head.rstrip(_AFTER_LABEL)
    separator = head[len(label) :].strip(grammar.BLANKS)
    if not 2 <= len(code) <= 6 or len(separator) > 1 or separator not in _SEPARATORS:
        return None
    if label.isascii():
        # An English label ends its word: "RC51" is no label and a code.
        if label == head or label.lower() not in _ENGLISH_LABEL_SPELLINGS:
            return None
    elif label not in _CHINESE_LABELS:
        return None
    found = spellings.get(code)
    if found is None:
        code = code.upper()
        found = spellings.get(code)
    if found is None or found.scheme in WALLET_SCHEMES:
        return None  # a wallet code stands in its own reply field: the reader says where
    return found, code


def _english_label_spellings() -> frozenset[str]:
    """The grammar's English labels in lower case, with one "_", "-", blank or
    nothing between their words, and "codes" beside "code"."""
    spellings: set[str] = set()
    for label in grammar.ENGLISH_LABELS:
        words = label.split(" ")
        forms = [words[0]]
        for part in words[1:]:
            forms = [form + gap + part for form in forms for gap in ("", " ", "_", "-")]
        spellings.update(forms)
        if label.endswith("code"):
            spellings.update(form + "s" for form in forms)
    return frozenset(spellings)


_ENGLISH_LABEL_SPELLINGS = _english_label_spellings()
_CHINESE_LABELS = frozenset(grammar.CHINESE_LABELS)
_CODE_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_SEPARATORS = ":=#\uff1a\uff1d\uff03"  # and their full-width forms, which fold to them
_AFTER_LABEL = grammar.BLANKS + _SEPARATORS
