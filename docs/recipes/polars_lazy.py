"""Polars, lazily: posrc's code table as a dimension table.

Export the table (again after each posrc upgrade) with
``posrc export --format jsonl -o posrc_codes.jsonl``: JSON Lines keeps every
column's type, so nothing has to be declared.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from posrc.frames import explain_column


def code_table(path: Path) -> pl.LazyFrame:
    """The exported table, read when the query runs."""
    return pl.scan_ndjson(path, infer_schema_length=None)


def decline_reasons(authorisations: pl.LazyFrame, codes: pl.LazyFrame) -> pl.LazyFrame:
    """Declines by reason, for authorisations whose scheme and code are clean."""
    return (
        authorisations.join(codes, on=["scheme", "code"], how="inner")
        .filter(pl.col("outcome").is_in(["declined", "pick-up"]))
        .group_by("canonical", "message_en", "retry")
        .agg(payments=pl.len())
        .sort(["payments", "canonical", "message_en"], descending=[True, False, False])
    )


def explain_raw_codes(raw_authorisations: pl.LazyFrame) -> pl.LazyFrame:
    """Raw codes as they were logged (" 51", "RC=51", "应答码：51"): posrc explains each
    distinct value once, and the answers are joined back onto every row."""
    distinct = raw_authorisations.select(pl.col("raw_code").drop_nulls().unique()).collect()
    answers = explain_column(distinct["raw_code"], columns=["scheme", "code", "outcome", "retry"])
    return raw_authorisations.join(
        answers.with_columns(distinct["raw_code"]).lazy(), on="raw_code", how="left"
    )
