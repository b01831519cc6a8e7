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

from . import dose_text as text
from .blocks import BOX, cohort_box, kv_table, patient_rows, running_head, signature_table
from .context import DocumentInput, PatientIdentifiers, PrintContext, SignatureBlock
from .dosing_input import Premedication
from .page import build_pdf, frame_width
from .styles import BIG, GRID, HEADER_ROW, HEADING, LABEL, SMALL, FontTable, esc, para, rich
from .wording import rule_text

TITLE = "Chair-side visit checklist"
SHORT = "_______"
TOLERANCE = (f"{BOX} well tolerated  {BOX} mild reaction (grade 1-2)  {BOX} severe hypersensitivity (grade 3-4): "
             "stop, do not rechallenge (tick one; never assumed)")
INJECTION_SITES = f"{BOX} abdomen  {BOX} thigh  {BOX} upper arm; left / right"


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
    if kind == "both":
        return [para(f"Administered {SHORT}", SMALL), para(f"Checked {SHORT}", SMALL), para(f"Time {SHORT}", SMALL)]
    return [para(f"Checked {SHORT}", SMALL), para(f"Time {SHORT}", SMALL)]


def _identity(inp: VisitChecklistInput) -> Row:
    p = inp.patient
    who = p.full_name or f"initials {p.initials}"
    return ("Identity check", [para(f"Ask full name and date of birth; match wristband and this sheet: {who}, "
                                    f"born {format_birth_date(p.date_of_birth)}, subject {p.subject_code}")], "checked")


def _weight(inp: VisitChecklistInput) -> Row:
    rules = inp.protocol.weight
    lines = [para(f"Weight {SHORT} kg (measured today, or within {rules.max_age_days} days before the dose)")]
    if inp.previous_weight is not None:
        prev = inp.previous_weight
        lines.append(para(
            f"A change of {plain_number(rules.recalc_change_percent)} % or more against {plain_number(prev.weight_kg)} "
            f"kg (used for the previous dose, measured {format_date(prev.measured_on)}) needs a signed decision: "
            "recalculate or keep. Tell the pharmacy before preparing."))
    else:
        lines.append(para(f"A change of {plain_number(rules.recalc_change_percent)} % or more against the weight used "
                          "for the previous dose needs a signed decision: recalculate or keep."))
    return ("Weight", lines, "checked")


def _vitals() -> Row:
    return ("Vital signs", [para(f"BP {SHORT} / {SHORT} mmHg · pulse {SHORT} /min · temperature {SHORT} °C · "
                                 f"SpO₂ {SHORT} %")], "checked")


def _labs(inp: VisitChecklistInput) -> Row:
    hold = inp.protocol.hold_rules
    return ("Pre-treatment labs", [
        para(f"ANC {SHORT} × 10⁹/L: give only if ≥ {plain_number(hold.anc_min_10e9_per_l)} × 10⁹/L"),
        para(f"Platelets {SHORT} × 10⁹/L: give only if ≥ {plain_number(hold.platelets_min_10e9_per_l)} × 10⁹/L"),
        para(f"Drawn on {SHORT} (within {hold.labs_max_age_days} days before the dose). "
             "Otherwise HOLD and call the investigator."),
    ], "checked")


def _status_note(due: DueItem) -> str:
    if due.status is DueStatus.OVERDUE:
        return f" OVERDUE (window {format_date(due.item.window.start)} to {format_date(due.item.window.end)})."
    if due.status is DueStatus.DECISION_REQUIRED:
        return " INVESTIGATOR DECISION REQUIRED before it is given: " + rule_text(due.item.rule) + "."
    if due.state is not None and due.state.decision is not None:
        return " INVESTIGATOR DECISION REQUIRED before it is given."
    return ""


# Items that are NOT to be given today: the row says so and what is to be recorded instead.
_NOT_TO_GIVE = {
    DueStatus.MISSED: "MISSED: its window closed on {end}. Do not give. Record what happened: "
                      "a late entry on the real date it was given, or a hold / omission.",
    DueStatus.DISCONTINUED: "DISCONTINUED: do not give ({rule}).",
    DueStatus.ENDED: "TREATMENT ENDED: do not give ({rule}).",
}


def _not_to_give(inp: VisitChecklistInput, due: DueItem) -> Row:
    item = due.item
    name = inp.protocol.drug(item.kind).display_name if item.category is ItemCategory.DOSE else (
        inp.protocol.premedication.drug.capitalize())
    note = _NOT_TO_GIVE[due.status].format(end=format_date(item.window.end), rule=rule_text(item.rule))
    return (f"{name} ({item.slot}): not to give", [para(note, LABEL)], "checked")


def _visit_rows(inp: VisitChecklistInput, due: DueItem) -> list[Row]:
    item = due.item
    if item.category is ItemCategory.SCREENING:
        return [("Screening", [para("Screening visit per protocol." + _status_note(due))], "checked")]
    visit = inp.protocol.visit(item.kind)
    rows: list[Row] = []
    for procedure in visit.procedures:
        detail = {"PD blood": f"Drawn at {SHORT}, before any dosing today. ",
                  "CT scan": f"Done / booked for {SHORT}. "}.get(procedure, "")
        rows.append((procedure[0].upper() + procedure[1:],
                     [para(f"{detail}Part of the {visit.name}.{_status_note(due)}")], "checked"))
    return rows


