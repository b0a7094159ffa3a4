from __future__ import annotations

import json
import re
import subprocess
import sys

import posrc


def test_public_names_are_pinned() -> None:
    assert sorted(posrc.__all__) == posrc.__all__
    assert posrc.__all__ == [
        "Actor",
        "Advice",
        "Category",
        "Code",
        "CodeMatch",
        "Due",
        "Explanation",
        "Figure",
        "FollowUp",
        "FollowUpError",
        "Notice",
        "Outcome",
        "ParseError",
        "PosrcError",
        "Registry",
        "RegistryError",
        "ReplyReading",
        "Retry",
        "ReturnCode",
        "Scheme",
        "Source",
        "Step",
        "Summary",
        "TerminalAction",
        "Text",
        "UnknownCodeError",
        "VendorScheme",
        "__version__",
        "explain",
        "find_codes",
        "lookup",
        "parse",
        "read_reply",
        "summarize",
    ]


def test_every_public_name_exists_and_is_documented() -> None:
    for name in posrc.__all__:
        value = getattr(posrc, name)
        if name != "__version__":
            assert value.__doc__, name


def test_version_is_pep440() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+([.-]?(dev|a|b|rc)\d+)?", posrc.__version__)


def _modules_after(statement: str) -> set[str]:
    code = f"import json, sys; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    names: list[str] = json.loads(out)
    return set(names)


def test_import_loads_no_scheme_table_until_the_first_call() -> None:
    # The module of each scheme's table is named after the scheme (iso8583-1993: iso8583_1993).
    tables = {scheme.value.replace("-", "_") for scheme in posrc.Scheme} - {"posrc"}

    def loaded(modules: set[str]) -> set[str]:
        return {table for table in tables for name in modules if name.endswith("." + table)}

    assert loaded(_modules_after("import posrc")) == set()
    assert loaded(_modules_after("import posrc; posrc.lookup('51')")) == tables
