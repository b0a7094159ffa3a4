"""Time raw-input reading and scanning against baselines measured in the same run.

Run: ``python benchmarks/bench_scan.py`` (``--quick`` for a short CI run).

1. Adversarial 1 MB texts (digits, labels, separators, brackets): the time
   ``find_codes`` takes per MB, as a ratio to one ``re.finditer`` pass of a
   simple pattern over the same text. The same texts at a quarter of the size
   show that the time per MB does not grow with the input.
2. ``lookup(b"51")`` and ``lookup("应答码：51")`` against ``dict.get``; the
   labelled form also uncached, through the registry, to show what reading a
   label costs the first time.
3. ``find_codes`` over a 20 MB synthetic terminal and acquirer log (1 MB with
   ``--quick``), in MB/s, against two baselines timed over the same text: a
   bare ``re.finditer`` of one simple pattern, and issue 11's baseline, one
   ``re.finditer`` pass of the plain label alternation :data:`LABELS`. Also
   timed: one pass of :data:`BARE_BEFORE_MESSAGE` that looks each place where a
   bare code may stand before its message up in a dict, and does nothing else:
   a floor for any reader of such codes through ``re`` and Python, so its
   share of the alternation is a ceiling for ``find_codes``. Also counted: the
   baseline's matches whose code ``find_codes`` does not report at that place,
   by kind.

Targets: labelled lookup within 10x of ``dict.get``; ``find_codes`` at least
25% of the label alternation's throughput (issue 11; goal 50%), finding every
code it finds. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import time
import timeit
from collections import Counter
from collections.abc import Callable
from functools import partial

import posrc
from posrc import find_codes, lookup
from posrc._registry import default_registry

SIMPLE = re.compile(r"\b[0-9A-Z]{2}\b")
"""The bare baseline: one simple pattern for a two-character token."""
LABELS = re.compile(
    r"(?:RESP|RC|应答码|返回码|响应码|Resp Code|respCode)\s*[:=：]\s*([0-9A-Z]{2,6})"
)
"""Issue 11's baseline: the plain label alternation, its code in group 1."""
BARE_BEFORE_MESSAGE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Z]{2}(?=[ \t:=-]*[\u4e00-\u9fffA-Z])")
"""A floor for any reader of bare codes: a two-character token that a message
may follow (``issuer said 51 余额不足``)."""

MB = 1_000_000

ADVERSARIAL: dict[str, str] = {
    "digits": "5",
    "digit pairs": "51 ",
    "labels": "RC=",
    "labels, no code": "应答码：",
    "label, blanks": "RC" + " " * 40 + "=",
    "colons": ":",
    "blanks": " ",
    "separators": "-=:|,; ",
    "brackets": "[(【",
    "natives, cut short": "BL100 ",
    "dates and times": "2026-11-20 10:31:02 ",
    "codes, labelled": "RESP=51 ",
}


