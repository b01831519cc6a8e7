"""The pharmacy dosing sheet: one page per paclitaxel dose, to prepare and verify it.

Until the dose is verified every page carries "NOT VERIFIED - DO NOT ADMINISTER", as a banner at
the top and as a watermark across the page; a voided record's sheet says VOID instead (REC-3).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from clinic_app.domain.dosing import CalculationStep
from clinic_app.domain.formatting import (
    format_bsa_formula,
    format_concentration,
    format_date,
    format_datetime,
    format_m2,
    format_mcg_as_mg,
    format_mg,
    format_mg_per_m2,
    format_ml,
    format_route,
    plain_number,
)
from clinic_app.domain.lab_check import LabState
from clinic_app.wording.protocol_text import protocol_text
from clinic_app.wording.typography import clauses
from clinic_app.wording.values import QT_TRANSLATE_NOOP

from . import dose_text as text
from .barcode import RecordBarcode
from .blocks import cohort_box, kv_table, note, patient_rows, role_text, running_head, signature_table
from .dosing_input import DosingSheetInput, NextFlatDose
from .page import Part, build_parts, frame_width, page_size
from .styles import ARITHMETIC, BIG, HEADING, LABEL, WARNING, FontTable, para, plain_lines
from .watermark import draw_watermark
from .wording import lab_problem_text, warning_text
from .words import in_document_language, translate, words

NOT_VERIFIED = QT_TRANSLATE_NOOP("DosingSheet", "NOT VERIFIED - DO NOT ADMINISTER")
VOID = QT_TRANSLATE_NOOP("DosingSheet", "VOID - DO NOT USE")
TITLE = QT_TRANSLATE_NOOP("DosingSheet", "Pharmacy dosing sheet")


def status_banner(inp: DosingSheetInput, width: float) -> Flowable:
    """Red VOID banner (with the reason), red NOT VERIFIED banner, or the verification stamp; then
    what stops the dose today, one line each."""
    rows: list[list[Flowable]]
    if inp.void_reason is not None:
        cell = para(translate("DosingSheet", "{void}: {reason}").format(void=translate("DosingSheet", VOID),
                                                                        reason=inp.void_reason), WARNING)
        colour = colors.HexColor("#b00020")
    elif inp.verified:
        who = inp.verified_by
        stamp = translate("DosingSheet", "VERIFIED by {name} ({role}), {when}").format(
            name=who.printed_name, role=role_text(who.role or ""), when=format_datetime(who.signed_at)) \
            if who.signed_at else translate("DosingSheet", "VERIFIED")
        cell = para(stamp, LABEL)
        colour = colors.HexColor("#1b5e20")
    else:
        cell = para(translate("DosingSheet", NOT_VERIFIED), WARNING)
        colour = colors.HexColor("#b00020")
    rows = [[cell], *([para(alert, WARNING)] for alert in inp.alerts)]
    table = FontTable(rows, colWidths=[width])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, colour), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def identity_row(inp: DosingSheetInput, width: float) -> Table:
    """Patient identifiers | cohort letter (large) | barcode of the dose record ID."""
    code = RecordBarcode(inp.dose_record_id)
    barcode_cell = [para(translate("DosingSheet", "Dose record ID"), LABEL), code]
    side = max(code.width, 40 * mm)
    patient_width = width - 36 * mm - side - 4 * mm
    row = FontTable([[kv_table(patient_rows(inp.patient), patient_width, 0.4), cohort_box(inp.cohort), barcode_cell]],
                colWidths=[patient_width + 2 * mm, 36 * mm, side + 2 * mm])
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return row


def treatment_rows(inp: DosingSheetInput) -> list[tuple[str, str]]:
    """Protocol, cycle/day, date and measurements: shared with the blinded copy."""
    day = translate("DosingSheet", "Cycle {cycle} Day {day} (C{cycle}D{day})").format(cycle=inp.cycle, day=inp.day)
    if inp.study_day is not None:
        day += translate("DosingSheet", ", study day {day}").format(day=inp.study_day)
    dose = inp.dose
    return [
        (translate("DosingSheet", "Protocol"),
         translate("DosingSheet", "{name}, version {version}, SHA-256 {sha}").format(
            name=inp.protocol.name, version=inp.protocol.version, sha=inp.protocol.short_sha)),
        (translate("DosingSheet", "Treatment"), f"{day}, {format_date(inp.dose_date)}"),
        (translate("DosingSheet", "Height, weight"), translate(
            "DosingSheet", "{height} cm (measured {height_on}); {weight} kg (measured {weight_on})").format(
            height=plain_number(dose.height_cm), height_on=format_date(inp.height_measured_on),
            weight=plain_number(dose.weight_kg), weight_on=format_date(inp.weight_measured_on))),
    ]


def checks_rows(inp: DosingSheetInput) -> list[tuple[str, str]]:
    """Pre-dose labs and the plausibility alerts behind this dose (confirmed or not)."""
    rows: list[tuple[str, str]] = []
    check = inp.lab_check
    if check is not None:
        if check.lab is not None:
            lab = check.lab
            drawn = translate("DosingSheet", "ANC {anc} × 10⁹/L, platelets {plt} × 10⁹/L, drawn {on}").format(
                anc=plain_number(lab.anc_10e9_per_l), plt=plain_number(lab.platelets_10e9_per_l),
                on=format_date(lab.drawn_on))
        else:
            drawn = translate("DosingSheet", "no qualifying result")
        problems = clauses(lab_problem_text(p.code, p.values, words()) for p in check.problems)
        if check.state is LabState.OK:
            verdict = translate("DosingSheet", "OK")
        elif check.state is LabState.HOLD:
            verdict = translate("DosingSheet", "HOLD: {problems}").format(problems=problems)
        else:  # none drawn yet, or only old ones: pharmacy may prepare; the chair checks them first (LAB-2)
            verdict = translate("DosingSheet", "labs pending: {problems}").format(problems=problems)
        rows.append((translate("DosingSheet", "Pre-dose labs"), translate("DosingSheet", "{drawn}: {verdict}").format(
            drawn=drawn, verdict=verdict)))
    if inp.warnings:
        confirmed, unconfirmed = translate("DosingSheet", " (confirmed)"), translate("DosingSheet", " (NOT CONFIRMED)")
        rows.append((translate("DosingSheet", "Alerts"), clauses(
            warning_text(w.code, w.values, words()) + (confirmed if w.code in inp.acknowledged else unconfirmed)
            for w in inp.warnings)))
    return rows


def level_text(inp: DosingSheetInput) -> str:
    """The dose level, with the investigator's signed reason when below 0."""
    value = text.level_text(inp.dose)
    if inp.level_decision is not None:
        d = inp.level_decision
        value += translate("DosingSheet", " (reason: {reason}; decided by {who}, {when})").format(
            reason=d.reason, who=d.decided_by, when=format_datetime(d.decided_at))
    return value


