"""Calculate, prepare, verify, administer, hold, omit: the dose path from the calculation to the chair.

Every step asks the dose gate (clinic_app.domain.gate) first and does nothing it refuses; a signed
step checks the password once and writes the record, its signature and their audit rows in ONE
transaction. The calculation is frozen as a typed snapshot with the protocol's version and SHA-256,
and a new calculation for a slot voids the earlier record in the same transaction (REC-1).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from clinic_app.domain.dose_records import DoseRecordState, DoseSnapshot, ProtocolRef
from clinic_app.domain.dosing import calculate_paclitaxel, flat_dose
from clinic_app.domain.double_check import require_independent_match
from clinic_app.domain.errors import InputError
from clinic_app.domain.gate import GateInput, Slot, check, dose_measurement
from clinic_app.domain.gate_model import GateAction, Verdict
from clinic_app.domain.lab_check import LabCheck, check_pre_dose_labs
from clinic_app.domain.permissions import Action
from clinic_app.domain.plausibility import check_body, check_weight_change
from clinic_app.domain.preparation import plan_preparation
from clinic_app.domain.records import (
    Administration,
    AdministrationStatus,
    HoldReason,
    SignatureMeaning,
    Tolerance,
)
from clinic_app.domain.toxicity import tolerance_toxicity

from .base import ClinicBase
from .patients import require_acknowledged, require_text
from .views import DoseRecordView, Session

_ACTION_ROLE = {  # which permission each gate action needs
    GateAction.CALCULATE: Action.CALCULATE_DOSE, GateAction.PREPARE: Action.PREPARE, GateAction.VERIFY: Action.VERIFY,
    GateAction.ADMINISTER: Action.ADMINISTER, GateAction.RECORD_LATE: Action.ADMINISTER,
    GateAction.HOLD: Action.HOLD, GateAction.OMIT: Action.DECIDE,
}


class DosingMixin(ClinicBase):
    # -- asking the gate ---------------------------------------------------------------------
    def check_action(self, session: Session, subject_code: str, *, drug: str, cycle: int, day: int,
                     action: GateAction, on: date | None = None, dose_record_id: int | None = None) -> Verdict:
        """What the dose gate says of `action` on a slot today (faces enable buttons and show the
        reasons with it; every use case asks it again before acting)."""
        self._require(session, Action.VIEW_PATIENTS)
        return check(self._gate_input(subject_code), Slot(self._drug_key(drug), cycle, day), GateAction(action),
                     actor=session.username, on=on, dose_record_id=dose_record_id)

    def _allowed(self, session: Session, gi: GateInput, slot: Slot, action: GateAction, *,
                 on: date | None = None, dose_record_id: int | None = None) -> Verdict:
        """The gate's verdict, raised as RuleError unless the action is allowed."""
        verdict = check(gi, slot, action, actor=session.username, on=on, dose_record_id=dose_record_id)
        verdict.raise_unless_allowed()
        return verdict

    # -- calculation -----------------------------------------------------------------------
    def calculate_dose(self, session: Session, subject_code: str, *, cycle: int, day: int,
                       acknowledged: frozenset[str] = frozenset()) -> DoseRecordView:
        """Calculate and freeze the BSA dose of a slot still to give; the slot's earlier record, if
        any, is voided in the same transaction (REC-1).

        Raises RuleError with the gate's code (dose_missed, drug_discontinued, weight_too_old,
        measurement_required, interval_too_short, decision_required...) or
        acknowledgement_required (implausible body values not yet confirmed).
        """
        self._require(session, Action.CALCULATE_DOSE)
        drug = self._protocol.bsa_drug
        gi = self._gate_input(subject_code)
        slot = Slot(drug.key, cycle, day)
        self._allowed(session, gi, slot, GateAction.CALCULATE)
        item = gi.item(slot)
        assert item is not None  # the gate refuses a slot the plan lacks
        dose_date = max(gi.today, item.planned_date)
        measurement = dose_measurement(gi, item, dose_date)
        assert measurement is not None  # the gate refuses a calculation without one
        dose = calculate_paclitaxel(self._protocol, measurement.height_cm, measurement.weight_kg,
                                    level=gi.level.current)
        warnings = check_body(self._protocol, measurement.height_cm, measurement.weight_kg, dose.bsa_m2)
        require_acknowledged(warnings, acknowledged)
        used = gi.chart.weight_used_last(drug.key)
        change = check_weight_change(self._protocol, measurement.weight_kg,
                                     weight_used_last_dose_kg=used.weight_kg if used is not None else None)
        snapshot = DoseSnapshot(
            protocol=ProtocolRef(id=self._protocol.protocol.id, version=self._protocol.protocol.version,
                                 sha256=self._protocol.sha256),
            dose_date=dose_date, measurement=measurement, dose=dose,
            preparation=plan_preparation(self._protocol, dose.dose_mg), warnings=(*warnings, *change),
            acknowledged=tuple(sorted(w.code for w in warnings)),
            lab_check=check_pre_dose_labs(self._protocol, gi.chart.history.labs, dose_date),
            cohort=gi.chart.history.patient.cohort)
        live = gi.chart.live_record(drug.key, cycle, day)
        with self._store.transaction(session.username) as w:  # one live record per slot
            created = self._store.dosing.create_dose_record(
                w, subject_code, drug.key, cycle, day, snapshot.model_dump(mode="json"),
                protocol_version=self._protocol.protocol.version, protocol_sha256=self._protocol.sha256)
            if live is not None:
                self._store.dosing.void(w, "dose_records", live.id, f"replaced by dose record DR-{created:06d}")
        return self._view(created)

    # -- reading dose records --------------------------------------------------------------
    def dose_record(self, session: Session, dose_record_id: int) -> DoseRecordView:
        """One frozen dose calculation with its pharmacy state and signatures."""
        self._require(session, Action.VIEW_PATIENTS)
        return self._view(dose_record_id)

    def dose_records(self, session: Session, subject_code: str) -> list[DoseRecordView]:
        """Every dose record of a patient (voided ones included), oldest first."""
        self._require(session, Action.VIEW_PATIENTS)
        return self._views(subject_code, self._store.chart(subject_code).dose_records)

    def _record_gate(self, dose_record_id: int) -> tuple[GateInput, DoseRecordState, Slot]:
        code = self._store.dosing.dose_record(dose_record_id).subject_code
        gi = self._gate_input(code)
        record = gi.chart.record(dose_record_id)
        assert record is not None  # read just above
        return gi, record, Slot(record.drug, record.cycle, record.day)

    # -- pharmacy --------------------------------------------------------------------------
    def prepare(self, session: Session, dose_record_id: int, *, password: str) -> DoseRecordView:
        """Record and sign "Prepared" (pharmacist): the expiry runs from now. Refused by the gate
        while the labs say hold, for a record that is not the slot's current one or no longer
        matches the weight, level, cohort or protocol, and for a slot that cannot be given."""
        self._require(session, Action.PREPARE)
        gi, record, slot = self._record_gate(dose_record_id)
        self._allowed(session, gi, slot, GateAction.PREPARE, dose_record_id=record.id)
        signer = self._signer(session, password)
        plan = plan_preparation(self._protocol, record.snapshot.dose.dose_mg, prepared_at=signer.at)
        with self._store.transaction(signer) as w:
            row = self._store.dosing.dose_record(record.id)
            prepared = self._store.dosing.record_preparation(
                w, record.id, row.row_version, details={"plan": plan.model_dump(mode="json")})
            w.sign(signer, SignatureMeaning.PREPARED, "preparations", prepared)
        return self._view(record.id)

    def verify(self, session: Session, dose_record_id: int, *, password: str, independent_bsa_m2: str | None = None,
               independent_dose_mg: str | None = None) -> DoseRecordView:
        """Second-person check (a pharmacist who did not prepare it): the gate re-runs the
        arithmetic from the snapshot and re-checks everything prepare checks; then "Verified" is
        recorded and signed. The verifier's own BSA (m²) and dose (mg), when given, must agree with
        the record (domain.double_check). Raises RuleError four_eyes, not_prepared,
        calculation_mismatch, independent_check_mismatch...; InputError for a badly typed number."""
        self._require(session, Action.VERIFY)
        gi, record, slot = self._record_gate(dose_record_id)
        if independent_bsa_m2 is not None or independent_dose_mg is not None:
            require_independent_match(self._protocol, record.snapshot.dose, independent_bsa_m2 or "",
                                      independent_dose_mg or "", dose_record_id=record.id)
        self._allowed(session, gi, slot, GateAction.VERIFY, dose_record_id=record.id)
        signer = self._signer(session, password)
        with self._store.transaction(signer) as w:
            row = self._store.dosing.dose_record(record.id)
            verified = self._store.dosing.record_verification(w, record.id, row.row_version)
            w.sign(signer, SignatureMeaning.VERIFIED, "verifications", verified)
        return self._view(record.id)

    def void_dose_record(self, session: Session, dose_record_id: int, *, reason: str) -> DoseRecordView:
        """Withdraw a dose record with a reason (a pharmacist): e.g. one an older version left with an
        unsigned preparation or verification, which can then be calculated again."""
        self._require(session, Action.PREPARE)
        why = require_text(reason, field="reason", minimum=3, maximum=500)
        with self._store.transaction(session.username) as w:
            self._store.dosing.void(w, "dose_records", dose_record_id, why)
        return self._view(dose_record_id)

    # -- at the chair ----------------------------------------------------------------------
    def pre_dose_labs(self, session: Session, subject_code: str, on: date) -> LabCheck:
        """The pre-treatment lab verdict for a dose on `on`."""
        self._require(session, Action.VIEW_PATIENTS)
        return check_pre_dose_labs(self._protocol, self._store.history(subject_code).labs, on)

    def administer(self, session: Session, subject_code: str, *, drug: str, cycle: int, day: int,
                   tolerance: Tolerance | None, password: str, dose_record_id: int | None = None,
                   reaction_grade: int | None = None) -> Administration:
        """Record and sign "Administered" (nurse), today, after the gate allowed it: the BSA drug
        needs the slot's current, verified, unexpired dose record, labs that say ok, its
        premedication recorded first and a tolerance the nurse chose (a reaction is recorded as an
        adverse event in the same transaction, `reaction_grade` its CTCAE grade); a flat drug is
        given at the cohort's dose, a premedication at the protocol's."""
        return self._give(session, subject_code, Slot(drug, cycle, day), tolerance=tolerance, password=password,
                          dose_record_id=dose_record_id, reaction_grade=reaction_grade, on=None, late_reason="")

    def record_late_administration(self, session: Session, subject_code: str, *, drug: str, cycle: int,
                                   day: int, on: date, reason: str, tolerance: Tolerance | None, password: str,
                                   dose_record_id: int | None = None,
                                   reaction_grade: int | None = None) -> Administration:
        """Record, after the fact, a dose given on its real date `on` (inside its window, before
        today), with the reason it is entered late (MISS-2); the gate applies the same rules as on
        the day (labs of that day, verified record, spacing, premedication)."""
        why = require_text(reason, field="reason for the late entry", minimum=3, maximum=500)
        return self._give(session, subject_code, Slot(drug, cycle, day), tolerance=tolerance, password=password,
                          dose_record_id=dose_record_id, reaction_grade=reaction_grade, on=on, late_reason=why)

    def _give(self, session: Session, subject_code: str, slot: Slot, *, tolerance: Tolerance | None, password: str,
              dose_record_id: int | None, reaction_grade: int | None, on: date | None,
              late_reason: str) -> Administration:
        self._require(session, Action.ADMINISTER)
        self._drug_key(slot.drug)
        gi = self._gate_input(subject_code)
        action = GateAction.ADMINISTER if on is None else GateAction.RECORD_LATE
        self._allowed(session, gi, slot, action, on=on, dose_record_id=dose_record_id)
        amount: dict[str, Any] = {}
        record_id: int | None = None
        if slot.drug == self._protocol.bsa_drug.key:
            if tolerance is None:  # chosen by the nurse, never assumed (PREMED-3)
                raise InputError("tolerance_required", {"field": "tolerance", "allowed": [t.value for t in Tolerance]})
            record = (gi.chart.record(dose_record_id) if dose_record_id is not None
                      else gi.chart.live_record(slot.drug, slot.cycle, slot.day))
            assert record is not None  # the gate refuses a dose without its verified record
            amount["dose_mg"], record_id = record.snapshot.dose.dose_mg, record.id
        elif slot.drug == self._protocol.premedication.drug:
            amount["dose_mg"] = self._protocol.premedication.dose_mg
        else:
            amount["dose_mcg"] = flat_dose(self._protocol, slot.drug, gi.chart.history.patient.cohort).mcg
        signer = self._signer(session, password)
        given = Administration(subject_code=subject_code, drug=slot.drug, cycle=slot.cycle, day=slot.day,
                               status=AdministrationStatus.GIVEN, on=on or gi.today, tolerance=tolerance,
                               recorded_by=session.username, late_entry_reason=late_reason,
                               premedication=slot.drug == self._protocol.premedication.drug, **amount)
        toxicity = tolerance_toxicity(self._protocol, given, reaction_grade)
        with self._store.transaction(signer) as w:
            row = self._store.dosing.record_administration(w, given, dose_record_id=record_id)
            w.sign(signer, SignatureMeaning.ADMINISTERED, "administrations", row)
            if toxicity is not None:  # the tolerance is an adverse event of its own (TOX-1)
                self._store.patients.add_toxicity(toxicity, w=w, administration_id=row)
        return given

    def hold(self, session: Session, subject_code: str, *, drug: str, cycle: int, day: int,
             reason: HoldReason, password: str, note: str = "", omit: bool = False) -> Administration:
        """Record and sign a dose as not given today, with a coded reason (nurse or investigator;
        HOLD-1): a cycle start is postponed, a held D8/D15 follows the missed-dose policy.
        `omit=True` is `omit(...)`: omitting for good is an investigator's decision (HOLD-2)."""
        if omit:
            return self.omit(session, subject_code, drug=drug, cycle=cycle, day=day, reason=reason, note=note,
                             password=password)
        return self._not_given(session, subject_code, Slot(drug, cycle, day), GateAction.HOLD, reason, note, password)

    def omit(self, session: Session, subject_code: str, *, drug: str, cycle: int, day: int, reason: HoldReason,
             password: str, note: str = "") -> Administration:
        """Record that a dose will not be given, for good: an investigator's decision, signed
        "Approved" (HOLD-2; also a cycle-1 premedication the investigator omits, PREMED-2)."""
        return self._not_given(session, subject_code, Slot(drug, cycle, day), GateAction.OMIT, reason, note, password)

    def _not_given(self, session: Session, subject_code: str, slot: Slot, action: GateAction, reason: HoldReason,
                   note: str, password: str) -> Administration:
        self._require(session, _ACTION_ROLE[action])
        code = HoldReason(reason)
        self._drug_key(slot.drug)
        text = require_text(note, field="note", minimum=0, maximum=500)
        if code is HoldReason.OTHER and len(text) < 3:
            raise InputError("note_required", {"field": "note", "unit": "characters", "minimum": 3, "maximum": 500,
                                               "hint": "say why when the reason is 'other'"})
        gi = self._gate_input(subject_code)
        self._allowed(session, gi, slot, action)
        signer = self._signer(session, password)
        status = AdministrationStatus.OMITTED if action is GateAction.OMIT else AdministrationStatus.HELD
        record = Administration(subject_code=subject_code, drug=slot.drug, cycle=slot.cycle, day=slot.day,
                                status=status, on=gi.today, reason=code, note=text,
                                recorded_by=session.username,
                                premedication=slot.drug == self._protocol.premedication.drug)
        meaning = SignatureMeaning.APPROVED if action is GateAction.OMIT else SignatureMeaning.HELD
        with self._store.transaction(signer) as w:
            w.sign(signer, meaning, "administrations", self._store.dosing.record_administration(w, record))
        return record