def best_seconds(call: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``call``."""
    return min(timeit.repeat(call, number=1, repeat=repeat))


def best_ns(call: Callable[[], object], number: int, repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``number`` calls, per call, in ns."""
    return min(timeit.repeat(call, number=number, repeat=repeat)) / number * 1e9


def megabytes(text: str) -> float:
    """The size of ``text`` in UTF-8, in MB."""
    return len(text.encode("utf-8")) / MB


def bare_pass(text: str) -> int:
    """One ``re.finditer`` pass of the simple pattern, consuming every match."""
    return sum(1 for _ in SIMPLE.finditer(text))


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated up to ``size`` bytes of UTF-8."""
    return unit * max(1, size // len(unit.encode("utf-8")))


def adversarial(repeat: int) -> None:
    print("1. adversarial input: find_codes time per MB, and its ratio to a bare finditer pass")
    print(f"   {'input':20} {'1 MB s/MB':>10} {'0.25 MB s/MB':>13} {'bare s/MB':>10} {'ratio':>7}")
    for name, unit in ADVERSARIAL.items():
        big, small = repeat_to(unit, MB), repeat_to(unit, MB // 4)
        per_mb = best_seconds(partial(find_codes, big), repeat) / megabytes(big)
        per_mb_small = best_seconds(partial(find_codes, small), repeat) / megabytes(small)
        bare = best_seconds(partial(bare_pass, big), repeat) / megabytes(big)
        print(
            f"   {name:20} {per_mb:10.4f} {per_mb_small:13.4f} {bare:10.4f} {per_mb / bare:6.1f}x"
        )


def lookups(number: int, repeat: int) -> None:
    print("\n2. lookup against dict.get (ns per call)")
    table = {rc.code: rc for rc in posrc.ReturnCode}
    registry = default_registry()
    lookup("51")  # builds the registry and the exact tables: load time, not lookup time
    lookup("应答码：51")
    base = best_ns(lambda: table.get("51"), number, repeat)
    cases: dict[str, Callable[[], object]] = {
        'lookup(b"51")': lambda: lookup(b"51"),
        'lookup("应答码：51")': lambda: lookup("应答码：51"),
        'lookup(b"RC=51")': lambda: lookup(b"RC=51"),
        'uncached: registry.lookup("应答码：51")': lambda: registry.lookup("应答码：51"),
        'uncached: registry.lookup(b"51")': lambda: registry.lookup(b"51"),
    }
    print(f"   {'dict.get':42} {base:9.1f} ns  (baseline)")
    for name, call in cases.items():
        ns = best_ns(call, number, repeat)
        print(f"   {name:42} {ns:9.1f} ns  {ns / base:6.2f}x dict.get")


def synthetic_log(size: int) -> str:
    """A mixed terminal and acquirer log of about ``size`` bytes, the same every run."""
    rng = random.Random(20261120)
    codes = [("51", "余额不足"), ("55", "密码错"), ("A0", "MAC校验错"), ("00", "交易成功")]
    codes += [("96", "系统异常"), ("05", "Do not honor"), ("14", "Invalid card number")]
    lines: list[str] = []
    total = 0
    while total < size:
        code, text = rng.choice(codes)
        stamp = (
            f"2026-11-{rng.randrange(1, 29):02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}"
        )
        amount = f"{rng.randrange(1, 99999) / 100:.2f}"
        line = rng.choice(
            [
                f"{stamp}:02 POS#{rng.randrange(1, 40)} SALE {amount} RESP={code}",
                f"{stamp}:07 [INFO] tid={rng.randrange(10**7, 10**8)} trace=000345 rc={code}",
                f"{stamp}:11 交易失败 应答码：{code} {text} 金额 {amount}",
                f"{stamp}:15 issuer said {code} {text}",
                f'{stamp}:20 reply {{"respCode":"{code}","respMsg":"{text}"}}',
                f"{stamp}:31 heartbeat ok latency={rng.randrange(99)}ms queue={rng.randrange(99)}",
                f"{stamp}:42 card=6222****{rng.randrange(10**4):04d} batch=000012 amt={amount}",
            ]
        )
        lines.append(line)
        total += len(line.encode("utf-8")) + 1
    return "\n".join(lines) + "\n"


def label_pass(text: str) -> int:
    """One ``re.finditer`` pass of the label alternation, consuming every match."""
    return sum(1 for _ in LABELS.finditer(text))


def bare_before_message_pass(text: str, codes: dict[str, posrc.ReturnCode]) -> int:
    """One ``re.finditer`` pass of :data:`BARE_BEFORE_MESSAGE`, each match looked up."""
    return sum(1 for match in BARE_BEFORE_MESSAGE.finditer(text) if match[0] in codes)


def unreported(text: str, found: list[posrc.CodeMatch]) -> Counter[str]:
    """The label alternation's matches whose code ``find_codes`` does not report there.

    A match counts as reported when a code found covers its code and reads as
    that code (``51`` as ``51``, ``1001`` as ``BL1001``); otherwise it is
    ``not found`` there, or ``read as another code``.
    """
    starts = [match.span[0] for match in found]  # in order, and the spans never overlap
    kinds: Counter[str] = Counter()
    for base in LABELS.finditer(text):
        at = bisect.bisect_right(starts, base.start(1)) - 1
        match = found[at] if at >= 0 else None
        if match is None or match.span[1] < base.end(1):
            kinds["not found"] += 1
        elif not (match.explanation.code or "").endswith(base.group(1)):
            kinds["read as another code"] += 1
    return kinds


def throughput(size: int, repeat: int) -> None:
    log = synthetic_log(size)
    mb = megabytes(log)
    started = time.perf_counter()
    found = find_codes(log)
    first = time.perf_counter() - started
    scan = min(first, best_seconds(lambda: find_codes(log), max(1, repeat - 1)))
    bare = best_seconds(lambda: bare_pass(log), repeat)
    labels = best_seconds(lambda: label_pass(log), repeat)
    codes = {rc.code: rc for rc in posrc.ReturnCode}
    floor = best_seconds(lambda: bare_before_message_pass(log, codes), repeat)
    missed = unreported(log, found)
    print(f"\n3. find_codes over a {mb:.1f} MB synthetic log ({len(found)} codes found)")
    print(f"   bare re.finditer({SIMPLE.pattern!r})  {mb / bare:8.1f} MB/s  (baseline)")
    print(f"   label alternation (issue 11)           {mb / labels:8.1f} MB/s  (baseline)")
    print(
        f"   bare codes before a message, looked up {mb / floor:7.1f} MB/s  "
        f"{labels / floor:6.1%} of the label alternation (a ceiling for find_codes)"
    )
    print(
        f"   find_codes                             {mb / scan:8.1f} MB/s  "
        f"{bare / scan:6.1%} of bare, {labels / scan:6.1%} of the label alternation"
    )
    print(
        f"   label alternation: {label_pass(log)} matches; not reported by find_codes: "
        + (", ".join(f"{n} {kind}" for kind, n in sorted(missed.items())) or "none")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="smaller inputs, fewer repeats, for CI"
    )
    args = parser.parse_args()
    repeat, number, size = (1, 20_000, MB) if args.quick else (3, 200_000, 20 * MB)
    adversarial(repeat)
    lookups(number, repeat if args.quick else 7)
    throughput(size, repeat)


if __name__ == "__main__":
    main()
