"""What is due for one patient on a date, with the dose that applies.

`next_due` plans the calendar (schedule.plan_schedule) and picks the actionable items: every
overdue item, every item whose window holds `today` (a held D1 still in its window included), the
earliest item of each kind that waits for an investigator's decision, and the items of the next
planned date (upcoming). Doses: the BSA drug from the latest measurement and the current dose
level (the latest DOSE_LEVEL decision, default 0); a flat drug from the patient's cohort; the
premedication from the protocol. Without a measurement the BSA dose is the code
"needs_measurement", never a guess.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from .dosing import FlatDose, PaclitaxelDose, calculate_paclitaxel, flat_dose
from .errors import RuleError
from .history_index import HistoryIndex
from .protocol import Protocol
from .records import DecisionKind, Measurement, PatientHistory
from .schedule import plan_schedule
from .schedule_model import ItemCategory, ItemStatus, ScheduleItem


class DueStatus(StrEnum):
    """How urgent an item is on the day asked about."""

    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"
    DECISION_REQUIRED = "decision_required"


class DoseCode(StrEnum):
    """Which kind of dose applies (or why none can be given yet)."""

    BSA = "bsa"
    FLAT = "flat"
    PREMEDICATION = "premedication"
    NEEDS_MEASUREMENT = "needs_measurement"


class DueDose(BaseModel):
    """The dose of a due item: exactly one of `bsa`, `flat`, `premedication_mg` is set, or none
    with code NEEDS_MEASUREMENT. `measurement` is the height/weight the BSA dose was computed from."""

    model_config = ConfigDict(frozen=True)

    code: DoseCode
    drug: str
    level: int | None = None
    bsa: PaclitaxelDose | None = None
    flat: FlatDose | None = None
    premedication_mg: Decimal | None = None
    measurement: Measurement | None = None


class DueItem(BaseModel):
    """One actionable or upcoming item and its dose (None for visits)."""

    model_config = ConfigDict(frozen=True)

    item: ScheduleItem
    status: DueStatus
    dose: DueDose | None = None


_LEVEL = re.compile(r"-?[0-9]+")  # ASCII digits only: never int() of full-width digits

_STATUS = {
    ItemStatus.OVERDUE: DueStatus.OVERDUE,
    ItemStatus.DUE: DueStatus.DUE_TODAY,
    ItemStatus.HELD: DueStatus.DUE_TODAY,
    ItemStatus.DECISION_REQUIRED: DueStatus.DECISION_REQUIRED,
    ItemStatus.PLANNED: DueStatus.UPCOMING,
}


def next_due(
    protocol: Protocol,
    history: PatientHistory,
    *,
    today: date,
    closed_days: frozenset[date] = frozenset(),
    c1d1: date | None = None,
) -> list[DueItem]:
    """The patient's actionable and next upcoming items on `today`, in date order, with doses.

    Raises RuleError("c1d1_unknown") when no C1D1 is known, RuleError("invalid_dose_level_decision")
    when the latest dose-level decision is not an integer level, InputError from the dose
    calculation for a level the protocol lacks.
    """
    schedule = plan_schedule(protocol, history, today=today, closed_days=closed_days, c1d1=c1d1)
    chosen: list[ScheduleItem] = []
    decided_kinds: set[str] = set()
    upcoming = min((it.planned_date for it in schedule.items if it.status is ItemStatus.PLANNED), default=None)
    for item in schedule.items:
        if item.status in (ItemStatus.OVERDUE, ItemStatus.DUE, ItemStatus.HELD):
            chosen.append(item)
        elif item.status is ItemStatus.DECISION_REQUIRED and item.kind not in decided_kinds:
            decided_kinds.add(item.kind)  # the earliest one per kind is the one to act on
            chosen.append(item)
        elif item.status is ItemStatus.PLANNED and item.planned_date == upcoming:
            chosen.append(item)
    records = HistoryIndex(history)
    measurement = records.latest_measurement(today)
    level = current_level(history)
    return [
        DueItem(item=item, status=due_status(item, today),
                dose=_dose_of(protocol, history, item, measurement, level))
        for item in chosen
    ]


def due_status(item: ScheduleItem, today: date) -> DueStatus:
    """How urgent an item is on `today`. An item whose window is open but whose planned date is
    still ahead reads "upcoming" (it may be done early), not "due today": a nurse reading
    "due today" beside Wednesday's date on a Monday would be misled."""
    if item.status is ItemStatus.DUE and item.planned_date > today:
        return DueStatus.UPCOMING
    return _STATUS[item.status]


def current_level(history: PatientHistory) -> int:
    """The patient's dose level: the latest DOSE_LEVEL decision's choice ("0", "-1"...), default 0.

    Raises RuleError("invalid_dose_level_decision") when that choice is not an integer.
    """
    decision = HistoryIndex(history).latest_decision(DecisionKind.DOSE_LEVEL)
    if decision is None:
        return 0
    text = decision.choice.strip()
    if _LEVEL.fullmatch(text) is None:
        raise RuleError("invalid_dose_level_decision", {"field": "level", "text": decision.choice,
                                                        "hint": "a whole number such as 0, -1 or -2"})
    return int(text)


def _dose_of(
    protocol: Protocol,
    history: PatientHistory,
    item: ScheduleItem,
    measurement: Measurement | None,
    level: int,
) -> DueDose | None:
    if item.category is ItemCategory.PREMEDICATION:
        return DueDose(code=DoseCode.PREMEDICATION, drug=item.kind, premedication_mg=protocol.premedication.dose_mg)
    if item.category is not ItemCategory.DOSE or item.drug is None:
        return None
    drug = protocol.drug(item.drug)
    if drug.basis == "flat":
        return DueDose(code=DoseCode.FLAT, drug=drug.key, flat=flat_dose(protocol, drug.key, history.patient.cohort))
    if measurement is None:
        return DueDose(code=DoseCode.NEEDS_MEASUREMENT, drug=drug.key, level=level)
    bsa = calculate_paclitaxel(protocol, measurement.height_cm, measurement.weight_kg, level=level)
    return DueDose(code=DoseCode.BSA, drug=drug.key, level=level, bsa=bsa, measurement=measurement)
