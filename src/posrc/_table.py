"""The immutable table of codes behind a registry: its indexes and exact look-ups."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple

import attrs

from posrc import _grammar as grammar
from posrc._agreement import Agreement
from posrc._enums import LEAST_CERTAIN_FIRST, WALLET_SCHEMES, Scheme, member
from posrc._model import ReturnCode, Text, VendorScheme, scheme_title
from posrc.exceptions import UnknownCodeError

if TYPE_CHECKING:
    from typing_extensions import Self

Spellings = dict[object, dict[str, ReturnCode]]
ByteSpellings = dict[object, dict[bytes, ReturnCode]]
Explained = dict[object, dict[str, object]]
ByteExplained = dict[object, dict[bytes, object]]

_BUILT_IN_ORDER = {scheme: index for index, scheme in enumerate(Scheme)}
WALLET_SPELLING = Text("钱包代码须按原样拼写（区分大小写）", "wallet codes keep their spelling")
"""Why a wallet code in another letter case is not read as that code."""
# The schemes whose codes a bare code may belong to when no scheme is named:
# the shape then decides (two characters: UnionPay; three digits: ISO 8583:1993).
SHAPE_SCHEMES = (Scheme.POSRC, Scheme.CUP, Scheme.ISO8583_1993)


@attrs.frozen(eq=False, repr=False, slots=False)
class CodeTable:
    """Codes by scheme and exact spelling; never changes once built.

    The exact-spelling index serves the fast path of every look-up: each
    code as written, in ``str`` and in ``bytes``, by every accepted spelling
    of the scheme argument.
    """

    _members: tuple[ReturnCode, ...]
    _by_key: dict[tuple[Scheme | VendorScheme, str], ReturnCode]
    _natives: dict[str, ReturnCode]
    _reserved: dict[tuple[Scheme, str], Text]
    _vendors: dict[str, VendorScheme]
    _spellings: Spellings
    _byte_spellings: ByteSpellings
    _families: dict[str, tuple[Scheme, ...]]
    _apis: dict[Scheme, tuple[str, ...]]
    # Explanations of exact spellings by scheme argument, kept once made: bounded by
    # the spellings. str and bytes keys never share a dict, so that python -bb finds
    # nothing.
    _memo: Explained = attrs.field(init=False, factory=lambda: {None: {}})
    _byte_memo: ByteExplained = attrs.field(init=False, factory=ByteExplained)

    @classmethod
    def build(
        cls, records: Iterable[ReturnCode], reserved: Mapping[tuple[Scheme, str], Text]
    ) -> Self:
        """A table of ``records``: ``ValueError`` for a code or native number taken twice."""
        members = tuple(sorted(records, key=_order))
        by_key: dict[tuple[Scheme | VendorScheme, str], ReturnCode] = {}
        natives: dict[str, ReturnCode] = {}
        vendors: dict[str, VendorScheme] = {}
        spellings: Spellings = {None: {}}
        for rc in members:
            if (rc.scheme, rc.code) in by_key:
                raise ValueError(f"duplicate code {rc.scheme.value}:{rc.code}")
            by_key[rc.scheme, rc.code] = rc
            written = [rc.code]
            if isinstance(rc.scheme, VendorScheme):
                vendors.setdefault(rc.scheme.name, rc.scheme)
            elif rc.scheme is Scheme.POSRC:
                number = rc.code[2:]
                if number in natives:
                    raise ValueError(f"{rc.code} reuses the number of {natives[number].code}")
                natives[rc.code] = natives[number] = rc
                written.append(number)
            for key in _scheme_keys(rc.scheme):
                for spelling in written:
                    spellings.setdefault(key, {})[spelling] = rc
        families, apis = _wallet_index(members)
        for code, schemes in families.items():
            # A word-shaped wallet code is read without a scheme only where one family has it.
            if len(schemes) == 1 and grammar.WALLET_WORD().fullmatch(code):
                spellings[None].setdefault(code, by_key[schemes[0], code])
        byte_spellings: ByteSpellings = {
            key: {spelling.encode("ascii"): rc for spelling, rc in table.items()}
            for key, table in spellings.items()
        }
        return cls(
            members,
            by_key,
            natives,
            dict(reserved),
            vendors,
            spellings,
            byte_spellings,
            families,
            apis,
        )

    @property
    def vendor_schemes(self) -> tuple[VendorScheme, ...]:
        """The vendor schemes that this registry holds codes of, by name."""
        return tuple(self._vendors[name] for name in sorted(self._vendors))

    def scheme(self, scheme: Scheme | VendorScheme | str) -> Scheme | VendorScheme:
        """The scheme that ``scheme`` names here: a built-in one or a vendor's.

        >>> from posrc import Registry
        >>> Registry.default().scheme("CUP")
        <Scheme.CUP: 'cup'>

        ``ValueError`` for a name or vendor scheme this registry does not
        hold, ``TypeError`` for anything but a scheme or a ``str``.
        """
        if isinstance(scheme, VendorScheme):
            if self._vendors.get(scheme.name) == scheme:
                return self._vendors[scheme.name]
            raise ValueError(f"this registry holds no codes of the vendor scheme {scheme.name!r}")
        if isinstance(scheme, str) and not isinstance(scheme, Scheme):  # pyright: ignore[reportUnnecessaryIsInstance]
            vendor = self._vendors.get(scheme.strip().lower())
            if vendor is not None:
                return vendor
        try:
            return member(Scheme, scheme)
        except TypeError:
            raise TypeError(
                f"scheme must be a Scheme, a VendorScheme or a str, not {type(scheme).__name__}"
            ) from None
        except ValueError as error:
            if not self._vendors:
                raise
            vendors = ", ".join(repr(name) for name in sorted(self._vendors))
            raise ValueError(f"{error}, {vendors}") from None

    def __iter__(self) -> Iterator[ReturnCode]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, ReturnCode):
            return False
        return self._by_key.get((item.scheme, item.code)) is item

    def get(self, code: str, *, scheme: Scheme | VendorScheme | str) -> ReturnCode:
        """The record for a code spelled exactly as stored; ``UnknownCodeError`` if absent.

        Nothing is folded, stripped or upper-cased here: ``get`` is for codes
        already read (use ``lookup`` for raw input). A native code may be
        given by its four digits alone.

        >>> from posrc import Registry
        >>> Registry.default().get("A0", scheme="cup").message("en")
        'MAC verification failed'
        """
        resolved = self.scheme(scheme)
        if not isinstance(code, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"code must be a str, not {type(code).__name__}")
        if resolved is Scheme.POSRC:
            return self._native(code)
        found = self._by_key.get((resolved, code))
        if found is None:
            raise self._unknown(code, resolved)
        return found

    def find(self, code: str, scheme: Scheme | VendorScheme) -> ReturnCode | None:
        """The record for a code already read in ``scheme``, or ``None``."""
        if scheme is Scheme.POSRC:
            return self._natives.get(code)
        return self._by_key.get((scheme, code))

    def families(self, code: str) -> tuple[Scheme, ...]:
        """The wallet schemes that define ``code``, spelled exactly.

        >>> from posrc import Registry
        >>> Registry.default().families("SUCCESS")
        (<Scheme.WECHATPAY: 'wechatpay'>, <Scheme.SHOUQIANBA: 'shouqianba'>)
        """
        return self._families.get(code, ())

    def sole_family(self, code: str) -> Scheme | None:
        """The one wallet scheme that defines ``code``, spelled exactly; ``None`` if none
        or several do.

        >>> from posrc import Registry
        >>> Registry.default().sole_family("USERPAYING"), Registry.default().sole_family("SUCCESS")
        (<Scheme.WECHATPAY: 'wechatpay'>, None)
        """
        families = self._families.get(code, ())
        return families[0] if len(families) == 1 else None

    def other_cases(self, code: str) -> tuple[tuple[str, tuple[Scheme, ...]], ...]:
        """The other wallet codes spelled like ``code`` but for letter case, each with
        the schemes that define it.

        >>> from posrc import Registry
        >>> Registry.default().other_cases("userpaying")
        (('USERPAYING', (<Scheme.WECHATPAY: 'wechatpay'>,)),)
        """
        return tuple(
            (spelling, self._families[spelling])
            for spelling in self._cases.get(code.upper(), ())
            if spelling != code
        )

    def wallet_word(self, code: str) -> bool:
        """Whether a wallet code is spelled as ``code``, but for letter case.

        >>> from posrc import Registry
        >>> Registry.default().wallet_word("userpaying"), Registry.default().wallet_word("ZZ0001")
        (True, False)
        """
        return code.upper() in self._cases

    @functools.cached_property
    def _cases(self) -> dict[str, tuple[str, ...]]:
        """The wallet codes by their upper-case form, built on first use."""
        cases: dict[str, tuple[str, ...]] = {}
        for code in sorted(self._families):
            cases[code.upper()] = (*cases.get(code.upper(), ()), code)
        return cases

    def reply_fields(self, scheme: Scheme) -> frozenset[str]:
        """The reply fields that ``scheme``'s codes stand in, by their own name
        (``biz_response.data.status`` is ``status``).

        >>> from posrc import Registry
        >>> sorted(Registry.default().reply_fields(Scheme.ALIPAY))
        ['action', 'code', 'retry_flag', 'sub_code', 'trade_status']
        """
        return self._reply_fields.get(scheme, frozenset())

    @functools.cached_property
    def _reply_fields(self) -> dict[Scheme, frozenset[str]]:
        fields: dict[Scheme, set[str]] = {}
        for rc in self._members:
            if isinstance(rc.scheme, Scheme) and rc.scheme in WALLET_SCHEMES:
                names = fields.setdefault(rc.scheme, set())
                names.update(reading.field.rsplit(".", 1)[-1] for reading in rc.readings)
        return {scheme: frozenset(names) for scheme, names in fields.items()}

    def reading(self, rc: ReturnCode, *, api: str | None, field: str | None) -> ReturnCode:
        """The reading of ``rc`` for one vendor API or reply field.

        Without either, ``rc`` itself: for a code whose meaning depends on
        them, its least certain reading. Where several readings fit, the
        least certain of them, one with a ``follow_up`` first. ``ValueError``
        for an API that ``rc``'s scheme does not have; ``UnknownCodeError``
        where no reading of ``rc`` fits.

        >>> from posrc import Registry
        >>> registry = Registry.default()
        >>> rc = registry.get("SYSTEMERROR", scheme="wechatpay")
        >>> registry.reading(rc, api="reverse", field=None).follow_up.call
        'reverse'
        """
        if api is None and field is None:
            return rc
        scheme = rc.scheme
        if api is not None and not isinstance(api, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"api must be a str, not {type(api).__name__}")
        if field is not None and not isinstance(field, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"field must be a str, not {type(field).__name__}")
        known = self._apis.get(scheme, ()) if isinstance(scheme, Scheme) else ()
        if api is not None and api not in known:
            names = ", ".join(map(repr, known)) or "none"
            raise ValueError(f"{scheme_title(scheme)} has no API {api!r}; its APIs: {names}")
        fitting = [
            r
            for r in rc.readings
            if (api is None or r.api in ("", api)) and (field is None or r.field == field)
        ]
        if not fitting:
            wanted = " and ".join(
                f"{what} {value!r}" for what, value in (("API", api), ("field", field)) if value
            )
            raise UnknownCodeError(
                f"{rc.code} has no {scheme_title(scheme)} reading for the {wanted}",
                rc.code,
                scheme.value,
            )
        # Among equally uncertain readings, one that says what to do next (its follow-up).
        return min(
            fitting, key=lambda r: (LEAST_CERTAIN_FIRST.index(r.outcome), r.follow_up is None)
        )

    def reserved(self, code: str, scheme: Scheme) -> Text | None:
        """What a scheme reserves ``code`` for, if it is reserved.

        >>> from posrc import Registry
        >>> Registry.default().reserved("45", Scheme.ISO8583).en
        'reserved for ISO use'
        """
        return self._reserved.get((scheme, code))

    @functools.cached_property
    def agreement(self) -> Agreement:
        """The phrase index of this table's codes, built on first use."""
        # Two threads may both build it; either result is the same index. Wallet codes stand
        # in their own reply fields, never before a message, so their texts are left out.
        return Agreement.of(rc for rc in self._members if rc.scheme not in WALLET_SCHEMES)

    def _native(self, code: str) -> ReturnCode:
        found = self._natives.get(code)
        if found is not None:
            return found
        number = code[2:] if len(code) == 6 else code
        other = self._natives.get(number) if number.isascii() and number.isdigit() else None
        if other is not None and code[:2].isascii() and code[:2].isalpha() and code[:2].isupper():
            raise UnknownCodeError(
                f"{code} is not a posrc code: the number {number} is {other.code} "
                f"({other.message('en')})",
                code,
                Scheme.POSRC.value,
            )
        raise UnknownCodeError(f"{code!r} is not a known posrc code", code, Scheme.POSRC.value)

    def _unknown(self, code: str, scheme: Scheme | VendorScheme) -> UnknownCodeError:
        name = scheme_title(scheme)
        reserved = self.reserved(code, scheme) if isinstance(scheme, Scheme) else None
        spelled = tuple(
            other
            for other, schemes in self.other_cases(code)
            if grammar.spelled_exactly(scheme) and scheme in schemes
        )
        if reserved is not None:
            message = f"{name} assigns no meaning to {code}: it is {reserved.en}"
        else:
            message = f"{code} is not a known {name} code"
        if spelled:
            message += f"; {WALLET_SPELLING.en}: did you mean {spelled[0]!r}?"
        return UnknownCodeError(message, code, scheme.value, spelled)


