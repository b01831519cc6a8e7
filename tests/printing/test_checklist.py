"""The chair-side visit checklist, read back as text."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinic_app.domain.protocol import Protocol
from clinic_app.printing.checklist import render_visit_checklist

from .pdftools import ismp_problems, page_count, text
from .samples import C1D1, checklist_input


def in_order(content: str, *parts: str) -> bool:
    positions = [content.find(part) for part in parts]
    return all(p >= 0 for p in positions) and positions == sorted(positions)


def test_paclitaxel_day_steps_in_order_with_thresholds(protocol: Protocol) -> None:
    content = text(render_visit_checklist(checklist_input(protocol, C1D1)))
    assert in_order(content, "Identity check", "Weight", "Vital signs", "Pre-treatment labs", "Premedication",
                    "PACLitaxel infusion (C1D1)", "Adverse events")
    # Label defaults in the protocol file: ANC >= 1.5, platelets >= 100 (10^9/L), drawn within 3 days.
    for expected in ["give only if ≥ 1.5 × 10⁹/L", "give only if ≥ 100 × 10⁹/L", "within 3 days before the dose",
                     "within 7 days before the dose", "A change of 10 % or more",
                     "GIVE: dexamethasone 20 mg IV", "Tolerance:", "Start", "stop",
                     "Mon 05-Jan-2026", "study day 1", "Anna Example", "14-Mar-1961", "IMP-B-004",
                     "Administered", "Checked"]:
        assert expected in content, expected
    # 163 cm, 61.5 kg: sqrt(163 × 61.5 / 3600) = 1.6687 -> 1.67 m² × 80 = 133.6 -> 134 mg.
    # No dose record yet: the figure is a forecast and the sheet says the verified label is the dose.
    assert ("PACLitaxel 134 mg (80 mg/m²) PROVISIONAL (not yet verified: the verified pharmacy label is the dose) "
            "IV over 60 minutes") in content
    assert "IMP321" not in content  # not due on a D1
    assert not ismp_problems(content)


@pytest.mark.parametrize(("cohort", "dose"), [("A", "0.25 mg"), ("B", "1.25 mg"), ("C", "6.25 mg")])
def test_flat_dose_day_shows_cohort_and_dose(protocol: Protocol, cohort: str, dose: str) -> None:
    content = text(render_visit_checklist(checklist_input(protocol, C1D1 + timedelta(days=1), cohort=cohort)))
    assert in_order(content, "Identity check", "Vital signs", "IMP321 injection (C1D2)", "Adverse events")
    assert f"COHORT {cohort}" in content  # WRITE-4
    assert f"IMP321 - flat dose - not BSA-based {dose} subcutaneously" in content
    assert "abdomen" in content and "thigh" in content
    assert "Pre-treatment labs" not in content and "Weight" not in content
    assert not ismp_problems(content)


def test_week13_assessment_comes_before_that_days_paclitaxel(protocol: Protocol) -> None:
    # 6th IMP321 = C3D16 = study day 72; + 13 days = day 85 = C4D1 (REG-6, CAL-1).
    content = text(render_visit_checklist(checklist_input(protocol, C1D1 + timedelta(days=84))))
    assert "Mon 30-Mar-2026 · study day 85 · study week 13" in content
    assert in_order(content, "Pre-treatment labs", "Complete examination", "PD blood", "CT scan",
                    "PACLitaxel infusion (C4D1)", "Adverse events")
    assert "Week 13 assessment" in content
    assert "dexamethasone" not in content  # cycle 1 well tolerated: omitted from cycle 2 on


def test_week25_post_study_visit(protocol: Protocol) -> None:
    # 12th IMP321 = C6D16 = day 156; + 13 = day 169 (Week 25), no dosing that day.
    content = text(render_visit_checklist(checklist_input(protocol, C1D1 + timedelta(days=168))))
    assert "study day 169 · study week 25" in content
    assert "Week 25 post-study visit" in content and "PD blood" in content and "CT scan" in content
    assert "PACLitaxel infusion" not in content and "Pre-treatment labs" not in content


def test_premedication_decision_required_after_a_reaction(protocol: Protocol) -> None:
    content = text(render_visit_checklist(checklist_input(protocol, C1D1 + timedelta(days=28),
                                                          reaction_in_cycle_1=True)))
    assert "INVESTIGATOR DECISION REQUIRED" in content
    assert "mild_reaction" in content or "mild reaction" in content


@pytest.mark.parametrize("offset", [0, 1, 7, 14, 15, 28, 29, 84, 141, 155, 168])
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_every_visit_day_fits_one_page_and_writes_ismp(protocol: Protocol, offset: int, page_size: str) -> None:
    pdf = render_visit_checklist(checklist_input(protocol, C1D1 + timedelta(days=offset), page_size=page_size))
    assert page_count(pdf) == 1
    assert not ismp_problems(text(pdf))
