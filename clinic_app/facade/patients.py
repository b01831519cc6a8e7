"""Enrolment, cohorts, measurements, labs, adverse events and visits: the patient-side use cases."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from clinic_app.domain.bsa import bsa_exact, round_bsa
from clinic_app.domain.cohort_gate import SATISFACTORY, GateReport, require_open
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
    Toxicity,
    VisitCompletion,
)
from clinic_app.domain.schedule_model import SCREENING
from clinic_app.domain.toxicity import check_toxicity

from .base import ClinicBase
from .views import PatientSummary, Session

_SUBJECT = re.compile(r"[A-Z0-9][A-Z0-9-]{1,19}")
_INITIALS = re.compile(r"[A-Z]{2,4}")


# Categories never accepted in text a person writes: control characters (escape sequences that
# rewrite a terminal, a NUL), format characters (bidirectional overrides that show text in another
# order than it is stored), private-use, surrogate and unassigned code points, line/paragraph separators.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})


def require_text(value: str, *, field: str, minimum: int, maximum: int) -> str:
    """`value` stripped, `minimum` to `maximum` characters of readable text (a line break or tab is
    allowed: reasons and notes may run over several lines); raises InputError "invalid_text"."""
    stripped = value.strip() if isinstance(value, str) else ""
    readable = all(ch in "\n\t" or unicodedata.category(ch) not in _REFUSED_CATEGORIES for ch in stripped)
    if not readable or not minimum <= len(stripped) <= maximum:
        raise InputError("invalid_text", {"field": field, "unit": "characters", "minimum": minimum,
                                          "maximum": maximum, "text": str(value)})
    return stripped


_GRADE = re.compile(r"[1-5]")


def parse_grade(grade: int | str) -> int:
    """A CTCAE grade 1 to 5 (an int, or its digit typed); raises InputError naming the range."""
    text = str(grade).strip() if isinstance(grade, (int, str)) and not isinstance(grade, bool) else ""
    if _GRADE.fullmatch(text) is None:
        raise InputError("grade_out_of_range", {"field": "grade", "unit": "CTCAE grade", "minimum": "1",
                                                "maximum": "5", "text": str(grade)})
    return int(text)


def require_acknowledged(warnings: list[PlausibilityWarning], acknowledged: frozenset[str]) -> None:
    """Refuse (RuleError "acknowledgement_required") while any warning's code is not acknowledged."""
    pending = [w for w in warnings if w.code not in acknowledged]
    if pending:
        raise RuleError("acknowledgement_required", {
            "warnings": [{"code": w.code, "needs": w.needs, "values": dict(w.values)} for w in pending]})


class PatientsMixin(ClinicBase):
    # -- cohorts ---------------------------------------------------------------------------

    def cohort_status(self, session: Session) -> GateReport:
        """Which cohorts are open and, for each closed one, exactly what is missing."""
        self._require(session, Action.VIEW_PATIENTS)
        return self._cohort_gate()

    def open_cohort(self, session: Session, *, previous_cohort: str, reason: str, password: str) -> GateReport:
        """Sign "cohort <previous> safety satisfactory" (investigator); returns the new gate state.

        The gate itself still demands the visit completions: a signature alone opens nothing.
        """
        self._require(session, Action.OPEN_COHORT)
        self._protocol.cohort(previous_cohort)
        self._sign_decision(session, password, Decision(
            subject_code=None, kind=DecisionKind.COHORT_SAFETY, choice=SATISFACTORY,
            reason=require_text(reason, field="reason", minimum=3, maximum=500), subject=previous_cohort,
            decided_by=session.username, decided_at=self.now()))
        return self._cohort_gate()


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
            subject_code=code, full_name=require_text(full_name, field="full name", minimum=2, maximum=120),
            hospital_number=require_text(hospital_number, field="hospital number", minimum=1, maximum=40))
        require_open(self._cohort_gate(), letter)
        patient = Patient(subject_code=code, initials=letters, date_of_birth=dob, cohort=letter,
                          planned_c1d1=c1d1, enrolled_on=today)
        return self._store.patients.enrol(patient, actor=session.username, identity=identity).value

    def reassign_cohort(self, session: Session, subject_code: str, *, cohort: str, reason: str,
                        password: str) -> Patient:
        """Move a patient to another cohort: the only way a cohort changes, an investigator's
        signed re-assignment with a reason (COH-3)."""
        self._require(session, Action.REASSIGN_COHORT)
        letter = cohort.strip().upper()
        self._protocol.cohort(letter)
        why = require_text(reason, field="reason", minimum=3, maximum=500)
        current = self._store.patients.get(subject_code)
        if current.value.cohort == letter:
            raise RuleError("cohort_unchanged", {"field": "cohort", "cohort": letter})
        signer = self._signer(session, password)
        with self._store.transaction(signer) as w:  # decision, signature and the move: all or nothing
            self._record_signed_decision(w, signer, Decision(
                subject_code=subject_code, kind=DecisionKind.COHORT_REASSIGNMENT, choice=letter, reason=why,
                decided_by=session.username, decided_at=signer.at))
            self._store.patients.reassign_cohort(w, subject_code, current.row_version, letter, self.today(),
                                                 reason=why)
            self._void_stale(w, subject_code, f"re-assigned to cohort {letter}")
        return self._store.patients.get(subject_code).value

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
        with self._store.transaction(session.username) as w:  # a changed weight voids stale records (REC-2)
            self._store.patients.add_measurement(measurement, w=w)
            self._void_stale(w, subject_code, "new height and weight recorded")
        return measurement

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
        visits = [SCREENING, *(v.key for v in self._protocol.visits)]
        if visit not in visits:
            raise InputError("invalid_choice", {"field": "visit", "text": str(visit), "allowed": visits})
        require_not_future(on, field="visit date", today=self.today())
        return self._store.decisions.record_visit(
            VisitCompletion(subject_code=subject_code, visit=visit, on=on, recorded_by=session.username)).value

    def record_toxicity(self, session: Session, subject_code: str, *, term: str, grade: int | str, onset: date,
                        drug: str | None = None, term_text: str = "", note: str = "") -> Toxicity:
        """Record an adverse event as CTCAE v5 names it (nurse or investigator, TOX-1): a term of the
        protocol's list (or "other" with `term_text`), grade 1-5, onset not in the future, the drug
        it is attributed to. A severe one changes treatment through the gate (TOX-3, TOX-5)."""
        self._require(session, Action.RECORD_TOXICITY)
        level = parse_grade(grade)
        if drug is not None:
            drug = self._drug_key(drug, premedication=False)
        toxicity = Toxicity(subject_code=subject_code, term=term.strip() if isinstance(term, str) else "",
                            term_text=require_text(term_text, field="term text", minimum=0, maximum=120),
                            grade=level, onset=onset, drug=drug,
                            note=require_text(note, field="note", minimum=0, maximum=500),
                            recorded_by=session.username)
        check_toxicity(self._protocol, toxicity, today=self.today())
        return self._store.patients.add_toxicity(toxicity).value
