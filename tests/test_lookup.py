from __future__ import annotations

import pytest

from posrc import ParseError, ReturnCode, Scheme, UnknownCodeError, lookup


@pytest.mark.parametrize(
    "raw",
    [
        "BL1001",
        "bl1001",
        " bl-1001 ",
        "BL_1001",
        "BL 1001",
        "1001",
        "ＢＬ１００１",
        "\u3000BL1001\u00a0",
        b"BL1001",
        b"1001",
        "BL1001\n",
    ],
)
def test_native_spellings_give_the_singleton(raw: str | bytes) -> None:
    assert lookup(raw) is ReturnCode.INSUFFICIENT_BALANCE


def test_fixed_native_codes() -> None:
    fixed = {
        "APPROVED": ("OK0000", "交易成功", "Approved", "approved", "not-needed"),
        "INSUFFICIENT_BALANCE": (
            "BL1001",
            "余额不足",
            "Insufficient balance",
            "declined",
            "after-fix",
        ),
        "INVALID_CARD": ("CD1002", "信用卡无效", "Invalid card", "declined", "after-fix"),
        "CARD_NOT_FOUND": (
            "CD1003",
            "卡号不存在",
            "Card number does not exist",
            "declined",
            "after-fix",
        ),
        "TRANSACTION_FAILED": ("TX1004", "交易失败", "Transaction failed", "error", "later"),
        "NETWORK_FAILURE": (
            "NW1005",
            "网络连接失败",
            "Network connection failed",
            "error",
            "later",
        ),
        "BANK_TIMEOUT": (
            "BK1006",
            "银行服务器超时",
            "Bank server timed out",
            "unknown",
            "after-query",
        ),
        "SYSTEM_MAINTENANCE": ("SY1007", "系统维护", "System under maintenance", "error", "later"),
    }
    for name, (code, zh, en, outcome, retry) in fixed.items():
        rc = getattr(ReturnCode, name)
        assert lookup(code) is rc
        assert (rc.message("zh"), rc.message("en")) == (zh, en)
        assert (rc.outcome.value, rc.retry.value) == (outcome, retry)
        assert rc.category.value == code[:2]


def test_prefix_contradicting_number_names_the_registered_code() -> None:
    with pytest.raises(UnknownCodeError, match="BL1001") as caught:
        lookup("CD1001")
    assert caught.value.code == "CD1001"


def test_unregistered_native_number() -> None:
    with pytest.raises(UnknownCodeError, match="9999"):
        lookup("SY9999")


def test_shape_selects_the_scheme() -> None:
    assert lookup("51").scheme is Scheme.CUP
    assert lookup("A0").scheme is Scheme.CUP
    assert lookup("116").scheme is Scheme.ISO8583_1993
    assert lookup("BL1001").scheme is Scheme.POSRC


@pytest.mark.parametrize("scheme", ["iso8583", Scheme.ISO8583, " ISO8583 "])
def test_explicit_scheme(scheme: Scheme | str) -> None:
    rc = lookup("51", scheme=scheme)
    assert rc.scheme is Scheme.ISO8583
    assert rc.canonical is ReturnCode.INSUFFICIENT_BALANCE


def test_scheme_codes_map_to_native() -> None:
    assert lookup("51").canonical is ReturnCode.INSUFFICIENT_BALANCE
    assert lookup("116").canonical is ReturnCode.INSUFFICIENT_BALANCE
    assert ReturnCode.INSUFFICIENT_BALANCE.canonical is ReturnCode.INSUFFICIENT_BALANCE


@pytest.mark.parametrize("raw", ["a0", "ａ０", "Ａ０", " A0 ", b"A0", "\u3000a0"])
def test_two_character_codes_fold_case_and_width(raw: str | bytes) -> None:
    assert lookup(raw) is lookup("A0")


def test_lone_digit_suggests_zero_padding() -> None:
    with pytest.raises(ParseError, match="'05'") as caught:
        lookup("5")
    assert caught.value.reason == "BAD_LENGTH"
    with pytest.raises(ParseError, match="'05'"):
        lookup("5", scheme="iso8583")


def test_no_silent_fallback_to_another_scheme() -> None:
    # 08 exists in ISO 8583:1987 but not in the UnionPay set.
    assert lookup("08", scheme="iso8583").scheme is Scheme.ISO8583
    with pytest.raises(UnknownCodeError, match="UnionPay"):
        lookup("08")


def test_reserved_iso_codes_say_so() -> None:
    for code, word in (("45", "ISO use"), ("80", "private use"), ("98", "national use")):
        with pytest.raises(UnknownCodeError, match=word):
            lookup(code, scheme="iso8583")


def test_wrong_length_for_explicit_scheme() -> None:
    with pytest.raises(ParseError, match="three digits"):
        lookup("51", scheme="iso8583-1993")
    with pytest.raises(ParseError, match="two characters"):
        lookup("116", scheme="cup")
    with pytest.raises(ParseError, match="two letters and four digits"):
        lookup("51", scheme="posrc")


def test_bad_scheme_argument() -> None:
    with pytest.raises(ValueError, match="unknown scheme"):
        lookup("51", scheme="visa")
    with pytest.raises(TypeError, match="scheme"):
        lookup("51", scheme=5)  # type: ignore[arg-type]


def test_int_input_is_refused_with_advice() -> None:
    with pytest.raises(TypeError, match="as a str"):
        lookup(51)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bool"):
        lookup(True)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list"):
        lookup([51])  # type: ignore[arg-type]
