from __future__ import annotations

import ast
import inspect
import itertools
import json
import subprocess
import sys
from types import ModuleType

import pytest

import posrc.testing
import posrc.testing._handler
import posrc.testing._render


def _modules_after(statement: str) -> list[str]:
    code = (
        f"import json, sys; {statement}; "
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'pytest', "
        "'_pytest', 'hypothesis', 'posrc'})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    names: list[str] = json.loads(out)
    return names


@pytest.mark.parametrize(
    "statement",
    [
        "import posrc",
        "import posrc.testing",
        "from posrc.testing import codes, render, check_handler; "
        "codes(); render(codes()[0], 'gbk'); check_handler(lambda rc: None)",
    ],
)
def test_neither_pytest_nor_hypothesis_is_imported(statement: str) -> None:
    assert _modules_after(statement) == ["posrc"]


def test_the_strategies_bring_hypothesis() -> None:
    assert "hypothesis" in _modules_after("import posrc.testing.strategies")


def test_public_names_are_pinned_and_documented() -> None:
    # ruff (RUF022) keeps the order: constants, then classes, then functions.
    assert posrc.testing.__all__ == [
        "STYLES",
        "WALLET_STYLES",
        "Decision",
        "Failure",
        "HandlerReport",
        "Problem",
        "Registry",
        "Style",
        "WalletStyle",
        "assert_handler",
        "check_handler",
        "code_id",
        "codes",
        "hard_decline_codes",
        "partial_codes",
        "render",
        "retain_card_codes",
        "sign_on_codes",
        "unknown_outcome_codes",
    ]
    # typing aliases and a mapping: their docs follow the assignment
    aliases = {"Problem", "Style", "WalletStyle", "WALLET_STYLES"}
    for name in sorted(set(posrc.testing.__all__) - aliases):
        assert getattr(posrc.testing, name).__doc__, name
    for name, module in (
        ("Problem", posrc.testing._handler),  # pyright: ignore[reportPrivateUsage]
        ("Style", posrc.testing._render),  # pyright: ignore[reportPrivateUsage]
        ("WalletStyle", posrc.testing._render),  # pyright: ignore[reportPrivateUsage]
        ("WALLET_STYLES", posrc.testing._render),  # pyright: ignore[reportPrivateUsage]
    ):
        assert name in _documented_assignments(module), name


def _documented_assignments(module: ModuleType) -> set[str]:
    """Names assigned at module level and followed by a docstring."""
    body = ast.parse(inspect.getsource(module)).body
    names: set[str] = set()
    for statement, following in itertools.pairwise(body):
        documented = isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
        if documented and isinstance(statement, ast.Assign):
            names.update(t.id for t in statement.targets if isinstance(t, ast.Name))
        if documented and isinstance(statement, ast.AnnAssign):
            names.update((statement.target.id,) if isinstance(statement.target, ast.Name) else ())
    return names


def test_installed_entry_point_registers_return_codes() -> None:
    probe = (
        "from hypothesis import strategies as st; import posrc; "
        "rc = st.from_type(posrc.ReturnCode).example(); print(rc in posrc.ReturnCode)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"


@pytest.mark.parametrize(
    "module",
    ["posrc.testing._hypothesis_hook", "posrc.testing.strategies", "posrc.testing.pytest_plugin"],
)
def test_each_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    # Hypothesis loads posrc's entry point while it is being imported; no import
    # order may leave that entry point pointing at a half-built module.
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
