from __future__ import annotations

from typing import NamedTuple

import pytest

import posrc
from posrc import Outcome, Retry, ReturnCode, TerminalAction
from posrc.testing import (
    Decision,
    HandlerReport,
    assert_handler,
    check_handler,
    code_id,
    codes,
    partial_codes,
)


class Result(NamedTuple):
    approved: bool
    retry: bool
    query: bool = False


class TwoFields(NamedTuple):
    """A decision written before ``query`` existed."""

    approved: bool
    retry: bool


def query_first(rc: ReturnCode) -> bool:
    return rc.is_unknown or rc.terminal_action is TerminalAction.CONFIRM_EARLIER_PAYMENT


CONFIRMING = {
    code_id(rc) for rc in ReturnCode if rc.terminal_action is TerminalAction.CONFIRM_EARLIER_PAYMENT
}


def careful(rc: ReturnCode) -> Result:
    """A handler that follows posrc's advice exactly: it queries every unknown outcome and
    confirms a payment made by an earlier attempt."""
    retry = rc.retry in (Retry.IMMEDIATELY, Retry.LATER)
    return Result(rc.is_approved or rc.is_partial, retry, query_first(rc))


def problems(report: HandlerReport) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for failure in report.failures:
        found.setdefault(failure.problem, set()).add(code_id(failure.return_code) or "")
    return found


def test_a_careful_handler_passes_every_code() -> None:
    report = check_handler(careful)
    assert report.ok
    assert report.checked == len(ReturnCode)
    assert report.failures == ()
    assert str(report) == f"the handler handled all {len(ReturnCode)} codes correctly"


def test_approving_everything_is_caught_for_every_non_approval() -> None:
    report = check_handler(lambda rc: Result(True, False))
    expected = {code_id(rc) for rc in codes(outcome=("declined", "pick-up", "error", "unknown"))}
    assert problems(report) == {"treated-as-approved": expected, "not-confirmed": CONFIRMING}


def test_the_000_cast_to_int_bug_is_caught() -> None:
    # approved = int(code) == 0: '00' and 'OK0000' work by luck, letter codes crash
    def cast_to_int(rc: ReturnCode) -> Result:
        return Result(int(rc.code) == 0, False)

    report = check_handler(cast_to_int, codes=codes(scheme="cup"))
    found = problems(report)
    assert "cup-11" in found["treated-as-failed"]  # approved (VIP), but 11 != 0
    assert "cup-00" not in found.get("treated-as-failed", set())
    assert "cup-A0" in found["error"]
    assert "ValueError" in str(report)


def test_retrying_everything_is_caught_except_where_a_retry_is_allowed() -> None:
    report = check_handler(lambda rc: Result(rc.is_approved or rc.is_partial, True, True))
    allowed = {code_id(rc) for rc in codes(retry=("immediately", "later"))}
    assert problems(report) == {"retried": {code_id(rc) for rc in codes()} - allowed}


@pytest.mark.parametrize("retry", [Retry.NEVER, Retry.AFTER_FIX, Retry.AFTER_QUERY])
def test_a_retry_of_a_forbidden_code_names_its_advice(retry: Retry) -> None:
    rc = codes(retry=retry)[0]
    report = check_handler(lambda rc: Result(False, True, True), codes=[rc])
    assert [f.problem for f in report.failures] == ["retried"]
    assert f"the advice is {retry.value}" in str(report)


def test_partial_with_a_known_amount_must_count_as_approved() -> None:
    known = [rc for rc in partial_codes() if rc.retry is Retry.NOT_NEEDED]
    assert posrc.lookup("10") in known
    report = check_handler(lambda rc: Result(False, False), codes=known)
    assert {f.problem for f in report.failures} == {"treated-as-failed"}
    assert len(report.failures) == len(known)


