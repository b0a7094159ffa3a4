"""Rules that hold for every input, checked with hypothesis."""

from __future__ import annotations

from contextlib import suppress

from hypothesis import given
from hypothesis import strategies as st

from posrc import ParseError, ReturnCode, UnknownCodeError, explain, lookup, parse
from posrc._read import fold
from tests.strategies import junk_bytes, junk_text, native_spellings, scheme_spellings


@given(native_spellings())
def test_parse_and_format_round_trip(case: tuple[ReturnCode, str]) -> None:
    rc, spelling = case
    assert str(parse(spelling)) == rc.code
    assert str(parse(str(parse(spelling)))) == rc.code


@given(native_spellings())
def test_every_native_spelling_finds_the_singleton(case: tuple[ReturnCode, str]) -> None:
    rc, spelling = case
    assert lookup(spelling) is rc
    assert lookup(spelling.encode("utf-8")) is rc


@given(scheme_spellings())
def test_every_code_survives_noise_in_its_own_scheme(case: tuple[ReturnCode, str]) -> None:
    rc, spelling = case
    assert lookup(spelling, scheme=rc.scheme) is rc


@given(st.text())
def test_width_folding_is_idempotent_and_keeps_length(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert len(once) == len(text)


@given(junk_text)
def test_lookup_raises_only_documented_errors(text: str) -> None:
    with suppress(ParseError, UnknownCodeError):
        lookup(text)


@given(junk_bytes)
def test_lookup_on_bytes_raises_only_documented_errors(data: bytes) -> None:
    with suppress(ParseError, UnknownCodeError):
        lookup(data)


@given(st.one_of(junk_text, junk_bytes))
def test_explain_is_total(raw: str | bytes) -> None:
    result = explain(raw)
    assert result.raw is raw
    if result.return_code is None:
        assert result.warnings
    else:
        assert result.outcome is result.return_code.outcome


def parse_error(text: str) -> ParseError | None:
    try:
        parse(text)
    except ParseError as error:
        return error
    return None


@given(junk_text)
def test_parse_errors_point_inside_the_input(text: str) -> None:
    error = parse_error(text)
    if error is not None:
        assert 0 <= error.position <= len(text)
        assert error.raw is text
