"""The exported code table: its columns, its four formats, and the way back to a registry."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posrc import Actor, Registry, Scheme, Source, __version__
from posrc._cli import main
from posrc._export import FORMATS, NULLABLE, Format, columns_for
from posrc.frames import COLUMNS, SCHEMA_VERSION, CodeRow, write_table
from tests.optional import require

# Texts that CSV, JSON and SQL each have to quote: commas, both quote marks, a
# line break, semicolons, SQL comment marks, a backslash and Chinese punctuation.
VENDOR_ROWS: list[dict[str, object]] = [
    {
        "scheme": "lakala",
        "code": "E1",
        "canonical": "BL1001",
        "zh": "账户余额不足，请换卡",
        "en": 'Balance too low, "really"; -- it\'s so',
        "notes": "line one\nline two, with a back\\slash",
        "source": "Lakala POS guide 2024",
    },
    {
        "scheme": "lakala",
        "code": "T7",
        "canonical": "TM1806",
        "zh": "批次号不符",
        "en": "Batch number mismatch",
        "display_zh": "请重新签到",
        "display_en": "Sign on again",
        "retry": "after-fix",
    },
    {"scheme": "posrc", "code": "RK9001", "canonical": "RK2011", "zh": "黑名单", "en": "Listed"},
]


def extended() -> Registry:
    return Registry.default().extend(VENDOR_ROWS)


def written(rows: Sequence[CodeRow], format: Format, lang: str | None = None) -> str:
    stream = io.StringIO()
    write_table(rows, stream, format, lang=lang)
    return stream.getvalue()


def from_csv(text: str) -> list[dict[str, object]]:
    """Typed rows from CSV, by the rules the docs give: empty is null, true/false a boolean."""
    typed: list[dict[str, object]] = []
    for record in csv.DictReader(io.StringIO(text, newline="")):
        row: dict[str, object] = {}
        for column, cell in record.items():
            if cell == "":
                row[column] = None
            elif column == "source_primary":
                row[column] = {"true": True, "false": False}[cell]
            else:
                row[column] = cell
        typed.append(row)
    return typed


def from_jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def from_json(text: str) -> list[dict[str, object]]:
    return cast("list[dict[str, object]]", json.loads(text))


def from_sqlite(text: str) -> list[dict[str, object]]:
    # closing(): a connection's own "with" ends a transaction but never closes it.
    with contextlib.closing(sqlite3.connect(":memory:")) as connection:
        connection.executescript(text)
        cursor = connection.execute("SELECT * FROM posrc_codes")
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    for row in rows:  # SQLite keeps a BOOLEAN as 0 or 1
        if row["source_primary"] is not None:
            row["source_primary"] = bool(row["source_primary"])
    return rows


def from_duckdb(text: str) -> list[dict[str, object]]:
    require("duckdb")
    import duckdb

    with duckdb.connect() as connection:
        connection.execute(text)
        cursor = connection.execute("SELECT * FROM posrc_codes")
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


READERS: dict[str, tuple[Format, Callable[[str], list[dict[str, object]]]]] = {
    "csv": ("csv", from_csv),
    "jsonl": ("jsonl", from_jsonl),
    "json": ("json", from_json),
    "sql-sqlite": ("sql", from_sqlite),
    "sql-duckdb": ("sql", from_duckdb),
}


def as_extend_row(row: Mapping[str, object]) -> dict[str, object]:
    """The fields :meth:`Registry.extend` takes, from an exported row."""
    fields = {
        key: row[key]
        for key in (
            "scheme",
            "code",
            "canonical",
            "category",
            "outcome",
            "retry",
            "terminal_action",
            "display_zh",
            "display_en",
            "cardholder_zh",
            "cardholder_en",
            "notes",
        )
    }
    fields["zh"], fields["en"] = row["message_zh"], row["message_en"]
    if row["source"] is not None:
        fields["source"] = Source(
            cast(str, row["source"]),
            cast("str | None", row["source_section"]) or "",
            cast(bool, row["source_primary"]),
        )
    return fields


def back_to_a_registry(rows: Sequence[Mapping[str, object]]) -> Registry:
    """The registry that ``rows`` describe: a row of a code posrc ships must be the
    default registry's own row; the other codes are added to it."""
    default = {(row["scheme"], row["code"]): dict(row) for row in Registry.default().rows()}
    added: list[dict[str, object]] = []
    for row in rows:
        shipped = default.get((cast(str, row["scheme"]), cast(str, row["code"])))
        if shipped is None:
            added.append(as_extend_row(row))
        else:
            assert shipped == dict(row)
    return Registry.default().extend(added)


