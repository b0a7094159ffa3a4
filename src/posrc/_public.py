"""Every public name of posrc, gathered from the modules that define them.

``posrc/__init__.py`` loads this module on the first use of a name, so that
``import posrc`` alone loads no table and defines no class. Importing
:mod:`posrc._data` names posrc's own codes on :class:`~posrc.ReturnCode`.
"""

from __future__ import annotations

from posrc import _data  # noqa: F401  # pyright: ignore[reportUnusedImport]
from posrc._api import explain, find_codes, lookup, parse, summarize
from posrc._enums import Actor, Category, Outcome, Retry, Scheme, TerminalAction
from posrc._explain import Explanation, Notice
from posrc._follow_up import Due, Figure, FollowUp
from posrc._model import Advice, ReturnCode, Source, Step, Text, VendorScheme
from posrc._read import Code
from posrc._registry import Registry
from posrc._reply import ReplyReading, read_reply
from posrc._scan import CodeMatch
from posrc._summary import Summary
from posrc.exceptions import FollowUpError, ParseError, PosrcError, RegistryError, UnknownCodeError

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
    "explain",
    "find_codes",
    "lookup",
    "parse",
    "read_reply",
    "summarize",
]