@pytest.mark.parametrize("approved", [True, False])
def test_partial_to_confirm_accepts_either_answer_but_no_retry(approved: bool) -> None:
    to_confirm = [
        rc
        for rc in partial_codes()
        if rc.retry is Retry.AFTER_QUERY
        and rc.terminal_action is not TerminalAction.CONFIRM_EARLIER_PAYMENT
    ]
    assert posrc.lookup("A2") in to_confirm
    assert check_handler(lambda rc: Result(approved, False), codes=to_confirm).ok
    report = check_handler(lambda rc: Result(approved, True), codes=to_confirm)
    assert {f.problem for f in report.failures} == {"retried"}


def test_unknown_outcomes_and_pick_ups_must_not_be_approved() -> None:
    chosen = [posrc.lookup("96"), posrc.lookup("41"), ReturnCode.BANK_TIMEOUT]
    report = check_handler(lambda rc: Result(True, False), codes=chosen)
    assert [f.return_code for f in report.failures] == chosen
    assert all(f.problem == "treated-as-approved" for f in report.failures)


def test_a_raising_handler_is_reported_and_the_check_goes_on() -> None:
    def fussy(rc: ReturnCode) -> Result:
        if rc.code == "A0":
            raise KeyError("A0")
        return careful(rc)

    report = check_handler(fussy, codes=codes(scheme="cup"))
    assert report.checked == len(codes(scheme="cup"))
    assert [(code_id(f.return_code), f.problem) for f in report.failures] == [("cup-A0", "error")]
    assert "raised KeyError: 'A0'" in str(report)


def test_non_bool_answers_are_errors() -> None:
    class Loose:
        approved = 1
        retry = None

    report = check_handler(lambda rc: Loose(), codes=[ReturnCode.APPROVED])  # type: ignore[arg-type,return-value]
    assert [f.problem for f in report.failures] == ["error"]
    assert "approved=1 and retry=None; both must be bool" in str(report)


def test_a_missing_attribute_is_an_error() -> None:
    report = check_handler(lambda rc: object(), codes=[ReturnCode.APPROVED])  # type: ignore[arg-type,return-value]
    assert [f.problem for f in report.failures] == ["error"]
    assert "AttributeError" in str(report)


def test_the_report_names_each_failing_code_with_meaning_and_advice() -> None:
    rc = posrc.lookup("41")
    report = check_handler(lambda rc: Result(True, True), codes=[rc, ReturnCode.APPROVED])
    text = str(report)
    assert text.startswith("the handler mishandled 2 of 2 codes:")
    assert "cup:41 Lost card, pick up (outcome pick-up, retry never)" in text
    assert "problem: treated as approved, but the payment did not go through" in text
    assert "problem: retried automatically, which this code forbids" in text
    for step in rc.advice.for_actor(posrc.Actor.INTEGRATOR):
        assert f"advice: integrator: {step.text('en')}" in text
    assert report.failing_codes == (rc, ReturnCode.APPROVED)


def test_each_code_is_described_once_even_with_several_failures() -> None:
    report = check_handler(lambda rc: Result(True, True), codes=[posrc.lookup("41")])
    assert len(report.failures) == 2
    assert str(report).count("cup:41 ") == 1


def test_codes_default_to_every_registered_code() -> None:
    seen: list[ReturnCode] = []

    def record(rc: ReturnCode) -> Result:
        seen.append(rc)
        return careful(rc)

    check_handler(record)
    assert seen == list(ReturnCode)


def test_any_object_with_the_three_fields_is_a_decision() -> None:
    class Plain:
        def __init__(self, approved: bool, query: bool) -> None:
            self.approved = approved
            self.retry = False
            self.query = query

    def handler(rc: ReturnCode) -> Decision:
        return Plain(rc.outcome in (Outcome.APPROVED, Outcome.PARTIAL), query_first(rc))

    assert check_handler(handler).ok


def test_the_assertion_form_passes_silently() -> None:
    assert_handler(careful)