def keyed(rows: Sequence[Mapping[str, object]]) -> dict[tuple[object, object], dict[str, object]]:
    """Rows by (scheme, code), for tables, which keep no order; no key may repeat."""
    by_key = {(row["scheme"], row["code"]): dict(row) for row in rows}
    assert len(by_key) == len(rows)
    return by_key


def test_the_columns_are_pinned() -> None:
    # Changing this list means a new SCHEMA_VERSION and a CHANGELOG entry (docs/data.md).
    assert SCHEMA_VERSION == 1
    assert COLUMNS == (
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
    assert tuple(CodeRow.__annotations__) == COLUMNS


def test_one_row_per_record_and_no_alias_rows() -> None:
    registry = Registry.default()
    rows = registry.rows()
    assert [(row["scheme"], row["code"]) for row in rows] == [
        (rc.scheme.value, rc.code) for rc in registry
    ]
    assert len({(row["scheme"], row["code"]) for row in rows}) == len(registry)
    assert all(tuple(row) == COLUMNS for row in rows)


def test_no_cell_is_an_empty_string_and_only_nullable_columns_are_null() -> None:
    for row in extended().rows():
        for column, value in row.items():
            assert value != ""
            assert value is not None or column in NULLABLE, (row["code"], column)
        assert isinstance(row["source_primary"], bool) == (row["source"] is not None)
        assert row["posrc_version"] == __version__


def flattened_explain_json(
    scheme: str, code: str, capsys: pytest.CaptureFixture[str]
) -> dict[str, Any]:
    main(["explain", code, "--scheme", scheme, "--json"])
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    for key in ("message", "display", "cardholder_message"):
        for lang, text in data.pop(key).items():
            data[f"{key.removesuffix('_message')}_{lang}"] = text
    return data


def test_rows_say_what_explain_json_says(capsys: pytest.CaptureFixture[str]) -> None:
    registry = Registry.default()
    for rc, row in zip(registry, registry.rows(), strict=True):
        data = flattened_explain_json(rc.scheme.value, rc.code, capsys)
        shared = set(data) & set(COLUMNS) - {"source", "notes"}
        assert shared == set(COLUMNS) - {
            "first_step_zh", "first_step_en", "source", "source_section", "source_primary",
            "notes", "posrc_version",
        }  # fmt: skip
        assert {key: row[key] for key in shared} == {key: data[key] for key in shared}  # type: ignore[literal-required]
        assert (row["notes"] or "") == data["notes"]
        title = f"{row['source'] or ''} {row['source_section'] or ''}".strip()
        assert (title or None) == data["source"]
        cashier = [step for step in data["advice"] if step["actor"] == Actor.CASHIER.value]
        assert row["first_step_zh"] == (cashier[0]["zh"] if cashier else None)
        assert row["first_step_en"] == (cashier[0]["en"] if cashier else None)


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("registry", [Registry.default(), extended()], ids=["default", "extended"])
def test_every_format_round_trips_to_the_registry(registry: Registry, reader: str) -> None:
    format, read = READERS[reader]
    rows = registry.rows()
    parsed = read(written(rows, format))
    assert keyed(parsed) == keyed(rows)
    if format != "sql":
        assert parsed == [dict(row) for row in rows]
    assert back_to_a_registry(parsed).rows() == rows


def test_an_extended_registry_exports_its_own_codes() -> None:
    shipped = {(row["scheme"], row["code"]) for row in Registry.default().rows()}
    added = [row for row in extended().rows() if (row["scheme"], row["code"]) not in shipped]
    assert [(row["scheme"], row["code"]) for row in added] == [
        ("posrc", "RK9001"),
        ("lakala", "E1"),
        ("lakala", "T7"),
    ]
    e1 = next(row for row in added if row["code"] == "E1")
    assert (e1["outcome"], e1["retry"], e1["canonical"]) == ("declined", "after-fix", "BL1001")
    assert e1["source"] == "Lakala POS guide 2024"
    assert (e1["source_section"], e1["source_primary"]) == (None, True)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("format", FORMATS)
def test_one_language_keeps_the_column_names(format: Format, lang: str) -> None:
    other = "en" if lang == "zh" else "zh"
    expected = [column for column in COLUMNS if not column.endswith(f"_{other}")]
    assert list(columns_for(lang)) == expected
    text = written(Registry.default().rows()[:3], format, lang)
    if format == "sql":
        parsed = from_sqlite(text)
    else:
        parsed = {"csv": from_csv, "jsonl": from_jsonl, "json": from_json}[format](text)
    assert [list(row) for row in parsed] == [expected] * 3


def test_a_language_tag_picks_its_language() -> None:
    assert columns_for("zh-CN") == columns_for("zh")
    assert columns_for("fr") == columns_for("en")


def test_sql_refuses_text_it_cannot_store() -> None:
    registry = Registry.default().extend(
        [{"scheme": "acme", "code": "X1", "canonical": "BL1001", "zh": "余额\x00", "en": "Low"}]
    )
    with pytest.raises(ValueError, match="NUL character"):
        written(registry.rows(), "sql")


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'; one of csv, jsonl, json, sql"):
        write_table([], io.StringIO(), cast(Format, "xml"))


text_cells = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00")
    | st.sampled_from(["\n", "\r", "\t", '"', "'", ",", ";", "\\"]),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip() == text)


