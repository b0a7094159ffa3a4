"""The ``posrc`` command: explain a code in Chinese and English."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from posrc._enums import Scheme
from posrc._explain import Explanation
from posrc._lookup import explain
from posrc._text import resolve_language
from posrc._version import __version__

_LABELS = {
    "zh": ("含义", "结果", "重试", "终端显示", "给持卡人", "终端操作", "建议", "提示"),
    "en": ("Meaning", "Outcome", "Retry", "Display", "Cardholder", "Terminal", "Advice", "Warning"),
}


def render(result: Explanation, lang: str) -> str:
    """Plain text for one explanation in one language."""
    meaning, outcome, retry, display, cardholder, terminal, advice, warning = _LABELS[
        resolve_language(lang)
    ]
    scheme = result.scheme.value if result.scheme else "?"
    lines = [
        f"[{scheme}] {result.code or result.raw!r}",
        f"  {meaning}: {result.message(lang)}",
        f"  {outcome}: {result.outcome.value}    {retry}: {result.retry.value}",
        f"  {display}: {result.display(lang)}",
        f"  {cardholder}: {result.cardholder_message(lang)}",
        f"  {terminal}: {result.terminal_action.value}",
        f"  {advice}:",
    ]
    lines += [f"    - ({step.actor.value}) {step.text(lang)}" for step in result.advice.steps]
    lines += [f"  {warning}: {text}" for text in result.warnings]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit status (0 explained, 1 not, 2 usage)."""
    parser = argparse.ArgumentParser(
        prog="posrc",
        description="Explain a POS terminal return code.",
        epilog="examples: posrc BL1001 | posrc 51 | posrc 51 --scheme iso8583 | posrc 116",
    )
    parser.add_argument("code", help="the code as the terminal showed it, e.g. 51, A0, 116, BL1001")
    parser.add_argument("--scheme", choices=[s.value for s in Scheme], help="the code system")
    parser.add_argument("--lang", choices=["zh", "en"], help="one language only (default: both)")
    parser.add_argument("--version", action="version", version=f"posrc {__version__}")
    args = parser.parse_args(argv)
    result = explain(args.code, scheme=args.scheme)
    languages = [args.lang] if args.lang else ["zh", "en"]
    print("\n\n".join(render(result, lang) for lang in languages))
    return 0 if result.return_code is not None else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
