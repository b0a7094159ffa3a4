"""Hypothesis strategies for text around codes: labels, separators, numbers, noise."""

from __future__ import annotations

from hypothesis import strategies as st

from posrc._grammar import (
    CHINESE_LABELS,
    CHINESE_STATUS_WORDS,
    ENGLISH_LABELS,
    ENGLISH_STATUS_WORDS,
)
from posrc.testing.strategies import raw_codes, return_codes

_WORDS = (
    *CHINESE_LABELS,
    *ENGLISH_LABELS,
    *CHINESE_STATUS_WORDS,
    *ENGLISH_STATUS_WORDS,
    "RESP",
    "respCode",
    "field id",
    'id="39" value=',
    "余额不足",
    "Insufficient funds",
    "Do not honor",
    "MAC校验错",
    "交易成功",
    "POS#",
    "终端号",
    "****",
    "条码错误",
    "用户支付中，需要输入密码",
    "交易不存在",
    "ACQ.",
)
_MARKS = (
    *(":", "=", "：", "＝", " ", "  ", "\t", "\n", "[", "]", "(", ")", "【", "】", '"', "'"),
    *(",", "，", "-", "_", ".", "/", "#", "*", "|", "\u3000", "\u00a0", "\r\n"),
)

# Bare spellings: the labels come from _WORDS and _MARKS, in any order.
code_texts = return_codes().flatmap(lambda rc: raw_codes(rc, labels=False))
numbers = st.one_of(
    st.from_regex(r"[0-9]{1,8}", fullmatch=True),
    st.from_regex(r"[0-9]{1,4}[.:/-][0-9]{1,4}", fullmatch=True),
)
pieces = st.one_of(
    code_texts,
    st.sampled_from(_WORDS),
    st.sampled_from(_MARKS),
    numbers,
    st.text(max_size=4),
)

coded_text = st.lists(pieces, max_size=24).map("".join)
"""Text assembled from codes, labels, status words, separators, numbers and junk."""


@st.composite
def coded_bytes(draw: st.DrawFn) -> bytes:
    """Coded text as UTF-8 or GB18030 bytes, sometimes with a byte changed."""
    text = draw(coded_text)
    data = bytearray(text.encode(draw(st.sampled_from(["utf-8", "gb18030"]))))
    if data and draw(st.booleans()):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)
