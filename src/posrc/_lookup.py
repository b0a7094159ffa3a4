"""The module-level entry points, over the default registry."""

from __future__ import annotations

from posrc._enums import Scheme
from posrc._explain import Explanation, explain_with
from posrc._model import ReturnCode, VendorScheme
from posrc._registry import default_registry

# Spellings that resolve, per scheme argument: every code's exact spelling,
# filled on the first call, then each input that resolved on the slow path
# ("应答码：51", b"RC=05"). The common case costs two dictionary look-ups.
# Lookup is a pure function of its input over an immutable registry, so a hit
# is always right. Past _REMEMBERED_LIMIT remembered inputs the tables are
# rebuilt, which bounds their memory.
_known: dict[Scheme | VendorScheme | str | None, dict[str | bytes, ReturnCode]] = {}
_REMEMBERED_LIMIT = 4096
_remembered = [0]  # how many slow-path inputs the tables hold


def _fill_known() -> None:
    registry = default_registry()
    table: dict[Scheme | VendorScheme | str | None, dict[str | bytes, ReturnCode]] = {
        s: {} for s in Scheme
    }
    table[None] = {}
    for rc in registry:
        spellings: list[str] = [rc.code]
        if rc.scheme is Scheme.POSRC:
            spellings.append(rc.code[2:])
        for spelling in spellings:
            for key in (spelling, spelling.encode("ascii")):
                table[rc.scheme][key] = rc
                if rc.scheme in (Scheme.POSRC, Scheme.CUP, Scheme.ISO8583_1993):
                    table[None][key] = rc
    _known.clear()
    _known.update(table)
    _remembered[0] = 0


def _remember(
    scheme: Scheme | VendorScheme | str | None, raw: str | bytes, found: ReturnCode
) -> None:
    if _remembered[0] >= _REMEMBERED_LIMIT:
        _fill_known()
    # Only a scheme argument that resolved reaches here, and every such one hashes.
    _known.setdefault(scheme, {})[raw] = found
    _remembered[0] += 1


def lookup(
    raw: str | bytes,
    *,
    scheme: Scheme | VendorScheme | str | None = None,
    encoding: str | None = None,
) -> ReturnCode:
    """The registered code for ``raw``; strict.

    >>> lookup("BL1001") is ReturnCode.INSUFFICIENT_BALANCE
    True
    >>> lookup(" ｂｌ-1001 ").code
    'BL1001'
    >>> lookup("51").scheme, lookup("51", scheme="iso8583").message("en")
    (<Scheme.CUP: 'cup'>, 'Not sufficient funds')
    >>> [lookup(raw).code for raw in ("RC=51", "应答码：51", "Resp Code: 05", "[A0]")]
    ['51', '51', '05', 'A0']
    >>> lookup("1001:余额不足") is lookup("返回码: BL1001") is lookup(b"RESP=1001")
    True
    >>> lookup("应答码：51 余额不足".encode("gbk")).message("en")
    'Insufficient funds'

    Without ``scheme`` the shape of the code decides: two letters and four
    digits, or four digits, are posrc codes; two characters are UnionPay
    codes; three digits are ISO 8583:1993 action codes. Bytes are decoded as
    UTF-8, then GB18030, unless ``encoding`` names the codec. Labels,
    brackets and a trailing message are read as documented in
    :mod:`posrc._parse`, which also lists what is rejected; input longer than
    256 characters (1024 bytes) is refused before it is read.

    Raises ``ParseError`` for malformed, undecodable or ambiguous input,
    ``UnknownCodeError`` for a well-formed code that is not registered, and
    ``TypeError`` for input that is neither ``str`` nor ``bytes``. This reads
    the codes posrc ships; for an acquirer's or vendor's own codes, extend a
    registry and use its :meth:`~posrc.Registry.lookup`.
    """
    if encoding is None:
        try:
            return _known[scheme][raw]
        except (KeyError, TypeError):
            pass
    if not _known:
        _fill_known()
    found = default_registry().lookup(raw, scheme=scheme, encoding=encoding)
    if encoding is None:
        _remember(scheme, raw, found)
    return found


def explain(
    raw: str | bytes,
    *,
    scheme: Scheme | VendorScheme | str | None = None,
    encoding: str | None = None,
) -> Explanation:
    """Explain ``raw``; never raises for ``str`` or ``bytes`` input.

    >>> result = explain("A0")
    >>> result.message("en"), result.terminal_action.value
    ('MAC verification failed', 'sign-on')
    >>> explain("RC=51 网络连接失败").warnings
    ("the message '网络连接失败' reads as NW1005 (Network connection failed), not as 51 \
(Insufficient funds); the code counts",)

    Input is read as by :func:`lookup`. Unknown, malformed, undecodable or
    ambiguous input gives ``Outcome.UNKNOWN``, ``Retry.AFTER_QUERY`` and
    advice to check the first attempt before anything else; the reason is in
    ``warnings``. A message after the code that reads as another condition
    adds a warning, and the code still counts.
    """
    return explain_with(default_registry(), raw, scheme, encoding)
