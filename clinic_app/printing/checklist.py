"""The chair-side visit checklist: one sheet per patient per visit day, steps in the order they are
done, each with a box to tick and room to sign "Administered" / "Checked".

Order: identity, weight (with the re-calculation rule), vital signs, pre-treatment labs against
the protocol's thresholds, then the day's items in the planner's order (visits before dosing,
premedication, the infusion, the flat-dose injection), and adverse events last.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from clinic_app.domain.dosing import flat_volume_text
from clinic_app.domain.due import DoseCode, DueItem, DueStatus
from clinic_app.domain.formatting import (
    format_birth_date,
    format_date,
    format_mcg_as_mg,
    format_mg,
    format_mg_per_m2,
    format_route,
    plain_number,
)
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Measurement, Toxicity
from clinic_app.domain.schedule_model import ItemCategory, ItemStatus
from clinic_app.wording.protocol_text import protocol_text
from clinic_app.wording.values import QT_TRANSLATE_NOOP

from . import dose_text as text
from .blocks import BOX, cohort_box, kv_table, meaning_text, patient_rows, running_head, signature_table
from .context import DocumentInput, PatientIdentifiers, PrintContext, SignatureBlock
from .dosing_input import Premedication
from .page import build_pdf, frame_width
from .styles import BIG, GRID_LINES, HEADER_ROW, HEADING, LABEL, SMALL, FontTable, GridCell, esc, para, rich
from .wording import rule_text
from .words import in_document_language, translate, words

SHORT = "_______"


def _tolerance() -> str:
    return translate("VisitChecklist", "{box} well tolerated  {box} mild reaction (grade 1-2)  {box} severe "
                                       "hypersensitivity (grade 3-4): stop, do not rechallenge (tick one; never "
                                       "assumed)").format(box=BOX)


def _injection_sites() -> str:
    return translate("VisitChecklist", "{box} abdomen  {box} thigh  {box} upper arm; left / right").format(box=BOX)


class VisitChecklistInput(DocumentInput):
    """One patient's visit day: what the planner says is due, with its doses (domain `DueItem`s)."""

    ctx: PrintContext
    patient: PatientIdentifiers
    protocol: Protocol
    cohort: str = Field(pattern=r"^[A-Z]$")
    visit_date: date
    items: tuple[DueItem, ...] = Field(min_length=1)
    previous_weight: Measurement | None = None  # the weight the previous BSA dose was calculated from
    toxicities: tuple[Toxicity, ...] = ()  # adverse events recorded so far (TOX-1)

    @model_validator(mode="after")
    def _one_patient(self) -> VisitChecklistInput:
        for due in self.items:
            if due.dose is not None and due.dose.flat is not None and due.dose.flat.cohort != self.cohort:
                raise ValueError(f"flat dose is for cohort {due.dose.flat.cohort}, patient is in cohort {self.cohort}")
        return self


Row = tuple[str, list[Flowable], str]  # step, what to do / record, who signs ("Checked" or both)


def _sign(kind: str) -> list[Flowable]:
    checked = para(meaning_text("Checked") + " " + SHORT, SMALL)
    time = para(translate("VisitChecklist", "Time") + " " + SHORT, SMALL)
    if kind == "both":
        return [para(meaning_text("Administered") + " " + SHORT, SMALL), checked, time]
    return [checked, time]


def _identity(inp: VisitChecklistInput) -> Row:
    p = inp.patient
    who = p.full_name or translate("VisitChecklist", "initials {initials}").format(initials=p.initials)
    return (translate("VisitChecklist", "Identity check"), [para(translate(
        "VisitChecklist", "Ask full name and date of birth; match wristband and this sheet: {who}, born {dob}, "
                          "subject {code}").format(who=who, dob=format_birth_date(p.date_of_birth),
                                                   code=p.subject_code))], "checked")


