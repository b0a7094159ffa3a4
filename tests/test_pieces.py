"""A text scanned in pieces cut anywhere gives exactly what the whole text gives.

Also: lenient decoding line by line (mixed UTF-8 and GBK, byte order marks,
truncated UTF-16), undecodable lines counted, record boundaries of every kind,
and memory that stays flat in the input's size.
"""

from __future__ import annotations

import codecs
import itertools
import os
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from posrc import CodeMatch, Registry, find_codes, summarize
from posrc import _scan as scan_module
from posrc._read import KEPT, LONG_RECORD, RecordDecoder, encoded
from posrc._scan import Scan

# Pieces of real-looking log text; runs of blanks and dot leaders, line breaks of
# every kind, labels whose code may come far after them.
_FRAGMENTS = st.sampled_from(
    [
        "RC=116", "RESP=1001", "RC=51", "应答码：51", "交易失败(A0)", "余额不足", "(51)",
        " 51 余额不足", "Response Code (39): 12", "RC=05 / 51", '{"respCode":"00",',
        '"39":"05"', "NW1005 网络连接失败", "05 Do not honor", "A0MAC校验错",
        "RC", "=", "51", " ", "\t", ".....", " " * 70, "." * 70, "x", "金额128.00",
        "\n", "\r", "\r\n", "\u2028", "\x1c", "，", "ＲＣ＝５１",
    ]
)  # fmt: skip
_LINES = st.lists(_FRAGMENTS, max_size=40).map("".join)


@st.composite
def logs(draw: st.DrawFn) -> bytes:
    """Lines in UTF-8 or GBK, or with bytes that neither reads."""
    out = b""
    for line in draw(st.lists(_LINES, min_size=1, max_size=6)):
        kind = draw(st.sampled_from(["utf-8", "gbk", "bad"]))
        if kind == "bad":
            out += line.encode() + b"\xff\xfe\x81"
        else:
            out += line.encode(kind, "replace")
        out += draw(st.sampled_from([b"\n", b"\r", b""]))
    return out


def cut(data: bytes | str, points: list[int]) -> list[bytes | str]:
    edges = sorted({0, len(data), *(p % (len(data) + 1) for p in points)})
    return [data[a:b] for a, b in itertools.pairwise(edges)]


def seen(matches: list[CodeMatch]) -> list[tuple[tuple[int, int], str | bytes, str | None]]:
    return [(m.span, m.raw, m.explanation.code) for m in matches]


def scanned(pieces: list[bytes | str], batch: int, window: int) -> tuple[list[CodeMatch], int]:
    scan = Scan(Registry.default(), None, None, batch=batch, window=window)
    return list(scan.matches(pieces)), scan.undecodable


# Each example scans its text many times over: few examples, each a thorough one.
@settings(max_examples=int(os.environ.get("POSRC_PIECE_EXAMPLES", "25")))
@given(logs(), st.lists(st.integers(0, 10_000)), st.integers(1, 64), st.integers(1, 600))
def test_bytes_cut_anywhere_give_what_the_whole_gives(
    data: bytes, points: list[int], batch: int, window: int
) -> None:
    whole = find_codes(data)
    pieces = cut(data, points)
    matches, undecodable = scanned(pieces, batch, window)
    assert seen(matches) == seen(whole)
    assert undecodable == summarize(data).undecodable
    assert all(data[m.span[0] : m.span[1]] == m.raw for m in matches)


@settings(max_examples=int(os.environ.get("POSRC_PIECE_EXAMPLES", "25")))
@given(st.lists(_LINES, min_size=1, max_size=4).map("\n".join), st.lists(st.integers(0, 5000)))
def test_text_cut_anywhere_gives_what_the_whole_gives(text: str, points: list[int]) -> None:
    matches, _ = scanned(cut(text, points), 16, 200)
    assert seen(matches) == seen(find_codes(text))


_IN_RECORD = _FRAGMENTS.filter(
    lambda fragment: fragment not in ("\n", "\r", "\r\n", "\u2028", "\x1c")
)


@settings(max_examples=int(os.environ.get("POSRC_PIECE_EXAMPLES", "25")))
@given(
    st.lists(_IN_RECORD, min_size=150, max_size=500).map("".join),
    st.lists(st.integers(0, 20_000), max_size=30),
    st.integers(1, 3000),
)
def test_a_long_record_cut_anywhere_gives_what_the_whole_gives(
    record: str, points: list[int], window: int
) -> None:
    # As str: bytes reach the windows only once a record passes LONG_RECORD bytes.
    matches, _ = scanned(cut(record, points), 1, window)
    assert seen(matches) == seen(find_codes(record))


def test_a_code_across_a_window_edge_is_read_once_and_whole() -> None:
    # One record of 1.5 MB: codes sit across every place a window could end.
    record = "".join(f"{'x' * (1000 + i % 7)} RC=51 应答码：05 NW1005 " for i in range(1500))
    data = record.encode()
    whole = find_codes(data)
    assert len(whole) == 4500
    matches, _ = scanned(cut(data, list(range(0, len(data), 4099))), 64, 5000)
    assert seen(matches) == seen(whole)


def test_one_gbk_line_among_utf8_lines_loses_nothing() -> None:
    data = (
        "应答码：51\n".encode() * 500 + "应答码：51\n".encode("gbk") + "应答码：51\n".encode() * 500
    )
    summary = summarize(data)
    assert summary.total == 1001
    assert summary.undecodable == 0
    assert [m.raw.decode("gbk") for m in find_codes(data)[500:501]] == ["应答码：51"]  # type: ignore[union-attr]


