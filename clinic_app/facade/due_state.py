"""A patient's due state: the dose gate's answer about what is due, kept with the patient.

The items are `domain.due.due_items(gi)` exactly as the gate answers them; nothing here decides
anything clinical. This module adds what keeping them needs: the lines a list shows of each item
(codes, dates, figures: `line_of`), the items as JSON, and how long the answer holds. Lists (Today,
`due`, the worklist) read the kept answer where it holds and ask the gate afresh where it does not
(clinic_app/facade/due_list.py); the store keeps it (clinic_app/store/due_state.py).

How long an answer given on day D holds. The planner and the gate read the day only through the
items' windows and planned dates (planned / due / missed or overdue), the checks made on the day
itself (labs, weight age, spacing, the day's premedication, which apply to items in their window,
missed, overdue or waiting for a decision) and a preparation's expiry (the clock). So:
- an item shown that is not simply planned (due, missed, overdue, waiting for a decision,
  discontinued, ended): the answer holds for D only;
- otherwise it holds until the day before the first date after D on which an item of the plan not
  yet settled opens its window, reaches its planned date or closes its window, or the day after an
  administration dated D or later (a premedication given on the day counts for that day's attempt
  at its infusion, PREMED-2; an imported record may be dated later);
- and, on any day, only before the earliest expiry of a preparation shown.
An inactive patient has no due items and the answer holds until something is recorded.
`tests/facade/test_due_state.py` re-plans every patient of generated clinics day after day and
compares with what the lists read.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from pydantic import TypeAdapter

from clinic_app.domain.due import DueDose, DueItem, due_items
from clinic_app.domain.gate import GateInput
from clinic_app.domain.schedule_model import ItemStatus
from clinic_app.domain.slot_state import SlotState
from clinic_app.store import DueState

ITEMS = TypeAdapter(list[DueItem])
_SETTLED = frozenset({ItemStatus.DONE, ItemStatus.OMITTED, ItemStatus.NOT_APPLICABLE})
_DAY = timedelta(days=1)


def due_state_of(gi: GateInput) -> DueState:
    """The patient's due state on `gi.today` at `gi.now` (no items for an inactive patient)."""
    return answer_of(gi)[0]


def answer_of(gi: GateInput) -> tuple[DueState, list[DueItem]]:
    """The due state and the items it holds (the gate asked once)."""
    active = gi.chart.history.patient.active
    items = due_items(gi) if active else []
    state = DueState(planned_on=gi.today, computed_at=gi.now,
                     holds_until=_holds_until(gi, items) if active else date.max,
                     expires_at=_expiry(gi.now, items), protocol_sha256=gi.protocol.sha256,
                     lines_json=json.dumps([line_of(n, item) for n, item in enumerate(items)],
                                           separators=(",", ":"), ensure_ascii=False),
                     items_json=ITEMS.dump_json(items).decode("utf-8"))
    return state, items


def unanswered(today: date, now: datetime, protocol_sha256: str) -> DueState:
    """The state kept when the gate could not plan the patient (a fault): it holds on no day, so a
    list asks the gate again and reports the fault itself."""
    return DueState(planned_on=today, computed_at=now, holds_until=today - _DAY, expires_at=None,
                    protocol_sha256=protocol_sha256, lines_json="[]", items_json="[]")


def _holds_until(gi: GateInput, items: list[DueItem]) -> date:
    today = gi.today
    if any(i.item.status is not ItemStatus.PLANNED for i in items):
        return today
    changes = [d for item in gi.schedule.items if item.status not in _SETTLED
               for d in (item.window.start, item.planned_date, item.window.end + _DAY) if d > today]
    changes += [a.on + _DAY for a in gi.chart.history.administrations if a.on >= today]
    return min(changes) - _DAY if changes else date.max


def _expiry(now: datetime, items: list[DueItem]) -> datetime | None:
    ahead = [i.state.expires_at for i in items if i.state is not None and i.state.expires_at is not None
             and i.state.expires_at > now]
    return min(ahead, default=None)


# -- what a list shows of an item -------------------------------------------------------------
def line_of(index: int, due: DueItem) -> dict[str, Any]:
    """One due item as lists show it: JSON-ready codes, ISO dates and decimal strings."""
    item = due.item
    return {"index": index, "uid": item.uid, "kind": item.kind, "category": item.category.value, "drug": item.drug,
            "cycle": item.cycle, "day": item.day, "date": item.planned_date.isoformat(),
            "window": [item.window.start.isoformat(), item.window.end.isoformat()], "status": due.status.value,
            "rule": item.rule.code, "dose": dose_figure(due.dose), "state": _state_figure(due.state)}


def dose_figure(dose: DueDose | None) -> dict[str, Any] | None:
    """The dose of a due item as codes and figures (what `dose_text` words)."""
    if dose is None:
        return None
    mg = dose.bsa.dose_mg if dose.bsa is not None else dose.premedication_mg
    return {"code": dose.code.value, "drug": dose.drug, "level": dose.level, "mg": None if mg is None else str(mg),
            "mcg": dose.flat.mcg if dose.flat is not None else None, "provisional": dose.provisional,
            "dose_record": f"DR-{dose.record_id:06d}" if dose.record_id is not None else None}


def _state_figure(state: SlotState | None) -> dict[str, Any] | None:
    if state is None:
        return None
    decision = state.decision
    return {"progress": state.progress.value, "labs": state.labs.state.value if state.labs is not None else None,
            "weight_measured_on": state.weight.measured_on.isoformat() if state.weight is not None else None,
            "weight_age_days": state.weight.age_days if state.weight is not None else None,
            "weight_too_old": state.weight.too_old if state.weight is not None else None,
            "expires_at": state.expires_at.isoformat() if state.expires_at is not None else None,
            "decision": None if decision is None else {"kind": decision.kind.value, "by": decision.by.value,
                                                       "drug": decision.drug, "proposed": decision.proposed,
                                                       "because": decision.because.code,
                                                       "because_values": dict(decision.because.values)},
            "blocking": [{"code": r.code, "values": dict(r.values)} for r in state.blocking],
            "notes": [r.code for r in state.notes]}


class DueItems:
    """One patient's due items as the gate answered them, read from their JSON on first use (a list
    shows lines; the full items are wanted for the few rows acted on). Equal when the same answer."""

    def __init__(self, state: DueState, items: list[DueItem] | None = None) -> None:
        self._state = state
        if items is not None:
            self.__dict__["items"] = items

    @cached_property
    def items(self) -> list[DueItem]:
        """Every due item, in the order of the lines (DatabaseFault when changed without the key)."""
        return ITEMS.validate_json(self._state.checked_items())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DueItems) and other._state.items_sha256 == self._state.items_sha256

    def __hash__(self) -> int:
        return hash(self._state.items_sha256)
