"""Cohort gate table: open/closed in words and what is missing, from the domain's gate report."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from clinic_app.domain.cohort_gate import cohort_gate
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Patient
from clinic_app.gui.cohort_models import (
    COHORT_COL_ENROLLED,
    COHORT_COL_LETTER,
    COHORT_COL_MISSING,
    COHORT_COL_STATE,
    CohortStatesModel,
    gate_summary,
)


def _patients() -> list[Patient]:
    return [Patient(subject_code=f"IMP-A-00{n}", initials="AB", date_of_birth=date(1970, 1, 1), cohort="A",
                    planned_c1d1=date(2026, 1, 5), enrolled_on=date(2025, 12, n)) for n in (1, 2)]


def test_cohort_states_in_words(qtmodeltester, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    report = cohort_gate(protocol, _patients(), [], [])
    model = CohortStatesModel(protocol)
    model.set_rows(report.cohorts)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, COHORT_COL_LETTER).data() == "A (IMP321 0.25 mg)"
    assert model.index(0, COHORT_COL_STATE).data() == "open"
    assert model.index(0, COHORT_COL_ENROLLED).data() == "2"
    assert model.index(1, COHORT_COL_STATE).data() == "closed"
    assert "cohort A has 2 of 5 patients enrolled" in model.index(1, COHORT_COL_MISSING).data()


def test_gate_summary_names_what_is_missing(qapp, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    text = gate_summary(QLabel(), cohort_gate(protocol, _patients(), [], []))
    assert text.splitlines()[0] == "Cohort A: open (2 enrolled)"
    assert text.splitlines()[1].startswith("Cohort B: closed - missing: cohort A has 2 of 5")
