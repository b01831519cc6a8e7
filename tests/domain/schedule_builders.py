"""Small builders for the schedule tests: records written the way a clinic records them."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from decimal import Decimal

from clinic_app.domain.records import (
    Administration,
    AdministrationStatus,
    Decision,
    DecisionKind,
    HoldReason,
    Measurement,
    Patient,
    PatientHistory,
    Tolerance,
    VisitCompletion,
)

C1D1 = date(2026, 1, 5)  # a Monday
NURSE = "nurse.jones"
DOCTOR = "dr.smith"


def d(text: str) -> date:
    """A date written out in ISO form."""
    return date.fromisoformat(text)


def patient(code: str = "S001", cohort: str = "A", enrolled: date = date(2025, 12, 15),
            active: bool = True, c1d1: date | None = C1D1) -> Patient:
    return Patient(subject_code=code, initials="AB", date_of_birth=date(1970, 3, 1), cohort=cohort,
                   planned_c1d1=c1d1, enrolled_on=enrolled, active=active)


def given(drug: str, cycle: int, day: int, on: str | date,
          tolerance: Tolerance | None = Tolerance.WELL_TOLERATED) -> Administration:
    when = d(on) if isinstance(on, str) else on
    return Administration(subject_code="S001", drug=drug, cycle=cycle, day=day, status=AdministrationStatus.GIVEN,
                          on=when, tolerance=tolerance if drug == "paclitaxel" else None, recorded_by=NURSE)


def held(drug: str, cycle: int, day: int, on: str | date, reason: HoldReason = HoldReason.LOW_ANC) -> Administration:
    when = d(on) if isinstance(on, str) else on
    return Administration(subject_code="S001", drug=drug, cycle=cycle, day=day, status=AdministrationStatus.HELD,
                          on=when, reason=reason, recorded_by=NURSE)


def omitted(drug: str, cycle: int, day: int, on: str | date,
            reason: HoldReason = HoldReason.INVESTIGATOR_DECISION) -> Administration:
    """A dose recorded as not to be given, for good (an investigator's omission)."""
    when = d(on) if isinstance(on, str) else on
    return Administration(subject_code="S001", drug=drug, cycle=cycle, day=day, status=AdministrationStatus.OMITTED,
                          on=when, reason=reason, recorded_by=DOCTOR)


def decision(kind: DecisionKind, choice: str, on: str | date, *, cycle: int | None = None,
             day: int | None = None, subject: str | None = None, code: str | None = "S001") -> Decision:
    when = d(on) if isinstance(on, str) else on
    return Decision(subject_code=code, kind=kind, choice=choice, reason="investigator review", cycle=cycle,
                    day=day, subject=subject, decided_by=DOCTOR,
                    decided_at=datetime.combine(when, time(9, 0), tzinfo=timezone.utc))


def completed(visit: str, on: str | date, code: str = "S001") -> VisitCompletion:
    when = d(on) if isinstance(on, str) else on
    return VisitCompletion(subject_code=code, visit=visit, on=when, recorded_by=NURSE)


def measured(on: str, height_cm: str, weight_kg: str) -> Measurement:
    return Measurement(subject_code="S001", measured_on=d(on), height_cm=Decimal(height_cm),
                       weight_kg=Decimal(weight_kg), recorded_by=NURSE)


def history(*records: object, who: Patient | None = None) -> PatientHistory:
    """A PatientHistory holding the given records, sorted into their kinds."""
    return PatientHistory(
        patient=who or patient(),
        administrations=tuple(r for r in records if isinstance(r, Administration)),
        decisions=tuple(r for r in records if isinstance(r, Decision)),
        visits=tuple(r for r in records if isinstance(r, VisitCompletion)),
        measurements=tuple(r for r in records if isinstance(r, Measurement)),
    )
