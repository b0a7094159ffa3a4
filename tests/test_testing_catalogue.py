from __future__ import annotations

from collections.abc import Callable

import pytest

import posrc
from posrc import Category, Outcome, Retry, ReturnCode, Scheme, TerminalAction
from posrc.testing import (
    code_id,
    codes,
    hard_decline_codes,
    partial_codes,
    retain_card_codes,
    sign_on_codes,
    unknown_outcome_codes,
)

ALL = tuple(ReturnCode)

Predicate = Callable[[ReturnCode], bool]
NamedSet = Callable[..., tuple[ReturnCode, ...]]

FILTER_CASES: list[tuple[dict[str, object], Predicate]] = [
    ({"scheme": Scheme.CUP}, lambda rc: rc.scheme is Scheme.CUP),
    ({"scheme": "iso8583-1993"}, lambda rc: rc.scheme is Scheme.ISO8583_1993),
    ({"outcome": Outcome.PICK_UP}, lambda rc: rc.outcome is Outcome.PICK_UP),
    ({"outcome": "PICK_UP"}, lambda rc: rc.outcome is Outcome.PICK_UP),
    ({"category": "bl"}, lambda rc: rc.category is Category.BALANCE),
    ({"category": "BALANCE"}, lambda rc: rc.category is Category.BALANCE),
    ({"retry": Retry.LATER}, lambda rc: rc.retry is Retry.LATER),
    ({"terminal_action": "sign-on"}, lambda rc: rc.terminal_action is TerminalAction.SIGN_ON),
    (
        {"scheme": ["cup", Scheme.ISO8583], "outcome": {"unknown", Outcome.APPROVED}},
        lambda rc: (
            rc.scheme in (Scheme.CUP, Scheme.ISO8583)
            and rc.outcome in (Outcome.UNKNOWN, Outcome.APPROVED)
        ),
    ),
    (
        {"scheme": " CUP ", "retry": ("never", "after-query")},
        lambda rc: rc.scheme is Scheme.CUP and rc.retry in (Retry.NEVER, Retry.AFTER_QUERY),
    ),
]


def test_without_filters_every_code_in_registry_order() -> None:
    assert codes() == ALL
    assert len(codes()) == len(ReturnCode)


def test_the_order_is_scheme_then_code() -> None:
    order = {scheme: index for index, scheme in enumerate(Scheme)}
    keys = [(order[Scheme(rc.scheme.value)], rc.code) for rc in codes()]
    assert keys == sorted(keys)


@pytest.mark.parametrize(("filters", "predicate"), FILTER_CASES)
def test_filters_select_exactly_the_matching_codes(
    filters: dict[str, object], predicate: Predicate
) -> None:
    expected = tuple(rc for rc in ALL if predicate(rc))
    assert expected
    assert codes(**filters) == expected  # type: ignore[arg-type]


def test_filters_combine_as_and() -> None:
    both = codes(scheme="cup", outcome="pick-up")
    assert set(both) == set(codes(scheme="cup")) & set(codes(outcome="pick-up"))


