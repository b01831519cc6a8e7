"""The dose gate: the one place that says whether an action on a dose slot may go ahead.

`check(...)` is a pure function of the protocol, the patient's chart (history and dose records),
the slot, the action and the day (plus the signed-in person for the four-eyes rule and the real
date of a late entry). Every use case, list and sheet asks it; none decides on its own. It applies,
by rule ID (docs/clinical-rules.md):
- the slot's planned status (MISS-1 missed, TOX-5 discontinued, ended, done, omitted, waiting); a
  late entry only on a real date inside the slot's window, before today (MISS-2);
- spacing: never two doses of one drug on one day (INT-1), never closer than the drug's minimum
  interval (INT-2);
- the dose level in force and the reductions severe toxicity demands (TOX-4, DOSE-4);
- the weight: measured within its maximum age before the dose (DOSE-5), a large change decided
  (DOSE-6);
- the labs: no preparation while the latest labs say hold, "labs pending" when there are none
  (LAB-2); none given unless they say ok (LAB-1);
- the dose record: only the slot's current record moves (REC-1, REC-3), one that no longer matches
  the weight, level, cohort, protocol or arithmetic is refused (REC-2, REC-4), verified by another
  pharmacist (ROLE-2), not expired (PREP-3), every step signed (REC-5);
- premedication recorded and signed before a cycle-1 infusion, never inferred (PREMED-2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from .dose_level import LevelState, level_state
from .dose_records import DoseRecordState, DoseStatus, PatientChart
from .dosing import calculate_paclitaxel
from .gate_model import GateAction, NeededDecision, Reason, Verdict, verdict
from .history_index import HistoryIndex
from .lab_check import LabState, check_pre_dose_labs
from .plausibility import check_weight_change
from .protocol import Protocol
from .records import AdministrationStatus, Decision, DecisionKind, Measurement
from .schedule import plan_schedule
from .schedule_model import ItemCategory, ItemStatus, Schedule, ScheduleItem

KEEP = "keep"  # WEIGHT_CHANGE choice: calculate from the weight the previous dose used
_PHARMACY = (GateAction.CALCULATE, GateAction.PREPARE, GateAction.VERIFY)
_GIVING = (GateAction.ADMINISTER, GateAction.RECORD_LATE)
_DECISION_OF_RULE = {  # a planner rule that waits on an investigator -> the decision it waits for
    "paired_dose_not_given": DecisionKind.FLAT_DOSE_GIVE_SKIP,
    "decision_choice_unknown": DecisionKind.FLAT_DOSE_GIVE_SKIP,
    "after_discontinuation_required": DecisionKind.AFTER_DISCONTINUATION,
    "premedication_decision_required": DecisionKind.PREMEDICATION,
    "premedication_pending_tolerance": DecisionKind.PREMEDICATION,
}


@dataclass(frozen=True)
class Slot:
    """A dose slot: a drug on a cycle day."""

    drug: str
    cycle: int
    day: int


@dataclass(frozen=True)
class GateInput:
    """Everything one question to the gate rests on (planned once, asked many times)."""

    protocol: Protocol
    chart: PatientChart
    schedule: Schedule
    today: date
    now: datetime

    @classmethod
    def plan(cls, protocol: Protocol, chart: PatientChart, *, today: date, now: datetime,
             closed_days: frozenset[date] = frozenset()) -> GateInput:
        """Plan the patient's calendar on `today` and keep it for the questions that follow."""
        return cls(protocol, chart, plan_schedule(protocol, chart.history, today=today, closed_days=closed_days),
                   today, now)

    def item(self, slot: Slot) -> ScheduleItem | None:
        """The planned item of a slot, or None when the plan has no such dose."""
        return next((i for i in self.schedule.items if i.category in (ItemCategory.DOSE, ItemCategory.PREMEDICATION)
                     and (i.drug, i.cycle, i.day) == (slot.drug, slot.cycle, slot.day)), None)

    @cached_property
    def level(self) -> LevelState:
        """The dose level in force and what severe toxicity asks of it (TOX-4)."""
        return level_state(self.protocol, self.chart.history)


