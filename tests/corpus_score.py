"""Score :func:`posrc.find_codes` per family over the real-text corpus ``tests/corpus/real.jsonl``.

Each corpus line carries the codes a careful reader finds in it, with their
schemes. A code that ``find_codes`` reports counts as a true positive when it
equals an expected code of its line that no earlier report has used and its
scheme agrees with the label; any other report is a false positive, and any
expected code left over is a false negative. Arguable lines are left out.

Scheme agreement is strict by default: ``cup`` accepts ``cup``, ``iso8583``
accepts ``iso8583``, and ``field39`` (a field-39 code whose scheme the text
does not tell) accepts either. ``strict=False`` also lets ``cup`` and
``iso8583`` stand for each other, which measures finding the code apart from
naming its scheme.

>>> line = Line(1, "RC=51", "example", "log", (Expected("field39", "51"),), False, "")
>>> judge(line, (("cup", "51"),)).hits
1
>>> judge(line, (("cup", "05"),)).missed
(Expected(scheme='field39', code='51'),)

Run ``python -m tests.corpus_score`` for the table and the per-line details.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from posrc import find_codes

CORPUS = Path(__file__).parent / "corpus" / "real.jsonl"
FAMILIES = (
    "log",
    "dump",
    "gateway",
    "pos-zh",
    "config",
    "fixture",
    "source",
    "sql",
    "docs",
    "issue",
    "negative",
    "wallet",
)
WALLET_SCHEMES = frozenset({"wechatpay", "alipay", "unionpay-online", "shouqianba"})
FIELD_39_SCHEMES = frozenset({"cup", "iso8583"})
# Of 200 salts, the one whose halves share each family's expected codes most evenly:
# chosen by the labels alone, before any rule was measured on either half.
HALF_SALT = "61"


@attrs.frozen
class Expected:
    """One code a corpus line presents, in the scheme its label names."""

    scheme: str
    code: str


@attrs.frozen
class Line:
    """One corpus record; ``number`` is its 1-based line in the corpus file."""

    number: int
    text: str
    source: str
    family: str
    codes: tuple[Expected, ...]
    arguable: bool
    note: str


@attrs.frozen
class Verdict:
    """How the reports on one line compare with its label."""

    line: Line
    found: tuple[tuple[str, str], ...]
    hits: int
    extra: tuple[tuple[str, str], ...]
    missed: tuple[Expected, ...]


@attrs.frozen
class Score:
    """Counts over a set of lines, with precision and recall."""

    lines: int
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        reported = self.true_positives + self.false_positives
        return self.true_positives / reported if reported else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def load(path: Path = CORPUS) -> list[Line]:
    """Every record of the corpus file, in file order."""
    lines: list[Line] = []
    with path.open(encoding="utf-8") as corpus:
        for number, row in enumerate(corpus, 1):
            record = json.loads(row)
            codes = tuple(Expected(str(c["scheme"]), str(c["code"])) for c in record["codes"])
            lines.append(
                Line(
                    number,
                    str(record["text"]),
                    str(record["source"]),
                    str(record["family"]),
                    codes,
                    bool(record["arguable"]),
                    str(record["note"]),
                )
            )
    return lines


def half(line: Line) -> int:
    """The half of the corpus (0 or 1) that ``line``'s source falls in.

    Every line of one source falls in the same half, so that rules developed on
    half 0 can be measured on sources they have never seen. A source is its
    file or page, whatever the line number.

    >>> a = Line(1, "", "github:o/r/p.c@1#L5", "log", (), False, "")
    >>> half(a) == half(attrs.evolve(a, number=9, source="github:o/r/p.c@1#L70"))
    True
    """
    source = line.source.split("#L", 1)[0]
    return hashlib.sha256((HALF_SALT + source).encode()).digest()[0] & 1


def accepts(expected: str, reported: str, *, strict: bool = True) -> bool:
    """Whether a code reported in scheme ``reported`` can stand for a label in ``expected``.

    >>> accepts("field39", "iso8583"), accepts("cup", "iso8583")
    (True, False)
    >>> accepts("cup", "iso8583", strict=False), accepts("iso8583-1993", "cup", strict=False)
    (True, False)
    """
    if expected == reported:
        return True
    if expected == "field39":
        return reported in FIELD_39_SCHEMES
    return not strict and {expected, reported} <= FIELD_39_SCHEMES


def judge(line: Line, found: Sequence[tuple[str, str]], *, strict: bool = True) -> Verdict:
    """Match the ``(scheme, code)`` reports on ``line`` against its expected codes."""
    unused = list(line.codes)
    extra: list[tuple[str, str]] = []
    for scheme, code in found:
        match = next(
            (
                expected
                for expected in unused
                if expected.code.upper() == code.upper()
                and accepts(expected.scheme, scheme, strict=strict)
            ),
            None,
        )
        if match is None:
            extra.append((scheme, code))
        else:
            unused.remove(match)
    hits = len(found) - len(extra)
    return Verdict(line, tuple(found), hits, tuple(extra), tuple(unused))


def reports(text: str) -> tuple[tuple[str, str], ...]:
    """What ``find_codes`` reports on ``text``, as ``(scheme, code)`` pairs."""
    found: list[tuple[str, str]] = []
    for match in find_codes(text):
        explanation = match.explanation
        scheme = "" if explanation.scheme is None else explanation.scheme.value
        code = explanation.code
        found.append((scheme, str(match.raw) if code is None else code))
    return tuple(found)


def verdicts(lines: Iterable[Line], *, strict: bool = True) -> list[Verdict]:
    """A verdict for every line that is not arguable."""
    return [judge(line, reports(line.text), strict=strict) for line in lines if not line.arguable]


def tally(judged: Iterable[Verdict]) -> Score:
    """The counts over ``judged``."""
    rows = list(judged)
    return Score(
        len(rows),
        sum(v.hits for v in rows),
        sum(len(v.extra) for v in rows),
        sum(len(v.missed) for v in rows),
    )


def per_family(judged: Sequence[Verdict]) -> dict[str, Score]:
    """Scores per family, then ``cards`` (every family but ``wallet``) and ``all``."""
    scores = {f: tally(v for v in judged if v.line.family == f) for f in FAMILIES}
    scores["cards"] = tally(v for v in judged if v.line.family != "wallet")
    scores["all"] = tally(judged)
    return scores


def table(scores: dict[str, Score]) -> str:
    """A Markdown table of ``scores``."""
    rows = [
        "| family | lines scored | expected codes | reported | TP | FP | FN | precision | recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for family, s in scores.items():
        expected = s.true_positives + s.false_negatives
        reported = s.true_positives + s.false_positives
        rows.append(
            f"| {family} | {s.lines} | {expected} | {reported} | {s.true_positives} "
            f"| {s.false_positives} | {s.false_negatives} | {s.precision:.2f} | {s.recall:.2f} |"
        )
    return "\n".join(rows)


def details(judged: Iterable[Verdict]) -> str:
    """One line for each verdict with a false positive or a false negative."""
    out: list[str] = []
    for v in judged:
        if not v.extra and not v.missed:
            continue
        extra = " ".join(f"{s}:{c}" for s, c in v.extra)
        missed = " ".join(f"{e.scheme}:{e.code}" for e in v.missed)
        out.append(
            f"{v.line.number:5d} {v.line.family:9s} FP[{extra}] FN[{missed}] {v.line.text[:90]!r}"
        )
    return "\n".join(out)


def main(argv: Sequence[str]) -> int:
    """Print the strict and lenient tables; with ``--halves``, the lenient table of each
    half of the sources; with ``--details``, every miss and misread."""
    lines = load()
    if "--halves" in argv:
        for which in (0, 1):
            judged = verdicts((line for line in lines if half(line) == which), strict=False)
            print(f"\nhalf {which}, cup and iso8583 interchangeable\n" + table(per_family(judged)))
        return 0
    strict = verdicts(lines)
    print("strict schemes\n" + table(per_family(strict)))
    print("\ncup and iso8583 interchangeable\n" + table(per_family(verdicts(lines, strict=False))))
    if "--details" in argv:
        print("\n" + details(strict))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