def arithmetic(steps: list[CalculationStep]) -> Flowable:
    """The domain's calculation steps, one per line, in monospace."""
    return plain_lines([text.step_line(step) for step in steps], ARITHMETIC)


def _calculation(inp: DosingSheetInput, width: float) -> list[Flowable]:
    dose = inp.dose
    cap = translate("DosingSheet", "capped at {cap}").format(cap=format_m2(dose.cap_m2)) \
        if dose.cap_m2 is not None else translate("DosingSheet", "no cap")
    used = format_m2(dose.bsa_m2) + (translate("DosingSheet", " (CAPPED by the protocol)") if dose.capped else "")
    rows: list[tuple[str, str | Flowable]] = [
        (translate("DosingSheet", "BSA"), translate(
            "DosingSheet", "{formula} formula (actual body weight; {cap}); BSA used {used}").format(
            formula=format_bsa_formula(dose.formula), cap=cap, used=used)),
        (translate("DosingSheet", "Arithmetic"), arithmetic(dose.steps)),
        (translate("DosingSheet", "Dose"), translate(
            "DosingSheet", "{level}; exact {bsa} × {per_m2} = {exact}; dispensed {dose}").format(
            level=level_text(inp), bsa=format_m2(dose.bsa_m2), per_m2=format_mg_per_m2(dose.dose_per_m2_mg),
            exact=format_mg(dose.exact_mg), dose=format_mg(dose.dose_mg))),
    ]
    rows += checks_rows(inp)
    return [para(translate("DosingSheet", "Dose calculation"), HEADING), kv_table(rows, width, 0.2)]


