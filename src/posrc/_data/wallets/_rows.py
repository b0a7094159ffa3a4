"""The plain shapes that the wallet code tables are written in.

Nothing here depends on posrc's record classes: a row is reviewable data that
the model builds its records from. Each scheme module holds ``SOURCES``, its
``ROWS``, its ``LAYERS`` (the order in which a reply's fields are read) and its
``FOLLOW_UPS`` (the vendor's figures for settling an unknown outcome).
"""

from __future__ import annotations

from typing import Literal, NamedTuple

SchemeName = Literal["wechatpay", "alipay", "unionpay-online", "shouqianba"]
Outcome = Literal["approved", "partial", "declined", "pick-up", "error", "unknown"]
Retry = Literal["not-needed", "immediately", "later", "after-fix", "after-query", "never"]
Actor = Literal["cashier", "cardholder", "integrator", "operations"]
Confidence = Literal["H", "H-c", "M", "L"]
TerminalAction = Literal[
    # posrc's existing actions
    "none",
    "sign-on",
    "retain-card",
    "show-partial-amount",
    "confirm-with-bank",
    "query-result",
    "check-setup",
    "use-chip",
    "check-identity",
    "reconcile",
    # proposed for the wallets
    "wait-for-payer",
    "refresh-payment-code",
    "reverse-order",
    "confirm-earlier-payment",
]
NEW_TERMINAL_ACTIONS: tuple[TerminalAction, ...] = (
    "wait-for-payer",
    "refresh-payment-code",
    "reverse-order",
    "confirm-earlier-payment",
)
# The operations that undo a payment, as the scheme modules' OPERATIONS name them.
Undoing = Literal["reverse", "cancel", "refund"]
UNDOING: tuple[Undoing, ...] = ("reverse", "cancel", "refund")
# What a till does when it gives up waiting for a result.
FinalAction = Literal["reverse", "cancel", "reconcile", "contact-support"]


class Source(NamedTuple):
    """Where a fact comes from."""

    title: str
    where: str  # section or URL; several separated by "; "
    edition: str  # the date printed on the page, or the commit read
    primary: bool  # the vendor's own document, table, SDK or demo


class Step(NamedTuple):
    """One piece of advice, for one actor, in both languages."""

    actor: Actor
    zh: str
    en: str


class Row(NamedTuple):
    """One reading of one code: the same string in another field or API is another row.

    ``api`` is empty when the meaning does not depend on the API. ``zh`` is the
    vendor's own Chinese wording when ``zh_is_vendor`` is true, posrc's otherwise;
    ``en`` is always posrc's. ``decides`` is false for a layer value that only says
    "read the next field" (WeChat ``return_code=SUCCESS``, Alipay ``40004``): such a
    row never decides a reply while a deeper field is present, and its outcome is
    the safe reading for when the deeper field is missing. ``follow_up`` names an
    entry of the scheme's ``FOLLOW_UPS`` and is empty when nothing is pending.
    ``display`` replaces the meaning on the payer's screen where the meaning must
    not be shown (a risk reason) or would mislead; it is ``None`` otherwise.
    ``answers`` names the undoing operations (``"reverse"``, ``"cancel"``,
    ``"refund"``) whose replies alone carry the code where ``api`` does not say
    so: it is empty, as the vendor ties the code to no single API, or it names a
    call that serves several operations. It is empty otherwise.
    """

    scheme: SchemeName
    code: str
    field: str
    api: str
    zh: str
    en: str
    outcome: Outcome
    retry: Retry
    action: TerminalAction
    native: str
    sources: tuple[str, ...]  # keys of SOURCES, the deciding one first
    confidence: Confidence
    advice: tuple[Step, ...]
    notes: str = ""
    zh_is_vendor: bool = True
    decides: bool = True
    follow_up: str = ""
    aliases: tuple[str, ...] = ()
    display: tuple[str, str] | None = None
    answers: tuple[Undoing, ...] = ()


class NewNative(NamedTuple):
    """A native code proposed for readings that no existing native code fits."""

    name: str
    code: str
    outcome: Outcome
    retry: Retry
    zh: str
    en: str
    action: TerminalAction = "none"


class Figure(NamedTuple):
    """One number of a follow-up procedure, in seconds, with where it comes from.

    ``seconds`` is ``None`` when the vendor gives no figure; ``upper`` is set when
    the vendor gives a range ("3-5 s").
    """

    seconds: float | None
    source: str  # a key of SOURCES
    edition: str
    upper: float | None = None
    note: str = ""


class FollowUp(NamedTuple):
    """One vendor edition of the procedure that settles an unknown outcome.

    The till calls ``call`` (the query, or the same reverse or cancel again; an operation of
    the module's ``OPERATIONS``) first
    after ``first_call`` and then every ``interval``, at most ``max_calls`` times
    where the vendor counts calls, until ``give_up`` after the original request;
    then it does ``then``, no sooner than ``then_earliest`` and no later than
    ``then_latest`` after the original request. A ``None`` figure means the vendor
    gives none: the till's own timeout applies.
    """

    name: str  # the key a Row's follow_up names
    scheme: SchemeName
    edition: str  # which vendor edition these figures come from
    default: bool  # the newest official edition for mainland China
    call: Literal["query", "reverse", "cancel"]  # the operation to call while waiting
    first_call: Figure
    interval: Figure
    give_up: Figure
    then: FinalAction
    then_earliest: Figure
    then_latest: Figure
    max_calls: int | None = None
    notes: str = ""


class Excluded(NamedTuple):
    """A code the reference lists that is deliberately not a row, and why."""

    code: str
    field: str
    reason: str
