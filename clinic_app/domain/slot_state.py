"""Where one dose slot stands on a day, as Today, the calendar and the sheets show it: the lab
verdict, the weight's age, how far the pharmacy got, when the preparation expires, the decision it
waits for and the reasons it cannot be given now. Everything here comes from the gate (gate.py),
so a list never says "due" where the gate would refuse.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict

from .dose_records import DoseStatus
from .gate import GateInput, Slot, check
from .gate_model import GateAction, NeededDecision, Reason
from .history_index import HistoryIndex
from .lab_check import LabCheck, check_pre_dose_labs
from .schedule_model import ItemCategory, ItemStatus, ScheduleItem


class DoseProgress(StrEnum):
    """How far a dose has come: pharmacy steps of a BSA dose, or given."""

    NOT_CALCULATED = "not_calculated"
    CALCULATED = "calculated"
    PREPARED = "prepared"
    VERIFIED = "verified"
    GIVEN = "given"
    NO_PHARMACY_STEP = "no_pharmacy_step"  # a flat dose or a premedication: no record to prepare


class WeightState(BaseModel):
    """The weight a BSA dose on a day would use, and whether it is still recent enough (DOSE-5)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    measured_on: date
    age_days: int
    max_age_days: int

    @property
    def too_old(self) -> bool:
        """True when the weight is more than `max_age_days` days old (too old to dose on)."""
        return self.age_days > self.max_age_days


class SlotState(BaseModel):
    """One dose slot on a day: what a nurse or pharmacist needs to see before acting on it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    dose_day: date
    labs: LabCheck | None = None
    weight: WeightState | None = None
    progress: DoseProgress
    record_id: int | None = None
    expires_at: AwareDatetime | None = None
    decision: NeededDecision | None = None
    blocking: tuple[Reason, ...] = ()  # why it cannot be given today (empty: it can)
    notes: tuple[Reason, ...] = ()

    @property
    def provisional(self) -> bool:
        """True while a BSA dose shown for the slot is not the verified record's (a forecast)."""
        return self.progress in (DoseProgress.NOT_CALCULATED, DoseProgress.CALCULATED, DoseProgress.PREPARED)


_PROGRESS = {DoseStatus.CALCULATED: DoseProgress.CALCULATED, DoseStatus.PREPARED: DoseProgress.PREPARED,
             DoseStatus.VERIFIED: DoseProgress.VERIFIED}


def slot_state(gi: GateInput, item: ScheduleItem) -> SlotState:
    """The state of a dose or premedication item (visits have none)."""
    if item.category not in (ItemCategory.DOSE, ItemCategory.PREMEDICATION) or item.drug is None:
        raise ValueError(f"{item.uid} is not a dose")
    slot = Slot(item.drug, item.cycle or 0, item.day or 0)
    day = max(gi.today, item.planned_date) if item.status is not ItemStatus.DONE else item.planned_date
    give = check(gi, slot, GateAction.ADMINISTER)
    is_bsa = item.drug == gi.protocol.bsa_drug.key
    if item.status is ItemStatus.DONE:
        progress = DoseProgress.GIVEN
    elif not is_bsa:
        progress = DoseProgress.NO_PHARMACY_STEP
    else:
        record = gi.chart.live_record(slot.drug, slot.cycle, slot.day)
        progress = _PROGRESS[record.status] if record is not None else DoseProgress.NOT_CALCULATED
    record = gi.chart.live_record(slot.drug, slot.cycle, slot.day) if is_bsa else None
    labs = weight = None
    if is_bsa and item.status is not ItemStatus.DONE:
        labs = check_pre_dose_labs(gi.protocol, gi.chart.history.labs, day)
        measured = HistoryIndex(gi.chart.history).latest_measurement(day)
        if measured is not None:
            weight = WeightState(measured_on=measured.measured_on, age_days=(day - measured.measured_on).days,
                                 max_age_days=gi.protocol.weight.max_age_days)
    decision = give.decision
    if decision is None and is_bsa and item.status is not ItemStatus.DONE:
        # A level decision after severe toxicity (TOX-4) or a weight-change decision (DOSE-6) is
        # asked for at the calculation: a dose not yet due waits for it all the same.
        decision = check(gi, slot, GateAction.CALCULATE).decision
    return SlotState(dose_day=day, labs=labs, weight=weight, progress=progress,
                     record_id=record.id if record is not None else None,
                     expires_at=record.expires_at if record is not None else None, decision=decision,
                     blocking=give.reasons, notes=give.notes)