def test_the_assertion_form_raises_with_the_report() -> None:
    lost = posrc.lookup("41")
    with pytest.raises(AssertionError) as caught:
        assert_handler(lambda rc: Result(True, False), codes=[lost])
    assert str(caught.value) == str(check_handler(lambda rc: Result(True, False), codes=[lost]))
    assert "cup:41 Lost card, pick up" in str(caught.value)


def test_a_report_is_true_only_when_every_code_was_handled() -> None:
    reckless = check_handler(lambda rc: Result(True, True))
    assert not reckless
    assert bool(reckless) is reckless.ok is False
    assert check_handler(careful)
    assert bool(check_handler(careful, codes=())) is True  # nothing checked, nothing wrong


def test_assert_on_a_bad_report_fails() -> None:
    with pytest.raises(AssertionError):
        assert check_handler(lambda rc: Result(True, True), codes=[ReturnCode.STOLEN_CARD])


UNKNOWN_BUGS = [
    posrc.lookup("USERPAYING", scheme="wechatpay"),
    posrc.lookup("10003", scheme="alipay"),
    posrc.lookup("96", scheme="cup"),
]


def test_a_handler_that_fails_every_unknown_outcome_is_caught() -> None:
    report = check_handler(lambda rc: Result(rc.is_approved or rc.is_partial, False, False))
    unknown = {code_id(rc) for rc in codes(outcome="unknown")}
    assert problems(report) == {"not-queried": unknown, "not-confirmed": CONFIRMING}
    assert {code_id(rc) for rc in UNKNOWN_BUGS} <= unknown
    assert not report


@pytest.mark.parametrize("rc", UNKNOWN_BUGS, ids=code_id)
def test_failing_an_unknown_outcome_names_the_code_and_its_advice(rc: ReturnCode) -> None:
    report = check_handler(lambda rc: Result(False, False), codes=[rc])
    assert [(f.return_code, f.problem) for f in report.failures] == [(rc, "not-queried")]
    text = str(report)
    assert f"{rc.scheme.value}:{rc.code} " in text
    assert (
        "problem: treated as failed without a query, but the payment may have gone through" in text
    )
    assert "(approved=False and query=False)" in text


def test_querying_a_decline_or_an_approval_is_not_wrong() -> None:
    chosen = [posrc.lookup("51"), posrc.lookup("00"), posrc.lookup("41"), ReturnCode.APPROVED]
    report = check_handler(lambda rc: Result(rc.is_approved, False, True), codes=chosen)
    assert report.ok


@pytest.mark.parametrize("query", [True, False])
def test_approving_an_unknown_outcome_is_reported_once_whatever_the_query(query: bool) -> None:
    report = check_handler(lambda rc: Result(True, False, query), codes=UNKNOWN_BUGS)
    assert problems(report) == {"treated-as-approved": {code_id(rc) for rc in UNKNOWN_BUGS}}


def test_a_query_does_not_excuse_a_retry_or_a_pick_up_retried() -> None:
    lost = posrc.lookup("41")
    report = check_handler(lambda rc: Result(False, True, True), codes=[lost, UNKNOWN_BUGS[0]])
    assert problems(report) == {"retried": {"cup-41", "wechatpay-USERPAYING"}}


def test_a_decision_without_query_never_queries() -> None:
    # A handler written before query existed: USERPAYING read as a failure is caught.
    report = check_handler(lambda rc: TwoFields(False, False), codes=UNKNOWN_BUGS)
    assert problems(report) == {"not-queried": {code_id(rc) for rc in UNKNOWN_BUGS}}
    assert str(report).count("the decision has no query field, so it never queries: add one") == 3


def test_a_decision_without_query_still_runs_on_every_code() -> None:
    def old(rc: ReturnCode) -> TwoFields:
        return TwoFields(
            rc.is_approved or rc.is_partial, rc.retry in (Retry.IMMEDIATELY, Retry.LATER)
        )

    report = check_handler(old)
    assert report.checked == len(ReturnCode)
    assert problems(report) == {
        "not-queried": {code_id(rc) for rc in codes(outcome="unknown")},
        "not-confirmed": CONFIRMING,
    }
    # Everything else is judged as for a decision with query=False.
    no_field = "the decision has no query field, so it never queries: add one"
    with_false = str(check_handler(lambda rc: careful(rc)._replace(query=False)))
    assert str(report) == with_false.replace(
        "approved=False and query=False", f"approved=False; {no_field}"
    ).replace("approved=True and query=False", f"approved=True; {no_field}")


