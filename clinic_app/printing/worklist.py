"""The day's preparation worklist: every dose due that day, by patient, with the identifiers, where
the dose stands (not calculated / calculated / prepared / verified with its expiry, labs), drug,
dose, volume and bag; the day's PACLitaxel total and the vials to pull; flat doses grouped by
cohort so that the three 5-fold different IMP321 doses are never mixed up. A figure that is not a
verified record's is printed PROVISIONAL; a dose that cannot be worked out says why instead. Missed
doses are never on it (MISS-1).

The day's totals are exact Decimal sums of the domain's per-dose figures (no rounding happens
here); the vials to pull are the per-dose vial plans the domain chose, counted by strength.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime
from decimal import Decimal

from pydantic import Field, model_validator
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from clinic_app.domain.dosing import FlatDose, PaclitaxelDose
from clinic_app.domain.formatting import (
    format_birth_date,
    format_date,
    format_datetime,
    format_m2,
    format_mcg_as_mg,
    format_mg,
    format_mg_per_m2,
    format_ml,
    format_route,
)
from clinic_app.domain.preparation import PreparationPlan
from clinic_app.wording.protocol_text import protocol_text
from clinic_app.wording.worklist_words import LABS, PROGRESS

from . import dose_text as text
from .blocks import BOX, cohort_box
from .context import DocumentInput, PatientIdentifiers, PrintContext
from .page import Part, build_parts, frame_width
from .styles import BIG, BODY, GRID_LINES, HEADER_ROW, HEADING, LABEL, SMALL, FontTable, GridCell, Line, cell, para
from .words import in_document_language, translate


class WorklistEntry(DocumentInput):
    """One dose due on the day: a BSA dose with its preparation plan, a flat dose, or (a BSA dose that
    cannot be worked out yet) the reason; with where it stands."""

    patient: PatientIdentifiers
    cohort: str = Field(pattern=r"^[A-Z]$")
    slot: str
    dose_record_id: str | None = None
    progress: str = Field(pattern="^(" + "|".join(PROGRESS) + ")$")
    provisional: bool = False  # the figure is a forecast, not the verified record's
    labs: str | None = Field(default=None, pattern="^(" + "|".join(LABS) + ")$")
    expires_at: datetime | None = None
    bsa_dose: PaclitaxelDose | None = None
    preparation: PreparationPlan | None = None
    flat_dose: FlatDose | None = None
    volume_note: str | None = None  # of a flat dose: what to draw up (or "per pharmacy manual")
    no_dose_reason: str | None = None

    @model_validator(mode="after")
    def _one_dose(self) -> WorklistEntry:
        given = [d for d in (self.bsa_dose, self.flat_dose, self.no_dose_reason) if d is not None]
        if len(given) != 1:
            raise ValueError("an entry holds a BSA dose (with its preparation), a flat dose, or why there is none")
        if self.bsa_dose is not None:
            if self.preparation is None or self.preparation.dose_mg != self.bsa_dose.dose_mg:
                raise ValueError("a BSA dose needs the preparation plan of the same dose")
        if self.flat_dose is not None and self.flat_dose.cohort != self.cohort:
            raise ValueError(f"flat dose is for cohort {self.flat_dose.cohort}, patient is in cohort {self.cohort}")
        if self.progress == "verified" and self.provisional:
            raise ValueError("a verified dose is not provisional")
        return self


class WorklistInput(DocumentInput):
    """Every dose the pharmacy prepares on `work_date`."""

    ctx: PrintContext
    work_date: date
    entries: tuple[WorklistEntry, ...]
    flat_volume_note: str = "volume: per pharmacy manual"  # the protocol's product note (imp321_product)


def by_patient(entries: tuple[WorklistEntry, ...]) -> list[WorklistEntry]:
    """Entries by subject code, then slot (the clinic records no appointment times)."""
    return sorted(entries, key=lambda e: (e.patient.subject_code, e.slot))


def _who(entry: WorklistEntry) -> list[Line]:
    p = entry.patient
    return [(f"{p.subject_code} ({p.initials})", BODY),
            (translate("Worklist", "DOB {dob}").format(dob=format_birth_date(p.date_of_birth)), SMALL)]


def _state(entry: WorklistEntry) -> list[Line]:
    lines: list[Line] = [(translate("Worklist", PROGRESS[entry.progress]), LABEL)]
    if entry.dose_record_id:
        lines.append((entry.dose_record_id, SMALL))
    if entry.expires_at is not None:
        lines.append((translate("Worklist", "expires {when}").format(when=format_datetime(entry.expires_at)), SMALL))
    if entry.labs is not None:
        lines.append((translate("Worklist", LABS[entry.labs]), LABEL if entry.labs == "hold" else SMALL))
    return lines


def _row(entry: WorklistEntry, flat_volume_note: str, widths: list[float]) -> list[object]:
    if entry.bsa_dose is not None and entry.preparation is not None:
        dose, prep = entry.bsa_dose, entry.preparation
        figure = f"{format_mg(dose.dose_mg)} ({format_mg_per_m2(dose.dose_per_m2_mg)} × {format_m2(dose.bsa_m2)})"
        what: list[Line] = [(f"{dose.display_name} {format_route(dose.route)} {entry.slot}", BODY),
                            (figure + (translate("Worklist", " PROVISIONAL") if entry.provisional else ""), LABEL)]
        volume: list[Line] = [(format_ml(prep.volume_ml), BODY), (text.vials_text(prep.vial_plan), SMALL)]
        bag: list[Line] = [(text.bag_text(prep), BODY)]
    elif entry.flat_dose is not None:
        flat = entry.flat_dose
        what = [(f"{flat.display_name} {format_route(flat.route)} {entry.slot}", BODY),
                (translate("Worklist", "{dose} - cohort {cohort}").format(dose=format_mcg_as_mg(flat.mcg),
                                                                         cohort=flat.cohort), LABEL),
                (text.flat_mark(), SMALL)]
        volume = [(protocol_text(entry.volume_note or flat_volume_note), SMALL)]
        bag = [("-", BODY)]
    else:
        what = [(entry.slot, BODY), (translate("Worklist", "NO DOSE YET: {reason}").format(
            reason=entry.no_dose_reason), LABEL)]
        volume, bag = [("-", BODY)], [("-", BODY)]
    lines = [_who(entry), [(entry.cohort, BIG)], what, volume, bag, _state(entry),
             [(BOX + " " + translate("Worklist", "prepared"), BODY),
              (BOX + " " + translate("Worklist", "checked"), BODY)]]
    return [cell(parts, width) for parts, width in zip(lines, widths, strict=True)]


def _doses_table(inp: WorklistInput, width: float) -> FontTable:
    fixed = [44 * mm, 20 * mm, 0, 44 * mm, 18 * mm, 46 * mm, 30 * mm]  # "Cohorte" fits its column
    fixed[2] = width - sum(fixed)
    titles = (translate("Worklist", "Patient"), translate("Worklist", "Cohort"), translate("Worklist", "Drug and dose"),
              translate("Worklist", "Volume / vials"), translate("Worklist", "Bag"),
              translate("Worklist", "Where it stands"), translate("Worklist", "Done"))
    header = [cell([(h, LABEL)], w) for h, w in zip(titles, fixed, strict=True)]
    table = FontTable([header, *(_row(e, inp.flat_volume_note, fixed) for e in by_patient(inp.entries))],
                      colWidths=fixed, repeatRows=1, cell=GridCell)
    table.setStyle(GRID_LINES)
    table.setStyle(HEADER_ROW)
    table.setStyle(TableStyle([("ALIGN", (1, 1), (1, -1), "CENTER")]))
    return table


def _bsa_totals(inp: WorklistInput) -> list[Flowable]:
    bsa = [e for e in inp.entries if e.bsa_dose is not None and e.preparation is not None]
    if not bsa:
        return []
    name = bsa[0].bsa_dose.display_name if bsa[0].bsa_dose else ""
    total_mg = sum((e.bsa_dose.dose_mg for e in bsa if e.bsa_dose), Decimal(0))
    total_ml = sum((e.preparation.volume_ml for e in bsa if e.preparation), Decimal(0))
    vials: Counter[tuple[Decimal, Decimal, bool]] = Counter()
    for e in bsa:
        assert e.preparation is not None
        for use in e.preparation.vial_plan.vials:
            vials[(use.strength_mg, use.volume_ml, use.multi_dose)] += use.count
    multi_dose = translate("Paper", " (multi-dose)")
    pulled = " + ".join(f"{n} × {format_mg(s)}/{format_ml(v)}{multi_dose if multi else ''}"
                        for (s, v, multi), n in sorted(vials.items(), reverse=True))
    return [KeepTogether([para(translate("Worklist", "{drug}: day total").format(drug=name), HEADING),
            para(translate("Worklist", "%n infusion(s) · {total} in total · {volume} of concentrate to draw · vials "
                                       "to pull (one plan per dose): {vials}", None, len(bsa)).format(
                total=format_mg(total_mg), volume=format_ml(total_ml), vials=pulled))])]


def _flat_by_cohort(inp: WorklistInput, width: float) -> list[Flowable]:
    groups: dict[tuple[str, str], list[WorklistEntry]] = defaultdict(list)
    for e in inp.entries:
        if e.flat_dose is not None:
            groups[(e.flat_dose.display_name, e.cohort)].append(e)
    story: list[Flowable] = []
    for (name, cohort), entries in sorted(groups.items()):
        dose = entries[0].flat_dose
        assert dose is not None
        patients = ", ".join(e.patient.subject_code for e in by_patient(tuple(entries)))
        left = [para(f"{name} - {text.flat_mark()}", LABEL),
                para(f"{format_mcg_as_mg(dose.mcg)} {format_route(dose.route)}", BIG),
                para(translate("Worklist", "%n patient(s): {patients}", None, len(entries)).format(patients=patients))]
        box = FontTable([[left, cohort_box(cohort, 30 * mm, compact=True)]], colWidths=[width - 34 * mm, 34 * mm])
        box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story += [box, Spacer(1, 2 * mm)]
    if story:
        story[0] = KeepTogether([para(translate("Worklist", "Flat doses by cohort (never mix cohorts on one tray)"),
                                      HEADING), story[0]])
    return story


def worklist_story(inp: WorklistInput) -> list[Flowable]:
    """The flowables of the worklist."""
    width = frame_width(inp.ctx, landscape=True)
    if not inp.entries:
        return [para(translate("Worklist", "No doses to prepare on {date}.").format(date=format_date(inp.work_date)),
                     BIG)]
    return [para(translate("Worklist", "Doses due on {date}, by patient").format(date=format_date(inp.work_date)),
                 HEADING), _doses_table(inp, width),
            *_bsa_totals(inp), Spacer(1, 2 * mm), *_flat_by_cohort(inp, width)]


@in_document_language
def worklist_part(inp: WorklistInput) -> Part:
    """The pharmacy's preparation worklist for one day, as one document of a PDF, in its context's
    language."""
    return Part(worklist_story(inp), inp.ctx, title=translate("Worklist", "Preparation worklist"),
                running_head=translate("Worklist", "{date} · %n dose(s)", None, len(inp.entries)).format(
                    date=format_date(inp.work_date)),
                subject=translate("Worklist", "worklist {date}").format(date=inp.work_date.isoformat()),
                landscape=True)


@in_document_language
def render_worklist(inp: WorklistInput) -> bytes:
    """The pharmacy's preparation worklist for one day, as PDF bytes, in its context's language."""
    part = worklist_part(inp)
    return build_parts([part], title=part.title, subject=part.subject)
