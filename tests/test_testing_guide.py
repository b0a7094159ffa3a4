"""The testing guide (docs/testing.md) runs as written: its examples and its project."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import posrc.testing
from tests.inner_pytest import INNER_OPTIONS

pytest_plugins = ["pytester"]

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "testing.md"
FILE_BLOCK = re.compile(
    r"^```\{code-block\} python\n:caption: (?P<name>[\w.]+)\n\n(?P<body>.*?)^```$",
    re.MULTILINE | re.DOTALL,
)


def guide_files() -> dict[str, str]:
    text = GUIDE.read_text(encoding="utf-8")
    return {match["name"]: match["body"] for match in FILE_BLOCK.finditer(text)}


def test_the_guide_holds_a_complete_project() -> None:
    assert set(guide_files()) == {"cashier.py", "conftest.py", "test_cashier.py"}


def test_the_guide_examples_pass_as_doctests() -> None:
    result = doctest.testfile(str(GUIDE), module_relative=False, encoding="utf-8")
    assert result.attempted >= 10
    assert result.failed == 0


def test_the_guide_project_passes(pytester: pytest.Pytester) -> None:
    for name, body in guide_files().items():
        pytester.path.joinpath(name).write_text(body, encoding="utf-8")
    result = pytester.runpytest(*INNER_OPTIONS, "-q")
    result.assert_outcomes(passed=_expected_tests())


def _expected_tests() -> int:
    codes, hard_decline_codes = posrc.testing.codes, posrc.testing.hard_decline_codes
    return (
        len(hard_decline_codes(scheme="cup"))
        + len(codes(scheme="cup"))
        + len(codes(scheme="cup", terminal_action="retain-card"))
        + len(codes(scheme="cup", outcome="partial"))
        + 3  # two hypothesis tests and the handler check
    )


def test_the_guide_project_catches_a_handler_bug(pytester: pytest.Pytester) -> None:
    # The same project with the classic bug: every success-looking reply retried.
    files = guide_files()
    files["cashier.py"] = files["cashier.py"].replace(
        "retry=result.retry in (Retry.IMMEDIATELY, Retry.LATER)",
        "retry=not result.is_approved",
    )
    assert files["cashier.py"] != guide_files()["cashier.py"]
    for name, body in files.items():
        pytester.path.joinpath(name).write_text(body, encoding="utf-8")
    result = pytester.runpytest(*INNER_OPTIONS, "-q")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    cup_codes = len(posrc.testing.codes(scheme="cup"))
    result.stdout.fnmatch_lines([f"*the handler mishandled * of {cup_codes} codes:*"])