def _premedication(inp: VisitChecklistInput, due: DueItem) -> Row:
    line = Premedication.from_schedule_item(due.item, inp.protocol)
    return ("Premedication", [para(text.premedication_text(line))], "both" if line.status != "omit" else "checked")


def _bsa_dose(inp: VisitChecklistInput, due: DueItem) -> Row:
    drug = inp.protocol.drug(due.item.kind)
    dose = due.dose
    if dose is not None and dose.code is DoseCode.BSA and dose.bsa is not None:
        what = f"{drug.display_name} {format_mg(dose.bsa.dose_mg)} ({format_mg_per_m2(dose.bsa.dose_per_m2_mg)})"
        if dose.provisional:
            what += " PROVISIONAL (not yet verified: the verified pharmacy label is the dose)"
    elif dose is not None and dose.code is DoseCode.LEVEL_DECISION_REQUIRED:
        what = f"{drug.display_name} (dose: the investigator decides the dose level first)"
    else:
        what = f"{drug.display_name} (dose: needs today's weight)"
    minutes = f" over {drug.infusion_minutes} minutes" if drug.infusion_minutes else ""
    return (f"{drug.display_name} infusion ({due.item.slot})", [
        para(f"{what} {format_route(drug.route)}{minutes}; give only the verified dose on the pharmacy label."
             + _status_note(due)),
        para(f"Start {SHORT} · stop {SHORT}"),
        para(f"Tolerance: {TOLERANCE}"),
    ], "both")


def _flat_dose(inp: VisitChecklistInput, due: DueItem) -> Row:
    drug = inp.protocol.drug(due.item.kind)
    dose = due.dose.flat if due.dose is not None else None
    lines: list[Flowable] = []
    if dose is not None:
        lines.append(FontTable([[[para(f"{drug.display_name} - {text.FLAT_MARK}", LABEL),
                                  para(f"{format_mcg_as_mg(dose.mcg)} {format_route(dose.route)}", BIG)],
                                 cohort_box(dose.cohort, 26 * mm, compact=True)]],
                               colWidths=[None, 28 * mm]))
    lines += [para(_status_note(due).strip() or "Give as on the pharmacy label; "
                   + (flat_volume_text(inp.protocol, dose.mcg) if dose is not None
                      else inp.protocol.imp321_product.injection_volume_note) + "."),
              para(f"Site: {INJECTION_SITES} · time {SHORT}")]
    return (f"{drug.display_name} injection ({due.item.slot})", lines, "both")


def _adverse_events(inp: VisitChecklistInput) -> Row:
    lines = [para(f"{BOX} none new  {BOX} yes: record each one (CTCAE v{inp.protocol.toxicities.ctcae_version} "
                  "term, grade, onset date)")]
    for tox in inp.toxicities:
        term = inp.protocol.toxicities.term(tox.term)
        name = tox.term_text if tox.term_text else (term.name if term is not None else tox.term)
        lines.append(para(f"Recorded: {name}, grade {tox.grade}, onset {format_date(tox.onset)}", SMALL))
    return ("Adverse events", lines, "checked")


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
    return f"{format_date(inp.visit_date)} · study day {first.study_day} · study week {first.study_week}"


def checklist_story(inp: VisitChecklistInput) -> list[Flowable]:
    """The flowables of one checklist."""
    width = frame_width(inp.ctx)
    side = 34 * mm
    header = FontTable([[kv_table([*patient_rows(inp.patient), ("Visit day", _day_line(inp))], width - side - 4 * mm,
                                  0.3), cohort_box(inp.cohort, side - 2 * mm)]],
                       colWidths=[width - side, side])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    data: list[list[object]] = [["", para("Step", LABEL), para("What to do / record", LABEL), para("Sign", LABEL)]]
    for step, lines, sign in checklist_rows(inp):
        data.append([para(BOX, BIG), rich(f"<b>{esc(step)}</b>"), lines, _sign(sign)])
    table = FontTable(data, colWidths=[10 * mm, 34 * mm, width - 10 * mm - 34 * mm - 34 * mm, 34 * mm],
                      repeatRows=1)
    table.setStyle(GRID)
    table.setStyle(HEADER_ROW)
    return [header, Spacer(1, 2 * mm), para("Steps in order", HEADING), table, Spacer(1, 3 * mm),
            KeepTogether([signature_table([SignatureBlock(meaning="Administered"),
                                           SignatureBlock(meaning="Checked")], width)])]


def render_visit_checklist(inp: VisitChecklistInput) -> bytes:
    """The chair-side checklist of one patient's visit day, as PDF bytes."""
    return build_pdf(checklist_story(inp), inp.ctx, title=TITLE, running_head=running_head(inp.patient),
                     subject=f"visit {inp.patient.subject_code} {inp.visit_date.isoformat()}")
