"""Checking the codes a user adds to a registry, given as records or as plain rows.

The fields of a row and the rules every added code must follow are listed on
:meth:`posrc.Registry.extend`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, TypeVar, cast

import attrs

from posrc._enums import Actor, Category, Outcome, Retry, Scheme, TerminalAction, member
from posrc._grammar import VENDOR_CODE, VENDOR_CODE_SHAPE
from posrc._model import (
    Advice,
    ReturnCode,
    Source,
    Step,
    Text,
    VendorScheme,
    reveals_risk_reason,
    withholds_reason,
)
from posrc.exceptions import RegistryError, UnknownCodeError

if TYPE_CHECKING:
    from posrc._registry import Registry

PRIVATE_NUMBERS = range(9000, 10000)
"""The native numbers left free for users' own codes."""

_REQUIRED = ("scheme", "code", "canonical", "zh", "en")
_OPTIONAL = (
    "outcome",
    "retry",
    "terminal_action",
    "display_zh",
    "display_en",
    "cardholder_zh",
    "cardholder_en",
    "category",
    "name",
    "notes",
    "source",
)
_FIELDS = frozenset(_REQUIRED + _OPTIONAL)

_E = TypeVar("_E", bound=Enum)


def checked_records(
    base: Registry, records: Iterable[ReturnCode | Mapping[str, object]]
) -> tuple[ReturnCode, ...]:
    """The records to add to ``base``, each built and checked.

    Native codes are taken first, so that a vendor code may name a native
    code added in the same call as its canonical.
    """
    if isinstance(records, (str, bytes, Mapping)):
        raise TypeError("extend() takes an iterable of records or rows, not a single one")
    items: list[object] = list(records)
    schemes = {scheme.name: scheme for scheme in base.vendor_schemes}
    natives: dict[str, ReturnCode] = {}
    taken: dict[tuple[Scheme | VendorScheme, str], int] = {}
    numbers: dict[int, int] = {}
    added: list[ReturnCode] = []
    for row, item in enumerate(items):  # named objects first: a bare name means the same scheme
        if isinstance(item, ReturnCode) and isinstance(item.scheme, VendorScheme):
            _scheme(row, item.scheme, schemes)
        elif isinstance(scheme := (_fields(item) or {}).get("scheme"), VendorScheme):
            _scheme(row, scheme, schemes)
    order = sorted(
        range(len(items)), key=lambda i: _scheme_of(i, items[i], schemes) is not Scheme.POSRC
    )
    for row in order:
        item = items[row]
        if isinstance(item, ReturnCode):
            rc = _checked_object(row, item, base, natives, schemes)
        elif (fields := _fields(item)) is not None:
            rc = _from_row(row, fields, base, natives, schemes)
        else:
            raise TypeError(
                f"records[{row}] is a {type(item).__name__}: expected a ReturnCode or a mapping"
            )
        key = (rc.scheme, rc.code)
        if key in taken:
            raise RegistryError(
                f"duplicate code {rc.scheme.value}:{rc.code}, as in records[{taken[key]}]",
                row,
                "code",
            )
        clash = _clash(base, rc)
        if clash is not None:
            raise RegistryError(
                f"{rc.scheme.value}:{rc.code} is taken: the registry holds {clash!r}", row, "code"
            )
        taken[key] = row
        if rc.scheme is Scheme.POSRC:
            number = int(rc.code[2:])
            if number in numbers:
                raise RegistryError(
                    f"{rc.code} reuses the number of records[{numbers[number]}]", row, "code"
                )
            numbers[number] = row
            natives[rc.code] = rc
        added.append(rc)
    return tuple(added)


def _clash(base: Registry, rc: ReturnCode) -> ReturnCode | None:
    """The record of ``base`` with the same code (for a native, the same number)."""
    if isinstance(rc.scheme, VendorScheme) and rc.scheme not in base.vendor_schemes:
        return None
    try:
        return base.get(rc.code[2:] if rc.scheme is Scheme.POSRC else rc.code, scheme=rc.scheme)
    except UnknownCodeError:
        return None


