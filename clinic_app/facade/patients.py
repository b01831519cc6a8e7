"""Enrolment, cohorts, measurements, labs and visits: the patient-side use cases."""

from __future__ import annotations

import re
from datetime import date, timedelta

from clinic_app.domain.bsa import bsa_exact, round_bsa
from clinic_app.domain.cohort_gate import SATISFACTORY, GateReport, cohort_gate, require_open
from clinic_app.domain.dates import parse_date, require_not_future
from clinic_app.domain.errors import InputError, RuleError
from clinic_app.domain.numbers import parse_anc, parse_height_cm, parse_platelets, parse_weight_kg
from clinic_app.domain.permissions import Action
from clinic_app.domain.plausibility import PlausibilityWarning, check_body, check_date_of_birth, check_weight_change
from clinic_app.domain.records import (
    Decision,
    DecisionKind,
    LabResult,
    Measurement,
    Patient,
    PointOfCareIdentity,
    SignatureMeaning,
    VisitCompletion,
)
from clinic_app.domain.schedule_model import SCREENING

from .base import ClinicBase
from .views import PatientSummary, Session

_SUBJECT = re.compile(r"[A-Z0-9][A-Z0-9-]{1,19}")
_INITIALS = re.compile(r"[A-Z]{2,4}")


def _text(value: str, *, field: str, minimum: int, maximum: int) -> str:
    stripped = value.strip() if isinstance(value, str) else ""
    if not minimum <= len(stripped) <= maximum:
        raise InputError("invalid_text", {"field": field, "unit": "characters", "minimum": minimum,
                                          "maximum": maximum, "text": str(value)})
    return stripped


def require_acknowledged(warnings: list[PlausibilityWarning], acknowledged: frozenset[str]) -> None:
    """Refuse (RuleError "acknowledgement_required") while any warning's code is not acknowledged."""
    pending = [w for w in warnings if w.code not in acknowledged]
    if pending:
        raise RuleError("acknowledgement_required", {
            "warnings": [{"code": w.code, "needs": w.needs, "values": dict(w.values)} for w in pending]})


