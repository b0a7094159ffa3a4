"""Short names that keep the code tables one record to a line."""

from __future__ import annotations

import attrs

from posrc._enums import Outcome, Retry, Scheme
from posrc._model import ReturnCode, Source
from posrc._text import Text

A, P, D, K, E, U = (
    Outcome.APPROVED,
    Outcome.PARTIAL,
    Outcome.DECLINED,
    Outcome.PICK_UP,
    Outcome.ERROR,
    Outcome.UNKNOWN,
)
NOT_NEEDED, NOW, LATER, FIX, QUERY, NEVER = (
    Retry.NOT_NEEDED,
    Retry.IMMEDIATELY,
    Retry.LATER,
    Retry.AFTER_FIX,
    Retry.AFTER_QUERY,
    Retry.NEVER,
)


@attrs.frozen
class SchemeTable:
    """Builds the records of one scheme from one source.

    A record takes its outcome, and unless told otherwise its retry, from
    the native code it maps to; both are then stored on the record itself.
    """

    scheme: Scheme
    source: Source

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
            canonical.outcome,
            canonical.retry if retry is None else retry,
            meaning=Text(zh, en),
            canonical=canonical,
            source=self.source,
            notes=notes,
        )
