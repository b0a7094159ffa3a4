"""posrc: what a POS terminal's return code means, and what to do about it.

>>> from posrc import lookup
>>> rc = lookup("51")
>>> rc.message("en"), rc.outcome.value, rc.retry.value
('Insufficient funds', 'declined', 'after-fix')
"""

from __future__ import annotations

from posrc._api import explain, find_codes, lookup, parse, summarize
from posrc._data import native as _native  # noqa: F401  # pyright: ignore[reportUnusedImport]
from posrc._enums import Actor, Category, Outcome, Retry, Scheme, TerminalAction
from posrc._explain import Explanation, Notice
from posrc._follow_up import Due, Figure, FollowUp
from posrc._model import Advice, ReturnCode, Source, Step, Text, VendorScheme
from posrc._read import Code
from posrc._registry import Registry
from posrc._reply import ReplyReading, read_reply
from posrc._scan import CodeMatch
from posrc._summary import Summary
from posrc._version import __version__
from posrc.exceptions import ParseError, PosrcError, RegistryError, UnknownCodeError

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
