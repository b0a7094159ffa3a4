"""Every vocabulary member has a display name in Chinese and English."""

from __future__ import annotations

import re
from enum import Enum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posrc import Actor, Category, Outcome, Retry, Scheme, TerminalAction

Member = Outcome | Retry | TerminalAction | Actor | Category | Scheme
VOCABULARIES: list[type[Enum]] = [Outcome, Retry, TerminalAction, Actor, Category, Scheme]
MEMBERS: list[Member] = [*Outcome, *Retry, *TerminalAction, *Actor, *Category, *Scheme]
HAN = re.compile("[\u4e00-\u9fff]")
# Scheme names that are standards' titles read the same in both languages.
SAME_IN_BOTH = {Scheme.POSRC, Scheme.ISO8583, Scheme.ISO8583_1993}


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
def test_each_member_has_a_chinese_and_an_english_name(member: Member) -> None:
    zh, en = member.label("zh"), member.label("en")
    assert en.isascii()
    assert en.strip() == en
    assert en
    if member in SAME_IN_BOTH:
        assert zh == en
    else:
        assert HAN.search(zh), f"{member!r} has no Chinese name: {zh!r}"


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_names_tell_the_members_of_a_vocabulary_apart(vocabulary: type[Enum], lang: str) -> None:
    names = [member.label(lang) for member in MEMBERS if type(member) is vocabulary]
    assert len(set(names)) == len(names)


def test_every_member_of_every_vocabulary_is_checked() -> None:
    assert len(MEMBERS) == sum(len(vocabulary) for vocabulary in VOCABULARIES)


def test_the_value_stays_the_machine_name() -> None:
    assert Outcome.PICK_UP.value == "pick-up"
    assert Outcome.PICK_UP.label("en") != Outcome.PICK_UP.value
    assert Retry("after-query") is Retry.AFTER_QUERY


def test_chinese_is_the_default_language() -> None:
    assert Actor.CASHIER.label() == Actor.CASHIER.label("zh") == "收银员"


@given(st.text(max_size=8))
def test_any_language_tag_gives_one_of_the_two_names(lang: str) -> None:
    expected = "zh" if lang[:2].lower() == "zh" else "en"
    assert Outcome.DECLINED.label(lang) == Outcome.DECLINED.label(expected)


def test_a_language_that_is_not_text_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="lang must be a str"):
        Outcome.DECLINED.label(None)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
