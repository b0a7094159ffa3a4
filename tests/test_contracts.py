"""Smaller promises: defaults of bare records, guards on registries, argument errors."""

from __future__ import annotations

import pytest

from posrc import (
    Advice,
    Outcome,
    ParseError,
    Registry,
    Retry,
    ReturnCode,
    Scheme,
    TerminalAction,
    Text,
    explain,
    find_codes,
    lookup,
)


def test_a_bare_native_record_falls_back_to_its_own_text_and_no_steps() -> None:
    rc = ReturnCode(
        "OK9000", Scheme.POSRC, Outcome.APPROVED, Retry.NOT_NEEDED, meaning=Text("好", "Good")
    )
    assert rc.canonical is rc
    assert rc.terminal_action is TerminalAction.NONE
    assert rc.advice == Advice(())
    assert rc.display("en") == rc.cardholder_message("en") == "Good"


def test_a_contradicting_message_without_an_iso_reading_names_the_other_condition() -> None:
    # A0 has no ISO 8583:1987 reading, so the warning cannot point to ISO.
    (warning,) = explain("A0 余额不足").warnings
    assert warning.startswith("the message '余额不足' reads as BL1001")
    assert "ISO" not in warning


def test_an_approval_with_another_condition_s_message_is_flagged() -> None:
    (warning,) = [w for w in explain("00 余额不足").warnings if "message" in w]
    assert "reads as BL1001 (Insufficient balance), not as 00" in warning


def test_only_named_members_are_fixed_on_the_class(monkeypatch: pytest.MonkeyPatch) -> None:
    # Test doubles still work: other class attributes may be patched and removed.
    monkeypatch.setattr(ReturnCode, "patched_by_a_test", 1, raising=False)
    assert getattr(ReturnCode, "patched_by_a_test") == 1  # noqa: B009
    monkeypatch.undo()
    assert not hasattr(ReturnCode, "patched_by_a_test")


def test_a_registry_refuses_two_records_with_one_key() -> None:
    rc = lookup("51")
    with pytest.raises(ValueError, match="duplicate code cup:51"):
        Registry.build([rc, rc], {})
    other = ReturnCode(
        "CD1001",
        Scheme.POSRC,
        Outcome.DECLINED,
        Retry.NEVER,
        meaning=Text("甲", "A"),
    )
    with pytest.raises(ValueError, match="CD1001 reuses the number of BL1001"):
        Registry.build([ReturnCode.INSUFFICIENT_BALANCE, other], {})


def test_membership_is_by_identity_and_only_for_records() -> None:
    registry = Registry.default()
    assert lookup("51") in registry
    assert "51" not in registry
    assert None not in registry


def test_find_codes_names_an_unknown_encoding() -> None:
    with pytest.raises(ValueError, match="unknown encoding 'no-such-codec'"):
        find_codes(b"RC=51", encoding="no-such-codec")


def test_a_native_code_inside_the_message_is_a_second_code() -> None:
    with pytest.raises(ParseError, match="'BK1006' beside '40'") as caught:
        lookup("40 余额不足 BK1006")
    assert (caught.value.reason, caught.value.position) == ("EXTRA_TOKEN", 8)
