"""posrc.frames's signatures as a type checker sees them: checked by mypy and pyright, never run."""

from __future__ import annotations

import io
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
from typing_extensions import assert_type

from posrc import Registry
from posrc.frames import (
    COLUMNS,
    EXPLAINED_COLUMNS,
    SCHEMA_VERSION,
    CodeRow,
    explain_column,
    write_table,
)


def check_explain_column(series: pd.Series[Any], column: pl.Series, array: pa.Array[Any]) -> None:
    assert_type(explain_column(series), pd.DataFrame)
    assert_type(explain_column(series, scheme=series, columns=["outcome"]), pd.DataFrame)
    assert_type(explain_column(column, scheme="iso8583"), pl.DataFrame)
    assert_type(explain_column(column, scheme=column, registry=Registry.default()), pl.DataFrame)
    assert_type(explain_column(array), pa.Table)
    assert_type(explain_column(pa.chunked_array([array]), scheme=array), pa.Table)


def check_the_table() -> None:
    rows = Registry.default().rows()
    assert_type(rows, list[CodeRow])
    assert_type(rows[0]["source_primary"], bool | None)
    assert_type(rows[0]["outcome"], str)
    assert_type(write_table(rows, io.StringIO(), "sql", lang="en"), None)
    assert_type(COLUMNS, tuple[str, ...])
    assert_type(EXPLAINED_COLUMNS, tuple[str, ...])
    assert_type(SCHEMA_VERSION, int)
