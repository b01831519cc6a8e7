"""What is due for one patient on a date, with the dose that applies and where each dose stands.

`due_items` picks from the planned calendar: every dose due today, every missed dose still to be
recorded (MISS-1: to record, never to give), every overdue visit, the earliest item of each kind
that waits for an investigator's decision, the next discontinued or ended item of each drug (so the
reason shows), and the items of the next planned date (upcoming). Each dose item carries its
`SlotState` from the gate (labs, weight age, pharmacy progress, expiry, blocking reasons).

Doses: a BSA dose is the slot's current dose record when there is one (verified: final; else
provisional), otherwise a forecast from the weight the gate would use at the current level (always
provisional); no figure when the weight is missing or too old, or while a level decision is
pending. A flat dose comes from the patient's cohort; a premedication from the protocol.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from .dose_level import current_level
from .dose_records import PatientChart
from .dosing import FlatDose, PaclitaxelDose, calculate_paclitaxel, flat_dose
from .gate import GateInput, dose_measurement
from .preparation import PreparationPlan, plan_preparation
from .protocol import Protocol
from .records import Measurement, PatientHistory
from .schedule import plan_schedule
from .schedule_model import ItemCategory, ItemStatus, ScheduleItem
from .slot_state import SlotState, slot_state

__all__ = ["DoseCode", "DueDose", "DueItem", "DueStatus", "current_level", "due_items", "due_status", "next_due"]


class DueStatus(StrEnum):
    """How urgent an item is on the day asked about."""

    OVERDUE = "overdue"                      # a visit past its window
    MISSED = "missed"                        # a dose past its window: record what happened
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"
    DECISION_REQUIRED = "decision_required"
    DISCONTINUED = "discontinued"            # the drug was stopped (TOX-5)
    ENDED = "ended"                          # treatment ended


class DoseCode(StrEnum):
    """Which kind of dose applies (or why none can be shown yet)."""

    BSA = "bsa"
    FLAT = "flat"
    PREMEDICATION = "premedication"
    NEEDS_MEASUREMENT = "needs_measurement"      # no weight yet
    WEIGHT_TOO_OLD = "weight_too_old"            # a new weight is needed before a dose can be worked out
    LEVEL_DECISION_REQUIRED = "level_decision_required"  # severe toxicity: the investigator decides first


class DueDose(BaseModel):
    """The dose of a due item: exactly one of `bsa`, `flat`, `premedication_mg` is set, or none
    with a code saying why. `measurement` is the height/weight the BSA dose was worked out from;
    `provisional` is True unless the figure is the slot's verified dose record."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: DoseCode
    drug: str
    level: int | None = None
    bsa: PaclitaxelDose | None = None
    preparation: PreparationPlan | None = None  # of the BSA dose: the record's (as prepared), or a forecast
    flat: FlatDose | None = None
    premedication_mg: Decimal | None = None
    measurement: Measurement | None = None
    provisional: bool = False
    record_id: int | None = None