def check(gi: GateInput, slot: Slot, action: GateAction, *, actor: str | None = None, on: date | None = None,
          dose_record_id: int | None = None) -> Verdict:
    """May `action` be done on `slot`? `actor` is the signed-in username (four eyes), `on` the real
    date of a late entry, `dose_record_id` the record acted on (default: the slot's current one)."""
    item = gi.item(slot)
    if item is None:
        return verdict(action, [Reason(code="no_such_dose", values={"drug": slot.drug, "cycle": slot.cycle,
                                                                     "day": slot.day})])
    if not gi.chart.history.patient.active:
        return verdict(action, [Reason(code="patient_not_active", values={"subject_code": gi.schedule.subject_code})])
    reasons, decision = _status(gi, item, action, on)
    if reasons or action in (GateAction.HOLD, GateAction.OMIT):
        return verdict(action, reasons, decision)
    is_bsa = slot.drug == gi.protocol.bsa_drug.key
    if action is GateAction.CALCULATE and not is_bsa:
        return verdict(action, [Reason(code="not_calculated", values={"drug": slot.drug})])
    if action in (GateAction.PREPARE, GateAction.VERIFY) and not is_bsa:
        return verdict(action, [Reason(code="not_prepared_by_pharmacy", values={"drug": slot.drug})])
    dose_day = on if on is not None else (max(gi.today, item.planned_date) if action in _PHARMACY else gi.today)
    reasons += _spacing(gi, item, dose_day)
    notes: list[Reason] = []
    if is_bsa:
        level = gi.level
        decision = decision or _level_decision(level, item)
        if action is GateAction.CALCULATE:
            weight_reasons, weight_decision = _weight(gi, item, dose_day)
            reasons += weight_reasons
            decision = decision or weight_decision
        else:
            record_reasons, record = _record(gi, item, action, dose_record_id, actor)
            reasons += record_reasons
            if record is not None:
                reasons += stale_reasons(gi, record)
                if action in _GIVING:
                    reasons += _ready_to_give(gi, record, dose_day)
            lab_reasons, lab_notes = _labs(gi, dose_day, strict=action in _GIVING)
            reasons += lab_reasons
            notes += lab_notes
            if action in _GIVING:
                premed_reasons, premed_decision = _premedication(gi, item, dose_day)
                reasons += premed_reasons
                decision = decision or premed_decision
    return verdict(action, reasons, decision, notes)


# -- the slot's planned status ---------------------------------------------------------------
def _status(gi: GateInput, item: ScheduleItem, action: GateAction,
            on: date | None) -> tuple[list[Reason], NeededDecision | None]:
    status = item.status
    values: dict[str, str | int] = {"drug": item.drug or item.kind, "cycle": item.cycle or 0, "day": item.day or 0}
    if status is ItemStatus.DONE:
        return [Reason(code="dose_already_given", values={**values, **_on(item)})], None
    if status is ItemStatus.OMITTED:
        return [Reason(code="dose_omitted", values=values)], None
    if status is ItemStatus.NOT_APPLICABLE:
        return [Reason(code="not_applicable", values=values)], None
    if status in (ItemStatus.DISCONTINUED, ItemStatus.ENDED):
        code = "drug_discontinued" if status is ItemStatus.DISCONTINUED else "treatment_ended"
        return [Reason(code=code, values={**values, **{k: str(v) for k, v in item.rule.values.items()}})], None
    if action is GateAction.OMIT:
        return [], None
    window = {"planned_date": item.planned_date.isoformat(), "window_start": item.window.start.isoformat(),
              "window_end": item.window.end.isoformat()}
    if action is GateAction.HOLD:
        if item.category is ItemCategory.PREMEDICATION:
            return [Reason(code="hold_the_infusion", values=values)], None
        # A missed dose may be recorded as held once its window closed: a cycle start is then
        # postponed (MISS-4), a D8/D15 follows the missed-dose policy (MISS-3).
        if not (item.window.contains(gi.today) or status is ItemStatus.MISSED):
            code = "not_yet_due" if gi.today < item.window.start else "dose_missed"
            return [Reason(code=code, values={**values, **window})], None
        return [], None
    if status is ItemStatus.DECISION_REQUIRED:
        kind = _DECISION_OF_RULE.get(item.rule.code, DecisionKind.FLAT_DOSE_GIVE_SKIP)
        return [], NeededDecision(kind=kind, drug=item.drug, cycle=item.cycle, day=item.day,
                                  because=Reason(code=item.rule.code, values={k: str(v) for k, v in
                                                                              item.rule.values.items()}))
    if action is GateAction.RECORD_LATE:
        if on is None or on >= gi.today:
            return [Reason(code="late_entry_date_required", values={**values, "today": gi.today.isoformat()})], None
        if not item.window.contains(on):
            return [Reason(code="outside_window", values={**values, **window, "on": on.isoformat()})], None
        if status not in (ItemStatus.MISSED, ItemStatus.DUE):
            return [Reason(code="not_yet_due", values={**values, **window})], None
        return [], None
    if status is ItemStatus.MISSED:
        return [Reason(code="dose_missed", values={**values, **window})], None
    if status is ItemStatus.PLANNED:
        if item.rule.code == "waits_for_anchor":
            return [Reason(code="waits_for_previous_dose", values={**values, **window})], None
        if action is not GateAction.CALCULATE:
            return [Reason(code="not_yet_due", values={**values, **window})], None
    return [], None


