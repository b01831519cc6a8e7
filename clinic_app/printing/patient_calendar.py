"""The take-home patient calendar: every remaining visit and dose in plain language and large
type, dated "Mon 05-Jan-2026", stamped with the day it was produced.

It carries no mg amounts on purpose: the paclitaxel dose is recalculated from the weight at each
visit, so a printed amount would go stale; the patient needs dates and what happens on them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from pydantic import Field
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from clinic_app.domain.formatting import format_birth_date, format_date, format_route
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.schedule_model import ItemCategory, ItemStatus, Schedule, ScheduleItem

from .blocks import running_head
from .context import DocumentInput, PatientIdentifiers, PrintContext
from .page import build_pdf, frame_width
from .styles import BIG, CALENDAR, CALENDAR_DATE, FontTable, para

TITLE = "My treatment calendar"
REMAINING = frozenset({ItemStatus.PLANNED, ItemStatus.DUE, ItemStatus.OVERDUE, ItemStatus.DECISION_REQUIRED})
_ROUTE_WORDS = {"IV": "a drip into a vein (IV)", "subcutaneously": "an injection under the skin (subcutaneously)",
                "orally": "by mouth (orally)"}


class PatientCalendarInput(DocumentInput):
    """A patient's plan as the planner made it on `produced_on`."""

    ctx: PrintContext
    patient: PatientIdentifiers
    protocol: Protocol
    schedule: Schedule
    produced_on: date
    clinic_contact: str = Field(default="", description="the clinic's name")
    clinic_phone: str = Field(default="", description="the clinic's phone number, printed under its name")


def _premedication_note(protocol: Protocol, premed: ScheduleItem | None) -> str:
    if premed is None or premed.status in (ItemStatus.OMITTED, ItemStatus.NOT_APPLICABLE):
        return ""
    name = protocol.premedication.drug
    # Pending: the cycle-1 tolerance decides later (PREMED-1); promise nothing either way.
    if premed.status is ItemStatus.DECISION_REQUIRED or premed.rule.code == "premedication_pending_tolerance":
        return f"; {name} before it only if your doctor decides so"
    return f"; {name} ({format_route(protocol.premedication.route)}) before it"


def _status_note(item: ScheduleItem) -> str:
    if item.status is ItemStatus.OVERDUE:
        return " - not done yet: the clinic will give you a new date"
    if item.rule.code == "d1_postponed":
        return " - postponed: this is the new date"
    if item.status is ItemStatus.DECISION_REQUIRED:
        return " - your doctor will confirm"
    if item.closed_day:
        return " - the clinic is normally closed that day: please check with us"
    return ""


def describe(protocol: Protocol, item: ScheduleItem, premed: ScheduleItem | None) -> str:
    """One item in plain words."""
    if item.category is ItemCategory.SCREENING:
        return "Screening visit" + _status_note(item)
    if item.category is ItemCategory.VISIT:
        visit = protocol.visit(item.kind)
        return f"{visit.name}: " + ", ".join(visit.procedures) + _status_note(item)
    drug = protocol.drug(item.kind)
    how = _ROUTE_WORDS.get(drug.route, format_route(drug.route))
    length = f", about {drug.infusion_minutes} minutes" if drug.infusion_minutes else ""
    extra = _premedication_note(protocol, premed) if drug.basis == "bsa" else ""
    return f"{drug.display_name}: {how}{length}{extra} (cycle {item.cycle}, day {item.day})" + _status_note(item)


def calendar_lines(inp: PatientCalendarInput) -> list[tuple[date, list[str]]]:
    """(date, what happens) for every remaining day, in date order; premedication folds into its infusion."""
    items = [it for it in inp.schedule.items if it.status in REMAINING]
    premeds = {(it.cycle, it.day): it for it in inp.schedule.items if it.category is ItemCategory.PREMEDICATION}
    days: dict[date, list[str]] = defaultdict(list)
    for item in items:
        if item.category is ItemCategory.PREMEDICATION:
            continue
        premed = premeds.get((item.cycle, item.day)) if item.category is ItemCategory.DOSE else None
        days[item.planned_date].append(describe(inp.protocol, item, premed))
    return sorted(days.items())


def calendar_story(inp: PatientCalendarInput) -> list[Flowable]:
    """The flowables of the calendar."""
    width = frame_width(inp.ctx)
    p = inp.patient
    who = p.full_name or p.initials
    story: list[Flowable] = [
        para(f"{who} · born {format_birth_date(p.date_of_birth)} · study number {p.subject_code}", BIG),
        para(f"Produced on {format_date(inp.produced_on)}. Dates can change if a treatment is postponed: "
             "the clinic will tell you. Please bring this calendar to every visit.", CALENDAR),
    ]
    if inp.clinic_contact:
        story.append(para(f"Questions or feeling unwell: {inp.clinic_contact}", CALENDAR))
    if inp.clinic_phone:
        story.append(para(f"Phone: {inp.clinic_phone}", CALENDAR_DATE))
    story += [Spacer(1, 4 * mm), para("Your visits", CALENDAR_DATE), Spacer(1, 2 * mm)]
    lines = calendar_lines(inp)
    if not lines:
        story.append(para("No further visits are planned.", CALENDAR))
        return story
    rows = [[para(format_date(day), CALENDAR_DATE), [para(line, CALENDAR) for line in what]] for day, what in lines]
    table = FontTable(rows, colWidths=[54 * mm, width - 54 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story.append(table)
    return story


def render_patient_calendar(inp: PatientCalendarInput) -> bytes:
    """The take-home calendar of one patient, as PDF bytes."""
    return build_pdf(calendar_story(inp), inp.ctx, title=TITLE, running_head=running_head(inp.patient),
                     subject=f"calendar {inp.patient.subject_code} {inp.produced_on.isoformat()}")
