"""Fuzz the entry points that read raw input; run as a script for a long session.

``PYTHONPATH=src python -m tests.fuzz_parse --seconds 600`` (from the
repository root, or without ``PYTHONPATH`` once posrc is installed) feeds hypothesis-generated text
and bytes (plain junk, and text built around real codes and labels) to
``lookup``, ``parse``, ``explain``, ``find_codes`` and ``summarize`` round after round,
with a fresh random seed each round, and prints how many inputs it tried.
:func:`check` states what must hold for every input; the test suite runs a
short session of it (``tests/test_robustness.py``).
"""

from __future__ import annotations

import argparse
import sys
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posrc import ParseError, UnknownCodeError, explain, find_codes, lookup, parse, summarize
from tests.strategies import junk_bytes, junk_text
from tests.text_strategies import coded_bytes, coded_text

raw_inputs = st.one_of(coded_text, coded_bytes(), junk_text, junk_bytes)
"""Everything the fuzzer feeds: junk, and text built around real codes."""


def check(raw: str | bytes) -> None:
    """The rules every input obeys; an ``AssertionError`` or any stray error is a bug."""
    failure: ParseError | UnknownCodeError | None = None
    try:
        found = lookup(raw)
    except (ParseError, UnknownCodeError) as error:
        found, failure = None, error
    if isinstance(failure, ParseError):
        assert failure.raw is raw
        assert 0 <= failure.position <= len(raw)
    refusal: ParseError | None = None
    try:
        parse(raw)
    except ParseError as error:
        refusal = error
    if refusal is not None:
        assert refusal.raw is raw
        assert 0 <= refusal.position <= len(raw)
    result = explain(raw)
    assert result.raw == raw
    assert type(result.raw) is type(raw)
    assert (result.return_code is None) == (found is None)
    if found is None:
        assert result.warnings
    else:
        assert result.return_code is found
        assert result.outcome is found.outcome
    matches = find_codes(raw)
    end = 0
    for match in matches:
        start, stop = match.span
        assert end <= start < stop <= len(raw)
        assert raw[start:stop] == match.raw
        assert explain(match.raw).return_code is match.return_code
        end = stop
    assert summarize(raw).total == len(matches)
    assert summarize(matches).total == len(matches)


class Counter:
    """How many inputs the fuzzer has tried."""

    executions = 0


@given(raw_inputs)
def _fuzz_once(raw: str | bytes) -> None:
    Counter.executions += 1
    check(raw)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600.0, help="how long to fuzz")
    parser.add_argument("--round", type=int, default=20_000, help="inputs per seeded round")
    args = parser.parse_args()
    fuzz = settings(
        max_examples=args.round,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )(_fuzz_once)
    stop = time.monotonic() + args.seconds
    rounds = 0
    while time.monotonic() < stop:
        fuzz()
        rounds += 1
        print(f"round {rounds}: {Counter.executions} inputs so far", flush=True)
    print(f"done: {Counter.executions} inputs in {rounds} rounds, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
