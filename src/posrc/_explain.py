"""Explanations: a per-call answer that never raises for text or bytes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from posrc._agreement import Contradiction
from posrc._data.native import UNKNOWN_ADVICE, UNKNOWN_MEANING
from posrc._enums import Outcome, Retry, Scheme, TerminalAction, resolve_language
from posrc._find import Reading, read_one
from posrc._grammar import unknown_category
from posrc._model import (
    Advice,
    FieldRepr,
    OutcomePredicates,
    ReturnCode,
    Text,
    VendorScheme,
    scheme_title,
    slot_setters,
)
from posrc._read import MAX_BYTES, Decoded, as_bytes, byte_length, decoded, fold, moved
from posrc._table import WALLET_SPELLING, CodeTable
from posrc.exceptions import ParseError, UnknownCodeError, placed


@attrs.frozen(repr=False)
class Notice(FieldRepr):
    """One warning about an explanation, in Chinese and English.

    ``scheme`` is a scheme under which the code would read differently, when
    the warning suggests passing it.

    >>> from posrc import explain
    >>> (notice,) = explain("05").notices
    >>> notice.scheme, notice.text("en", hint="option")[-30:]
    (<Scheme.ISO8583: 'iso8583'>, 'ISO host, use --scheme iso8583')
    >>> notice.text("zh", hint="option").split("；")[-1]
    '若主机使用 ISO 8583，请用 --scheme iso8583'
    """

    _text: Text = attrs.field(alias="text")
    scheme: Scheme | None = None

    def text(self, lang: str = "en", *, hint: str = "argument") -> str:
        """The warning in ``lang``; its hint names the scheme as a Python ``argument``
        (``scheme='iso8583'``) or as a command-line ``option`` (``--scheme iso8583``)."""
        words = self._text.get(lang)
        if self.scheme is None:
            return words
        named = (
            f"--scheme {self.scheme.value}" if hint == "option" else f"scheme={self.scheme.value!r}"
        )
        if resolve_language(lang) == "zh":
            return f"{words}；若主机使用 ISO 8583，请用 {named}"
        return f"{words}: for an ISO host, use {named}"

    def __str__(self) -> str:
        return self.text("en")


class _NoticeOnDemand:
    """Puts off writing the notice of input that could not be read until it is read.

    Junk comes by the thousand in a scanned log, and its notice, two texts
    placing the error in the input, costs more than reading it. :func:`_unread`
    leaves the ``notices`` slot empty and keeps what the notice says here;
    the first read of ``notices`` (equality, hashing, pickling and ``repr``
    read it too) writes it from that. Two threads reading it first at once
    both write equal notices, so every reader sees the same value.
    """

    __slots__ = ("_unread",)

    # Type checkers keep seeing only the real attributes.
    if not TYPE_CHECKING:  # pragma: no branch

        def __getattr__(self, name: str) -> object:
            if name != "notices":
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
                )
            raw, reason_zh, position, message = object.__getattribute__(self, "_unread")
            zh = f"无法读取应答码：{reason_zh}（第 {position} 位）"
            notices = (Notice(Text(zh, placed(message, raw, position))),)
            _set_notices(self, notices)
            return notices


@attrs.frozen(repr=False)
class Explanation(OutcomePredicates, FieldRepr, _NoticeOnDemand):
    """What one input means and what to do, even when the code is unknown.

    >>> from posrc import explain
    >>> result = explain("ZZ9999")
    >>> result.return_code is None, result.outcome, result.retry
    (True, <Outcome.UNKNOWN: 'unknown'>, <Retry.AFTER_QUERY: 'after-query'>)

    ``raw`` is the input as given, ``code`` the code read from it (``None``
    when the input is malformed), ``return_code`` the record (``None`` when
    unknown or malformed), ``scheme`` the scheme used and ``notices`` short
    warnings on anything doubtful, in both languages (``warnings`` gives them
    in English). An explanation never changes, so the explanation of a code
    spelled exactly as stored is made once and shared: its ``raw`` is then
    an equal string, not always the same object.
    """

    raw: str | bytes
    return_code: ReturnCode | None
    scheme: Scheme | VendorScheme | None
    code: str | None
    notices: tuple[Notice, ...] = ()

    @property
    def outcome(self) -> Outcome:  # type: ignore[override]
        """The code's outcome; ``UNKNOWN`` when no code was read or it is unknown."""
        rc = self.return_code
        return Outcome.UNKNOWN if rc is None else rc.outcome

    @property
    def retry(self) -> Retry:
        """The code's retry advice; query first when no code was read or it is unknown."""
        rc = self.return_code
        return Retry.AFTER_QUERY if rc is None else rc.retry

    @property
    def warnings(self) -> tuple[str, ...]:
        """The notices in English."""
        return tuple(notice.text("en") for notice in self.notices)

    @property
    def advice(self) -> Advice:
        """The code's advice, or the advice for an unknown code."""
        return UNKNOWN_ADVICE if self.return_code is None else self.return_code.advice

    @property
    def terminal_action(self) -> TerminalAction:
        """The code's terminal action; an unknown result must be queried first."""
        if self.return_code is None:
            return TerminalAction.QUERY_RESULT
        return self.return_code.terminal_action

    def message(self, lang: str = "zh") -> str:
        """The meaning, or "unknown response code" followed by the code read."""
        if self.return_code is not None:
            return self.return_code.message(lang)
        suffix = f" {self.code}" if self.code else ""
        return UNKNOWN_MEANING.get(lang) + suffix

    def display(self, lang: str = "zh") -> str:
        """What the terminal should show the cashier."""
        if self.return_code is not None:
            return self.return_code.display(lang)
        return self.message(lang)

    def cardholder_message(self, lang: str = "zh") -> str:
        """Text that is safe to show the cardholder."""
        if self.return_code is not None:
            return self.return_code.cardholder_message(lang)
        return UNKNOWN_MEANING.get(lang)


