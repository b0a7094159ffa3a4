"""The ``posrc`` command for support staff: explain a code, list, scan logs.

Exit status: 0 when the code was explained, 1 when it is unknown or
malformed, 2 for a usage error or an unreadable file, 130 when interrupted
(Ctrl-C). ``scan`` exits 0 whether or not it found codes.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, NoReturn, TextIO

from posrc._api import explain
from posrc._cli_output import paint, safe_json, terminal_safe
from posrc._cli_scan import STDIN, default_jobs, run_scan
from posrc._enums import Category, Outcome, Scheme, resolve_language
from posrc._explain import Explanation
from posrc._export import export_arguments, run_export
from posrc._model import ReturnCode, VendorScheme
from posrc._registry import Registry
from posrc._version import __version__


class _Words(NamedTuple):
    """The words of one language's block."""

    meaning: str
    read_as: str
    outcome: str
    retry: str
    display: str
    cardholder: str
    terminal: str
    advice: str
    warning: str
    # How the block names the code read ({code}, {scheme}) and a step's actor ({actor}).
    code_read: str
    actor: str


_WORDS = {
    "zh": _Words(
        "含义", "读作", "结果", "重试", "终端显示", "给持卡人", "终端操作", "建议", "提示",
        "{code}（{scheme}）", "（{actor}）",
    ),
    "en": _Words(
        "Meaning", "Read as", "Outcome", "Retry", "Display", "Cardholder", "Terminal",
        "Advice", "Warning", "the {scheme} code {code}", "({actor}) ",
    ),
}  # fmt: skip
_EXAMPLES = """\
examples:
  posrc 51                       explain a UnionPay code, in Chinese and English
  posrc 05 --scheme iso8583 --lang en
  posrc --json A0                one JSON object (schema in the docs)
  posrc SYSTEMERROR --scheme wechatpay --api reverse
                                 a wallet code as one vendor API's reply reads it
  posrc list --scheme cup --outcome pick-up
  posrc scan pos.log old.log     count the codes found in logs (or - for stdin)
  posrc export -o codes.csv      the code table as data (--format csv, jsonl, json, sql)

Options may come before or after the code.
"""


def _scheme_name(scheme: Scheme | VendorScheme | None, lang: str) -> str:
    if scheme is None:
        return "?"
    if isinstance(scheme, VendorScheme):
        return scheme.title
    return scheme.label(lang)


def _as_typed(raw: str | bytes) -> str:
    """The input as text; bytes map one to one, so nothing typed is lost."""
    return raw if isinstance(raw, str) else raw.decode("latin-1")


def render(result: Explanation, lang: str, stream: TextIO = sys.stdout) -> str:
    """Plain text for one explanation in one language, safe to print on a terminal."""
    words = _WORDS[resolve_language(lang)]
    scheme = _scheme_name(result.scheme, lang)
    colour = "32" if result.is_approved else "33" if result.is_partial else "31"
    outcome = paint(terminal_safe(result.outcome.label(lang)), colour, stream)
    lines = [paint(terminal_safe(f"[{scheme}] {result.code or repr(result.raw)}"), "1", stream)]
    if result.code is not None and result.code != _as_typed(result.raw).strip():
        read_as = words.code_read.format(code=result.code, scheme=scheme)
        lines.append(terminal_safe(f"  {words.read_as}: {read_as}"))
    lines.append(terminal_safe(f"  {words.meaning}: {result.message(lang)}"))
    lines.append(
        f"  {words.outcome}: {outcome}    "
        + terminal_safe(f"{words.retry}: {result.retry.label(lang)}")
    )
    lines += [
        terminal_safe(text)
        for text in (
            f"  {words.display}: {result.display(lang)}",
            f"  {words.cardholder}: {result.cardholder_message(lang)}",
            f"  {words.terminal}: {result.terminal_action.label(lang)}",
            f"  {words.advice}:",
            *(
                f"    - {words.actor.format(actor=step.actor.label(lang))}{step.text(lang)}"
                for step in result.advice.steps
            ),
            *(
                f"  {words.warning}: {notice.text(lang, hint='option')}"
                for notice in result.notices
            ),
        )
    ]
    return "\n".join(lines)


def _both(get: Callable[[str], str]) -> dict[str, str]:
    return {"zh": get("zh"), "en": get("en")}


