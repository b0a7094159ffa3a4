"""Checking an integrator's handler against every code: the seatbelt."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal, Protocol, cast

import attrs

from posrc._enums import Actor, Outcome, Retry, TerminalAction
from posrc._model import ReturnCode
from posrc._registry import default_registry

Problem = Literal[
    "treated-as-approved", "treated-as-failed", "not-queried", "not-confirmed", "retried", "error"
]
"""What a handler got wrong for one code:

- ``treated-as-approved``: a declined, pick-up, error or unknown outcome
  reported as approved (goods handed over without payment);
- ``treated-as-failed``: an approval reported as a failure (the ``'000'``
  read as a number bug: the customer paid and the sale is voided);
- ``not-queried``: an unknown outcome (``USERPAYING``, Alipay ``10003``,
  card ``96``) treated as a failure without querying first (the customer
  pays twice), or a code paid by an earlier attempt (``ORDERPAID``,
  ``ACQ.TRADE_HAS_SUCCESS``) treated as a failure without querying it; a
  decision without a ``query`` field never queries;
- ``not-confirmed``: a code paid by an earlier attempt approved without the
  query that confirms the earlier payment belongs to this order and this
  buyer (goods handed over for somebody else's payment);
- ``retried``: an automatic retry of a code whose retry advice is
  ``NOT_NEEDED``, ``NEVER``, ``AFTER_FIX`` or ``AFTER_QUERY`` (double
  charges, fines for forbidden reattempts);
- ``error``: the handler raised, or returned something other than bools.
"""

_RETRY_ALLOWED = frozenset((Retry.IMMEDIATELY, Retry.LATER))
# A decision without a query field (written before the field existed) never queries.
_NO_QUERY = object()
_NO_QUERY_FIELD = "approved=False; the decision has no query field, so it never queries: add one"
_NO_QUERY_FIELD_APPROVED = _NO_QUERY_FIELD.replace("False", "True", 1)
_PROBLEM_TEXT: dict[Problem, str] = {
    "treated-as-approved": "treated as approved, but the payment did not go through",
    "treated-as-failed": "treated as failed, but the payment was approved",
    "not-queried": "treated as failed without a query, but the payment may have gone through",
    "not-confirmed": "approved without a query, but the earlier payment may not be this order's",
    "retried": "retried automatically, which this code forbids",
    "error": "the handler failed",
}


class Decision(Protocol):
    """What a handler decided about one code; adapt your own result to it.

    ``approved`` means "the sale is paid: hand over the goods"; ``retry``
    means "charge again automatically"; ``query`` means "ask the provider
    what happened before deciding". A frozen dataclass, an attrs class or a
    named tuple with these ``bool`` fields all qualify:

    >>> from typing import NamedTuple
    >>> class Answer(NamedTuple):
    ...     approved: bool
    ...     retry: bool
    ...     query: bool
    >>> def query_first(rc):
    ...     return rc.is_unknown or rc.terminal_action is TerminalAction.CONFIRM_EARLIER_PAYMENT
    >>> check_handler(lambda rc: Answer(rc.is_approved or rc.is_partial, False, query_first(rc))).ok
    True

    Every code whose outcome is unknown must be queried (or, wrongly,
    approved), so that a handler that reads ``USERPAYING`` as a failure is
    caught. ``query`` is optional, so that a decision written before it
    existed still runs; but such a decision cannot say "query first", and
    every unknown outcome it does not approve is reported as
    ``not-queried``, and so is every code paid by an earlier attempt, whose
    advice is to confirm that payment by a query before handing over goods
    (``not-confirmed`` where it is approved). Add the field:

    >>> class Result(NamedTuple):
    ...     approved: bool
    ...     retry: bool
    >>> report = check_handler(lambda rc: Result(rc.is_approved or rc.is_partial, False))
    >>> sorted({failure.problem for failure in report.failures})
    ['not-confirmed', 'not-queried']

    Querying is never wrong in itself: a handler may query a plain decline
    or an approval too.
    """

    @property
    def approved(self) -> bool: ...

    @property
    def retry(self) -> bool: ...


@attrs.frozen
class Failure:
    """One thing a handler got wrong for one code.

    >>> from typing import NamedTuple
    >>> class Result(NamedTuple):
    ...     approved: bool
    ...     retry: bool
    >>> report = check_handler(lambda rc: Result(True, False), codes=[ReturnCode.LOST_CARD])
    >>> failure = report.failures[0]
    >>> failure.return_code.code, failure.problem
    ('RK2003', 'treated-as-approved')
    """

    return_code: ReturnCode
    problem: Problem
    detail: str


@attrs.frozen
class HandlerReport:
    """The result of :func:`check_handler`: every failure, code by code.

    ``str(report)`` names each failing code with its meaning and advice, and
    the report is true only when the handler got every code right, so
    ``assert check_handler(fn), ...`` fails for a bad handler (but
    :func:`assert_handler` says why in the failure itself).

    >>> from typing import NamedTuple
    >>> class Result(NamedTuple):
    ...     approved: bool
    ...     retry: bool
    ...     query: bool
    >>> report = check_handler(lambda rc: Result(rc.is_approved or rc.is_partial, True, True))
    >>> report.ok, report.checked > 300, sorted({f.problem for f in report.failures})
    (False, True, ['retried'])
    >>> bool(report)
    False
    """

    checked: int
    failures: tuple[Failure, ...]

    @property
    def ok(self) -> bool:
        """Whether the handler got every code right."""
        return not self.failures

    def __bool__(self) -> bool:
        return self.ok

    @property
    def failing_codes(self) -> tuple[ReturnCode, ...]:
        """Each code with at least one failure, once, in the order checked."""
        return tuple(dict.fromkeys(failure.return_code for failure in self.failures))

    def __str__(self) -> str:
        if self.ok:
            return f"the handler handled all {self.checked} codes correctly"
        head = f"the handler mishandled {len(self.failing_codes)} of {self.checked} codes:"
        return "\n\n".join((head, *(self._describe(rc) for rc in self.failing_codes)))

    def _describe(self, rc: ReturnCode) -> str:
        lines = [
            f"{rc.scheme.value}:{rc.code} {rc.message('en')} "
            f"(outcome {rc.outcome.value}, retry {rc.retry.value})"
        ]
        lines.extend(
            f"  problem: {_PROBLEM_TEXT[failure.problem]} ({failure.detail})"
            for failure in self.failures
            if failure.return_code is rc
        )
        lines.extend(f"  advice: {text}" for text in _advice(rc))
        return "\n".join(lines)


def check_handler(
    fn: Callable[[ReturnCode], Decision], *, codes: Iterable[ReturnCode] | None = None
) -> HandlerReport:
    """Call ``fn`` for every code (or for ``codes``) and judge each decision.

    >>> from typing import NamedTuple
    >>> class Result(NamedTuple):
    ...     approved: bool
    ...     retry: bool
    >>> def buggy(rc):  # approval read as a number, and retries everything
    ...     return Result(approved=rc.code == "0", retry=not rc.code == "0")
    >>> report = check_handler(buggy, codes=[ReturnCode.APPROVED])
    >>> print(report)  # doctest: +ELLIPSIS
    the handler mishandled 1 of 1 codes:
    <BLANKLINE>
    posrc:OK0000 Approved (outcome approved, retry not-needed)
      problem: treated as failed, but the payment was approved (approved=False)
      problem: retried automatically, which this code forbids (retry=True; the advice is not-needed)
      advice: cashier: The payment is done: ...

    How each outcome is judged:

    - ``APPROVED``: ``approved`` must be true.
    - ``PARTIAL`` with retry ``NOT_NEEDED`` (a partial amount, an approval
      after checking identity): the money moved, so ``approved`` must be
      true; showing the amount or checking the identity is the handler's
      business, which two booleans cannot show.
    - ``PARTIAL`` with retry ``AFTER_QUERY`` (a success to confirm with the
      bank): either value of ``approved`` is accepted, since the result
      must first be confirmed; a retry is still reported.
    - A code paid by an earlier attempt on the same order (terminal action
      ``CONFIRM_EARLIER_PAYMENT``: ``ORDERPAID``, ``ACQ.TRADE_HAS_SUCCESS``):
      ``query`` must be true, whatever ``approved`` says, since its advice
      is to confirm by a query that the earlier payment is this order's
      before handing over goods.
    - ``DECLINED``, ``PICK_UP``, ``ERROR`` and ``UNKNOWN``: ``approved``
      must be false.
    - ``UNKNOWN``: ``query`` must be true unless ``approved`` is (which is
      reported already). A decision without a ``query`` field does not
      query.
    - ``retry`` may be true only where the code's retry advice is
      ``IMMEDIATELY`` or ``LATER``.

    An exception from ``fn``, or an ``approved``, ``retry`` or ``query``
    that is not a ``bool``, is reported as an ``error`` for that code; the
    check goes on.
    """
    selected = default_registry() if codes is None else codes
    checked = 0
    failures: list[Failure] = []
    for rc in selected:
        checked += 1
        failures.extend(_judge(fn, rc))
    return HandlerReport(checked, tuple(failures))


def assert_handler(
    fn: Callable[[ReturnCode], Decision], *, codes: Iterable[ReturnCode] | None = None
) -> None:
    """:func:`check_handler` for a test: raise ``AssertionError`` with the report.

    >>> from typing import NamedTuple
    >>> class Result(NamedTuple):
    ...     approved: bool
    ...     retry: bool
    ...     query: bool
    >>> def query_first(rc):
    ...     return rc.is_unknown or rc.terminal_action is TerminalAction.CONFIRM_EARLIER_PAYMENT
    >>> assert_handler(lambda rc: Result(rc.is_approved or rc.is_partial, False, query_first(rc)))
    >>> assert_handler(lambda rc: Result(True, False, False), codes=[ReturnCode.STOLEN_CARD])
    Traceback (most recent call last):
    ...
    AssertionError: the handler mishandled 1 of 1 codes:
    ...
    """
    __tracebackhide__ = True  # pytest shows the caller's line, not this one
    report = check_handler(fn, codes=codes)
    if not report.ok:
        raise AssertionError(str(report))


def _judge(fn: Callable[[ReturnCode], Decision], rc: ReturnCode) -> list[Failure]:
    try:
        decision = fn(rc)
        # Typed as bool, but a handler written without a type checker may not comply.
        approved = cast("object", decision.approved)
        retry = cast("object", decision.retry)
        query: object = getattr(decision, "query", _NO_QUERY)
    except Exception as error:  # the report names it; the check goes on
        return [Failure(rc, "error", f"raised {type(error).__name__}: {error}")]
    if not isinstance(approved, bool) or not isinstance(retry, bool):
        return [
            Failure(rc, "error", f"approved={approved!r} and retry={retry!r}; both must be bool")
        ]
    answered = query is not _NO_QUERY
    if answered and not isinstance(query, bool):
        return [Failure(rc, "error", f"query={query!r}; it must be bool")]
    failures: list[Failure] = []
    if approved and rc.outcome not in (Outcome.APPROVED, Outcome.PARTIAL):
        failures.append(Failure(rc, "treated-as-approved", "approved=True"))
    if not approved and _must_approve(rc):
        failures.append(Failure(rc, "treated-as-failed", "approved=False"))
    confirm = rc.terminal_action is TerminalAction.CONFIRM_EARLIER_PAYMENT
    if query is not True and not approved and (rc.outcome is Outcome.UNKNOWN or confirm):
        detail = "approved=False and query=False" if answered else _NO_QUERY_FIELD
        failures.append(Failure(rc, "not-queried", detail))
    if query is not True and approved and confirm:
        detail = "approved=True and query=False" if answered else _NO_QUERY_FIELD_APPROVED
        failures.append(Failure(rc, "not-confirmed", detail))
    if retry and rc.retry not in _RETRY_ALLOWED:
        failures.append(Failure(rc, "retried", f"retry=True; the advice is {rc.retry.value}"))
    return failures


def _must_approve(rc: ReturnCode) -> bool:
    if rc.outcome is Outcome.APPROVED:
        return True
    return rc.outcome is Outcome.PARTIAL and rc.retry is not Retry.AFTER_QUERY


def _advice(rc: ReturnCode) -> list[str]:
    """The integrator's steps, or the cashier's where there are none."""
    for actor in (Actor.INTEGRATOR, Actor.CASHIER):
        steps = rc.advice.for_actor(actor)
        if steps:
            return [f"{actor.value}: {step.text('en')}" for step in steps]
    return [f"{step.actor.value}: {step.text('en')}" for step in rc.advice.steps]
