"""The row builder of a scheme's table, and the key of each source a table cites."""

from __future__ import annotations

from posrc._enums import Retry, Scheme
from posrc._model import ReturnCode, Source, Text


def by_key(*sources: Source) -> dict[str, Source]:
    """The sources a table cites, by the key its notes use (``"S1"``)."""
    return {source.key: source for source in sources}


class SchemeRows:
    """Builds the records of one scheme's table from one source, one row per call.

    A row names the native code it maps to, the meaning in Chinese and English,
    and its retry only where that differs from the native code's; the outcome
    is always the native code's.
    """

    __slots__ = ("scheme", "source")

    def __init__(self, scheme: Scheme, source: Source) -> None:
        self.scheme = scheme
        self.source = source

    def __call__(
        self,
        code: str,
        canonical: ReturnCode,
        zh: str,
        en: str,
        *,
        retry: Retry | None = None,
        notes: str = "",
    ) -> ReturnCode:
        return ReturnCode(
            code,
            self.scheme,
            canonical,
            retry,
            meaning=Text(zh, en),
            source=self.source,
            notes=notes,
        )
