"""Conversions between database rows (dicts of SQLite values) and the shared domain records.

Decimals travel as TEXT so "70.5" stays exactly 70.5; dates as ISO "YYYY-MM-DD"; times as ISO
8601 with their offset.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from clinic_app.domain.records import (
    Administration,
    AdministrationStatus,
    Decision,
    DecisionKind,
    HoldReason,
    LabResult,
    Measurement,
    Patient,
    PointOfCareIdentity,
    Tolerance,
    Toxicity,
    VisitCompletion,
)
from clinic_app.store.errors import StoreInputError


def require_type(value: object, expected: type, field: str) -> None:
    """Raise StoreInputError (code wrong_type) unless `value` is an instance of `expected`."""
    if not isinstance(value, expected):
        raise StoreInputError(
            "wrong_type", {"field": field, "expected": expected.__name__, "got": type(value).__name__}
        )


def dec_text(value: Decimal, field: str) -> str:
    """A finite Decimal as exact text; NaN/Infinity refused (StoreInputError)."""
    require_type(value, Decimal, field)
    if not value.is_finite():
        raise StoreInputError("not_finite", {"field": field, "got": str(value)})
    return str(value)


def iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def opt_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def opt_dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def patient_row(p: Patient) -> dict[str, Any]:
    return {
        "subject_code": p.subject_code, "initials": p.initials, "date_of_birth": iso(p.date_of_birth),
        "cohort": p.cohort, "c1d1": iso(p.c1d1), "planned_c1d1": iso(p.planned_c1d1),
        "enrolled_on": iso(p.enrolled_on), "active": int(p.active),
    }


def patient_of(r: dict[str, Any]) -> Patient:
    return Patient(
        subject_code=r["subject_code"], initials=r["initials"], date_of_birth=date.fromisoformat(r["date_of_birth"]),
        cohort=r["cohort"], c1d1=opt_date(r["c1d1"]), planned_c1d1=opt_date(r["planned_c1d1"]),
        enrolled_on=date.fromisoformat(r["enrolled_on"]), active=bool(r["active"]),
    )


def identity_of(subject_code: str, r: dict[str, Any]) -> PointOfCareIdentity:
    return PointOfCareIdentity(subject_code=subject_code, full_name=r["full_name"],
                               hospital_number=r["hospital_number"])


def measurement_row(m: Measurement, patient_id: int) -> dict[str, Any]:
    return {
        "patient_id": patient_id, "measured_on": iso(m.measured_on),
        "height_cm": dec_text(m.height_cm, "height_cm"), "weight_kg": dec_text(m.weight_kg, "weight_kg"),
        "recorded_by": m.recorded_by,
    }


def measurement_of(subject_code: str, r: dict[str, Any]) -> Measurement:
    return Measurement(
        subject_code=subject_code, measured_on=date.fromisoformat(r["measured_on"]),
        height_cm=Decimal(r["height_cm"]), weight_kg=Decimal(r["weight_kg"]), recorded_by=r["recorded_by"],
    )


def lab_row(lab: LabResult, patient_id: int) -> dict[str, Any]:
    return {
        "patient_id": patient_id, "drawn_on": iso(lab.drawn_on),
        "anc_10e9_per_l": dec_text(lab.anc_10e9_per_l, "anc_10e9_per_l"),
        "platelets_10e9_per_l": dec_text(lab.platelets_10e9_per_l, "platelets_10e9_per_l"),
        "recorded_by": lab.recorded_by,
    }


def lab_of(subject_code: str, r: dict[str, Any]) -> LabResult:
    return LabResult(
        subject_code=subject_code, drawn_on=date.fromisoformat(r["drawn_on"]),
        anc_10e9_per_l=Decimal(r["anc_10e9_per_l"]), platelets_10e9_per_l=Decimal(r["platelets_10e9_per_l"]),
        recorded_by=r["recorded_by"],
    )


def administration_row(a: Administration, patient_id: int, dose_record_id: int | None) -> dict[str, Any]:
    return {
        "patient_id": patient_id, "dose_record_id": dose_record_id, "drug": a.drug, "cycle": a.cycle,
        "day": a.day, "status": a.status.value, "given_on": iso(a.on),
        "dose_mg": None if a.dose_mg is None else dec_text(a.dose_mg, "dose_mg"),
        "dose_mcg": a.dose_mcg, "started_at": iso(a.started_at), "ended_at": iso(a.ended_at),
        "tolerance": None if a.tolerance is None else a.tolerance.value,
        "reason": None if a.reason is None else a.reason.value, "note": a.note, "recorded_by": a.recorded_by,
        "late_entry_reason": a.late_entry_reason, "kind": "premedication" if a.premedication else "dose",
    }


def administration_of(subject_code: str, r: dict[str, Any]) -> Administration:
    return Administration(
        subject_code=subject_code, drug=r["drug"], cycle=r["cycle"], day=r["day"],
        status=AdministrationStatus(r["status"]), on=date.fromisoformat(r["given_on"]),
        dose_mg=None if r["dose_mg"] is None else Decimal(r["dose_mg"]), dose_mcg=r["dose_mcg"],
        tolerance=None if r["tolerance"] is None else Tolerance(r["tolerance"]),
        reason=None if r["reason"] is None else HoldReason(r["reason"]), note=r["note"],
        recorded_by=r["recorded_by"], started_at=opt_dt(r["started_at"]), ended_at=opt_dt(r["ended_at"]),
        late_entry_reason=r["late_entry_reason"], signed=bool(r.get("signed", True)),
        premedication=r["kind"] == "premedication",
    )


def decision_row(d: Decision, patient_id: int | None) -> dict[str, Any]:
    return {
        "patient_id": patient_id, "kind": d.kind.value, "choice": d.choice, "reason": d.reason,
        "cycle": d.cycle, "day": d.day, "subject": d.subject, "decided_by": d.decided_by,
        "decided_at": iso(d.decided_at),
    }


def decision_of(subject_code: str | None, r: dict[str, Any]) -> Decision:
    return Decision(
        subject_code=subject_code, kind=DecisionKind(r["kind"]), choice=r["choice"], reason=r["reason"],
        cycle=r["cycle"], day=r["day"], subject=r["subject"], decided_by=r["decided_by"],
        decided_at=datetime.fromisoformat(r["decided_at"]),
    )


def visit_row(v: VisitCompletion, patient_id: int) -> dict[str, Any]:
    return {"patient_id": patient_id, "visit": v.visit, "done_on": iso(v.on), "recorded_by": v.recorded_by}


def visit_of(subject_code: str, r: dict[str, Any]) -> VisitCompletion:
    return VisitCompletion(subject_code=subject_code, visit=r["visit"], on=date.fromisoformat(r["done_on"]),
                           recorded_by=r["recorded_by"])


def toxicity_row(t: Toxicity, patient_id: int, administration_id: int | None, recorded_at: str) -> dict[str, Any]:
    return {
        "patient_id": patient_id, "term": t.term, "term_text": t.term_text, "grade": t.grade,
        "onset": iso(t.onset), "drug": t.drug, "administration_id": administration_id, "note": t.note,
        "recorded_by": t.recorded_by, "recorded_at": recorded_at,
    }


def toxicity_of(subject_code: str, r: dict[str, Any]) -> Toxicity:
    return Toxicity(
        subject_code=subject_code, term=r["term"], term_text=r["term_text"], grade=r["grade"],
        onset=date.fromisoformat(r["onset"]), drug=r["drug"], from_infusion=r["administration_id"] is not None,
        note=r["note"], recorded_by=r["recorded_by"],
    )
