"""posrc measured on real text: regression floors over the corpus of real lines.

The floors are today's figures, with two-character codes counted whether
posrc names them UnionPay or ISO 8583:1987; they only ever move up. The
figures the real-text work aims at are in ``tests/corpus/README.md``.
"""

from __future__ import annotations

import pytest

from tests.corpus_score import load, per_family, verdicts

# family: (precision, recall, false reports at most)
FLOORS = {
    "log": (1.00, 0.66, 0),
    "dump": (1.00, 0.40, 0),
    "gateway": (0.83, 0.71, 1),
    "pos-zh": (1.00, 0.23, 0),
    "fixture": (1.00, 0.15, 0),
    "source": (1.00, 0.21, 0),
    "docs": (1.00, 0.48, 0),
    "cards": (0.81, 0.25, 18),
    "negative": (0.00, 1.00, 10),
}

SCORES = per_family(verdicts(load(), strict=False))


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_the_scan_holds_its_floor(family: str) -> None:
    precision, recall, false_reports = FLOORS[family]
    score = SCORES[family]
    assert score.precision >= precision
    assert score.recall >= recall
    assert score.false_positives <= false_reports


def test_the_corpus_is_real_and_large_enough() -> None:
    lines = load()
    assert len(lines) >= 400
    assert all(line.source for line in lines)
