"""No str or bytes input breaks the readers: hypothesis proofs and a short fuzz run."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from posrc import (
    find_codes,
)
from tests.fuzz_parse import check, raw_inputs
from tests.text_strategies import coded_text


@given(coded_text)
def test_str_and_its_bytes_give_the_same_codes(text: str) -> None:
    as_text = [match.explanation.code for match in find_codes(text)]
    assert [match.explanation.code for match in find_codes(text.encode("utf-8"))] == as_text


@given(st.sampled_from(["RC=", "应答码：", "Resp Code: ", "[", "交易失败("]), coded_text)
def test_a_label_in_front_of_anything_keeps_the_rules(label: str, text: str) -> None:
    check(label + text)


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
