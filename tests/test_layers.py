"""posrc's modules form layers: each imports only from the modules below it.

The order below is the package in one sentence: words and model at the
bottom, then reading and the tables, then the table of codes, then explain
and scan, then the registry, and the API and the command on top. An import
inside a function counts like any other; only imports for type checkers
(under ``if TYPE_CHECKING:``) are left out, since they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import posrc

# The package as imported: the sources in a checkout, or the installed wheel.
SOURCE = Path(posrc.__file__).parent

ORDER = (
    # words and model
    "posrc._version",
    "posrc.exceptions",
    "posrc._enums",
    "posrc._patterns",
    "posrc._model",
    "posrc._follow_up",
    # reading, and the tables of codes
    "posrc._grammar",
    "posrc._anchors",
    "posrc._read",
    "posrc._data.rows",
    "posrc._data.traditional",
    "posrc._data.wordings",
    "posrc._agreement",
    "posrc._data.steps",
    "posrc._data.native",
    "posrc._data.cup",
    "posrc._data.iso8583",
    "posrc._data.iso8583_1993",
    "posrc._data.wallets._rows",
    "posrc._data.wallets._advice",
    "posrc._data.wallets._natives",
    "posrc._data.wallets.wechatpay",
    "posrc._data.wallets.alipay",
    "posrc._data.wallets.unionpay_online",
    "posrc._data.wallets.shouqianba",
    "posrc._data.wallets",
    "posrc._data.wallet_records",
    "posrc._data",
    # the table
    "posrc._export",
    "posrc._table",
    "posrc._extend",
    "posrc._memo",
    "posrc._plain",
    # explain and scan
    "posrc._find",
    "posrc._explain",
    "posrc._scan",
    "posrc._summary",
    # the registry, the API and the command
    "posrc._registry",
    "posrc._reply",
    "posrc._api",
    "posrc._public",
    "posrc",
    "posrc.frames._answers",
    "posrc.frames._pandas",
    "posrc.frames._polars",
    "posrc.frames._arrow",
    "posrc.frames",
    "posrc._cli_output",
    "posrc._cli_scan",
    "posrc._cli",
    "posrc.__main__",
    "posrc.testing._catalogue",
    "posrc.testing._wallet_render",
    "posrc.testing._render",
    "posrc.testing._handler",
    "posrc.testing",
    "posrc.testing.strategies",
    "posrc.testing._hypothesis_hook",
    "posrc.testing.pytest_plugin",
)

# At most three import statements may point up, each for a reason written here.
ALLOWED_UPWARD = {
    ("posrc._model", "posrc._registry"): (
        "ReturnCode iterates, measures and unpickles like an Enum over the default registry"
    ),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, package: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for statement in node.orelse:
                visit(statement)
            return
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # from . import x, from .._model import y
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                where = SOURCE.parent / Path(*candidate.split("."))
                is_module = where.with_suffix(".py").exists() or where.is_dir()
                found.append((candidate if is_module else base, node.lineno))
        elif isinstance(node, ast.Call) and _names_import_module(node.func):
            # importlib.import_module("posrc._x") or __import__("posrc._x")
            first = node.args[0] if node.args else None
            name = first.value if isinstance(first, ast.Constant) else "posrc.<computed>"
            found.append((str(name), node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return [(name, line) for name, line in found if name == "posrc" or name.startswith("posrc.")]


def _names_import_module(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "import_module") or (
        isinstance(func, ast.Name) and func.id in ("import_module", "__import__")
    )


def all_edges() -> list[tuple[str, str, int]]:
    edges: list[tuple[str, str, int]] = []
    for path in sorted(SOURCE.rglob("*.py")):
        name = module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for target, line in _imports(ast.parse(path.read_text(encoding="utf-8")), package):
            if target != name:
                edges.append((name, target, line))
    return edges


def upward(edges: list[tuple[str, str, int]]) -> list[str]:
    rank = {name: index for index, name in enumerate(ORDER)}
    return [
        f"{source}:{line} imports {target}"
        for source, target, line in edges
        if rank[target] >= rank[source] and (source, target) not in ALLOWED_UPWARD
    ]


def test_every_module_has_a_place_in_the_order() -> None:
    modules = {module_name(path) for path in SOURCE.rglob("*.py")}
    assert modules <= set(ORDER), f"place these in ORDER: {sorted(modules - set(ORDER))}"


def test_every_import_points_down() -> None:
    assert upward(all_edges()) == []


def test_the_allow_list_is_short_and_used() -> None:
    allowed = [edge for edge in all_edges() if (edge[0], edge[1]) in ALLOWED_UPWARD]
    assert 0 < len(allowed) <= 3, allowed  # import statements, not pairs of modules
    assert {(source, target) for source, target, _ in allowed} == set(ALLOWED_UPWARD)


@pytest.mark.parametrize(
    ("source", "target"),
    [("posrc._grammar", "posrc._registry"), ("posrc._data.cup", "posrc._table")],
)
def test_an_upward_import_would_be_caught(source: str, target: str) -> None:
    assert upward([(source, target, 1)]) == [f"{source}:1 imports {target}"]


def test_imports_inside_functions_are_read() -> None:
    tree = ast.parse("def f():\n    from posrc._registry import Registry\n")
    assert _imports(tree, "posrc") == [("posrc._registry", 2)]
    relative = ast.parse("from . import _registry\nfrom ._model import Text\n")
    assert _imports(relative, "posrc") == [("posrc._registry", 1), ("posrc._model", 2)]
    dynamic = ast.parse("import importlib\nimportlib.import_module('posrc._registry')\n")
    assert _imports(dynamic, "posrc") == [("posrc._registry", 2)]
    hidden = ast.parse("if TYPE_CHECKING:\n    from posrc._registry import Registry\n")
    assert _imports(hidden, "posrc") == []


def test_no_table_of_codes_imports_the_registry() -> None:
    for source, target, _ in all_edges():
        if source.startswith("posrc._data"):
            assert target not in ("posrc._registry", "posrc._table", "posrc._api"), source
