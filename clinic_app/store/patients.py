"""Patients, their point-of-care identity, cohort assignment history, measurements and labs."""

from __future__ import annotations

from datetime import date

from clinic_app.domain.records import LabResult, Measurement, Patient, PointOfCareIdentity, Toxicity
from clinic_app.store.connection import fetch_all, fetch_one
from clinic_app.store.errors import NotFound, StoreInputError
from clinic_app.store.models import Stored
from clinic_app.store.rows import (
    identity_of,
    lab_of,
    lab_row,
    measurement_of,
    measurement_row,
    patient_of,
    patient_row,
    require_type,
    toxicity_of,
    toxicity_row,
)
from clinic_app.store.writer import StoreContext, Writer, joined, writing

# Tables whose rows feed a patient's plan and due list (see `Patients.change_marks`).
_PLANNER_TABLES = ("measurements", "labs", "administrations", "decisions", "visit_completions", "point_of_care",
                   "toxicities", "dose_records")


def patient_id_of(ctx: StoreContext, subject_code: str) -> int:
    """The row id of a subject code; NotFound (entity patients, subject_code) when unknown."""
    require_type(subject_code, str, "subject_code")
    row = ctx.db.execute("SELECT id FROM patients WHERE subject_code = ?", [subject_code]).fetchone()
    if row is None:
        raise NotFound("unknown_subject", {"entity": "patients", "subject_code": subject_code})
    return int(row[0])


def _need_reason(reason: str) -> None:
    if not isinstance(reason, str) or not reason.strip():
        raise StoreInputError("reason_required", {"field": "reason", "hint": "say why the record changes"})


