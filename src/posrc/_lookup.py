"""The module-level entry points, over the default registry."""

from __future__ import annotations

from posrc._enums import Scheme
from posrc._explain import Explanation, explain_with
from posrc._model import ReturnCode
from posrc._registry import default_registry

# Exact spellings of every code, per scheme argument, filled on the first
# call: the common case then costs two dictionary look-ups.
_exact: dict[Scheme | None, dict[str | bytes, ReturnCode]] = {}


def _fill_exact() -> None:
    registry = default_registry()
    table: dict[Scheme | None, dict[str | bytes, ReturnCode]] = {scheme: {} for scheme in Scheme}
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
    _exact.update(table)


def lookup(raw: str | bytes, *, scheme: Scheme | str | None = None) -> ReturnCode:
    """The registered code for ``raw``; strict.

    >>> lookup("BL1001") is ReturnCode.INSUFFICIENT_BALANCE
    True
    >>> lookup(" ｂｌ-1001 ").code
    'BL1001'
    >>> lookup("51").scheme, lookup("51", scheme="iso8583").message("en")
    (<Scheme.CUP: 'cup'>, 'Not sufficient funds')

    Without ``scheme`` the shape of the code decides: two letters and four
    digits, or four digits, are posrc codes; two characters are UnionPay
    codes; three digits are ISO 8583:1993 action codes.

    Raises ``ParseError`` for malformed input, ``UnknownCodeError`` for a
    well-formed code that is not registered, and ``TypeError`` for input that
    is neither ``str`` nor ``bytes``.
    """
    try:
        return _exact[scheme][raw]  # type: ignore[index]
    except (KeyError, TypeError):
        if not _exact:
            _fill_exact()
        return default_registry().lookup(raw, scheme=scheme)


def explain(raw: str | bytes, *, scheme: Scheme | str | None = None) -> Explanation:
    """Explain ``raw``; never raises for ``str`` or ``bytes`` input.

    >>> result = explain("A0")
    >>> result.message("en"), result.terminal_action.value
    ('MAC verification failed', 'sign-on')

    Unknown or malformed input gives ``Outcome.UNKNOWN``, ``Retry.AFTER_QUERY``
    and advice to check the first attempt before anything else.
    """
    return explain_with(default_registry(), raw, scheme)
