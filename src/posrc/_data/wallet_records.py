"""The records of the wallet and online-gateway schemes, built from their plain rows.

The rows (``posrc._data.wallets``) are the reviewable table: one row per reading of a
code, that is per scheme, field, API and code, with the vendor's wording. Here each
row becomes one record, and each code string becomes the record a look-up returns:
its only reading, or, where the meaning depends on the API or the field, the least
certain of its readings, which lists them all in ``readings``.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

import attrs

from posrc._data import native, steps
from posrc._data.wallets import SCHEME_MODULES
from posrc._data.wallets import _advice as shared
from posrc._data.wallets import _rows as plain
from posrc._enums import LEAST_CERTAIN_FIRST, Actor, Outcome, Retry, Scheme, TerminalAction
from posrc._follow_up import Figure, FollowUp
from posrc._model import Advice, ReturnCode, Source, Step, Text

_NATIVE = {rc.code: rc for rc in native.NATIVE_CODES}

# The step that carries out a terminal action, for a row whose advice leaves it unsaid.
ACTION_STEPS: dict[str, plain.Step] = {
    "wait-for-payer": shared.WAIT_FOR_PAYER,
    "refresh-payment-code": shared.REFRESH_CODE,
    "confirm-earlier-payment": shared.CONFIRM_EARLIER,
    "confirm-with-bank": shared.CONFIRM_WITH_PROVIDER,
    "check-setup": shared.CHECK_CONFIG,
}


def _closing(undoing: bool, canonical: ReturnCode, retry: Retry) -> tuple[Step, ...]:
    """The closing steps of a reading; ``undoing`` when a reverse, cancel or refund answers it.

    An undoing call leaves the order as it was when it fails: that is no payment
    that failed, whatever native code the reading maps to. (One that went through
    maps to a native code of an order that keeps no money, which closes so.)
    """
    closing = steps.closing_steps(canonical.outcome, retry, canonical.code)
    if undoing and closing[:1] == (steps.NOT_COMPLETED,):
        return (steps.ORDER_KEEPS_ITS_STATE, steps.KEEP_RECORDS)
    return closing


class SchemeTable:
    """The records of one scheme module: its sources, follow-ups and readings."""

    __slots__ = ("apis", "follow_ups", "module", "operations", "scheme", "sources")

    def __init__(self, module: ModuleType) -> None:
        first: plain.Row = module.ROWS[0]
        self.module = module
        self.scheme = Scheme(first.scheme)
        self.apis: tuple[str, ...] = tuple(module.OPERATIONS)
        self.operations: dict[str, str] = dict(module.OPERATIONS)
        self.sources: dict[str, Source] = {
            key: Source(row.title, row.where, row.primary, key=key, edition=row.edition)
            for key, row in module.SOURCES.items()
        }
        self.follow_ups = self._follow_ups(module.FOLLOW_UPS)

    def _figure(self, figure: plain.Figure) -> Figure:
        source = attrs.evolve(self.sources[figure.source], edition=figure.edition)
        return Figure(
            None if figure.seconds is None else float(figure.seconds),
            source,
            None if figure.upper is None else float(figure.upper),
            figure.note,
        )

    def _follow_ups(self, rows: Iterable[plain.FollowUp]) -> dict[str, FollowUp]:
        editions: dict[str, list[FollowUp]] = {}
        for row in sorted(rows, key=lambda row: not row.default):  # the default edition leads
            built = FollowUp(
                row.name,
                row.call,
                self._figure(row.first_call),
                self._figure(row.interval),
                self._figure(row.give_up),
                row.then,
                self._figure(row.then_earliest),
                self._figure(row.then_latest),
                row.edition,
                row.max_calls,
                row.notes,
            )
            editions.setdefault(row.name, []).append(built)
        return {
            name: attrs.evolve(default, editions=tuple(others))
            for name, (default, *others) in editions.items()
        }

    def undoes(self, row: plain.Row) -> tuple[str, ...]:
        """The undoing operations (reverse, cancel, refund) whose replies carry ``row``'s code."""
        named = (self.operations[row.api],) if row.api else ()
        return tuple(op for op in (*row.answers, *named) if op in plain.UNDOING)

    def reading(self, row: plain.Row, code: str) -> ReturnCode:
        """The record of one row, under the spelling ``code`` (the row's code or an alias)."""
        canonical = _NATIVE[row.native]
        if canonical.outcome.value != row.outcome:
            raise ValueError(
                f"{row.scheme}:{code}: outcome {row.outcome} is not {canonical.code}'s"
            )
        retry = Retry(row.retry)
        sources = ", ".join(row.sources)
        notes = f"{row.notes} Sources: {sources}. Confidence: {row.confidence}.".strip()
        if code != row.code:
            notes = f"Another spelling of {row.code}. {notes}"
        advice = row.advice
        action = ACTION_STEPS.get(row.action)
        if action is not None and action not in advice:
            advice = (action, *advice)
        return ReturnCode(
            code,
            self.scheme,
            canonical,
            None if retry is canonical.retry else retry,
            meaning=Text(row.zh, row.en),
            cardholder=None if row.display is None else Text(*row.display),
            terminal_action=TerminalAction(row.action),
            advice=Advice(
                (
                    *(Step(Actor(s.actor), Text(s.zh, s.en)) for s in advice),
                    *_closing(bool(self.undoes(row)), canonical, retry),
                )
            ),
            source=self.sources[row.sources[0]],
            notes=notes,
            follow_up=self.follow_ups[row.follow_up] if row.follow_up else None,
            api=row.api,
            field=row.field,
        )

    def records(self) -> list[ReturnCode]:
        """One record per code string: its reading, or the safe default over its readings."""
        readings: dict[str, list[ReturnCode]] = {}
        for row in self.module.ROWS:
            for code in (row.code, *row.aliases):
                readings.setdefault(code, []).append(self.reading(row, code))
        return [
            found[0] if len(found) == 1 else least_certain(found) for found in readings.values()
        ]