class Patients:
    """Patient rows keyed by subject code; every change audited."""

    def __init__(self, ctx: StoreContext) -> None:
        self._ctx = ctx

    def enrol(self, patient: Patient, *, actor: str, identity: PointOfCareIdentity | None = None) -> Stored[Patient]:
        """Create the patient, its first cohort assignment (dated `enrolled_on`) and optionally
        its point-of-care identity, in one transaction.

        Raises DuplicateRecord (subject code or hospital number taken), NotFound (actor is not a
        user), StoreInputError (wrong types).
        """
        require_type(patient, Patient, "patient")
        if identity is not None:
            require_type(identity, PointOfCareIdentity, "identity")
            if identity.subject_code != patient.subject_code:
                raise StoreInputError("identity_subject_mismatch", {"field": "identity.subject_code"})
        with writing(self._ctx, actor) as w:
            pid = w.insert("patients", patient_row(patient), action="enrol")
            w.insert("cohort_assignments", {
                "patient_id": pid, "cohort": patient.cohort, "assigned_on": patient.enrolled_on.isoformat(),
                "assigned_by": actor, "reason": "enrolment",
            }, action="assign_cohort")
            if identity is not None:
                w.insert("point_of_care", {"patient_id": pid, "full_name": identity.full_name,
                                           "hospital_number": identity.hospital_number}, action="set_identity")
        return self.get(patient.subject_code)

    def get(self, subject_code: str) -> Stored[Patient]:
        """The stored patient; NotFound when the subject code is unknown."""
        row = fetch_one(self._ctx.db, "SELECT * FROM patients WHERE subject_code = ?", [subject_code])
        if row is None:
            raise NotFound("unknown_subject", {"entity": "patients", "subject_code": subject_code})
        return Stored(row["id"], row["row_version"], patient_of(row))

    def all(self, *, active_only: bool = False) -> list[Stored[Patient]]:
        """All patients (or only active ones), by subject code."""
        where = " WHERE active = 1" if active_only else ""
        rows = fetch_all(self._ctx.db, f"SELECT * FROM patients{where} ORDER BY subject_code")
        return [Stored(r["id"], r["row_version"], patient_of(r)) for r in rows]

    def change_marks(self) -> dict[str, str]:
        """Per subject code, a tuple that changes whenever anything the planner reads for that
        patient is added or changed (the patient row, measurements, labs, administrations,
        decisions, visits, point-of-care identity): row counts, highest ids and summed row versions,
        all in one query. Lets a reader re-plan only the patients whose mark moved."""
        parts = []
        for table in _PLANNER_TABLES:
            parts.append(f"(SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(row_version), 0)"
                         f" FROM {table} t WHERE t.patient_id = p.id)")
        # A void (of a decision, administration or dose record) may change anyone's plan.
        parts.append("(SELECT count(*) FROM voids)")
        sql = f"SELECT p.subject_code, p.row_version, {', '.join(parts)} FROM patients p"
        return {row[0]: "|".join(str(v) for v in row[1:]) for row in self._ctx.db.execute(sql).fetchall()}

    def update(self, patient: Patient, expected_version: int, *, actor: str, reason: str) -> Stored[Patient]:
        """Replace the patient's fields (c1d1, planned_c1d1, active, initials...) if still at
        `expected_version`. The cohort is changed only by `reassign_cohort`.

        Raises ConcurrencyConflict, NotFound, StoreInputError (reason empty, cohort changed).
        """
        require_type(patient, Patient, "patient")
        _need_reason(reason)
        current = self.get(patient.subject_code)
        if patient.cohort != current.value.cohort:
            raise StoreInputError("cohort_change_needs_reassignment", {"field": "cohort"})
        with writing(self._ctx, actor) as w:
            w.update("patients", current.id, expected_version, patient_row(patient), action="update_patient",
                     reason=reason)
        return self.get(patient.subject_code)

    def reassign_cohort(self, w: Writer, subject_code: str, expected_version: int, cohort: str, on: date, *,
                        reason: str) -> None:
        """Move the patient to `cohort` from date `on`, keeping the history (investigator's
        re-assignment: the caller writes and signs the decision in the same transaction `w`).
        Raises ConcurrencyConflict, NotFound, StoreInputError."""
        _need_reason(reason)
        require_type(on, date, "on")
        pid = patient_id_of(self._ctx, subject_code)
        w.update("patients", pid, expected_version, {"cohort": cohort}, action="reassign_cohort", reason=reason)
        w.insert("cohort_assignments", {"patient_id": pid, "cohort": cohort, "assigned_on": on.isoformat(),
                                        "assigned_by": w.actor, "reason": reason},
                 action="assign_cohort", reason=reason)

    def cohort_history(self, subject_code: str) -> list[tuple[date, str, str, str]]:
        """(assigned_on, cohort, assigned_by, reason) oldest first."""
        pid = patient_id_of(self._ctx, subject_code)
        rows = fetch_all(self._ctx.db, "SELECT * FROM cohort_assignments WHERE patient_id = ? ORDER BY id", [pid])
        return [(date.fromisoformat(r["assigned_on"]), r["cohort"], r["assigned_by"], r["reason"]) for r in rows]

    def identity(self, subject_code: str) -> Stored[PointOfCareIdentity] | None:
        """Name and hospital number for the chair, or None when not recorded."""
        pid = patient_id_of(self._ctx, subject_code)
        row = fetch_one(self._ctx.db, "SELECT * FROM point_of_care WHERE patient_id = ?", [pid])
        return None if row is None else Stored(row["id"], row["row_version"], identity_of(subject_code, row))

    def set_identity(
        self, identity: PointOfCareIdentity, expected_version: int | None, *, actor: str, reason: str = ""
    ) -> Stored[PointOfCareIdentity]:
        """Record (expected_version None) or correct the point-of-care identity.

        Raises DuplicateRecord (hospital number taken / already recorded), ConcurrencyConflict.
        """
        require_type(identity, PointOfCareIdentity, "identity")
        pid = patient_id_of(self._ctx, identity.subject_code)
        values = {"full_name": identity.full_name, "hospital_number": identity.hospital_number}
        with writing(self._ctx, actor) as w:
            if expected_version is None:
                w.insert("point_of_care", {"patient_id": pid, **values}, action="set_identity", reason=reason)
            else:
                _need_reason(reason)
                current = self.identity(identity.subject_code)
                if current is None:
                    raise NotFound("not_found", {"entity": "point_of_care", "subject_code": identity.subject_code})
                w.update("point_of_care", current.id, expected_version, values, action="correct_identity",
                         reason=reason)
        stored = self.identity(identity.subject_code)
        assert stored is not None  # just written in the transaction above
        return stored

    def add_measurement(self, measurement: Measurement, *, w: Writer | None = None) -> Stored[Measurement]:
        """Record height (cm) and weight (kg); the actor is `measurement.recorded_by` (in the
        caller's transaction `w` when given)."""
        require_type(measurement, Measurement, "measurement")
        pid = patient_id_of(self._ctx, measurement.subject_code)
        with joined(self._ctx, w, measurement.recorded_by) as tx:
            row_id = tx.insert("measurements", measurement_row(measurement, pid), action="record_measurement")
        return Stored(row_id, 1, measurement)

    def measurements(self, subject_code: str) -> list[Stored[Measurement]]:
        """All measurements of the patient, oldest first (by date, then entry order)."""
        pid = patient_id_of(self._ctx, subject_code)
        rows = fetch_all(self._ctx.db, "SELECT * FROM measurements WHERE patient_id = ? ORDER BY measured_on, id",
                         [pid])
        return [Stored(r["id"], r["row_version"], measurement_of(subject_code, r)) for r in rows]

    def add_lab(self, lab: LabResult, *, w: Writer | None = None) -> Stored[LabResult]:
        """Record ANC and platelets (10^9/L); the actor is `lab.recorded_by` (in `w` when given)."""
        require_type(lab, LabResult, "lab")
        pid = patient_id_of(self._ctx, lab.subject_code)
        with joined(self._ctx, w, lab.recorded_by) as tx:
            row_id = tx.insert("labs", lab_row(lab, pid), action="record_lab")
        return Stored(row_id, 1, lab)

    def labs(self, subject_code: str) -> list[Stored[LabResult]]:
        """All lab results of the patient, oldest first."""
        pid = patient_id_of(self._ctx, subject_code)
        rows = fetch_all(self._ctx.db, "SELECT * FROM labs WHERE patient_id = ? ORDER BY drawn_on, id", [pid])
        return [Stored(r["id"], r["row_version"], lab_of(subject_code, r)) for r in rows]

    # -- toxicities --------------------------------------------------------------------------
    def add_toxicity(self, toxicity: Toxicity, *, w: Writer | None = None,
                     administration_id: int | None = None) -> Stored[Toxicity]:
        """Record an adverse event (CTCAE term, grade, onset); the actor is `toxicity.recorded_by`
        (in `w` when given; `administration_id` names the infusion whose tolerance wrote it)."""
        require_type(toxicity, Toxicity, "toxicity")
        pid = patient_id_of(self._ctx, toxicity.subject_code)
        with joined(self._ctx, w, toxicity.recorded_by) as tx:
            row_id = tx.insert("toxicities", toxicity_row(toxicity, pid, administration_id, tx.at_utc.isoformat()),
                               action="record_toxicity")
        return Stored(row_id, 1, toxicity)

    def toxicities(self, subject_code: str) -> list[Stored[Toxicity]]:
        """The patient's adverse events (voided ones left out), by onset then entry order."""
        pid = patient_id_of(self._ctx, subject_code)
        rows = fetch_all(self._ctx.db, "SELECT * FROM toxicities t WHERE patient_id = ? AND NOT EXISTS"
                                       " (SELECT 1 FROM voids v WHERE v.entity = 'toxicities' AND v.entity_id = t.id)"
                                       " ORDER BY onset, id", [pid])
        return [Stored(r["id"], r["row_version"], toxicity_of(subject_code, r)) for r in rows]
