"""Cohort gating (COH-1, COH-2): B opens when the 5th patient enrolled in A has completed
the Week 13 assessment AND an investigator signed "cohort A safety satisfactory"; C after B alike."""

from __future__ import annotations

from datetime import date

import pytest
from schedule_builders import completed, decision, patient

from clinic_app.domain.cohort_gate import cohort_gate, require_open
from clinic_app.domain.errors import RuleError
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Decision, DecisionKind, Patient

WEEK13 = "week13_assessment"


def _cohort_a(count: int = 5) -> list[Patient]:
    return [patient(code=f"A00{n}", cohort="A", enrolled=date(2026, 1, n)) for n in range(1, count + 1)]


def _safety(cohort: str, on: str) -> Decision:
    return decision(DecisionKind.COHORT_SAFETY, "satisfactory", on, subject=cohort, code=None)


def test_only_the_first_cohort_is_open_at_the_start(protocol: Protocol) -> None:
    report = cohort_gate(protocol, [], [], [])
    assert report.open_cohorts == ("A",)
    b = report.state("B")
    assert [m.code for m in b.missing] == ["too_few_enrolled", "decision_missing"]
    assert b.missing[0].values == {"previous": "A", "enrolled": 0, "needed": 5}


def test_fifth_patient_not_yet_at_week13(protocol: Protocol) -> None:
    """COH-2: B stays closed and says exactly what is missing."""
    done = [completed(WEEK13, "2026-04-01", code="A001"), completed(WEEK13, "2026-04-02", code="A002"),
            completed(WEEK13, "2026-04-03", code="A003")]
    report = cohort_gate(protocol, _cohort_a(), done, [])
    b = report.state("B")
    assert not b.open
    assert [m.code for m in b.missing] == ["visit_not_completed", "decision_missing"]
    assert b.missing[0].values == {"previous": "A", "position": 5, "subject_code": "A005", "visit": WEEK13,
                                   "visit_name": protocol.visit(WEEK13).name, "completed": 3, "needed": 5}
    assert b.missing[0].describe() == (
        "patient 5 of cohort A (A005) has not completed the Week 13 assessment (complete examination) "
        "(3 of 5 done)")
    assert b.missing[1].describe() == "no signed investigator decision that cohort A safety is satisfactory"
    c = report.state("C")
    assert [m.code for m in c.missing] == ["previous_cohort_closed", "too_few_enrolled", "decision_missing"]


def test_fifth_patient_at_week13_without_the_investigator(protocol: Protocol) -> None:
    """COH-1: the Week 13 of the 5th patient alone does not open B."""
    done = [completed(WEEK13, "2026-04-05", code="A005")]
    b = cohort_gate(protocol, _cohort_a(), done, []).state("B")
    assert not b.open and [m.code for m in b.missing] == ["decision_missing"]


def test_fifth_patient_at_week13_and_investigator_signed(protocol: Protocol) -> None:
    """COH-1 opens B; COH-2 refuses enrolment into the still closed C."""
    done = [completed(WEEK13, "2026-04-05", code="A005")]
    report = cohort_gate(protocol, _cohort_a(), done, [_safety("A", "2026-04-06")])
    assert report.open_cohorts == ("A", "B")
    require_open(report, "B")
    with pytest.raises(RuleError) as caught:
        require_open(report, "C")
    assert caught.value.code == "cohort_closed" and caught.value.values["field"] == "cohort"
    assert "cohort B has 0 of 5 patients enrolled" in caught.value.values["missing"]


def test_a_decision_signed_before_the_visit_does_not_count(protocol: Protocol) -> None:
    """COH-1: the safety decision counts only on or after the Week 13."""
    done = [completed(WEEK13, "2026-04-05", code="A005")]
    b = cohort_gate(protocol, _cohort_a(), done, [_safety("A", "2026-04-01")]).state("B")
    assert [m.code for m in b.missing] == ["decision_before_visit"]


def test_a_patient_withdrawn_before_week13_is_replaced_by_the_next(protocol: Protocol) -> None:
    patients = _cohort_a(6)
    patients[2] = patients[2].model_copy(update={"active": False})  # A003 withdrew
    done = [completed(WEEK13, "2026-04-05", code="A005")]
    b = cohort_gate(protocol, patients, done, [_safety("A", "2026-04-06")]).state("B")
    assert [m.code for m in b.missing] == ["visit_not_completed"]
    assert b.missing[0].values["subject_code"] == "A006"


def test_c_opens_after_b_by_the_same_rule(protocol: Protocol) -> None:
    """COH-1: C opens after B the same way."""
    patients = _cohort_a() + [patient(code=f"B00{n}", cohort="B", enrolled=date(2026, 5, n)) for n in range(1, 6)]
    done = [completed(WEEK13, "2026-04-05", code="A005"), completed(WEEK13, "2026-08-05", code="B005")]
    decisions = [_safety("A", "2026-04-06"), _safety("B", "2026-08-06")]
    report = cohort_gate(protocol, patients, done, decisions)
    assert report.open_cohorts == ("A", "B", "C")
    assert report.state("B").enrolled == 5
