"""Single codes as terminals hand them over: bytes, labels, brackets and messages."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import pytest

from posrc import Outcome, ParseError, ReturnCode, Scheme, explain, lookup, parse
from posrc._grammar import (
    CHINESE_LABELS,
    CHINESE_STATUS_WORDS,
    ENGLISH_LABELS,
    ENGLISH_STATUS_WORDS,
)

INPUT_PAGE = (Path(__file__).parent.parent / "docs" / "input.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("RC=51", "51"),
        ("rc = 51", "51"),
        ("应答码：51", "51"),
        ("应答码51", "51"),
        ("返回码: NW1005", "NW1005"),
        ("Resp Code: 05", "05"),
        ("RESPONSE CODE.....: 00", "00"),
        ("Response Code (39): 12", "12"),
        ("响应码=A0", "A0"),
        ("错误码 96", "96"),
        ("交易码:00", "00"),
        ("Error Code: 14", "14"),
        ("Return Code=91", "91"),
        ("F39=05", "05"),
        ("DE39:05", "05"),
        ("field 39: 51", "51"),
        ("第39域：00", "00"),
        ("[39]=55", "55"),
        ('<field id="39" value="00"/>', "00"),
        ('"respCode":"51"', "51"),
        ("[A0]", "A0"),
        ("(51)", "51"),
        ("【41】", "41"),
        ("交易失败[51]", "51"),
        ("Declined (05)", "05"),
        ("1001:余额不足", "BL1001"),
        ("1001：余额不足", "BL1001"),
        ("51 : Insufficient funds", "51"),
        ("交易失败 51 余额不足", "51"),
        ("ＲＣ＝５１", "51"),
        ("\u3000应答码：Ａ０\u3000", "A0"),
        ("2026-11-20 10:31:02 POS#12 SALE 128.00 RESP=51", "51"),
        ("交易失败 应答码：51 可用余额不足", "51"),
        ("action_code=116", "116"),
        ("51余额不足", "51"),
        ("RC=bl 1001", "BL1001"),
        ("RC 1001", "BL1001"),
        ("RC=51 2026-11-20 10:31:02", "51"),
        ("应答码：" + " " * 40 + "51", "51"),
        ("\u200b51\u200b", "51"),
    ],
)
def test_labelled_and_decorated_codes(raw: str, code: str) -> None:
    assert lookup(raw).code == code
    assert lookup(raw.encode("utf-8")).code == code
    assert explain(raw).code == code


def test_bytes_fall_back_to_gb18030() -> None:
    raw = "交易失败 应答码：55 密码错".encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert lookup(raw).code == "55"
    assert explain(raw).raw is raw


def test_explicit_encoding() -> None:
    raw = "应答码：A0".encode("utf-16")
    assert lookup(raw, encoding="utf-16").code == "A0"
    assert explain(raw, encoding="utf-16").code == "A0"
    assert str(parse("返回码：NW1005".encode("utf-16-le"), encoding="utf-16-le")) == "NW1005"
    with pytest.raises(ValueError, match="unknown encoding 'klingon'"):
        lookup(b"51", encoding="klingon")


def test_undecodable_bytes_say_so() -> None:
    raw = b"RC=\xff\xfe"
    with pytest.raises(ParseError) as caught:
        lookup(raw)
    assert caught.value.reason == "UNDECODABLE"
    assert caught.value.raw is raw
    assert "UTF-8 or GB18030" in str(caught.value)
    result = explain(raw)
    assert result.return_code is None
    assert result.outcome is Outcome.UNKNOWN
    assert "UTF-8 or GB18030" in result.warnings[0]


def test_bytes_positions_index_the_bytes() -> None:
    raw = "应答码：5!".encode()
    with pytest.raises(ParseError) as caught:
        lookup(raw)
    assert caught.value.reason == "BAD_CHARACTER"
    assert caught.value.position == len("应答码：5".encode())
    assert raw[caught.value.position :] == b"!"
    gbk = "应答码：5".encode("gbk")
    with pytest.raises(ParseError) as caught:
        lookup(gbk)
    assert caught.value.reason == "BAD_LENGTH"
    assert gbk[caught.value.position :] == b"5"


def test_str_positions_index_the_string() -> None:
    raw = "应答码：５！"
    with pytest.raises(ParseError) as caught:
        lookup(raw)
    assert raw[caught.value.position] == "！"


@pytest.mark.parametrize(
    ("raw", "reason", "position"),
    [
        ("RC=51 RC=05", "AMBIGUOUS", 9),
        ("BL1001 NW1005", "AMBIGUOUS", 7),
        ("51 余额不足 05 Do not honor", "AMBIGUOUS", 8),
        ("51 05", "EXTRA_TOKEN", 3),
        ("51 RC=05", "EXTRA_TOKEN", 6),
        ("RC=51/05", "EXTRA_TOKEN", 6),
        ("应答码：51 (A0)", "EXTRA_TOKEN", 8),
        ("00 \u200b05", "EXTRA_TOKEN", 4),
        ("00\u200b05", "EXTRA_TOKEN", 3),
        ("00\u202e 05", "EXTRA_TOKEN", 4),
    ],
)
def test_two_different_codes_are_refused(raw: str, reason: str, position: int) -> None:
    with pytest.raises(ParseError) as caught:
        lookup(raw)
    assert (caught.value.reason, caught.value.position) == (reason, position)
    assert explain(raw).return_code is None


@pytest.mark.parametrize("raw", ["RC=51 RC=51", "1001 (BL1001)", "RESP=51, rc 51"])
def test_the_same_code_twice_is_not_ambiguous(raw: str) -> None:
    assert lookup(raw).canonical is ReturnCode.INSUFFICIENT_BALANCE


def test_an_unclosed_bracket_is_refused_where_it_ends() -> None:
    with pytest.raises(ParseError) as caught:
        lookup("[A0")
    assert (caught.value.reason, caught.value.position) == ("BAD_CHARACTER", 3)


def test_overlong_bytes_are_refused_before_decoding() -> None:
    raw = b"\xff" * 1025
    with pytest.raises(ParseError) as caught:
        lookup(raw)
    assert (caught.value.reason, caught.value.position) == ("TOO_LONG", 1024)


def test_a_contradicting_message_warns_and_the_code_counts() -> None:
    result = explain("RC=51 网络连接失败")
    assert result.return_code is lookup("51")
    assert any("NW1005" in warning and "the code counts" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("51 交易成功", "went through"),
        ("00 交易失败", "failed"),
        ("1001:网络连接失败", "NW1005"),
    ],
)
def test_messages_that_contradict(raw: str, words: str) -> None:
    assert any(words in warning for warning in explain(raw).warnings)


def test_an_iso_message_on_a_unionpay_code_suggests_the_scheme() -> None:
    (warning,) = [w for w in explain("05 Do not honor").warnings if "message" in w]
    assert "scheme='iso8583'" in warning
    assert explain("05 Do not honor", scheme="iso8583").warnings == ()


@pytest.mark.parametrize(
    "raw",
    [
        "1001:余额不足",
        "51 余额不足",
        "51 Insufficient funds",
        "A2 交易成功",
        "55 密码错",
        "51 交易未成功",
    ],
)
def test_agreeing_messages_do_not_warn(raw: str) -> None:
    assert not [w for w in explain(raw).warnings if "message" in w]


def test_a_message_naming_nothing_known_does_not_warn() -> None:
    assert explain("51 请换卡或联系银行").warnings == ()


def test_a_warning_quotes_the_message_as_written() -> None:
    (warning,) = explain("应答码：５１　网络连接失败（可用 12.00）").warnings
    assert "'网络连接失败（可用 12.00）'" in warning


def test_repeated_lookups_agree() -> None:
    first = lookup("应答码：51", scheme="iso8583")
    assert first.scheme is Scheme.ISO8583
    assert lookup("应答码：51", scheme="iso8583") is first
    assert lookup("应答码：51") is not first
    assert lookup("应答码：51").scheme is Scheme.CUP


LABELS = [*CHINESE_LABELS, *ENGLISH_LABELS]
STATUS_WORDS = [*CHINESE_STATUS_WORDS, *ENGLISH_STATUS_WORDS]


@pytest.mark.parametrize("label", LABELS)
def test_every_label_is_read_and_documented(label: str) -> None:
    assert lookup(f"{label}: 51").code == "51"
    assert lookup(f"{label.upper()}=A0").code == "A0"
    assert lookup(f"{label.replace(' ', '_')} 05", scheme="iso8583").code == "05"
    assert label.lower() in " ".join(INPUT_PAGE.split()).lower()


@pytest.mark.parametrize("word", STATUS_WORDS)
def test_every_status_word_is_read_and_documented(word: str) -> None:
    assert lookup(f"{word}(51)").code == "51"
    assert lookup(f"{word} 51 余额不足").code == "51"
    assert word.lower() in INPUT_PAGE.lower()


def _read_padded_and_refuse_a_long_scheme(blank: str) -> None:
    for padding in range(100):
        assert lookup("RC=51" + blank * padding) is lookup("51")
        assert explain(blank * padding + "51").code == "51"
        with pytest.raises(ValueError, match="unknown scheme"):
            explain("51", scheme="x" * (padding + 100_000))


def test_nothing_an_argument_brings_is_kept() -> None:
    _read_padded_and_refuse_a_long_scheme(" ")  # first, so lazy loading is done
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        _read_padded_and_refuse_a_long_scheme("\t")
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # Keeping even the 100 inputs to lookup would take over 10 kB, one scheme string 100 kB.
    assert grown < 4_000, grown
