"""DuckDB: posrc's code table as a dimension table.

Export the table (again after each posrc upgrade) with
``posrc export --format sql -o posrc_codes.sql``.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from posrc.frames import explain_column


def load_code_table(connection: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Create the table posrc_codes from the exported SQL."""
    connection.execute(path.read_text(encoding="utf-8"))


def decline_reasons(connection: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyRelation:
    """Declines by reason, for authorisations whose scheme and code are clean."""
    return connection.sql(
        """
        SELECT c.canonical, c.message_en, c.retry, count(*) AS payments
        FROM authorisations AS a
        JOIN posrc_codes AS c ON c.scheme = a.scheme AND c.code = a.code
        WHERE c.outcome IN ('declined', 'pick-up')
        GROUP BY ALL
        ORDER BY payments DESC, c.canonical, c.message_en
        """
    )


def explain_raw_codes(connection: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyRelation:
    """Raw codes as they were logged (" 51", "RC=51", "应答码：51"): posrc explains each
    distinct value once, and the answers are joined back onto every row."""
    distinct: pa.Table = connection.sql(
        "SELECT DISTINCT raw_code FROM raw_authorisations WHERE raw_code IS NOT NULL"
    ).to_arrow_table()
    answers = explain_column(distinct["raw_code"], columns=["scheme", "code", "outcome", "retry"])
    connection.register("raw_codes", answers.append_column("raw_code", distinct["raw_code"]))
    return connection.sql(
        """
        SELECT a.*, r.scheme, r.code, r.outcome, r.retry
        FROM raw_authorisations AS a
        LEFT JOIN raw_codes AS r USING (raw_code)
        """
    )
