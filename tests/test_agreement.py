"""When a message beside a code agrees with the code: each rule, and what it must refuse."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posrc import ReturnCode, explain, find_codes, lookup
from posrc._agreement import normalise, stem, words
from posrc._data.traditional import SIMPLIFIED
from posrc._data.wordings import WORDINGS
from posrc._registry import Registry

AGREEMENT = Registry.default().agreement


def found(text: str) -> list[str]:
    return [str(m.explanation.code) for m in find_codes(text)]


def agrees(code: str, message: str, scheme: str = "iso8583") -> bool:
    return AGREEMENT.agrees(lookup(code, scheme=scheme), message)


@pytest.mark.parametrize(
    ("name", "prose"),
    [
        ("CaptureCard", "capture card"),
        ("TRN_SYS_ERROR", "transaction system error"),
        ("PINTriesExceeded", "PIN tries exceeded"),
        ("TXN_AMT_LIMIT", "transaction amount limit"),
        ("MerId", "merchant id"),
        ("pwdError", "PIN error"),
        ("RESPONSE_CODE_PICKUP_CARD", "pick up card"),
        ("RC_INSUFFICIENT_FUNDS", "insufficient funds"),
    ],
)
def test_a_name_reads_as_its_words(name: str, prose: str) -> None:
    assert words(name) == words(prose)


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@given(st.lists(_WORD, min_size=1, max_size=5))
def test_every_way_of_writing_a_name_gives_the_same_words(parts: list[str]) -> None:
    prose = words(" ".join(parts))
    assert words("_".join(part.upper() for part in parts)) == prose
    assert words("".join(part.capitalize() for part in parts)) == prose
    assert words("-".join(parts)) == prose


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("approval", "approved"),
        ("referral", "refer"),
        ("tries", "try"),
        ("verification", "verify"),
        ("expired", "expiry"),
        ("exceeds", "exceeded"),
        ("permitted", "allowed"),
    ],
)
def test_inflections_meet(one: str, other: str) -> None:
    assert stem(one) == stem(other)


@pytest.mark.parametrize(("one", "other"), [("card", "cart"), ("transfer", "transaction")])
def test_different_words_stay_apart(one: str, other: str) -> None:
    assert stem(one) != stem(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("密码错误", "PIN错误"),
        ("Password Error", "pin error"),
        ("账号不正确", "帐户不正确"),
        ("系统故障", "系统异常"),
        ("发卡银行不能操作", "发卡行不能操作"),
        ("发卡机构不能操作", "发卡方不能操作"),
        ("超过限额", "超出限额"),
    ],
)
def test_synonyms_of_payment_vocabulary_are_spelled_one_way(one: str, other: str) -> None:
    assert normalise(one) == normalise(other)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        # The message holds the words of one of the code's texts, or the reverse.
        ('"61": "Exceeds withdrawal limit",', "61"),
        ('"10": "Approved (partial)",', "10"),
        ("| 01 | Refer to issuer |", "01"),
        ('    IssuerSystemUnavailable("91"),', "91"),
        ('    PartialApproval("10"),', "10"),
        # Synonyms.
        ('"55Password Error",', "55"),
        ('"A3账号不正确",', "A3"),
        ('RC_SYSTEM = "96" /* 系统故障 */', "96"),
        # A Chinese abbreviation of the code's phrase.
        ('case "40": return "不支持交易";', "40"),
    ],
)
def test_a_message_in_other_words_agrees(line: str, code: str) -> None:
    assert found(line) == [code]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ('TRN_TIME_OUT = "98"', "98"),
        ('TRN_DUPL_TXN  = "94"', "94"),
        ('    public static final String RC_INSUFFICIENT_FUNDS = "51";', "51"),
        ('#define ERR_MAC_VERIFY_FAILED "A0"', "A0"),
        ("  ExpiredCard: '54',", "54"),
        ('const invalidAmount = "13"', "13"),
    ],
)
def test_a_code_counts_after_a_name_that_reads_as_it(line: str, code: str) -> None:
    assert found(line) == [code]


@pytest.mark.parametrize(
    "line",
    [
        # Four digits given a name are another system's code.
        'public static final String APPROVED = "0000";',
        'INSUFFICIENT_BALANCE = "1001"',
        # Names that say nothing of the code, or of another condition.
        'MONTH = "12"',
        'String timeout = "30";',
        'VERSION = "01"',
        'CURRENCY_INR = "356"',
        'PROC_CODE_PURCHASE = "000000"',
        'CardTypeChipMagstripe = "05"',
        'public static final String INSUFFICIENT_FUNDS = "04";',
        'case "05":',
        'return "51";',
        'x == "51"',
        # A name right before the quote is needed.
        '"code": "51"',
        '= "51"',
    ],
)
def test_a_name_that_does_not_read_as_the_code_counts_for_nothing(line: str) -> None:
    assert found(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "12月",
        "15元",
        "2026-12-15 10:31:02",
        "金额: 51.00",
        "HTTP/1.1 404 Not Found",
        '@ApiResponse(responseCode = "400", description = "Bad request")',
        "authentication reject: MAC failure (20)",
        # Short or generic words: one content word, or words of many conditions.
        '"12": "Card error"',
        '"41": "Pick up the card"',
        '"15": "No issuer"',
        # Another condition's wording.
        '"51": "Approved"',
        '"57": "不允许终端进行的交易"',
        "60卡密码错误",
        # Fewer than four characters of a Chinese phrase.
        '"40": "不支持"',
    ],
)
def test_short_generic_and_foreign_messages_do_not_agree(line: str) -> None:
    assert found(line) == []


def test_shared_words_never_let_a_success_stand_for_a_decline() -> None:
    assert found('"94": "Transaction duplicate"') == ["94"]
    assert found('"94": "Transaction duplicate: successful"') == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ('    ReferralRequestedByIssuer("01"),', "01"),
        ('    public static final String UNABLE_TO_LOCATE_RECORD_ON_FIRE = "25";', "25"),
        ('"57: Transaction not allowed for this merchant"', "57"),
    ],
)
def test_a_text_with_one_word_worded_otherwise_agrees(name: str, code: str) -> None:
    assert found(name) == [code]


def test_one_word_worded_otherwise_never_stands_for_an_approval() -> None:
    # Another gateway's success, worded as ISO 8583's 00 with one word swapped.
    assert found("{'00': 'Payment successfully completed',") == []
    assert agrees("00", "Approved or completed successfully")


def test_two_words_worded_otherwise_do_not_agree() -> None:
    assert not agrees("01", "Referral requested by merchant")


def test_payment_words_for_one_another_agree() -> None:
    assert found('    CaptureCard("04"),') == ["04"]
    assert found('\tpublic static final String REENTER_LAST_TRANSACTION = "19";') == ["19"]


def test_words_shared_by_many_conditions_do_not_agree() -> None:
    assert agrees("15", "No such issuer")
    assert not agrees("15", "no issuer")  # "no" and "issuer" describe four conditions or more


def test_a_shortened_phrase_must_keep_half_of_it() -> None:
    assert agrees("40", "不支持交易", "cup")
    assert not agrees("40", "不交易", "cup")
    assert not agrees("57", "交易失败", "cup")


def test_a_run_of_wording_shared_with_few_conditions_agrees() -> None:
    # 38 is "超过允许的PIN试输入": a POS table's "超过允许的密码次数" shares five units of it.
    assert agrees("38", "超过允许的密码次数", "cup")
    assert found('case "38": return "超过允许的密码次数";') == ["38"]
    # A run that is not most of the message, or that another condition shares more of,
    # says nothing.
    assert not agrees("38", "交易金额超过允许的上限", "cup")
    assert not agrees("57", "不允许终端进行的交易", "cup")
    assert not agrees("61", "请联系发卡行处理", "cup")
    # 57's "不允许持卡人进行的交易" shares more of "人进行的交易" than 58's phrase does.
    assert not agrees("58", "人进行的交易", "cup")


def test_a_phrase_with_words_inserted_agrees() -> None:
    # 91 is "发卡方不能操作"; a bank's table inserts its own name.
    assert agrees("91", "发卡行或建设银行不能操作", "cup")
    assert not agrees("91", "发卡行或建设银行不能操作这笔交易，也不能退款", "cup")  # twice as long


def test_a_generic_part_of_a_message_does_not_agree_by_being_in_a_text() -> None:
    # 请联系发卡行 ("contact the issuer") is in the texts of many conditions, 06's among them.
    assert agrees("06", "交易失败，请联系发卡行", "cup")
    assert not agrees("06", "余额有误，请联系发卡行", "cup")


def test_a_message_in_other_words_no_longer_contradicts_its_code() -> None:
    assert not [w for w in explain("61 Exceeds withdrawal limit").warnings if "message" in w]
    assert any("went through" in w for w in explain("61 Approved").warnings)


def _chinese_texts() -> list[str]:
    return sorted({rc.message("zh") for rc in ReturnCode} | {rc.display("zh") for rc in ReturnCode})


def test_a_message_in_traditional_characters_agrees_as_in_simplified() -> None:
    # Hong Kong and Taiwan terminals' displays (m.casasmayor.com's list of codes)
    assert [m.explanation.code for m in find_codes("42:無此賬戶")] == ["42"]
    assert [m.explanation.code for m in find_codes("43:被竊卡")] == ["43"]
    assert find_codes("00 交易失敗") == []
    assert [m.explanation.code for m in find_codes("F5:文件批量轉聯機未完成")] == ["F5"]


def test_the_traditional_table_holds_only_characters_of_posrc_s_texts() -> None:
    chars = {char for text in _chinese_texts() for char in text}
    chars |= {char for wording in WORDINGS for char in wording.text}
    assert {chr(simplified) for simplified in SIMPLIFIED.values()} <= chars
