"""Finding codes in free text: what counts as a code, spans, bytes and linear work."""

from __future__ import annotations

import pytest

from posrc import CodeMatch, ReturnCode, Scheme, find_codes, lookup


def raws(text: str | bytes, **kwargs: str) -> list[str | bytes]:
    return [match.raw for match in find_codes(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20 10:31:02 POS#12 SALE 128.00 RESP=51", ["RESP=51"]),
        ("交易失败 51 余额不足", ["51"]),
        ("交易失败[A0] MAC校验错，请重新签到", ["交易失败[A0]"]),
        ("余额不足(51)", ["51"]),
        ('{"respCode":"05","respMsg":"身份认证失败"}', ['respCode":"05']),
        ('<field id="39" value="00"/>', ['id="39" value="00']),
        ("NW1005 网络连接失败", ["NW1005"]),
        ("1001:余额不足\n1005:网络连接失败", ["1001", "1005"]),
        ("RC=51 -> reversal RC=00", ["RC=51", "RC=00"]),
        ("ERROR [96] System malfunction", ["ERROR [96]"]),
        ("05 Do not honor", ["05"]),
        ("116 Not sufficient funds", ["116"]),
    ],
)
def test_codes_in_context_are_found(text: str, expected: list[str]) -> None:
    assert raws(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "交易成功 金额：128.00 元",
        "日期：2026/11/20 时间：10:31:02",
        "终端号：12345678 批次号：000012 凭证号：000345",
        "POS#12 SALE 51.00",
        "卡号：6222 02** **** 1234",
        "card=622202******1234",
        "客服电话 95516 / 400-820-1234",
        "call 138-0013-8000 or 13800138000",
        "失败 12 笔 成功 51 笔",
        "heartbeat latency=51ms",
        "upload 51/51 offline txns ok",
        "version 5.1.2 build 51",
        "RESP: OK",
        "Points earned: 51",
        "第 51 号收银台",
        "2026年11月20日",
    ],
)
def test_numbers_that_are_not_codes_are_never_reported(text: str) -> None:
    assert find_codes(text) == []


def test_native_codes_count_anywhere_as_whole_tokens() -> None:
    assert raws("see BL1001, then nw-1005 and tx_1004") == ["BL1001", "nw-1005", "tx_1004"]
    assert raws("ABL1001 BL10011 BL1001X") == []
    assert raws("BL1005 SY9999") == []  # BL1005 and SY9999 are not posrc codes


def test_labelled_unknown_codes_are_reported_as_unknown() -> None:
    (match,) = find_codes("RC=Q7 未知错误")
    assert match.return_code is None
    assert match.explanation.code == "Q7"
    assert match.explanation.is_unknown


def test_letter_only_labels_need_a_registered_code() -> None:
    assert raws("RESP: OK  rc=DA") == ["rc=DA"]


def test_spans_index_the_original_string() -> None:
    text = "\u3000交易失败　应答码：５１　余额不足"
    (match,) = find_codes(text)
    start, end = match.span
    assert text[start:end] == match.raw == "应答码：５１"
    assert match.explanation.code == "51"


def test_full_width_labels_are_read() -> None:
    text = "ＲＣ＝５１ 余额不足"
    (match,) = find_codes(text)
    assert match.raw == "ＲＣ＝５１"
    assert match.return_code is lookup("51")


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_spans_index_the_original_bytes(codec: str) -> None:
    text = "交易失败 应答码：51 余额不足\n主机返回码：96，交易状态未知"
    data = text.encode(codec)
    found = find_codes(data)
    assert [match.explanation.code for match in found] == ["51", "96"]
    for match in found:
        start, end = match.span
        assert data[start:end] == match.raw
        assert isinstance(match.raw, bytes)
        assert match.explanation.raw == match.raw


def test_undecodable_bytes_are_still_scanned() -> None:
    data = b"\xff\x80 RC=51 \x80 RC=00"
    found = find_codes(data)
    assert [data[slice(*m.span)] for m in found] == [b"RC=51", b"RC=00"]


@pytest.mark.parametrize(
    ("codec", "plain"), [("utf-16", "utf-16-le"), ("utf-32", "utf-32-le"), ("utf-8-sig", "utf-8")]
)
def test_a_byte_order_mark_picks_the_codec(codec: str, plain: str) -> None:
    data = "应答码：51\nRC=96".encode(codec)
    found = find_codes(data)
    assert [data[slice(*m.span)].decode(plain) for m in found] == ["应答码：51", "RC=96"]


def test_explicit_encoding_for_bytes() -> None:
    data = "\ufeff应答码：51".encode("utf-16")
    (match,) = find_codes(data, encoding="utf-16")
    assert match.raw.decode("utf-16-le") == "应答码：51"  # type: ignore[union-attr]


def test_scheme_restricts_and_reads() -> None:
    text = "RC=05 BL1001 action_code=116"
    assert [m.return_code for m in find_codes(text, scheme="iso8583")] == [
        lookup("05", scheme="iso8583")
    ]
    assert raws(text, scheme="posrc") == ["BL1001"]
    assert raws(text, scheme="iso8583-1993") == ["action_code=116"]
    assert [m.explanation.scheme for m in find_codes(text)] == [
        Scheme.CUP,
        Scheme.POSRC,
        Scheme.ISO8583_1993,
    ]


def test_every_match_reads_back_through_explain() -> None:
    text = "交易失败(A0) RC=51 余额不足(51) BL1001 1005:网络连接失败 [39]=55"
    for match in find_codes(text):
        assert lookup(match.raw) is match.return_code


def test_a_match_is_frozen_and_carries_its_explanation() -> None:
    (match,) = find_codes("RC=41")
    assert isinstance(match, CodeMatch)
    assert match.return_code is lookup("41")
    assert match.explanation.is_pick_up
    with pytest.raises(AttributeError):
        match.span = (0, 1)  # type: ignore[misc]


def test_non_text_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="list"):
        find_codes(["RC=51"])  # type: ignore[arg-type]


def test_a_long_log_is_read_whole() -> None:
    line = "2026-11-20 10:31:02 POS#12 SALE 128.00 RESP=51\n"
    found = find_codes(line * 2000)
    assert len(found) == 2000
    assert {m.return_code for m in found} == {lookup("51")}
    assert {m.return_code.canonical for m in found if m.return_code} == {
        ReturnCode.INSUFFICIENT_BALANCE
    }


@pytest.mark.parametrize("text", ["SRC=51", "Card expired(54)", "TID1RC=51"])
def test_documented_limits_of_the_scan(text: str) -> None:
    # A label or bracket glued to an ASCII word is not seen (see find_codes).
    assert find_codes(text) == []


def test_a_listed_token_that_cannot_be_a_code_is_not_reported() -> None:
    # After "RC=BL1001, " a token of the same length is read as a further code;
    # ZZ names no category, so it is no code at all, not an unknown one.
    assert [m.explanation.code for m in find_codes("RC=BL1001, ZZ1001")] == ["BL1001"]
    assert [m.explanation.code for m in find_codes("RC=51, 96")] == ["51", "96"]


def test_a_list_under_a_label_ends_at_a_word_of_no_code_shape() -> None:
    assert [m.raw for m in find_codes("RC=116, 11A", scheme="iso8583-1993")] == ["RC=116"]
