"""The code tables as a reviewer reads them: their columns, their sources and their advice."""

from __future__ import annotations

import re
import subprocess
import sys
from types import ModuleType

import attrs
import pytest

from posrc import Outcome, ReturnCode, Scheme
from posrc._data import cup, iso8583, iso8583_1993, native

SCHEME_MODULES: dict[Scheme, ModuleType] = {
    Scheme.CUP: cup,
    Scheme.ISO8583: iso8583,
    Scheme.ISO8583_1993: iso8583_1993,
}
S1_OPERATIONS = {"成功", "成功，需提示", "失败", "呑卡、没收", ""}


def ids(row: cup.Row) -> str:
    return row.code


def own_retry(rc: ReturnCode) -> object:
    """The retry a record gives itself, ``None`` where it takes its canonical code's."""
    return {field.alias: getattr(rc, field.name) for field in attrs.fields(ReturnCode)}["retry"]


def lookup_cup(code: str) -> ReturnCode:
    (rc,) = (rc for rc in cup.CUP_CODES if rc.code == code)
    return rc


def test_each_native_row_is_a_module_name_and_a_class_member() -> None:
    names = [row[0] for row in native.TABLE]
    assert names == list(native.BY_NAME)
    assert set(native.ADVICE) == set(names)
    assert set(native.CARDHOLDER) <= set(names)
    for name, rc in native.BY_NAME.items():
        assert rc.name == name
        assert getattr(native, name) is rc
        assert getattr(ReturnCode, name) is rc


def test_the_constants_exist_after_a_bare_import() -> None:
    code = "import posrc; print(posrc.ReturnCode.INSUFFICIENT_BALANCE.code)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "BL1001"


@pytest.mark.parametrize("rc", [rc for rc in ReturnCode if not rc.is_native], ids=str)
def test_a_scheme_row_gives_its_retry_only_to_override(rc: ReturnCode) -> None:
    retry = own_retry(rc)
    assert retry is None or retry is not rc.canonical.retry


@pytest.mark.parametrize("row", cup.ROWS, ids=ids)
def test_a_cup_row_reads_as_its_source(row: cup.Row) -> None:
    rc = lookup_cup(row.code)
    assert row.code == rc.code
    if row.classic:
        assert row.classic in cup.CLASSES
        assert row.terminal_operation == "", (
            "the classic appendix gives a class, not a terminal operation"
        )
        assert rc.source is not None
        assert rc.source.key == "S2/S3"
    else:
        assert row.terminal_operation in S1_OPERATIONS
        assert (row.terminal_operation == "呑卡、没收") == rc.is_pick_up
        if row.terminal_operation.startswith("成功"):
            assert rc.outcome in (Outcome.APPROVED, Outcome.PARTIAL)
        assert rc.source is cup.SOURCES["S1"]


@pytest.mark.parametrize("row", cup.ROWS, ids=ids)
def test_every_departure_from_the_recommended_display_has_a_note(row: cup.Row) -> None:
    rc = lookup_cup(row.code)
    if row.display is not None:
        assert row.notes, "a display of posrc's own says why in the notes"
        assert not row.display_en
        assert rc.display("zh") == row.display[0]
    elif row.display_en:
        assert row.spec_display, "an English display translates the recommended one"
        assert (rc.display("zh"), rc.display("en")) == (row.spec_display, row.display_en)
    else:
        assert not row.spec_display or row.notes, "a recommended display left out says why"
        assert rc.display("zh") == rc.canonical.display("zh")


@pytest.mark.parametrize("scheme", SCHEME_MODULES)
def test_every_source_and_every_cited_key_is_defined_beside_its_table(scheme: Scheme) -> None:
    sources = SCHEME_MODULES[scheme].SOURCES
    assert all(key == source.key for key, source in sources.items())
    for rc in ReturnCode:
        if rc.scheme is not scheme:
            continue
        assert rc.source is not None
        keyed = sources[rc.source.key]
        assert (rc.source.title, rc.source.primary) == (keyed.title, keyed.primary)
        for cited in re.findall(r"\bS\d+(?:/S\d+)?\b", rc.notes):
            assert cited in sources, (
                f"{rc.code} cites {cited}, which {scheme.value} does not define"
            )
