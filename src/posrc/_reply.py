"""The layered wallet reply: which field decides, and what the whole reply means.

A wallet reply carries a code in each of several layers (WeChat Pay v2:
``return_code``, ``result_code``, ``err_code``, then ``trade_state`` in a
query). The deepest layer present whose reading decides, decides; a layer
that only says "read the next field" never does while a deeper one is there;
and a layer whose outcome is unknown, or whose code posrc does not know,
makes the whole reply unknown.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import NoReturn

import attrs

from posrc._enums import Outcome, Scheme
from posrc._explain import Explanation, Notice
from posrc._model import FieldRepr, Text, scheme_title
from posrc._patterns import compiled
from posrc._registry import Registry
from posrc.exceptions import ParseError, UnknownCodeError

MAX_REPLY = 64 * 1024
"""Replies longer than this many characters (or bytes) are refused before they are read."""
_MAX_FIELDS = 512
_MAX_DEPTH = 8

_XML_ROOT = compiled(r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?<xml>(.*)</xml>\s*", re.DOTALL)
_XML_FIELD = compiled(
    r"\s*<([A-Za-z_][A-Za-z0-9_]{0,63})>(?:<!\[CDATA\[(.*?)\]\]>|([^<]*))</\1>\s*", re.DOTALL
)
_ALIPAY_NODE = compiled(r"alipay_([a-z_]+)_response")
# Alipay's gateway answers a call it refused before any API (a bad app id) in error_response;
# the name alone does not say Alipay, so the caller names the scheme.
_RESPONSE_NODE = compiled(r"alipay_[a-z_]+_response|error_response")
_UNIONPAY_VERSION = compiled(r"5\.[0-9]+\.[0-9]+")


@attrs.frozen(repr=False)
class ReplyReading(FieldRepr):
    """What one wallet reply means, read layer by layer.

    ``decided_by`` is the deepest field whose reading decides and ``code`` its
    code; ``explanation`` is the answer for the whole reply: that field's, or,
    where a layer's outcome is unknown, that layer's (``explained_by``), so
    that its advice is the query-first advice. ``layers`` holds every layer
    present, shallow to deep, for the log; ``scheme`` and ``api`` say how the
    reply was read (``api`` is empty where neither the reply nor the caller
    named it).

    >>> from posrc import read_reply
    >>> reading = read_reply("respCode=00&origRespCode=11&respMsg=成功[0000000]&txnType=00")
    >>> reading.decided_by, reading.outcome.value
    ('origRespCode', 'error')
    """

    decided_by: str
    code: str
    explanation: Explanation
    explained_by: str
    layers: Mapping[str, str]
    scheme: Scheme
    api: str

    @property
    def outcome(self) -> Outcome:
        """The outcome of the whole reply."""
        return self.explanation.outcome


def read_reply(
    reply: Mapping[str, object] | str | bytes,
    *,
    scheme: Scheme | str | None = None,
    api: str | None = None,
    http_status: int | None = None,
    registry: Registry | None = None,
) -> ReplyReading:
    """Read a wallet or online-gateway reply: a mapping, or its text.

    The text is WeChat Pay v2 XML, JSON (WeChat Pay v3, Alipay, 收钱吧) or
    UnionPay's ``key=value&...``. The envelope names the scheme where it can
    (``<return_code>``, ``alipay_trade_query_response``, ``biz_response``,
    ``respCode`` with ``version=5.x.x`` or ``txnType``), and the API where it
    can; otherwise ``scheme`` and ``api`` say. WeChat Pay v3 needs the HTTP
    status, as ``http_status`` or a ``"http_status"`` key.

    >>> reading = read_reply('{"alipay_trade_query_response": {"code": "10000", '
    ...                      '"msg": "Success", "trade_status": "WAIT_BUYER_PAY"}}')
    >>> reading.api, reading.decided_by, reading.outcome.value
    ('trade.query', 'trade_status', 'unknown')
    >>> reading.explanation.return_code.follow_up.then
    'cancel'
    >>> xml = ("<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[FAIL]]>"
    ...        "</result_code><err_code><![CDATA[USERPAYING]]></err_code></xml>")
    >>> dict(read_reply(xml).layers)
    {'return_code': 'SUCCESS', 'result_code': 'FAIL', 'err_code': 'USERPAYING'}

    A leading byte-order mark is read past. Where the API is only inferred
    from the reply's fields, a layer whose code that API lacks is read over
    every API, least certain first.

    Raises ``ParseError`` for text that is none of these forms, longer than
    64 KiB, or whose scheme cannot be told; for a field given twice with
    different values, two response nodes, or an ``http_status``, ``scheme`` or
    ``api`` that the reply itself contradicts (``AMBIGUOUS``), a number too long
    for a code (``TOO_LONG``), a layer that holds no code (a list:
    ``BAD_CHARACTER``), an ``http_status`` of other than three digits
    (``BAD_LENGTH``), or an envelope of an API that posrc does not read
    (``UNSUPPORTED``). ``ValueError`` for an ``api`` the scheme does not
    have; ``TypeError`` for a reply that is no mapping, text or bytes.
    """
    if api is not None and not isinstance(api, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"api must be a str, not {type(api).__name__}")
    fields, found_scheme, found_api = _fields(reply)
    if http_status is not None:
        if type(http_status) is not int:
            raise TypeError(f"http_status must be an int, not {type(http_status).__name__}")
        if not 100 <= http_status <= 999:
            raise ParseError(
                "http_status is a three-digit HTTP status", "http_status", 0, "BAD_LENGTH"
            )
        _add(fields, "http_status", str(http_status), _shown(reply), 0)
    table = Registry.default() if registry is None else registry
    wanted = None if scheme is None else table.scheme(scheme)
    marked = list(dict.fromkeys(s for s in (found_scheme, *_envelopes(fields)) if s is not None))
    if len(marked) > 1:
        raise ParseError(
            f"the reply carries the envelopes of {' and '.join(map(scheme_title, marked))}",
            _shown(reply),
            0,
            "AMBIGUOUS",
        )
    found = marked[0] if marked else None
    if wanted is not None and found is not None and wanted is not found:
        _named_otherwise(reply, scheme_title(found), scheme_title(wanted))
    if api is not None and found_api is not None and api != found_api:
        _named_otherwise(reply, f"{found_api} API", f"{api} API")
    chosen = found or wanted or _scheme_of(fields)
    if not isinstance(chosen, Scheme) or chosen not in _layers():
        raise ParseError(
            "cannot tell whose reply this is: pass scheme= (wechatpay, alipay, "
            "unionpay-online or shouqianba)",
            _shown(reply),
            0,
            "AMBIGUOUS",
        )
    named_api = found_api or api
    layers_of = _layers()[chosen]
    if named_api is not None and named_api not in layers_of:
        names = ", ".join(map(repr, layers_of))
        raise ValueError(f"{scheme_title(chosen)} has no API {named_api!r}; its APIs: {names}")
    inferred = named_api is None
    default = _default_api(chosen, fields)
    if named_api is None:
        named_api = _marked_api(chosen, fields, reply)
    order = layers_of[named_api or default]
    present = {name: fields[name] for name in order if name in fields}
    if not present:
        raise ParseError(
            f"no {scheme_title(chosen)} result field in the reply (expected one of "
            f"{', '.join(order)})",
            _shown(reply),
            0,
            "EMPTY",
        )
    readings = {
        name: _explained(table, chosen, named_api, name, code, inferred=inferred, default=default)
        for name, code in present.items()
    }
    deciding = [name for name in present if _decides(readings[name])]
    decided_by = deciding[-1] if deciding else list(present)[-1]
    if readings[decided_by].is_approved:
        # A deeper layer never approves what a shallower one failed: that call failed (a
        # query that failed, a signature refused, WeChat's result_code FAIL, an HTTP 4xx),
        # so what it carries below is no result, whether or not the failed layer decides.
        failed = [name for name in present if _failed(chosen, name, readings[name])]
        decided_by = failed[0] if failed else decided_by
    unknown = [name for name in (deciding or [decided_by]) if readings[name].is_unknown]
    unknown += [name for name in present if readings[name].return_code is None]
    explained_by = unknown[0] if unknown else decided_by
    return ReplyReading(
        decided_by,
        present[decided_by],
        readings[explained_by],
        explained_by,
        MappingProxyType(present),
        chosen,
        named_api or "",
    )


def _named_otherwise(reply: object, found: str, named: str) -> NoReturn:
    """Refuse a reply whose envelope names another scheme or API than the caller does."""
    raise ParseError(f"the reply is a {found} reply, not {named}", _shown(reply), 0, "AMBIGUOUS")


def _failed(scheme: Scheme, name: str, explanation: Explanation) -> bool:
    """Whether a layer says its call did not go through: it reads as neither approved,
    partly approved nor unknown, or it is a value that passes the reason on but says the
    call failed (WeChat Pay's ``result_code`` ``FAIL``), which leaves the reply unknown."""
    from posrc._data.wallet_records import FAILED_CALLS

    if explanation.return_code is None:
        return False
    if (scheme, name, explanation.return_code.code) in FAILED_CALLS:
        return True
    return not (explanation.is_approved or explanation.is_partial or explanation.is_unknown)


def _layers() -> dict[Scheme, dict[str, tuple[str, ...]]]:
    from posrc._data.wallet_records import LAYERS  # loaded on first use: import stays cheap

    return LAYERS


@functools.cache
def _layer_names() -> frozenset[str]:
    """Every field that is a layer of some scheme's reply, by its dotted path."""
    return frozenset(
        name for apis in _layers().values() for layers in apis.values() for name in layers
    )


def _decides(explanation: Explanation) -> bool:
    """Whether a layer's reading decides, rather than saying "read the next field"."""
    from posrc._data.wallet_records import DEFERRING

    rc = explanation.return_code
    return rc is None or (rc.scheme, rc.field, rc.api, rc.code) not in DEFERRING


def _explained(
    table: Registry,
    scheme: Scheme,
    api: str | None,
    name: str,
    code: str,
    *,
    inferred: bool,
    default: str,
) -> Explanation:
    """One layer's reading; where the API was only ``inferred`` from the reply's fields and
    has no reading of the code, or where nothing names the API, the least certain reading
    over every API: the ``default`` API's where it is as uncertain, so that the pay
    call's follow-up, not the reversal's, answers a reply that names no API."""
    from posrc._data.wallet_records import FIELD_FALLBACK

    found = table.find(code, scheme)
    try:
        if found is None:
            raise UnknownCodeError(
                f"{code} is not a known {scheme_title(scheme)} code", code, scheme.value
            )
        fallback = FIELD_FALLBACK.get((scheme, name))
        if fallback is not None and all(r.field != name for r in found.readings):
            name = fallback
        if inferred and api is not None and all(r.api not in ("", api) for r in found.readings):
            api = None
        rc = table.reading(found, api=api, field=name)
        if api is None and any(r.api == default and r.field == name for r in found.readings):
            preferred = table.reading(found, api=default, field=name)
            if preferred.outcome is rc.outcome and (preferred.follow_up is None) == (
                rc.follow_up is None
            ):
                rc = preferred
    except UnknownCodeError as error:
        notice = Notice(Text(f"未知应答码 {code}（{name}）：{error}", f"{name}: {error}"))
        return Explanation(code, None, scheme, code, (notice,))
    return Explanation(code, rc, scheme, code)


# Where nothing names the API, the layers are read in this API's order, and each layer's
# reading is the least certain over the APIs (this API's where it is as uncertain): each
# family's pay call, the one a till makes first.
_DEFAULT_API = {
    Scheme.WECHATPAY: "micropay",
    Scheme.ALIPAY: "trade.pay",
    Scheme.UNIONPAY_ONLINE: "request",
    Scheme.SHOUQIANBA: "pay",
}


def _default_api(scheme: Scheme, fields: Mapping[str, str]) -> str:
    # WeChat Pay v3 answers with an HTTP status; its code payment is its pay call.
    if scheme is Scheme.WECHATPAY and "http_status" in fields:
        return "v3.codepay"
    return _DEFAULT_API[scheme]


def _marked_api(scheme: Scheme, fields: Mapping[str, str], reply: object) -> str | None:
    """The API that a field only its replies carry names (``trade_state`` in WeChat Pay v2:
    a query); WeChat Pay v3's code payment and query both carry ``trade_state``, so none
    there. Fields that two APIs mark are ``AMBIGUOUS``."""
    from posrc._data.wallet_records import API_MARKERS

    if scheme is Scheme.WECHATPAY and "http_status" in fields:
        return None
    marks = {field: api for field, api in API_MARKERS[scheme] if field in fields}
    if len(set(marks.values())) > 1:
        named = ", ".join(f"{field} ({api})" for field, api in marks.items())
        raise ParseError(
            f"the reply carries fields of two APIs: {named}", _shown(reply), 0, "AMBIGUOUS"
        )
    return next(iter(marks.values()), None)


def _envelopes(fields: Mapping[str, str]) -> list[Scheme]:
    """The schemes whose envelope a reply's fields carry: WeChat Pay v2's ``return_code``,
    UnionPay's ``respCode`` with its ``txnType`` or ``version=5.x.x``, 收钱吧's
    ``biz_response`` or its ``result_code`` 200/400/500 with an ``error_code``."""
    found = [Scheme.WECHATPAY] if "return_code" in fields else []
    if "respCode" in fields and (
        "txnType" in fields or _UNIONPAY_VERSION().fullmatch(fields.get("version", ""))
    ):
        found.append(Scheme.UNIONPAY_ONLINE)
    if any(name.startswith("biz_response.") for name in fields) or (
        fields.get("result_code") in ("200", "400", "500") and "error_code" in fields
    ):
        found.append(Scheme.SHOUQIANBA)
    return found


def _scheme_of(fields: Mapping[str, str]) -> Scheme | None:
    """The scheme that a reply's fields name, when its envelope did not: the one whose
    envelope they carry, else WeChat Pay v3 for a reply with an HTTP status."""
    found = _envelopes(fields)
    if found:
        return found[0]
    return Scheme.WECHATPAY if "http_status" in fields else None


def _fields(reply: object) -> tuple[dict[str, str], Scheme | None, str | None]:
    """The reply's fields by dotted path, and the scheme and API its envelope names."""
    if isinstance(reply, (bytes, bytearray, memoryview)):
        data = bytes(reply)  # pyright: ignore[reportUnknownArgumentType]
        if len(data) > 4 * MAX_REPLY:
            raise ParseError(f"reply longer than {4 * MAX_REPLY} bytes", data, 0, "TOO_LONG")
        try:
            text = data.decode("utf-8")  # a byte-order mark stays, as U+FEFF, and is read past
        except UnicodeDecodeError as error:
            raise ParseError("the reply is not UTF-8", data, error.start, "UNDECODABLE") from None
        try:
            return _fields(text)
        except ParseError as error:
            if error.raw != text:  # a field's own error, in no position of the text
                raise
            at = len(text[: error.position].encode("utf-8"))
            raise ParseError(error.message, data, at, error.reason, error.suggestions) from None
    if isinstance(reply, str):
        if len(reply) > MAX_REPLY:
            raise ParseError(f"reply longer than {MAX_REPLY} characters", reply, 0, "TOO_LONG")
        return _parsed(reply)
    if isinstance(reply, Mapping):
        return _flattened(reply), *_envelope(reply)  # pyright: ignore[reportUnknownArgumentType]
    raise TypeError(f"a reply is a mapping, a str or bytes, not {type(reply).__name__}")


def _parsed(text: str) -> tuple[dict[str, str], Scheme | None, str | None]:
    start = 1 if text.startswith("\ufeff") else 0  # a byte-order mark, kept in positions
    stripped = text[start:].strip()
    lead = len(text) - len(text[start:].lstrip())  # where stripped starts in text
    if stripped.startswith("<"):
        root = _XML_ROOT().fullmatch(text, start)
        if root is None:
            raise ParseError(
                "XML that is not a flat <xml>...</xml> reply", text, lead, "BAD_CHARACTER"
            )
        body, at = root.group(1), 0
        fields: dict[str, str] = {}
        while at < len(body.rstrip()):
            field = _XML_FIELD().match(body, at)
            if field is None:
                raise ParseError("malformed XML field", text, root.start(1) + at, "BAD_CHARACTER")
            value = field.group(2) if field.group(2) is not None else field.group(3)
            _add(fields, field.group(1), value.strip(), text, root.start(1) + at)
            at = field.end()
            if len(fields) > _MAX_FIELDS:
                raise ParseError(
                    "too many fields in the reply", text, root.start(1) + at, "TOO_LONG"
                )
        return fields, Scheme.WECHATPAY if "return_code" in fields else None, None
    if stripped.startswith("{"):
        if '"' not in stripped and stripped.endswith("}") and "=" in stripped:
            # The UnionPay ACP SDK prints its key=value replies in braces.
            return _key_values(text, lead + 1, lead + len(stripped) - 1)
        loaded = _json(stripped, text, lead)
        return _fields(loaded)  # pyright: ignore[reportUnknownArgumentType]
    if "=" in stripped:
        return _key_values(text, lead, lead + len(stripped))
    raise ParseError("a reply is XML, JSON or key=value&... text", text, lead, "BAD_CHARACTER")


def _key_values(
    text: str, begin: int, end: int
) -> tuple[dict[str, str], Scheme | None, str | None]:
    """The fields of UnionPay's ``key=value&...`` reply in ``text[begin:end]``."""
    pairs: dict[str, str] = {}
    at = begin
    for pair in text[begin:end].split("&"):
        key, equals, value = pair.partition("=")
        if not equals or not key.strip():
            raise ParseError(f"{pair[:40]!r} is not key=value", text, at, "BAD_CHARACTER")
        _add(pairs, key.strip(), value.strip(), text, at)
        at += len(pair) + 1
        if len(pairs) > _MAX_FIELDS:
            raise ParseError("too many fields in the reply", text, at, "TOO_LONG")
    return (
        pairs,
        _scheme_of(pairs) if "respCode" in pairs else None,
        ("query" if pairs.get("txnType") == "00" and "respCode" in pairs else None),
    )


_TRAILING_COMMA = compiled(r",(\s*[}\]])")


def _add(fields: dict[str, str], name: str, value: str, text: str | bytes, at: int) -> None:
    """Add one field of a reply; a field given twice must say the same both times."""
    if fields.setdefault(name, value) != value:
        raise ParseError(
            f"the reply gives {name} twice, as {fields[name]!r} and {value!r}",
            text,
            at,
            "AMBIGUOUS",
        )


_LONGEST_NUMBER = 20
"""Digits past any code's length; a longer number in a reply is refused, not converted."""
_JSON_NUMBER = compiled(r'"(?:[^"\\]|\\.)*"|(-?[0-9]+)([.eE][-+.eE0-9]*)?', re.DOTALL)


def _json(stripped: str, text: str, lead: int) -> object:
    """The JSON value of a reply, forgiving the trailing commas of vendors' printed examples.

    ``lead`` is where ``stripped`` starts in ``text``.
    """
    import json  # loaded on the first JSON reply: import posrc stays cheap

    def unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
        node: dict[str, object] = {}
        for key, value in pairs:
            if key in node and node[key] != value:
                twice = f"as {_brief(node[key])} and {_brief(value)}"
                raise ParseError(f"the reply gives {key} twice, {twice}", text, 0, "AMBIGUOUS")
            node[key] = value
        return node

    def number(digits: str) -> int:
        if len(digits.lstrip("-")) > _LONGEST_NUMBER:
            raise ParseError(
                "a number too long in the reply", text, lead + _long_number_at(stripped), "TOO_LONG"
            )
        return int(digits)

    def loaded(attempt: str) -> object:
        try:
            return json.loads(attempt, object_pairs_hook=unique, parse_int=number)
        except RecursionError:
            raise ParseError("the reply nests too deeply", text, lead, "TOO_LONG") from None

    try:
        return loaded(stripped)
    except json.JSONDecodeError:
        pass  # perhaps only a trailing comma, as vendors' printed examples have
    # The fault is reported in the text with its trailing commas forgiven, where every
    # Python names it alike (3.13 names the comma itself where 3.11 names what follows).
    commas = [match.start() for match in _TRAILING_COMMA().finditer(stripped)]
    try:
        return loaded(_TRAILING_COMMA().sub(r"\1", stripped))
    except json.JSONDecodeError as failure:
        at = failure.pos
        for comma in commas:  # back to a position in the text as given
            if comma > at:
                break
            at += 1
        raise ParseError(
            f"malformed JSON: {failure.msg}", text, lead + at, "BAD_CHARACTER"
        ) from None


def _brief(value: object) -> str:
    """A JSON value for an error's message: a string quoted, anything else (a number that
    may be too long to print) by its type."""
    return repr(value[:40]) if isinstance(value, str) else type(value).__name__


def _long_number_at(stripped: str) -> int:
    """Where the first number too long for a code starts, outside the strings of ``stripped``."""
    return next(
        match.start(1)
        for match in _JSON_NUMBER().finditer(stripped)
        if match.group(1)
        and not match.group(2)
        and len(match.group(1).lstrip("-")) > _LONGEST_NUMBER
    )


def _envelope(reply: Mapping[object, object]) -> tuple[Scheme | None, str | None]:
    nodes = [key for key in reply if isinstance(key, str) and _RESPONSE_NODE().fullmatch(key)]
    if len(nodes) > 1:
        raise ParseError(
            f"the reply holds {len(nodes)} response nodes ({', '.join(nodes)})",
            _shown(reply),
            0,
            "AMBIGUOUS",
        )
    node = _ALIPAY_NODE().fullmatch(nodes[0]) if nodes else None
    if node is not None:
        api = node.group(1).replace("_", ".", 1)
        if api not in _layers()[Scheme.ALIPAY]:
            # A refund's 10000 is no payment approved, nor are its sub_codes the payment's.
            raise ParseError(
                f"posrc does not read replies of Alipay's {api} API, only of "
                f"{', '.join(_layers()[Scheme.ALIPAY])}",
                nodes[0],
                0,
                "UNSUPPORTED",
            )
        return Scheme.ALIPAY, api
    if "return_code" in reply:
        return Scheme.WECHATPAY, None
    return None, None


def _flattened(reply: Mapping[object, object]) -> dict[str, str]:
    fields: dict[str, str] = {}
    stack: list[tuple[str, Mapping[object, object], int]] = [("", reply, 0)]
    while stack:
        prefix, node, depth = stack.pop()
        if depth > _MAX_DEPTH:
            raise ParseError("the reply nests too deeply", prefix, 0, "TOO_LONG")
        for key, value in node.items():
            if not isinstance(key, str):
                raise TypeError(f"a reply's keys are str, not {type(key).__name__}")
            if not prefix and _RESPONSE_NODE().fullmatch(key) and isinstance(value, Mapping):
                stack.append(("", value, depth + 1))  # pyright: ignore[reportUnknownArgumentType]
            elif isinstance(value, Mapping):
                stack.append((f"{prefix}{key}.", value, depth + 1))  # pyright: ignore[reportUnknownArgumentType]
            elif isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
                _add(fields, prefix + key, _text(value, key), key, 0)
            elif value is not None and prefix + key in _layer_names():
                # A list, a float or a bool where a code belongs: dropping it could leave a
                # shallower layer to approve what it would have refused.
                kind = type(value).__name__  # pyright: ignore[reportUnknownArgumentType]
                raise ParseError(
                    f"the reply's {key} is a {kind}, not a code", key, 0, "BAD_CHARACTER"
                )
            if len(fields) > _MAX_FIELDS:
                raise ParseError("too many fields in the reply", key, 0, "TOO_LONG")
    return fields


def _text(value: str | int, key: str) -> str:
    if isinstance(value, str):
        return value.strip()
    if abs(value) >= 10**_LONGEST_NUMBER:  # and str() may refuse it
        raise ParseError(f"a number too long in the reply's {key}", key, 0, "TOO_LONG")
    return str(int(value))  # an int subclass (an IntEnum) by its value, not its name


def _shown(reply: object) -> str | bytes:
    """The start of a reply, for an error's message: a mapping by its keys alone, since its
    values may be anything (a number too long to print, an object whose repr fails)."""
    if isinstance(reply, Mapping):
        keys: list[object] = list(itertools.islice(reply, 8))  # pyright: ignore[reportUnknownArgumentType]
        return "{" + ", ".join(f"{key!r}: ..." for key in keys)[:200] + "}"
    if isinstance(reply, (bytes, bytearray, memoryview)):
        return bytes(reply)[:200]  # pyright: ignore[reportUnknownArgumentType]
    return str(reply)[:200]
