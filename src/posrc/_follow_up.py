"""The procedure that settles an unknown outcome: the vendor's figures, and the next call due.

A wallet code whose outcome is unknown carries its family's procedure as
``ReturnCode.follow_up``. A till drives its polling loop from it with
:meth:`FollowUp.next_call`, a pure function of the time since the original
request and the calls made so far: no clock, no sleeping, so the loop can be
tested step by step.
"""

from __future__ import annotations

import math
from typing import Literal

import attrs

from posrc._model import FieldRepr, Source
from posrc.exceptions import FollowUpError


@attrs.frozen(repr=False)
class Figure(FieldRepr):
    """One number of a follow-up procedure, in seconds, and where it comes from.

    ``seconds`` is ``None`` where the vendor gives no figure: the till's own
    setting applies. ``upper`` is set where the vendor gives a range
    (``3-5 s``); ``seconds`` is then its lower end.

    >>> from posrc import lookup
    >>> deadline = lookup("USERPAYING", scheme="wechatpay").follow_up.give_up
    >>> deadline.seconds, deadline.source.edition
    (45.0, '2025.08.14')
    """

    seconds: float | None
    source: Source
    upper: float | None = None
    note: str = ""


@attrs.frozen(repr=False)
class Due(FieldRepr):
    """The next thing a till does while it settles an unknown outcome.

    ``action`` is a call to make (``"query"``, or ``"reverse"``/``"cancel"``
    again) while ``final`` is false, and the closing step (``"reverse"``,
    ``"cancel"``, ``"reconcile"``, ``"contact-support"``) once it is true.
    ``at`` is when, in seconds after the original request. ``late`` is true on
    a closing step due after the vendor's latest moment for it
    (``FollowUp.then_latest``, WeChat Pay's 7 days for a reverse): the vendor
    would refuse the call, so the till settles the order through
    reconciliation or the vendor's support instead. It is false on every
    call that is still in time.
    """

    action: Literal["query", "reverse", "cancel", "reconcile", "contact-support"]
    at: float
    final: bool
    late: bool = False


@attrs.frozen(repr=False)
class FollowUp(FieldRepr):
    """One vendor edition of the procedure that settles an unknown outcome.

    The till calls ``call`` first ``first_call`` after the original request,
    then every ``interval``, at most ``max_calls`` times where the vendor
    counts calls, until ``give_up``; then it does ``then``, no sooner than
    ``then_earliest`` and no later than ``then_latest``. All figures are
    seconds after the original request. ``edition`` names the vendor edition
    the figures come from; ``editions`` holds the vendor's other editions,
    readable but not used by default (the default is the newest official
    edition for mainland China).

    >>> from posrc import lookup
    >>> fu = lookup("USERPAYING", scheme="wechatpay").follow_up
    >>> fu.call, fu.interval.seconds, fu.give_up.seconds, fu.then, fu.then_earliest.seconds
    ('query', 10.0, 45.0, 'reverse', 15.0)
    >>> [(e.edition, e.give_up.seconds) for e in fu.editions][:2]
    [('global 2025 (W2)', 30.0), ('global guide 2025 (W6)', 45.0)]
    """

    name: str
    call: Literal["query", "reverse", "cancel"]
    first_call: Figure
    interval: Figure
    give_up: Figure
    then: Literal["reverse", "cancel", "reconcile", "contact-support"]
    then_earliest: Figure
    then_latest: Figure
    edition: str
    max_calls: int | None = None
    notes: str = ""
    editions: tuple[FollowUp, ...] = ()

    def next_call(self, *, elapsed: float, calls: int, timeout: float, interval: float) -> Due:
        """What the till does next, ``elapsed`` seconds after the original request.

        ``calls`` is how many calls of ``call`` the till has made so far;
        ``timeout`` and ``interval`` are the till's own figures, used where the
        vendor gives none. The next call is due ``first_call`` after the
        request, then ``interval`` after now, and the last one at the deadline
        (``give_up``, or ``timeout``) where the interval would pass it; once a
        call was made at the deadline, or the vendor's count of calls is
        reached, the closing step is due, no sooner than ``then_earliest``. A closing step due
        after ``then_latest`` is marked ``late``.

        ``TypeError`` for a figure that is no ``int`` or ``float`` (``bool``
        included) or a ``calls`` that is no ``int``; :class:`FollowUpError` for
        a negative ``elapsed`` or ``calls``, a ``timeout`` or ``interval`` that
        is not above zero, and NaN or infinity.

        >>> from posrc import lookup
        >>> fu = lookup("USERPAYING", scheme="wechatpay").follow_up
        >>> fu.next_call(elapsed=0, calls=0, timeout=60, interval=5)
        Due(action='query', at=10.0, final=False, late=False)
        >>> fu.next_call(elapsed=40, calls=4, timeout=60, interval=5)
        Due(action='query', at=45.0, final=False, late=False)
        >>> fu.next_call(elapsed=45, calls=5, timeout=60, interval=5)
        Due(action='reverse', at=45.0, final=True, late=False)
        >>> fu.next_call(elapsed=8 * 86400, calls=4, timeout=60, interval=5).late
        True
        """
        now = _seconds("elapsed", elapsed, above_zero=False)
        till_timeout = _seconds("timeout", timeout, above_zero=True)
        till_interval = _seconds("interval", interval, above_zero=True)
        if type(calls) is not int:
            raise TypeError(f"calls must be an int, not {type(calls).__name__}")
        if calls < 0:
            raise FollowUpError(f"calls must not be negative, not {calls}", "calls", calls)
        deadline = _or(self.give_up.seconds, till_timeout)
        if calls == 0:
            at = max(now, _or(self.first_call.seconds, 0.0))
        else:
            at = now + _or(self.interval.seconds, till_interval)
            if _close(at, deadline) or (now < deadline < at and not _close(now, deadline)):
                # The last call falls on the deadline, so that a payer who confirms just
                # before it is not reversed; a call off it only by rounding is that call.
                at = deadline
        out_of_calls = self.max_calls is not None and calls >= self.max_calls
        if calls > 0 and (at > deadline or out_of_calls):
            closing = max(now, _or(self.then_earliest.seconds, 0.0))
            latest = self.then_latest.seconds
            return Due(self.then, closing, True, latest is not None and closing > latest)
        return Due(self.call, at, False)


def _close(one: float, other: float) -> bool:
    return math.isclose(one, other, rel_tol=1e-9, abs_tol=1e-9)


def _or(seconds: float | None, fallback: float) -> float:
    return float(fallback if seconds is None else seconds)


def _seconds(name: str, value: float, *, above_zero: bool) -> float:
    if type(value) is bool or not isinstance(value, (int, float)):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"{name} must be an int or a float, not {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or (above_zero and seconds == 0):
        wanted = "above zero" if above_zero else "not negative"
        raise FollowUpError(
            f"{name} must be a finite number of seconds {wanted}, not {value!r}", name, seconds
        )
    return seconds