def _weight(inp: VisitChecklistInput) -> Row:
    rules = inp.protocol.weight
    lines = [para(translate("VisitChecklist", "Weight {blank} kg (measured today, or within %n day(s) before the "
                                              "dose)", None, rules.max_age_days).format(blank=SHORT))]
    change = plain_number(rules.recalc_change_percent)
    if inp.previous_weight is not None:
        prev = inp.previous_weight
        lines.append(para(translate(
            "VisitChecklist", "A change of {change} % or more against {weight} kg (used for the previous dose, "
                              "measured {on}) needs a signed decision: recalculate or keep. Tell the pharmacy before "
                              "preparing.").format(change=change, weight=plain_number(prev.weight_kg),
                                                   on=format_date(prev.measured_on))))
    else:
        lines.append(para(translate("VisitChecklist", "A change of {change} % or more against the weight used for "
                                                      "the previous dose needs a signed decision: recalculate or "
                                                      "keep.").format(change=change)))
    return (translate("VisitChecklist", "Weight"), lines, "checked")


def _vitals() -> Row:
    return (translate("VisitChecklist", "Vital signs"), [para(translate(
        "VisitChecklist", "BP {blank} / {blank} mmHg · pulse {blank} /min · temperature {blank} °C · SpO₂ {blank} "
                          "%").format(blank=SHORT))], "checked")


def _labs(inp: VisitChecklistInput) -> Row:
    hold = inp.protocol.hold_rules
    return (translate("VisitChecklist", "Pre-treatment labs"), [
        para(translate("VisitChecklist", "ANC {blank} × 10⁹/L: give only if ≥ {minimum} × 10⁹/L").format(
            blank=SHORT, minimum=plain_number(hold.anc_min_10e9_per_l))),
        para(translate("VisitChecklist", "Platelets {blank} × 10⁹/L: give only if ≥ {minimum} × 10⁹/L").format(
            blank=SHORT, minimum=plain_number(hold.platelets_min_10e9_per_l))),
        para(translate("VisitChecklist", "Drawn on {blank} (within %n day(s) before the dose). Otherwise HOLD and "
                                         "call the investigator.", None, hold.labs_max_age_days).format(blank=SHORT)),
    ], "checked")


def _status_note(due: DueItem) -> str:
    if due.status is DueStatus.OVERDUE:
        return translate("VisitChecklist", " OVERDUE (window {start} to {end}).").format(
            start=format_date(due.item.window.start), end=format_date(due.item.window.end))
    if due.status is DueStatus.DECISION_REQUIRED:
        return translate("VisitChecklist", " INVESTIGATOR DECISION REQUIRED before it is given: {why}.").format(
            why=rule_text(due.item.rule, translate=words()))
    if due.state is not None and due.state.decision is not None:
        return translate("VisitChecklist", " INVESTIGATOR DECISION REQUIRED before it is given.")
    return ""


# Items that are NOT to be given today: the row says so and what is to be recorded instead.
_NOT_TO_GIVE = {
    DueStatus.MISSED: QT_TRANSLATE_NOOP("VisitChecklist", "MISSED: its window closed on {end}. Do not give. Record "
                                                          "what happened: a late entry on the real date it was given, "
                                                          "or a hold / omission."),
    DueStatus.DISCONTINUED: QT_TRANSLATE_NOOP("VisitChecklist", "DISCONTINUED: do not give ({rule})."),
    DueStatus.ENDED: QT_TRANSLATE_NOOP("VisitChecklist", "TREATMENT ENDED: do not give ({rule})."),
}


def _not_to_give(inp: VisitChecklistInput, due: DueItem) -> Row:
    item = due.item
    name = inp.protocol.drug(item.kind).display_name if item.category is ItemCategory.DOSE else (
        inp.protocol.premedication.drug.capitalize())
    note = translate("VisitChecklist", _NOT_TO_GIVE[due.status]).format(
        end=format_date(item.window.end), rule=rule_text(item.rule, translate=words()))
    return (translate("VisitChecklist", "{name} ({slot}): not to give").format(name=name, slot=item.slot),
            [para(note, LABEL)], "checked")