class FastIndexes(NamedTuple):
    """What the module functions answer from at once, for the default registry."""

    unnamed: dict[str, ReturnCode]
    """Codes by exact spelling when no scheme is named."""
    named: Spellings
    """Codes by scheme argument, then exact spelling."""
    explained: dict[str, object]
    """The explanations of exact spellings made so far when no scheme is named
    (see ``CodeTable``)."""


def fast_indexes(table: CodeTable) -> FastIndexes:
    """The indexes that ``table`` answers exact spellings from, for the module
    functions' fast path only: they are the table's own, not copies."""
    spellings = table._spellings  # pyright: ignore[reportPrivateUsage]
    memo = table._memo  # pyright: ignore[reportPrivateUsage]
    return FastIndexes(spellings[None], spellings, memo[None])


def _wallet_index(
    members: tuple[ReturnCode, ...],
) -> tuple[dict[str, tuple[Scheme, ...]], dict[Scheme, tuple[str, ...]]]:
    """The wallet schemes of each code string, and each wallet scheme's API names."""
    families: dict[str, tuple[Scheme, ...]] = {}
    apis: dict[Scheme, dict[str, None]] = {}
    for rc in members:
        scheme = rc.scheme
        if isinstance(scheme, Scheme) and scheme in WALLET_SCHEMES:
            families[rc.code] = (*families.get(rc.code, ()), scheme)
            names = apis.setdefault(scheme, {})
            names.update(dict.fromkeys(sorted(r.api for r in rc.readings if r.api)))
    return families, {scheme: tuple(sorted(names)) for scheme, names in apis.items()}


def _scheme_keys(scheme: Scheme | VendorScheme) -> list[object]:
    """Every scheme argument under which ``scheme``'s codes are found by exact spelling."""
    if isinstance(scheme, VendorScheme):
        return [scheme, scheme.name]
    # A Scheme is a str enum: Scheme.CUP and "cup" are one key.
    return [scheme, None] if scheme in SHAPE_SCHEMES else [scheme]


def _order(rc: ReturnCode) -> tuple[int, str, str]:
    """Built-in schemes in their declared order, then vendor schemes by name."""
    scheme = rc.scheme
    rank = len(_BUILT_IN_ORDER) if isinstance(scheme, VendorScheme) else _BUILT_IN_ORDER[scheme]
    return (rank, scheme.value, rc.code)
