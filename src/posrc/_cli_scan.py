"""``posrc scan``: count the codes in logs of any size, file by file.

Each file is streamed in pieces cut anywhere, so memory stays flat, and what
is found is what the whole file gives (see :class:`posrc._scan.Scan`). With
``--jobs``, files and pieces of large files split at line breaks are counted
in worker processes and merged in order, so the output is the same. A file
that cannot be read is named on standard error and the others are still
counted; the command then exits with 2.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import stat
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from types import TracebackType
from typing import IO, Any, NamedTuple, TextIO

import attrs

from posrc._cli_output import counted, safe_json, size, terminal_safe
from posrc._enums import Category, Outcome, Scheme
from posrc._grammar import LINE_BREAKS
from posrc._model import ReturnCode
from posrc._registry import Registry
from posrc._scan import PIECE, Scan
from posrc._summary import Summary, Tally

_PROGRESS_FROM = 8 << 20  # bytes of one file after which a terminal sees progress
_PROGRESS_EVERY = 0.2  # seconds between two progress lines
_SPLIT_FROM = 8 << 20  # a file is split for several jobs in parts of at least this many bytes
_PARALLEL_FROM = 8 << 20  # fewer bytes in all are counted in this process
_BYTE_BREAKS = tuple(char.encode("ascii") for char in LINE_BREAKS)
_WIDE_MARKS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")  # UTF-16 and UTF-32: never split
_WAKE_EVERY = 0.1  # seconds a live log is waited on before Ctrl-C is looked for again

STDIN = "-"


def _display_name(name: str) -> str:
    return "standard input" if name == STDIN else name


class _Progress:
    """One file's progress on standard error: percentage, bytes of total and rate.

    Shown only where ``stream`` is given (a terminal), once the file is past
    ``_PROGRESS_FROM`` bytes; the line is ended when the file is done or the
    scan is interrupted.
    """

    def __init__(self, name: str, total: int | None, stream: TextIO | None) -> None:
        self._name = _display_name(name)
        self._total = total
        self._stream = stream
        self._started = time.monotonic()
        self._seen = 0
        self._shown_at: float | None = None

    def advance(self, read: int) -> None:
        self._seen += read
        if self._stream is None or self._seen < _PROGRESS_FROM:
            return
        now = time.monotonic()
        if self._shown_at is None or now - self._shown_at >= _PROGRESS_EVERY:
            self._show(self._stream, now)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._stream is None or self._shown_at is None:
            return
        if kind is None:
            self._show(self._stream, time.monotonic())  # the last line: where the file ended
        self._stream.write("\n")
        self._stream.flush()

    def _show(self, stream: TextIO, now: float) -> None:
        self._shown_at = now
        rate = size(round(self._seen / max(now - self._started, 1e-6)))
        if self._total:
            percent = min(100, self._seen * 100 // self._total)
            state = f"{percent}% ({size(self._seen)} of {size(self._total)}, {rate}/s)"
        else:
            state = f"{size(self._seen)} read ({rate}/s)"
        # \033[K clears what a longer previous line left behind.
        line = terminal_safe(f"posrc: {self._name} {state}")
        stream.write(f"\r{line}\033[K")
        stream.flush()


def _known_size(stream: IO[bytes]) -> int | None:
    """The size of a regular file; ``None`` for a pipe, a terminal or a stand-in."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, ValueError):  # not backed by a file descriptor
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


class _Part(NamedTuple):
    """Bytes ``start`` to ``stop`` of a file (``stop`` ``None``: to its end)."""

    name: str
    start: int
    stop: int | None


def _tally(part: _Part, scheme: str | None, *, progress: bool = False) -> Tally:
    """The counts of one part of a file; ``OSError`` if it cannot be read."""
    registry = Registry.default()
    wanted = None if scheme is None else Scheme(scheme)
    stream = sys.stdin.buffer if part.name == STDIN else open(part.name, "rb")  # noqa: SIM115
    try:
        terminal = sys.stderr if progress and sys.stderr.isatty() else None
        stream.seek(part.start) if part.start else None
        scan = Scan(registry, wanted, None, continued=part.start > 0)
        tally = Tally()
        with _Progress(part.name, _known_size(stream), terminal) as shown:
            for match in scan.matches(_pieces(stream, part, shown)):
                tally.add(match, registry.explain)
        tally.undecodable = scan.undecodable
        return tally
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _pieces(stream: IO[bytes], part: _Part, progress: _Progress) -> Iterator[bytes]:
    # One read at a time returns what a pipe holds, so Ctrl-C is seen between two reads.
    buffered: Callable[[int], bytes] = getattr(stream, "read1", stream.read)
    read = _live_read(stream) or buffered
    left = None if part.stop is None else part.stop - part.start
    while left is None or left > 0:
        piece = read(PIECE if left is None else min(PIECE, left))
        if not piece:
            return
        progress.advance(len(piece))
        if left is not None:
            left -= len(piece)
        yield piece


