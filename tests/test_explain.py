from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import attrs
import pytest

from posrc import (
    Explanation,
    Notice,
    Outcome,
    ParseError,
    Retry,
    ReturnCode,
    Scheme,
    TerminalAction,
    Text,
    explain,
    lookup,
)


def test_known_code_forwards_the_record() -> None:
    result = explain(" bl-1001 ")
    rc = ReturnCode.INSUFFICIENT_BALANCE
    assert result.return_code is rc
    assert result.raw == " bl-1001 "
    assert (result.scheme, result.code) == (Scheme.POSRC, "BL1001")
    assert (result.outcome, result.retry) == (rc.outcome, rc.retry)
    assert result.advice is rc.advice
    assert result.message("en") == rc.message("en")
    assert result.display("zh") == rc.display("zh")
    assert result.cardholder_message("en") == rc.cardholder_message("en")
    assert result.warnings == ()
    assert result.is_declined


@pytest.mark.parametrize("raw", ["ZZ9999", "SY9999", "", "xx!", "٠٥", b"\xff\xfe", "5", "08"])
def test_unknown_or_malformed_gives_the_unknown_result(raw: str | bytes) -> None:
    result = explain(raw)
    assert result.return_code is None
    assert result.outcome is Outcome.UNKNOWN
    assert result.retry is Retry.AFTER_QUERY
    assert result.terminal_action is TerminalAction.QUERY_RESULT
    assert result.advice.steps
    assert result.warnings
    assert result.message("en").startswith("Unknown response code")
    assert result.cardholder_message("zh") == "未知应答码"
    assert not result.is_approved


def test_unknown_message_carries_the_code_read() -> None:
    assert explain("sy-9999").message("en") == "Unknown response code SY9999"
    assert explain("sy-9999").display("zh") == "未知应答码 SY9999"


def test_one_reading_s_warnings_never_reach_another() -> None:
    warned = explain("RC=51 网络连接失败")
    assert warned.warnings
    assert warned.return_code is lookup("51")
    assert explain("51").warnings == ()
    assert explain("51").return_code is lookup("51")


@pytest.mark.parametrize("code", ["05", "21", "22", "38", "45", "59", "97", "98", "99"])
def test_default_cup_reading_warns_where_iso_differs(code: str) -> None:
    result = explain(code)
    assert result.scheme is Scheme.CUP
    assert any("ISO 8583:1987" in warning for warning in result.warnings), result.warnings


@pytest.mark.parametrize("code", ["00", "51", "A0", "14"])
def test_no_warning_where_readings_agree(code: str) -> None:
    assert explain(code).warnings == ()


def test_explicit_scheme_never_warns() -> None:
    assert explain("05", scheme="cup").warnings == ()


def test_explain_still_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        explain(5)  # type: ignore[arg-type]


def test_every_refusal_and_unknown_code_warns_in_chinese_too() -> None:
    from typing import get_args

    from posrc.exceptions import ParseErrorReason

    refusals = ("", "x" * 300, "5!", "5", "XY-1001", "RC=51 RC=05", "51 05", "SUCCESS", "success")
    seen: set[str] = set()
    for raw in refusals:
        (notice,) = explain(raw).notices
        zh = notice.text("zh")
        assert zh.startswith("无法读取应答码："), zh
        assert not any(word in zh for word in ("code", "input", "posrc will not")), zh
        seen.add(zh.split("：", 1)[1].split("（", 1)[0])
    assert len(seen) == len(refusals)
    assert len(get_args(ParseErrorReason)) >= len(refusals) - 1
    (unknown,) = explain("RC=ZZ").notices
    assert unknown.text("zh") == "不是已知的应答码：ZZ（编码体系 cup）"


JUNK = ["ZZ0001", " qq-1234 ", "ZZ01", "\u200b", "BL10O1"]


@pytest.mark.parametrize("raw", JUNK)
def test_an_unreadable_input_s_notice_is_the_same_however_it_is_first_read(raw: str) -> None:
    # The notice of unreadable input is written when first read: every way of
    # reading it must see the one the reader's ParseError gives.
    with pytest.raises(ParseError) as caught:
        lookup(raw)
    expected = Notice(Text(explain(raw).notices[0].text("zh"), str(caught.value)))
    reads: list[Callable[[Explanation], object]] = [
        lambda e: e.notices,
        lambda e: e.warnings,
        repr,
        hash,
        attrs.asdict,
        lambda e: pickle.loads(pickle.dumps(e)),
        copy.copy,
        attrs.evolve,
        lambda e: e == explain(raw),
    ]
    for read in reads:
        result = explain(raw)
        read(result)
        assert result.notices == (expected,)
        assert result == explain(raw)
        assert hash(result) == hash(explain(raw))
    assert pickle.loads(pickle.dumps(explain(raw))).notices == (expected,)
    assert f"notices=({expected!r},)" in repr(explain(raw))


def test_threads_that_first_read_a_notice_at_once_see_the_same() -> None:
    results = [explain(f"ZZ{number:04d}") for number in range(200)]

    def notices(explanation: Explanation) -> tuple[Notice, ...]:
        return explanation.notices

    with ThreadPoolExecutor(8) as pool:
        seen = [list(pool.map(notices, results)) for _ in range(4)]
    assert all(run == seen[0] for run in seen)
    assert all(len(notices) == 1 for notices in seen[0])


def test_an_explanation_still_has_no_attribute_it_does_not_define() -> None:
    with pytest.raises(AttributeError, match=r"^'Explanation' object has no attribute 'note'$"):
        explain("ZZ0001").note  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        explain("ZZ0001").notices = ()  # type: ignore[misc]
