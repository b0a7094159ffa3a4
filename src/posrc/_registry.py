"""Registries: the public face of a table of codes, the default one and the ones users extend."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

import attrs

from posrc._enums import Scheme
from posrc._explain import (
    Explanation,
    explain,
    explain_foreign_native,
    explain_reading,
    read_code,
)
from posrc._export import CodeRow, code_rows
from posrc._model import ReturnCode, Text, VendorScheme
from posrc._plain import plain_foreign_native, plain_spelling
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
            spelled = self._spelled(raw, scheme)
            if spelled is not None:
                found = spelled[0]
                if api is None and field is None:
                    return found
                return self.reading(found, api=api, field=field)
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
        if wanted is None and type(raw) is str:
            foreign = plain_foreign_native(self, raw)
            if foreign is not None:  # refused as the reader would, without raising
                letters, start = foreign
                return explain_foreign_native(raw, letters, start)
        spelled = None if encoding is not None else self._spelled(raw, wanted)
        if spelled is None:
            return explain(self, raw, wanted, encoding)
        # Bounded: only the exact spellings of this registry's codes are kept.
        spelling = spelled[1]
        found = self._explained(wanted, spelling)
        if spelling == raw:  # the input spelled exactly: the answer kept for it
            return found
        # Another input that reads as the same spelling gets an answer of its own.
        given = cast("str | bytes", raw)
        return Explanation(given, found.return_code, found.scheme, found.code, found.notices)

    def _explained(
        self, wanted: Scheme | VendorScheme | None, spelling: str | bytes
    ) -> Explanation:
        """The explanation of an exact spelling, made once."""
        memo = self._memo if isinstance(spelling, str) else self._byte_memo
        kept = memo.setdefault(wanted, {})  # one per scheme: setdefault keeps the first
        found = kept.get(spelling)  # type: ignore[arg-type]
        if not isinstance(found, Explanation):
            found = kept[spelling] = explain(self, spelling, wanted)  # type: ignore[index]
        return found

    def _spelled(self, raw: object, scheme: object) -> tuple[ReturnCode, str | bytes] | None:
        """The code that ``raw`` spells, under this scheme argument, and its exact spelling.

        ``raw`` is a code as stored, or one with blanks around it, in other
        letter cases, for a native code with its separator (``" bl-1001 "``),
        or after a label (``"应答码：51"``); a ``str``, or ``bytes`` in ASCII.
        The reader reads each such input as the code itself, so the index
        answers without reading it; the spelling is of ``raw``'s type.
        Anything else is left to the reader.
        """
        if type(raw) is bytes:
            found = self._byte_spellings.get(scheme, _NO_BYTE_SPELLINGS).get(raw)
            if found is not None:
                return found, raw
            if not raw.isascii():
                return None
            # ASCII bytes are read as UTF-8, the reader's first codec: as the same text.
            plain = plain_spelling(raw.decode("ascii"), self._spellings.get(scheme, _NO_SPELLINGS))
            return None if plain is None else (plain[0], plain[1].encode("ascii"))
        if type(raw) is not str:
            return None
        spellings = self._spellings.get(scheme, _NO_SPELLINGS)
        found = spellings.get(raw)
        if found is not None:
            return found, raw
        return plain_spelling(raw, spellings)

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
