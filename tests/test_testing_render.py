from __future__ import annotations

import json

import pytest

import posrc
from posrc import ReturnCode, Scheme, find_codes, lookup
from posrc._grammar import spelled_exactly
from posrc.testing import STYLES, Style, code_id, codes, render

CONTEXT_STYLES = tuple(style for style in STYLES if style != "bare")


# The card render styles put a code after a card label. A word-shaped wallet code stands in
# its own reply field instead; reading those in free text comes with the finder's rewrite.
CARD_SHAPED = [scheme for scheme in Scheme if not spelled_exactly(scheme)]


def _misread_by_lookup(style: Style, scheme: Scheme) -> list[str]:
    wrong: list[str] = []
    for rc in codes(scheme=scheme):
        out = render(rc, style)
        try:
            found: object = lookup(out, scheme=rc.scheme)
        except posrc.PosrcError as error:
            found = error
        if found is not rc:
            wrong.append(f"{code_id(rc)}: {out!r} -> {found!r}")
    return wrong


def _misread_by_find_codes(style: Style, scheme: Scheme) -> list[str]:
    wrong: list[str] = []
    for rc in codes(scheme=scheme):
        out = render(rc, style)
        found = [match.explanation.return_code for match in find_codes(out, scheme=rc.scheme)]
        if found != [rc]:
            wrong.append(f"{code_id(rc)}: {out!r} -> {found!r}")
    return wrong


@pytest.mark.parametrize("scheme", CARD_SHAPED, ids=lambda s: s.value)
@pytest.mark.parametrize("style", STYLES)
def test_every_rendered_code_reads_back_through_lookup(style: Style, scheme: Scheme) -> None:
    assert _misread_by_lookup(style, scheme) == []


@pytest.mark.parametrize("scheme", CARD_SHAPED, ids=lambda s: s.value)
@pytest.mark.parametrize("style", CONTEXT_STYLES)
def test_every_code_in_context_is_found_once_by_find_codes(style: Style, scheme: Scheme) -> None:
    assert _misread_by_find_codes(style, scheme) == []


@pytest.mark.parametrize("style", CONTEXT_STYLES)
def test_find_codes_spans_point_at_the_code(style: Style) -> None:
    for rc in codes(scheme=CARD_SHAPED):
        out = render(rc, style)
        (match,) = find_codes(out, scheme=rc.scheme)
        start, end = match.span
        segment = out[start:end]
        assert segment == match.raw
        text = segment.decode("gbk") if isinstance(segment, bytes) else segment
        assert rc.code in text


def test_the_forms_of_one_code() -> None:
    rc = lookup("A0")
    assert render(rc) == render(rc, "bare") == "A0"
    assert render(rc, "display") == "交易失败 应答码：A0 MAC校验错，请重新签到"
    assert render(rc, "receipt") == "NOT COMPLETED  RESP CODE: A0  MAC check failed: sign on again"
    assert render(rc, "log") == "2026-11-20 10:31:02 POS#12 SALE 128.00 RESP=A0"
    assert json.loads(render(rc, "json")) == {"respCode": "A0", "respMsg": rc.message("zh")}
    assert render(rc, "gbk").decode("gbk") == render(rc, "display")


@pytest.mark.parametrize(
    ("code", "zh", "en"),
    [
        ("00", "交易成功", "APPROVED"),
        ("A2", "交易成功", "APPROVED WITH CONDITIONS"),
        ("51", "交易失败", "DECLINED"),
        ("41", "交易失败", "DECLINED - RETAIN CARD"),
        ("96", "交易结果未知", "RESULT UNKNOWN"),
    ],
)
def test_the_status_word_follows_the_outcome(code: str, zh: str, en: str) -> None:
    rc = lookup(code, scheme="cup")
    assert render(rc, "display").startswith(zh + " ")
    assert render(rc, "receipt").startswith(en + "  ")


def test_every_display_line_encodes_as_gbk() -> None:
    for rc in codes():
        assert render(rc, "gbk") == render(rc, "display").encode("gbk")


def test_every_json_reply_is_valid_json_with_the_code() -> None:
    for rc in codes():
        assert json.loads(render(rc, "json"))["respCode"] == rc.code


def test_output_depends_only_on_code_and_style() -> None:
    rc = ReturnCode.NETWORK_FAILURE
    assert [render(rc, style) for style in STYLES] == [render(rc, style) for style in STYLES]


def test_an_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown style 'xml'; expected one of 'bare'"):
        render(ReturnCode.APPROVED, "xml")  # type: ignore[call-overload]


def test_only_a_return_code_is_rendered() -> None:
    with pytest.raises(TypeError, match="render\\(\\) takes a ReturnCode, not str"):
        render("51", "bare")  # type: ignore[call-overload]
