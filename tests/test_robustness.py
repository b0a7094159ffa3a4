"""No str or bytes input breaks the readers: hypothesis proofs and a short fuzz run."""

from __future__ import annotations

from contextlib import suppress

from hypothesis import given
from hypothesis import strategies as st

from posrc import (
    Explanation,
    ParseError,
    UnknownCodeError,
    explain,
    find_codes,
    lookup,
    parse,
    summarize,
)
from tests.fuzz_parse import check, raw_inputs
from tests.strategies import junk_bytes, junk_text
from tests.text_strategies import coded_bytes, coded_text

anything = st.one_of(coded_text, coded_bytes(), junk_text, junk_bytes, st.binary(max_size=64))


@given(anything)
def test_lookup_raises_only_documented_errors(raw: str | bytes) -> None:
    with suppress(ParseError, UnknownCodeError):
        lookup(raw)
    with suppress(ParseError):
        parse(raw)


@given(anything)
def test_explain_find_codes_and_summarize_never_raise(raw: str | bytes) -> None:
    assert isinstance(explain(raw), Explanation)
    matches = find_codes(raw)
    assert summarize(raw).total == len(matches)
    assert summarize(matches).total == len(matches)


@given(coded_text)
def test_str_and_its_bytes_give_the_same_codes(text: str) -> None:
    as_text = [match.explanation.code for match in find_codes(text)]
    assert [match.explanation.code for match in find_codes(text.encode("utf-8"))] == as_text


@given(st.sampled_from(["RC=", "应答码：", "Resp Code: ", "[", "交易失败("]), coded_text)
def test_a_label_in_front_of_anything_never_breaks_lookup(label: str, text: str) -> None:
    with suppress(ParseError, UnknownCodeError):
        lookup(label + text)


@given(raw_inputs)
def test_short_fuzz_session(raw: str | bytes) -> None:
    check(raw)


def test_fuzz_regressions() -> None:
    # Inputs worth keeping: each once looked risky to a reader of the code.
    for raw in (
        "",
        "\x00",
        "RC=\ud800",
        "[",
        "(((",
        "应答码：" * 70,
        "5" * 300,
        b"\x81",
        b"RC=\xa1",
    ):
        check(raw)
