"""The code table as data: one flat row per record, and the four formats it is written in.

The columns are versioned (:data:`SCHEMA_VERSION`): a column is never renamed,
removed or given a new meaning without a new schema version and a CHANGELOG
entry. No column holds an empty string; a value that is absent is null.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Final, Literal, TypedDict, cast

from posrc._enums import Actor, Scheme, resolve_language
from posrc._model import Advice, ReturnCode
from posrc._version import __version__

if TYPE_CHECKING:
    import argparse

SCHEMA_VERSION: Final[int] = 1
"""The version of :data:`COLUMNS`, raised whenever a column changes."""

COLUMNS: Final[tuple[str, ...]] = (
    "scheme",
    "code",
    "canonical",
    "category",
    "outcome",
    "retry",
    "terminal_action",
    "message_zh",
    "message_en",
    "display_zh",
    "display_en",
    "cardholder_zh",
    "cardholder_en",
    "first_step_zh",
    "first_step_en",
    "source",
    "source_section",
    "source_primary",
    "notes",
    "posrc_version",
)
"""The columns of the code table, in order."""

NULLABLE = frozenset(
    {"first_step_zh", "first_step_en", "source", "source_section", "source_primary", "notes"}
)
"""The columns that may be null; every other column always has a value."""

Format = Literal["csv", "jsonl", "json", "sql"]
FORMATS: tuple[Format, ...] = ("csv", "jsonl", "json", "sql")

TABLE = "posrc_codes"

Cell = str | bool | None
"""What one cell of a row holds."""


class CodeRow(TypedDict):
    """One record of a registry as plain values: a row of the exported table.

    Enumerations are given by their values (``"declined"``, ``"after-fix"``);
    ``source`` is the source's title, with its section and whether it is the
    primary source beside it, all three null for a record without a source.
    """

    scheme: str
    code: str
    canonical: str
    category: str
    outcome: str
    retry: str
    terminal_action: str
    message_zh: str
    message_en: str
    display_zh: str
    display_en: str
    cardholder_zh: str
    cardholder_en: str
    first_step_zh: str | None
    first_step_en: str | None
    source: str | None
    source_section: str | None
    source_primary: bool | None
    notes: str | None
    posrc_version: str


def first_step(advice: Advice, lang: str) -> str | None:
    """The cashier's first step, the one thing to do at the till; ``None`` if there is none."""
    steps = advice.for_actor(Actor.CASHIER)
    return steps[0].text(lang) if steps else None


def code_row(rc: ReturnCode) -> CodeRow:
    """The row of one record."""
    source = rc.source
    return {
        "scheme": rc.scheme.value,
        "code": rc.code,
        "canonical": rc.canonical.code,
        "category": rc.category.value,
        "outcome": rc.outcome.value,
        "retry": rc.retry.value,
        "terminal_action": rc.terminal_action.value,
        "message_zh": rc.message("zh"),
        "message_en": rc.message("en"),
        "display_zh": rc.display("zh"),
        "display_en": rc.display("en"),
        "cardholder_zh": rc.cardholder_message("zh"),
        "cardholder_en": rc.cardholder_message("en"),
        "first_step_zh": first_step(rc.advice, "zh"),
        "first_step_en": first_step(rc.advice, "en"),
        "source": None if source is None else source.title,
        "source_section": (source.section or None) if source is not None else None,
        "source_primary": None if source is None else source.primary,
        "notes": rc.notes or None,
        "posrc_version": __version__,
    }


def code_rows(records: Iterable[ReturnCode]) -> list[CodeRow]:
    """The rows of ``records``, in their order."""
    return [code_row(rc) for rc in records]


def columns_for(lang: str | None) -> tuple[str, ...]:
    """The columns to write: all of them, or only one language's texts.

    >>> [c for c in columns_for("en") if c.startswith("message")]
    ['message_en']
    """
    if lang is None:
        return COLUMNS
    dropped = "_en" if resolve_language(lang) == "zh" else "_zh"
    return tuple(column for column in COLUMNS if not column.endswith(dropped))