def _fields(item: object) -> Mapping[str, object] | None:
    """A row's fields; ``None`` for an item that is not a mapping."""
    return cast("Mapping[str, object]", item) if isinstance(item, Mapping) else None


def _scheme_of(
    row: int, item: object, schemes: dict[str, VendorScheme]
) -> Scheme | VendorScheme | None:
    if isinstance(item, ReturnCode):
        return _scheme(row, item.scheme, schemes)
    value = (_fields(item) or {}).get("scheme")
    return None if value in (None, "") else _scheme(row, value, schemes)


def _scheme(row: int, value: object, schemes: dict[str, VendorScheme]) -> Scheme | VendorScheme:
    if isinstance(value, VendorScheme):
        known = schemes.setdefault(value.name, value)
        if known.title != value.title:
            raise RegistryError(
                f"vendor scheme {value.name!r} is already titled {known.title!r}, "
                f"not {value.title!r}",
                row,
                "scheme",
            )
        return known
    if isinstance(value, Scheme):
        scheme: Scheme | VendorScheme = value
    elif isinstance(value, str):
        name = value.strip().lower()
        try:
            scheme = member(Scheme, value)
        except ValueError:
            if name in schemes:
                scheme = schemes[name]
            else:
                try:
                    scheme = schemes.setdefault(name, VendorScheme(name))
                except ValueError as error:
                    raise RegistryError(str(error), row, "scheme") from None
    else:
        raise RegistryError(
            f"expected a scheme name or a VendorScheme, not {type(value).__name__}", row, "scheme"
        )
    if scheme is not Scheme.POSRC and isinstance(scheme, Scheme):
        raise RegistryError(
            f"codes cannot be added to {scheme.value}: add native codes in the private range "
            f"{PRIVATE_NUMBERS.start}-{PRIVATE_NUMBERS.stop - 1}, or name a vendor scheme",
            row,
            "scheme",
        )
    return scheme


def _from_row(
    row: int,
    fields: Mapping[str, object],
    base: Registry,
    natives: dict[str, ReturnCode],
    schemes: dict[str, VendorScheme],
) -> ReturnCode:
    unknown = sorted(str(key) for key in fields if key not in _FIELDS)
    if unknown:
        raise RegistryError(
            f"unknown field; the fields are {', '.join(_REQUIRED + _OPTIONAL)}", row, unknown[0]
        )
    values = {key: value for key, value in fields.items() if value not in (None, "")}
    for key in _REQUIRED:
        if key not in values:
            why = "every code needs its Chinese and English text" if key in ("zh", "en") else ""
            raise RegistryError("missing" + (f": {why}" if why else ""), row, key)
    scheme = _scheme(row, values["scheme"], schemes)
    code = _ascii_upper(row, "code", _text(row, values, "code"))
    canonical = _canonical(row, values["canonical"], base, natives)
    outcome = _member(row, values, "outcome", Outcome)
    if outcome is not None and outcome is not canonical.outcome:
        if canonical.is_pick_up:
            what = f"a pick-up code ({canonical.code}) cannot be marked {outcome.value}"
        else:
            what = f"{outcome.value} crosses the outcome of {canonical.code}"
        raise RegistryError(
            f"{what}: a code's outcome is its canonical code's ({canonical.outcome.value})",
            row,
            "outcome",
        )
    category = _member(row, values, "category", Category)
    if category is not None and category is not canonical.category:
        raise RegistryError(
            f"{category.value} is not the category of the canonical code {canonical.code} "
            f"({canonical.category.value})",
            row,
            "category",
        )
    source = values.get("source")
    rc = ReturnCode(
        code,
        scheme,
        canonical,
        _member(row, values, "retry", Retry),
        meaning=Text(_text(row, values, "zh"), _text(row, values, "en")),
        name=_optional_text(row, values, "name"),
        display=_pair(row, values, "display"),
        cardholder=_pair(row, values, "cardholder"),
        terminal_action=_member(row, values, "terminal_action", TerminalAction),
        source=source if isinstance(source, Source) else _source(row, values),
        notes=_optional_text(row, values, "notes") or "",
    )
    return _checked(row, rc, ("cardholder_zh", "cardholder_en"))


