from __future__ import annotations

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


def test_import_loads_no_scheme_table_and_no_test_tool() -> None:
    code = (
        "import sys, posrc; "
        "print(sorted(m for m in sys.modules if m.startswith(('posrc._data.', 'pytest', "
        "'hypothesis'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['posrc._data.native', 'posrc._data.steps']"
