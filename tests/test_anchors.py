"""The anchors find every place where the grammar matches, so scanning only there loses nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from posrc import _grammar as grammar
from posrc._anchors import starts
from posrc._read import fold
from tests.text_strategies import coded_text

_CORPUS = Path(__file__).parent / "corpus"
# Pieces that start candidates of every branch, and the characters around them.
_PIECES = st.sampled_from(
    [
        *grammar.CHINESE_LABELS,
        *grammar.ENGLISH_LABELS,
        *grammar.CHINESE_STATUS_WORDS,
        *grammar.ENGLISH_STATUS_WORDS,
        *grammar.WALLET_FIELDS,
        *grammar.ENVELOPED_FIELDS,
        *map(grammar.camel_case, grammar.WALLET_FIELDS + grammar.ENVELOPED_FIELDS),
        *grammar.QUOTE_CHARS,
        *grammar.QUOTE_ENTITIES,
        *grammar.CLOSER_OF,
        *grammar.CLOSER_OF.values(),
        *(pair[0] + pair[1] for pair in grammar.CATEGORY_LETTERS),
        *("RespCode", "t0", "orig_", "id=", "value", "39", "039", "1001", "116", "51", "A0"),
        *(":", "=", "#", "：", " ", "\t", "\n", "\r", ",", "/", "-", "_", ".", "*", "|", "{"),
        *("余额不足", "交易成功", "Do not honor", "MAC校验错", "set(", "USERPAYING", ">"),
        *("INVALID_BARCODE", "ACQ.", "TRADE_NOT_EXIST", "条码错误", "用户支付中"),
        *grammar.NAMING_LABELS,
    ]
)
_TEXTS = st.one_of(
    coded_text,
    st.lists(_PIECES, max_size=30).map("".join),
    st.text(alphabet="0123456789ABCDEFRrCcie39 :=\"'(【[_-域码", max_size=40),
    st.text(max_size=20),
)


def _matched(text: str, enveloped: bool) -> list[int]:
    """Every position where the grammar matches, by trying each one."""
    pattern = grammar.candidates(enveloped)
    return [at for at in range(len(text) + 1) if pattern.match(text, at)]


def _missed(text: str, enveloped: bool = True) -> list[int]:
    found = set(starts(text, enveloped))
    return [at for at in _matched(text, enveloped) if at not in found]


@settings(max_examples=400)
@given(_TEXTS.map(fold), st.booleans())
def test_every_place_the_grammar_matches_is_an_anchor(text: str, enveloped: bool) -> None:
    assert _missed(text, enveloped) == []


@given(_TEXTS.map(fold))
def test_the_anchors_come_in_order_each_once(text: str) -> None:
    found = list(starts(text))
    assert found == sorted(set(found))
    assert found[0] == 0
    assert all(0 <= at <= len(text) for at in found)


@pytest.mark.parametrize("name", ["real.jsonl", "lines.jsonl"])
def test_no_corpus_line_has_a_candidate_off_the_anchors(name: str) -> None:
    with (_CORPUS / name).open(encoding="utf-8") as lines:
        texts = [fold(json.loads(line)["text"]) for line in lines]
    assert [text for text in texts if _missed(text) or _missed(text, enveloped=False)] == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("x RC=51", 2),  # a label after a blank: just after the blank
        ("TID1应答码51", 4),  # a Chinese label after a digit
        ("t0RespCode=00", 2),  # a camel-case label inside a key
        ('xid="39" value="00"', 1),  # jPOS's field 39 inside a word
        ('m.set(39, "00")', 5),  # an argument after a letter
        ("(51) 余额不足", 0),  # a bracket at the start
        ("RC=51", 0),  # at the start of the text
        ('TRN_TIME_OUT = "98"', 15),  # a quoted code after its name
        ('{"errCode":"SYSTEMERROR"}', 2),  # a wallet field as an SDK spells it
        ("显示51应答码", 2),  # a code before its Chinese label
    ],
)
def test_each_kind_of_start_is_an_anchor(text: str, start: int) -> None:
    assert grammar.candidates().match(text, start)
    assert start in set(starts(text))


def test_the_anchors_pass_over_what_starts_nothing() -> None:
    text = "2026-11-20 10:31:42 heartbeat ok latency=7 queue=3\n" * 20
    assert list(starts(text)) == [0]


def test_the_grammar_has_the_branches_the_anchors_were_derived_from() -> None:
    # A new branch of the grammar needs its anchors in posrc/_anchors.py.
    branches = (
        grammar.MARKED,
        grammar._WALLET_FIELD,  # pyright: ignore[reportPrivateUsage]
        # A code before its label starts where a bare code before a message would.
        grammar._CODE_BEFORE_LABEL,  # pyright: ignore[reportPrivateUsage]
        grammar._BARE_CODE,  # pyright: ignore[reportPrivateUsage]
        grammar._WORD_CODE[True],  # pyright: ignore[reportPrivateUsage]
        grammar._TRAILING_CODE,  # pyright: ignore[reportPrivateUsage]
        grammar._NAMED_CODE,  # pyright: ignore[reportPrivateUsage]
    )
    assert grammar.candidates().pattern == "|".join(branches)


def test_a_text_that_names_no_wallet_has_no_anchor_at_a_word_joined_by_an_underscore() -> None:
    line = "INFO c.e.p.PaymentService - ORDER_CREATED orderId=12345 TXN_TYPE=SALE 交易成功"
    assert list(starts(line, enveloped=False)) == [0]
    assert len(list(starts(line))) > 1
