"""The fast paths answer only as the reader would.

``lookup`` and ``explain`` skip the reader for a code as stored, or with
blanks around it, in another letter case or, for a native code, with its
separator: the registry's exact-spelling index answers. Each answer must be
the reader's own: these properties compare the registry's methods with the
reader run directly, on every spelling of a registry that also holds vendor
codes shaped like native ones. The reader itself reads a lone labelled or
bracketed code without scanning the blanks around it; when that code is
refused, the scan still gives its own error.
"""

from __future__ import annotations

import re
from typing import cast

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import posrc
from posrc import Code, ParseError, Registry, ReturnCode, Scheme, UnknownCodeError
from posrc import _grammar as grammar
from posrc._explain import explain as read_and_explain
from posrc._explain import read_code
from posrc._plain import plain_foreign_native, plain_native
from posrc._table import fast_indexes

EXTENDED = Registry.default().extend(
    [
        {"scheme": "lakala", "code": code, "canonical": "BL1001", "zh": "余额不足", "en": "Low"}
        for code in ("E1", "AB1234", "X", "1001")
    ]
    + [{"scheme": "posrc", "code": "BL9001", "canonical": "BL1001", "zh": "余额不足", "en": "Low"}]
)
SCHEMES = (None, "posrc", "cup", "iso8583", "iso8583-1993", "lakala")
EDGE = " \t\n\r\v\f\x1c\x1d\x1e"


# ASCII-only upper-casing matters: each of these upper-cases to an ASCII letter.
LOOKALIKES = {"S": "\u017f", "I": "\u0131", "K": "\u212a"}


@st.composite
def spelled(draw: st.DrawFn) -> tuple[Registry, str | None, str]:
    """A registry, a scheme argument, and a stored spelling written as a user might."""
    registry = draw(st.sampled_from([Registry.default(), EXTENDED]))
    scheme = draw(st.sampled_from(SCHEMES if registry is EXTENDED else SCHEMES[:-1]))
    spelling = draw(st.sampled_from(sorted(fast_indexes(registry).named[scheme])))
    lowered = draw(st.lists(st.booleans(), min_size=len(spelling), max_size=len(spelling)))
    word = "".join(c.lower() if low else c for c, low in zip(spelling, lowered, strict=True))
    separator = draw(st.sampled_from(["", "", "-", "_", " ", "\t", "--"]))
    word = word[:2] + separator + word[2:]
    if draw(st.booleans()):
        word = "".join(LOOKALIKES.get(c.upper(), c) for c in word)
    left, right = (draw(st.integers(0, 200)) for _ in "lr")
    blank = draw(st.sampled_from(EDGE))
    return registry, scheme, blank * left + draw(st.text(EDGE, max_size=3)) + word + blank * right


# Every character that str.strip() strips, and a few it leaves that the reader reads as blanks.
WHITESPACE = "".join(chr(cp) for cp in range(0x3001) if chr(cp).isspace()) + "\u200b\ufeff"
ENGLISH = sorted(set(grammar.ENGLISH_LABELS))


@st.composite
def labelled(draw: st.DrawFn) -> tuple[Registry, str | None, str]:
    """A registry, a scheme argument, and a code after a label, written as logs write it."""
    registry = draw(st.sampled_from([Registry.default(), EXTENDED]))
    scheme = draw(st.sampled_from(SCHEMES if registry is EXTENDED else SCHEMES[:-1]))
    english = draw(st.sampled_from(ENGLISH)).replace(
        " ", draw(st.sampled_from(["", " ", "_", "-", "  "]))
    )
    if draw(st.booleans()):
        english = "".join(c.upper() if draw(st.booleans()) else c for c in english)
    label = draw(
        st.sampled_from(grammar.CHINESE_LABELS)
        | st.just(english)
        | st.text("RrCc应答码 _-:=", max_size=6)
    )
    separator = draw(
        st.sampled_from(
            [
                "",
                "",
                " ",
                ":",
                "=",
                "#",
                "\uff1a",
                "\uff1d",
                "\uff03",
                " : ",
                "\t=\t",
                "::",
                "\u3000",
                "等于",
            ]
        )
    )
    stored = sorted(fast_indexes(registry).named[scheme])
    code = draw(
        st.sampled_from(stored) | st.text("0123456789AaBbLlZz\uff15-", min_size=1, max_size=7)
    )
    if draw(st.booleans()):
        code = code.lower()
    edges = st.text(WHITESPACE + "\x1f", max_size=4)
    return registry, scheme, draw(edges) + label + separator + code + draw(edges)


