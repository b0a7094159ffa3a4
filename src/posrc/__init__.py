"""posrc: what a POS terminal's return code means, and what to do about it.

>>> from posrc import lookup
>>> rc = lookup("51")
>>> rc.message("en"), rc.outcome.value, rc.retry.value
('Insufficient funds', 'declined', 'after-fix')

``import posrc`` loads none of posrc's modules but this one: the first use of
a public name loads them, so that the import stays cheap (see "When posrc
loads its tables" in the documentation's page on input).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from posrc._version import __version__

if TYPE_CHECKING:
    from posrc._public import (
        Actor,
        Advice,
        Category,
        Code,
        CodeMatch,
        Due,
        Explanation,
        Figure,
        FollowUp,
        FollowUpError,
        Notice,
        Outcome,
        ParseError,
        PosrcError,
        Registry,
        RegistryError,
        ReplyReading,
        Retry,
        ReturnCode,
        Scheme,
        Source,
        Step,
        Summary,
        TerminalAction,
        Text,
        UnknownCodeError,
        VendorScheme,
        explain,
        find_codes,
        lookup,
        parse,
        read_reply,
        summarize,
    )
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module 'posrc' has no attribute {name!r}")
        from posrc import _public

        value = getattr(_public, name)
        globals()[name] = value  # found at once from now on, as an eager import would be
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


__all__ = [
    "Actor",
    "Advice",
    "Category",
    "Code",
    "CodeMatch",
    "Due",
    "Explanation",
    "Figure",
    "FollowUp",
    "FollowUpError",
    "Notice",
    "Outcome",
    "ParseError",
    "PosrcError",
    "Registry",
    "RegistryError",
    "ReplyReading",
    "Retry",
    "ReturnCode",
    "Scheme",
    "Source",
    "Step",
    "Summary",
    "TerminalAction",
    "Text",
    "UnknownCodeError",
    "VendorScheme",
    "__version__",
    "explain",
    "find_codes",
    "lookup",
    "parse",
    "read_reply",
    "summarize",
]