def _on(item: ScheduleItem) -> dict[str, str]:
    return {"on": item.administration.on.isoformat()} if item.administration is not None else {}


# -- spacing (INT-1, INT-2) -------------------------------------------------------------------
def _spacing(gi: GateInput, item: ScheduleItem, day: date) -> list[Reason]:
    drug = item.drug or item.kind
    minimum = gi.protocol.drug(drug).min_interval_days if item.category is ItemCategory.DOSE else 0
    reasons: list[Reason] = []
    for given in gi.chart.history.administrations:
        if given.drug != drug or given.status is not AdministrationStatus.GIVEN:
            continue
        gap = abs((day - given.on).days)
        slot = f"C{given.cycle}D{given.day}"
        if gap == 0:
            reasons.append(Reason(code="same_drug_same_day", values={"drug": drug, "on": day.isoformat(),
                                                                     "given_slot": slot}))
        elif gap < minimum:
            reasons.append(Reason(code="interval_too_short", values={
                "drug": drug, "on": day.isoformat(), "given_slot": slot, "given_on": given.on.isoformat(),
                "days": gap, "minimum": minimum}))
    return reasons


# -- level (TOX-4) ----------------------------------------------------------------------------
def _level_decision(level: LevelState, item: ScheduleItem) -> NeededDecision | None:
    if not level.decision_required:
        return None
    event = level.pending[-1]
    because = Reason(code=event.code, values={"on": event.on.isoformat(), **event.values})
    if level.stop_required:
        return NeededDecision(kind=DecisionKind.DISCONTINUE_DRUG, drug=item.drug, proposed="discontinue",
                              because=because)
    return NeededDecision(kind=DecisionKind.DOSE_LEVEL, drug=item.drug, proposed=str(level.proposed), because=because)


# -- weight (DOSE-5, DOSE-6) ------------------------------------------------------------------
def dose_measurement(gi: GateInput, item: ScheduleItem, dose_day: date) -> Measurement | None:
    """The height and weight a dose on `dose_day` is calculated from: the latest measurement on or
    before it, with the weight the previous dose used when the investigator decided "keep"."""
    history = gi.chart.history
    measurement = HistoryIndex(history).latest_measurement(dose_day)
    if measurement is None:
        return None
    decision = _weight_decision(gi, item)
    used = gi.chart.weight_used_last(gi.protocol.bsa_drug.key)
    if decision is not None and decision.choice == KEEP and used is not None:
        return measurement.model_copy(update={"weight_kg": used.weight_kg})
    return measurement


def _weight_decision(gi: GateInput, item: ScheduleItem) -> Decision | None:
    return HistoryIndex(gi.chart.history).latest_decision(DecisionKind.WEIGHT_CHANGE, cycle=item.cycle, day=item.day)


