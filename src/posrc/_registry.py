"""The immutable table of every code, built once on first use."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import attrs

from posrc._enums import Scheme
from posrc._model import ReturnCode
from posrc._parse import read
from posrc._text import Text
from posrc.exceptions import UnknownCodeError

SCHEME_NAMES: dict[Scheme, str] = {
    Scheme.POSRC: "posrc",
    Scheme.CUP: "UnionPay (Q/CUP 006.6-2015)",
    Scheme.ISO8583: "ISO 8583:1987",
    Scheme.ISO8583_1993: "ISO 8583:1993",
}


def to_scheme(scheme: object) -> Scheme | None:
    """Accept a ``Scheme``, its string value, or ``None``."""
    if scheme is None or isinstance(scheme, Scheme):
        return scheme
    if isinstance(scheme, str):
        try:
            return Scheme(scheme.strip().lower())
        except ValueError:
            known = ", ".join(repr(member.value) for member in Scheme)
            raise ValueError(f"unknown scheme {scheme!r}; expected one of {known}") from None
    raise TypeError(f"scheme must be a Scheme or str, not {type(scheme).__name__}")


@attrs.frozen(eq=False)
class Registry:
    """A set of return codes, keyed by scheme and code."""

    _members: tuple[ReturnCode, ...]
    _by_key: dict[tuple[Scheme, str], ReturnCode]
    _natives_by_number: dict[int, ReturnCode]
    _reserved: dict[tuple[Scheme, str], Text]

    @classmethod
    def build(
        cls,
        records: Iterable[ReturnCode],
        reserved: Iterable[tuple[Scheme, str, Text]] = (),
    ) -> Registry:
        """Index ``records``; ``reserved`` names codes a scheme leaves unassigned."""
        order = {scheme: index for index, scheme in enumerate(Scheme)}
        members = tuple(sorted(records, key=lambda rc: (order[rc.scheme], rc.code)))
        by_key: dict[tuple[Scheme, str], ReturnCode] = {}
        by_number: dict[int, ReturnCode] = {}
        for rc in members:
            if (rc.scheme, rc.code) in by_key:
                raise ValueError(f"duplicate code {rc.scheme.value}:{rc.code}")
            by_key[rc.scheme, rc.code] = rc
            if rc.scheme is Scheme.POSRC:
                number = int(rc.code[2:])
                if number in by_number:
                    raise ValueError(f"{rc.code} reuses the number of {by_number[number].code}")
                by_number[number] = rc
        return cls(members, by_key, by_number, {(s, c): t for s, c, t in reserved})

    def __iter__(self) -> Iterator[ReturnCode]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, ReturnCode):
            return False
        return self._by_key.get((item.scheme, item.code)) is item

    def get(self, code: str, *, scheme: Scheme | str) -> ReturnCode:
        """The record for an exactly spelled code; ``UnknownCodeError`` if absent."""
        resolved = to_scheme(scheme) or Scheme.POSRC
        if resolved is Scheme.POSRC:
            return self._native(code)
        found = self._by_key.get((resolved, code))
        if found is None:
            raise self._unknown(code, resolved)
        return found

    def reserved(self, code: str, scheme: Scheme) -> Text | None:
        """What a scheme reserves ``code`` for, if it is reserved."""
        return self._reserved.get((scheme, code))

    def lookup(
        self, raw: str | bytes, *, scheme: Scheme | str | None = None, encoding: str | None = None
    ) -> ReturnCode:
        """Read and resolve one code; see :func:`posrc.lookup`."""
        reading = read(raw, to_scheme(scheme), encoding)
        return self.get(reading.code, scheme=reading.scheme)

    def _native(self, code: str) -> ReturnCode:
        number = int(code[-4:])
        found = self._natives_by_number.get(number)
        if found is None:
            raise UnknownCodeError(
                f"no posrc code has the number {number:04d}", code, Scheme.POSRC.value
            )
        if len(code) > 4 and code[:2] != found.code[:2]:
            raise UnknownCodeError(
                f"{code} is not a posrc code: the number {number:04d} is {found.code} "
                f"({found.message('en')})",
                code,
                Scheme.POSRC.value,
            )
        return found

    def _unknown(self, code: str, scheme: Scheme) -> UnknownCodeError:
        name = SCHEME_NAMES[scheme]
        reserved = self.reserved(code, scheme)
        if reserved is not None:
            message = f"{name} assigns no meaning to {code}: it is {reserved.en}"
        else:
            message = f"{code} is not a known {name} code"
        return UnknownCodeError(message, code, scheme.value)


@functools.cache
def default_registry() -> Registry:
    """Every code posrc ships, built on first use so that import stays cheap."""
    from posrc._data.cup import CUP_CODES
    from posrc._data.iso8583 import ISO8583_CODES, RESERVED_RANGES
    from posrc._data.iso8583_1993 import ISO8583_1993_CODES
    from posrc._data.native import NATIVE_CODES

    reserved = [
        (Scheme.ISO8583, f"{number:02d}", text)
        for first, last, text in RESERVED_RANGES
        for number in range(int(first), int(last) + 1)
    ]
    return Registry.build(
        (*NATIVE_CODES, *CUP_CODES, *ISO8583_CODES, *ISO8583_1993_CODES), reserved
    )
