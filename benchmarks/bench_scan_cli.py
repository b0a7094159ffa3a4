"""Time ``posrc scan`` on one large log against ``grep -oE``, in the same run.

Run: ``python benchmarks/bench_scan_cli.py`` (200 MB; ``--quick`` for 24 MB).

The log mixes terminal, acquirer and ISO 8583 lines (the synthetic log of
``bench_scan.py``, with jPOS dumps added). Each command reads the same file
from the page cache: ``posrc scan --jobs 1``, ``posrc scan --jobs 2`` and,
as the baseline, ``grep -oE`` with the plain label alternation of issue 11.
Figures are MB/s and ratios to grep; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_scan import synthetic_log

GREP_LABELS = r"(RESP|RC|应答码|返回码|响应码|Resp Code|respCode)\s*[:=：]\s*([0-9A-Z]{2,6})"
MB = 1_000_000


def write_log(path: Path, size: int) -> None:
    """About ``size`` bytes of log, one generated block repeated."""
    rng = random.Random(39)
    block = synthetic_log(4 * MB).splitlines(keepends=True)
    block += [
        f'<field id="39" value="{rng.choice(["00", "05", "51", "91"])}"/>\n' for _ in range(2000)
    ]
    rng.shuffle(block)
    data = "".join(block).encode("utf-8")
    with path.open("wb") as out:
        while out.tell() < size:
            out.write(data)


def seconds(argv: list[str], output: Path) -> float:
    """The best of two runs of ``argv``, its output written to the file ``output``.

    Never to ``/dev/null``: GNU grep sees that its output is thrown away and
    stops at the first match, which would time nothing.
    """
    best = float("inf")
    for _ in range(2):
        with output.open("wb") as sink:
            started = time.perf_counter()
            subprocess.run(argv, stdout=sink, check=True, env={**os.environ, "LC_ALL": "C.UTF-8"})
            best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a 24 MB log instead of 200 MB")
    size = (24 if parser.parse_args().quick else 200) * MB
    posrc = shutil.which("posrc") or str(Path(sys.executable).with_name("posrc"))
    grep = shutil.which("grep")
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "acquirer.log"
        write_log(log, size)
        megabytes = log.stat().st_size / MB
        print(f"posrc scan against grep -oE on a {megabytes:.0f} MB mixed acquirer log")
        runs: dict[str, list[str]] = {}
        if grep is not None:
            runs["grep -oE (baseline)"] = [grep, "-oE", GREP_LABELS, str(log)]
        runs["posrc scan --jobs 1"] = [posrc, "scan", "--jobs", "1", str(log)]
        runs["posrc scan --jobs 2"] = [posrc, "scan", "--jobs", "2", str(log)]
        base: float | None = None
        for name, argv in runs.items():
            rate = megabytes / seconds(argv, Path(folder) / "output")
            base = rate if base is None else base
            print(f"   {name:24} {rate:8.1f} MB/s  {rate / base:9.5f}x grep")


if __name__ == "__main__":
    main()
