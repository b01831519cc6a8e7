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
from .words import in_document_language, translate


def _rules(inp: DosingSheetInput) -> list[tuple[str, str]]:
    dose, prep, rules = inp.dose, inp.preparation, inp.rules
    low, high = prep.concentration_range_mg_per_ml
    level = text.level_text(dose)
    if inp.level_decision is not None:
        level += translate("BlindedCopy", "; reason: {reason}").format(reason=inp.level_decision.reason)
    cap = "" if dose.cap_m2 is None else translate("BlindedCopy", ", cap {cap}").format(cap=format_m2(dose.cap_m2))
    return [
        (translate("BlindedCopy", "BSA formula"), translate(
            "BlindedCopy", "{formula}, actual body weight{cap}; round the BSA half-up to %n decimal(s) and use "
                           "that value", None, rules.bsa_round_places).format(
            formula=format_bsa_formula(dose.formula), cap=cap)),
        (translate("BlindedCopy", "Dose level"), level),
        (translate("BlindedCopy", "Dose"), translate(
            "BlindedCopy", "BSA used × mg/m², rounded half-up to a multiple of {step}").format(
            step=format_mg(rules.dose_mg_step))),
        (translate("BlindedCopy", "Volume"), translate(
            "BlindedCopy", "dose / {conc}, rounded half-up to a multiple of {step}").format(
            conc=format_concentration(prep.concentrate_mg_per_ml), step=format_ml(rules.volume_ml_step))),
        (translate("BlindedCopy", "Final concentration"), translate(
            "BlindedCopy", "dose / (bag + volume) must be {low} to {high}").format(
            low=plain_number(low), high=format_concentration(high))),
        (translate("BlindedCopy", "Route"), format_route(dose.route)),
    ]


def _checker_fields(inp: DosingSheetInput) -> list[tuple[str, str]]:
    fields = [(translate("BlindedCopy", "BSA (checker)"), f"{BLANK} m²"),
              (translate("BlindedCopy", "{drug} dose (checker)").format(drug=inp.dose.display_name), f"{BLANK} mg"),
              (translate("BlindedCopy", "Volume to draw (checker)"), f"{BLANK} mL"),
              (translate("BlindedCopy", "Bag (checker)"), f"{BLANK} mL"),
              (translate("BlindedCopy", "Matches the pharmacy sheet?"),
               translate("BlindedCopy", "☐ yes / ☐ no: stop, do not release, call the pharmacist"))]
    for flat in inp.next_flat_doses:
        fields.insert(2, (translate("BlindedCopy", "{drug} dose for cohort {cohort} (checker)").format(
            drug=flat.dose.display_name, cohort=flat.dose.cohort), f"{BLANK} mg ({text.flat_mark()})"))
    return fields


def _working_box(width: float) -> Table:
    box = FontTable([[para(translate("BlindedCopy", "Working"), LABEL)], [""]], colWidths=[width],
                    rowHeights=[None, 45 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.75, colors.black)]))
    return box


def blinded_story(inp: DosingSheetInput) -> list[Flowable]:
    """The flowables of the blinded copy."""
    width = frame_width(inp.ctx)
    return [
        para(translate("BlindedCopy", "BLINDED CHECKER COPY - work the dose out yourself before comparing"), WARNING),
        Spacer(1, 1.5 * mm), identity_row(inp, width),
        Spacer(1, 1.5 * mm), kv_table(treatment_rows(inp), width, 0.25),
        para(translate("BlindedCopy", "Rules (from the protocol)"), HEADING), kv_table(_rules(inp), width, 0.25),
        para(translate("BlindedCopy", "Your calculation"), HEADING), kv_table(_checker_fields(inp), width, 0.35),
        note(translate("BlindedCopy", "Write each figure before looking at the pharmacy sheet.")),
        Spacer(1, 1.5 * mm), _working_box(width),
        Spacer(1, 1.5 * mm), KeepTogether([signature_table([SignatureBlock(meaning="Checked")], width)]),
    ]


@in_document_language
def blinded_copy_part(inp: DosingSheetInput) -> Part:
    """The blinded checker copy of a dosing sheet as one document of a PDF (no computed dose
    anywhere), written in its context's language."""
    return Part(blinded_story(inp), inp.ctx,
                title=translate("BlindedCopy", "Pharmacy dosing sheet - BLINDED CHECKER COPY"),
                running_head=running_head(inp.patient),
                subject=translate("DosingSheet", "dose record {id}").format(id=inp.dose_record_id))


@in_document_language
def render_blinded_checker_copy(inp: DosingSheetInput) -> bytes:
    """The blinded checker copy of a dosing sheet, as PDF bytes (no computed dose anywhere), in its
    context's language."""
    part = blinded_copy_part(inp)
    return build_parts([part], title=part.title, subject=part.subject)
