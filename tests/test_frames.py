"""posrc.frames.explain_column: whole columns of raw codes, in pandas, Polars and pyarrow."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posrc import Actor, Category, Outcome, Registry, Retry, Scheme, TerminalAction
from posrc.frames import EXPLAINED_COLUMNS, explain_column
from tests.optional import require

for _module in ("pandas", "polars", "pyarrow"):
    require(_module)

import pandas as pd  # noqa: E402
import polars as pl  # noqa: E402
import pyarrow as pa  # noqa: E402

TEXTS = ["51", " 51", "RC=51", "应答码：51", "05", "a0", "116", "BL1001", "ｂｌ-1001", "ZZ", "5",
         "--", "", "RC=51 网络连接失败"]  # fmt: skip
BYTES = [b"51", b"RC=05", "应答码：51".encode("gbk"), b"\xff\xfe"]
SCHEMES = [None, "cup", "iso8583", "iso8583-1993", "posrc"]
ENUMERATIONS = {
    "scheme": [scheme.value for scheme in Scheme],
    "category": [category.value for category in Category],
    "outcome": [outcome.value for outcome in Outcome],
    "retry": [retry.value for retry in Retry],
    "terminal_action": [action.value for action in TerminalAction],
}

Raw = str | bytes | None
Row = dict[str, object]

# For columns whose kind is only known when the test runs.
explain_any: Callable[..., Any] = explain_column


def expected(raw: Raw, scheme: str | None = None, registry: Registry | None = None) -> Row:
    """What posrc.explain says of one value, as a row; all nulls for a null."""
    if raw is None:
        nulls: Row = dict.fromkeys(EXPLAINED_COLUMNS, cast(object, None))
        return nulls
    result = (registry or Registry.default()).explain(raw, scheme=scheme)
    rc = result.return_code
    cashier = result.advice.for_actor(Actor.CASHIER)
    return {
        "known": rc is not None,
        "scheme": None if result.scheme is None else result.scheme.value,
        "code": result.code,
        "canonical": None if rc is None else rc.canonical.code,
        "category": None if rc is None else rc.category.value,
        "outcome": result.outcome.value,
        "retry": result.retry.value,
        "terminal_action": result.terminal_action.value,
        **{f"message_{lang}": result.message(lang) for lang in ("zh", "en")},
        **{f"display_{lang}": result.display(lang) for lang in ("zh", "en")},
        **{f"cardholder_{lang}": result.cardholder_message(lang) for lang in ("zh", "en")},
        **{f"first_step_{lang}": cashier[0].text(lang) if cashier else None
           for lang in ("zh", "en")},
    }  # fmt: skip


def pandas_rows(frame: pd.DataFrame) -> list[Row]:
    names = [str(column) for column in frame.columns]
    records: list[list[Any]] = frame.to_numpy(dtype=object).tolist()
    return [
        {name: None if pd.isna(value) else value for name, value in zip(names, record, strict=True)}
        for record in records
    ]


def polars_rows(frame: pl.DataFrame) -> list[Row]:
    return frame.to_dicts()


def arrow_rows(table: pa.Table) -> list[Row]:
    return table.to_pylist()


class Library:
    """How to build a column of one library, and read a result back as rows."""

    def __init__(
        self,
        name: str,
        column: Callable[[Sequence[Raw]], object],
        rows: Callable[[Any], list[Row]],
        takes_bytes: bool,
    ) -> None:
        self.name, self.column, self.rows, self.takes_bytes = name, column, rows, takes_bytes

    def explain(self, values: Sequence[Raw], **options: Any) -> list[Row]:
        return self.rows(explain_any(self.column(values), **options))


def pandas_column(dtype: str) -> Callable[[Sequence[Raw]], object]:
    def column(values: Sequence[Raw]) -> object:
        data: Any = list(values)
        return pd.Series(data, dtype=dtype)

    return column


def polars_column(dtype: type[pl.DataType]) -> Callable[[Sequence[Raw]], object]:
    return lambda values: pl.Series(list(values), dtype=dtype)


def arrow_chunks(values: Sequence[Raw]) -> object:
    return pa.chunked_array(
        [pa.array(part, pa.large_string()) for part in (values[:3], values[3:])]
    )


def arrow_dictionary(values: Sequence[Raw]) -> object:
    column: Any = pa.array(values, pa.string_view())
    return column.dictionary_encode()


LIBRARIES = [
    Library("pandas-object", pandas_column("object"), pandas_rows, takes_bytes=True),
    Library("pandas-str", pandas_column("str"), pandas_rows, takes_bytes=False),
    Library("pandas-category", pandas_column("category"), pandas_rows, takes_bytes=True),
    Library("polars", polars_column(pl.String), polars_rows, takes_bytes=False),
    Library("polars-binary", polars_column(pl.Binary), polars_rows, takes_bytes=True),
    Library("pyarrow", lambda v: pa.array(v, pa.string()), arrow_rows, takes_bytes=False),
    Library("pyarrow-binary", lambda v: pa.array(v, pa.binary()), arrow_rows, takes_bytes=True),
    Library("pyarrow-chunked", arrow_chunks, arrow_rows, takes_bytes=False),
    Library("pyarrow-dictionary", arrow_dictionary, arrow_rows, takes_bytes=False),
]


def values_for(library: Library) -> list[Raw]:
    if library.takes_bytes and library.name != "pandas-object":
        return [*BYTES, None, *BYTES]
    return [*TEXTS, None, *TEXTS[:3], *(BYTES if library.takes_bytes else [])]


@pytest.mark.parametrize("library", LIBRARIES, ids=lambda library: library.name)
def test_each_row_is_what_explain_says(library: Library) -> None:
    values = values_for(library)
    assert library.explain(values) == [expected(value) for value in values]


@pytest.mark.parametrize("library", LIBRARIES, ids=lambda library: library.name)
def test_a_scheme_for_every_row(library: Library) -> None:
    values = values_for(library)
    rows = library.explain(values, scheme="iso8583")
    assert rows == [expected(value, "iso8583") for value in values]


@pytest.mark.parametrize("library", LIBRARIES, ids=lambda library: library.name)
def test_each_row_names_its_own_scheme(library: Library) -> None:
    values = values_for(library)
    schemes = [SCHEMES[i % len(SCHEMES)] for i in range(len(values))]
    scheme_column = LIBRARIES[[lib.name for lib in LIBRARIES].index(_text_kind(library))].column
    rows = library.explain(values, scheme=scheme_column(schemes))
    assert rows == [expected(v, s) for v, s in zip(values, schemes, strict=True)]


def _text_kind(library: Library) -> str:
    """A library's column of text, for the scheme column beside a column of codes."""
    return {"pandas": "pandas-str", "polars": "polars", "pyarrow": "pyarrow"}[
        library.name.partition("-")[0]
    ]


