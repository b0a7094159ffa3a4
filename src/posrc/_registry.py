"""Registries: immutable tables of codes, the default one and the ones users extend."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from posrc._enums import Scheme
from posrc._explain import Explanation, explain_with
from posrc._export import CodeRow, code_rows
from posrc._model import ReturnCode
from posrc._parse import read
from posrc._schemes import VendorScheme, scheme_title
from posrc._text import Text
from posrc.exceptions import UnknownCodeError

if TYPE_CHECKING:
    from typing_extensions import Self

    from posrc._scan import CodeMatch

_BUILT_IN_ORDER = {scheme: index for index, scheme in enumerate(Scheme)}


class Registry:
    """An immutable set of return codes, keyed by scheme and code.

    :meth:`default` is every code posrc ships; the module functions
    (:func:`posrc.lookup`, :func:`posrc.explain`, :func:`posrc.find_codes`)
    read it. :meth:`extend` gives a new registry with more codes, for an
    acquirer's or a terminal vendor's private codes, and leaves the old one
    as it was:

    >>> rows = [
    ...     {"scheme": "lakala", "code": "E1", "canonical": "BL1001",
    ...      "zh": "账户余额不足", "en": "Account balance too low"},
    ...     {"scheme": "lakala", "code": "T7", "canonical": "TM1806",
    ...      "zh": "批次号不符", "en": "Batch number mismatch"},
    ... ]
    >>> registry = Registry.default().extend(rows)
    >>> rc = registry.lookup("e1", scheme="lakala")
    >>> rc.outcome.value, rc.retry.value, rc.canonical is ReturnCode.INSUFFICIENT_BALANCE
    ('declined', 'after-fix', True)
    >>> registry.explain("RC=T7", scheme="lakala").terminal_action.value
    'sign-on'
    >>> len(registry) - len(Registry.default())
    2

    Vendor codes are read only where ``scheme=`` names their scheme (the
    :class:`posrc.VendorScheme` or its name): without it, the shape of a code
    decides among the built-in schemes, as for :func:`posrc.lookup`. Each
    added code maps onto a native ``canonical`` code that gives its outcome
    and, unless it says otherwise, its retry advice, terminal action, texts
    and advice steps. Natives may be added in the private range 9000-9999
    (``BL9001``); the built-in schemes take no new codes. The rules are
    listed on :meth:`extend`; a record that breaks one raises
    :class:`posrc.RegistryError`.

    A registry never changes, so one may be shared by any number of threads;
    it pickles, and the default one unpickles as itself.

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_by_key", "_members", "_natives_by_number", "_reserved", "_vendors")

    _members: tuple[ReturnCode, ...]
    _by_key: dict[tuple[Scheme | VendorScheme, str], ReturnCode]
    _natives_by_number: dict[int, ReturnCode]
    _reserved: dict[tuple[Scheme, str], Text]
    _vendors: dict[str, VendorScheme]

    def __init__(
        self, records: Iterable[ReturnCode], reserved: Mapping[tuple[Scheme, str], Text]
    ) -> None:
        # Not for users, who start from Registry.default(): extend() checks what it adds.
        members = tuple(sorted(records, key=_order))
        by_key: dict[tuple[Scheme | VendorScheme, str], ReturnCode] = {}
        by_number: dict[int, ReturnCode] = {}
        vendors: dict[str, VendorScheme] = {}
        for rc in members:
            if (rc.scheme, rc.code) in by_key:
                raise ValueError(f"duplicate code {rc.scheme.value}:{rc.code}")
            by_key[rc.scheme, rc.code] = rc
            if isinstance(rc.scheme, VendorScheme):
                vendors.setdefault(rc.scheme.name, rc.scheme)
            elif rc.scheme is Scheme.POSRC:
                number = int(rc.code[2:])
                if number in by_number:
                    raise ValueError(f"{rc.code} reuses the number of {by_number[number].code}")
                by_number[number] = rc
        fields = zip(
            self.__slots__, (by_key, members, by_number, dict(reserved), vendors), strict=True
        )
        for name, value in fields:
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __repr__(self) -> str:
        vendors = ", ".join(scheme.name for scheme in self.vendor_schemes)
        return f"<Registry of {len(self)} codes{'; vendor schemes ' + vendors if vendors else ''}>"

    def __reduce__(self) -> tuple[Any, ...]:
        if self is default_registry():
            return (default_registry, ())
        return (Registry, (self._members, self._reserved))

    def __copy__(self) -> Self:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> Self:
        return self

    @classmethod
    def default(cls) -> Registry:
        """The registry of every code posrc ships: always the same object.

        >>> Registry.default() is Registry.default()
        True
        """
        return default_registry()

    def extend(self, records: Iterable[ReturnCode | Mapping[str, object]]) -> Registry:
        """A new registry with this one's codes and ``records``.

        Each record is a :class:`posrc.ReturnCode` or a row: a mapping of
        field names to plain values, such as one line of a CSV file or one
        object of a JSON list, already loaded (posrc reads no file). The
        fields of a row:

        * ``scheme`` (required): ``"posrc"`` or a vendor scheme's name, or
          the scheme itself;
        * ``code`` (required): a vendor code, one to six ASCII letters or
          digits (``E1``), or a native code in the private range 9000-9999
          whose letters name a category (``BL9001``);
        * ``canonical`` (required): the native code for the condition
          (``BL1001``), or the record itself;
        * ``zh`` and ``en`` (required): the meaning in Chinese and English;
        * ``outcome``: the canonical code's, which is also the default;
        * ``retry`` and ``terminal_action``: the canonical code's by default;
        * ``display_zh`` and ``display_en``, ``cardholder_zh`` and
          ``cardholder_en``: the terminal and cardholder texts, both
          languages or neither (the canonical code's by default);
        * ``category``: a check, which must be the canonical code's category;
        * ``name``, ``notes`` and ``source`` (a title): free text.

        Enum fields take a member, its value or its name (``"after-fix"``,
        ``"AFTER_FIX"``); other fields are strings.
        Empty values (``""`` or ``None``) count as absent, as empty CSV cells
        do. A vendor scheme named only by a string is created with that name as
        its title, unless a :class:`posrc.VendorScheme` of that name is
        already in the registry or among the records.

        Every added code must map onto a native ``canonical`` code of this
        registry (or one added in the same call) and keep its outcome; its
        retry advice must fit that outcome (``never`` for a card to retain,
        ``after-query`` for an unknown result, ``not-needed`` for a plain
        approval); a card to retain keeps the ``retain-card`` action; an
        added native code refines a code of its own category; and no code,
        or native number, may be taken already.

        >>> from posrc import Outcome, Retry
        >>> lakala = VendorScheme("lakala", "Lakala")
        >>> record = ReturnCode(
        ...     "E1", lakala, Outcome.DECLINED, Retry.AFTER_FIX,
        ...     meaning=Text("账户余额不足", "Account balance too low"),
        ...     canonical=ReturnCode.INSUFFICIENT_BALANCE,
        ... )
        >>> registry = Registry.default().extend([record])
        >>> registry.lookup("E1", scheme=lakala) is record
        True

        Raises :class:`posrc.RegistryError` for a record that
        cannot join, naming it and the field at fault, and ``TypeError``
        for an item that is neither a record nor a mapping.
        """
        from posrc._records import checked_records  # loaded on first use: import stays cheap

        added = checked_records(self, records)
        return Registry((*self._members, *added), self._reserved)

    @property
    def vendor_schemes(self) -> tuple[VendorScheme, ...]:
        """The vendor schemes that this registry holds codes of, by name."""
        return tuple(self._vendors[name] for name in sorted(self._vendors))

    def scheme(self, scheme: Scheme | VendorScheme | str) -> Scheme | VendorScheme:
        """The scheme that ``scheme`` names here: a built-in one or a vendor's.

        >>> Registry.default().scheme("CUP")
        <Scheme.CUP: 'cup'>

        ``ValueError`` for a name or vendor scheme this registry does not
        hold, ``TypeError`` for anything but a scheme or a ``str``.
        """
        if isinstance(scheme, Scheme):
            return scheme
        if isinstance(scheme, VendorScheme):
            if self._vendors.get(scheme.name) == scheme:
                return self._vendors[scheme.name]
            raise ValueError(f"this registry holds no codes of the vendor scheme {scheme.name!r}")
        if not isinstance(scheme, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"scheme must be a Scheme, a VendorScheme or a str, not {type(scheme).__name__}"
            )
        name = scheme.strip().lower()
        if name in self._vendors:
            return self._vendors[name]
        try:
            return Scheme(name)
        except ValueError:
            known = ", ".join(repr(s.value) for s in (*Scheme, *self.vendor_schemes))
            raise ValueError(f"unknown scheme {scheme!r}; expected one of {known}") from None

    def __iter__(self) -> Iterator[ReturnCode]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, ReturnCode):
            return False
        return self._by_key.get((item.scheme, item.code)) is item

    def get(self, code: str, *, scheme: Scheme | VendorScheme | str) -> ReturnCode:
        """The record for an exactly spelled code; ``UnknownCodeError`` if absent.

        >>> Registry.default().get("A0", scheme="cup").message("en")
        'MAC verification failed'
        """
        resolved = self.scheme(scheme)
        if resolved is Scheme.POSRC:
            return self._native(code)
        found = self._by_key.get((resolved, code))
        if found is None:
            raise self._unknown(code, resolved)
        return found

    def reserved(self, code: str, scheme: Scheme) -> Text | None:
        """What a scheme reserves ``code`` for, if it is reserved.

        >>> Registry.default().reserved("45", Scheme.ISO8583).en
        'reserved for ISO use'
        """
        return self._reserved.get((scheme, code))

    def lookup(
        self,
        raw: str | bytes,
        *,
        scheme: Scheme | VendorScheme | str | None = None,
        encoding: str | None = None,
    ) -> ReturnCode:
        """Read and resolve one code, as :func:`posrc.lookup` does over this registry."""
        reading = read(raw, None if scheme is None else self.scheme(scheme), encoding)
        return self.get(reading.code, scheme=reading.scheme)

    def explain(
        self,
        raw: str | bytes,
        *,
        scheme: Scheme | VendorScheme | str | None = None,
        encoding: str | None = None,
    ) -> Explanation:
        """Explain ``raw``, as :func:`posrc.explain` does over this registry."""
        return explain_with(self, raw, scheme, encoding)

    def find_codes(
        self,
        text: str | bytes,
        *,
        scheme: Scheme | VendorScheme | str | None = None,
        encoding: str | None = None,
    ) -> list[CodeMatch]:
        """Every code in ``text``, as :func:`posrc.find_codes` finds them in this registry."""
        from posrc._scan import scan  # loaded on first use: import stays cheap

        return scan(self, text, scheme, encoding)

    def rows(self) -> list[CodeRow]:
        """Every code as a row of plain values, as ``posrc export`` writes them.

        >>> rows = Registry.default().rows()
        >>> len(rows) == len(Registry.default())
        True
        >>> a0 = next(row for row in rows if (row["scheme"], row["code"]) == ("cup", "A0"))
        >>> a0["outcome"], a0["terminal_action"], a0["first_step_en"]
        ('error', 'sign-on', 'Sign the terminal on again, then start the transaction again.')

        The keys are :data:`posrc.frames.COLUMNS`, described on :doc:`/data`;
        an extended registry gives its own codes' rows too.

        .. versionadded:: 0.1.0
        """
        return code_rows(self)

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

    def _unknown(self, code: str, scheme: Scheme | VendorScheme) -> UnknownCodeError:
        name = scheme_title(scheme)
        reserved = self.reserved(code, scheme) if isinstance(scheme, Scheme) else None
        if reserved is not None:
            message = f"{name} assigns no meaning to {code}: it is {reserved.en}"
        else:
            message = f"{code} is not a known {name} code"
        return UnknownCodeError(message, code, scheme.value)


def _order(rc: ReturnCode) -> tuple[int, str, str]:
    """Built-in schemes in their declared order, then vendor schemes by name."""
    scheme = rc.scheme
    rank = len(_BUILT_IN_ORDER) if isinstance(scheme, VendorScheme) else _BUILT_IN_ORDER[scheme]
    return (rank, scheme.value, rc.code)


@functools.cache
def default_registry() -> Registry:
    """Every code posrc ships, built on first use so that import stays cheap."""
    from posrc._data.cup import CUP_CODES
    from posrc._data.iso8583 import ISO8583_CODES, RESERVED_RANGES
    from posrc._data.iso8583_1993 import ISO8583_1993_CODES
    from posrc._data.native import NATIVE_CODES

    reserved = {
        (Scheme.ISO8583, f"{number:02d}"): text
        for first, last, text in RESERVED_RANGES
        for number in range(int(first), int(last) + 1)
    }
    return Registry((*NATIVE_CODES, *CUP_CODES, *ISO8583_CODES, *ISO8583_1993_CODES), reserved)
