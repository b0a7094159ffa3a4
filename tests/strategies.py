"""Hypothesis strategies for messy terminal input."""

from __future__ import annotations

from hypothesis import strategies as st

import posrc
from posrc._grammar import spelled_exactly

ALL_CODES = tuple(posrc.ReturnCode)
NATIVE_CODES = tuple(rc for rc in ALL_CODES if rc.is_native)

_FULL_WIDTH_OFFSET = 0xFEE0
_PADDING = st.sampled_from(["", " ", "  ", "\t", "\n", "\u3000", "\u00a0", "\r\n"])


def widen(text: str, mask: list[bool]) -> str:
    """Turn the characters picked by ``mask`` into their full-width forms."""
    return "".join(
        chr(ord(char) + _FULL_WIDTH_OFFSET) if wide and "!" <= char <= "~" else char
        for char, wide in zip(text, mask, strict=True)
    )


@st.composite
def spellings(draw: st.DrawFn, code: str, exact: bool = False) -> str:
    """A noisy but valid spelling of ``code``: case (unless ``exact``), width and padding."""
    cased = "".join(char.lower() if not exact and draw(st.booleans()) else char for char in code)
    wide = widen(cased, draw(st.lists(st.booleans(), min_size=len(code), max_size=len(code))))
    return draw(_PADDING) + wide + draw(_PADDING)


@st.composite
def native_spellings(draw: st.DrawFn) -> tuple[posrc.ReturnCode, str]:
    """A native code and a noisy spelling, with an optional separator."""
    rc = draw(st.sampled_from(NATIVE_CODES))
    separator = draw(st.sampled_from(["", "-", "_", " "]))
    return rc, draw(spellings(rc.code[:2] + separator + rc.code[2:]))


@st.composite
def scheme_spellings(draw: st.DrawFn) -> tuple[posrc.ReturnCode, str]:
    """Any registered code and a noisy spelling of it."""
    rc = draw(st.sampled_from(ALL_CODES))
    # A wallet code keeps its case: WeChat PAYERROR and 收钱吧 PAY_ERROR differ by one mark.
    return rc, draw(spellings(rc.code, spelled_exactly(rc.scheme)))


junk_text = st.one_of(
    st.text(),
    st.text(alphabet="0123456789"),
    st.text(alphabet="0123456789ABCDEFabcdef-_ :=\u3000\uff10\uff21"),
    st.sampled_from(["", " ", "٠٥", "ß1", "²", "⑱", "ı0", "NW١٠٠٥", "--", "xx", "0", "😀"]),
)
junk_bytes = st.one_of(st.binary(), st.text().map(lambda t: t.encode("gb18030")))