class DueItem(BaseModel):
    """One actionable or upcoming item, its dose (None for visits) and, for doses, its state."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    item: ScheduleItem
    status: DueStatus
    dose: DueDose | None = None
    state: SlotState | None = None


_STATUS = {
    ItemStatus.OVERDUE: DueStatus.OVERDUE,
    ItemStatus.MISSED: DueStatus.MISSED,
    ItemStatus.DUE: DueStatus.DUE_TODAY,
    ItemStatus.DECISION_REQUIRED: DueStatus.DECISION_REQUIRED,
    ItemStatus.PLANNED: DueStatus.UPCOMING,
    ItemStatus.DISCONTINUED: DueStatus.DISCONTINUED,
    ItemStatus.ENDED: DueStatus.ENDED,
}
_SHOWN_ONCE = (ItemStatus.DECISION_REQUIRED, ItemStatus.DISCONTINUED, ItemStatus.ENDED)


def next_due(
    protocol: Protocol,
    history: PatientHistory,
    *,
    today: date,
    closed_days: frozenset[date] = frozenset(),
    c1d1: date | None = None,
) -> list[DueItem]:
    """The due items of a patient with no dose records yet (planning, tests); see `due_items`."""
    chart = PatientChart(history=history)
    schedule = plan_schedule(protocol, history, today=today, closed_days=closed_days, c1d1=c1d1)
    noon = datetime.combine(today, time(12), tzinfo=timezone.utc)
    return due_items(GateInput(protocol, chart, schedule, today, noon))


def due_items(gi: GateInput) -> list[DueItem]:
    """The patient's actionable and next upcoming items on `gi.today`, in date order, with doses
    and states. Raises RuleError("invalid_dose_level_decision") for a level decision that is not
    a whole number."""
    chosen: list[ScheduleItem] = []
    once: set[tuple[str, ItemStatus]] = set()
    upcoming = min((it.planned_date for it in gi.schedule.items if it.status is ItemStatus.PLANNED), default=None)
    for item in gi.schedule.items:
        if item.status in (ItemStatus.OVERDUE, ItemStatus.MISSED, ItemStatus.DUE):
            chosen.append(item)
        elif item.status in _SHOWN_ONCE and (item.kind, item.status) not in once:
            if item.status is ItemStatus.DECISION_REQUIRED or item.window.end >= gi.today:
                once.add((item.kind, item.status))  # the earliest one per kind says it for all
                chosen.append(item)
        elif item.status is ItemStatus.PLANNED and item.planned_date == upcoming:
            chosen.append(item)
    return [_due_item(gi, item) for item in chosen]


def _due_item(gi: GateInput, item: ScheduleItem) -> DueItem:
    if item.category not in (ItemCategory.DOSE, ItemCategory.PREMEDICATION) or item.status is ItemStatus.DONE:
        return DueItem(item=item, status=due_status(item, gi.today))
    state = slot_state(gi, item)
    status = due_status(item, gi.today)
    # A dose stopped for good shows no figure: nothing about it reads like a dose to give (TOX-5).
    dose = None if status in (DueStatus.DISCONTINUED, DueStatus.ENDED) else _dose_of(gi, item, state)
    return DueItem(item=item, status=status, dose=dose, state=state)


def due_status(item: ScheduleItem, today: date) -> DueStatus:
    """How urgent an item is on `today`. An item whose window is open but whose planned date is
    still ahead reads "upcoming" (it may be done early), not "due today": a nurse reading
    "due today" beside Wednesday's date on a Monday would be misled."""
    if item.status is ItemStatus.DUE and item.planned_date > today:
        return DueStatus.UPCOMING
    return _STATUS[item.status]


def _dose_of(gi: GateInput, item: ScheduleItem, state: SlotState) -> DueDose | None:
    protocol = gi.protocol
    if item.category is ItemCategory.PREMEDICATION:
        return DueDose(code=DoseCode.PREMEDICATION, drug=item.kind, premedication_mg=protocol.premedication.dose_mg)
    if item.drug is None:
        return None
    drug = protocol.drug(item.drug)
    if drug.basis == "flat":
        return DueDose(code=DoseCode.FLAT, drug=drug.key,
                       flat=flat_dose(protocol, drug.key, gi.chart.history.patient.cohort))
    level = gi.level
    record = gi.chart.live_record(drug.key, item.cycle or 0, item.day or 0)
    if record is not None:
        snap = record.snapshot
        return DueDose(code=DoseCode.BSA, drug=drug.key, level=snap.dose.level, bsa=snap.dose, preparation=record.plan,
                       measurement=snap.measurement, provisional=state.provisional, record_id=record.id)
    if level.decision_required:
        return DueDose(code=DoseCode.LEVEL_DECISION_REQUIRED, drug=drug.key, level=level.current)
    measurement = dose_measurement(gi, item, state.dose_day)
    if measurement is None:
        return DueDose(code=DoseCode.NEEDS_MEASUREMENT, drug=drug.key, level=level.current)
    if state.weight is not None and state.weight.too_old:
        return DueDose(code=DoseCode.WEIGHT_TOO_OLD, drug=drug.key, level=level.current, measurement=measurement)
    bsa = calculate_paclitaxel(protocol, measurement.height_cm, measurement.weight_kg, level=level.current)
    return DueDose(code=DoseCode.BSA, drug=drug.key, level=level.current, bsa=bsa, measurement=measurement,
                   preparation=plan_preparation(protocol, bsa.dose_mg), provisional=True)
