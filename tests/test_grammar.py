"""The grammar's patterns do linear work, whatever the text holds.

A repeat with no upper bound stays linear when it is a run of one character
class that nothing next to it can continue: the run can then be split
between repeats in only one way, so backtracking over it is bounded by its
length. The proof below walks the patterns with re's own parser.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest

from posrc import _grammar as grammar
from posrc import find_codes
from posrc._anchors import anchors

# re._parser and re._constants are sre_parse and sre_constants before 3.11.
_PARSER: Any = getattr(re, "_parser", None) or importlib.import_module("sre_parse")
_NAMES: Any = getattr(re, "_constants", None) or importlib.import_module("sre_constants")
_OTHER = "\uffff"  # stands for every character that a pattern does not name


def _universe(pattern: str) -> frozenset[str]:
    return frozenset(map(chr, range(128))) | frozenset(pattern) | {_OTHER}


def _chars(op: Any, arg: Any, universe: frozenset[str]) -> frozenset[str]:
    """The characters that one character-matching item matches."""
    if op is _NAMES.LITERAL:
        return frozenset({chr(arg)})
    if op is _NAMES.NOT_LITERAL:
        return universe - {chr(arg)}
    if op is _NAMES.ANY:
        return universe
    assert op is _NAMES.IN, op
    matched: set[str] = set()
    negate = False
    for kind, value in arg:
        if kind is _NAMES.NEGATE:
            negate = True
        elif kind is _NAMES.LITERAL:
            matched.add(chr(value))
        elif kind is _NAMES.RANGE:
            matched |= {c for c in universe if value[0] <= ord(c) <= value[1]}
        else:  # a category such as \d: every character that could be in it
            matched |= universe
    return universe - matched if negate else frozenset(matched)


class _Proof:
    """Finds the repeats that could make a pattern's work grow faster than its text."""

    def __init__(self, pattern: str) -> None:
        self.universe = _universe(pattern)
        self.faults: list[str] = []
        self._walk(list(_PARSER.parse(pattern)), frozenset(), inside_repeat=False)

    def first(self, items: list[Any]) -> tuple[frozenset[str], bool]:
        """What a sequence can start with, and whether it can match nothing."""
        found: set[str] = set()
        for op, arg in items:
            chars, empty = self._item(op, arg)
            found |= chars
            if not empty:
                return frozenset(found), False
        return frozenset(found), True

    def _item(self, op: Any, arg: Any) -> tuple[frozenset[str], bool]:
        if op in (_NAMES.LITERAL, _NAMES.NOT_LITERAL, _NAMES.ANY, _NAMES.IN):
            return _chars(op, arg, self.universe), False
        if op in (_NAMES.MAX_REPEAT, _NAMES.MIN_REPEAT):
            chars, empty = self.first(list(arg[2]))
            return chars, empty or arg[0] == 0
        if op is _NAMES.SUBPATTERN:
            return self.first(list(arg[-1]))
        if op is _NAMES.BRANCH:
            parts = [self.first(list(branch)) for branch in arg[1]]
            union = frozenset[str]().union(*(c for c, _ in parts))
            return union, any(e for _, e in parts)
        return frozenset(), True  # look-arounds and anchors consume nothing

    def _walk(self, items: list[Any], follow: frozenset[str], inside_repeat: bool) -> None:
        for index, (op, arg) in enumerate(items):
            after, empty = self.first(items[index + 1 :])
            following = after | follow if empty else after
            if op in (_NAMES.MAX_REPEAT, _NAMES.MIN_REPEAT):
                _, high, sub = arg
                body = list(sub)
                if high == _NAMES.MAXREPEAT:
                    self._unbounded(body, following, inside_repeat)
                self._walk(body, following, inside_repeat or high == _NAMES.MAXREPEAT)
            elif op is _NAMES.SUBPATTERN:
                self._walk(list(arg[-1]), following, inside_repeat)
            elif op is _NAMES.BRANCH:
                for branch in arg[1]:
                    self._walk(list(branch), following, inside_repeat)
            elif op in (_NAMES.ASSERT, _NAMES.ASSERT_NOT):
                self._walk(list(arg[1]), frozenset(), inside_repeat)

    def _unbounded(self, body: list[Any], following: frozenset[str], inside_repeat: bool) -> None:
        shown = repr(body)[:60]
        if inside_repeat:
            self.faults.append(f"an unbounded repeat inside another repeat: {shown}")
        if len(body) != 1 or body[0][0] not in (_NAMES.LITERAL, _NAMES.IN):
            self.faults.append(f"an unbounded repeat of more than one character: {shown}")
            return
        run = _chars(body[0][0], body[0][1], self.universe)
        if run & following:
            self.faults.append(f"a run that what follows could continue: {shown}")


def faults(pattern: str) -> list[str]:
    return _Proof(pattern).faults


@pytest.mark.parametrize(
    "bad",
    [
        "a*a*",
        "[ \t]*(?:x[ \t]*)?[ \t]*",
        "(?:a+)+",
        "(?:ab)*",
        "[ \t]*(?:=)?[ \t]*y",
        r"\s*\s*",
    ],
)
def test_the_proof_can_fail(bad: str) -> None:
    assert faults(bad)


@pytest.mark.parametrize("good", ["a*b", "[ \t]*(?:=[ \t]*)?x", "(?:a{1,4})?b*c", "x[ \t]*$"])
def test_the_proof_passes_linear_patterns(good: str) -> None:
    assert faults(good) == []


def test_every_pattern_of_the_grammar_is_linear() -> None:
    assert faults(grammar.candidates().pattern) == []
    assert faults(grammar.candidates(enveloped=False).pattern) == []
    assert faults(grammar.leading().pattern) == []
    assert faults(grammar.wallet_field().pattern) == []
    assert faults(grammar.WALLET_ENVELOPE().pattern) == []
    assert faults(anchors().pattern) == []
    assert faults(anchors(enveloped=False).pattern) == []


@pytest.mark.parametrize("blanks", [1, 7, 99, 5000])
def test_any_run_of_blanks_after_a_label_is_read(blanks: int) -> None:
    text = "应答码：" + " " * blanks + "51"
    assert [m.raw for m in find_codes(text)] == [text]
    assert [m.raw for m in find_codes("RC" + " " * blanks + "=51")] == ["RC" + " " * blanks + "=51"]


def test_adversarial_runs_are_scanned() -> None:
    # A smoke test: the guarantee is the proof above, not the time this takes.
    for text in ("5" * 5000, "RC=" * 2000, "：" * 5000, "RC" + " " * 5000, "[(" * 3000):
        assert find_codes(text) == []


@pytest.mark.parametrize("text", ["latency=19ms queue=42", "timeout after 30s", "width 12px"])
def test_a_unit_after_a_number_is_no_message_it_runs_into(text: str) -> None:
    pattern = grammar.candidates()
    assert [at for at in range(len(text)) if pattern.match(text, at)] == []


@pytest.mark.parametrize(("text", "code"), [("A0MAC校验错", "A0"), ("99PIN格式错", "99")])
def test_a_code_runs_into_a_message_that_starts_with_a_capital_or_chinese(
    text: str, code: str
) -> None:
    match = grammar.candidates().match(text)
    assert match is not None
    assert match.group("bare") == code