def test_an_old_handler_that_approves_unknown_outcomes_is_caught_once() -> None:
    report = check_handler(lambda rc: TwoFields(True, False), codes=UNKNOWN_BUGS)
    assert problems(report) == {"treated-as-approved": {code_id(rc) for rc in UNKNOWN_BUGS}}


def test_a_non_bool_query_is_an_error() -> None:
    class Loose:
        approved = False
        retry = False
        query = "yes"

    report = check_handler(lambda rc: Loose(), codes=UNKNOWN_BUGS[:1])
    assert [f.problem for f in report.failures] == ["error"]
    assert "query='yes'; it must be bool" in str(report)


def test_a_raising_query_property_is_an_error() -> None:
    class Broken:
        approved = False
        retry = False

        @property
        def query(self) -> bool:
            raise RuntimeError("no network")

    report = check_handler(lambda rc: Broken(), codes=UNKNOWN_BUGS[:1])
    assert [f.problem for f in report.failures] == ["error"]
    assert "raised RuntimeError: no network" in str(report)


EARLIER = [
    posrc.lookup("ORDERPAID", scheme="wechatpay"),
    posrc.lookup("ACQ.TRADE_HAS_SUCCESS", scheme="alipay"),
    posrc.lookup("TRADE_HAS_SUCCESS", scheme="shouqianba"),
]


@pytest.mark.parametrize("rc", EARLIER, ids=code_id)
def test_a_payment_by_an_earlier_attempt_is_confirmed_by_a_query(rc: ReturnCode) -> None:
    # Its advice: confirm that the earlier payment is this order's and this buyer's before
    # handing over goods. Approving it blind hands goods over for somebody else's payment.
    confirm = " ".join(step.text("en") for step in rc.advice.steps)
    assert "confirm that the payment belongs to this order and this customer" in confirm
    assert problems(check_handler(lambda _: Result(True, False, False), codes=[rc])) == {
        "not-confirmed": {code_id(rc) or ""}
    }
    assert problems(check_handler(lambda _: Result(False, False, False), codes=[rc])) == {
        "not-queried": {code_id(rc) or ""}
    }
    assert check_handler(lambda _: Result(True, False, True), codes=[rc]).ok
    assert check_handler(lambda _: Result(False, False, True), codes=[rc]).ok
    old = check_handler(lambda _: TwoFields(True, False), codes=[rc])
    assert [f.problem for f in old.failures] == ["not-confirmed"]
    assert "no query field" in old.failures[0].detail
    assert "approved=True" in old.failures[0].detail


def test_every_code_that_confirms_an_earlier_payment_must_be_queried() -> None:
    confirming = [
        rc for rc in ReturnCode if rc.terminal_action is TerminalAction.CONFIRM_EARLIER_PAYMENT
    ]
    assert set(EARLIER) <= set(confirming)
    blind = check_handler(lambda rc: Result(rc.is_approved or rc.is_partial, False, rc.is_unknown))
    assert {f.return_code for f in blind.failures} == set(confirming)
    assert {f.problem for f in blind.failures} == {"not-confirmed"}


def test_other_successes_to_confirm_keep_today_s_judgement() -> None:
    # A card's defective success (CUP A6) still accepts either approval without a query.
    defective = posrc.lookup("A6")
    assert defective.is_partial
    assert defective.retry is Retry.AFTER_QUERY
    assert check_handler(lambda _: TwoFields(True, False), codes=[defective]).ok
    assert check_handler(lambda _: TwoFields(False, False), codes=[defective]).ok
