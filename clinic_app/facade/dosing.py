"""Calculate, prepare, verify, administer, hold: the dose path from the calculation to the chair.

Each step is signed by the person who did it (password re-entered). The calculation is frozen as
a snapshot with the protocol's version and SHA-256; preparation and verification refer to that
frozen record, and the verifier re-runs the arithmetic from the snapshot's inputs so that a record
that no longer matches the protocol or the code is refused, never dispensed.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from clinic_app.domain.dosing import PaclitaxelDose, calculate_paclitaxel, flat_dose
from clinic_app.domain.due import current_level
from clinic_app.domain.errors import InputError, RuleError
from clinic_app.domain.history_index import HistoryIndex
from clinic_app.domain.lab_check import LabCheck, LabVerdict, check_pre_dose_labs
from clinic_app.domain.permissions import Action
from clinic_app.domain.plausibility import (
    PlausibilityWarning,
    check_body,
    check_measurement_date,
    check_weight_change,
)
from clinic_app.domain.preparation import PreparationPlan, plan_preparation
from clinic_app.domain.records import (
    Administration,
    AdministrationStatus,
    DecisionKind,
    HoldReason,
    Measurement,
    PatientHistory,
    SignatureMeaning,
    Tolerance,
)
from clinic_app.domain.schedule import plan_schedule
from clinic_app.domain.schedule_model import ItemStatus, Schedule, ScheduleItem
from clinic_app.store import DoseRecord, DoseStatus

from .base import ClinicBase
from .patients import require_acknowledged
from .views import DoseRecordView, Session

_PENDING = {ItemStatus.PLANNED, ItemStatus.DUE, ItemStatus.OVERDUE, ItemStatus.HELD}
_GIVABLE = {ItemStatus.DUE, ItemStatus.OVERDUE, ItemStatus.HELD}  # the window is open (or past)
RECALCULATE, KEEP = "recalculate", "keep"


class DosingMixin(ClinicBase):
    # -- planning helpers shared by the use cases ------------------------------------------
    def _closed_days(self) -> frozenset[date]:
        return frozenset(c.day for c in self._store.site.closed_days())

    def _schedule(self, history: PatientHistory, today: date) -> Schedule:
        return plan_schedule(self._protocol, history, today=today, closed_days=self._closed_days())

    def _item(self, schedule: Schedule, drug: str, cycle: int, day: int) -> ScheduleItem:
        for item in schedule.items:
            if item.drug == drug and item.cycle == cycle and item.day == day:
                return item
        raise RuleError("no_such_dose", {"field": "cycle/day", "drug": drug, "cycle": cycle, "day": day})

    # -- calculation -----------------------------------------------------------------------
    def _weight_used_last(self, subject_code: str, drug: str, history: PatientHistory) -> Decimal | None:
        """Weight (kg) the most recent GIVEN dose of `drug` was calculated from."""
        given = {(a.cycle, a.day) for a in history.administrations
                 if a.drug == drug and a.status is AdministrationStatus.GIVEN}
        for record in reversed(self._store.dosing.dose_records(subject_code)):
            if record.drug == drug and (record.cycle, record.day) in given:
                return Decimal(json.loads(record.snapshot_json)["measurement"]["weight_kg"])
        return None

    def _dose_inputs(self, history: PatientHistory, item: ScheduleItem, dose_date: date,
                     weight_used_last: Decimal | None) -> tuple[Measurement, list[PlausibilityWarning]]:
        """The measurement the dose is calculated from, after the weight-age and weight-change rules."""
        records = HistoryIndex(history)
        measurement = records.latest_measurement(dose_date)
        if measurement is None:
            raise RuleError("measurement_required", {"field": "weight", "unit": "kg",
                                                     "subject_code": history.patient.subject_code})
        stale = check_measurement_date(self._protocol, measurement.measured_on, dose_date=dose_date,
                                       today=self.today())
        if stale:  # a rule, not a warning: the dose needs a weight measured within the limit
            raise RuleError("weight_too_old", {"field": "weight", **stale[0].values})
        change = check_weight_change(self._protocol, measurement.weight_kg,
                                     weight_used_last_dose_kg=weight_used_last)
        if change:
            decision = next((d for d in reversed(history.decisions) if d.kind is DecisionKind.WEIGHT_CHANGE
                             and d.cycle == item.cycle and d.day == item.day), None)
            if decision is None:
                raise RuleError("weight_change_decision_required", dict(change[0].values))
            if decision.choice == KEEP and weight_used_last is not None:
                measurement = measurement.model_copy(update={"weight_kg": weight_used_last})
        return measurement, change

    def calculate_dose(self, session: Session, subject_code: str, *, cycle: int, day: int,
                       acknowledged: frozenset[str] = frozenset()) -> DoseRecordView:
        """Calculate and freeze the BSA dose for a pending slot (weight age and change rules enforced).

        Raises RuleError: no_such_dose, dose_not_pending, measurement_required, weight_too_old,
        weight_change_decision_required, acknowledgement_required (implausible body values).
        """
        self._require(session, Action.CALCULATE_DOSE)
        drug = self._protocol.bsa_drug
        history = self._store.history(subject_code)
        today = self.today()
        item = self._item(self._schedule(history, today), drug.key, cycle, day)
        if item.status not in _PENDING:
            raise RuleError("dose_not_pending", {"field": "cycle/day", "cycle": cycle, "day": day,
                                                 "status": item.status.value})
        dose_date = max(today, item.planned_date)
        weight_used_last = self._weight_used_last(subject_code, drug.key, history)
        measurement, change = self._dose_inputs(history, item, dose_date, weight_used_last)
        dose = calculate_paclitaxel(self._protocol, measurement.height_cm, measurement.weight_kg,
                                    level=current_level(history))
        warnings = check_body(self._protocol, measurement.height_cm, measurement.weight_kg, dose.bsa_m2)
        require_acknowledged(warnings, acknowledged)
        preparation = plan_preparation(self._protocol, dose.dose_mg)
        labs = check_pre_dose_labs(self._protocol, history.labs, dose_date)
        snapshot: dict[str, Any] = {
            "protocol": {"id": self._protocol.protocol.id, "version": self._protocol.protocol.version,
                         "sha256": self._protocol.sha256},
            "dose_date": dose_date.isoformat(),
            "measurement": measurement.model_dump(mode="json"),
            "dose": dose.model_dump(mode="json"),
            "preparation": preparation.model_dump(mode="json"),
            "warnings": [w.model_dump(mode="json") for w in [*warnings, *change]],
            "acknowledged": sorted(w.code for w in warnings),
            "lab_check": labs.model_dump(mode="json"),
        }
        record = self._store.dosing.create_dose_record(
            subject_code, drug.key, cycle, day, snapshot, protocol_version=self._protocol.protocol.version,
            protocol_sha256=self._protocol.sha256, actor=session.username)
        return self._view(record)

    # -- reading dose records --------------------------------------------------------------
    def _view(self, record: DoseRecord) -> DoseRecordView:
        snap = json.loads(record.snapshot_json)
        preparation = self._store.dosing.preparation(record.id)
        plan_data = preparation.details["plan"] if preparation is not None else snap["preparation"]
        signatures = [*self._store.signatures.for_record("dose_records", record.id)]
        if preparation is not None:
            signatures += self._store.signatures.for_record("preparations", preparation.id)
        verification = self._store.dosing.verification(record.id)
        if verification is not None:
            signatures += self._store.signatures.for_record("verifications", verification.id)
        return DoseRecordView(
            id=record.id, row_version=record.row_version, subject_code=record.subject_code, drug=record.drug,
            cycle=record.cycle, day=record.day, dose_date=date.fromisoformat(snap["dose_date"]),
            dose=PaclitaxelDose.model_validate(snap["dose"]),
            preparation=PreparationPlan.model_validate(plan_data),
            warnings=tuple(PlausibilityWarning.model_validate(w) for w in snap["warnings"]),
            acknowledged=tuple(snap["acknowledged"]), lab_check=LabCheck.model_validate(snap["lab_check"]),
            measurement=Measurement.model_validate(snap["measurement"]), status=record.status,
            protocol_version=record.protocol_version, protocol_sha256=record.protocol_sha256,
            calculated_by=record.calculated_by, calculated_at=record.calculated_at, signatures=tuple(signatures))

    def dose_record(self, session: Session, dose_record_id: int) -> DoseRecordView:
        """One frozen dose calculation with its pharmacy state and signatures."""
        self._require(session, Action.VIEW_PATIENTS)
        return self._view(self._store.dosing.dose_record(dose_record_id))

    def dose_records(self, session: Session, subject_code: str) -> list[DoseRecordView]:
        """Every dose record of a patient, oldest first."""
        self._require(session, Action.VIEW_PATIENTS)
        return [self._view(r) for r in self._store.dosing.dose_records(subject_code)]

    # -- pharmacy --------------------------------------------------------------------------
    def prepare(self, session: Session, dose_record_id: int, *, password: str) -> DoseRecordView:
        """Record and sign "Prepared" (pharmacist): the expiry runs from now."""
        self._require(session, Action.PREPARE)
        self.check_password(session, password)  # before writing: a wrong password leaves nothing behind
        record = self._store.dosing.dose_record(dose_record_id)
        self._check_current(record)
        snap = json.loads(record.snapshot_json)
        plan = plan_preparation(self._protocol, Decimal(snap["dose"]["dose_mg"]), prepared_at=self.now())
        preparation = self._store.dosing.record_preparation(
            record.id, record.row_version, actor=session.username, details={"plan": plan.model_dump(mode="json")})
        self._store.signatures.sign(username=session.username, password=password, meaning=SignatureMeaning.PREPARED,
                                    entity="preparations", entity_id=preparation.id,
                                    expected_version=preparation.row_version, now=self.now())
        return self._view(self._store.dosing.dose_record(record.id))

    def verify(self, session: Session, dose_record_id: int, *, password: str) -> DoseRecordView:
        """Second-person check (pharmacist who did not prepare): re-runs the arithmetic from the
        snapshot, then records and signs "Verified". Raises RuleError four_eyes, calculation_mismatch."""
        self._require(session, Action.VERIFY)
        record = self._store.dosing.dose_record(dose_record_id)
        preparation = self._store.dosing.preparation(record.id)
        if preparation is None or not self._store.signatures.for_record("preparations", preparation.id):
            raise RuleError("not_prepared", {"dose_record_id": record.id, "status": record.status.value})
        if preparation.prepared_by == session.username:
            raise RuleError("four_eyes", {"dose_record_id": record.id, "prepared_by": preparation.prepared_by})
        self.check_password(session, password)
        self._check_current(record)
        verification = self._store.dosing.record_verification(record.id, record.row_version, actor=session.username)
        self._store.signatures.sign(username=session.username, password=password, meaning=SignatureMeaning.VERIFIED,
                                    entity="verifications", entity_id=verification.id,
                                    expected_version=verification.row_version, now=self.now())
        return self._view(self._store.dosing.dose_record(record.id))

    def _check_current(self, record: DoseRecord) -> None:
        """Refuse a record made under another protocol file or whose arithmetic no longer reproduces."""
        if record.protocol_sha256 != self._protocol.sha256:
            raise RuleError("protocol_changed", {"dose_record_id": record.id, "record_sha256": record.protocol_sha256,
                                                 "protocol_sha256": self._protocol.sha256})
        snap = json.loads(record.snapshot_json)
        stored = PaclitaxelDose.model_validate(snap["dose"])
        again = calculate_paclitaxel(self._protocol, stored.height_cm, stored.weight_kg, level=stored.level,
                                     formula=stored.formula)
        if again != stored:
            raise RuleError("calculation_mismatch", {"dose_record_id": record.id, "stored_mg": str(stored.dose_mg),
                                                     "recalculated_mg": str(again.dose_mg)})

    # -- at the chair ----------------------------------------------------------------------
    def pre_dose_labs(self, session: Session, subject_code: str, on: date) -> LabCheck:
        """The pre-treatment lab verdict for a dose on `on`."""
        self._require(session, Action.VIEW_PATIENTS)
        return check_pre_dose_labs(self._protocol, self._store.history(subject_code).labs, on)

    def administer(self, session: Session, subject_code: str, *, drug: str, cycle: int, day: int,
                   tolerance: Tolerance | None, password: str, dose_record_id: int | None = None) -> Administration:
        """Record and sign "Administered" (nurse), today. The BSA drug needs a verified dose record
        of that slot, labs within the thresholds and a recorded tolerance; a flat drug is given at
        the cohort's dose; a premedication at the protocol's dose."""
        self._require(session, Action.ADMINISTER)
        today = self.today()
        history = self._store.history(subject_code)
        item = self._item(self._schedule(history, today), drug, cycle, day)
        if item.status is ItemStatus.DECISION_REQUIRED:
            raise RuleError("decision_required", {"drug": drug, "cycle": cycle, "day": day, "rule": item.rule.code})
        if item.status not in _PENDING:
            raise RuleError("dose_not_pending", {"drug": drug, "cycle": cycle, "day": day,
                                                 "status": item.status.value})
        if item.status not in _GIVABLE:  # planned: its window has not opened (or its anchor is not given)
            raise RuleError("not_yet_due", {"drug": drug, "cycle": cycle, "day": day,
                                            "planned_date": item.planned_date.isoformat(),
                                            "window_start": item.window.start.isoformat(), "rule": item.rule.code})
        amount: dict[str, Any] = {}
        record_id: int | None = None
        if drug == self._protocol.bsa_drug.key:
            amount["dose_mg"], record_id = self._verified_dose(subject_code, cycle, day, dose_record_id)
            labs = check_pre_dose_labs(self._protocol, history.labs, today)
            if labs.verdict is LabVerdict.HOLD:
                raise RuleError("hold_required", {"problems": [p.code for p in labs.problems],
                                                  "reasons": [p.reason.value for p in labs.problems]})
            if tolerance is None:
                raise InputError("tolerance_required", {"field": "tolerance",
                                                        "allowed": [t.value for t in Tolerance]})
        elif drug == self._protocol.premedication.drug:
            amount["dose_mg"] = self._protocol.premedication.dose_mg
        else:
            amount["dose_mcg"] = flat_dose(self._protocol, drug, history.patient.cohort).mcg
        self.check_password(session, password)
        administration = Administration(subject_code=subject_code, drug=drug, cycle=cycle, day=day,
                                        status=AdministrationStatus.GIVEN, on=today, tolerance=tolerance,
                                        recorded_by=session.username, **amount)
        stored = self._store.dosing.record_administration(administration, dose_record_id=record_id)
        self._store.signatures.sign(username=session.username, password=password,
                                    meaning=SignatureMeaning.ADMINISTERED, entity="administrations",
                                    entity_id=stored.id, expected_version=stored.row_version, now=self.now())
        return stored.value

    def _verified_dose(self, subject_code: str, cycle: int, day: int,
                       dose_record_id: int | None) -> tuple[Decimal, int]:
        if dose_record_id is None:
            raise RuleError("dose_record_required", {"field": "dose record", "cycle": cycle, "day": day})
        record = self._store.dosing.dose_record(dose_record_id)
        if (record.subject_code, record.cycle, record.day) != (subject_code, cycle, day):
            raise RuleError("dose_record_mismatch", {"dose_record_id": record.id, "subject_code": record.subject_code,
                                                     "cycle": record.cycle, "day": record.day})
        if record.status is not DoseStatus.VERIFIED:
            raise RuleError("dose_not_verified", {"dose_record_id": record.id, "status": record.status.value})
        plan = self._view(record).preparation
        if plan.expires_at is not None and self.now() > plan.expires_at:
            raise RuleError("preparation_expired", {"dose_record_id": record.id,
                                                    "expired_at": plan.expires_at.isoformat()})
        return Decimal(json.loads(record.snapshot_json)["dose"]["dose_mg"]), record.id

    def hold(self, session: Session, subject_code: str, *, drug: str, cycle: int, day: int,
             reason: HoldReason, note: str = "", omit: bool = False) -> Administration:
        """Record a dose as held (postponed) or omitted (not to be made up), today, with a coded reason."""
        self._require(session, Action.HOLD)
        today = self.today()
        item = self._item(self._schedule(self._store.history(subject_code), today), drug, cycle, day)
        if item.status not in _PENDING and item.status is not ItemStatus.DECISION_REQUIRED:
            raise RuleError("dose_not_pending", {"drug": drug, "cycle": cycle, "day": day,
                                                 "status": item.status.value})
        if reason is HoldReason.OTHER and not note.strip():
            raise InputError("note_required", {"field": "note", "hint": "say why when the reason is 'other'"})
        status = AdministrationStatus.OMITTED if omit else AdministrationStatus.HELD
        return self._store.dosing.record_administration(Administration(
            subject_code=subject_code, drug=drug, cycle=cycle, day=day, status=status, on=today,
            reason=HoldReason(reason), note=note.strip(), recorded_by=session.username)).value
