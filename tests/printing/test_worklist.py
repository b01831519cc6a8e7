"""The day's preparation worklist, read back as text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clinic_app.domain.dosing import calculate_paclitaxel, flat_dose
from clinic_app.domain.formatting import format_birth_date, format_mcg_as_mg, format_mg, format_ml
from clinic_app.domain.preparation import plan_preparation
from clinic_app.domain.protocol import Protocol
from clinic_app.printing.context import PatientIdentifiers
from clinic_app.printing.worklist import WorklistEntry, WorklistInput, by_patient, render_worklist

from .pdftools import ismp_problems, text
from .samples import context, worklist_input


def who(code: str) -> PatientIdentifiers:
    return PatientIdentifiers(subject_code=code, date_of_birth=date(1960, 5, 17), initials="XY")


def infusion(protocol: Protocol, code: str, height: str, weight: str, cohort: str,
             progress: str = "verified") -> WorklistEntry:
    dose = calculate_paclitaxel(protocol, Decimal(height), Decimal(weight))
    return WorklistEntry(patient=who(code), cohort=cohort, slot="C1D8", bsa_dose=dose, progress=progress,
                         provisional=progress != "verified", labs="ok",
                         preparation=plan_preparation(protocol, dose.dose_mg), dose_record_id=f"DR-{code}")


def injection(protocol: Protocol, code: str, cohort: str) -> WorklistEntry:
    return WorklistEntry(patient=who(code), cohort=cohort, slot="C1D2", progress="no_pharmacy_step",
                         flat_dose=flat_dose(protocol, "imp321", cohort))


def test_hand_worked_day(protocol: Protocol) -> None:
    entries = (
        infusion(protocol, "IMP-A-002", "200", "72", "A", progress="calculated"),
        injection(protocol, "IMP-C-001", "C"),
        infusion(protocol, "IMP-B-001", "170", "70", "B"),
        injection(protocol, "IMP-A-001", "A"),
        injection(protocol, "IMP-A-003", "A"),
    )
    content = text(render_worklist(WorklistInput(ctx=context("WL-1"), work_date=date(2026, 1, 12), entries=entries)))
    # By patient (the clinic records no appointment times).
    order = [content.find(code) for code in ("IMP-A-001", "IMP-A-002", "IMP-A-003", "IMP-B-001", "IMP-C-001")]
    assert order == sorted(order) and -1 not in order
    # 170/70: 1.82 m² × 80 = 145.6 -> 146 mg, 24.3 mL, 5 × 30 mg vials.
    # 200/72: sqrt(14400 / 3600) = 2.00 m² × 80 = 160 mg, 160 / 6 = 26.67 -> 26.7 mL, 1 × 100 mg + 2 × 30 mg.
    # A figure that is not a verified record's says so; where each dose stands is printed.
    assert "160 mg (80 mg/m² × 2.00 m²) PROVISIONAL" in content and "calculated, NOT PREPARED" in content
    assert "146 mg (80 mg/m² × 1.82 m²) PROVISIONAL" not in content
    for expected in ["146 mg (80 mg/m² × 1.82 m²)", "24.3 mL", "160 mg (80 mg/m² × 2.00 m²)", "26.7 mL",
                     "1 × 100 mg/16.7 mL + 2 × 30 mg/5 mL", "5 × 30 mg/5 mL", "Mon 12-Jan-2026"]:
        assert expected in content, expected
    # Day total: 146 + 160 = 306 mg; 24.3 + 26.7 = 51 mL; vials 1 × 100 mg and 5 + 2 = 7 × 30 mg.
    assert "2 infusions · 306 mg in total · 51 mL of concentrate" in content
    assert "1 × 100 mg/16.7 mL + 7 × 30 mg/5 mL" in content
    # Flat doses by cohort: A has two patients at 0.25 mg, C one at 6.25 mg; never multiplied.
    assert "0.25 mg subcutaneously 2 patients: IMP-A-001, IMP-A-003" in content
    assert "6.25 mg subcutaneously 1 patient: IMP-C-001" in content
    assert "no time" not in content
    assert "COHORT A" in content and "COHORT C" in content  # WRITE-4: letter and dose printed large
    assert "0.5 mg" not in content  # two 0.25 mg doses are never summed into one figure
    assert not ismp_problems(content)


@pytest.mark.parametrize("doses", [1, 7, 40])
def test_generated_day_lists_every_dose(protocol: Protocol, doses: int) -> None:
    inp = worklist_input(protocol, doses)
    content = text(render_worklist(inp))
    for entry in inp.entries:
        assert entry.patient.subject_code in content
        assert f"DOB {format_birth_date(entry.patient.date_of_birth)}" in content
        if entry.bsa_dose is not None and entry.preparation is not None:
            assert format_mg(entry.bsa_dose.dose_mg) in content
            assert format_ml(entry.preparation.volume_ml) in content
        else:
            assert entry.flat_dose is not None
            assert f"{format_mcg_as_mg(entry.flat_dose.mcg)} - cohort {entry.cohort}" in content
    codes = [content.find(e.patient.subject_code + " ") for e in by_patient(inp.entries)]
    assert codes == sorted(codes)
    assert not ismp_problems(content)


def test_entry_must_hold_one_dose(protocol: Protocol) -> None:
    with pytest.raises(ValueError, match="or why there is none"):
        WorklistEntry(patient=who("IMP-A-001"), cohort="A", slot="C1D1", progress="not_calculated")
    with pytest.raises(ValueError, match="cohort"):
        WorklistEntry(patient=who("IMP-A-001"), cohort="A", slot="C1D2", progress="no_pharmacy_step",
                      flat_dose=flat_dose(protocol, "imp321", "C"))
    with pytest.raises(ValueError, match="not provisional"):
        WorklistEntry.model_validate(infusion(protocol, "IMP-A-001", "170", "70", "A").model_dump()
                                     | {"provisional": True})


def test_a_dose_without_a_figure_says_why(protocol: Protocol) -> None:
    entry = WorklistEntry(patient=who("IMP-A-004"), cohort="A", slot="C1D8", progress="not_calculated",
                          labs="missing", no_dose_reason="needs a new weight")
    content = text(render_worklist(WorklistInput(ctx=context(), work_date=date(2026, 1, 12), entries=(entry,))))
    assert "NO DOSE YET: needs a new weight" in content and "labs pending" in content  # LAB-2


def test_empty_day(protocol: Protocol) -> None:
    content = text(render_worklist(WorklistInput(ctx=context(), work_date=date(2026, 1, 10), entries=())))
    assert "No doses to prepare on Sat 10-Jan-2026." in content
