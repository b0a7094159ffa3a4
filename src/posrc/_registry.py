"""Registries: the public face of a table of codes, the default one and the ones users extend."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

import attrs

from posrc._enums import Scheme
from posrc._explain import Explanation, explain, explain_reading, read_code
from posrc._model import ReturnCode, Text, VendorScheme
from posrc._scan import CodeMatch, iter_codes
from posrc._table import CodeTable

if TYPE_CHECKING:
    from typing_extensions import Self


@attrs.frozen(eq=False, repr=False, slots=False)
class Registry(CodeTable):
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

    def __repr__(self) -> str:
        vendors = ", ".join(scheme.name for scheme in self.vendor_schemes)
        return f"<Registry of {len(self)} codes{'; vendor schemes ' + vendors if vendors else ''}>"

    def __reduce__(self) -> tuple[Any, ...]:
        if _DEFAULT and self is _DEFAULT[0]:
            return (default_registry, ())
        return (_rebuilt, (tuple(self), self._reserved))

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
        * ``outcome``: a check, which must be the canonical code's outcome;
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
        approval); a card to retain keeps the ``retain-card`` action; the
        cardholder text of a card to retain or a risk code does not name its
        reason (fraud, security, a lost or stolen card, the law); an
        added native code refines a code of its own category; and no code,
        or native number, may be taken already.

        >>> lakala = VendorScheme("lakala", "Lakala")
        >>> record = ReturnCode(
        ...     "E1", lakala, ReturnCode.INSUFFICIENT_BALANCE,
        ...     meaning=Text("账户余额不足", "Account balance too low"),
        ... )
        >>> registry = Registry.default().extend([record])
        >>> registry.lookup("E1", scheme=lakala) is record
        True

        Raises :class:`posrc.RegistryError` for a record that
        cannot join, naming it and the field at fault, and ``TypeError``
        for an item that is neither a record nor a mapping.
        """
        from posrc._extend import checked_records  # loaded on first use: import stays cheap

        added = checked_records(self, records)
        return Registry.build((*self, *added), self._reserved)

    def lookup(
        self,
        raw: str | bytes | bytearray | memoryview,
        *,
        scheme: Scheme | VendorScheme | str | None = None,
        encoding: str | None = None,
        api: str | None = None,
        field: str | None = None,
    ) -> ReturnCode:
        """Read and resolve one code, as :func:`posrc.lookup` does over this registry."""
        if encoding is None and (scheme is None or type(scheme) is str or type(scheme) is Scheme):
            found = self._exactly(raw, scheme)
            if found is not None:
                return (
                    found
                    if api is None and field is None
                    else self.reading(found, api=api, field=field)
                )
        wanted = None if scheme is None else self.scheme(scheme)
        reading = read_code(self, raw, wanted, encoding)[1]
        found = self.get(reading.code, scheme=reading.scheme)
        return self.reading(found, api=api, field=field)

    def explain(
        self,
        raw: str | bytes | bytearray | memoryview,
        *,
        scheme: Scheme | VendorScheme | str | None = None,
        encoding: str | None = None,
        api: str | None = None,
        field: str | None = None,
    ) -> Explanation:
        """Explain ``raw``, as :func:`posrc.explain` does over this registry."""
        wanted = None if scheme is None else self.scheme(scheme)
        if api is not None or field is not None:
            return explain_reading(explain(self, raw, wanted, encoding), self, api, field)
        if encoding is None and self._exactly(raw, wanted) is not None:
            # Bounded: only the exact spellings of this registry's codes are kept.
            exact = cast("str | bytes", raw)  # _exactly() reads nothing else
            found = self.memo.get((wanted, exact))
            if not isinstance(found, Explanation):
                found = self.memo[wanted, exact] = explain(self, exact, wanted)
            # An equal input that is another object gets an answer of its own.
            return found if found.raw is raw else attrs.evolve(found, raw=exact)
        return explain(self, raw, wanted, encoding)

    def _exactly(self, raw: object, scheme: object) -> ReturnCode | None:
        """The code that ``raw`` spells exactly, under this scheme argument, if any."""
        if type(raw) is str:
            return self.spellings.get(scheme, _NO_SPELLINGS).get(raw)
        if type(raw) is bytes:
            return self.byte_spellings.get(scheme, _NO_BYTE_SPELLINGS).get(raw)
        return None

    def find_codes(
        self,
        text: str | bytes | bytearray | memoryview,
        *,
        scheme: Scheme | VendorScheme | str | None = None,
        encoding: str | None = None,
    ) -> list[CodeMatch]:
        """Every code in ``text``, as :func:`posrc.find_codes` finds them in this registry."""
        wanted = None if scheme is None else self.scheme(scheme)
        return list(iter_codes(self, text, wanted, encoding))


_NO_SPELLINGS: dict[str, ReturnCode] = {}
_NO_BYTE_SPELLINGS: dict[bytes, ReturnCode] = {}

# The default registry once built: it is built once, under the lock, even when
# many threads ask for it at the same time.
_DEFAULT: list[Registry] = []
_BUILDING = threading.Lock()


def default_registry() -> Registry:
    """Every code posrc ships, built once on first use so that import stays cheap."""
    if not _DEFAULT:
        with _BUILDING:  # a thread that waited here finds the registry built
            _DEFAULT[:] = _DEFAULT or [_built_in()]
    return _DEFAULT[0]


def _built_in() -> Registry:
    from posrc._data.cup import CUP_CODES
    from posrc._data.iso8583 import ISO8583_CODES, RESERVED_RANGES
    from posrc._data.iso8583_1993 import ISO8583_1993_CODES
    from posrc._data.native import NATIVE_CODES
    from posrc._data.wallet_records import WALLET_CODES

    reserved = {
        (Scheme.ISO8583, f"{number:02d}"): text
        for first, last, text in RESERVED_RANGES
        for number in range(int(first), int(last) + 1)
    }
    codes = (*NATIVE_CODES, *CUP_CODES, *ISO8583_CODES, *ISO8583_1993_CODES, *WALLET_CODES)
    return Registry.build(codes, reserved)


def _rebuilt(
    records: Iterable[ReturnCode], reserved: Mapping[tuple[Scheme, str], Text]
) -> Registry:
    return Registry.build(records, reserved)
