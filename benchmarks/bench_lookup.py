"""Time posrc's entry points against baselines measured in the same run.

Run: ``python benchmarks/bench_lookup.py`` (``--quick`` for a short CI run).

Each call is measured against a Python function with the same signature that
does one dictionary look-up: ``lookup`` and ``explain`` against
``lookup_like(raw, *, scheme=None, encoding=None, api=None, field=None)``,
``parse`` against ``parse_like(raw, *, encoding=None)``, so that what a call
costs merely for its keyword parameters counts on both sides. The one-parameter
``floor(raw)`` and ``HTTPStatus(404)`` are shown for scale. Every figure,
baselines included, is taken the same way: a loop over a prepared list of
inputs calls the function once per input, timed with ``time.perf_counter_ns``
with the garbage collector off (as ``timeit`` does), and the best of several
repeats counts, in nanoseconds per call. A case's baseline is timed again
before it and its fastest pass over the run is the unit; the spread of its
timings is printed, so that a busy machine shows.

Warm cases repeat one input, as a terminal repeats itself. First-sight cases
never show a call an input it has seen: each call gets a fresh, distinct
input (another padding, label form or number), and no input is used twice in
one run, so no cache can answer. The targets come from issue 10; figures are
reported, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import platform
import random
import time
from collections.abc import Callable, Sequence
from http import HTTPStatus
from typing import Any, NamedTuple

import posrc


class Inputs(NamedTuple):
    """Where a case's inputs come from."""

    make: Callable[[int, int], Sequence[object]]
    """``(repeat index, count)`` to that many inputs for that repeat."""
    first_sight: bool
    """Whether every input is new to the process."""


class Case(NamedTuple):
    """One timed call: what it is called, what it runs on, and its target."""

    name: str
    call: Callable[[Any], object]
    inputs: Inputs
    target: float | None
    """The ratio to the baseline that the call should stay within, if any."""
    baseline: str = "lookup_like"
    """The name of the same-signature baseline the ratio is taken against."""


def per_call_ns(call: Callable[[Any], object], inputs: Sequence[object]) -> float:
    """One pass of ``call`` over ``inputs``, per call, in ns."""
    clock = time.perf_counter_ns
    enabled = gc.isenabled()
    gc.disable()
    try:
        started = clock()
        for raw in inputs:
            call(raw)
        elapsed = clock() - started
    finally:
        if enabled:
            gc.enable()
    return elapsed / len(inputs)


class Plan(NamedTuple):
    """How many calls make one timed pass, and how many passes, warm and first-sight."""

    warm: int
    warm_passes: int
    first_sight: int
    first_sight_passes: int


# Short passes, many of them: on a shared machine a short pass is more likely
# to run without being preempted, and the fastest pass is the one that was not.
QUICK = Plan(warm=5_000, warm_passes=25, first_sight=300, first_sight_passes=15)
FULL = Plan(warm=10_000, warm_passes=60, first_sight=1_000, first_sight_passes=30)


def paired_ns(case: Case, baseline: Case, plan: Plan) -> tuple[float, float]:
    """The fastest pass of ``case`` and of ``baseline``, their passes taken in turn.

    Taking them in turn means that a stretch of time when the machine is busy
    slows both alike, rather than one case more than its baseline.
    """
    if case.inputs.first_sight:
        number, passes = plan.first_sight, plan.first_sight_passes
    else:
        number, passes = plan.warm, plan.warm_passes
    best = base = float("inf")
    for index in range(passes):
        base = min(base, per_call_ns(baseline.call, baseline.inputs.make(index, number)))
        best = min(best, per_call_ns(case.call, case.inputs.make(index, number)))
    return best, base


def same(raw: object) -> Inputs:
    """The one input, again and again: the warm path."""

    def make(_index: int, number: int) -> Sequence[object]:
        return [raw] * number

    return Inputs(make, first_sight=False)


def fresh(pool: Sequence[object]) -> Inputs:
    """Distinct inputs from ``pool``, never the same one twice in a run."""

    def make(index: int, number: int) -> Sequence[object]:
        chunk = pool[index * number : (index + 1) * number]
        if len(chunk) < number:
            raise ValueError(f"the pool of {len(pool)} inputs is too small for this run")
        return chunk

    return Inputs(make, first_sight=True)


def shuffled(inputs: list[str]) -> list[str]:
    """``inputs`` in a fixed random order, checked to be distinct."""
    if len(set(inputs)) != len(inputs):
        raise ValueError("two inputs are the same")
    random.Random(10).shuffle(inputs)
    return inputs


BLANK_COUNTS = range(100)  # up to 99 blanks on either side, as fixed-width fields pad