def _checked_object(
    row: int,
    rc: ReturnCode,
    base: Registry,
    natives: dict[str, ReturnCode],
    schemes: dict[str, VendorScheme],
) -> ReturnCode:
    _check_types(row, rc)
    _scheme(row, rc.scheme, schemes)
    _canonical(row, rc.canonical, base, natives)
    for lang in ("zh", "en"):
        if not rc.message(lang).strip():
            raise RegistryError(
                f"the meaning has no {lang!r} text: every code needs Chinese and English",
                row,
                "meaning",
            )
    return _checked(row, rc, ("cardholder", "cardholder"))


# What each field of a record holds; None marks a field that may be left out.
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "code": (str,),
    "scheme": (Scheme, VendorScheme),
    "retry": (Retry, type(None)),
    "meaning": (Text,),
    "name": (str, type(None)),
    "display": (Text, type(None)),
    "cardholder": (Text, type(None)),
    "terminal_action": (TerminalAction, type(None)),
    "advice": (Advice, type(None)),
    "source": (Source, type(None)),
    "notes": (str,),
}


def _check_types(row: int, rc: ReturnCode) -> None:
    """Refuse a record whose fields hold the wrong kind of value, naming the field."""
    fields = {field.alias: getattr(rc, field.name) for field in attrs.fields(ReturnCode)}
    if rc.canonical is rc:
        raise RegistryError(
            "every added code needs a canonical native code, for its outcome and advice; "
            f"this one gives its own outcome ({rc.outcome.value})",
            row,
            "canonical",
        )
    for key, kinds in _FIELD_TYPES.items():
        value = fields[key]
        if not isinstance(value, kinds):
            names = " or ".join("None" if kind is type(None) else kind.__name__ for kind in kinds)
            raise RegistryError(f"expected {names}, not {type(value).__name__}", row, key)
        if isinstance(value, Text) and not _is_text(value):
            raise RegistryError("expected a Text of two str", row, key)
        if isinstance(value, Advice) and not _is_advice(value):
            raise RegistryError("expected an Advice of Step(Actor, Text) steps", row, key)


def _is_text(value: object) -> bool:
    return isinstance(value, Text) and all(
        isinstance(text, str) for text in attrs.astuple(value, recurse=False)
    )


def _is_advice(advice: Advice) -> bool:
    (steps,) = attrs.astuple(advice, recurse=False)
    return isinstance(steps, tuple) and all(_is_step(step) for step in cast("tuple[object]", steps))


def _is_step(step: object) -> bool:
    if not isinstance(step, Step):
        return False
    actor, text = attrs.astuple(step, recurse=False)
    return isinstance(actor, Actor) and _is_text(text)


def _checked(row: int, rc: ReturnCode, cardholder_fields: tuple[str, str]) -> ReturnCode:
    """The checks that rows and records share, once the record is built."""
    canonical = rc.canonical
    if rc.scheme is Scheme.POSRC:
        _check_native_code(row, rc.code, canonical)
    elif VENDOR_CODE().fullmatch(rc.code) is None:
        raise RegistryError(
            f"{rc.code!r} is not a vendor code: a vendor code is {VENDOR_CODE_SHAPE}, upper-case",
            row,
            "code",
        )
    _check_retry(row, rc)
    if rc.is_pick_up and rc.terminal_action is not TerminalAction.RETAIN_CARD:
        raise RegistryError(
            "a pick-up code's terminal action is retain-card", row, "terminal_action"
        )
    if withholds_reason(rc.outcome, rc.category):
        for lang, field in zip(("zh", "en"), cardholder_fields, strict=True):
            if reveals_risk_reason(rc.cardholder_message(lang)):
                raise RegistryError(
                    f"the cardholder text {rc.cardholder_message(lang)!r} names the reason, "
                    "which a card to retain or a risk code keeps from the cardholder",
                    row,
                    field,
                )
    return rc


