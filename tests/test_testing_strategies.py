from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

import posrc
from posrc import Outcome, ParseError, ReturnCode, Scheme, lookup
from posrc._grammar import spelled_exactly
from posrc.testing import codes
from posrc.testing._hypothesis_hook import register
from posrc.testing.strategies import malformed_codes, raw_codes, return_codes


@given(return_codes())
def test_return_codes_draws_registered_codes(rc: ReturnCode) -> None:
    assert rc in ReturnCode


@given(return_codes(scheme="cup", outcome=["pick-up", Outcome.UNKNOWN]))
def test_return_codes_respects_the_filters(rc: ReturnCode) -> None:
    assert rc in codes(scheme="cup", outcome=["pick-up", Outcome.UNKNOWN])


def test_return_codes_can_reach_every_selected_code() -> None:
    seen: set[ReturnCode] = set()

    @given(return_codes(scheme="cup", terminal_action="sign-on"))
    def collect(rc: ReturnCode) -> None:
        seen.add(rc)

    collect()
    assert seen == set(codes(scheme="cup", terminal_action="sign-on"))


def test_return_codes_refuses_filters_that_select_nothing() -> None:
    with pytest.raises(ValueError, match="no registered code passes these filters"):
        return_codes(scheme="posrc", outcome="pick-up", category="BL")


def test_return_codes_refuses_bad_filters_at_once() -> None:
    with pytest.raises(ValueError, match="unknown scheme"):
        return_codes(scheme="visa")


@given(st.data())
def test_raw_codes_without_labels_read_back_as_the_code(data: st.DataObject) -> None:
    rc = data.draw(return_codes())
    raw = data.draw(raw_codes(rc, labels=False))
    assert lookup(raw, scheme=rc.scheme) is rc


# With labels, tests/test_reader.py proves it (test_the_test_kit_spellings_read_back).


NOISE: dict[str, Callable[[str], bool]] = {
    "padding": lambda raw: raw != raw.strip(),
    "full width": lambda raw: "ｗ" in raw.lower() or "Ｗ" in raw,
    "lower case": lambda raw: "nw" in raw,
    "separators": lambda raw: "-" in raw or "_" in raw,
    "labels": lambda raw: "码" in raw or "Code" in raw or "RC" in raw,
}


@pytest.mark.parametrize("kind", sorted(NOISE))
def test_raw_codes_are_noisy(kind: str) -> None:
    # find() searches until an example shows the noise, or fails the test.
    example = find(
        raw_codes(ReturnCode.NETWORK_FAILURE),
        NOISE[kind],
        settings=settings(max_examples=5_000, database=None),
    )
    assert lookup(example) is ReturnCode.NETWORK_FAILURE


def test_raw_codes_takes_only_a_return_code() -> None:
    with pytest.raises(TypeError, match="raw_codes\\(\\) takes a ReturnCode, not str"):
        raw_codes("51")  # type: ignore[arg-type]


@given(malformed_codes())
def test_malformed_codes_raise_parse_error_under_every_scheme(raw: str) -> None:
    # A wallet field may hold one character (WeChat recall=Y): only the card shapes refuse it.
    for scheme in (None, *(s for s in Scheme if not spelled_exactly(s))):
        with pytest.raises(ParseError):
            lookup(raw, scheme=scheme)


@given(malformed_codes())
def test_malformed_codes_are_explained_as_unknown(raw: str) -> None:
    result = posrc.explain(raw)
    assert result.return_code is None
    assert result.outcome is Outcome.UNKNOWN


def test_malformed_codes_cover_every_kind_of_fault() -> None:
    reasons: set[str] = set()

    @given(malformed_codes())
    def collect(raw: str) -> None:
        with pytest.raises(ParseError) as caught:
            lookup(raw)
        reasons.add(caught.value.reason)

    collect()
    assert reasons >= {"EMPTY", "TOO_LONG", "BAD_CHARACTER", "BAD_LENGTH", "UNKNOWN_CATEGORY"}


def test_from_type_draws_registered_codes_once_set_up() -> None:
    register()
    seen: set[ReturnCode] = set()

    @given(st.from_type(ReturnCode))
    def collect(rc: ReturnCode) -> None:
        seen.add(rc)

    collect()
    assert seen
    assert all(rc in ReturnCode for rc in seen)