def _visit_rows(inp: VisitChecklistInput, due: DueItem) -> list[Row]:
    item = due.item
    if item.category is ItemCategory.SCREENING:
        return [(protocol_text("Screening"), [para(translate("VisitChecklist", "Screening visit per protocol.")
                                                    + _status_note(due))], "checked")]
    visit = inp.protocol.visit(item.kind)
    rows: list[Row] = []
    for procedure in visit.procedures:
        detail = {"PD blood": translate("VisitChecklist", "Drawn at {blank}, before any dosing today. "),
                  "CT scan": translate("VisitChecklist", "Done / booked for {blank}. ")}.get(procedure, "")
        name = protocol_text(procedure)
        rows.append((name[0].upper() + name[1:], [para(detail.format(blank=SHORT) + translate(
            "VisitChecklist", "Part of the {visit}.").format(visit=protocol_text(visit.name)) + _status_note(due))],
            "checked"))
    return rows


def _premedication(inp: VisitChecklistInput, due: DueItem) -> Row:
    line = Premedication.from_schedule_item(due.item, inp.protocol)
    return (translate("VisitChecklist", "Premedication"), [para(text.premedication_text(line))],
            "both" if line.status != "omit" else "checked")


def _bsa_dose(inp: VisitChecklistInput, due: DueItem) -> Row:
    drug = inp.protocol.drug(due.item.kind)
    dose = due.dose
    if dose is not None and dose.code is DoseCode.BSA and dose.bsa is not None:
        what = f"{drug.display_name} {format_mg(dose.bsa.dose_mg)} ({format_mg_per_m2(dose.bsa.dose_per_m2_mg)})"
        if dose.provisional:
            what += translate("VisitChecklist", " PROVISIONAL (not yet verified: the verified pharmacy label is the "
                                                "dose)")
    elif dose is not None and dose.code is DoseCode.LEVEL_DECISION_REQUIRED:
        what = translate("VisitChecklist", "{drug} (dose: the investigator decides the dose level first)").format(
            drug=drug.display_name)
    else:
        what = translate("VisitChecklist", "{drug} (dose: needs today's weight)").format(drug=drug.display_name)
    route = translate("Paper", "{route} over %n minute(s)", None, drug.infusion_minutes).format(
        route=format_route(drug.route)) if drug.infusion_minutes else format_route(drug.route)
    title = translate("VisitChecklist", "{drug} infusion ({slot})").format(drug=drug.display_name, slot=due.item.slot)
    return (title, [
        para(translate("VisitChecklist", "{what} {route}; give only the verified dose on the pharmacy label.").format(
            what=what, route=route) + _status_note(due)),
        para(translate("VisitChecklist", "Start {blank} · stop {blank}").format(blank=SHORT)),
        para(translate("VisitChecklist", "Tolerance: {choices}").format(choices=_tolerance())),
    ], "both")


def _flat_dose(inp: VisitChecklistInput, due: DueItem) -> Row:
    drug = inp.protocol.drug(due.item.kind)
    dose = due.dose.flat if due.dose is not None else None
    lines: list[Flowable] = []
    if dose is not None:
        lines.append(FontTable([[[para(f"{drug.display_name} - {text.flat_mark()}", LABEL),
                                  para(f"{format_mcg_as_mg(dose.mcg)} {format_route(dose.route)}", BIG)],
                                 cohort_box(dose.cohort, 26 * mm, compact=True)]],
                               colWidths=[None, 28 * mm]))
    volume = flat_volume_text(inp.protocol, dose.mcg) if dose is not None \
        else inp.protocol.imp321_product.injection_volume_note
    lines += [para(_status_note(due).strip() or translate("VisitChecklist", "Give as on the pharmacy label; {volume}.")
                   .format(volume=protocol_text(volume))),
              para(translate("VisitChecklist", "Site: {sites} · time {blank}").format(sites=_injection_sites(),
                                                                                     blank=SHORT))]
    return (translate("VisitChecklist", "{drug} injection ({slot})").format(drug=drug.display_name, slot=due.item.slot),
            lines, "both")