def explain(
    table: CodeTable,
    raw: object,
    wanted: Scheme | VendorScheme | None,
    encoding: str | None = None,
) -> Explanation:
    """Explain ``raw`` against ``table``; only input that is no text raises.

    Malformed input gives the unknown result, with the ``ParseError`` text as
    its warning. A message after the code that reads as another condition
    adds a warning; the code still counts.
    """
    try:
        text, found = read_code(table, raw, wanted, encoding)
    except ParseError as error:
        return _unread(error.raw, wanted, _reason_zh(error, table), error.position, error.message)
    explanation = explain_code(table, text.raw, wanted, found.scheme, found.code)
    rc = explanation.return_code
    message = text.text[slice(*found.message)]
    if rc is None or not message:
        return explanation
    contradiction = table.agreement.contradiction(rc, message)
    if contradiction is None:
        return explanation
    notice = _contradiction_notice(table, rc, message, contradiction, wanted)
    return attrs.evolve(explanation, notices=(*explanation.notices, notice))


def explain_foreign_native(raw: str, letters: str, start: int) -> Explanation:
    """The explanation of a code read as two letters that name no category and four
    digits, from ``start`` (see :func:`posrc._plain.plain_foreign_native`): what the
    reader's ``ParseError`` makes of it, built without raising one."""
    why = unknown_category(letters)
    return _unread(raw, None, _REASONS_ZH["UNKNOWN_CATEGORY"], start, why)


def explain_reading(
    explanation: Explanation, table: CodeTable, api: str | None, field: str | None
) -> Explanation:
    """``explanation`` for one vendor API or reply field of its code.

    An API the scheme does not have is a ``ValueError``, as for ``lookup``; a
    code with no reading for that API or field is explained as unknown.
    """
    rc = explanation.return_code
    if rc is None:
        return explanation
    try:
        found = table.reading(rc, api=api, field=field)
    except UnknownCodeError as error:
        notice = Notice(Text(*_unknown_zh(error)), None)
        return attrs.evolve(explanation, return_code=None, notices=(*explanation.notices, notice))
    return attrs.evolve(explanation, return_code=found)


def read(raw: object, encoding: str | None) -> Decoded:
    """Decode single-code input, refusing overlong bytes before decoding them."""
    length = byte_length(raw)
    if length is not None and length > MAX_BYTES:
        data = as_bytes(raw)
        raise ParseError(f"input longer than {MAX_BYTES} bytes", data, MAX_BYTES, "TOO_LONG")
    return decoded(raw, encoding)


def read_code(
    table: CodeTable, raw: object, wanted: Scheme | VendorScheme | None, encoding: str | None
) -> tuple[Decoded, Reading]:
    """The one code of single-code ``raw``, with errors placed in the original input."""
    text = read(raw, encoding)
    try:
        return text, read_one(table, fold(text.text), text.raw, wanted)
    except ParseError as error:
        raise moved(error, text) from None


def explain_code(
    table: CodeTable,
    raw: str | bytes,
    wanted: Scheme | VendorScheme | None,
    scheme: Scheme | VendorScheme,
    code: str,
) -> Explanation:
    """Explain a code already read as ``code`` in ``scheme``."""
    try:
        found = table.get(code, scheme=scheme)
    except UnknownCodeError as error:
        return Explanation(raw, None, scheme, code, (Notice(Text(*_unknown_zh(error)), None),))
    notices = _scheme_notices(table, found) if wanted is None else ()
    return Explanation(raw, found, scheme, found.code, notices)


# Why input could not be read, for the Chinese text of the warning.
_REASONS_ZH: dict[str, str] = {
    "EMPTY": "输入中没有应答码",
    "TOO_LONG": "输入过长",
    "BAD_CHARACTER": "应答码中有无法识别的字符",
    "BAD_LENGTH": "不是任何已知格式的应答码",
    "UNKNOWN_CATEGORY": "字母不是 posrc 代码的类别",
    "UNDECODABLE": "字节无法解码",
    "AMBIGUOUS": "输入中有两个不同的应答码，posrc 不会猜测哪一个有效",
    "EXTRA_TOKEN": "应答码旁还有一个可能是应答码的词，posrc 不会猜测哪一个有效",
    "SCHEME_NEEDED": "多个编码体系都有这个代码，请指定编码体系",
    "WRONG_CASE": WALLET_SPELLING.zh,
    "UNSUPPORTED": "posrc 不读取这个接口的应答",
}


