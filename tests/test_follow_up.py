"""``FollowUp.next_call``: its bad input, its boundaries, and the loop it drives, over every
vendor procedure and edition."""

from __future__ import annotations

import math
import pickle

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from posrc import Due, FollowUp, FollowUpError, PosrcError, ReturnCode, lookup
from posrc._enums import WALLET_SCHEMES


def _procedures() -> list[FollowUp]:
    found: dict[int, FollowUp] = {}
    for rc in ReturnCode:
        if rc.scheme in WALLET_SCHEMES:
            for reading in rc.readings:
                if reading.follow_up is not None:
                    for procedure in (reading.follow_up, *reading.follow_up.editions):
                        found.setdefault(id(procedure), procedure)
    return list(found.values())


def _procedure(code: str, scheme: str) -> FollowUp:
    follow_up = lookup(code, scheme=scheme).follow_up
    assert follow_up is not None
    return follow_up


PROCEDURES = _procedures()
USERPAYING = _procedure("USERPAYING", "wechatpay")
GOOD = {"elapsed": 0.0, "calls": 0, "timeout": 60.0, "interval": 5.0}


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("elapsed", -1),
        ("elapsed", math.nan),
        ("elapsed", math.inf),
        ("timeout", 0),
        ("timeout", -5.0),
        ("timeout", math.nan),
        ("timeout", math.inf),
        ("interval", 0.0),
        ("interval", -0.5),
        ("interval", -math.inf),
        ("calls", -1),
    ],
)
def test_bad_figures_are_refused(argument: str, value: float) -> None:
    with pytest.raises(FollowUpError) as caught:
        USERPAYING.next_call(**{**GOOD, argument: value})  # type: ignore[arg-type]
    assert caught.value.argument == argument
    assert argument in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, PosrcError)


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("elapsed", True),
        ("elapsed", "0"),
        ("timeout", None),
        ("interval", False),
        ("calls", 1.0),
        ("calls", True),
        ("calls", "1"),
    ],
)
def test_figures_of_the_wrong_type_are_type_errors(argument: str, value: object) -> None:
    with pytest.raises(TypeError, match=argument):
        USERPAYING.next_call(**{**GOOD, argument: value})  # type: ignore[arg-type]


def test_the_error_pickles() -> None:
    error = FollowUpError("timeout must be above zero", "timeout", 0.0)
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is FollowUpError
    assert (clone.message, clone.argument, clone.value) == (error.message, "timeout", 0.0)
    assert str(clone) == "timeout must be above zero"


def test_a_call_on_the_deadline_is_made() -> None:
    # The till's own figures, where 0.1 + 0.1 + 0.1 rounds past 0.3.
    procedure = _procedure("03", "unionpay-online")
    assert procedure.give_up.seconds is None
    clock, calls, queries = 0.0, 0, list[float]()
    while True:
        due = procedure.next_call(elapsed=clock, calls=calls, timeout=0.3, interval=0.1)
        if due.final:
            break
        queries.append(due.at)
        clock, calls = due.at, calls + 1
    assert len(queries) == 4
    assert queries[-1] == 0.3


@given(steps=st.integers(1, 60), timeout=st.floats(0.01, 600))
def test_a_grid_that_ends_on_the_deadline_queries_on_it(steps: int, timeout: float) -> None:
    procedure = _procedure("03", "unionpay-online")
    interval = timeout / steps
    assume(interval > 0)
    clock, calls, queries = 0.0, 0, list[float]()
    while len(queries) <= steps + 1:
        due = procedure.next_call(elapsed=clock, calls=calls, timeout=timeout, interval=interval)
        if due.final:
            break
        queries.append(due.at)
        clock, calls = due.at, calls + 1
    assert len(queries) == steps + 1
    assert queries[-1] == timeout


def test_after_the_latest_moment_the_closing_step_is_late() -> None:
    assert USERPAYING.then_latest.seconds == 7 * 86400
    in_time = USERPAYING.next_call(elapsed=7 * 86400, calls=3, timeout=60, interval=5)
    assert in_time == Due("reverse", 7 * 86400, True)
    assert not in_time.late
    late = USERPAYING.next_call(elapsed=7 * 86400 + 1, calls=3, timeout=60, interval=5)
    assert (late.action, late.final, late.late) == ("reverse", True, True)
    # A call while waiting is never late; only the closing step has a latest moment.
    assert not USERPAYING.next_call(elapsed=7 * 86400 + 1, calls=0, timeout=60, interval=5).late


@given(
    procedure=st.sampled_from(PROCEDURES),
    timeout=st.floats(1, 600),
    interval=st.floats(1, 600),
    lags=st.lists(st.floats(0, 20), max_size=50),
    settled_after=st.one_of(st.none(), st.integers(1, 60)),
)
def test_a_loop_driven_by_next_call(
    procedure: FollowUp,
    timeout: float,
    interval: float,
    lags: list[float],
    settled_after: int | None,
) -> None:
    # A till that waits until each call is due, and may answer late (lags): the loop ends,
    # never calls after the deadline, never closes before then_earliest, and never goes back.
    deadline = timeout if procedure.give_up.seconds is None else procedure.give_up.seconds
    every = procedure.interval.seconds or interval
    bound = math.ceil(deadline / every) + 2
    assume(bound <= 2_000)
    clock, steps = 0.0, list[Due]()
    for calls in range(bound + 1):
        due = procedure.next_call(elapsed=clock, calls=calls, timeout=timeout, interval=interval)
        assert due.at >= clock
        steps.append(due)
        if due.final or calls == settled_after:
            break  # the closing step, or an answer that settled the order
        clock = due.at + (lags[calls] if calls < len(lags) else 0.0)
    else:
        pytest.fail(f"no closing step after {bound} calls")
    calls_made = [due for due in steps if not due.final]
    assert [due.at for due in steps] == sorted(due.at for due in steps)
    assert all(due.action == procedure.call for due in calls_made)
    assert all(due.at <= deadline for due in calls_made)
    if procedure.max_calls is not None:
        assert len(calls_made) <= procedure.max_calls
    if steps[-1].final:
        assert steps[-1].action == procedure.then
        assert steps[-1].at >= (procedure.then_earliest.seconds or 0.0)
        latest = procedure.then_latest.seconds
        assert steps[-1].late == (latest is not None and steps[-1].at > latest)