def _weight(gi: GateInput, item: ScheduleItem, dose_day: date) -> tuple[list[Reason], NeededDecision | None]:
    measured = HistoryIndex(gi.chart.history).latest_measurement(dose_day)
    if measured is None:
        return [Reason(code="measurement_required", values={"field": "weight", "unit": "kg"})], None
    age = (dose_day - measured.measured_on).days
    if age > gi.protocol.weight.max_age_days:
        return [Reason(code="weight_too_old", values={
            "field": "weight", "measured_on": measured.measured_on.isoformat(), "dose_date": dose_day.isoformat(),
            "age_days": age, "max_age_days": gi.protocol.weight.max_age_days})], None
    used = gi.chart.weight_used_last(gi.protocol.bsa_drug.key)
    change = check_weight_change(gi.protocol, measured.weight_kg,
                                 weight_used_last_dose_kg=used.weight_kg if used is not None else None)
    if change and _weight_decision(gi, item) is None:
        return [], NeededDecision(kind=DecisionKind.WEIGHT_CHANGE, drug=item.drug, cycle=item.cycle, day=item.day,
                                  because=Reason(code=change[0].code, values=dict(change[0].values)))
    return [], None


# -- the dose record (REC-1 to REC-5, ROLE-2, PREP-3) -----------------------------------------
def _record(gi: GateInput, item: ScheduleItem, action: GateAction, dose_record_id: int | None,
            actor: str | None) -> tuple[list[Reason], DoseRecordState | None]:
    live = gi.chart.live_record(item.drug or item.kind, item.cycle or 0, item.day or 0)
    record = gi.chart.record(dose_record_id) if dose_record_id is not None else live
    if record is None:
        code = "dose_record_required" if dose_record_id is None else "dose_record_unknown"
        return [Reason(code=code, values={"cycle": item.cycle or 0, "day": item.day or 0})], None
    if (record.drug, record.cycle, record.day) != (item.drug, item.cycle, item.day):
        return [Reason(code="dose_record_mismatch", values={"dose_record_id": record.id})], None
    if not record.live:
        return [Reason(code="dose_record_void", values={"dose_record_id": record.id,
                                                        "reason": record.void_reason or ""})], None
    if live is not None and record.id != live.id:
        return [Reason(code="not_current_record", values={"dose_record_id": record.id, "current": live.id})], None
    if record.unsigned_steps:
        return [Reason(code="unsigned_step", values={"dose_record_id": record.id,
                                                     "steps": ", ".join(record.unsigned_steps)})], record
    wanted = {GateAction.PREPARE: DoseStatus.CALCULATED, GateAction.VERIFY: DoseStatus.PREPARED}.get(
        action, DoseStatus.VERIFIED)
    if record.status is not wanted:
        code = {GateAction.PREPARE: "already_prepared", GateAction.VERIFY: "not_prepared"}.get(
            action, "dose_not_verified")
        if action is GateAction.VERIFY and record.status is DoseStatus.VERIFIED:
            code = "already_verified"
        return [Reason(code=code, values={"dose_record_id": record.id, "status": record.status.value})], record
    if action is GateAction.VERIFY and actor is not None and actor == record.prepared_by:
        return [Reason(code="four_eyes", values={"dose_record_id": record.id,
                                                 "prepared_by": record.prepared_by or ""})], record
    return [], record


def stale_reasons(gi: GateInput, record: DoseRecordState) -> list[Reason]:
    """Why a record no longer matches what a calculation today would use (REC-2, REC-4): another
    protocol file, level, cohort, height or weight, or arithmetic that no longer reproduces."""
    level = gi.level
    snap = record.snapshot
    values: dict[str, str | int] = {"dose_record_id": record.id}
    if record.protocol_sha256 != gi.protocol.sha256:
        return [Reason(code="protocol_changed", values={**values, "record_sha256": record.protocol_sha256[:12],
                                                        "protocol_sha256": gi.protocol.short_sha})]
    reasons: list[Reason] = []
    if snap.dose.level != level.current:
        reasons.append(Reason(code="level_changed", values={**values, "record_level": snap.dose.level,
                                                            "level": level.current}))
    if snap.cohort is not None and snap.cohort != gi.chart.history.patient.cohort:
        reasons.append(Reason(code="cohort_changed", values={**values, "record_cohort": snap.cohort,
                                                             "cohort": gi.chart.history.patient.cohort}))
    item = gi.item(Slot(record.drug, record.cycle, record.day))
    expected = dose_measurement(gi, item, snap.dose_date) if item is not None else None
    if expected is not None and (expected.height_cm, expected.weight_kg) != (snap.measurement.height_cm,
                                                                             snap.measurement.weight_kg):
        reasons.append(Reason(code="weight_changed", values={
            **values, "record_weight_kg": str(snap.measurement.weight_kg), "weight_kg": str(expected.weight_kg),
            "record_height_cm": str(snap.measurement.height_cm), "height_cm": str(expected.height_cm)}))
    again = calculate_paclitaxel(gi.protocol, snap.dose.height_cm, snap.dose.weight_kg, level=snap.dose.level,
                                 formula=snap.dose.formula)
    if again != snap.dose:
        reasons.append(Reason(code="calculation_mismatch", values={
            **values, "stored_mg": str(snap.dose.dose_mg), "recalculated_mg": str(again.dose_mg)}))
    return reasons


