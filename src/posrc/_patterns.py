"""Regular expressions compiled on first use, so that ``import posrc`` stays cheap."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


def compiled(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A getter for ``re.compile(source, flags)``, compiled by its first call.

    >>> digits = compiled("[0-9]+", re.ASCII)
    >>> digits().fullmatch("2026") is not None, digits() is digits()
    (True, True)
    """
    return functools.cache(lambda: re.compile(source, flags))
