"""Code systems beyond the built-in ones: an acquirer's or a terminal vendor's own codes.

A vendor scheme is named by the user, never guessed: its codes are read only
where ``scheme=`` names it, as the :class:`posrc.VendorScheme` itself or its name.
A vendor code is one to six ASCII letters or digits (``E1``, ``T0042``),
read case-insensitively and stored upper-case.
"""

from __future__ import annotations

import re

import attrs

from posrc._enums import Scheme
from posrc._patterns import compiled
from posrc._repr import FieldRepr

_BUILT_IN_TITLES: dict[Scheme, str] = {
    Scheme.POSRC: "posrc",
    Scheme.CUP: "UnionPay (Q/CUP 006.6-2015)",
    Scheme.ISO8583: "ISO 8583:1987",
    Scheme.ISO8583_1993: "ISO 8583:1993",
}

VENDOR_CODE_SHAPE = "one to six ASCII letters or digits"


vendor_code = compiled("[0-9A-Z]{1,6}", re.ASCII)
"""The shape of a vendor code, once upper-cased."""

_vendor_name = compiled("[a-z][a-z0-9_-]{0,31}", re.ASCII)


def _check_name(instance: VendorScheme, attribute: attrs.Attribute[str], name: str) -> None:
    if not isinstance(name, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"a vendor scheme's name is a str, not {type(name).__name__}")
    if _vendor_name().fullmatch(name) is None:
        raise ValueError(
            f"{name!r} cannot name a vendor scheme: use 1 to 32 lower-case ASCII letters, "
            "digits, '-' or '_', starting with a letter"
        )
    if name in {scheme.value for scheme in Scheme}:
        raise ValueError(f"{name!r} is a built-in scheme; a vendor scheme needs its own name")


@attrs.frozen(repr=False)
class VendorScheme(FieldRepr):
    """A code system named by the user: an acquirer's or a terminal vendor's private codes.

    Two vendor schemes with the same ``name`` are the same scheme; ``title``
    is what messages call it.

    >>> lakala = VendorScheme("lakala", "Lakala (拉卡拉)")
    >>> lakala.value, lakala == VendorScheme("lakala")
    ('lakala', True)

    The name is 1 to 32 lower-case ASCII letters, digits, ``-`` or ``_``,
    starting with a letter, and differs from every :class:`posrc.Scheme` value.
    Add codes to one with :meth:`posrc.Registry.extend`.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_check_name)
    title: str = attrs.field(
        default=attrs.Factory(lambda self: self.name, takes_self=True), eq=False
    )

    @property
    def value(self) -> str:
        """The name, as ``Scheme.value`` is for a built-in scheme."""
        return self.name


def scheme_title(scheme: Scheme | VendorScheme) -> str:
    """How messages name a scheme.

    >>> scheme_title(Scheme.ISO8583), scheme_title(VendorScheme("lakala", "Lakala"))
    ('ISO 8583:1987', 'Lakala')
    """
    if isinstance(scheme, VendorScheme):
        return scheme.title
    return _BUILT_IN_TITLES[scheme]