def _ready_to_give(gi: GateInput, record: DoseRecordState, day: date) -> list[Reason]:
    values: dict[str, str | int] = {"dose_record_id": record.id}
    reasons: list[Reason] = []
    if day == gi.today and record.expired(gi.now):
        reasons.append(Reason(code="preparation_expired", values={
            **values, "expired_at": record.expires_at.isoformat() if record.expires_at else ""}))
    if record.verified_at is not None and record.verified_at.date() > day:
        reasons.append(Reason(code="verified_after_given", values={**values, "on": day.isoformat()}))
    age = (day - record.snapshot.measurement.measured_on).days
    if age > gi.protocol.weight.max_age_days:
        reasons.append(Reason(code="weight_too_old", values={
            "field": "weight", "measured_on": record.snapshot.measurement.measured_on.isoformat(),
            "dose_date": day.isoformat(), "age_days": age, "max_age_days": gi.protocol.weight.max_age_days}))
    return reasons


# -- labs (LAB-1, LAB-2) ----------------------------------------------------------------------
def _labs(gi: GateInput, day: date, *, strict: bool) -> tuple[list[Reason], list[Reason]]:
    """Giving needs labs that say ok; preparing is refused only while they say hold (no labs yet,
    or only old ones: allowed, noted "labs pending")."""
    labs = check_pre_dose_labs(gi.protocol, gi.chart.history.labs, day)
    state = labs.state
    if state is LabState.OK:
        return [], []
    problems = [Reason(code=p.code, values=dict(p.values)) for p in labs.problems]
    if state is LabState.HOLD:
        return [Reason(code="labs_say_hold", values={"problems": ", ".join(p.code for p in labs.problems)}),
                *problems], []
    if strict:
        return [Reason(code="labs_missing" if state is LabState.MISSING else "labs_too_old",
                       values=dict(labs.problems[0].values))], []
    return [], [Reason(code="labs_pending", values={"state": state.value, **labs.problems[0].values})]


# -- premedication (PREMED-2) -----------------------------------------------------------------
def _premedication(gi: GateInput, item: ScheduleItem, day: date) -> tuple[list[Reason], NeededDecision | None]:
    """An infusion whose premedication the plan requires needs it recorded and signed that same day
    (or the investigator's omission); nothing is inferred (PREMED-2)."""
    premed = gi.protocol.premedication.drug
    own = next((i for i in gi.schedule.items if i.kind == premed and (i.cycle, i.day) == (item.cycle, item.day)),
               None)
    if own is None or own.status in (ItemStatus.OMITTED, ItemStatus.NOT_APPLICABLE):
        return [], None
    given_that_day = any(a.drug == premed and (a.cycle, a.day) == (item.cycle, item.day) and a.on == day
                         and a.status is AdministrationStatus.GIVEN for a in gi.chart.history.administrations)
    if given_that_day:
        return [], None
    if own.status is ItemStatus.DECISION_REQUIRED:
        return [], NeededDecision(kind=DecisionKind.PREMEDICATION, drug=premed, cycle=item.cycle, day=item.day,
                                  because=Reason(code=own.rule.code, values={k: str(v) for k, v in
                                                                             own.rule.values.items()}))
    values: dict[str, str | int] = {"drug": premed, "cycle": item.cycle or 0, "day": item.day or 0,
                                    "on": day.isoformat()}
    return [Reason(code="premedication_not_recorded", values=values)], None