def _reason_zh(error: ParseError, table: CodeTable) -> str:
    """Why the input could not be read, in Chinese."""
    reason = _REASONS_ZH[error.reason]
    if error.suggestions:
        meant = " 或 ".join(
            f"{code}（{'或'.join(scheme.label('zh') for scheme in table.families(code))}）"
            for code in error.suggestions
        )
        reason += f"，是否应为 {meant}？"
    return reason


# Built by the thousand from junk: this skips the generated __init__ (see slot_setters).
_new = object.__new__
_set_raw, _set_return_code, _set_scheme, _set_code, _set_notices = slot_setters(
    Explanation, "raw", "return_code", "scheme", "code", "notices"
)
_set_unread = vars(_NoticeOnDemand)["_unread"].__set__


def _unread(
    raw: str | bytes,
    wanted: Scheme | VendorScheme | None,
    reason_zh: str,
    position: int,
    message: str,
) -> Explanation:
    """The unknown result for ``raw``, which could not be read: its notice says why,
    as the ``ParseError`` of ``message`` at ``position`` would, once it is read."""
    explanation = _new(Explanation)
    _set_raw(explanation, raw)
    _set_return_code(explanation, None)
    _set_scheme(explanation, wanted)
    _set_code(explanation, None)
    _set_unread(explanation, (raw, reason_zh, position, message))
    return explanation


def _unknown_zh(error: UnknownCodeError) -> tuple[str, str]:
    zh = f"不是已知的应答码：{error.code}（编码体系 {error.scheme}）"
    if error.suggestions:
        zh += f"；{WALLET_SPELLING.zh}，是否应为 {error.suggestions[0]}？"
    return zh, str(error)


def _scheme_notices(table: CodeTable, found: ReturnCode) -> tuple[Notice, ...]:
    """Warn where the default scheme's reading of a code differs from ISO 8583's."""
    if found.scheme is not Scheme.CUP:
        return ()
    code = found.code
    chosen_en = f"posrc read {code} as {scheme_title(Scheme.CUP)} because no scheme was given"
    chosen_zh = f"未指定编码体系，posrc 按中国银联（Q/CUP 006.6-2015）读取 {code}"
    reserved = table.reserved(code, Scheme.ISO8583)
    if reserved is not None:
        return (
            Notice(
                Text(
                    f"{chosen_zh}；ISO 8583:1987 中 {code} 为{reserved.zh}",
                    f"{chosen_en}; ISO 8583:1987 leaves {code} {reserved.en}",
                )
            ),
        )
    iso = table.find(code, Scheme.ISO8583)
    if iso is None or iso.canonical is found.canonical:
        return ()
    return (
        Notice(
            Text(
                f"{chosen_zh}；ISO 8583:1987 中 {code} 表示“{iso.message('zh')}”",
                f"{chosen_en}; ISO 8583:1987 reads it as '{iso.message('en')}'",
            ),
            Scheme.ISO8583,
        ),
    )


def _contradiction_notice(
    table: CodeTable,
    rc: ReturnCode,
    message: str,
    contradiction: Contradiction,
    wanted: Scheme | VendorScheme | None,
) -> Notice:
    counts_zh, counts_en = "以应答码为准", "the code counts"
    if wanted is None and rc.scheme is Scheme.CUP:
        iso = table.find(rc.code, Scheme.ISO8583)
        if iso is not None and table.agreement.agrees(iso, message):
            return Notice(
                Text(
                    f"消息“{message}”符合 ISO 8583:1987 对 {rc.code} 的解释"
                    f"（{iso.message('zh')}），而非中国银联的解释（{rc.message('zh')}）",
                    f"the message {message!r} matches ISO 8583:1987's reading of {rc.code} "
                    f"({iso.message('en')}), not UnionPay's ({rc.message('en')})",
                ),
                Scheme.ISO8583,
            )
    if contradiction.says_failed:
        return Notice(
            Text(
                f"消息“{message}”说付款失败，但 {rc.code} 表示批准；{counts_zh}",
                f"the message {message!r} says the payment failed, but {rc.code} is an "
                f"approval; {counts_en}",
            )
        )
    if contradiction.says_paid:
        return Notice(
            Text(
                f"消息“{message}”说付款成功，但 {rc.code} 并非批准（{rc.message('zh')}）；"
                f"{counts_zh}",
                f"the message {message!r} says the payment went through, but {rc.code} is "
                f"not an approval ({rc.message('en')}); {counts_en}",
            )
        )
    readings_zh = "、".join(f"{n.code}（{n.message('zh')}）" for n in contradiction.others)
    readings_en = ", ".join(f"{n.code} ({n.message('en')})" for n in contradiction.others)
    return Notice(
        Text(
            f"消息“{message}”读作 {readings_zh}，而非 {rc.code}（{rc.message('zh')}）；{counts_zh}",
            f"the message {message!r} reads as {readings_en}, not as {rc.code} "
            f"({rc.message('en')}); {counts_en}",
        )
    )
