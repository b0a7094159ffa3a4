from __future__ import annotations

from collections.abc import Callable

import pytest

from posrc import Category, Code, ParseError, explain, find_codes, lookup, parse


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("BL1001", "BL1001"),
        ("bl1001", "BL1001"),
        ("nw-1005", "NW1005"),
        ("NW_1005", "NW1005"),
        ("NW 1005", "NW1005"),
        (" \tTX1004\n", "TX1004"),
        ("\u00a0OK0000\u3000", "OK0000"),
        ("ＢＬ１００１", "BL1001"),
        ("ｂｌ－１００１", "BL1001"),
        (b"CD1002", "CD1002"),
        ("1001", "1001"),
    ],
)
def test_parse_accepts_unambiguous_spellings(raw: str | bytes, expected: str) -> None:
    assert str(parse(raw)) == expected


def test_parse_gives_parts() -> None:
    assert parse("nw-1005") == Code(Category.NETWORK, 1005)
    assert parse("0000") == Code(None, 0)


@pytest.mark.parametrize("read", [parse, lookup], ids=["parse", "lookup"])
@pytest.mark.parametrize(
    ("raw", "reason", "position"),
    [
        ("", "EMPTY", 0),
        ("   ", "EMPTY", 0),
        ("RC=", "EMPTY", 3),
        ("XY1001", "UNKNOWN_CATEGORY", 0),
        ("  XY1001", "UNKNOWN_CATEGORY", 2),
        ("BL101", "BAD_LENGTH", 0),
        ("BL10011", "BAD_LENGTH", 0),
        ("RC=5", "BAD_LENGTH", 3),
        ("5\u200b1", "BAD_LENGTH", 0),
        ("BL10O1", "BAD_CHARACTER", 4),
        ("NW١٠٠٥", "BAD_CHARACTER", 2),
        ("ß1234", "BAD_CHARACTER", 0),
        ("²001", "BAD_CHARACTER", 0),
        ("⑱⑱", "BAD_CHARACTER", 0),
        ("BL--1001", "BAD_CHARACTER", 3),
        ("51!", "BAD_CHARACTER", 2),
        ("应答码：٥١", "BAD_CHARACTER", 4),
        ("x" * 257, "TOO_LONG", 256),
    ],
)
def test_refusals_give_reason_and_position(
    read: Callable[[str], object], raw: str, reason: str, position: int
) -> None:
    with pytest.raises(ParseError) as caught:
        read(raw)
    assert (caught.value.reason, caught.value.position) == (reason, position)
    assert caught.value.raw is raw


@pytest.mark.parametrize("space", ["\u2003", "\u00a0", "\u3000", "\u202f"])
def test_unicode_spaces_read_as_blanks(space: str) -> None:
    assert str(parse(f"BL{space}1001")) == "BL1001"


def test_position_indexes_the_original_input() -> None:
    raw = "\u3000\u3000ＢＬ１０Ｏ１"
    with pytest.raises(ParseError) as caught:
        parse(raw)
    assert raw[caught.value.position] == "Ｏ"


def test_dotless_i_is_not_upper_cased_into_ascii() -> None:
    with pytest.raises(ParseError, match="not an ASCII"):
        parse("bı1001")


@pytest.mark.parametrize("raw", [None, 1001, 10.0, True, ["BL1001"], {"BL1001"}])
def test_parse_rejects_non_text_with_type_error(raw: object) -> None:
    with pytest.raises(TypeError, match=type(raw).__name__):
        parse(raw)  # type: ignore[arg-type]


def test_int_input_explains_leading_zeros() -> None:
    with pytest.raises(TypeError, match="leading zeros"):
        parse(5)  # type: ignore[arg-type]


def test_undecodable_bytes() -> None:
    with pytest.raises(ParseError) as caught:
        parse(b"\xff\xfe\xfd")
    assert caught.value.reason == "UNDECODABLE"


def test_a_huge_int_is_a_type_error_too() -> None:
    for entry in (parse, lookup, explain, find_codes):
        with pytest.raises(TypeError, match="codes are text"):
            entry(10**5000)  # type: ignore[arg-type]