pool = st.sampled_from([*TEXTS, None])


@given(values=st.lists(pool, max_size=25), data=st.data())
def test_any_column_explains_as_its_rows_do(values: list[Raw], data: st.DataObject) -> None:
    size = len(values)
    schemes = data.draw(st.lists(st.sampled_from(SCHEMES), min_size=size, max_size=size))
    for name in ("pandas-str", "polars", "pyarrow"):
        library = LIBRARIES[[lib.name for lib in LIBRARIES].index(name)]
        rows = library.explain(values, scheme=library.column(schemes))
        assert rows == [expected(v, s) for v, s in zip(values, schemes, strict=True)]


def test_pandas_columns_are_categorical_with_the_whole_vocabulary() -> None:
    frame = explain_column(pd.Series(["51", None, "ZZ"], index=[10, 20, 30]))
    assert list(frame.columns) == list(EXPLAINED_COLUMNS)
    assert list(frame.index) == [10, 20, 30]
    assert str(frame["known"].dtype) == "boolean"
    for name in EXPLAINED_COLUMNS[1:]:
        assert isinstance(frame[name].dtype, pd.CategoricalDtype), name
    for name, vocabulary in ENUMERATIONS.items():
        assert list(frame[name].cat.categories) == vocabulary
    assert list(frame["code"].cat.categories) == ["51", "ZZ"]


def test_polars_columns_are_enums() -> None:
    frame = explain_column(pl.Series(["51", None, "ZZ"]))
    assert frame["known"].dtype == pl.Boolean
    for name in EXPLAINED_COLUMNS[1:]:
        assert isinstance(frame[name].dtype, pl.Enum), name
    for name, vocabulary in ENUMERATIONS.items():
        assert frame[name].dtype == pl.Enum(vocabulary)
    assert frame["code"].dtype == pl.Enum(["51", "ZZ"])


def test_arrow_columns_are_dictionary_encoded() -> None:
    table = explain_column(pa.array(["51", None, "ZZ"]))
    assert table.column("known").type == pa.bool_()
    for name in EXPLAINED_COLUMNS[1:]:
        assert table.column(name).type == pa.dictionary(pa.int32(), pa.string()), name
    for name, vocabulary in ENUMERATIONS.items():
        chunk = cast("pa.DictionaryArray[Any, Any]", table.column(name).chunk(0))
        assert chunk.dictionary.to_pylist() == vocabulary


def test_empty_columns_give_empty_results() -> None:
    assert explain_column(pd.Series([], dtype="str")).shape == (0, len(EXPLAINED_COLUMNS))
    assert explain_column(pl.Series([], dtype=pl.String)).shape == (0, len(EXPLAINED_COLUMNS))
    table = explain_column(pa.chunked_array([], pa.string()))
    assert (table.num_rows, table.num_columns) == (0, len(EXPLAINED_COLUMNS))


