"""Time ``import posrc`` against ``import attrs``, measured in the same run.

Run: ``python benchmarks/bench_import.py`` (``--quick`` for a short CI run).
Each figure is the best of several fresh interpreters run with ``-X importtime``.
posrc's own cost is the sum of the self times of the ``posrc`` modules, so it
leaves out what posrc imports from elsewhere (attrs, typing-extensions and the
standard library); the baseline is the cumulative time of ``import attrs``.
Byte code is written first, as an installed package has it.

``import posrc`` loads no module of posrc's but the package itself; the first
use of a public name loads the rest. That cost is reported too, as
``from posrc import lookup``, beside the budget of ``import posrc``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable

BUDGET_MS = 10.0  # posrc's own modules, on the project's machines


def import_times(statement: str) -> dict[str, tuple[int, int]]:
    """Each module's (self, cumulative) microseconds for an import statement, in one
    interpreter: ``import module`` for a bare module name."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            statement if " " in statement else f"import {statement}",
        ],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    times: dict[str, tuple[int, int]] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|")
        if own.strip().isdigit():
            times[name.strip()] = (int(own), int(cumulative))
    return times


def is_posrc(name: str) -> bool:
    return name == "posrc" or name.startswith("posrc.")


def posrc_own(times: dict[str, tuple[int, int]]) -> int:
    return sum(own for name, (own, _) in times.items() if is_posrc(name))


def attrs_total(times: dict[str, tuple[int, int]]) -> int:
    return times["attrs"][1]


def best(statement: str, measure: Callable[[dict[str, tuple[int, int]]], int], runs: int) -> int:
    return min(measure(import_times(statement)) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, for CI")
    args = parser.parse_args()
    runs = 5 if args.quick else 15

    import_times("posrc")  # writes byte code: compiling is not import time
    own = best("posrc", posrc_own, runs)
    baseline = best("attrs", attrs_total, runs)
    print(f"{'import attrs (cumulative)':40} {baseline / 1000:7.2f} ms  (baseline)")
    verdict = "within" if own / 1000 <= BUDGET_MS else "OVER"
    print(
        f"{'import posrc (own modules)':40} {own / 1000:7.2f} ms  {own / baseline:5.2f}x attrs"
        f"  ({verdict} the {BUDGET_MS:.0f} ms budget)"
    )
    first_use = "from posrc import lookup"
    loaded = best(first_use, posrc_own, runs)
    print(
        f"{first_use + ' (own modules)':40} {loaded / 1000:7.2f} ms"
        f"  {loaded / baseline:5.2f}x attrs"
    )
    slowest = sorted(
        ((own, name) for name, (own, _) in import_times(first_use).items() if is_posrc(name)),
        reverse=True,
    )
    print(f"slowest posrc modules for {first_use!r}, one run:")
    for micros, name in slowest[:6]:
        print(f"  {name:32} {micros / 1000:7.2f} ms")


if __name__ == "__main__":
    main()
