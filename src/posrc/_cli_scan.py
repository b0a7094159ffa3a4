"""``posrc scan``: count the codes in logs of any size, file by file.

Each file is streamed in pieces of whole lines, so memory stays flat. A file
that cannot be read is named on standard error and the others are still
counted; the command then exits with 2.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import IO, Any, TextIO

import attrs

from posrc._api import find_codes, summarize
from posrc._cli_output import counted, safe_json, size, terminal_safe
from posrc._enums import Category, Outcome
from posrc._model import ReturnCode
from posrc._scan import CodeMatch
from posrc._summary import Summary

_LINE_LIMIT = 1 << 20  # a longer line is read in pieces, so memory stays flat
_CHUNK = 1 << 16  # whole lines are scanned together, about this many bytes at a time
_PROGRESS_FROM = 8 << 20  # bytes of one file after which a terminal sees progress
_PROGRESS_EVERY = 0.2  # seconds between two progress lines

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


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """Whole lines, about ``_CHUNK`` bytes at a time."""
    lines: list[bytes] = []
    gathered = 0
    while line := stream.readline(_LINE_LIMIT):
        lines.append(line)
        gathered += len(line)
        if gathered >= _CHUNK:
            yield b"".join(lines)
            lines, gathered = [], 0
    if lines:
        yield b"".join(lines)


def _matches(name: str, scheme: str | None) -> Iterator[CodeMatch]:
    """The codes of one file; each piece is decoded on its own (UTF-8, else GBK)."""
    stream = sys.stdin.buffer if name == STDIN else open(name, "rb")  # noqa: SIM115
    try:
        terminal = sys.stderr if sys.stderr.isatty() else None
        with _Progress(name, _known_size(stream), terminal) as progress:
            for chunk in _chunks(stream):
                progress.advance(len(chunk))
                yield from find_codes(chunk, scheme=scheme)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


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
    )


def _headline(rc: ReturnCode, lang: str) -> str:
    steps = rc.advice.steps
    return steps[0].text(lang) if steps else ""


def _both_headlines(rc: ReturnCode) -> dict[str, str]:
    return {lang: _headline(rc, lang) for lang in ("zh", "en")}


def scan_json(summary: Summary, files: Sequence[FileReport] = ()) -> dict[str, Any]:
    """The JSON object printed by ``posrc scan --json``.

    Its keys only ever grow: ``total``, ``by_code``, ``unknown``,
    ``by_category`` and ``by_outcome`` count every readable file together;
    ``files`` has one entry per file named.
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
        "files": [
            {
                "name": report.name,
                "error": report.error,
                "total": None if report.summary is None else report.summary.total,
            }
            for report in files
        ],
    }


def _summary_lines(summary: Summary) -> Iterator[str]:
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


def _read(name: str, scheme: str | None) -> FileReport:
    try:
        return FileReport(name, summarize(_matches(name, scheme)))
    except OSError as error:
        reason = error.strerror or str(error)
        _say(f"posrc: error: cannot read {_display_name(name)}: {reason}", sys.stderr)
        return FileReport(name, None, reason)


def run_scan(files: Sequence[str], scheme: str | None, as_json: bool) -> int:
    """Scan ``files`` and print the counts; 2 if any file could not be read."""
    several = len(files) > 1
    reports: list[FileReport] = []
    for name in files:
        report = _read(name, scheme)
        reports.append(report)
        if report.summary is not None and several and not as_json:
            _say(f"{_display_name(name)}: {counted(report.summary.total, 'code')} found")
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