def to_json(result: Explanation) -> dict[str, Any]:
    """The stable JSON object printed by ``posrc explain --json``."""
    rc = result.return_code
    return {
        "input": _as_typed(result.raw),
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
        "warnings": [notice.text("en", hint="option") for notice in result.notices],
        "warnings_zh": [notice.text("zh", hint="option") for notice in result.notices],
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
        self.exit(2, terminal_safe(f"posrc: error: {message} (see posrc --help)") + "\n")


# The options that take a value: the word after one is never the command or the code.
_VALUE_OPTIONS = frozenset(
    ("--scheme", "--api", "--field", "--lang", "--category", "--outcome", "--jobs")
)
_TOP_LEVEL_OPTIONS = frozenset(("-h", "--help", "--version"))


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
    explain_cmd.add_argument(
        "--api",
        help="the wallet API that answered, e.g. reverse 接口 (default: the least certain "
        "reading 默认取最不确定的解读)",
    )
    explain_cmd.add_argument(
        "--field",
        help="the reply field that held the code, e.g. trade_state 应答字段 (default: any 任意)",
    )
    explain_cmd.add_argument("--lang", choices=["zh", "en"], help="one language (default: both)")
    explain_cmd.add_argument("--json", action="store_true", help="print one JSON object")

    list_cmd = commands.add_parser("list", help="list codes, filtered")
    list_cmd.add_argument("--scheme", choices=schemes, help="only this scheme's codes")
    list_cmd.add_argument(
        "--category",
        choices=[c.value for c in Category],
        help="only codes of this category, by its two letters",
    )
    list_cmd.add_argument(
        "--outcome", choices=[o.value for o in Outcome], help="only codes with this outcome"
    )
    list_cmd.add_argument("--json", action="store_true", help="print a JSON array")

    scan_cmd = commands.add_parser("scan", help="find and count the codes in logs")
    scan_cmd.add_argument(
        "files", nargs="*", default=[STDIN], metavar="FILE", help="log files; - or none for stdin"
    )
    scan_cmd.add_argument("--scheme", choices=schemes, help="read every code in one scheme")
    scan_cmd.add_argument("--json", action="store_true", help="print one JSON object")
    scan_cmd.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="processes that share the counting (default: one per processor); same output",
    )
    export_arguments(commands.add_parser("export", help="write the code table as data"))
    return parser


def _run_explain(args: argparse.Namespace) -> int:
    try:
        result = explain(args.code, scheme=args.scheme, api=args.api, field=args.field)
    except ValueError as error:  # an API the scheme does not have: a usage error
        print(terminal_safe(f"posrc: error: {error} (see posrc --help)"), file=sys.stderr)
        return 2
    if args.json:
        print(safe_json(to_json(result)))
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
        print(safe_json(rows))
    else:
        for row in rows:
            print(
                terminal_safe(
                    f"{row['scheme']:13} {row['code']:7} {row['canonical']:7} "
                    f"{row['outcome']:9} {row['retry']:12} {row['zh']} / {row['en']}"
                )
            )
    return 0


def _jobs(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes, 1 or more, not {text!r}")
    return int(text)


def _run_scan(args: argparse.Namespace) -> int:
    jobs = default_jobs() if args.jobs is None else args.jobs
    return run_scan(args.files, args.scheme, args.json, jobs)


def _run_export(args: argparse.Namespace) -> int:
    return run_export(args, Registry.default().rows())


_COMMANDS = {"explain": _run_explain, "list": _run_list, "scan": _run_scan, "export": _run_export}


def _first_word(arguments: Sequence[str]) -> int | None:
    """Where the first word that is not an option, nor an option's value, stands."""
    index = 0
    while index < len(arguments):
        word = arguments[index]
        if word == "--" or word == STDIN or not word.startswith("-"):
            return index
        index += 2 if word in _VALUE_OPTIONS else 1
    return None


def arranged(arguments: Sequence[str]) -> list[str]:
    """The arguments with the command first, wherever it was typed.

    ``posrc 51`` is short for ``posrc explain 51``, and options may come
    before or after the command and the code:

    >>> arranged(["--json", "51"]), arranged(["--json", "list", "--scheme", "cup"])
    (['explain', '--json', '51'], ['list', '--json', '--scheme', 'cup'])
    >>> arranged(["--scheme", "iso8583", "05"]), arranged(["--version"])
    (['explain', '--scheme', 'iso8583', '05'], ['--version'])

    Options without a code are taken for ``explain``, whose parser then says
    that the code is missing.
    """
    index = _first_word(arguments)
    if index is None and (not arguments or _TOP_LEVEL_OPTIONS.intersection(arguments)):
        return list(arguments)  # nothing, --help or --version: the top level answers
    if index is not None and arguments[index] in _COMMANDS:
        return [arguments[index], *arguments[:index], *arguments[index + 1 :]]
    return ["explain", *arguments]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit status (0 explained, 1 not, 2 usage, 130 Ctrl-C)."""
    arguments = arranged(sys.argv[1:] if argv is None else argv)
    try:
        args = _parser().parse_args(arguments)
        return _COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("posrc: interrupted", file=sys.stderr)
        return 130
    # Covered by test_pipe_closed_early_is_not_an_error in a child process, which
    # coverage does not follow.
    except BrokenPipeError:  # pragma: no cover
        # The reader went away (`posrc list | head`): not an error. Point stdout at
        # /dev/null so that the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