PADDED = shuffled(
    [
        " " * left + code + " " * right
        for left, code, right in itertools.product(
            BLANK_COUNTS, ("bl-1001", "BL-1001", "bl1001", "Bl_1001", "bL 1001"), BLANK_COUNTS
        )
    ]
)
"""``" bl-1001 "`` with 0-99 blanks on either side, in five spellings."""
LABELLED = shuffled(
    [
        " " * left + label + "51" + " " * right
        for left, label, right in itertools.product(
            BLANK_COUNTS, ("应答码：", "应答码:", "应答码： ", "应答码="), BLANK_COUNTS
        )
    ]
)
"""``"应答码：51"`` with 0-99 blanks on either side and four ways to end the label."""
NATIVE = shuffled(
    [f"{letters}{number:04d}" for letters in ("NW", "nw", "Nw", "nW") for number in range(10_000)]
)
"""``NW1005`` and its neighbours: parse reads a native code without looking it up."""
JUNK = shuffled(
    [f"{letters}{number:04d}" for letters in ("ZZ", "QQ", "XY", "zz") for number in range(10_000)]
)
"""``ZZ0001`` and its like: two letters that name no category, four digits."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer calls, for CI")
    args = parser.parse_args()
    # Warm calls are cheap and get many calls; a first-sight pass must fit its pool.
    plan = QUICK if args.quick else FULL

    lookup, explain, parse = posrc.lookup, posrc.explain, posrc.parse
    table = {rc.code: rc for rc in posrc.ReturnCode}

    def floor(raw: object) -> posrc.ReturnCode:
        return table[raw]  # type: ignore[index]

    def lookup_like(
        raw: object,
        *,
        scheme: object = None,
        encoding: object = None,
        api: object = None,
        field: object = None,
    ) -> posrc.ReturnCode:
        return table[raw]  # type: ignore[index]

    def parse_like(raw: object, *, encoding: object = None) -> posrc.ReturnCode:
        return table[raw]  # type: ignore[index]

    lookup("BL1001")  # builds the registry: load time, not lookup time
    explain("51")
    for raw in (PADDED[0], LABELLED[0], NATIVE[0], JUNK[0]):
        explain(raw)  # compiles the patterns: once per process, not per call
    # Equal to "51", but each a new object, as a reply decoded from the wire is.
    fresh_51 = [b"51".decode() for _ in range(plan.first_sight * plan.first_sight_passes)]

    baselines = {
        case.name: case
        for case in (
            Case("lookup_like", lookup_like, same("BL1001"), None),
            Case("parse_like", parse_like, same("BL1001"), None, "parse_like"),
            Case("floor", floor, same("BL1001"), None, "floor"),
        )
    }
    status = Case("HTTPStatus(404)", HTTPStatus, same(404), None, "floor")
    cases = [
        Case('lookup("BL1001")', lookup, same("BL1001"), 1.5),
        Case('lookup("51")', lookup, same("51"), 1.5),
        Case('lookup("116")', lookup, same("116"), None),
        Case('lookup(b"51")', lookup, same(b"51"), None),
        Case('explain("51"), one object again', explain, same("51"), 10),
        Case('explain("51"), a new equal str each call', explain, fresh(fresh_51), 10),
        Case('first sight: lookup(" bl-1001 "), 0-99 blanks', lookup, fresh(PADDED), 30),
        Case('first sight: lookup("应答码：51"), 0-99 blanks', lookup, fresh(LABELLED), 30),
        Case('first sight: parse("NW1005")', parse, fresh(NATIVE), 15, "parse_like"),
        Case('first sight: explain("ZZ0001")', explain, fresh(JUNK), 30),
    ]

    load_before = os.getloadavg()
    # Each case's passes alternate with its baseline's, and the baseline's fastest
    # pass beside it is its unit; the spread of the units shows how busy the machine was.
    runs: dict[str, list[float]] = {name: [] for name in baselines}
    timed: list[tuple[Case, float, float]] = []
    for case in (status, *cases):
        ns, unit = paired_ns(case, baselines[case.baseline], plan)
        runs[case.baseline].append(unit)
        timed.append((case, ns, unit))
    load_after = os.getloadavg()
    units = {name: min(times) for name, times in runs.items()}
    print(f"posrc {posrc.__version__}, Python {platform.python_version()}, {os.cpu_count()} cores")
    print(
        "load average (1, 5, 15 min): "
        f"before {' '.join(f'{x:.2f}' for x in load_before)}, "
        f"after {' '.join(f'{x:.2f}' for x in load_after)}"
    )
    print(
        f"best pass of {plan.warm_passes} x {plan.warm:,} warm calls, "
        f"of {plan.first_sight_passes} x {plan.first_sight:,} first-sight calls"
    )
    for name, times in runs.items():
        print(
            f"baseline {name}: fastest {units[name]:.1f} ns, "
            f"slowest of its {len(times)} units {max(times):.1f} ns"
        )
    print()
    width = max(len(case.name) for case in (*baselines.values(), status, *cases))
    print(
        f"{'call':{width}}  {'ns/call':>9}  {'baseline':>11}  {'its ns':>7}  {'ratio':>8}  "
        f"{'vs floor':>8}  {'target':>6}  result"
    )
    print(
        f"{'-' * width}  {'-' * 9}  {'-' * 11}  {'-' * 7}  {'-' * 8}  {'-' * 8}  {'-' * 6}  ------"
    )
    floor_ns = units["floor"]
    rows = [(case, units[name], units[name]) for name, case in baselines.items()]
    for case, ns, unit in (*rows, *timed):
        target = "" if case.target is None else f"<={case.target:g}x"
        result = "" if case.target is None else ("met" if ns / unit <= case.target else "MISSED")
        print(
            f"{case.name:{width}}  {ns:9.1f}  {case.baseline:>11}  {unit:7.1f}  {ns / unit:7.2f}x  "
            f"{ns / floor_ns:7.2f}x  {target:>6}  {result}"
        )


if __name__ == "__main__":
    main()
