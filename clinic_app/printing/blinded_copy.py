"""The BLINDED CHECKER COPY of a dosing sheet: everything a second pharmacist needs to work the
dose out independently, and nothing from which the computed dose can be read (no BSA result, no
dose, no volume, no vial plan, no final concentration, no bag concentration). The checker
writes their own figures; the two are compared afterwards (ROLE-2).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from clinic_app.domain.formatting import (
    format_bsa_formula,
    format_concentration,
    format_m2,
    format_mg,
    format_mg_per_m2,
    format_ml,
    format_route,
    plain_number,
)

from . import dose_text as text
from .blocks import BLANK, kv_table, note, running_head, signature_table
from .context import SignatureBlock
from .dosing_input import DosingSheetInput
from .dosing_sheet import identity_row, treatment_rows
from .page import Part, build_parts, frame_width
from .styles import HEADING, LABEL, WARNING, FontTable, para

TITLE = "BLINDED CHECKER COPY"


def _rules(inp: DosingSheetInput) -> list[tuple[str, str]]:
    dose, prep, rules = inp.dose, inp.preparation, inp.rules
    low, high = prep.concentration_range_mg_per_ml
    level = f"level {dose.level}: {format_mg_per_m2(dose.dose_per_m2_mg)}"
    if inp.level_decision is not None:
        level += f"; reason: {inp.level_decision.reason}"
    cap = "" if dose.cap_m2 is None else f", cap {format_m2(dose.cap_m2)}"
    return [
        ("BSA formula", f"{format_bsa_formula(dose.formula)}, actual body weight{cap}; round the BSA half-up to "
                        f"{rules.bsa_round_places} decimals and use that value"),
        ("Dose level", level),
        ("Dose", f"BSA used × mg/m², rounded half-up to a multiple of {format_mg(rules.dose_mg_step)}"),
        ("Volume", f"dose / {format_concentration(prep.concentrate_mg_per_ml)}, rounded half-up to a multiple "
                   f"of {format_ml(rules.volume_ml_step)}"),
        ("Final concentration", f"dose / (bag + volume) must be {plain_number(low)} to "
                                f"{format_concentration(high)}"),
        ("Route", format_route(dose.route)),
    ]


def _checker_fields(inp: DosingSheetInput) -> list[tuple[str, str]]:
    fields = [("BSA (checker)", f"{BLANK} m²"), (f"{inp.dose.display_name} dose (checker)", f"{BLANK} mg"),
              ("Volume to draw (checker)", f"{BLANK} mL"), ("Bag (checker)", f"{BLANK} mL"),
              ("Matches the pharmacy sheet?", "☐ yes / ☐ no: stop, do not release, call the pharmacist")]
    for flat in inp.next_flat_doses:
        fields.insert(2, (f"{flat.dose.display_name} dose for cohort {flat.dose.cohort} (checker)",
                          f"{BLANK} mg ({text.FLAT_MARK})"))
    return fields


def _working_box(width: float) -> Table:
    box = FontTable([[para("Working", LABEL)], [""]], colWidths=[width], rowHeights=[None, 45 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.75, colors.black)]))
    return box


def blinded_story(inp: DosingSheetInput) -> list[Flowable]:
    """The flowables of the blinded copy."""
    width = frame_width(inp.ctx)
    return [
        para(f"{TITLE} - work the dose out yourself before comparing", WARNING),
        Spacer(1, 1.5 * mm), identity_row(inp, width),
        Spacer(1, 1.5 * mm), kv_table(treatment_rows(inp), width, 0.25),
        para("Rules (from the protocol)", HEADING), kv_table(_rules(inp), width, 0.25),
        para("Your calculation", HEADING), kv_table(_checker_fields(inp), width, 0.35),
        note("Write each figure before looking at the pharmacy sheet."),
        Spacer(1, 1.5 * mm), _working_box(width),
        Spacer(1, 1.5 * mm), KeepTogether([signature_table([SignatureBlock(meaning="Checked")], width)]),
    ]


def blinded_copy_part(inp: DosingSheetInput) -> Part:
    """The blinded checker copy of a dosing sheet as one document of a PDF (no computed dose anywhere)."""
    return Part(blinded_story(inp), inp.ctx, title=f"Pharmacy dosing sheet - {TITLE}",
                running_head=running_head(inp.patient), subject=f"dose record {inp.dose_record_id}")


def render_blinded_checker_copy(inp: DosingSheetInput) -> bytes:
    """The blinded checker copy of a dosing sheet, as PDF bytes (no computed dose anywhere)."""
    part = blinded_copy_part(inp)
    return build_parts([part], title=part.title, subject=part.subject)
