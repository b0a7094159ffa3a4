"""posrc for data work: the code table as rows, and whole columns of raw codes explained.

:func:`explain_column` explains a pandas Series, a Polars Series or a pyarrow
Array at once:

>>> import pandas as pd
>>> from posrc.frames import explain_column
>>> raw = pd.Series(["51", " 51", b"RC=51", "应答码：A0", None, "ZZ"])
>>> explained = explain_column(raw, columns=["code", "outcome", "retry"])
>>> explained
  code   outcome        retry
0   51  declined    after-fix
1   51  declined    after-fix
2   51  declined    after-fix
3   A0     error    after-fix
4  NaN       NaN          NaN
5   ZZ   unknown  after-query
>>> list(explained["outcome"].cat.categories)
['approved', 'partial', 'declined', 'pick-up', 'error', 'unknown']

The code table that ``posrc export`` writes is :meth:`posrc.Registry.rows`,
with the columns :data:`COLUMNS`; :func:`write_table` writes any registry's
rows in the same four formats.

Opt-in: ``import posrc`` does not import this module, and this module imports
pandas, Polars or pyarrow only when it is handed one of their columns. The
extras ``posrc[pandas]``, ``posrc[polars]``, ``posrc[arrow]`` and
``posrc[frames]`` (all three) install them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, overload

from posrc import Registry, Scheme, VendorScheme
from posrc._export import COLUMNS, SCHEMA_VERSION, CodeRow, write_table
from posrc.frames._answers import (
    EXPLAINED_COLUMNS,
    checked_columns,
    is_scheme_name,
    not_a_column,
)

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

__all__ = [
    "COLUMNS",
    "EXPLAINED_COLUMNS",
    "SCHEMA_VERSION",
    "CodeRow",
    "explain_column",
    "write_table",
]


@overload
def explain_column(
    codes: pd.Series[Any],
    *,
    scheme: str | Scheme | VendorScheme | pd.Series[Any] | None = None,
    registry: Registry | None = None,
    columns: Sequence[str] = EXPLAINED_COLUMNS,
) -> pd.DataFrame: ...
@overload
def explain_column(
    codes: pl.Series,
    *,
    scheme: str | Scheme | VendorScheme | pl.Series | None = None,
    registry: Registry | None = None,
    columns: Sequence[str] = EXPLAINED_COLUMNS,
) -> pl.DataFrame: ...
@overload
def explain_column(
    codes: pa.Array[Any] | pa.ChunkedArray[Any],
    *,
    scheme: str | Scheme | VendorScheme | pa.Array[Any] | pa.ChunkedArray[Any] | None = None,
    registry: Registry | None = None,
    columns: Sequence[str] = EXPLAINED_COLUMNS,
) -> pa.Table: ...
def explain_column(
    codes: object,
    *,
    scheme: object = None,
    registry: Registry | None = None,
    columns: Sequence[str] = EXPLAINED_COLUMNS,
) -> pd.DataFrame | pl.DataFrame | pa.Table:
    """Explain every raw code in a column, as :func:`posrc.explain` explains one.

    ``codes`` holds raw codes as the terminal or host gave them: text, bytes
    or null. Each distinct value is explained once, by the same reader as
    :func:`posrc.explain`, so ``" 51"``, ``b"RC=51"`` and ``"应答码：51"`` all
    read as ``51``; the answers are then mapped back onto the rows with the
    library's own operations. The result has one row per input row (for
    pandas, the same index) and the columns ``columns``, by default all of
    :data:`EXPLAINED_COLUMNS`:

    * ``known``: whether the code was found (boolean);
    * ``scheme``, ``code``, ``canonical``, ``category``, ``outcome``,
      ``retry`` and ``terminal_action``, as in the code table;
    * ``message_*``, ``display_*``, ``cardholder_*`` and ``first_step_*``
      (the cashier's first step), in Chinese (``_zh``) and English (``_en``).

    Text columns are categorical (pandas), ``Enum`` or ``Categorical``
    (Polars) or dictionary-encoded (pyarrow); the enumerations (``scheme``,
    ``category``, ``outcome``, ``retry``, ``terminal_action``) list every
    value they can take, in posrc's order. A null code gives a row of nulls.
    An unknown or malformed code gives what :func:`posrc.explain` gives:
    outcome ``unknown``, retry ``after-query``, ``known`` false.

    ``scheme`` names the scheme of every code (``"iso8583"``), or is a column
    of the same kind and length naming each row's own (null: by shape).
    ``registry`` explains against an extended registry, for vendor codes.

    Raises ``TypeError`` for a column of another kind or a value that is not
    text or bytes (a column of integers has lost the zero of ``05``), and
    ``ValueError`` for an unknown scheme or column name, or a scheme column
    of another length.
    """
    wanted = checked_columns(columns)
    chosen = Registry.default() if registry is None else registry
    if is_scheme_name(scheme) and scheme is not None:
        chosen.scheme(scheme)  # an unknown scheme fails here, before any work
    library = type(codes).__module__.partition(".")[0]
    if library == "pandas":
        from posrc.frames._pandas import explain_series

        return explain_series(codes, scheme, chosen, wanted)
    if library == "polars":
        from posrc.frames._polars import explain_polars

        return explain_polars(codes, scheme, chosen, wanted)
    if library == "pyarrow":
        from posrc.frames._arrow import explain_arrow

        return explain_arrow(codes, scheme, chosen, wanted)
    raise not_a_column(codes)
