"""Whether a message written beside a code agrees with what the code means.

A message is compared by its phrases. The known phrases of a code are the
Chinese and English meaning and display texts of the record and of its native
code, cut at punctuation, plus a few common wordings listed below. Generic
phrases ("交易失败", "Error", "请联系发卡行") say nothing about a particular
condition and are never used. Comparison ignores case, width, blanks and
punctuation, and spells "honour" as "honor".
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from posrc._grammar import FAILED_WORDS
from posrc._model import ReturnCode
from posrc._patterns import compiled
from posrc._read import fold

_NOT_WORD = compiled(r"[\W_]+")
_PHRASE_BREAK = compiled(r"[,，;；:：、。./]")
_MESSAGE_BREAK = compiled(r"[,，;；:：、。./\"'`()（）\[\]]")
# A part of a message this long that one of a code's texts holds names that code:
# "Contact acquirer" is part of "Card acceptor contact acquirer".
_PART = {True: 12, False: 4}

# A phrase shared by this many conditions or more is generic.
_GENERIC_SPREAD = 4
_GENERIC = frozenset(
    {"交易失败", "失败", "出错", "错误", "error", "未成功", "notsuccessful", "请重试", "tryagain"}
)
_SHORTEST = {True: 4, False: 2}  # by "is ASCII": "pin" is too short, "密码错" is not

# Common wordings that the code tables do not spell out, by native code.
_WORDINGS: dict[str, tuple[str, ...]] = {
    "BL1001": ("余额不足", "insufficient funds", "insufficient balance", "nsf"),
    "PN1301": ("密码错", "wrong pin", "invalid pin", "incorrect pin", "pin incorrect", "pin error"),
    "CD1201": ("卡已过期", "卡过期", "expired"),
    "BK1602": ("do not honor", "拒绝承兑"),
    "RK2001": ("pick up card", "没收卡"),
    "BK1006": ("超时", "timeout", "timed out"),
    "TM1802": ("mac error", "mac校验", "mac错"),
    "BK1603": ("issuer unavailable", "issuer inoperative"),
    "CD1003": ("无效卡号", "invalid card number"),
    "RK2003": ("lost card", "挂失"),
    "RK2004": ("stolen card", "被盗"),
    "TM1801": ("终端未登记", "terminal not registered"),
    "SY1701": ("日切", "cut-off", "cutoff"),
    "TM1803": ("pin格式错",),
    "TX1401": ("发卡行不支持的交易",),
}

# Whether the message says the payment went through, or that it did not.
_NEGATED_SUCCESS = compiled(
    r"(?:未|不|非|没有?)(?:成功|批准)|un ?successful|not ?(?:approved|successful)"
)
_SUCCESS = compiled(r"成功|批准|approved|success")
_FAILURE = compiled("|".join(FAILED_WORDS))


def normalise(text: str) -> str:
    """Fold width and case and drop blanks and punctuation.

    >>> normalise("Do not Honour!")
    'donothonor'
    """
    # 帐 and 账 are both written in 帐户/账户 ("account").
    plain = _NOT_WORD().sub("", fold(text).lower())
    return plain.replace("honour", "honor").replace("\u5e10", "\u8d26")


def _phrases(texts: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        for part in _PHRASE_BREAK().split(text):
            phrase = normalise(part)
            if len(phrase) >= _SHORTEST[phrase.isascii()] and phrase not in _GENERIC:
                found.add(phrase)
    return found


def _texts(rc: ReturnCode) -> list[str]:
    texts = [rc.message(lang) for lang in ("zh", "en")] + [
        rc.display(lang) for lang in ("zh", "en")
    ]
    if rc.canonical is not rc:
        texts += _texts(rc.canonical)
    return texts + list(_WORDINGS.get(rc.code, ()))


@attrs.frozen
class Contradiction:
    """How a message contradicts its code: it says the opposite about the money,
    or it reads as other conditions (``others``, at most three native codes)."""

    says_failed: bool = False
    says_paid: bool = False
    others: tuple[ReturnCode, ...] = ()


@attrs.frozen(eq=False)
class Agreement:
    """The phrases of every condition in one table of codes, built once per table."""

    _generic: frozenset[str]
    _users: dict[str, frozenset[ReturnCode]]
    _own: dict[ReturnCode, tuple[frozenset[str], frozenset[str]]]

    @classmethod
    def of(cls, records: Iterable[ReturnCode]) -> Agreement:
        """The phrase index of ``records``."""
        members = tuple(records)
        users: dict[str, set[ReturnCode]] = {}
        for rc in members:
            for phrase in _phrases(_texts(rc)):
                users.setdefault(phrase, set()).add(rc.canonical)
        generic = frozenset(p for p, natives in users.items() if len(natives) >= _GENERIC_SPREAD)
        index = {p: frozenset(natives) for p, natives in users.items() if p not in generic}
        own = {rc: _own_phrases(rc, generic) for rc in members}
        return cls(generic, index, own)

    def agrees(self, rc: ReturnCode, message: str) -> bool:
        """Whether ``message`` holds a phrase of ``rc``'s meaning, or a long part of
        one of its texts, or is one of its texts."""
        return self.agrees_with_any((rc,), message)

    def agrees_with_any(self, records: Iterable[ReturnCode], message: str) -> bool:
        """Whether ``message`` agrees with one of ``records``; the message is read once."""
        text = normalise(message)
        owns = [self._own.get(rc) or _own_phrases(rc, self._generic) for rc in records]
        for whole, phrases in owns:
            if text in whole or any(phrase in text for phrase in phrases):
                return True
        pieces = _MESSAGE_BREAK().split(message)
        parts = [text] if len(pieces) == 1 else [normalise(piece) for piece in pieces]
        return any(
            len(part) >= _PART[part.isascii()] and any(part in full for full in whole)
            for part in parts
            for whole, _ in owns
        )

    def contradiction(self, rc: ReturnCode, message: str) -> Contradiction | None:
        """How ``message`` contradicts ``rc``, if it reads as something else.

        A message contradicts its code if it calls a failed payment a success
        or the reverse, or if it holds a phrase of another condition and none
        of ``rc``'s own.
        """
        if not normalise(message) or self.agrees(rc, message):
            return None
        plain = fold(message).lower()
        failed = bool(_FAILURE().search(plain) or _NEGATED_SUCCESS().search(plain))
        succeeded = bool(_SUCCESS().search(_NEGATED_SUCCESS().sub("", plain)))
        if rc.is_approved or rc.is_partial:
            if failed and not succeeded:
                return Contradiction(says_failed=True)
        elif succeeded and not failed:
            return Contradiction(says_paid=True)
        text = normalise(message)
        others = sorted(
            {native for p, natives in self._users.items() if p in text for native in natives},
            key=lambda native: native.code,
        )
        return Contradiction(others=tuple(others[:3])) if others else None


def _own_phrases(rc: ReturnCode, generic: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """A record's texts as a whole (a message equal to one agrees, even "交易失败"),
    and its phrases that are not generic."""
    texts = _texts(rc)
    return frozenset(normalise(text) for text in texts), frozenset(_phrases(texts) - generic)