class PatientsMixin(ClinicBase):
    # -- cohorts ---------------------------------------------------------------------------
    def _gate(self) -> GateReport:
        store = self._store
        # Enrolment order decides who is "the 5th patient": by date, then by recording order (row id).
        patients = [s.value for s in sorted(store.patients.all(), key=lambda s: (s.value.enrolled_on, s.id))]
        completions = [v.value for p in patients for v in store.decisions.visits(p.subject_code)]
        decisions = [s.value for s in store.decisions.trial_decisions(DecisionKind.COHORT_SAFETY)]
        return cohort_gate(self._protocol, patients, completions, decisions)

    def cohort_status(self, session: Session) -> GateReport:
        """Which cohorts are open and, for each closed one, exactly what is missing."""
        self._require(session, Action.VIEW_PATIENTS)
        return self._gate()

    def open_cohort(self, session: Session, *, previous_cohort: str, reason: str, password: str) -> GateReport:
        """Sign "cohort <previous> safety satisfactory" (investigator); returns the new gate state.

        The gate itself still demands the visit completions: a signature alone opens nothing.
        """
        self._require(session, Action.OPEN_COHORT)
        self._protocol.cohort(previous_cohort)
        self._sign_decision(session, password, Decision(
            subject_code=None, kind=DecisionKind.COHORT_SAFETY, choice=SATISFACTORY,
            reason=_text(reason, field="reason", minimum=3, maximum=500), subject=previous_cohort,
            decided_by=session.username, decided_at=self.now()))
        return self._gate()

    def _sign_decision(self, session: Session, password: str, decision: Decision) -> Decision:
        """Store an investigator's decision and sign it "Approved" (password checked first)."""
        self.check_password(session, password)
        stored = self._store.decisions.record_decision(decision)
        self._store.signatures.sign(username=session.username, password=password,
                                    meaning=SignatureMeaning.APPROVED, entity="decisions",
                                    entity_id=stored.id, expected_version=stored.row_version, now=self.now())
        return stored.value

    # -- enrolment -------------------------------------------------------------------------
    def enrol(self, session: Session, *, subject_code: str, initials: str, date_of_birth: str, cohort: str,
              planned_c1d1: str, full_name: str, hospital_number: str) -> Patient:
        """Enrol a patient into an open cohort (investigator).

        Raises InputError (each field named), RuleError "cohort_closed" with what is missing,
        DuplicateRecord (subject code or hospital number taken).
        """
        self._require(session, Action.ENROL)
        today = self.today()
        code = subject_code.strip().upper() if isinstance(subject_code, str) else ""
        if not _SUBJECT.fullmatch(code):
            raise InputError("invalid_subject_code", {"field": "subject code", "unit": "characters A-Z, 0-9, -",
                                                      "minimum": 2, "maximum": 20, "text": str(subject_code)})
        letters = initials.strip().upper() if isinstance(initials, str) else ""
        if not _INITIALS.fullmatch(letters):
            raise InputError("invalid_initials", {"field": "initials", "unit": "letters A-Z", "minimum": 2,
                                                  "maximum": 4, "text": str(initials)})
        dob = parse_date(date_of_birth, field="date of birth")
        check_date_of_birth(self._protocol, dob, today=today)
        letter = cohort.strip().upper() if isinstance(cohort, str) else ""
        if letter not in {c.letter for c in self._protocol.cohorts}:
            raise InputError("unknown_cohort", {"field": "cohort", "text": str(cohort),
                                                "allowed": [c.letter for c in self._protocol.cohorts]})
        c1d1 = parse_date(planned_c1d1, field="planned C1D1")
        lead = -self._protocol.calendar.screening_window.low
        if not today <= c1d1 <= today + timedelta(days=lead):
            raise InputError("c1d1_out_of_range", {"field": "planned C1D1", "unit": "date",
                                                   "minimum": today.isoformat(),
                                                   "maximum": (today + timedelta(days=lead)).isoformat(),
                                                   "text": c1d1.isoformat()})
        identity = PointOfCareIdentity(
            subject_code=code, full_name=_text(full_name, field="full name", minimum=2, maximum=120),
            hospital_number=_text(hospital_number, field="hospital number", minimum=1, maximum=40))
        require_open(self._gate(), letter)
        patient = Patient(subject_code=code, initials=letters, date_of_birth=dob, cohort=letter,
                          planned_c1d1=c1d1, enrolled_on=today)
        return self._store.patients.enrol(patient, actor=session.username, identity=identity).value

    def reassign_cohort(self, session: Session, subject_code: str, *, cohort: str, reason: str,
                        password: str) -> Patient:
        """Move a patient to another cohort (investigator's signed re-assignment with a reason)."""
        self._require(session, Action.REASSIGN_COHORT)
        letter = cohort.strip().upper()
        self._protocol.cohort(letter)
        why = _text(reason, field="reason", minimum=3, maximum=500)
        current = self._store.patients.get(subject_code)
        if current.value.cohort == letter:
            raise RuleError("cohort_unchanged", {"field": "cohort", "cohort": letter})
        self._sign_decision(session, password, Decision(
            subject_code=subject_code, kind=DecisionKind.COHORT_REASSIGNMENT, choice=letter, reason=why,
            decided_by=session.username, decided_at=self.now()))
        return self._store.patients.reassign_cohort(subject_code, current.row_version, letter, self.today(),
                                                    actor=session.username, reason=why).value

    def patients(self, session: Session, *, active_only: bool = True) -> list[PatientSummary]:
        """Patients on study with their point-of-care identity."""
        self._require(session, Action.VIEW_PATIENTS)
        result = []
        for stored in self._store.patients.all(active_only=active_only):
            identity = self._store.patients.identity(stored.value.subject_code)
            result.append(PatientSummary(stored.value, identity.value if identity else None))
        return result

    # -- measurements, labs, visits --------------------------------------------------------
    def measurement_warnings(self, subject_code: str, height_cm: str, weight_kg: str) -> list[PlausibilityWarning]:
        """Plausibility warnings for a measurement about to be recorded (parses strictly; no write)."""
        height = parse_height_cm(self._protocol, height_cm)
        weight = parse_weight_kg(self._protocol, weight_kg)
        bsa = round_bsa(bsa_exact(self._protocol.bsa.formula, height, weight), self._protocol.bsa.round_places)
        warnings = check_body(self._protocol, height, weight, bsa)
        previous = self._store.patients.measurements(subject_code)
        if previous:
            warnings += check_weight_change(self._protocol, weight, previous_weight_kg=previous[-1].value.weight_kg)
        return warnings

    def record_measurement(self, session: Session, subject_code: str, *, height_cm: str, weight_kg: str,
                           measured_on: date, acknowledged: frozenset[str] = frozenset()) -> Measurement:
        """Record height (cm) and weight (kg). Implausible values (BMI, BSA band, swapped, a >25 %
        change) raise RuleError "acknowledgement_required" until each warning code is acknowledged."""
        self._require(session, Action.RECORD_MEASUREMENT)
        require_not_future(measured_on, field="measurement date", today=self.today())
        warnings = [w for w in self.measurement_warnings(subject_code, height_cm, weight_kg)
                    if w.needs != "decision"]  # the >=10 % rule is decided at the next dose, not here
        require_acknowledged(warnings, acknowledged)
        measurement = Measurement(subject_code=subject_code, measured_on=measured_on,
                                  height_cm=parse_height_cm(self._protocol, height_cm),
                                  weight_kg=parse_weight_kg(self._protocol, weight_kg),
                                  recorded_by=session.username)
        return self._store.patients.add_measurement(measurement).value

    def record_labs(self, session: Session, subject_code: str, *, anc: str, platelets: str,
                    drawn_on: date) -> LabResult:
        """Record pre-treatment ANC and platelets (10^9/L) drawn on a date (not in the future)."""
        self._require(session, Action.RECORD_LABS)
        require_not_future(drawn_on, field="date drawn", today=self.today())
        lab = LabResult(subject_code=subject_code, drawn_on=drawn_on,
                        anc_10e9_per_l=parse_anc(self._protocol, anc),
                        platelets_10e9_per_l=parse_platelets(self._protocol, platelets),
                        recorded_by=session.username)
        return self._store.patients.add_lab(lab).value

    def record_visit(self, session: Session, subject_code: str, *, visit: str, on: date) -> VisitCompletion:
        """Mark screening or a protocol visit (Week 13 assessment, Week 25 post-study) done on a date."""
        self._require(session, Action.RECORD_VISIT)
        if visit != SCREENING:
            self._protocol.visit(visit)
        require_not_future(on, field="visit date", today=self.today())
        return self._store.decisions.record_visit(
            VisitCompletion(subject_code=subject_code, visit=visit, on=on, recorded_by=session.username)).value
