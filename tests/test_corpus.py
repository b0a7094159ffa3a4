"""Precision and recall of find_codes over the labelled corpus in tests/corpus/."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import attrs
import pytest

from posrc import find_codes

CORPUS = Path(__file__).parent / "corpus" / "lines.jsonl"
PRECISION_FLOOR = 0.99
RECALL_FLOOR = 0.95


@attrs.frozen
class Line:
    kind: str
    codes: tuple[str, ...]
    text: str
    held_out: bool


@attrs.frozen
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def load() -> list[Line]:
    lines: list[Line] = []
    with CORPUS.open(encoding="utf-8") as corpus:
        for row in corpus:
            record = json.loads(row)
            lines.append(
                Line(
                    record["kind"],
                    tuple(record["codes"]),
                    record["text"],
                    record.get("held_out", False),
                )
            )
    return lines


def score(lines: list[Line]) -> Score:
    hits = extra = missed = 0
    for line in lines:
        found = Counter(match.explanation.code or "" for match in find_codes(line.text))
        expected = Counter(line.codes)
        common = sum((found & expected).values())
        hits += common
        extra += sum(found.values()) - common
        missed += sum(expected.values()) - common
    return Score(hits, extra, missed)


LINES = load()


def test_the_corpus_is_large_and_varied() -> None:
    assert len(LINES) >= 300
    kinds = Counter(line.kind for line in LINES)
    assert set(kinds) == {"display", "receipt", "log", "json", "field39", "listing"}
    assert min(kinds.values()) >= 30
    assert sum(1 for line in LINES if not line.codes) >= 100, "lines without codes test precision"
    assert any("\u4e00" <= char <= "\u9fff" for line in LINES for char in line.text)
    assert len({line.text for line in LINES}) == len(LINES)


def test_precision_and_recall_floors() -> None:
    result = score(LINES)
    assert result.precision >= PRECISION_FLOOR, result
    assert result.recall >= RECALL_FLOOR, result


@pytest.mark.parametrize("kind", ["display", "receipt", "log", "json", "field39", "listing"])
def test_no_kind_of_line_is_left_behind(kind: str) -> None:
    result = score([line for line in LINES if line.kind == kind])
    assert result.precision >= PRECISION_FLOOR, result
    assert result.recall >= 0.85, result


def test_bytes_score_as_the_text_does() -> None:
    chinese = [line for line in LINES if not line.text.isascii()]
    for line in chinese:
        as_text = [m.explanation.code for m in find_codes(line.text)]
        assert [m.explanation.code for m in find_codes(line.text.encode("gb18030"))] == as_text