def _preparation(inp: DosingSheetInput, width: float) -> list[Flowable]:
    prep = inp.preparation
    rows: list[tuple[str, str | Flowable]] = [
        (translate("DosingSheet", "Arithmetic"), arithmetic(prep.steps)),
        (translate("DosingSheet", "Volume to draw"), translate("DosingSheet", "{volume} of {conc} concentrate").format(
            volume=format_ml(prep.volume_ml), conc=format_concentration(prep.concentrate_mg_per_ml))),
        (translate("DosingSheet", "Vial plan"), text.vial_plan_text(prep.vial_plan)),
        (translate("DosingSheet", "Diluent and bag"), translate(
            "DosingSheet", "{bag} of {diluents} (circle the one used)").format(
            bag=text.bag_text(prep),
            diluents=translate("DosingSheet", " or ").join(protocol_text(d) for d in prep.diluents))),
        (translate("DosingSheet", "Final concentration"), text.concentration_text(prep)),
        (translate("DosingSheet", "Infusion"), translate("DosingSheet", "; ").join((
            text.infusion_text(prep, inp.dose.route), protocol_text(prep.container),
            protocol_text(prep.administration_set), protocol_text(prep.filter)))),
        (translate("DosingSheet", "Expiry"), text.expiry_text(prep)),
    ]
    lines: list[Flowable] = [para(translate("DosingSheet", "Preparation"), HEADING), kv_table(rows, width, 0.2)]
    if prep.not_to_be_confused_with:  # never substitute nab-paclitaxel (PREP-4)
        lines.append(note(translate("DosingSheet", "Do not confuse with {drug}.").format(
            drug=protocol_text(prep.not_to_be_confused_with))))
    return lines


def flat_dose_block(flat: NextFlatDose, width: float) -> Table:
    """The next day's flat dose: cohort letter and dose large, marked as not BSA-based."""
    dose = flat.dose
    left = [para(translate("DosingSheet", "Next day: {drug} - {mark}").format(drug=dose.display_name,
                                                                              mark=text.flat_mark()), LABEL),
            para(f"{format_mcg_as_mg(dose.mcg)} {format_route(dose.route)}", BIG),
            para(translate("DosingSheet", "due {on} (C{cycle}D{day}); {volume}").format(
                on=format_date(flat.on), cycle=flat.cycle, day=flat.day, volume=protocol_text(flat.volume_note)))]
    table = FontTable([[left, cohort_box(dose.cohort, compact=True)]], colWidths=[width - 36 * mm, 36 * mm])
    table.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 1.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def dosing_story(inp: DosingSheetInput) -> list[Flowable]:
    """The flowables of one pharmacy sheet."""
    width = frame_width(inp.ctx)
    story: list[Flowable] = [status_banner(inp, width), Spacer(1, 1.5 * mm), identity_row(inp, width),
                             Spacer(1, 1.5 * mm), kv_table(treatment_rows(inp), width, 0.2),
                             Spacer(1, 1.5 * mm), para(text.paclitaxel_headline(inp.dose), BIG)]
    story += _calculation(inp, width)
    story += _preparation(inp, width)
    if inp.premedication is not None:
        story += [Spacer(1, 1.5 * mm), kv_table([(translate("DosingSheet", "Premedication"),
                                                   text.premedication_text(inp.premedication))], width, 0.2)]
    for flat in inp.next_flat_doses:
        story += [Spacer(1, 1.5 * mm), flat_dose_block(flat, width)]
    story.append(KeepTogether([Spacer(1, 1.5 * mm), signature_table([inp.prepared, inp.verified_by], width)]))
    return story


@in_document_language
def dosing_sheet_part(inp: DosingSheetInput) -> Part:
    """The pharmacy dosing sheet for one dose, as one document of a PDF, in its context's language."""
    width, height = page_size(inp.ctx)
    void, not_verified = translate("DosingSheet", VOID), translate("DosingSheet", NOT_VERIFIED)

    def on_page(canvas: Canvas, doc: Any) -> None:
        if inp.void_reason is not None:
            draw_watermark(canvas, void, width, height)
        elif not inp.verified:
            draw_watermark(canvas, not_verified, width, height)

    title = translate("DosingSheet", TITLE) + " - " + inp.dose.display_name
    return Part(dosing_story(inp), inp.ctx, title=title, running_head=running_head(inp.patient), on_page=on_page,
                subject=translate("DosingSheet", "dose record {id}").format(id=inp.dose_record_id))


@in_document_language
def render_dosing_sheet(inp: DosingSheetInput) -> bytes:
    """The pharmacy dosing sheet for one dose, as PDF bytes, in its context's language."""
    part = dosing_sheet_part(inp)
    return build_parts([part], title=part.title, subject=part.subject)
