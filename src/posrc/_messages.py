"""Whether a message written beside a code agrees with what the code means.

A message is compared by its phrases. The known phrases of a code are the
Chinese and English meaning and display texts of the record and of its native
code, cut at punctuation, plus a few common wordings listed below. Generic
phrases ("交易失败", "Error", "请联系发卡行") say nothing about a particular
condition and are never used. Comparison ignores case, width, blanks and
punctuation, and spells "honour" as "honor".
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from posrc._model import ReturnCode
from posrc._normalize import fold_width
from posrc._patterns import compiled

_NOT_WORD = compiled(r"[\W_]+")
_PHRASE_BREAK = compiled(r"[,，;；:：、。./]")

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
}

# Whether the message says the payment went through, or that it did not.
_NEGATED_SUCCESS = compiled(
    r"(?:未|不|非|没有?)(?:成功|批准)|un ?successful|not ?(?:approved|successful)"
)
_SUCCESS = compiled(r"成功|批准|approved|success")
_FAILURE = compiled(r"失败|拒绝|declined|failed|failure|rejected|denied")


def normalise(text: str) -> str:
    """Fold width and case and drop blanks and punctuation.

    >>> normalise("Do not Honour!")
    'donothonor'
    """
    return _NOT_WORD().sub("", fold_width(text).lower()).replace("honour", "honor")


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


@functools.cache
def _index() -> tuple[frozenset[str], dict[str, frozenset[ReturnCode]]]:
    """The generic phrases, and for each other phrase the native codes that use it.

    Both come from the default registry: what a phrase says about a condition
    does not depend on which registry a code is looked up in.
    """
    from posrc._registry import default_registry

    users: dict[str, set[ReturnCode]] = {}
    for rc in default_registry():
        for phrase in _phrases(_texts(rc)):
            users.setdefault(phrase, set()).add(rc.canonical)
    generic = {phrase for phrase, natives in users.items() if len(natives) >= _GENERIC_SPREAD}
    return (
        frozenset(generic),
        {p: frozenset(natives) for p, natives in users.items() if p not in generic},
    )


# Bounded: records of user registries come and go.
@functools.lru_cache(maxsize=4096)
def _own(rc: ReturnCode) -> tuple[frozenset[str], frozenset[str]]:
    """A record's texts as a whole (a message equal to one agrees, even "交易失败"),
    and its phrases that are not generic."""
    texts = _texts(rc)
    whole = frozenset(normalise(text) for text in texts)
    return whole, frozenset(_phrases(texts) - _index()[0])


def agrees(rc: ReturnCode, message: str) -> bool:
    """Whether ``message`` holds a phrase of ``rc``'s meaning, or is one of its texts.

    >>> from posrc import lookup
    >>> agrees(lookup("51"), "余额不足，请换卡"), agrees(lookup("51"), "网络连接失败")
    (True, False)
    """
    text = normalise(message)
    whole, phrases = _own(rc)
    return text in whole or any(phrase in text for phrase in phrases)


def contradiction(rc: ReturnCode, message: str) -> str | None:
    """A warning if ``message`` reads as another condition and not as ``rc``'s.

    The message contradicts the code if it calls a failed payment a success
    or the reverse, or if it holds a phrase of another condition and none of
    ``rc``'s own.

    >>> from posrc import lookup
    >>> contradiction(lookup("1001"), "余额不足") is None
    True
    >>> print(contradiction(lookup("51"), "网络连接失败"))
    the message '网络连接失败' reads as NW1005 (Network connection failed), not as 51 \
(Insufficient funds); the code counts
    >>> print(contradiction(lookup("00"), "交易失败"))
    the message '交易失败' says the payment failed, but 00 is an approval; the code counts
    """
    if not normalise(message) or agrees(rc, message):
        return None
    plain = fold_width(message).lower()
    failed = bool(_FAILURE().search(plain) or _NEGATED_SUCCESS().search(plain))
    succeeded = bool(_SUCCESS().search(_NEGATED_SUCCESS().sub("", plain)))
    if rc.is_approved or rc.is_partial:
        if failed and not succeeded:
            return (
                f"the message {message!r} says the payment failed, but {rc.code} is an "
                "approval; the code counts"
            )
    elif succeeded and not failed:
        return (
            f"the message {message!r} says the payment went through, but {rc.code} is "
            f"not an approval ({rc.message('en')}); the code counts"
        )
    return _reads_as_another(rc, message)


def _reads_as_another(rc: ReturnCode, message: str) -> str | None:
    text = normalise(message)
    others = sorted(
        {native for phrase, natives in _index()[1].items() if phrase in text for native in natives},
        key=lambda native: native.code,
    )
    if not others:
        return None
    readings = ", ".join(f"{native.code} ({native.message('en')})" for native in others[:3])
    return (
        f"the message {message!r} reads as {readings}, not as {rc.code} "
        f"({rc.message('en')}); the code counts"
    )