def _adverse_events(inp: VisitChecklistInput) -> Row:
    lines = [para(translate("VisitChecklist", "{box} none new  {box} yes: record each one (CTCAE v{version} term, "
                                              "grade, onset date)").format(
        box=BOX, version=inp.protocol.toxicities.ctcae_version))]
    for tox in inp.toxicities:
        term = inp.protocol.toxicities.term(tox.term)
        name = tox.term_text if tox.term_text else (protocol_text(term.name) if term is not None else tox.term)
        lines.append(para(translate("VisitChecklist", "Recorded: {name}, grade {grade}, onset {onset}").format(
            name=name, grade=tox.grade, onset=format_date(tox.onset)), SMALL))
    return (translate("VisitChecklist", "Adverse events"), lines, "checked")


def checklist_rows(inp: VisitChecklistInput) -> list[Row]:
    """Every step of the day, in order."""
    live = [due for due in inp.items if due.item.status is not ItemStatus.NOT_APPLICABLE]
    to_give = [due for due in live if due.status not in _NOT_TO_GIVE]
    bsa_due = any(due.item.category is ItemCategory.DOSE and inp.protocol.drug(due.item.kind).basis == "bsa"
                  for due in to_give)
    rows: list[Row] = [_identity(inp)]
    if bsa_due:
        rows.append(_weight(inp))
    rows.append(_vitals())
    if bsa_due:
        rows.append(_labs(inp))
    for due in live:
        category = due.item.category
        if due.status in _NOT_TO_GIVE:
            rows.append(_not_to_give(inp, due))
        elif category in (ItemCategory.VISIT, ItemCategory.SCREENING):
            rows += _visit_rows(inp, due)
        elif category is ItemCategory.PREMEDICATION:
            rows.append(_premedication(inp, due))
        elif inp.protocol.drug(due.item.kind).basis == "bsa":
            rows.append(_bsa_dose(inp, due))
        else:
            rows.append(_flat_dose(inp, due))
    rows.append(_adverse_events(inp))
    return rows


def _day_line(inp: VisitChecklistInput) -> str:
    first = inp.items[0].item
    return translate("VisitChecklist", "{date} · study day {day} · study week {week}").format(
        date=format_date(inp.visit_date), day=first.study_day, week=first.study_week)


def checklist_story(inp: VisitChecklistInput) -> list[Flowable]:
    """The flowables of one checklist."""
    width = frame_width(inp.ctx)
    side = 34 * mm
    header = FontTable([[kv_table([*patient_rows(inp.patient), (translate("VisitChecklist", "Visit day"),
                                                                 _day_line(inp))], width - side - 4 * mm,
                                  0.3), cohort_box(inp.cohort, side - 2 * mm)]],
                       colWidths=[width - side, side])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    data: list[list[object]] = [["", para(translate("VisitChecklist", "Step"), LABEL),
                                  para(translate("VisitChecklist", "What to do / record"), LABEL),
                                  para(translate("VisitChecklist", "Sign"), LABEL)]]
    for step, lines, sign in checklist_rows(inp):
        data.append([para(BOX, BIG), rich(f"<b>{esc(step)}</b>"), lines, _sign(sign)])
    table = FontTable(data, colWidths=[10 * mm, 34 * mm, width - 10 * mm - 34 * mm - 34 * mm, 34 * mm],
                      repeatRows=1, cell=GridCell)
    table.setStyle(GRID_LINES)
    table.setStyle(HEADER_ROW)
    return [header, Spacer(1, 2 * mm), para(translate("VisitChecklist", "Steps in order"), HEADING), table,
            Spacer(1, 3 * mm),
            KeepTogether([signature_table([SignatureBlock(meaning="Administered"),
                                           SignatureBlock(meaning="Checked")], width)])]


@in_document_language
def render_visit_checklist(inp: VisitChecklistInput) -> bytes:
    """The chair-side checklist of one patient's visit day, as PDF bytes, in its context's language."""
    return build_pdf(checklist_story(inp), inp.ctx, title=translate("VisitChecklist", "Chair-side visit checklist"),
                     running_head=running_head(inp.patient),
                     subject=translate("VisitChecklist", "visit {code} {date}").format(
                         code=inp.patient.subject_code, date=inp.visit_date.isoformat()))
