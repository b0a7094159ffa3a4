"""The ``posrc`` command for support staff: explain a code, list, scan logs.

Exit status: 0 when the code was explained, 1 when it is unknown or
malformed, 2 for a usage error or an unreadable file. ``scan`` exits 0
whether or not it found codes.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, NoReturn, TextIO

from posrc._enums import Category, Outcome, Scheme
from posrc._explain import Explanation
from posrc._export import export_arguments, run_export
from posrc._lookup import explain
from posrc._model import ReturnCode
from posrc._registry import Registry
from posrc._scan import CodeMatch, find_codes
from posrc._summary import Summary, summarize
from posrc._text import resolve_language
from posrc._version import __version__

_LABELS = {
    "zh": ("含义", "结果", "重试", "终端显示", "给持卡人", "终端操作", "建议", "提示"),
    "en": ("Meaning", "Outcome", "Retry", "Display", "Cardholder", "Terminal", "Advice", "Warning"),
}
_EXAMPLES = """\
examples:
  posrc 51                       explain a UnionPay code, in Chinese and English
  posrc explain 51 --scheme iso8583 --lang en
  posrc explain A0 --json        one JSON object (schema in the docs)
  posrc list --scheme cup --outcome pick-up
  posrc scan pos.log             summarise the codes found in a log (or - for stdin)
  posrc export -o codes.csv      the code table as data (--format csv, jsonl, json, sql)