def _live_read(stream: IO[bytes]) -> Callable[[int], bytes] | None:
    """For a pipe, a FIFO or a terminal on POSIX, a read that waits in short steps for
    data; ``None`` for anything else.

    A Ctrl-C that lands just as a blocking read starts is handled only when the read
    returns, which on a live log (``tail -f pos.log | posrc scan``) is its next line.
    """
    try:
        descriptor = stream.fileno()
        regular = stat.S_ISREG(os.fstat(descriptor).st_mode)
    except (OSError, ValueError):  # not backed by a file descriptor
        return None
    if regular or os.name == "nt":  # Windows selects on sockets alone
        return None

    def read(size: int) -> bytes:
        while not select.select([descriptor], [], [], _WAKE_EVERY)[0]:
            pass  # each turn runs the interpreter's signal handlers
        return os.read(descriptor, size)

    return read


def _tally_in_worker(part: _Part, scheme: str | None) -> Tally | OSError:
    try:
        return _tally(part, scheme)
    except OSError as error:
        return error


def _parts(name: str, jobs: int) -> list[_Part]:
    """A file in up to ``jobs`` parts of at least ``_SPLIT_FROM`` bytes, cut after a line break."""
    whole = [_Part(name, 0, None)]
    if name == STDIN or jobs < 2:
        return whole
    try:
        status = os.stat(name)  # never open a pipe or a FIFO only to look at it
        total = status.st_size
        if not stat.S_ISREG(status.st_mode) or total < 2 * _SPLIT_FROM:
            return whole
        with open(name, "rb") as stream:
            if stream.read(4).startswith(_WIDE_MARKS):
                return whole
            count = min(jobs, total // _SPLIT_FROM)
            cuts = [0]
            for index in range(1, count):
                cut = _after_break(stream, total * index // count, total * (index + 1) // count)
                if cut is not None and cut > cuts[-1]:
                    cuts.append(cut)
    except OSError:
        return whole  # reported when the file is read
    ends: list[int | None] = [*cuts[1:], None]
    return [_Part(name, start, stop) for start, stop in zip(cuts, ends, strict=True)]


def _after_break(stream: IO[bytes], start: int, limit: int) -> int | None:
    """The offset just after the first line break at or after ``start``, before ``limit``."""
    stream.seek(start)
    while start < limit and (piece := stream.read(min(PIECE, limit - start))):
        found = [at for at in (piece.find(end) for end in _BYTE_BREAKS) if at >= 0]
        if found:
            return start + min(found) + 1
        start += len(piece)
    return None


@attrs.frozen
class FileReport:
    """What one file gave: its summary, or why it could not be read."""

    name: str
    summary: Summary | None
    error: str | None = None


def _merged(summaries: Sequence[Summary]) -> Summary:
    """One summary for several files, most frequent first."""
    codes: Counter[ReturnCode] = Counter()
    unknown: Counter[str] = Counter()
    categories: Counter[Category] = Counter()
    outcomes: Counter[Outcome] = Counter()
    for summary in summaries:
        codes.update(dict(summary.by_code))
        unknown.update(dict(summary.unknown))
        categories.update(dict(summary.by_category))
        outcomes.update(dict(summary.by_outcome))
    return Summary(
        sum(summary.total for summary in summaries),
        tuple(codes.most_common()),
        tuple(unknown.most_common()),
        tuple(categories.most_common()),
        tuple(outcomes.most_common()),
        sum(summary.undecodable for summary in summaries),
    )


def _headline(rc: ReturnCode, lang: str) -> str:
    steps = rc.advice.steps
    return steps[0].text(lang) if steps else ""


def _both_headlines(rc: ReturnCode) -> dict[str, str]:
    return {lang: _headline(rc, lang) for lang in ("zh", "en")}


def scan_json(summary: Summary, files: Sequence[FileReport] = ()) -> dict[str, Any]:
    """The JSON object printed by ``posrc scan --json``.

    Its keys only ever grow: ``total``, ``by_code``, ``unknown``,
    ``by_category``, ``by_outcome`` and ``undecodable`` (lines holding bytes
    no codec could read) count every readable file together; ``files`` has
    one entry per file named.
    """
    return {
        "total": summary.total,
        "by_code": [
            {
                "scheme": rc.scheme.value,
                "code": rc.code,
                "count": count,
                "category": rc.category.value,
                "outcome": rc.outcome.value,
                "retry": rc.retry.value,
                "message": {"zh": rc.message("zh"), "en": rc.message("en")},
                "advice": _both_headlines(rc),
            }
            for rc, count in summary.by_code
        ],
        "unknown": [{"code": code, "count": count} for code, count in summary.unknown],
        "by_category": {category.value: count for category, count in summary.by_category},
        "by_outcome": {outcome.value: count for outcome, count in summary.by_outcome},
        "undecodable": summary.undecodable,
        "files": [
            {
                "name": report.name,
                "error": report.error,
                "total": None if report.summary is None else report.summary.total,
                "undecodable": None if report.summary is None else report.summary.undecodable,
            }
            for report in files
        ],
    }


def _summary_lines(summary: Summary) -> Iterator[str]:
    if summary.undecodable:
        yield (
            f"{counted(summary.undecodable, 'line')} held bytes that no codec could read; "
            "the rest of each line was scanned"
        )
    for rc, count in summary.by_code:
        yield (
            f"{count:8}  {rc.scheme.value}:{rc.code:6} {rc.outcome.value:9} "
            f"{rc.message('zh')} / {rc.message('en')}"
        )
        yield f"{'':10}-> {_headline(rc, 'en')}"
    for code, count in summary.unknown:
        yield f"{count:8}  {code:13} not a known code"
    if summary.by_category:
        yield "by category: " + ", ".join(f"{c.value} {n}" for c, n in summary.by_category)
    if summary.by_outcome:
        yield "by outcome: " + ", ".join(f"{o.value} {n}" for o, n in summary.by_outcome)


def _say(line: str, stream: TextIO | None = None) -> None:
    print(terminal_safe(line), file=stream or sys.stdout, flush=True)


def _reports(files: Sequence[str], scheme: str | None, jobs: int) -> Iterator[FileReport]:
    """Each file's report, in order; the counting shared by up to ``jobs`` processes."""
    plan = [_parts(name, jobs) for name in files]
    flat = [part for parts in plan for part in parts]
    if min(jobs, len(flat)) < 2 or STDIN in files or _total_size(files) < _PARALLEL_FROM:
        for name in files:
            yield _report(name, _counted_here(name, scheme))
        return
    context = multiprocessing.get_context("spawn")  # never fork a process that may hold threads
    with ProcessPoolExecutor(min(jobs, len(flat)), mp_context=context) as pool:
        results = pool.map(_tally_in_worker, flat, [scheme] * len(flat))
        for name, parts in zip(files, plan, strict=True):
            tally = Tally()
            failure: OSError | None = None
            for result in (next(results) for _ in parts):
                if isinstance(result, OSError):
                    failure = failure or result
                else:
                    tally += result
            yield _report(name, failure or tally)


def _counted_here(name: str, scheme: str | None) -> Tally | OSError:
    try:
        return _tally(_Part(name, 0, None), scheme, progress=True)
    except OSError as error:
        return error


def _total_size(files: Sequence[str]) -> int:
    total = 0
    for name in files:
        try:
            total += os.stat(name).st_size
        except OSError:
            continue
    return total


def _report(name: str, result: Tally | OSError) -> FileReport:
    if isinstance(result, Tally):
        return FileReport(name, result.summary())
    reason = result.strerror or str(result)
    _say(f"posrc: error: cannot read {_display_name(name)}: {reason}", sys.stderr)
    return FileReport(name, None, reason)


def default_jobs() -> int:
    """The processors this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def run_scan(files: Sequence[str], scheme: str | None, as_json: bool, jobs: int = 1) -> int:
    """Scan ``files`` and print the counts; 2 if any file could not be read.

    ``jobs`` processes share the counting; the output is the same for any number.
    """
    several = len(files) > 1
    reports: list[FileReport] = []
    for report in _reports(files, scheme, jobs):
        reports.append(report)
        if report.summary is not None and several and not as_json:
            _say(f"{_display_name(report.name)}: {counted(report.summary.total, 'code')} found")
    readable = [report.summary for report in reports if report.summary is not None]
    total = _merged(readable)
    if as_json:
        print(safe_json(scan_json(total, reports)))
    elif readable:
        found = f"{counted(total.total, 'code')} found"
        _say(f"{found} in {counted(len(readable), 'file')}" if several else found)
        for line in _summary_lines(total):
            _say(line)
    return 0 if len(readable) == len(reports) else 2
