"""Rules that hold for every input, checked with hypothesis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from posrc import ReturnCode, lookup, parse
from posrc._read import fold
from tests.strategies import native_spellings, scheme_spellings


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