def test_undecodable_lines_are_counted_once_each_and_still_scanned() -> None:
    data = b"RC=51 \xff\xfe \xff\nRC=05\n\x81\x30 RC=96\n"
    summary = summarize(data)
    assert (summary.total, summary.undecodable) == (3, 2)


def test_a_byte_order_mark_picks_the_codec_for_the_whole_file() -> None:
    for codec in ("utf-16", "utf-32", "utf-8-sig"):
        data = "RC=51 余额不足\n应答码：05\n".encode(codec)
        matches, undecodable = scanned(cut(data, list(range(1, len(data), 3))), 1, 64)
        assert [m.explanation.code for m in matches] == ["51", "05"], codec
        assert undecodable == 0
        assert all(data[m.span[0] : m.span[1]].decode(codec.removesuffix("-sig")).endswith(
            m.explanation.code or "") for m in matches if codec == "utf-8-sig")  # fmt: skip


def test_truncated_utf16_never_raises_and_is_counted() -> None:
    data = "RC=51\nRC=05".encode("utf-16-le") + b"5"
    assert [m.raw for m in find_codes(data, encoding="utf-16-le")] == [
        "RC=51".encode("utf-16-le"),
        "RC=05".encode("utf-16-le"),
    ]
    scan = Scan(Registry.default(), None, "utf-16-le")
    assert len(list(scan.matches([data]))) == 2
    assert scan.undecodable == 1


def test_kept_bytes_encode_back_as_themselves() -> None:
    text = b"RC=51 \xff\x01".decode("utf-8", KEPT)
    assert encoded(text, "utf-8") == b"RC=51 \xff\x01"
    with pytest.raises(UnicodeEncodeError):
        "€".encode("latin-1", KEPT)


def test_a_long_record_takes_the_codec_its_first_bytes_allow() -> None:
    head = "应答码：51 ".encode("gbk")
    data = head + b"x" * LONG_RECORD + "应答码：05".encode("gbk") + b"\nRC=96\n"
    whole = find_codes(data)
    assert [m.explanation.code for m in whole] == ["51", "05", "96"]
    matches, _ = scanned(cut(data, list(range(0, len(data), 65536))), 4096, 1 << 20)
    assert seen(matches) == seen(whole)
    # Valid UTF-8 at first, so UTF-8 throughout: a bad byte later is kept apart and counted.
    late = b"RC=51 " + b"x" * LONG_RECORD + b"\xff RC=05"
    assert summarize(late).undecodable == 1
    assert scanned(cut(late, [LONG_RECORD // 2, LONG_RECORD + 3]), 64, 1 << 20)[1] == 1
    neither = b"\xff" + b"x" * LONG_RECORD
    assert summarize(neither).undecodable == 1


def test_a_decoder_continued_reads_no_byte_order_mark() -> None:
    data = codecs.BOM_UTF8 + b"RC=51\n"
    assert RecordDecoder(None, continued=True).decode(data, final=True)[0].text == "\ufeffRC=51\n"
    assert RecordDecoder(None).decode(data, final=True)[0].text == "RC=51\n"


@pytest.mark.parametrize("end", ["\r", "\n", "\r\n", "\u2028", "\u2029", "\x85", "\v", "\x1e"])
def test_context_never_crosses_a_record_boundary(end: str) -> None:
    assert find_codes(f"余额不足{end}(51)") == []
    assert find_codes(f"51{end}余额不足") == []
    assert find_codes(f"交易失败{end}(51)") == []
    assert [m.raw for m in find_codes(f"余额不足(51){end}余额不足(51)")] == ["51", "51"]
    assert summarize(f"余额不足{end}(51)".encode()).total == 0


def peak(data: bytes) -> int:
    tracemalloc.start()
    try:
        summarize(data)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_summarize_keeps_no_list_of_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_module, "PIECE", 1 << 14)
    line = b"2026-11-20 10:31:02 POS#12 SALE 128.00 RESP=51\n"
    small, large = line * 2_000, line * 8_000  # 96 KB and 384 KB: 2 000 and 8 000 codes
    growth = peak(large) / peak(small)
    print(f"peak memory, for 4x the input: {growth:.2f}x")
    assert growth < 2  # every match kept would make it about 4x


def test_a_long_line_whole_in_one_piece_reads_as_when_streamed() -> None:
    late = b"RC=51 " + b"x" * LONG_RECORD + b"\xff RC=05"
    data = b"\xff\n" + late + b"\n"
    decoder = RecordDecoder(None)
    whole = decoder.decode(data, final=True)
    assert "".join(part.text for part in whole).endswith("\udcff RC=05\n")
    assert decoder.undecodable == 2
    assert seen(scanned([data], 1 << 30, 1 << 30)[0]) == seen(find_codes(data))


def test_only_the_records_with_kept_bytes_count() -> None:
    decoder = RecordDecoder("utf-16-le")
    data = "A\nB".encode("utf-16-le") + b"\x00\xd8" + "C\nD".encode("utf-16-le")
    assert decoder.decode(data, final=True)[0].text == "A\nB\udc00\udcd8C\nD"
    assert decoder.undecodable == 1


def test_a_run_longer_than_the_limit_is_cut_at_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_module, "_LIMIT", 6000)
    monkeypatch.setattr(scan_module, "_CACHED", 1)
    data = "RC=51 余额不足 " + " " * 20_000 + "RC=05 应答码：96"
    matches, _ = scanned(cut(data, list(range(0, len(data), 700))), 64, 2000)
    assert [m.explanation.code for m in matches] == ["51", "05", "96"]