@given(zh=text_cells, en=text_cells, notes=st.none() | text_cells, source=st.none() | text_cells)
def test_any_text_survives_csv_json_and_sql(
    zh: str, en: str, notes: str | None, source: str | None
) -> None:
    row: dict[str, object] = {"scheme": "acme", "code": "X1", "canonical": "BL1001"}
    row |= {"zh": zh, "en": en, "notes": notes, "source": source}
    rows = Registry.default().extend([row]).rows()[-1:]
    for format, read in (("csv", from_csv), ("json", from_json), ("sql", from_sqlite)):
        assert keyed(read(written(rows, cast(Format, format)))) == keyed(rows)


def test_export_writes_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export"]) == 0
    assert from_csv(capsys.readouterr().out) == [dict(row) for row in Registry.default().rows()]


@pytest.mark.parametrize("format", FORMATS)
def test_export_to_a_file_matches_standard_output(
    format: Format, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"codes.{format}"
    assert main(["export", "--format", format, "--scheme", "cup", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["export", "--format", format, "--scheme", "cup"]) == 0
    assert target.read_bytes() == capsys.readouterr().out.encode("utf-8")


def test_export_filters_by_scheme_and_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--scheme", "iso8583-1993", "--lang", "en", "--format", "jsonl"]) == 0
    parsed = from_jsonl(capsys.readouterr().out)
    assert len(parsed) == sum(rc.scheme is Scheme.ISO8583_1993 for rc in Registry.default())
    assert {row["scheme"] for row in parsed} == {"iso8583-1993"}
    assert not any(column.endswith("_zh") for column in parsed[0])


def test_export_reports_a_file_it_cannot_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "codes.csv"
    assert main(["export", "-o", str(target)]) == 2
    assert capsys.readouterr().err == (
        f"posrc: error: cannot write {target}: No such file or directory\n"
    )


def test_export_refuses_an_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--format", "xml"])
    assert exit_.value.code == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


def postgres_binaries() -> Path | None:
    """The directory of PostgreSQL's server programs, if they are installed."""
    found = shutil.which("pg_ctl")
    if found is not None:
        return Path(found).resolve().parent
    installed = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return installed[-1].parent if installed else None


@pytest.fixture(scope="module")
def psql() -> Iterator[list[str]]:
    """A throwaway PostgreSQL server on a Unix socket only (no TCP), and the psql
    command that reaches it. ``.ci/run`` installs the server."""
    bindir = postgres_binaries()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("CI must test the SQL on PostgreSQL: install the postgresql package")
        pytest.skip("PostgreSQL's server is not installed")
    # initdb refuses to run as root, so root runs the server as the postgres user.
    as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    base = Path(tempfile.mkdtemp(prefix="posrc-pg-"))
    if as_owner:
        shutil.chown(base, "postgres", "postgres")
    data = base / "data"

    def run(*command: str) -> None:
        subprocess.run([*as_owner, *command], check=True, capture_output=True, timeout=120)

    run(str(bindir / "initdb"), "-D", str(data), "-U", "posrc", "-A", "trust", "-E", "UTF8",
        "--locale=C", "-N")  # fmt: skip
    server = f"-k {base} -c listen_addresses='' -c fsync=off"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", server, "-w", "-l", str(base / "log"),
        "start")  # fmt: skip
    try:
        yield [*as_owner, str(bindir / "psql"), "-X", "-q", "-h", str(base), "-U", "posrc",
               "-d", "postgres", "-v", "ON_ERROR_STOP=1"]  # fmt: skip
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(base)


@pytest.mark.parametrize("registry", [Registry.default(), extended()], ids=["default", "extended"])
def test_sql_round_trips_through_postgresql(registry: Registry, psql: list[str]) -> None:
    def query(sql: str) -> str:
        done = subprocess.run(
            [*psql, "-A", "-t"], input=sql, capture_output=True, text=True, check=True, timeout=60
        )
        return done.stdout

    rows = registry.rows()
    query("DROP TABLE IF EXISTS posrc_codes;\n" + written(rows, "sql"))
    parsed = json.loads(query("SELECT json_agg(t) FROM posrc_codes AS t;"))
    assert keyed(parsed) == keyed(rows)
    assert back_to_a_registry(parsed).rows() == rows
