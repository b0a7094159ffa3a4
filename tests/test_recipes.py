"""The DuckDB and Polars recipes of docs/data.md, run as the docs show them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from posrc._cli import main
from tests.optional import require
from tests.recipes import AUTHORISATIONS, RAW_AUTHORISATIONS, decline_reasons, raw_answers, recipe


def exported(tmp_path: Path, format: str) -> Path:
    """The code table, written by the command the recipe's docstring gives."""
    path = tmp_path / f"posrc_codes.{format}"
    assert main(["export", "--format", format, "-o", str(path)]) == 0
    return path


def test_the_expected_answers_cover_what_the_recipes_must_handle() -> None:
    reasons = decline_reasons()
    assert reasons[0][-1] == 2  # a reason that repeats comes first
    assert {row[4] for row in raw_answers()} >= {"declined", "error", "unknown", None}


def test_duckdb_recipe(tmp_path: Path) -> None:
    require("duckdb")
    import duckdb

    duckdb_join: Any = recipe("duckdb_join")
    with duckdb.connect() as connection:
        duckdb_join.load_code_table(connection, exported(tmp_path, "sql"))
        connection.execute("CREATE TABLE authorisations (scheme TEXT, code TEXT)")
        connection.executemany("INSERT INTO authorisations VALUES (?, ?)", AUTHORISATIONS)
        connection.execute("CREATE TABLE raw_authorisations (id INTEGER, raw_code TEXT)")
        connection.executemany("INSERT INTO raw_authorisations VALUES (?, ?)", RAW_AUTHORISATIONS)

        assert duckdb_join.decline_reasons(connection).fetchall() == decline_reasons()
        explained = duckdb_join.explain_raw_codes(connection).order("id").fetchall()
        assert explained == raw_answers()


def test_polars_recipe(tmp_path: Path) -> None:
    require("polars")
    import polars as pl

    polars_lazy: Any = recipe("polars_lazy")
    codes = polars_lazy.code_table(exported(tmp_path, "jsonl"))
    authorisations = pl.LazyFrame(AUTHORISATIONS, schema=["scheme", "code"], orient="row")
    reasons = polars_lazy.decline_reasons(authorisations, codes)
    assert isinstance(reasons, pl.LazyFrame)
    assert reasons.collect().rows() == decline_reasons()

    raw = pl.LazyFrame(RAW_AUTHORISATIONS, schema=["id", "raw_code"], orient="row")
    explained = polars_lazy.explain_raw_codes(raw)
    assert isinstance(explained, pl.LazyFrame)
    assert explained.sort("id").collect().rows() == raw_answers()


@pytest.mark.parametrize("name", ["duckdb_join", "polars_lazy", "spark_join"])
def test_each_recipe_is_on_the_data_page(name: str) -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "data.md").read_text("utf-8")
    assert f"```{{literalinclude}} recipes/{name}.py" in page