def write_table(
    rows: Iterable[CodeRow],
    stream: IO[str],
    format: Format = "csv",
    *,
    lang: str | None = None,
) -> None:
    """Write ``rows`` to ``stream`` as CSV, JSON Lines, a JSON array or SQL.

    ``lang`` keeps only the Chinese (``"zh"``) or the English texts; the other
    columns and their names stay as they are. Open a file for ``stream`` with
    ``encoding="utf-8"`` and ``newline=""``, as for the ``csv`` module.

    * ``csv``: RFC 4180 (``\\r\\n`` line ends, quoted where needed) with a
      header line; an empty cell is null, ``true``/``false`` for ``source_primary``.
    * ``jsonl``: one JSON object a line, its keys in column order.
    * ``json``: one JSON array of those objects.
    * ``sql``: ``CREATE TABLE posrc_codes`` and one ``INSERT`` a row, in one
      transaction, which DuckDB, SQLite and PostgreSQL read as they are.
    """
    columns = columns_for(lang)
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; one of {', '.join(FORMATS)}")
    _WRITERS[format]([cast("Mapping[str, Cell]", row) for row in rows], columns, stream)


def _write_csv(rows: Sequence[Mapping[str, Cell]], columns: Sequence[str], stream: IO[str]) -> None:
    import csv  # loaded on first use: import stays cheap

    writer = csv.writer(stream)  # RFC 4180: \r\n ends a line, so a lone \r in a cell is quoted
    writer.writerow(columns)
    for row in rows:
        writer.writerow(_csv_cell(row[column]) for column in columns)


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _write_jsonl(
    rows: Sequence[Mapping[str, Cell]], columns: Sequence[str], stream: IO[str]
) -> None:
    import json

    for row in rows:
        stream.write(json.dumps({c: row[c] for c in columns}, ensure_ascii=False) + "\n")


def _write_json(
    rows: Sequence[Mapping[str, Cell]], columns: Sequence[str], stream: IO[str]
) -> None:
    import json

    objects = [{c: row[c] for c in columns} for row in rows]
    stream.write(json.dumps(objects, ensure_ascii=False, indent=2) + "\n")


def _write_sql(rows: Sequence[Mapping[str, Cell]], columns: Sequence[str], stream: IO[str]) -> None:
    # Only what the three engines share: TEXT and BOOLEAN, '' inside quotes, and
    # one INSERT a row, so that no engine's limit on a statement's size applies.
    definitions = [
        f"  {column} {'BOOLEAN' if column == 'source_primary' else 'TEXT'}"
        + ("" if column in NULLABLE else " NOT NULL")
        for column in columns
    ]
    stream.write(f"-- posrc {__version__}: the code table, schema version {SCHEMA_VERSION}\n")
    stream.write("BEGIN;\n")
    stream.write(f"CREATE TABLE {TABLE} (\n")
    stream.write(",\n".join([*definitions, "  PRIMARY KEY (scheme, code)"]) + "\n);\n")
    names = ", ".join(columns)
    for row in rows:
        values = ", ".join(_sql_literal(row[column]) for column in columns)
        stream.write(f"INSERT INTO {TABLE} ({names}) VALUES ({values});\n")
    stream.write("COMMIT;\n")


def _sql_literal(value: Cell) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if "\x00" in value:
        raise ValueError(f"{value!r} holds a NUL character, which SQL text cannot store")
    return "'" + value.replace("'", "''") + "'"


_WRITERS = {"csv": _write_csv, "jsonl": _write_jsonl, "json": _write_json, "sql": _write_sql}


def export_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``posrc export``."""
    parser.add_argument(
        "--format", choices=FORMATS, default="csv", help="the file format (default: csv)"
    )
    parser.add_argument(
        "--scheme", choices=[s.value for s in Scheme], help="only this scheme's codes"
    )
    parser.add_argument(
        "--lang", choices=["zh", "en"], help="only this language's texts (default: both)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )


def run_export(args: argparse.Namespace, rows: Iterable[CodeRow]) -> int:
    """Carry out ``posrc export``: 0 once written, 2 when the file cannot be written."""
    chosen = [row for row in rows if args.scheme is None or row["scheme"] == args.scheme]
    if args.output is None:
        write_table(chosen, sys.stdout, args.format, lang=args.lang)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as stream:
            write_table(chosen, stream, args.format, lang=args.lang)
    except OSError as error:
        print(f"posrc: error: cannot write {error.filename}: {error.strerror}", file=sys.stderr)
        return 2
    return 0
