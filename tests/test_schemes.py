"""The exact code set of each scheme, and where UnionPay and ISO disagree."""

from __future__ import annotations

import pytest

from posrc import ReturnCode, Scheme, lookup


def codes(scheme: Scheme) -> set[str]:
    return {rc.code for rc in ReturnCode if rc.scheme is scheme}


def span(first: int, last: int, width: int) -> set[str]:
    return {f"{n:0{width}d}" for n in range(first, last + 1)}


CUP_2015 = set(
    "00 01 03 04 05 10 11 12 13 14 15 16 21 22 25 30 34 38 40 41 43 45 51 54 55 57 58 59 61 62 "
    "64 65 68 75 90 91 92 94 96 97 98 99 A0 A1 A2 A3 A4 A5 A6 A7 A8 B1 C1 D1 D2 D3 D4 D5 D6 D7 "
    "D8 D9 DA DB DC F1 F2 F3 F4 F5 N1 P1 Y1 Y3 Z1 Z3".split()
)
CUP_CLASSIC_ONLY = set(
    "02 06 07 09 19 20 23 31 33 35 36 37 39 42 44 52 53 56 60 63 66 67 77 79 93 95".split()
)
ISO_1987 = span(0, 44, 2) | span(51, 68, 2) | {"75"} | span(90, 96, 2)
ISO_1993 = (
    span(0, 7, 3)
    | span(100, 129, 3)
    | span(200, 210, 3)
    | span(300, 309, 3)
    | {"400"}
    | span(500, 504, 3)
    | span(600, 606, 3)
    | {"700", "800"}
    | span(900, 923, 3)
    | {"950"}
)


def test_cup_set_is_exactly_the_2015_table_plus_classic_codes() -> None:
    assert codes(Scheme.CUP) == CUP_2015 | CUP_CLASSIC_ONLY
    assert not CUP_2015 & CUP_CLASSIC_ONLY


def test_iso_sets_are_exact() -> None:
    assert codes(Scheme.ISO8583) == ISO_1987
    assert codes(Scheme.ISO8583_1993) == ISO_1993


def test_pinned_counts() -> None:
    counts = {scheme: len(codes(scheme)) for scheme in Scheme}
    assert counts == {
        Scheme.POSRC: 109,
        Scheme.CUP: 102,
        Scheme.ISO8583: 71,
        Scheme.ISO8583_1993: 99,
        # One record per code string; the readings per API and field are on each record.
        Scheme.WECHATPAY: 64,
        Scheme.ALIPAY: 115,
        Scheme.UNIONPAY_ONLINE: 49,
        Scheme.SHOUQIANBA: 74,
    }


@pytest.mark.parametrize("code", sorted(CUP_2015))
def test_2015_codes_cite_the_2015_spec(code: str) -> None:
    source = lookup(code, scheme="cup").source
    assert source is not None
    assert source.title.startswith("Q/CUP 006.6-2015")
    assert source.primary


@pytest.mark.parametrize("code", sorted(CUP_CLASSIC_ONLY))
def test_classic_codes_cite_the_classic_appendix(code: str) -> None:
    source = lookup(code, scheme="cup").source
    assert source is not None
    assert "2015" not in source.title


# Where UnionPay's 2015 table reads a two-digit code differently from ISO 8583:1987
# (reference §1.7), with the native condition each side maps to.
DIFFERENCES = {
    "05": (ReturnCode.CARDHOLDER_VERIFICATION_FAILED, ReturnCode.DO_NOT_HONOUR),
    "21": (ReturnCode.CARD_NOT_ACTIVE, ReturnCode.NO_ACTION_TAKEN),
    "22": (ReturnCode.RELATED_TRANSACTION_ERROR, ReturnCode.SUSPECTED_MALFUNCTION),
    "38": (ReturnCode.PIN_TRIES_EXCEEDED, ReturnCode.PIN_TRIES_PICK_UP),
    "59": (ReturnCode.CARD_VERIFICATION_FAILED, ReturnCode.SUSPECTED_FRAUD),
}


@pytest.mark.parametrize(("code", "expected"), sorted(DIFFERENCES.items()))
def test_each_documented_difference(code: str, expected: tuple[ReturnCode, ReturnCode]) -> None:
    cup, iso = lookup(code, scheme="cup"), lookup(code, scheme="iso8583")
    assert (cup.canonical, iso.canonical) == expected
    assert cup.notes, "a differing record must note the other reading"


def test_45_is_cup_only() -> None:
    assert lookup("45", scheme="cup").canonical is ReturnCode.CHIP_REQUIRED
    assert "45" not in codes(Scheme.ISO8583)


def test_cup_and_iso_agree_everywhere_else() -> None:
    for code in sorted((codes(Scheme.CUP) & codes(Scheme.ISO8583)) - set(DIFFERENCES)):
        cup, iso = lookup(code, scheme="cup"), lookup(code, scheme="iso8583")
        assert cup.canonical is iso.canonical, code