def _check_native_code(row: int, code: str, canonical: ReturnCode) -> None:
    if not _looks_native(code):
        raise RegistryError(
            f"{code!r} is not a native code: two letters and four digits, e.g. BL9001", row, "code"
        )
    if code[:2] not in {category.value for category in Category}:
        known = ", ".join(category.value for category in Category)
        raise RegistryError(f"unknown category {code[:2]!r}; one of {known}", row, "code")
    if int(code[2:]) not in PRIVATE_NUMBERS:
        raise RegistryError(
            f"{code}: added native codes use the private range "
            f"{PRIVATE_NUMBERS.start}-{PRIVATE_NUMBERS.stop - 1}",
            row,
            "code",
        )
    if code[:2] != canonical.category.value:
        raise RegistryError(
            f"{code} is in category {code[:2]} but refines {canonical.code}, which is in "
            f"{canonical.category.value}",
            row,
            "canonical",
        )


def _check_retry(row: int, rc: ReturnCode) -> None:
    allowed = {
        Outcome.APPROVED: {Retry.NOT_NEEDED},
        Outcome.PARTIAL: set(Retry) - {Retry.NEVER, Retry.IMMEDIATELY},
        Outcome.PICK_UP: {Retry.NEVER},
        Outcome.UNKNOWN: {Retry.AFTER_QUERY},
    }.get(rc.outcome, set(Retry))
    if rc.retry not in allowed:
        names = ", ".join(sorted(retry.value for retry in allowed))
        raise RegistryError(
            f"retry {rc.retry.value} does not fit outcome {rc.outcome.value} (allowed: {names})",
            row,
            "retry",
        )


def _canonical(
    row: int, value: object, base: Registry, natives: dict[str, ReturnCode]
) -> ReturnCode:
    if isinstance(value, ReturnCode):
        if value.is_native and (natives.get(value.code) is value or value in base):
            return value
        raise RegistryError(f"{value!r} is not a native code of this registry", row, "canonical")
    if not isinstance(value, str):
        raise RegistryError(
            f"expected a native code such as 'BL1001', not {type(value).__name__}",
            row,
            "canonical",
        )
    code = _ascii_upper(row, "canonical", value.strip())
    if code in natives:
        return natives[code]
    if _looks_native(code):
        try:
            return base.get(code, scheme=Scheme.POSRC)
        except UnknownCodeError:
            pass
    raise RegistryError(f"{value!r} is not a posrc code of this registry", row, "canonical")


def _looks_native(code: str) -> bool:
    return len(code) == 6 and code.isascii() and code[:2].isalpha() and code[2:].isdigit()


def _text(row: int, values: Mapping[str, object], key: str) -> str:
    value = values[key]
    if not isinstance(value, str):
        raise RegistryError(f"expected text, not {type(value).__name__}", row, key)
    if not value.strip():
        raise RegistryError("blank", row, key)
    return value.strip()


def _optional_text(row: int, values: Mapping[str, object], key: str) -> str | None:
    return _text(row, values, key) if key in values else None


def _pair(row: int, values: Mapping[str, object], prefix: str) -> Text | None:
    zh, en = f"{prefix}_zh", f"{prefix}_en"
    if zh not in values and en not in values:
        return None
    for key in (zh, en):
        if key not in values:
            raise RegistryError(f"missing: {prefix} text needs both languages", row, key)
    return Text(_text(row, values, zh), _text(row, values, en))


def _source(row: int, values: Mapping[str, object]) -> Source | None:
    title = _optional_text(row, values, "source")
    return None if title is None else Source(title)


def _member(row: int, values: Mapping[str, object], key: str, enum: type[_E]) -> _E | None:
    value = values.get(key)
    if value is None:
        return None
    try:
        return member(enum, value)
    except (TypeError, ValueError) as error:
        raise RegistryError(str(error), row, key) from None


def _ascii_upper(row: int, key: str, text: str) -> str:
    """``text`` upper-cased, once it is known to be ASCII (``"ß".upper()`` is ``"SS"``)."""
    if not text.isascii():
        raise RegistryError(f"{text!r} is not ASCII: codes are ASCII letters and digits", row, key)
    return text.upper()