def test_columns_picks_and_orders_the_columns() -> None:
    frame = explain_column(pl.Series(["51"]), columns=["retry", "outcome"])
    assert frame.columns == ["retry", "outcome"]
    assert frame.row(0) == ("after-fix", "declined")


def test_an_extended_registry_explains_vendor_codes() -> None:
    registry = Registry.default().extend(
        [{"scheme": "lakala", "code": "E1", "canonical": "BL1001", "zh": "余额不足", "en": "Low"}]
    )
    frame = explain_column(
        pd.Series(["RC=E1", "51"]),
        scheme=pd.Series(["lakala", None]),
        registry=registry,
        columns=["scheme", "code", "canonical", "message_en"],
    )
    assert pandas_rows(frame) == [
        {"scheme": "lakala", "code": "E1", "canonical": "BL1001", "message_en": "Low"},
        {"scheme": "cup", "code": "51", "canonical": "BL1001", "message_en": "Insufficient funds"},
    ]
    assert list(frame["scheme"].cat.categories) == [*ENUMERATIONS["scheme"], "lakala"]


@pytest.mark.parametrize(
    "column",
    [pd.Series([5, 51]), pl.Series([5, 51]), pa.array([5, 51]), pd.Series(["51", 5.0])],
    ids=["pandas", "polars", "pyarrow", "pandas-mixed"],
)
def test_numbers_are_refused_since_05_would_be_5(column: object) -> None:
    with pytest.raises(TypeError, match="codes are text or bytes; read the column as strings"):
        explain_any(column)


@pytest.mark.parametrize(
    "codes",
    [["51"], ("51",), "51", pd.DataFrame({"rc": ["51"]}), pl.DataFrame({"rc": ["51"]}),
     pa.table({"rc": ["51"]})],
    ids=["list", "tuple", "str", "pandas-frame", "polars-frame", "arrow-table"],
)  # fmt: skip
def test_other_objects_are_refused(codes: object) -> None:
    with pytest.raises(TypeError, match="takes a pandas Series, a Polars Series or a pyarrow"):
        explain_any(codes)


@pytest.mark.parametrize(
    ("codes", "schemes"),
    [
        (pd.Series(["51"]), ["cup"]),
        (pl.Series(["51"]), pa.array(["cup"])),
        (pa.array(["51"]), pl.Series(["cup"])),
    ],
    ids=["pandas", "polars", "pyarrow"],
)
def test_a_scheme_column_of_another_kind_is_refused(codes: object, schemes: object) -> None:
    with pytest.raises(TypeError, match="scheme is a scheme, its name, or a"):
        explain_any(codes, scheme=schemes)


@pytest.mark.parametrize(
    ("codes", "schemes"),
    [
        (pd.Series(["51", "05"]), pd.Series(["cup"])),
        (pl.Series(["51", "05"]), pl.Series(["cup"])),
        (pa.array(["51", "05"]), pa.array(["cup"])),
    ],
    ids=["pandas", "polars", "pyarrow"],
)
def test_a_scheme_column_of_another_length_is_refused(codes: object, schemes: object) -> None:
    with pytest.raises(ValueError, match="the scheme column has 1 rows, the codes 2"):
        explain_any(codes, scheme=schemes)


def test_a_scheme_column_of_numbers_is_refused() -> None:
    with pytest.raises(TypeError, match="the scheme column holds a int"):
        explain_column(pd.Series(["51"]), scheme=pd.Series([1]))


def test_an_unknown_scheme_is_refused_before_any_work() -> None:
    with pytest.raises(ValueError, match="unknown scheme 'visa'"):
        explain_column(pa.array(["51"]), scheme="visa")
    with pytest.raises(ValueError, match="unknown scheme 'visa'"):
        explain_column(pa.array(["51"]), scheme=pa.array(["visa"]))


def test_unknown_columns_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown column 'colour'; the columns are known, scheme"):
        explain_column(pl.Series(["51"]), columns=["outcome", "colour"])
    with pytest.raises(TypeError, match="a sequence of column names, not one str"):
        explain_column(pl.Series(["51"]), columns="outcome")


def test_importing_posrc_imports_no_data_frame_library() -> None:
    script = (
        "import sys, json, posrc, posrc.frames\n"
        "posrc.explain('51'); posrc.Registry.default().rows()\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules}"
        " & {'pandas', 'polars', 'pyarrow', 'numpy', 'duckdb'})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == []


def test_the_public_names_are_pinned() -> None:
    import posrc.frames

    assert sorted(posrc.frames.__all__) == [
        "COLUMNS",
        "CodeRow",
        "EXPLAINED_COLUMNS",
        "SCHEMA_VERSION",
        "explain_column",
        "write_table",
    ]
