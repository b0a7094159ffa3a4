"""The wordings of real POS tables: each names its sources and reads as its own condition only."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posrc import ReturnCode, find_codes, lookup
from posrc._agreement import normalise
from posrc._data.wordings import SOURCES, WORDINGS, Wording
from posrc._registry import Registry

AGREEMENT = Registry.default().agreement
ALL = tuple(ReturnCode)

# Older wordings that fewer than two sources give; no wording joins them.
UNDER_SOURCED = {
    ("BK1006", "timed out"),
    ("BK1006", "timeout"),
    ("BK1602", "拒绝承兑"),
    ("BK1603", "issuer inoperative"),
    ("BK1603", "issuer unavailable"),
    ("BL1001", "nsf"),
    ("CD1201", "卡过期"),
    ("PN1301", "invalid pin"),
    ("PN1301", "pin error"),
    ("PN1301", "pin incorrect"),
    ("PN1301", "wrong pin"),
    ("RK2001", "capture card"),
    ("RK2003", "lost card"),
    ("RK2004", "stolen card"),
    ("RK2004", "被盗"),
    ("SY1701", "cut-off"),
    ("TM1802", "mac error"),
    ("TM1802", "mac错"),
}

# Older wordings that another condition's own texts read too, by the conditions they
# also read as, each for a reason written here; no new wording joins them.
OVERLAPS = {
    # WeChat Pay's 500 and SYSTEMERROR say "system error or timeout".
    ("BK1006", "timed out"): {"SY1702"},
    ("BK1006", "timeout"): {"SY1702"},
    # One word apart from "Invalid card" (CD1002, and UnionPay's display for 04) and
    # from ISO 8583:1993's 602, "Invalid reference number".
    ("CD1003", "invalid card number"): {"CD1002", "RK2001", "TX1401"},
    # A part of 密码错误次数超限 ("PIN tries exceeded"): 密码 is spelled "pin", which
    # makes the part four characters long.
    ("PN1301", "密码错"): {"PN1302", "RK2009"},
    # ISO 8583:1993's 126 is "Invalid PIN block".
    ("PN1301", "invalid pin"): {"TM1803"},
    # UnionPay online's 65 is "Wrong PIN, expiry date or CVN2".
    ("PN1301", "wrong pin"): {"CD1208"},
    # 67 is a hard capture, "Hard capture: pick up card".
    ("RK2001", "capture card"): {"RK2010"},
    # The classic appendix's reason for 12, and UnionPay's display for 40 (发卡方 and
    # 发卡行 are one word).
    ("TX1401", "发卡行不支持的交易"): {"TX1406"},
}


def ids(wording: Wording) -> str:
    return f"{wording.native}-{wording.text}"


@functools.cache
def conditions_read(text: str) -> frozenset[str]:
    """The conditions (native codes) of every record that ``text`` agrees with."""
    return frozenset(rc.canonical.code for rc in ALL if AGREEMENT.agrees(rc, text))


@pytest.mark.parametrize("wording", WORDINGS, ids=ids)
def test_a_wording_reads_as_its_own_code(wording: Wording) -> None:
    assert AGREEMENT.agrees(lookup(wording.native), wording.text)
    assert AGREEMENT.agrees(lookup(wording.code, scheme=wording.scheme), wording.text)


@pytest.mark.parametrize("wording", WORDINGS, ids=ids)
def test_a_wording_is_read_at_a_code_of_its_condition(wording: Wording) -> None:
    assert lookup(wording.code, scheme=wording.scheme).canonical.code == wording.native


@pytest.mark.parametrize("wording", WORDINGS, ids=ids)
def test_no_wording_reads_as_another_condition(wording: Wording) -> None:
    others = conditions_read(wording.text) - {wording.native}
    assert others == OVERLAPS.get((wording.native, wording.text), set())


def test_the_overlaps_are_few_and_listed() -> None:
    assert len(OVERLAPS) <= 8
    assert set(OVERLAPS) <= {(w.native, w.text) for w in WORDINGS}


def test_a_wording_that_two_conditions_read_is_seen() -> None:
    # The sources display 请重新签到 ("sign on again") for both 99 and A0.
    assert {"TM1802", "TM1803"} <= conditions_read("请重新签到")


@pytest.mark.parametrize("wording", WORDINGS, ids=ids)
def test_a_wording_has_two_independent_sources_or_is_older(wording: Wording) -> None:
    cited = [SOURCES[key] for key in wording.sources]
    independent = len({source.title for source in cited}) >= 2
    primary = any(source.primary for source in cited)
    assert (independent or primary) == ((wording.native, wording.text) not in UNDER_SOURCED)


def test_every_older_wording_is_in_the_table() -> None:
    assert UNDER_SOURCED - {(w.native, w.text) for w in WORDINGS} == set()


def test_every_source_is_cited_and_every_citation_is_a_source() -> None:
    cited = [key for wording in WORDINGS for key in wording.sources]
    assert set(cited) == set(SOURCES)
    assert all(len(set(w.sources)) == len(w.sources) for w in WORDINGS)
    assert all(source.edition for source in SOURCES.values())


@pytest.mark.parametrize("wording", WORDINGS, ids=ids)
def test_no_wording_repeats_a_text_of_its_condition(wording: Wording) -> None:
    rc = lookup(wording.native)
    texts = {normalise(text(lang)) for text in (rc.message, rc.display) for lang in ("zh", "en")}
    assert normalise(wording.text) not in texts


def test_no_condition_has_one_wording_twice() -> None:
    spelled = [(w.native, normalise(w.text)) for w in WORDINGS]
    assert len(spelled) == len(set(spelled))


def test_the_table_is_sorted() -> None:
    assert list(WORDINGS) == sorted(WORDINGS, key=lambda w: (w.native, w.scheme, w.code, w.text))


# A table's line giving a code its message: a log, a JSON or source-code table, a bracket.
_LINES = (
    "{code} {text}",
    '"{code}": "{text}",',
    'case "{code}": return "{text}";',
    "{text} ({code})",
)


@given(st.sampled_from(WORDINGS), st.sampled_from(_LINES))
def test_a_line_that_gives_a_code_its_wording_is_read_as_that_code(
    wording: Wording, line: str
) -> None:
    found = find_codes(line.format(code=wording.code, text=wording.text))
    assert [str(m.explanation.code) for m in found] == [wording.code]
    rc = found[0].explanation.return_code
    assert rc is not None
    assert rc.canonical.code == wording.native
