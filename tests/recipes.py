"""What the recipes in docs/recipes must give, worked out with posrc itself, and the
recipes themselves, loaded as the docs show them."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType

from posrc import Registry, UnknownCodeError

RECIPES = Path(__file__).resolve().parent.parent / "docs" / "recipes"

# Clean (scheme, code) pairs, as a warehouse keeps them; ZZ is no code at all.
AUTHORISATIONS = [
    ("cup", "51"), ("cup", "51"), ("cup", "05"), ("iso8583", "05"), ("cup", "00"),
    ("cup", "00"), ("cup", "00"), ("cup", "41"), ("iso8583-1993", "116"),
    ("posrc", "BL1001"), ("cup", "55"), ("cup", "ZZ"),
]  # fmt: skip

# Raw codes as terminals and hosts logged them, by authorisation id.
RAW_AUTHORISATIONS = [
    (1, " 51"), (2, "RC=51"), (3, "应答码：51"), (4, "05"), (5, None), (6, "A0"),
    (7, "ZZ"), (8, "RC=51 网络连接失败"), (9, "A0"), (10, "not a code"),
]  # fmt: skip


def recipe(name: str) -> ModuleType:
    """docs/recipes/NAME.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, RECIPES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def decline_reasons() -> list[tuple[object, ...]]:
    """(canonical, message_en, retry, payments) for the declines, most frequent first."""
    registry = Registry.default()
    counts: Counter[tuple[str, str, str]] = Counter()
    for scheme, code in AUTHORISATIONS:
        try:
            rc = registry.get(code, scheme=scheme)
        except UnknownCodeError:
            continue
        if rc.is_declined:
            counts[rc.canonical.code, rc.message("en"), rc.retry.value] += 1
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][0], item[0][1]))
    return [(*key, count) for key, count in ordered]


def raw_answers() -> list[tuple[object, ...]]:
    """(id, raw_code, scheme, code, outcome, retry) for each raw authorisation."""
    rows: list[tuple[object, ...]] = []
    for number, raw in RAW_AUTHORISATIONS:
        if raw is None:
            rows.append((number, raw, None, None, None, None))
            continue
        result = Registry.default().explain(raw)
        scheme = None if result.scheme is None else result.scheme.value
        rows.append((number, raw, scheme, result.code, result.outcome.value, result.retry.value))
    return rows
