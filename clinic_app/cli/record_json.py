"""The dose path's records as language-neutral JSON: codes, ISO dates and times with their offset,
decimal values as strings (common.dump_json writes Decimals and dates), never sentences."""

from __future__ import annotations

from typing import Any

from clinic_app.domain.gate_model import Reason, Verdict
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import (
    Administration,
    Decision,
    LabResult,
    Measurement,
    Patient,
    Toxicity,
    VisitCompletion,
)
from clinic_app.facade import DoseRecordView


def record_label(dose_record_id: int) -> str:
    """The printed number of a dose record: DR-000012 (as sheets and `due --json` write it)."""
    return f"DR-{dose_record_id:06d}"


def patient_json(p: Patient) -> dict[str, Any]:
    return {"subject": p.subject_code, "initials": p.initials, "date_of_birth": p.date_of_birth,
            "cohort": p.cohort, "planned_c1d1": p.planned_c1d1, "enrolled_on": p.enrolled_on, "active": p.active}


def measurement_json(m: Measurement) -> dict[str, Any]:
    return {"subject": m.subject_code, "measured_on": m.measured_on, "height_cm": m.height_cm,
            "weight_kg": m.weight_kg, "recorded_by": m.recorded_by}


def labs_json(lab: LabResult) -> dict[str, Any]:
    return {"subject": lab.subject_code, "drawn_on": lab.drawn_on, "anc_10e9_per_l": lab.anc_10e9_per_l,
            "platelets_10e9_per_l": lab.platelets_10e9_per_l, "recorded_by": lab.recorded_by}


def toxicity_json(t: Toxicity) -> dict[str, Any]:
    return {"subject": t.subject_code, "term": t.term, "term_text": t.term_text, "grade": t.grade,
            "onset": t.onset, "drug": t.drug, "note": t.note, "recorded_by": t.recorded_by}


def visit_json(v: VisitCompletion) -> dict[str, Any]:
    return {"subject": v.subject_code, "visit": v.visit, "on": v.on, "recorded_by": v.recorded_by}


def administration_json(a: Administration) -> dict[str, Any]:
    return {"subject": a.subject_code, "drug": a.drug, "cycle": a.cycle, "day": a.day, "status": a.status.value,
            "on": a.on, "dose_mg": a.dose_mg, "dose_mcg": a.dose_mcg,
            "tolerance": a.tolerance.value if a.tolerance is not None else None,
            "reason": a.reason.value if a.reason is not None else None, "note": a.note,
            "late_entry_reason": a.late_entry_reason or None, "premedication": a.premedication,
            "recorded_by": a.recorded_by}


def decision_json(d: Decision) -> dict[str, Any]:
    return {"subject": d.subject_code, "kind": d.kind.value, "choice": d.choice, "reason": d.reason,
            "cycle": d.cycle, "day": d.day, "about": d.subject, "decided_by": d.decided_by,
            "decided_at": d.decided_at}


def dose_record_json(r: DoseRecordView) -> dict[str, Any]:
    """A dose record with its figures, lab verdict, pharmacy state and signatures."""
    dose, prep, labs = r.dose, r.preparation, r.lab_check
    return {
        "id": r.id, "label": record_label(r.id), "subject": r.subject_code, "drug": r.drug, "cycle": r.cycle,
        "day": r.day, "dose_date": r.dose_date, "status": r.status.value, "cohort": r.cohort,
        "measurement": {"measured_on": r.measurement.measured_on, "height_cm": dose.height_cm,
                        "weight_kg": dose.weight_kg},
        "bsa": {"formula": dose.formula, "exact_m2": dose.bsa_exact_m2, "rounded_m2": dose.bsa_rounded_m2,
                "m2": dose.bsa_m2, "capped": dose.capped},
        "level": dose.level, "dose_per_m2_mg": dose.dose_per_m2_mg, "exact_mg": dose.exact_mg,
        "dose_mg": dose.dose_mg,
        "preparation": {"volume_ml": prep.volume_ml, "bag_ml": prep.bag_ml,
                        "final_concentration_mg_per_ml": prep.final_concentration_mg_per_ml,
                        "flags": list(prep.flags), "prepared_at": prep.prepared_at, "expires_at": prep.expires_at},
        "labs": {"state": labs.state.value, "dose_date": labs.dose_date,
                 "drawn_on": labs.lab.drawn_on if labs.lab is not None else None,
                 "problems": [p.code for p in labs.problems]},
        "warnings": [{"code": w.code, "needs": w.needs, "values": dict(w.values)} for w in r.warnings],
        "confirmed": list(r.acknowledged),
        "protocol": {"version": r.protocol_version, "sha256": r.protocol_sha256},
        "calculated_by": r.calculated_by, "calculated_at": r.calculated_at,
        "signatures": [{"meaning": s.meaning.value, "printed_name": s.printed_name, "role": s.role.value,
                        "signed_at": s.signed_at} for s in r.signatures],
        "void_reason": r.void_reason,
    }


def blinded_record_json(protocol: Protocol, r: DoseRecordView) -> dict[str, Any]:
    """What a verifier works the dose out from, and nothing from which the record's BSA or dose can
    be read (ROLE-2): the measurement, the formula, mg/m² and level, the rounding rules."""
    dose = r.dose
    return {
        "id": r.id, "label": record_label(r.id), "subject": r.subject_code, "drug": r.drug, "cycle": r.cycle,
        "day": r.day, "dose_date": r.dose_date, "status": r.status.value,
        "measurement": {"measured_on": r.measurement.measured_on, "height_cm": dose.height_cm,
                        "weight_kg": dose.weight_kg},
        "formula": dose.formula, "bsa_cap_m2": dose.cap_m2, "bsa_round_places": protocol.bsa.round_places,
        "level": dose.level, "dose_per_m2_mg": dose.dose_per_m2_mg, "dose_mg_step": protocol.rounding.dose_mg_step,
    }


def _reason_json(reason: Reason) -> dict[str, Any]:
    return {"code": reason.code, "values": dict(reason.values)}


def verdict_json(subject_code: str, drug: str, cycle: int, day: int, v: Verdict) -> dict[str, Any]:
    """The gate's answer: outcome, refusal reasons, the decision it waits for, notes (codes and values)."""
    d = v.decision
    return {
        "subject": subject_code, "drug": drug, "cycle": cycle, "day": day, "action": v.action.value,
        "outcome": v.outcome.value, "allowed": v.allowed, "reasons": [_reason_json(r) for r in v.reasons],
        "decision": None if d is None else {"kind": d.kind.value, "by": d.by.value, "drug": d.drug, "cycle": d.cycle,
                                            "day": d.day, "proposed": d.proposed, "because": _reason_json(d.because)},
        "notes": [_reason_json(n) for n in v.notes],
    }
