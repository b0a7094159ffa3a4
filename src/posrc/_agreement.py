"""Whether a message written beside a code agrees with what the code means.

A code's texts are the Chinese and English meaning and display texts of its
record and of its native code, plus the wordings that real POS tables give its
condition (``posrc._data.wordings``, each with its sources). A message agrees
with a code in one of three ways:

- by a **phrase**: it holds one of the code's texts cut at punctuation, or a
  long part of it, or is one of its texts;
- by **words** (English, and identifiers such as ``CaptureCard`` or
  ``TRN_SYS_ERROR`` read as words): it shares two content words or more with
  one of the code's texts, and fewer than four conditions have a text with
  all of those words; the message and the text each hold the other's other
  words, or, but for an approval, differ by one word each way;
- by **shared wording** (Chinese): it abbreviates one of the code's phrases,
  keeping four characters or more, or inserts words into one, and fewer than
  four conditions' phrases does it so abbreviate or expand; or most of it is
  a run of five characters or more of one of the code's phrases, a run that
  fewer than four conditions' phrases hold and no other condition's phrase
  shares more of.

Generic phrases ("交易失败", "Error", "请联系发卡行") say nothing about a
particular condition and are never used. Comparison ignores case, width,
blanks and punctuation, and reads the synonyms of payment vocabulary below
(密码 and PIN, 账号 and 账户, "honour" and "honor") as one word.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs

from posrc._data.traditional import SIMPLIFIED
from posrc._data.wordings import WORDINGS
from posrc._grammar import ENGLISH_LABELS, ENGLISH_STATUS_WORDS, FAILED_WORDS
from posrc._model import ReturnCode
from posrc._patterns import compiled
from posrc._read import fold

_NOT_WORD = compiled(r"[\W_]+")
_PHRASE_BREAK = compiled(r"[,，;；:：、。./]")
_MESSAGE_BREAK = compiled(r"[,，;；:：、。./\"'`()（）\[\]]")
# A clause of a message: words are compared within one, never across "|" or a quote.
_CLAUSE_BREAK = compiled(r"[,，;；:：、。|\"'`\[\]]")
# A part of a message this long that one of a code's texts holds names that code:
# "Contact acquirer" is part of "Card acceptor contact acquirer".
_PART = {True: 12, False: 4}

# A phrase or a set of words shared by this many conditions or
# more is generic.
_GENERIC_SPREAD = 4
_GENERIC = frozenset(
    {"交易失败", "失败", "出错", "错误", "error", "未成功", "notsuccessful", "请重试", "tryagain"}
)
_SHORTEST = {True: 4, False: 2}  # by "is ASCII": "pin" is too short, "密码错" is not
_SHARED_WORDS = 2  # content words a message shares with a text
_SWAPPED = 1  # words of a text that a message may word otherwise
_NO_TEXTS: frozenset[int] = frozenset()
# A Chinese part of a message this long (an ASCII word counts as one character) may
# stand for a phrase that it abbreviates, if it keeps half of the phrase's characters.
_ABBREVIATION = 4
# A run of this many units that a message shares with one of a code's Chinese phrases,
# and few conditions' phrases hold, names that code: "超过允许的密码次数" and "超过允许的
# PIN试输入" share "超过允许的PIN".
_RUN = 5

# Spellings of one term in payment texts, each replaced by the last of its row, in
# this order (longer spellings first). 密码 is the cardholder's PIN, and POS tables
# translate it "password"; an issuer is 发卡行, 发卡方, 发卡银行 or 发卡机构; 帐 and
# 账 are both written in 账户 ("account"), and 账号 ("account number") stands for it;
# 故障 and 异常 both render "malfunction"; 超过 and 超出 both mean "exceeds".
_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("honour", "honor"),
    ("password", "passwd", "密码", "pin"),
    ("发卡银行", "发卡机构", "发卡行", "发卡方"),
    ("\u5e10", "\u8d26"),
    ("账号", "账户"),
    ("故障", "异常"),
    ("超过", "超出"),
)

# Abbreviations that code tables in source code use in names (TRN_SYS_ERROR,
# ACQ_INS_CODE, MerId, TXN_AMT_LIMIT), by the word they stand for.
_ABBREVIATIONS: dict[str, str] = {
    **dict.fromkeys(("txn", "trn", "trx", "tran", "trans", "tx"), "transaction"),
    **dict.fromkeys(("amt",), "amount"),
    **dict.fromkeys(("sys",), "system"),
    **dict.fromkeys(("err",), "error"),
    **dict.fromkeys(("inst", "ins"), "institution"),
    **dict.fromkeys(("acct", "acc"), "account"),
    **dict.fromkeys(("pwd", "passwd", "password"), "pin"),
    **dict.fromkeys(("term", "tid"), "terminal"),
    **dict.fromkeys(("mer", "mch", "merch", "mrch"), "merchant"),
    **dict.fromkeys(("dup", "dupl"), "duplicate"),
    **dict.fromkeys(("orig",), "original"),
    **dict.fromkeys(("auth",), "authorization"),
    **dict.fromkeys(("insuf", "insuff"), "insufficient"),
    **dict.fromkeys(("lmt",), "limit"),
    **dict.fromkeys(("bal",), "balance"),
    **dict.fromkeys(("cnt",), "count"),
    **dict.fromkeys(("freq",), "frequency"),
    **dict.fromkeys(("fmt",), "format"),
    **dict.fromkeys(("sec",), "security"),
    **dict.fromkeys(("dest",), "destination"),
    **dict.fromkeys(("req",), "request"),
    **dict.fromkeys(("resp", "rsp"), "response"),
}
# Stems of words that payment texts use for one another: ISO 8583's "not permitted"
# is "not allowed" in acquirers' tables.
_SAME_STEMS = {"honour": "honor", "permit": "allow"}
# Words joined in names that texts write apart.
_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "pickup": ("pick", "up"),
    "timeout": ("time", "out"),
    "reenter": ("re", "enter"),
    "signon": ("sign", "on"),
    "cutoff": ("cut", "off"),
}
_STOP_WORDS = frozenset(
    (
        "a an and are as at be been by can for from has have in into is it its may of on or "
        "our per please that the this to was were will with you your"
    ).split()
)
# Endings stripped so that "approval" and "approved", "referral" and "refer" meet.
_ENDINGS = ("ication", "ation", "ing", "ed", "es", "er", "al", "ly", "s", "y", "e")
_STEM = 3  # the shortest stem left

# A word of an identifier or of prose: "CaptureCard" is "Capture", "Card";
# "TRN_SYS_ERROR" is "TRN", "SYS", "ERROR"; "PINTries" is "PIN", "Tries".
_WORD = compiled(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")

# Whether the message says the payment went through, or that it did not.
_NEGATED_SUCCESS = compiled(
    r"(?:未|不|非|没有?)(?:成功|批准)|un ?successful|not ?(?:approved|successful)"
)
_SUCCESS = compiled(r"成功|批准|approved|success")
_FAILURE = compiled("|".join(FAILED_WORDS))


_ANY_SYNONYM = compiled("|".join(spelling for row in _SYNONYMS for spelling in row[:-1]))


def _same_terms(text: str) -> str:
    if _ANY_SYNONYM().search(text) is None:  # the common case: nothing to respell
        return text
    for row in _SYNONYMS:
        for spelling in row[:-1]:
            text = text.replace(spelling, row[-1])
    return text


def normalise(text: str) -> str:
    """Fold width, case and traditional characters, drop blanks and punctuation, and
    spell each term one way.

    >>> normalise("Do not Honour!"), normalise("密码错误"), normalise("無此賬戶")
    ('donothonor', 'pin错误', '无此账户')
    """
    return _same_terms(_NOT_WORD().sub("", fold(text).lower()).translate(SIMPLIFIED))


def stem(word: str) -> str:
    """``word`` without the endings that inflect it, a doubled last letter made single
    and a last "i" spelled "y", until no ending is left.

    >>> [stem(w) for w in ("approval", "approved", "referral", "refer", "tries", "try")]
    ['approv', 'approv', 'ref', 'ref', 'try', 'try']
    >>> [stem(w) for w in ("verify", "verified", "verification", "permitted", "honour")]
    ['verif', 'verif', 'verif', 'allow', 'honor']
    """
    stripped = True
    while stripped:
        stripped = False
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _STEM:
                word = word[: -len(ending)]
                if len(word) > _STEM and word[-1] == word[-2] and word[-1] not in "aeiou":
                    word = word[:-1]
                if word.endswith("i"):
                    word = word[:-1] + "y"
                stripped = True
                break
    return _SAME_STEMS.get(word, word)


# Stems of the words that say a payment failed or erred, and nothing about why.
_WEAK_WORDS = frozenset(stem(word) for word in ENGLISH_STATUS_WORDS)


# A label in a name says that the name is a code's, not which: RC_INSUFFICIENT_FUNDS,
# RESPONSE_CODE_DO_NOT_HONOR.
_LABEL_WORDS = tuple(
    sorted((tuple(label.split()) for label in ENGLISH_LABELS), key=len, reverse=True)
)


def words(text: str) -> frozenset[str]:
    """The stems of the content words of ``text``, identifiers read as words.

    >>> sorted(words("TRN_SYS_ERROR")), sorted(words("ReferralRequestedByIssuer"))
    (['error', 'system', 'transaction'], ['issu', 'ref', 'request'])
    >>> sorted(words("RESPONSE_CODE_PICKUP_CARD"))
    ['card', 'pick', 'up']
    """
    said = [match.group().lower() for match in _WORD().finditer(fold(text))]
    found: set[str] = set()
    at = 0
    while at < len(said):
        label = next((lw for lw in _LABEL_WORDS if tuple(said[at : at + len(lw)]) == lw), ())
        if label:
            at += len(label)
            continue
        word = _ABBREVIATIONS.get(said[at], said[at])
        at += 1
        for part in _COMPOUNDS.get(word, (word,)):
            if part not in _STOP_WORDS:
                found.add(stem(part))
    return frozenset(found)


@functools.lru_cache(maxsize=4096)
def _clause_words(message: str) -> tuple[frozenset[str], ...]:
    """The words of each clause of ``message``; logs repeat their messages, so they are
    remembered."""
    return tuple(words(clause) for clause in _CLAUSE_BREAK().split(message))


def _units(phrase: str) -> list[str]:
    """A normalised phrase as characters, each ASCII word counted as one."""
    units: list[str] = []
    for char in phrase:
        if char.isascii() and units and units[-1].isascii():
            units[-1] += char
        else:
            units.append(char)
    return units


def _abbreviates(part: list[str], phrase: list[str]) -> bool:
    """Whether ``part`` is ``phrase`` with characters left out, as Chinese shortens
    a phrase ("不支持交易" for "发卡方不支持的交易"), keeping half of them or more."""
    if not _ABBREVIATION <= len(part) < len(phrase) <= 2 * len(part):
        return False
    rest = iter(phrase)
    return all(unit in rest for unit in part)


def _shared_run(part: list[str], phrase: list[str]) -> list[str]:
    """The longest run of units that ``part`` and ``phrase`` share, if it is
    :data:`_RUN` units long or more and holds a Chinese character; else none."""
    best = (0, 0)  # length, end in part
    previous = [0] * (len(phrase) + 1)
    for i, unit in enumerate(part, 1):
        current = [0] * (len(phrase) + 1)
        for j, other in enumerate(phrase, 1):
            if unit == other:
                current[j] = previous[j - 1] + 1
                best = max(best, (current[j], i))
        previous = current
    length, end = best
    run = part[end - length : end]
    if length < _RUN or all(unit.isascii() for unit in run):
        return []
    return run


def _shortens(part: list[str], phrase: list[str]) -> bool:
    """Whether one of ``part`` and ``phrase`` abbreviates the other: a message may
    shorten a code's phrase, or insert words into it ("发卡行或建设银行不能操作" for
    "发卡方不能操作")."""
    return _abbreviates(part, phrase) or _abbreviates(phrase, part)


def _phrases(texts: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        for part in _PHRASE_BREAK().split(text):
            phrase = normalise(part)
            if len(phrase) >= _SHORTEST[phrase.isascii()] and phrase not in _GENERIC:
                found.add(phrase)
    return found


@functools.cache
def _wordings() -> dict[str, tuple[str, ...]]:
    """The wordings of real POS tables, by the native code of their condition."""
    by_native: dict[str, list[str]] = {}
    for wording in WORDINGS:
        by_native.setdefault(wording.native, []).append(wording.text)
    return {native: tuple(texts) for native, texts in by_native.items()}


def _texts(rc: ReturnCode) -> list[str]:
    texts = [rc.message(lang) for lang in ("zh", "en")] + [
        rc.display(lang) for lang in ("zh", "en")
    ]
    if rc.canonical is not rc:
        texts += _texts(rc.canonical)
    return texts + list(_wordings().get(rc.code, ()))


@attrs.frozen
class Contradiction:
    """How a message contradicts its code: it says the opposite about the money,
    or it reads as other conditions (``others``, at most three native codes)."""

    says_failed: bool = False
    says_paid: bool = False
    others: tuple[ReturnCode, ...] = ()


@attrs.frozen
class _Own:
    """What one code's texts give to compare a message with."""

    whole: frozenset[str]
    """Its texts, each normalised as a whole."""
    phrases: frozenset[str]
    """Its phrases that are not generic."""
    words: tuple[frozenset[str], ...]
    """The content words of each of its English texts."""
    chinese: tuple[list[str], ...]
    """Its Chinese phrases that are not generic, as units."""


