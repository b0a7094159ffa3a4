"""Folding is one translation of the whole text, however it is carried out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posrc._read import _FOLD, _FOLDED, fold  # pyright: ignore[reportPrivateUsage]

_TO_FOLD = st.sampled_from(sorted(map(chr, _FOLD)))
_TEXTS = st.lists(st.one_of(_TO_FOLD, st.text(max_size=3), st.just("应答码")), max_size=60)


@given(_TEXTS.map("".join))
def test_fold_is_the_translation_of_the_whole_text(text: str) -> None:
    assert fold(text) == text.translate(_FOLD)


@pytest.mark.parametrize("distinct", [1, 7, 8, 9, 30])
def test_any_number_of_distinct_characters_folds(distinct: int) -> None:
    text = "应答码" + "".join(chr(0xFF10 + i % 40) * 3 + "x" for i in range(distinct)) + "\u3000"
    assert fold(text) == text.translate(_FOLD)
    assert fold(text).startswith("应答码0")
    assert fold(text).endswith(" ")


def test_the_class_of_characters_to_fold_holds_those_and_no_others() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert [ord(char) for char in _FOLDED().findall(every)] == sorted(_FOLD)
