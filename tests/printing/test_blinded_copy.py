"""The blinded checker copy must not let the checker read the computed dose off the page."""

from __future__ import annotations

import re

import pytest

from clinic_app.domain.formatting import (
    format_birth_date,
    format_date,
    format_m2,
    format_mg,
    format_mg_per_m2,
    format_ml,
    plain_number,
)
from clinic_app.domain.protocol import Protocol
from clinic_app.printing.blinded_copy import render_blinded_checker_copy
from clinic_app.printing.dosing_sheet import render_dosing_sheet

from .pdftools import ismp_problems, text
from .samples import dosing_input

BODIES = [("170", "70", 0), ("105", "105", -1), ("200", "72", -2), ("155", "48.5", 0), ("188", "121", -1),
          ("230", "300", 0)]


def numbers_in(content: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", content))


@pytest.mark.parametrize(("height", "weight", "level"), BODIES)
@pytest.mark.parametrize("cohort", ["A", "B", "C"])
def test_no_computed_figure_on_the_blinded_copy(protocol: Protocol, height: str, weight: str, level: int,
                                                cohort: str) -> None:
    inp = dosing_input(protocol, height=height, weight=weight, level=level, cohort=cohort)
    content = text(render_blinded_checker_copy(inp))
    dose, prep = inp.dose, inp.preparation
    computed = {dose.bsa_exact_m2, dose.bsa_rounded_m2, dose.bsa_m2, dose.exact_mg, dose.dose_mg,
                prep.volume_ml, prep.vial_plan.total_mg, prep.vial_plan.waste_mg}
    if prep.final_concentration_mg_per_ml is not None:
        computed.add(prep.final_concentration_mg_per_ml)
    # What the checker is given (inputs, rules, dates, identifiers) may legitimately contain the same digits.
    given = numbers_in(" ".join([height, weight, str(inp.cycle), str(inp.day), str(inp.study_day),
                                 format_date(inp.dose_date), format_birth_date(inp.patient.date_of_birth),
                                 format_date(inp.height_measured_on), format_date(inp.weight_measured_on),
                                 inp.protocol.name, inp.protocol.version, inp.protocol.short_sha,
                                 inp.patient.subject_code, inp.patient.hospital_number or "",
                                 inp.dose_record_id, inp.ctx.serial, inp.ctx.app_version, content.split("printed")[-1],
                                 format_mg_per_m2(dose.dose_per_m2_mg)]))
    shown = numbers_in(content)
    # Single digits ("2" for a BSA of 2.00 m²) are everywhere on any page; they are checked with their unit below.
    leaked = {plain_number(value) for value in computed if len(plain_number(value)) > 1} & shown - given
    assert not leaked, f"computed figures on the blinded copy: {leaked}"
    for with_unit in (format_m2(dose.bsa_m2), format_mg(dose.dose_mg), format_mg(dose.exact_mg),
                      format_ml(prep.volume_ml)):
        assert with_unit not in content
    assert "BLINDED CHECKER COPY" in content
    assert f"{height} cm" in content and f"{weight} kg" in content
    assert format_mg_per_m2(dose.dose_per_m2_mg) in content
    assert not ismp_problems(content)


def test_the_same_dose_is_on_the_pharmacy_sheet(protocol: Protocol) -> None:
    # Guards the test above: the figures it looks for are really printed on the unblinded sheet.
    inp = dosing_input(protocol, height="170", weight="70")
    assert "146 mg" in text(render_dosing_sheet(inp))
    assert "146" not in numbers_in(text(render_blinded_checker_copy(inp)))
