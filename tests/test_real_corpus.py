"""posrc measured on real text: regression floors over the corpus of real lines.

The floors are today's figures; they move up with the rules, and down only
when held-out lines join the corpus (its README says when and by how much). A two-character code
counts whether posrc names it UnionPay or ISO 8583:1987: without ``scheme=``
posrc reads it as UnionPay's by its documented rule, never by a guess from
the text around it, and ``explain`` says where ISO 8583:1987 reads it
otherwise. The figures the real-text work aims at are in
``tests/corpus/README.md``.
"""

from __future__ import annotations

import pytest

from tests.corpus_score import load, per_family, verdicts

# family: (precision, recall, false reports at most)
FLOORS = {
    "log": (1.00, 1.00, 0),
    "dump": (1.00, 1.00, 0),
    "gateway": (1.00, 1.00, 0),
    "pos-zh": (1.00, 0.70, 0),
    "config": (1.00, 0.83, 0),
    "fixture": (1.00, 1.00, 0),
    "source": (1.00, 0.74, 0),
    "sql": (1.00, 1.00, 0),
    "docs": (1.00, 0.87, 0),
    "issue": (0.80, 0.57, 1),
    "wallet": (0.62, 0.08, 3),
    "cards": (0.98, 0.79, 7),
    "negative": (0.00, 1.00, 6),
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