@pytest.mark.parametrize(
    ("filters", "error", "match"),
    [
        ({"scheme": "visa"}, ValueError, "unknown scheme 'visa'"),
        ({"outcome": "fine"}, ValueError, "unknown outcome 'fine'; expected one of"),
        ({"retry": []}, ValueError, "empty collection"),
        ({"scheme": 5}, TypeError, "scheme must be a Scheme, a str or a collection"),
        ({"outcome": [Outcome.APPROVED, 3]}, TypeError, "not int"),
        ({"scheme": Outcome.APPROVED}, TypeError, "scheme must be a Scheme or a str, not Outcome"),
    ],
)
def test_bad_filters_are_refused(
    filters: dict[str, object], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        codes(**filters)  # type: ignore[arg-type]


def test_code_id_names_scheme_and_code() -> None:
    assert code_id(posrc.lookup("51")) == "cup-51"
    assert code_id(ReturnCode.INSUFFICIENT_BALANCE) == "posrc-BL1001"
    assert code_id(posrc.lookup("116")) == "iso8583-1993-116"
    assert code_id("51") is None
    assert code_id(None) is None


def test_code_ids_are_unique() -> None:
    ids = [code_id(rc) for rc in ALL]
    assert len(set(ids)) == len(ids)


def test_hard_declines_are_refusals_never_to_retry() -> None:
    selected = hard_decline_codes()
    assert selected
    assert all(rc.is_declined and rc.retry is Retry.NEVER for rc in selected)
    rest = set(ALL) - set(selected)
    assert not any(rc.is_declined and rc.retry is Retry.NEVER for rc in rest)
    assert posrc.lookup("04") in selected  # pick up card
    assert posrc.lookup("51") not in selected  # insufficient funds: after a fix


def test_retain_card_codes_are_the_pick_ups() -> None:
    assert set(retain_card_codes()) == set(codes(outcome="pick-up"))
    assert {rc.code for rc in retain_card_codes(scheme="cup")} >= {"04", "07", "34", "41", "43"}


def test_unknown_outcome_codes_include_the_timeouts() -> None:
    assert all(rc.is_unknown for rc in unknown_outcome_codes())
    assert {"68", "96", "98"} <= {rc.code for rc in unknown_outcome_codes(scheme="cup")}
    assert ReturnCode.BANK_TIMEOUT in unknown_outcome_codes()


def test_sign_on_codes_include_cup_99_a0_and_77() -> None:
    assert {"77", "99", "A0"} <= {rc.code for rc in sign_on_codes(scheme="cup")}
    assert all(rc.terminal_action is TerminalAction.SIGN_ON for rc in sign_on_codes())


def test_partial_codes_include_partial_amount_and_defective_success() -> None:
    assert {"10", "A2", "A4", "A5", "A6"} <= {rc.code for rc in partial_codes(scheme="cup")}
    assert set(partial_codes()) == {rc for rc in ALL if rc.is_partial}


@pytest.mark.parametrize(
    "named_set",
    [hard_decline_codes, retain_card_codes, unknown_outcome_codes, sign_on_codes, partial_codes],
)
def test_named_sets_take_a_scheme_filter(named_set: NamedSet) -> None:
    everything = named_set()
    cup = named_set(scheme="cup")
    assert cup
    assert cup == tuple(rc for rc in everything if rc.scheme is Scheme.CUP)
    assert named_set(scheme=["cup", "iso8583"]) == tuple(
        rc for rc in everything if rc.scheme in (Scheme.CUP, Scheme.ISO8583)
    )


WALLET_SCHEMES = [Scheme.WECHATPAY, Scheme.ALIPAY, Scheme.UNIONPAY_ONLINE, Scheme.SHOUQIANBA]


@pytest.mark.parametrize("scheme", WALLET_SCHEMES, ids=lambda s: s.value)
def test_the_scheme_filter_takes_each_wallet_scheme(scheme: Scheme) -> None:
    expected = tuple(rc for rc in ALL if rc.scheme is scheme)
    assert expected
    assert codes(scheme=scheme) == codes(scheme=scheme.value) == expected
    assert codes(scheme=scheme.name) == expected


@pytest.mark.parametrize("scheme", WALLET_SCHEMES, ids=lambda s: s.value)
def test_unknown_outcome_codes_include_each_wallet_schemes(scheme: Scheme) -> None:
    chosen = unknown_outcome_codes(scheme=scheme)
    assert chosen
    assert chosen == tuple(rc for rc in ALL if rc.scheme is scheme and rc.is_unknown)
    assert set(chosen) <= set(unknown_outcome_codes())


def test_the_wallet_codes_that_sdks_fail_are_unknown_outcome_codes() -> None:
    everything = set(unknown_outcome_codes())
    for code, scheme in [
        ("USERPAYING", "wechatpay"),
        ("SYSTEMERROR", "wechatpay"),
        ("10003", "alipay"),
        ("ACQ.SYSTEM_ERROR", "alipay"),
        ("03", "unionpay-online"),
    ]:
        assert posrc.lookup(code, scheme=scheme) in everything
