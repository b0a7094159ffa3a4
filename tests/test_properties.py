"""Rules that hold for every input, checked with hypothesis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from posrc import Code, ParseError, ReturnCode, lookup, parse
from posrc.testing.strategies import raw_codes, return_codes
from tests.strategies import junk_text

native_spellings = return_codes(scheme="posrc").flatmap(
    lambda rc: st.tuples(st.just(rc), raw_codes(rc))
)
bare_native_spellings = return_codes(scheme="posrc").flatmap(
    lambda rc: st.tuples(st.just(rc), raw_codes(rc, labels=False))
)
# Printable ASCII to its full-width form (U+FF01-U+FF5E).
FULL_WIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}


@given(bare_native_spellings)
def test_parse_and_format_round_trip(case: tuple[ReturnCode, str]) -> None:
    rc, spelling = case
    parsed = parse(spelling)
    # A bare number (1005) keeps no letters; with letters it is the whole code.
    assert str(parsed) == (rc.code if parsed.category else rc.code[2:])
    assert parse(str(parsed)) == parsed
    assert lookup(str(parsed)) is rc


@given(native_spellings)
def test_every_native_spelling_finds_the_singleton(case: tuple[ReturnCode, str]) -> None:
    rc, spelling = case
    assert lookup(spelling) is rc
    assert lookup(spelling.encode("utf-8")) is rc


def _reading(text: str) -> Code | tuple[str, int]:
    try:
        return parse(text)
    except ParseError as error:
        return error.reason, error.position


@given(junk_text)
def test_full_width_changes_no_answer_and_no_position(text: str) -> None:
    assert _reading(text.translate(FULL_WIDTH)) == _reading(text)