@attrs.frozen(eq=False)
class Agreement:
    """The phrases and words of every condition in one table of codes, built
    once per table."""

    _generic: frozenset[str]
    _users: dict[str, frozenset[ReturnCode]]
    _texts_with: dict[str, frozenset[int]]
    """For each content word, the English texts (by number) that hold it."""
    _condition_of: tuple[ReturnCode, ...]
    """The condition (native code) of each English text, by number."""
    _own: dict[ReturnCode, _Own]

    @classmethod
    def of(cls, records: Iterable[ReturnCode]) -> Agreement:
        """The index of ``records``."""
        members = tuple(records)
        users: dict[str, set[ReturnCode]] = {}
        texts_with: dict[str, set[int]] = {}
        condition_of: list[ReturnCode] = []
        for rc in members:
            texts = _texts(rc)
            for phrase in _phrases(texts):
                users.setdefault(phrase, set()).add(rc.canonical)
            for text in texts:
                if text.isascii():
                    for word in words(text):
                        texts_with.setdefault(word, set()).add(len(condition_of))
                    condition_of.append(rc.canonical)
        generic = frozenset(p for p, natives in users.items() if len(natives) >= _GENERIC_SPREAD)
        index = {p: frozenset(natives) for p, natives in users.items() if p not in generic}
        agreement = cls(
            generic,
            index,
            {word: frozenset(numbers) for word, numbers in texts_with.items()},
            tuple(condition_of),
            {},
        )
        for rc in members:
            agreement._own[rc] = agreement._own_of(rc)
        return agreement

    def _own_of(self, rc: ReturnCode) -> _Own:
        texts = _texts(rc)
        phrases = frozenset(_phrases(texts) - self._generic)
        return _Own(
            frozenset(normalise(text) for text in texts),
            phrases,
            tuple(words(text) for text in texts if text.isascii()),
            tuple(_units(phrase) for phrase in sorted(phrases) if not phrase.isascii()),
        )

    def agrees(self, rc: ReturnCode, message: str) -> bool:
        """Whether ``message`` agrees with ``rc``: by a phrase, by words or by shared
        wording (see the module's description)."""
        own = self._own.get(rc) or self._own_of(rc)
        text = normalise(message)
        if text in own.whole or any(phrase in text for phrase in own.phrases):
            return True
        parts = [normalise(part) for part in _MESSAGE_BREAK().split(message)]
        if any(
            len(part) >= _PART[part.isascii()]
            and part not in self._generic
            and any(part in full for full in own.whole)
            for part in parts
        ):
            return True
        looser = any(
            self._abbreviation(rc.canonical, own, part) for part in parts if not part.isascii()
        ) or any(
            self._shares_words(own, said, swapping=not (rc.is_approved or rc.is_partial))
            for said in _clause_words(message)
        )
        # Words and shared wording are looser: they never let a message that says the
        # payment failed stand for an approval, nor the reverse.
        return looser and not _says_otherwise(rc, message)

    def agrees_with_any(self, records: Iterable[ReturnCode], message: str) -> bool:
        """Whether ``message`` agrees with one of ``records``."""
        return any(self.agrees(rc, message) for rc in records)

    def _abbreviation(self, condition: ReturnCode, own: _Own, part: str) -> bool:
        """Whether ``part`` abbreviates one of ``own``'s Chinese phrases, or shares a
        run of wording with one, and few conditions have a phrase that it abbreviates
        or that holds that run."""
        units = _units(part)
        for phrase in own.chinese if len(units) >= _RUN else ():
            run = _shared_run(units, phrase)
            if len(run) * 3 < len(units) * 2:  # most of the message, or it says more
                continue
            wording = "".join(run)
            holders = self._holding(wording)
            # Another condition that shares more of the message is the one it names.
            closer = any(
                len(_shared_run(units, _units(other))) > len(run)
                for other, natives in self._users.items()
                if wording in other and not natives <= {condition}
            )
            if len(holders) < _GENERIC_SPREAD and not closer:
                return True
        if not any(_shortens(units, phrase) for phrase in own.chinese):
            return False
        spread = {
            native
            for phrase, natives in self._users.items()
            if not phrase.isascii() and _shortens(units, _units(phrase))
            for native in natives
        }
        return len(spread) < _GENERIC_SPREAD

    def _holding(self, wording: str) -> set[ReturnCode]:
        """The conditions with a phrase that holds ``wording``."""
        return {
            native
            for phrase, natives in self._users.items()
            if wording in phrase
            for native in natives
        }

    def _shares_words(self, own: _Own, said: frozenset[str], *, swapping: bool) -> bool:
        """Whether ``said`` and one of ``own``'s texts hold each other's words, with
        two content words shared that together describe few conditions; ``swapping``
        also lets each word one of its words otherwise."""
        said_content = said - _WEAK_WORDS
        if len(said_content) < _SHARED_WORDS:
            return False
        for text_words in own.words:
            shared = said_content & text_words
            if len(shared) < _SHARED_WORDS or len(self._described(shared)) >= _GENERIC_SPREAD:
                continue
            if said_content <= text_words or text_words - _WEAK_WORDS <= said_content:
                return True
            # A name or message that words one of the code's texts with one word swapped
            # for another: "ReferralRequestedByIssuer" for "Refer to card issuer". Never
            # for an approval, where another system's "Payment successfully completed"
            # would be read as money that moved.
            swapped = len(said_content - text_words), len(text_words - said_content)
            if swapping and max(swapped) <= _SWAPPED:
                return True
        return False

    def _described(self, shared: frozenset[str]) -> set[ReturnCode]:
        """The conditions with a text that holds every word of ``shared``."""
        holding = [self._texts_with.get(word, _NO_TEXTS) for word in shared]
        numbers = holding[0].intersection(*holding[1:])
        return {self._condition_of[number] for number in numbers}

    def contradiction(self, rc: ReturnCode, message: str) -> Contradiction | None:
        """How ``message`` contradicts ``rc``, if it reads as something else.

        A message contradicts its code if it calls a failed payment a success
        or the reverse, or if it holds a phrase of another condition and none
        of ``rc``'s own.
        """
        if not normalise(message) or self.agrees(rc, message):
            return None
        if _says_otherwise(rc, message):
            paid = rc.is_approved or rc.is_partial
            return Contradiction(says_failed=paid, says_paid=not paid)
        text = normalise(message)
        others = sorted(
            {native for p, natives in self._users.items() if p in text for native in natives},
            key=lambda native: native.code,
        )
        return Contradiction(others=tuple(others[:3])) if others else None


def _says_otherwise(rc: ReturnCode, message: str) -> bool:
    """Whether ``message`` calls a failed payment a success, or the reverse."""
    plain = fold(message).lower().translate(SIMPLIFIED)
    failed = bool(_FAILURE().search(plain) or _NEGATED_SUCCESS().search(plain))
    succeeded = bool(_SUCCESS().search(_NEGATED_SUCCESS().sub("", plain)))
    if rc.is_approved or rc.is_partial:
        return failed and not succeeded
    return succeeded and not failed