"""

_LINE_LIMIT = 1 << 20  # a longer line is read in pieces, so memory stays flat
_CHUNK = 1 << 16  # whole lines are scanned together, about this many bytes at a time
_PROGRESS_FROM = 8 << 20  # bytes of input after which a terminal sees progress


def _paint(text: str, colour: str, stream: TextIO) -> str:
    """Bold or coloured text, only on a terminal and only without NO_COLOR."""
    if not stream.isatty() or "NO_COLOR" in os.environ:
        return text
    return f"\033[{colour}m{text}\033[0m"


def render(result: Explanation, lang: str, stream: TextIO = sys.stdout) -> str:
    """Plain text for one explanation in one language."""
    meaning, outcome, retry, display, cardholder, terminal, advice, warning = _LABELS[
        resolve_language(lang)
    ]
    scheme = result.scheme.value if result.scheme else "?"
    colour = "32" if result.is_approved else "33" if result.is_partial else "31"
    lines = [
        _paint(f"[{scheme}] {result.code or repr(result.raw)}", "1", stream),
        f"  {meaning}: {result.message(lang)}",
        f"  {outcome}: {_paint(result.outcome.value, colour, stream)}    "
        f"{retry}: {result.retry.value}",
        f"  {display}: {result.display(lang)}",
        f"  {cardholder}: {result.cardholder_message(lang)}",
        f"  {terminal}: {result.terminal_action.value}",
        f"  {advice}:",
    ]
    lines += [f"    - ({step.actor.value}) {step.text(lang)}" for step in result.advice.steps]
    lines += [f"  {warning}: {text}" for text in result.warnings]
    return "\n".join(lines)


def _both(get: Callable[[str], str]) -> dict[str, str]:
    return {"zh": get("zh"), "en": get("en")}


def to_json(result: Explanation) -> dict[str, Any]:
    """The stable JSON object printed by ``posrc explain --json``."""
    rc = result.return_code
    return {
        "input": result.raw if isinstance(result.raw, str) else result.raw.decode("latin-1"),
        "known": rc is not None,
        "scheme": result.scheme.value if result.scheme else None,
        "code": result.code,
        "canonical": rc.canonical.code if rc else None,
        "category": rc.category.value if rc else None,
        "outcome": result.outcome.value,
        "retry": result.retry.value,
        "terminal_action": result.terminal_action.value,
        "message": _both(result.message),
        "display": _both(result.display),
        "cardholder_message": _both(result.cardholder_message),
        "advice": [
            {"actor": step.actor.value, "zh": step.text("zh"), "en": step.text("en")}
            for step in result.advice.steps
        ],
        "source": str(rc.source) if rc and rc.source else None,
        "notes": rc.notes if rc else "",
        "warnings": list(result.warnings),
    }


def _list_row(rc: ReturnCode) -> dict[str, str]:
    return {
        "scheme": rc.scheme.value,
        "code": rc.code,
        "canonical": rc.canonical.code,
        "outcome": rc.outcome.value,
        "retry": rc.retry.value,
        "zh": rc.message("zh"),
        "en": rc.message("en"),
    }


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """Report a usage error on one line, without the usage block."""
        self.exit(2, f"posrc: error: {message} (see posrc --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="posrc",
        description="Explain POS terminal return codes (UnionPay, ISO 8583, posrc).",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"posrc {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    schemes = [s.value for s in Scheme]

    explain_cmd = commands.add_parser("explain", help="explain one code (the default command)")
    explain_cmd.add_argument("code", help="the code as shown, e.g. 51, A0, 116, BL1001")
    explain_cmd.add_argument(
        "--scheme", choices=schemes, help="the code system (default: by shape)"
    )
    explain_cmd.add_argument("--lang", choices=["zh", "en"], help="one language (default: both)")
    explain_cmd.add_argument("--json", action="store_true", help="print one JSON object")

    list_cmd = commands.add_parser("list", help="list codes, filtered")
    list_cmd.add_argument("--scheme", choices=schemes)
    list_cmd.add_argument("--category", choices=[c.value for c in Category])
    list_cmd.add_argument("--outcome", choices=[o.value for o in Outcome])
    list_cmd.add_argument("--json", action="store_true", help="print a JSON array")

    scan_cmd = commands.add_parser("scan", help="find and count the codes in logs")
    scan_cmd.add_argument(
        "files", nargs="*", default=["-"], metavar="FILE", help="log files; - or none for stdin"
    )
    scan_cmd.add_argument("--scheme", choices=schemes, help="read every code in one scheme")
    scan_cmd.add_argument("--json", action="store_true", help="print one JSON object")
    export_arguments(commands.add_parser("export", help="write the code table as data"))
    return parser


def _run_explain(args: argparse.Namespace) -> int:
    result = explain(args.code, scheme=args.scheme)
    if args.json:
        print(json.dumps(to_json(result), ensure_ascii=False, indent=2))
    else:
        languages = [args.lang] if args.lang else ["zh", "en"]
        print("\n\n".join(render(result, lang) for lang in languages))
    return 0 if result.return_code is not None else 1


def _run_list(args: argparse.Namespace) -> int:
    rows = [
        _list_row(rc)
        for rc in ReturnCode
        if (args.scheme is None or rc.scheme.value == args.scheme)
        and (args.category is None or rc.category.value == args.category)
        and (args.outcome is None or rc.outcome.value == args.outcome)
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(
                f"{row['scheme']:13} {row['code']:7} {row['canonical']:7} {row['outcome']:9} "
                f"{row['retry']:12} {row['zh']} / {row['en']}"
            )
    return 0


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """Whole lines, about ``_CHUNK`` bytes at a time."""
    lines: list[bytes] = []
    size = 0
    while line := stream.readline(_LINE_LIMIT):
        lines.append(line)
        size += len(line)
        if size >= _CHUNK:
            yield b"".join(lines)
            lines, size = [], 0
    if lines:
        yield b"".join(lines)


def _matches(files: Sequence[str], scheme: str | None) -> Iterator[CodeMatch]:
    """Stream every file; each chunk is decoded on its own (UTF-8, else GBK)."""
    show_progress = sys.stderr.isatty()
    seen = 0
    for name in files:
        stream = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        try:
            for chunk in _chunks(stream):
                seen += len(chunk)
                if show_progress and seen >= _PROGRESS_FROM:
                    print(f"\rposrc: {seen >> 20} MB read", end="", file=sys.stderr, flush=True)
                yield from find_codes(chunk, scheme=scheme)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    if show_progress and seen >= _PROGRESS_FROM:
        print(file=sys.stderr)


def _headline(rc: ReturnCode, lang: str) -> str:
    steps = rc.advice.steps
    return steps[0].text(lang) if steps else ""


def scan_json(summary: Summary) -> dict[str, Any]:
    """The JSON object printed by ``posrc scan --json``."""
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
                "message": _both(rc.message),
                "advice": _both(functools.partial(_headline, rc)),
            }
            for rc, count in summary.by_code
        ],
        "unknown": [{"code": code, "count": count} for code, count in summary.unknown],
        "by_category": {category.value: count for category, count in summary.by_category},
        "by_outcome": {outcome.value: count for outcome, count in summary.by_outcome},
    }


def _run_scan(args: argparse.Namespace) -> int:
    try:
        summary = summarize(_matches(args.files, args.scheme))
    except OSError as error:
        print(f"posrc: error: cannot read {error.filename}: {error.strerror}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(scan_json(summary), ensure_ascii=False, indent=2))
        return 0
    print(f"{summary.total} codes found")
    for rc, count in summary.by_code:
        print(
            f"{count:8}  {rc.scheme.value}:{rc.code:6} {rc.outcome.value:9} "
            f"{rc.message('zh')} / {rc.message('en')}"
        )
        print(f"{'':10}-> {_headline(rc, 'en')}")
    for code, count in summary.unknown:
        print(f"{count:8}  {code:13} not a known code")
    if summary.by_category:
        print("by category: " + ", ".join(f"{c.value} {n}" for c, n in summary.by_category))
    if summary.by_outcome:
        print("by outcome: " + ", ".join(f"{o.value} {n}" for o, n in summary.by_outcome))
    return 0


def _run_export(args: argparse.Namespace) -> int:
    return run_export(args, Registry.default().rows())


_COMMANDS = {"explain": _run_explain, "list": _run_list, "scan": _run_scan, "export": _run_export}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit status (0 explained, 1 not, 2 usage)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and not arguments[0].startswith("-") and arguments[0] not in _COMMANDS:
        arguments.insert(0, "explain")  # `posrc 51` is short for `posrc explain 51`
    args = _parser().parse_args(arguments)
    try:
        return _COMMANDS[args.command](args)
    # Covered by test_pipe_closed_early_is_not_an_error in a child process, which
    # coverage does not follow.
    except BrokenPipeError:  # pragma: no cover
        # The reader went away (`posrc list | head`): not an error. Point stdout at
        # /dev/null so that the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
