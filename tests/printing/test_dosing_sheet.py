"""The pharmacy dosing sheet and its blinded checker copy, read back as text."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

import pytest

from clinic_app.domain.formatting import (
    format_birth_date,
    format_concentration,
    format_date,
    format_datetime,
    format_m2,
    format_mcg_as_mg,
    format_mg,
    format_mg_per_m2,
    format_ml,
)
from clinic_app.domain.protocol import Protocol
from clinic_app.printing.dosing_input import DosingSheetInput
from clinic_app.printing.dosing_sheet import NOT_VERIFIED, render_dosing_sheet

from .pdftools import ismp_problems, page_count, text
from .samples import dosing_input

FORMULAS = ["mosteller", "dubois", "haycock", "gehan-george", "boyd"]
# Edge bodies: the plausibility limits (100-230 cm, 25-300 kg), a tie (105 × 105 / 3600 = 1.75² exactly),
# the published 170/70 and 200/72 checks, and a large patient.
BODIES = [("100", "25"), ("230", "300"), ("105", "105"), ("170", "70"), ("200", "72"), ("163.5", "58.4")]
CASES = [
    (height, weight, cohort, level, FORMULAS[i % len(FORMULAS)], day)
    for i, ((height, weight), cohort, level, day) in enumerate(
        itertools.product(BODIES, "ABC", (0, -1, -2), (1, 8)))
][::2]  # 54 of the 108 combinations: every body, cohort, level and formula still appears


def required_fields(inp: DosingSheetInput) -> list[str]:
    dose, prep = inp.dose, inp.preparation
    fields = [
        inp.patient.subject_code, format_birth_date(inp.patient.date_of_birth),
        inp.protocol.name, f"version {inp.protocol.version}", inp.protocol.short_sha,
        f"C{inp.cycle}D{inp.day}", format_date(inp.dose_date),
        f"{dose.height_cm.normalize():f} cm (measured {format_date(inp.height_measured_on)})",
        f"{dose.weight_kg.normalize():f} kg (measured {format_date(inp.weight_measured_on)})",
        format_m2(dose.bsa_m2), f"level {dose.level}: {format_mg_per_m2(dose.dose_per_m2_mg)}",
        f"= {format_mg(dose.exact_mg)}", f"dispensed {format_mg(dose.dose_mg)}",
        f"{format_mg(dose.dose_mg)} IV ({format_mg_per_m2(dose.dose_per_m2_mg)} × {format_m2(dose.bsa_m2)})",
        f"{format_ml(prep.volume_ml)} of {format_concentration(prep.concentrate_mg_per_ml)}",
        prep.container, prep.administration_set, prep.filter, "IV over 60 minutes",
        "PACLitaxel", "Prepared", "Verified", inp.dose_record_id, "COHORT",
    ]
    fields += [f"{use.count} × {format_mg(use.strength_mg)}/{format_ml(use.volume_ml)}"
               for use in prep.vial_plan.vials]
    if prep.bag_ml is not None:
        assert prep.final_concentration_mg_per_ml is not None
        fields += [f"{prep.bag_ml} mL of", format_concentration(prep.final_concentration_mg_per_ml)]
    if prep.expires_at is not None:
        fields.append(format_datetime(prep.expires_at))
    for flat in inp.next_flat_doses:
        fields += ["flat dose - not BSA-based", f"{format_mcg_as_mg(flat.dose.mcg)} subcutaneously",
                   format_date(flat.on)]
    if inp.patient.full_name:
        fields.append(inp.patient.full_name)
    return fields


@pytest.mark.parametrize(("height", "weight", "cohort", "level", "formula", "day"), CASES)
def test_every_required_field_is_printed(protocol: Protocol, height: str, weight: str, cohort: str,
                                         level: int, formula: str, day: int) -> None:
    """WRITE-3: subject code and date of birth (two identifiers) among the fields."""
    inp = dosing_input(protocol, height=height, weight=weight, cohort=cohort, level=level, formula=formula,
                       day=day, cycle=2)
    content = text(render_dosing_sheet(inp))
    missing = [field for field in required_fields(inp) if field not in content]
    assert not missing, missing
    assert NOT_VERIFIED in content
    assert re.search(rf"COHORT {cohort}\b", content)
    assert not ismp_problems(content)
    if inp.level_decision is not None:
        assert inp.level_decision.reason in content


def test_hand_worked_mosteller_170_70(protocol: Protocol) -> None:
    # 170 × 70 / 3600 = 3.30556; sqrt = 1.8181 -> 1.82 m²; 1.82 × 80 = 145.6 -> 146 mg; 146 / 6 = 24.33 -> 24.3 mL;
    # 146 / (250 + 24.3) = 0.532 -> 0.53 mg/mL; vials: 5 × 30 mg = 150 mg (4 mg left) beats 100 + 2 × 30 = 160 mg.
    content = text(render_dosing_sheet(dosing_input(protocol, height="170", weight="70", cohort="B")))
    for expected in ["1.82 m²", "1.82 × 80 = 145.6 mg", "dispensed 146 mg", "24.3 mL", "250 mL", "0.53 mg/mL",
                     "5 × 30 mg/5 mL", "left over 4 mg", "Mosteller", "1.25 mg subcutaneously",
                     "Tue 06-Jan-2026", "Mon 05-Jan-2026", "Tue 06-Jan-2026 12:10 UTC+01:00",
                     "dexamethasone 20 mg IV"]:
        assert expected in content, expected


def test_half_up_tie_is_printed_rounded_up(protocol: Protocol) -> None:
    # 105 cm, 105 kg: sqrt(11025 / 3600) = 105 / 60 = 1.75 m² exactly; 1.75 × 70 = 122.5 -> 123 mg (half-up, not 122).
    inp = dosing_input(protocol, height="105", weight="105", level=-1)
    content = text(render_dosing_sheet(inp))
    assert "1.75 × 70 = 122.5 mg" in content
    assert "dispensed 123 mg" in content
    assert "122 mg" not in content


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_one_page_on_both_paper_sizes(protocol: Protocol, page_size: str) -> None:
    assert page_count(render_dosing_sheet(dosing_input(protocol, page_size=page_size, demo=True))) == 1


def test_verified_sheet_has_no_do_not_administer_mark(protocol: Protocol) -> None:
    """ROLE-3: the signature on paper, name, role, date and time with zone."""
    content = text(render_dosing_sheet(dosing_input(protocol, verified=True)))
    assert NOT_VERIFIED not in content
    assert "VERIFIED by V. Erifier (pharmacist), Mon 05-Jan-2026 09:30 UTC+01:00" in content


def test_unverified_mark_on_every_page(protocol: Protocol) -> None:
    from .pdftools import pages_text

    for page in pages_text(render_dosing_sheet(dosing_input(protocol, verified=False))):
        assert NOT_VERIFIED in page


def test_smaller_bag_when_the_preferred_one_dilutes_too_much(protocol: Protocol) -> None:
    # sqrt(100 × 25 / 3600) = 0.833 -> 0.83 m² × 60 = 49.8 -> 50 mg; 250 mL: 50 / 258.3 = 0.19 mg/mL (below 0.3);
    # 100 mL: 50 / (100 + 8.3) = 0.46 mg/mL: the 100 mL bag is chosen.
    content = text(render_dosing_sheet(dosing_input(protocol, height="100", weight="25", level=-2)))
    assert "dispensed 50 mg" in content and "100 mL of" in content and "0.46 mg/mL" in content


def test_no_bag_in_range_is_shouted(protocol: Protocol) -> None:
    # sqrt(100 × 8 / 3600) = 0.471 -> 0.47 m² × 60 = 28.2 -> 28 mg; 100 mL: 28 / 104.7 = 0.27 mg/mL: no bag fits.
    content = text(render_dosing_sheet(dosing_input(protocol, height="100", weight="8", level=-2)))
    assert "NO BAG GIVES A FINAL CONCENTRATION IN RANGE" in content
    assert "none in range (accepted 0.3 to 1.2 mg/mL)" in content


def test_mismatched_preparation_is_refused(protocol: Protocol) -> None:
    good = dosing_input(protocol, height="170", weight="70")
    other = dosing_input(protocol, height="180", weight="90")
    with pytest.raises(ValueError, match="preparation is for"):
        DosingSheetInput(**{**dict(good), "preparation": other.preparation})


def test_flat_dose_of_another_cohort_is_refused(protocol: Protocol) -> None:
    good = dosing_input(protocol, cohort="A")
    other = dosing_input(protocol, cohort="C")
    with pytest.raises(ValueError, match="cohort"):
        DosingSheetInput(**{**dict(good), "next_flat_doses": other.next_flat_doses})


def test_a_protocol_cap_is_printed(protocol: Protocol) -> None:
    """DOSE-3: a cap set by a protocol is printed."""
    capped = protocol.model_copy(update={"bsa": protocol.bsa.model_copy(update={"cap_m2": Decimal("2.0")})})
    # 230 cm, 300 kg: sqrt(230 × 300 / 3600) = 4.378 -> 4.38 m², capped to 2.0 m²; 2.0 × 80 = 160 mg.
    content = text(render_dosing_sheet(dosing_input(capped, height="230", weight="300")))
    assert "capped at 2.0 m²" in content and "BSA used 2.0 m² (CAPPED by the protocol)" in content
    assert "dispensed 160 mg" in content


def test_pre_dose_labs_and_alerts_are_printed(protocol: Protocol) -> None:
    # 200 cm, 72 kg: BMI 72 / 2.0² = 18 (fine), BSA 2.00 m²; ANC 2.4 and platelets 212 drawn the day before: OK.
    content = text(render_dosing_sheet(dosing_input(protocol, height="200", weight="72")))
    assert "ANC 2.4 × 10⁹/L, platelets 212 × 10⁹/L, drawn Sun 04-Jan-2026: OK" in content
    assert "Alerts" not in content
    # ANC 1.2 is below the 1.5 threshold: the sheet says HOLD and why.
    held = text(render_dosing_sheet(dosing_input(protocol, anc="1.2")))
    assert "HOLD: ANC 1.2 × 10⁹/L is below 1.5 × 10⁹/L" in held
    # 100 cm, 25 kg: BMI 25 / 1.0² = 25 (fine) but BSA 0.83 m² is below 1.0 m²: confirmed by a person.
    small = text(render_dosing_sheet(dosing_input(protocol, height="100", weight="25")))
    assert "BSA 0.83 m² is outside 1.0 to 3.0 m² (confirmed)" in small


def test_never_substitute_nab_paclitaxel_is_printed(protocol: Protocol) -> None:
    """PREP-4: the sheet warns against nab-paclitaxel (albumin-bound), a different drug."""
    content = text(render_dosing_sheet(dosing_input(protocol)))
    assert "Do not confuse with nab-paclitaxel (albumin-bound): a different drug, never substitute." in content


def test_a_sheet_without_current_labs_says_labs_pending(protocol: Protocol) -> None:
    """LAB-2: no blood counts drawn within the 3 days before the dose: pharmacy may prepare, and the
    sheet says "labs pending", not HOLD (a hold is for counts below the thresholds)."""
    from clinic_app.domain.lab_check import check_pre_dose_labs

    inp = dosing_input(protocol)
    no_labs = inp.model_copy(update={"lab_check": check_pre_dose_labs(protocol, [], inp.dose_date)})
    content = text(render_dosing_sheet(no_labs))
    assert "labs pending" in content
    assert "HOLD" not in content
