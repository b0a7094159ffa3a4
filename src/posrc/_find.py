"""The one candidate reader: every code in a text, and the one code of an input.

Both uses run the same pattern (:func:`posrc._grammar.candidates`) and the
same checks. :func:`candidates` yields what the text marks as a code; the
ones that :func:`posrc.find_codes` reports are ``reported``. :func:`read_one`
is :func:`posrc.lookup`'s reading: the input is a code, so its first word
counts too, and the input must hold exactly one distinct code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from posrc import _grammar as grammar
from posrc._anchors import starts
from posrc._enums import WALLET_SCHEMES, Scheme
from posrc._memo import Memo
from posrc._model import ReturnCode, VendorScheme
from posrc._patterns import compiled
from posrc._read import MAX_LENGTH
from posrc._table import WALLET_SPELLING, CodeTable
from posrc.exceptions import ParseError

# Characters of message read beside a bare code: posrc's longest text has 82.
_WINDOW = 96
# How far around a wallet's field its envelope is looked for: a reply printed on one line.
_REPLY = 16 * _WINDOW
_BLANK_EDGE = compiled(f"[{grammar.BLANKS}{grammar.LINE_BREAKS}]*")
_PLAIN = compiled(
    f"({grammar.NATIVE_TOKEN}|[0-9A-Za-z]{{1,8}}|{grammar.WALLET_WORD_SHAPE})"
    f"[{grammar.BLANKS}{grammar.LINE_BREAKS}]*",
    re.ASCII,
)


_NATIVE_TOKEN = compiled(f"(?:{grammar.NATIVE_TOKEN})(?![0-9A-Za-z])", re.ASCII)
_TOKEN_END = compiled("[" + re.escape(grammar.TERMINATORS) + "]")
_LINE_BREAK = compiled("[" + grammar.LINE_BREAKS + "]")
_DIGIT = compiled("[0-9]")
_OPENING = compiled(f"(?P<open>{grammar.OPENING}){grammar.BLANK}*")


class Candidate(NamedTuple):
    """A code that the text marks as one, read in its scheme."""

    kind: str
    """``labelled``, ``bracketed``, ``native``, ``bare``, ``trailing``,
    ``argument`` (a quoted argument after its message: ``OnlineApproved("00")``),
    ``named`` (a quoted code after the name it is given: ``TRN_TIME_OUT = "98"``),
    ``listed`` (a further code under one label); for an
    input read as one code also ``first`` (its first word) and ``next`` (a
    code-like word after the code)."""
    start: int
    """Where the marks begin (the label, the bracket), in the text."""
    end: int
    token_start: int
    scheme: Scheme | VendorScheme
    code: str
    record: ReturnCode | None
    reported: bool
    """Whether :func:`posrc.find_codes` reports it."""

    @property
    def key(self) -> object:
        """What two candidates share when they are the same code (``1001`` and ``BL1001``)."""
        return self.record if self.record is not None else (self.scheme, self.code)


def candidates(
    table: CodeTable,
    text: str,
    wanted: Scheme | VendorScheme | None,
    memo: Memo | None = None,
) -> Iterator[Candidate]:
    """Every candidate code in folded ``text``, in order, read in ``wanted`` or by shape.

    ``memo`` carries what was read before across the texts of one scan.
    """
    marks = grammar.WALLET_ENVELOPE_MARKS
    enveloped = wanted in WALLET_SCHEMES or any(mark in text for mark in marks)
    pattern = grammar.candidates(enveloped)
    memo = Memo(table) if memo is None else memo
    # The online gateway's fields, searched per line below, are in few texts.
    online = grammar.ONLINE_QUERY_FIELD in text or any(
        field in text for field in grammar.ONLINE_MARKS
    )
    position = 0
    for at in starts(text, enveloped):  # the grammar runs only where a candidate may start
        if at < position:
            continue
        match = pattern.match(text, at)
        if match is None:
            continue
        # A rejected candidate gives way to one starting just after it: the "51"
        # of "(51) 余额不足" is a bare code once the bracketed reading fails.
        position = at + 1
        found = _checked(table, memo, text, match, wanted, online=online)
        if found is None:
            continue
        yield found
        position = match.end()
        # Codes listed under a label share the first one's verdict: "error codes 1001, 1002".
        if (
            found.reported
            and found.kind == "labelled"
            and (more := grammar.LISTED().match(text, position))
        ):
            for listed in _listed(memo, text, more, len(match.group(found.kind)), wanted):
                yield listed
                position = listed.end


def _listed(
    memo: Memo,
    text: str,
    more: re.Match[str] | None,
    length: int,
    wanted: Scheme | VendorScheme | None,
) -> Iterator[Candidate]:
    """Further codes under the label just read (``more`` is the first): ``RC=05 / 51``,
    ``codes 90, 96, 98``.

    Each is written like the first (as long, with a digit): "RC=51, rc 51" lists
    nothing, nor does "RC=51 and 100 more"."""
    while more is not None:
        start, end = more.span(1)
        if end - start != length or _DIGIT().search(more.group(1)) is None:
            return
        read = memo.read(more.group(1), wanted)
        if read is None:
            return
        scheme, code, record = read
        yield Candidate("listed", start, end, start, scheme, code, record, record is not None)
        more = grammar.LISTED().match(text, more.end())


def _checked(
    table: CodeTable,
    memo: Memo,
    text: str,
    match: re.Match[str],
    wanted: Scheme | VendorScheme | None,
    *,
    online: bool,
) -> Candidate | None:
    kind = match.lastgroup or ""
    token = match.group(kind)
    token_start = match.start(kind)
    if kind in ("word", "sub_code"):
        return _wallet_word(table, memo, text, match, wanted)
    if kind == "before_label":
        start, end = match.span(kind)
    elif kind in ("bare", "trailing", "argument", "named"):
        start, end = match.span(kind)
        message = _name(text, match) if kind == "named" else _beside(text, match, kind)
        if message is None or not memo.agrees(
            (token, wanted), memo.readings(token, wanted), message
        ):
            return None
    elif kind == "wallet":
        return _wallet(table, memo, text, match, wanted)
    else:
        start, end = match.span()
        if kind == "native" and wanted not in (None, Scheme.POSRC):
            return None
        field = grammar.wallet_field().match(text, start) if kind == "labelled" else None
        if field is not None:
            # A wallet's field (result_code): its whole code, never a card code cut from it
            # (PAY of PAY_IN_PROGRESS); in a field of the wallet named, no card code at all.
            wallet = _wallet(table, memo, text, field, wanted)
            if wallet is not None or _owner(table, text, field, wanted) is not None:
                return wallet
        if kind == "labelled" and online and _online_reply(text, start, token_start):
            # The online gateway's respCode: read in its own scheme, never as a card code.
            if wanted not in (None, Scheme.UNIONPAY_ONLINE):
                return None
            wanted = Scheme.UNIONPAY_ONLINE
    read = memo.read(token, wanted)
    if read is None:
        return None
    scheme, code, record = read
    reported = _reported(memo, text, match, kind, scheme, code, record, wanted)
    return Candidate(kind, start, end, token_start, scheme, code, record, reported)


def _wallet_word(
    table: CodeTable,
    memo: Memo,
    text: str,
    match: re.Match[str],
    wanted: Scheme | VendorScheme | None,
) -> Candidate | None:
    """A wallet's code outside its reply fields, in the scheme asked for or the one
    family that defines it.

    An Alipay sub-code stands as it is. A word needs its own message after it, and with
    no scheme asked for, it must be run together as WeChat Pay spells its codes
    (USERPAYING): other systems coin words joined by "_" for their own codes
    (ORDER_NOT_EXIST 订单不存在 in an order system, TRADE_SUCCESS 支付成功 in a gateway's).
    """
    kind = match.lastgroup or ""
    token = match.group(kind)
    start, end = match.span(kind)
    scheme = table.sole_family(token) if wanted is None else wanted
    if scheme is None or scheme not in table.families(token):
        return None
    record = table.get(token, scheme=scheme)
    if kind == "word":
        if wanted is None and not grammar.RUN_TOGETHER().fullmatch(token):
            return None
        if text.startswith(token, match.end()):
            return None  # a constant named as its value: the value is the code
        if not memo.agrees((token, scheme), (record,), _beside(text, match, kind)):
            return None
    return Candidate(kind, start, end, start, scheme, token, record, True)


def _wallet(
    table: CodeTable,
    memo: Memo,
    text: str,
    match: re.Match[str],
    wanted: Scheme | VendorScheme | None,
) -> Candidate | None:
    """A wallet's code in its own reply field.

    In a field of the wallet that the line's envelope or the caller names, the code is
    that wallet's, and a code it does not define is an unknown one (no card code). With no
    wallet named, a word-shaped code is read in the one family that defines it: a word
    that several families define says nothing there.
    """
    token = match.group("wallet")
    start, end = match.span("wallet")
    owner = _owner(table, text, match, wanted)
    sole = table.sole_family(token)
    if owner is not None:
        if wanted not in (None, owner):
            return None  # another scheme's field: no code of the scheme asked for
        scheme: Scheme = owner
    elif (
        wanted is None
        and sole is not None
        and grammar.WALLET_WORD().fullmatch(token)
        and _word_field(table, memo, text, match, sole)
    ):
        scheme = sole
    else:
        return None
    record = table.find(token, scheme) if scheme in table.families(token) else None
    return Candidate("wallet", start, end, start, scheme, token, record, record is not None)


def _word_field(
    table: CodeTable, memo: Memo, text: str, match: re.Match[str], scheme: Scheme
) -> bool:
    """Whether ``match`` is a field whose word is read in the one family that defines it:
    a field of that family's replies, or WeChat Pay v3's ``code`` where that family reads
    the word there. In a field that other systems name alike, the word must be run
    together, as WeChat Pay spells its codes, or its line's message agree with it: an
    app's ``"error_code": "INVALID_PARAMETER"`` is its own."""
    field, token = _field(match), match.group("wallet")
    if field in grammar.SHARED_WALLET_FIELDS and not grammar.RUN_TOGETHER().fullmatch(token):
        record = table.find(token, scheme)
        message = _line(text, match.start()).replace(token, " ")
        if record is None or not memo.agrees((token, scheme), (record,), message):
            return False
    found = table.find(token, scheme) if field == grammar.V3_CODE_FIELD else None
    readings = found.readings if found is not None else ()
    own = field in grammar.WALLET_FIELDS and field in table.reply_fields(scheme)
    return own or any(r.field == field for r in readings)


def _owner(
    table: CodeTable, text: str, match: re.Match[str], wanted: Scheme | VendorScheme | None
) -> Scheme | None:
    """The wallet whose reply field ``match`` is: the one the line's envelope names
    (``alipay_trade_pay_response`` around ``"code"``), else the one asked for."""
    at = match.start()
    named = wanted
    near = text[max(0, at - _REPLY) : at + _REPLY]  # holds the line _line reads
    if any(mark in near for mark in grammar.WALLET_ENVELOPE_MARKS):
        envelope = grammar.WALLET_ENVELOPE().search(_line(text, at, _REPLY))
        named = wanted if envelope is None else Scheme(envelope.lastgroup)
    if isinstance(named, Scheme) and _field(match) in table.reply_fields(named):
        return named
    return None


def _field(match: re.Match[str]) -> str:
    """The wallet field of ``match`` as the vendor names it (an SDK's ``errCode``: ``err_code``)."""
    return _CAPITAL().sub(
        lambda capital: "_" + capital.group().lower(), match.group("wallet_field")
    )


_CAPITAL = compiled("[A-Z]", re.ASCII)


def _reported(
    memo: Memo,
    text: str,
    match: re.Match[str],
    kind: str,
    scheme: Scheme | VendorScheme,
    code: str,
    record: ReturnCode | None,
    wanted: Scheme | VendorScheme | None,
) -> bool:
    """Whether find_codes reports a candidate that lookup would read."""
    if kind in ("native", "before_label"):
        return record is not None
    if kind not in ("labelled", "bracketed"):
        return True
    if (
        kind == "labelled"
        and wanted is None
        and grammar.GENERIC_LABEL().match(text, match.start())
        and not _in_payment(memo, text, match, match.group(kind))
    ):
        return False
    if record is None:
        # "RESP: OK" is no code: letters alone count only when registered; nor is an
        # unknown number under a generic label, another system's ("Error code: 995").
        return _DIGIT().search(code) is not None and not _foreign(
            kind, scheme, code, wanted, text, match
        )
    if _foreign(kind, scheme, code, wanted, text, match):
        # Another system's number under a generic label: "respCode=1001" from an
        # aggregator, an HTTP "responseCode": "200". It counts when its message agrees:
        # in the corpus, the same label and line hold HTTP statuses and action codes
        # alike (responseCode = "200" in an API annotation, responseCode = 116 in a
        # switch), so nothing else on the line tells them apart.
        return memo.agrees(record, (record,), _beside(text, match, "bare"))
    if kind == "bracketed" and grammar.GENERIC_FAILURE().search(
        text[match.start() : match.start(kind)]
    ):
        return _in_payment(memo, text, match, match.group(kind))
    return True


def _in_payment(memo: Memo, text: str, match: re.Match[str], token: str) -> bool:
    """Whether a code after words that other domains use too ("MAC failure (20)" in a
    radio log, LDAP's "error code 49") stands in a payment: its message, after it or
    before it, agrees with one of its readings, or its line speaks of a payment and its
    message names no other condition (交易返回码：00 请求失败)."""
    readings = memo.readings(token, None)
    beside = _beside(text, match, "bare")
    if not readings:
        return False
    if memo.agrees((token, None), readings, beside):
        return True
    at = match.start()
    if grammar.PAYMENT_CONTEXT().search(_line(text, at)) is None:
        # Or a message before it: "Insufficient funds, error code 51".
        before = _LINE_BREAK().split(text[max(0, at - _WINDOW) : at])[-1]
        return memo.agrees((token, None), readings, before)
    return not memo.contradicts((token, None), readings, beside)


def _foreign(
    kind: str,
    scheme: Scheme | VendorScheme,
    code: str,
    wanted: Scheme | VendorScheme | None,
    text: str,
    match: re.Match[str],
) -> bool:
    """A labelled number that may well be another system's: posrc reads four digits as
    its own codes, and three digits as ISO 8583:1993 ones, only by their shape."""
    if wanted is not None or kind != "labelled":
        return False
    if scheme is Scheme.POSRC:
        return code.isdigit()
    if scheme is not Scheme.ISO8583_1993:
        return False
    return grammar.ISO_FIELD_LABEL().search(text, match.start(), match.start(kind)) is None


def _online_reply(text: str, start: int, token_start: int) -> bool:
    """A code of UnionPay's online gateway, which is no card code: ``respCode`` or
    ``origRespCode`` on a line of its reply, which another of its fields or the
    ``origRespCode`` of a query marks (where its docs' ``应答码`` is ``respCode`` too).
    Other labels on that line, ``RC``, ``field 39``, keep card codes."""
    label, line = text[start:token_start], _line(text, start)
    if grammar.ONLINE_QUERY().search(line):
        # The label may start inside origRespCode, at its RespCode.
        field = start - 4 if start >= 4 and text.startswith("orig", start - 4) else start
        return grammar.ONLINE_QUERY_LABEL().match(text, field, token_start) is not None
    return bool(grammar.ONLINE_LABEL().search(label) and grammar.ONLINE_ENVELOPE().search(line))


def _name(text: str, match: re.Match[str]) -> str | None:
    """The name that a named code is given, or ``None`` if none stands before it."""
    name = grammar.NAME_BEFORE().search(text, max(0, match.start() - _WINDOW), match.start())
    return None if name is None else name.group(1)


def _beside(text: str, match: re.Match[str], kind: str) -> str:
    """The message read beside a code: after it, or for a trailing code before it."""
    if kind in ("trailing", "argument"):
        start = match.start(kind)
        return _LINE_BREAK().split(text[max(0, start - _WINDOW) : start])[-1]
    # A table's cell ends the message: the columns after it say other things.
    return _LINE_BREAK().split(text[match.end() : match.end() + _WINDOW], 1)[0].split("|", 1)[0]


def _line(text: str, at: int, reach: int = 2 * _WINDOW) -> str:
    """The record that position ``at`` stands in, at most ``reach`` either side."""
    before = _LINE_BREAK().split(text[max(0, at - reach) : at])[-1]
    after = _LINE_BREAK().split(text[at : at + reach], 1)[0]
    return before + after


class Reading(NamedTuple):
    """The one code of an input, and the message after it."""

    scheme: Scheme | VendorScheme
    code: str
    record: ReturnCode | None
    message: tuple[int, int]
    """Where the message after the code stands in the text (empty when there is none)."""


def read_one(
    table: CodeTable, text: str, raw: str | bytes, wanted: Scheme | VendorScheme | None
) -> Reading:
    """The one code of folded ``text`` (read from ``raw``), or ``ParseError``.

    Every candidate counts, and so do the input's first word and a code-like
    word right after the code: they must all be one code. Two different codes
    that :func:`posrc.find_codes` would both report are ``AMBIGUOUS``; any
    other second code-like word is ``EXTRA_TOKEN``.
    """
    if len(text) > MAX_LENGTH:
        raise ParseError(f"input longer than {MAX_LENGTH} characters", raw, MAX_LENGTH, "TOO_LONG")
    start = _BLANK_EDGE().match(text).end()  # type: ignore[union-attr]
    if start == len(text):
        raise ParseError("no code in the input", raw, 0, "EMPTY")
    plain = _PLAIN().fullmatch(text, start)
    if plain is not None:  # the common case, a bare code: nothing else to look for
        scheme, code = _read_token(table, plain.group(1), start, raw, wanted)
        return Reading(scheme, code, table.find(code, scheme), (len(text), len(text)))
    marked = _marked_alone(table, text, start, wanted)
    if marked is not None:
        return marked
    found = list(candidates(table, text, wanted))
    first: Candidate | None = None
    error: ParseError | None = None
    if not found or found[0].start > start:
        try:
            first = _first(table, text, raw, start, wanted)
        except ParseError as failure:
            error = failure
    if first is not None and (not found or first.token_start < found[0].token_start):
        found.insert(0, first)
    if error is not None and not found:  # no candidate, and the first word is none
        raise error
    chosen = found[0]
    following = _next_word(table, text, chosen, wanted)
    if following is not None:
        found.append(following)
    _refuse_two(found, raw)
    return Reading(chosen.scheme, chosen.code, chosen.record, _message(text, chosen.end))


def _marked_alone(
    table: CodeTable, text: str, start: int, wanted: Scheme | VendorScheme | None
) -> Reading | None:
    """The reading of an input that is one labelled or bracketed code and blanks.

    The first candidate then starts where the input does and nothing follows
    it, so the scan below would find it alone: it is read at once, without
    scanning the blanks around it.
    """
    match = grammar.candidates().match(text, start)
    kind = "" if match is None else match.lastgroup or ""
    if match is None or kind not in ("labelled", "bracketed"):
        return None
    if _BLANK_EDGE().match(text, match.end()).end() < len(text):  # type: ignore[union-attr]
        return None
    try:
        scheme, code = grammar.read_token(match.group(kind), match.start(kind), text, wanted)
    except ParseError:
        return None  # the scan reads on past a rejected candidate
    return Reading(scheme, code, table.find(code, scheme), _message(text, match.end()))


def _first(
    table: CodeTable, text: str, raw: str | bytes, start: int, wanted: Scheme | VendorScheme | None
) -> Candidate | None:
    """The code at the start of an input, after at most a label, status word or bracket.

    ``None`` when the first word is no code-like word beside other candidates.
    """
    length = len(text.rstrip(grammar.BLANKS + grammar.LINE_BREAKS))
    prefix = grammar.leading().match(text, start)
    if prefix is not None and prefix.end() >= length:
        if grammar.LABEL_END().search(prefix.group()):
            raise ParseError("a label with no code after it", raw, length, "EMPTY")
        # What reads as a label is the whole input: "[39]" is the code 39 in brackets.
        prefix = _OPENING().match(text, start)
    opener = None
    if prefix is not None and prefix.end() < length:
        groups = prefix.groupdict()
        opener = groups.get("open") or groups.get("bracket")
        start = prefix.end()
    native = _NATIVE_TOKEN().match(text, start)
    if native is not None:
        end = native.end()
    else:
        stop = _TOKEN_END().search(text, start)
        end = len(text) if stop is None else stop.start()
    if end == start:
        raise ParseError(f"{text[start]!r} cannot start a code", raw, start, "BAD_CHARACTER")
    scheme, code = _read_token(table, text[start:end], start, raw, wanted)
    if opener is not None:
        end = _closed(text, end, opener, raw)
    return Candidate("first", start, end, start, scheme, code, table.find(code, scheme), False)


def _read_token(
    table: CodeTable, token: str, start: int, raw: str | bytes, wanted: Scheme | VendorScheme | None
) -> tuple[Scheme | VendorScheme, str]:
    """``grammar.read_token``, with a word-shaped wallet code read in the one family that has it.

    A word that several wallet families define (``SUCCESS``) needs the scheme.
    """
    if wanted is None and grammar.WALLET_WORD().fullmatch(token):
        wanted = table.sole_family(token)
        families = table.families(token)
        if wanted is None and families:
            names = " and ".join(f"{scheme.label('en')} ({scheme.value})" for scheme in families)
            raise ParseError(
                f"{token!r} is a code of {names}: pass scheme= to say which",
                raw,
                start,
                "SCHEME_NEEDED",
            )
        if wanted is None:
            _refuse_other_case(table, token, start, raw)
    return grammar.read_token(token, start, raw, wanted)


def _refuse_other_case(table: CodeTable, token: str, start: int, raw: str | bytes) -> None:
    """``ParseError`` for a wallet code written in another letter case (``userpaying``):
    wallet codes keep their spelling, so it is none, but the caller surely meant one."""
    others = table.other_cases(token)
    if not others:
        return
    meant = " or ".join(
        f"{spelling!r} ({' or '.join(scheme.label('en') for scheme in schemes)})"
        for spelling, schemes in others
    )
    raise ParseError(
        f"{WALLET_SPELLING.en}: did you mean {meant}?",
        raw,
        start,
        "WRONG_CASE",
        tuple(spelling for spelling, _ in others),
    )


def _closed(text: str, end: int, opener: str, raw: str | bytes) -> int:
    closer = grammar.CLOSER_OF[opener]
    at = end + len(text[end:]) - len(text[end:].lstrip(grammar.BLANKS))
    if text[at : at + 1] != closer:
        raise ParseError(f"{opener!r} is never closed by {closer!r}", raw, at, "BAD_CHARACTER")
    return at + 1


def _next_word(
    table: CodeTable, text: str, chosen: Candidate, wanted: Scheme | VendorScheme | None
) -> Candidate | None:
    """A code-like word right after the code (``51 05``, ``RC=51/05``, ``51 (A0)``),
    also on the next line: one input is one code, whatever its line breaks."""
    at = len(text) - len(text[chosen.end :].lstrip(_LEAD_OR_BREAK))
    if text[at : at + 1] in grammar.CLOSER_OF:
        at += 1
    word = grammar.CODE_WORD().match(text, at)
    if word is None or (word.end() < len(text) and text[word.end()] not in _WORD_ENDS):
        return None
    try:
        scheme, code = grammar.read_token(word.group(), at, text, wanted)
    except ParseError:
        return None
    return Candidate("next", at, word.end(), at, scheme, code, table.find(code, scheme), False)


_WORD_ENDS = frozenset(grammar.TERMINATORS + "([<\u3010\u300a")
_LEAD_OR_BREAK = grammar.LEAD + grammar.LINE_BREAKS


def _refuse_two(found: list[Candidate], raw: str | bytes) -> None:
    first = found[0]
    other = next((c for c in found[1:] if c.key != first.key), None)
    if other is None:
        return
    reported = [c for c in found if c.reported]
    second = next((c for c in reported[1:] if c.key != reported[0].key), None)
    if second is not None:
        raise ParseError(
            f"two different codes, {reported[0].code!r} and {second.code!r}: posrc will not "
            "guess which one counts",
            raw,
            second.token_start,
            "AMBIGUOUS",
        )
    raise ParseError(
        f"{other.code!r} beside {first.code!r} could be a second code: posrc will not guess "
        "which one counts",
        raw,
        other.token_start,
        "EXTRA_TOKEN",
    )


def _message_start(text: str, end: int) -> int:
    return len(text) - len(text[end:].lstrip(grammar.LEAD))


def _message(text: str, end: int) -> tuple[int, int]:
    start = _message_start(text, end)
    line = _LINE_BREAK().split(text[start:], 1)[0].rstrip(grammar.BLANKS)
    return start, start + len(line)
