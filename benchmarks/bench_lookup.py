"""Time posrc's entry points against baselines measured in the same run.

Run: ``python benchmarks/bench_lookup.py`` (``--quick`` for a short CI run).
Each figure is the best of several repeats, in nanoseconds per call, with its
ratio to ``dict.get`` on a table of the same size and to ``HTTPStatus(404)``.
Repeated calls with one input measure the warm path: ``lookup`` remembers
every input that resolved (a bounded table), as a terminal repeats itself.
"""

from __future__ import annotations

import argparse
import timeit
from collections.abc import Callable
from http import HTTPStatus

import posrc


def best_ns(call: Callable[[], object], number: int, repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``number`` calls, per call, in ns."""
    return min(timeit.repeat(call, number=number, repeat=repeat)) / number * 1e9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer calls, for CI")
    args = parser.parse_args()
    number, repeat = (20_000, 3) if args.quick else (200_000, 7)

    table = {rc.code: rc for rc in posrc.ReturnCode}
    posrc.lookup("BL1001")  # builds the registry: load time, not lookup time
    registry = posrc.Registry.default()

    baselines: dict[str, Callable[[], object]] = {
        "dict.get": lambda: table.get("BL1001"),
        "HTTPStatus(404)": lambda: HTTPStatus(404),
    }
    cases: dict[str, Callable[[], object]] = {
        'lookup("BL1001")': lambda: posrc.lookup("BL1001"),
        'lookup(" bl-1001 ")': lambda: posrc.lookup(" bl-1001 "),
        'explain("ZZ9999")': lambda: posrc.explain("ZZ9999"),
        'parse("NW1005")': lambda: posrc.parse("NW1005"),
        'lookup("51")': lambda: posrc.lookup("51"),
        'lookup("51", scheme="iso8583")': lambda: posrc.lookup("51", scheme="iso8583"),
        'lookup("116")': lambda: posrc.lookup("116"),
        # lookup() remembers inputs that resolved; the registry's own method does not,
        # so this is what a first sighting of a padded spelling costs.
        'uncached: registry.lookup(" bl-1001 ")': lambda: registry.lookup(" bl-1001 "),
    }
    base = {name: best_ns(call, number, repeat) for name, call in baselines.items()}
    for name, ns in base.items():
        print(f"{name:42} {ns:9.1f} ns  (baseline)")
    for name, call in cases.items():
        ns = best_ns(call, number, repeat)
        ratios = "  ".join(f"{ns / b:6.2f}x {label}" for label, b in base.items())
        print(f"{name:42} {ns:9.1f} ns  {ratios}")


if __name__ == "__main__":
    main()