def least_certain(readings: list[ReturnCode]) -> ReturnCode:
    """The record for a code whose meaning depends on the API or field.

    It is its least certain reading, with retry and follow-up from that reading,
    and its advice adds the other readings' integrator steps, each saying
    which API or field it is for. While the chosen reading's state is unknown,
    only the other unknown readings add theirs: a settled reading's step
    (charge again under a new order number, hand over the goods) would act
    before anybody knows which API answered.
    """
    chosen = min(readings, key=lambda rc: LEAST_CERTAIN_FIRST.index(rc.outcome))
    unknown = chosen.outcome is Outcome.UNKNOWN
    extra: list[Step] = []
    for other in readings:
        if unknown and other.outcome is not Outcome.UNKNOWN:
            continue
        where = other.api or other.field
        for step in other.advice.for_actor(Actor.INTEGRATOR):
            if other is not chosen and step not in chosen.advice.steps:
                extra.append(
                    Step(
                        Actor.INTEGRATOR,
                        Text(f"（{where}）{step.text('zh')}", f"After {where}: {step.text('en')}"),
                    )
                )
    shown = "; ".join(f"{rc.api or '*'} {rc.field}: {rc.outcome.value}" for rc in readings)
    fields = {rc.field for rc in readings}
    return attrs.evolve(
        chosen,
        api="",
        field=fields.pop() if len(fields) == 1 else "",
        readings=tuple(readings),
        advice=Advice((*chosen.advice.steps, *dict.fromkeys(extra))),
        notes=f"The meaning depends on the API or field ({shown}); this is the least certain "
        f"reading. Pass api= or field= for one. {chosen.notes}",
    )


TABLES: dict[Scheme, SchemeTable] = {
    table.scheme: table for table in map(SchemeTable, SCHEME_MODULES)
}
WALLET_CODES: tuple[ReturnCode, ...] = tuple(
    rc for table in TABLES.values() for rc in table.records()
)
APIS: dict[Scheme, tuple[str, ...]] = {scheme: table.apis for scheme, table in TABLES.items()}
"""Each wallet scheme's API names, as ``api=`` takes them."""
LAYERS: dict[Scheme, dict[str, tuple[str, ...]]] = {
    scheme: dict(table.module.LAYERS) for scheme, table in TABLES.items()
}
"""Each wallet scheme's reply layers per API, shallow to deep."""
DEFERRING: frozenset[tuple[Scheme, str, str, str]] = frozenset(
    (Scheme(row.scheme), row.field, row.api, code)
    for table in TABLES.values()
    for row in table.module.ROWS
    if not row.decides
    for code in (row.code, *row.aliases)
)
"""The readings that only pass the decision to a deeper layer: (scheme, field, api, code)."""
FAILED_CALLS: frozenset[tuple[Scheme, str, str]] = frozenset(
    (scheme, field, code)
    for scheme, table in TABLES.items()
    for field, code in table.module.FAILED_CALLS
)
"""Deferring layer values that say their call failed: (scheme, field, code)."""
API_MARKERS: dict[Scheme, tuple[tuple[str, str], ...]] = {
    Scheme.WECHATPAY: (("trade_state", "orderquery"), ("recall", "reverse")),
    Scheme.ALIPAY: (
        ("trade_status", "trade.query"),
        ("retry_flag", "trade.cancel"),
        ("action", "trade.cancel"),
    ),
    Scheme.UNIONPAY_ONLINE: (("origRespCode", "query"),),
    Scheme.SHOUQIANBA: (),
}
"""Fields that only one API's replies carry, and that API: a reply that names no API but
has one of them is read as that API's reply."""
FIELD_FALLBACK: dict[tuple[Scheme, str], str] = {
    (Scheme.UNIONPAY_ONLINE, "origRespCode"): "respCode",
}
"""A field whose codes read as another field's where it has no reading of its own: UnionPay's
origRespCode reuses the respCode table (only 00, 03, 04 and 05 read differently)."""
