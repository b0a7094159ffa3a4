"""The public signatures as a type checker sees them: checked by mypy and pyright, never run."""

from __future__ import annotations

from typing_extensions import assert_type

import posrc
from posrc import (
    Actor,
    Advice,
    Category,
    Code,
    CodeMatch,
    Explanation,
    FollowUpError,
    Outcome,
    ParseError,
    Registry,
    RegistryError,
    Retry,
    ReturnCode,
    Scheme,
    Source,
    Step,
    Summary,
    TerminalAction,
    Text,
    UnknownCodeError,
    VendorScheme,
)
from posrc.exceptions import ParseErrorReason


def module_functions() -> None:
    assert_type(posrc.lookup("51"), ReturnCode)
    assert_type(posrc.lookup(b"51", scheme=Scheme.CUP, encoding="gbk"), ReturnCode)
    assert_type(posrc.lookup("E1", scheme=VendorScheme("lakala")), ReturnCode)
    assert_type(posrc.explain("51", scheme="iso8583"), Explanation)
    assert_type(posrc.find_codes("RC=51"), list[CodeMatch])
    assert_type(posrc.parse("BL1001"), Code)
    assert_type(posrc.summarize(["51", posrc.lookup("A0")]), Summary)
    assert_type(posrc.__version__, str)
    posrc.lookup(51)  # type: ignore[arg-type]
    posrc.lookup("51", "cup")  # type: ignore[call-arg]


def registries() -> None:
    default = Registry.default()
    assert_type(default, Registry)
    rows = [{"scheme": "lakala", "code": "E1", "canonical": "BL1001", "zh": "甲", "en": "a"}]
    extended = default.extend(rows)
    assert_type(extended, Registry)
    assert_type(default.extend([posrc.lookup("51")]), Registry)
    assert_type(extended.lookup("E1", scheme="lakala"), ReturnCode)
    assert_type(extended.explain("E1", scheme="lakala", encoding=None), Explanation)
    assert_type(extended.find_codes(b"RC=E1", scheme="lakala"), list[CodeMatch])
    assert_type(extended.get("E1", scheme="lakala"), ReturnCode)
    assert_type(extended.scheme("lakala"), "Scheme | VendorScheme")
    assert_type(extended.vendor_schemes, tuple[VendorScheme, ...])
    assert_type(extended.reserved("45", Scheme.ISO8583), "Text | None")
    assert_type(len(extended), int)
    assert_type(list(extended), list[ReturnCode])
    assert_type(posrc.lookup("51") in extended, bool)


def records(rc: ReturnCode) -> None:
    assert_type(rc.code, str)
    assert_type(rc.scheme, "Scheme | VendorScheme")
    assert_type(rc.outcome, Outcome)
    assert_type(rc.retry, Retry)
    assert_type(rc.name, "str | None")
    assert_type(rc.canonical, ReturnCode)
    assert_type(rc.category, Category)
    assert_type(rc.terminal_action, TerminalAction)
    assert_type(rc.advice, Advice)
    assert_type(rc.source, "Source | None")
    assert_type(rc.notes, str)
    assert_type(rc.is_native, bool)
    assert_type(rc.is_approved, bool)
    assert_type(rc.message("en"), str)
    assert_type(rc.display(), str)
    assert_type(rc.cardholder_message("zh-CN"), str)
    assert_type(ReturnCode.INSUFFICIENT_BALANCE, ReturnCode)
    assert_type(rc.advice.steps, tuple[Step, ...])
    assert_type(rc.advice.for_actor(Actor.CASHIER), tuple[Step, ...])
    assert_type(rc.advice.steps[0].actor, Actor)
    assert_type(rc.advice.steps[0].text("en"), str)
    assert_type(Text("甲", "a").get("en"), str)
    assert_type(str(Source("Q/CUP 006.6-2015", "§A.2.1")), str)
    rc.code = "52"  # type: ignore[misc]


def explanations(result: Explanation, match: CodeMatch, summary: Summary) -> None:
    assert_type(result.raw, "str | bytes")
    assert_type(result.return_code, "ReturnCode | None")
    assert_type(result.scheme, "Scheme | VendorScheme | None")
    assert_type(result.code, "str | None")
    assert_type(result.warnings, tuple[str, ...])
    assert_type(result.outcome, Outcome)
    assert_type(result.retry, Retry)
    assert_type(result.advice, Advice)
    assert_type(result.terminal_action, TerminalAction)
    assert_type(result.message("en"), str)
    assert_type(match.span, tuple[int, int])
    assert_type(match.raw, "str | bytes")
    assert_type(match.explanation, Explanation)
    assert_type(match.return_code, "ReturnCode | None")
    assert_type(summary.total, int)
    assert_type(summary.by_code, tuple[tuple[ReturnCode, int], ...])
    assert_type(summary.unknown, tuple[tuple[str, int], ...])
    assert_type(summary.by_category, tuple[tuple[Category, int], ...])
    assert_type(summary.by_outcome, tuple[tuple[Outcome, int], ...])


def codes_and_schemes(code: Code, vendor: VendorScheme) -> None:
    assert_type(code.category, "Category | None")
    assert_type(code.number, int)
    assert_type(vendor.name, str)
    assert_type(vendor.title, str)
    assert_type(vendor.value, str)
    assert_type(Scheme("cup"), Scheme)


def errors(parse: ParseError, unknown: UnknownCodeError, registry: RegistryError) -> None:
    assert_type(parse.raw, "str | bytes")
    assert_type(parse.position, int)
    assert_type(parse.reason, ParseErrorReason)
    assert_type(unknown.code, str)
    assert_type(unknown.scheme, str)
    assert_type(registry.row, int)
    assert_type(registry.field, "str | None")
    assert_type(registry.message, str)


def follow_up_errors(error: FollowUpError) -> None:
    assert_type(error.argument, str)
    assert_type(error.value, float)