CORNERS = [
    (EXTENDED, "lakala", "ab-1234"),  # a vendor code is never written with a separator
    (EXTENDED, "lakala", "e1"),
    (EXTENDED, None, " bl-9001 "),
    (Registry.default(), None, "\u017fy1007"),  # upper-cases to SY1007, but is no ASCII
    (Registry.default(), None, " " * 250 + "51"),  # too long once padded
    (Registry.default(), None, "bl\t1001"),
    (Registry.default(), "cup", "bl-1001"),
    (Registry.default(), "posrc", " bl_1001\n"),
    (Registry.default(), None, "#51#"),  # only blanks and line breaks are read around a code
]


def read_and_get(registry: Registry, raw: str | bytes, scheme: str | None) -> ReturnCode:
    """What the reader alone makes of ``raw``."""
    wanted = None if scheme is None else registry.scheme(scheme)
    reading = read_code(registry, raw, wanted, None)[1]
    return registry.get(reading.code, scheme=reading.scheme)


def given_as(text: str) -> list[str | bytes]:
    """``text`` as a caller may pass it: as text, and as the UTF-8 bytes of a terminal."""
    return [text, text.encode("utf-8")]


def check_lookup(case: tuple[Registry, str | None, str]) -> None:
    registry, scheme, text = case
    for raw in given_as(text):
        expected: ReturnCode | ParseError | UnknownCodeError
        try:
            expected = read_and_get(registry, raw, scheme)
        except (ParseError, UnknownCodeError) as error:
            expected = error
        calls = [registry.lookup]
        if registry is Registry.default():
            calls.append(posrc.lookup)
        for call in calls:
            if isinstance(expected, ReturnCode):
                assert call(raw, scheme=scheme) is expected
            else:
                with pytest.raises(type(expected), match=f"^{re.escape(str(expected))}$"):
                    call(raw, scheme=scheme)


def check_explain(case: tuple[Registry, str | None, str]) -> None:
    registry, scheme, text = case
    wanted = None if scheme is None else registry.scheme(scheme)
    for raw in given_as(text):
        expected = read_and_explain(registry, raw, wanted)
        for result in (registry.explain(raw, scheme=scheme), registry.explain(raw, scheme=scheme)):
            assert result == expected
            assert type(result.raw) is type(raw)
        if registry is Registry.default() and scheme is None:
            assert posrc.explain(raw) == expected


@pytest.mark.parametrize("case", CORNERS)
def test_corners_answer_as_the_reader(case: tuple[Registry, str | None, str]) -> None:
    check_lookup(case)
    check_explain(case)


@given(spelled())
def test_lookup_answers_as_the_reader(case: tuple[Registry, str | None, str]) -> None:
    check_lookup(case)


@given(spelled())
def test_explain_answers_as_the_reader(case: tuple[Registry, str | None, str]) -> None:
    check_explain(case)


@given(labelled())
def test_lookup_after_a_label_answers_as_the_reader(case: tuple[Registry, str | None, str]) -> None:
    check_lookup(case)


@given(labelled())
def test_explain_after_a_label_answers_as_the_reader(
    case: tuple[Registry, str | None, str],
) -> None:
    check_explain(case)


@pytest.mark.parametrize(
    "raw",
    [
        "应答码：51",
        " 应答码=51 ",
        "\u3000返回码: 1001\xa0",
        "RC = 05",
        "Resp_Code: a0",
        "rc 1001",
        "F39=116",
    ],
)
def test_a_code_after_a_label_is_answered_from_the_index(raw: str) -> None:
    registry = Registry.default()
    spelled = registry._spelled(raw, None)  # pyright: ignore[reportPrivateUsage]
    assert spelled is not None
    assert spelled[0] is read_and_get(registry, raw, None)


@pytest.mark.parametrize("raw", [b"RC=51", b" 51\r\n", b"rc 1001", b"F39=116", b"Resp_Code: a0"])
def test_ascii_bytes_are_answered_from_the_index(raw: bytes) -> None:
    registry = Registry.default()
    spelled = registry._spelled(raw, None)  # pyright: ignore[reportPrivateUsage]
    assert spelled is not None
    assert spelled[0] is read_and_get(registry, raw, None)
    assert type(spelled[1]) is bytes
    assert registry._spelled("应答码：51".encode(), None) is None  # pyright: ignore[reportPrivateUsage]


@pytest.mark.parametrize(
    ("raw", "scheme", "position", "reason"),
    [
        ("RC=1001", "cup", 3, "BAD_LENGTH"),
        ("应答码：ZZ1001", None, 4, "UNKNOWN_CATEGORY"),
        (" 交易失败(ZZ01)  ", "posrc", 6, "BAD_LENGTH"),
    ],
)
def test_a_refused_lone_code_is_refused_where_it_stands(
    raw: str, scheme: str | None, position: int, reason: str
) -> None:
    with pytest.raises(ParseError) as caught:
        posrc.lookup(raw, scheme=scheme)
    assert (caught.value.position, caught.value.reason) == (position, reason)


