"""Time posrc.frames.explain_column against two baselines measured in the same run.

Run: ``python benchmarks/bench_frames.py`` (10M rows; ``--quick`` for 1M, for CI).
Needs ``posrc[frames]`` and ``duckdb``. The column holds about 300 distinct
raw values (clean, padded and labelled codes of every scheme, unknown codes and
1% nulls) with a skew like that of real traffic, where approvals dominate.
Each figure is the best of several repeats, in nanoseconds per row:

* ``explain_column`` on a pandas Series (pyarrow-backed ``str``), a Polars
  Series and a pyarrow Array, giving the four columns a dashboard groups by,
  then all of ``EXPLAINED_COLUMNS``;
* the per-row baseline, ``list(map(explain, values))`` over a Python list (a null
  gives ``None``), timed
  on the first million rows (its cost per row does not depend on the length);
* the SQL baseline: DuckDB joining a table of clean (scheme, code) pairs against
  the exported code table on (scheme, code), into a new table with the same
  columns (DuckDB stores each row's texts; explain_column, a small integer).
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable, Sequence
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa

import posrc
from posrc import Registry, Scheme
from posrc.frames import EXPLAINED_COLUMNS, explain_column, write_table

TARGET_NS = 100.0
DECISION_COLUMNS = ("canonical", "outcome", "retry", "terminal_action")
PER_ROW_LIMIT = 1_000_000

explain_any: Callable[..., object] = explain_column  # for each kind of column in turn


def raw_values() -> list[str]:
    """About 300 distinct raw codes, as terminals and hosts write them."""
    registry = Registry.default()
    cup = [rc.code for rc in registry if rc.scheme is Scheme.CUP]
    action = [rc.code for rc in registry if rc.scheme is Scheme.ISO8583_1993]
    native = [rc.code for rc in registry if rc.is_native]
    values = [*cup, *action[:40], *native[:30]]
    values += [f" {code}" for code in cup[:40]] + [f"RC={code}" for code in cup[:40]]
    values += [f"应答码：{code}" for code in cup[:30]] + ["Q7", "ZZ", "X9", "--", "0"]
    return values


def column(rows: int, seed: int = 14) -> list[str | None]:
    values = raw_values()
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, len(values) + 1) ** 1.1  # "00" first, then a long tail
    picked = rng.choice(len(values), size=rows, p=weights / weights.sum())
    nulls = rng.random(rows) < 0.01
    return [
        None if null else values[i] for i, null in zip(picked.tolist(), nulls.tolist(), strict=True)
    ]


def best_s(call: Callable[[], object], repeat: int) -> float:
    times: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def duckdb_join(raw: pl.Series) -> Callable[[Sequence[str]], Callable[[], object]]:
    """A join of clean (scheme, code) pairs against the exported table, into a new
    table with the given columns, ready to time."""
    pairs = explain_column(raw, columns=["scheme", "code"]).cast(pl.String)
    table = io.StringIO()
    write_table(Registry.default().rows(), table, "sql")
    connection = duckdb.connect()
    connection.execute(table.getvalue())
    connection.register("authorisations", pairs)
    connection.execute("CREATE TABLE auth AS SELECT * FROM authorisations")

    def query(columns: Sequence[str]) -> Callable[[], object]:
        wanted = ", ".join(
            "c.code IS NOT NULL AS known" if name == "known" else f"c.{name}" for name in columns
        )
        sql = (
            f"CREATE OR REPLACE TABLE explained AS SELECT {wanted} FROM auth AS a "
            "LEFT JOIN posrc_codes AS c ON a.scheme = c.scheme AND a.code = c.code"
        )
        return lambda: connection.execute(sql)

    return query


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1M rows and fewer repeats, for CI")
    parser.add_argument("--rows", type=int, help="rows in the column (default 10M)")
    args = parser.parse_args()
    rows = args.rows or (1_000_000 if args.quick else 10_000_000)
    repeat = 2 if args.quick else 5

    values = column(rows)
    distinct = len(set(values))
    data: Any = values
    polars = pl.Series("rc", values, dtype=pl.String)
    inputs: dict[str, object] = {
        "pandas (str)": pd.Series(data, dtype="str"),
        "Polars": polars,
        "pyarrow": pa.array(values, pa.string()),
    }
    print(f"{rows:,} rows, {distinct} distinct raw values (null included)")

    per_row_values = values[:PER_ROW_LIMIT]

    def explain(raw: str | None) -> posrc.Explanation | None:
        return None if raw is None else posrc.explain(raw)

    per_row = best_s(lambda: list(map(explain, per_row_values)), repeat) / len(per_row_values)
    print(f"{'map(explain) (baseline)':46} {per_row * 1e9:8.1f} ns/row")
    join = duckdb_join(polars)
    for columns in (DECISION_COLUMNS, EXPLAINED_COLUMNS):
        print(f"\n{len(columns)} columns: {', '.join(columns)}")
        sql = best_s(join(columns), repeat) / rows
        print(f"{'DuckDB join (baseline)':46} {sql * 1e9:8.1f} ns/row")
        for name, column_data in inputs.items():
            ns = best_s(lambda: explain_any(column_data, columns=columns), repeat) / rows  # noqa: B023
            verdict = "within" if ns * 1e9 <= TARGET_NS else "over"
            print(
                f"{'explain_column, ' + name:46} {ns * 1e9:8.1f} ns/row  "
                f"{ns / per_row:7.4f}x map(explain)  {ns / sql:6.3f}x DuckDB join  "
                f"({verdict} the {TARGET_NS:.0f} ns target)"
            )


if __name__ == "__main__":
    main()
