"""What a scan has read before: each token's reading, each message's agreement.

Logs say the same things over and over: ``RESP=51`` on one line in five, the
same message after the same bare code. A token's reading depends only on
the token and the scheme asked, and whether a message agrees with a code
only on the two, so a scan works each out once. What is kept comes from the
text, so each store is bounded: it is emptied when full.
"""

from __future__ import annotations

from typing import TypeAlias, TypeVar

from posrc import _grammar as grammar
from posrc._enums import Scheme
from posrc._model import ReturnCode, VendorScheme
from posrc._table import CodeTable
from posrc.exceptions import ParseError

K = TypeVar("K")
V = TypeVar("V")

KEPT = 4096
"""Answers kept in each store before it is emptied."""

Read: TypeAlias = "tuple[Scheme | VendorScheme, str, ReturnCode | None]"
"""A token read: its scheme, its code and the record, if known."""


class Memo:
    """The answers one scan has worked out, over one table of codes.

    >>> from posrc import Registry
    >>> memo = Memo(Registry.default())
    >>> memo.read("51", None)[1], memo.read("5!", None)
    ('51', None)
    """

    __slots__ = ("_agreed", "_contradicted", "_read", "_readings", "_table")

    def __init__(self, table: CodeTable) -> None:
        self._table = table
        self._read: dict[tuple[str, object], Read | None] = {}
        self._readings: dict[tuple[str, object], tuple[ReturnCode, ...]] = {}
        self._agreed: dict[tuple[object, str], bool] = {}
        self._contradicted: dict[tuple[object, str], bool] = {}

    def read(self, token: str, wanted: Scheme | VendorScheme | None) -> Read | None:
        """``token`` read in ``wanted`` (or by its shape), or ``None`` if it is no code."""
        key = (token, wanted)
        if key in self._read:
            return self._read[key]
        try:
            scheme, code = grammar.read_token(token, 0, token, wanted)
        except ParseError:
            found: Read | None = None
        else:
            found = (scheme, code, self._table.find(code, scheme))
        _keep(self._read, key, found)
        return found

    def readings(self, token: str, wanted: Scheme | VendorScheme | None) -> tuple[ReturnCode, ...]:
        """Every registered reading of a bare token in the schemes allowed."""
        key = (token, wanted)
        found = self._readings.get(key)
        if found is None:
            found = tuple(self._each_reading(token, wanted))
            _keep(self._readings, key, found)
        return found

    def _each_reading(self, token: str, wanted: Scheme | VendorScheme | None) -> list[ReturnCode]:
        length = len(token)
        if wanted is not None:
            schemes: tuple[Scheme | VendorScheme, ...] = (wanted,)
        elif length == 2:
            schemes = (Scheme.CUP, Scheme.ISO8583)
        else:
            schemes = (Scheme.ISO8583_1993 if length == 3 else Scheme.POSRC,)
        found: list[ReturnCode] = []
        for scheme in schemes:
            read = self.read(token, scheme)
            if read is not None and read[2] is not None:
                found.append(read[2])
        return found

    def agrees(self, key: object, records: tuple[ReturnCode, ...], message: str) -> bool:
        """Whether ``message`` agrees with one of ``records``, which ``key`` names."""
        asked = (key, message)
        found = self._agreed.get(asked)
        if found is None:
            found = self._table.agreement.agrees_with_any(records, message)
            _keep(self._agreed, asked, found)
        return found

    def contradicts(self, key: object, records: tuple[ReturnCode, ...], message: str) -> bool:
        """Whether ``message`` reads as another condition than those of ``records``, which
        ``key`` names, or says the payment went the other way for one of them."""
        asked = (key, message)
        found = self._contradicted.get(asked)
        if found is None:
            agreement = self._table.agreement
            found = any(agreement.contradiction(rc, message) is not None for rc in records)
            _keep(self._contradicted, asked, found)
        return found


def _keep(store: dict[K, V], key: K, value: V) -> None:
    if len(store) >= KEPT:
        store.clear()
    store[key] = value