@st.composite
def natives(draw: st.DrawFn) -> str:
    """A native code, or something close to one, written plainly or not quite."""
    letters = draw(st.sampled_from(["BL", "bl", "nW", "ZZ", "Rc", "", "B", "ＢＬ", "\u017fy"]))
    separator = draw(st.sampled_from(["", "", "-", "_", " ", "\t", "--", "."]))
    digits = draw(st.text("0123456789\u0661+_ ", min_size=3, max_size=5))
    edges = st.text(WHITESPACE + "\x1f", max_size=4)
    return draw(edges) + letters + separator + digits + draw(edges)


@given(natives())
@example("ZZ 0000")  # letters that name no category may not stand before a blank
def test_parse_of_a_plain_native_answers_as_the_reader(raw: str) -> None:
    expected: Code | ParseError
    try:
        expected = Code.of(read_code(Registry.default(), raw, Scheme.POSRC, None)[1].code)
    except ParseError as error:
        expected = error
    if isinstance(expected, Code):
        assert posrc.parse(raw) == expected
    else:
        with pytest.raises(ParseError, match=f"^{re.escape(str(expected))}$"):
            posrc.parse(raw)
    plain = plain_native(raw)
    if isinstance(plain, Code):
        assert plain == expected
    elif isinstance(plain, str):
        assert isinstance(expected, ParseError)
        assert expected.reason == "UNKNOWN_CATEGORY"


@pytest.mark.parametrize("raw", ["BL1001", " bl-1001 ", "\u3000Nw_1005\n", "1001", "bL 1001"])
def test_a_plain_native_is_parsed_without_the_reader(raw: str) -> None:
    plain = plain_native(raw)
    assert isinstance(plain, Code)
    assert plain == Code.of(read_code(Registry.default(), raw, Scheme.POSRC, None)[1].code)


@st.composite
def foreign_natives(draw: st.DrawFn) -> tuple[Registry, str]:
    """Two ASCII letters, often none of a category, and four digits, written plainly or
    not quite: labels (``RC``), wallet words and full-width forms among them."""
    registry = draw(st.sampled_from([Registry.default(), EXTENDED]))
    letters = draw(
        st.text("ABCKLMNPRSTWXYZabcklmnprstwxyz1\u017f", min_size=2, max_size=2)
        | st.sampled_from(["RC", "rc", "ZZ", "Rc", "ＺＺ", "AB"])
    )
    separator = draw(st.sampled_from(["", "", "-", "_", " ", "\t", "."]))
    digits = draw(st.text("0123456789\u0661", min_size=3, max_size=5))
    edges = st.text(WHITESPACE + "\x1f", max_size=4)
    return registry, draw(edges) + letters + separator + digits + draw(edges)


@given(foreign_natives())
def test_explain_of_letters_that_name_no_category_answers_as_the_reader(
    case: tuple[Registry, str],
) -> None:
    registry, raw = case
    check_explain((registry, None, raw))


@given(foreign_natives())
def test_a_plain_foreign_native_is_one_the_reader_refuses_for_its_letters(
    case: tuple[Registry, str],
) -> None:
    registry, raw = case
    foreign = plain_foreign_native(registry, raw)
    if foreign is None:
        return
    with pytest.raises(ParseError) as caught:
        read_code(registry, raw, None, None)
    assert caught.value.reason == "UNKNOWN_CATEGORY"
    assert foreign == (caught.value.message[1:3], caught.value.position)


@pytest.mark.parametrize("raw", ["ZZ0001", " zz-0001\t", "Qq_1234", "\u3000XY9999"])
def test_letters_that_name_no_category_are_refused_without_the_reader(raw: str) -> None:
    assert plain_foreign_native(Registry.default(), raw) is not None


@pytest.mark.parametrize(
    "raw",
    [
        "RC 1001",  # a label and a code
        "BL1001",  # a category
        "1001",
        "ZZ\u06611",  # no ASCII digit
        "Z11001",
        "ZZ.0001",
        " " * 251 + "ZZ0001",  # too long
        "ZZ0001\x1f",
    ],
)
def test_what_is_no_plain_foreign_native_is_left_to_the_reader(raw: str) -> None:
    assert plain_foreign_native(Registry.default(), raw) is None


def test_a_wallet_word_shaped_like_a_native_code_is_left_to_the_reader() -> None:
    class WalletWords:
        def wallet_word(self, code: str) -> bool:
            return code == "ZZ0001"

    table = cast("Registry", WalletWords())
    assert plain_foreign_native(table, " ZZ0001 ") is None
    assert plain_foreign_native(table, "ZZ0002") == ("ZZ", 0)
