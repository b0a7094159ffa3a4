"""Counting codes by code, category and outcome."""

from __future__ import annotations

import pickle

import attrs
import pytest

from posrc import Category, Outcome, Summary, explain, find_codes, lookup, summarize
from posrc._summary import Countable


def test_counts_are_ordered_by_frequency_then_first_appearance() -> None:
    summary = summarize([lookup("A0"), lookup("51"), lookup("51"), lookup("96"), lookup("A0")])
    assert summary.total == 5
    assert [(rc.code, n) for rc, n in summary.by_code] == [("A0", 2), ("51", 2), ("96", 1)]
    assert summary.by_category == (
        (Category.TERMINAL, 2),
        (Category.BALANCE, 2),
        (Category.SYSTEM, 1),
    )
    assert summary.by_outcome == ((Outcome.ERROR, 2), (Outcome.DECLINED, 2), (Outcome.UNKNOWN, 1))
    assert summary.unknown == ()


def test_mixed_items_and_unknown_codes() -> None:
    items: list[Countable] = [
        lookup("51"),
        explain("RC=51"),
        *find_codes("交易失败 应答码：51 余额不足"),
        "ZZ",
        b"\xff",
        "RC=Q7",
    ]
    summary = summarize(items)
    assert summary.total == 6
    assert [(rc.code, n) for rc, n in summary.by_code] == [("51", 3)]
    assert summary.unknown == (("ZZ", 1), ("\\xff", 1), ("Q7", 1))
    assert summary.by_outcome == ((Outcome.DECLINED, 3), (Outcome.UNKNOWN, 3))
    assert summary.by_category == ((Category.BALANCE, 3),)


def test_a_text_is_scanned() -> None:
    log = "RESP=51\nRESP=00\nRESP=51\n1005:网络连接失败\n".encode("gbk")
    summary = summarize(log)
    assert summary.total == 3 + 1
    assert [(rc.code, n) for rc, n in summary.by_code] == [("51", 2), ("00", 1), ("NW1005", 1)]


def test_empty() -> None:
    assert summarize([]) == Summary(0, (), (), (), ())
    assert summarize("") == summarize(b"") == summarize([])


def test_summary_is_frozen_and_pickles() -> None:
    summary = summarize("RC=51 RC=96")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        summary.total = 0  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(summary)) == summary


def test_other_items_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="not int"):
        summarize([51])  # type: ignore[list-item]
