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
from clinic_app.domain.language import writing_in
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.schedule_model import ItemCategory, ItemStatus, Schedule, ScheduleItem
from clinic_app.wording.protocol_text import protocol_text
from clinic_app.wording.values import QT_TRANSLATE_NOOP

from .blocks import running_head
from .context import DocumentInput, PatientIdentifiers, PrintContext
from .page import build_pdf, frame_width
from .styles import BIG, CALENDAR, CALENDAR_DATE, FontTable, para
from .words import in_document_language, translate

REMAINING = frozenset({ItemStatus.PLANNED, ItemStatus.DUE, ItemStatus.OVERDUE, ItemStatus.DECISION_REQUIRED})
# Routes in a patient's words, keyed by how the route is written in English (format_route).
_ROUTE_WORDS = {"IV": QT_TRANSLATE_NOOP("PatientCalendar", "a drip into a vein (IV)"),
                "subcutaneously": QT_TRANSLATE_NOOP("PatientCalendar", "an injection under the skin (subcutaneously)"),
                "orally": QT_TRANSLATE_NOOP("PatientCalendar", "by mouth (orally)")}


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
    name = protocol_text(protocol.premedication.drug)
    # Pending: the cycle-1 tolerance decides later (PREMED-1); promise nothing either way.
    if premed.status is ItemStatus.DECISION_REQUIRED or premed.rule.code == "premedication_pending_tolerance":
        return translate("PatientCalendar", "; {drug} before it only if your doctor decides so").format(drug=name)
    return translate("PatientCalendar", "; {drug} ({route}) before it").format(
        drug=name, route=format_route(protocol.premedication.route))


def _status_note(item: ScheduleItem) -> str:
    if item.status is ItemStatus.OVERDUE:
        return translate("PatientCalendar", " - not done yet: the clinic will give you a new date")
    if item.rule.code == "d1_postponed":
        return translate("PatientCalendar", " - postponed: this is the new date")
    if item.status is ItemStatus.DECISION_REQUIRED:
        return translate("PatientCalendar", " - your doctor will confirm")
    if item.closed_day:
        return translate("PatientCalendar", " - the clinic is normally closed that day: please check with us")
    return ""


def describe(protocol: Protocol, item: ScheduleItem, premed: ScheduleItem | None) -> str:
    """One item in plain words."""
    if item.category is ItemCategory.SCREENING:
        return translate("PatientCalendar", "Screening visit") + _status_note(item)
    if item.category is ItemCategory.VISIT:
        visit = protocol.visit(item.kind)
        return translate("PatientCalendar", "{visit}: {procedures}").format(
            visit=protocol_text(visit.name), procedures=", ".join(protocol_text(p) for p in visit.procedures)) \
            + _status_note(item)
    drug = protocol.drug(item.kind)
    with writing_in("en"):  # the key of _ROUTE_WORDS
        route = format_route(drug.route)
    how = translate("PatientCalendar", _ROUTE_WORDS[route]) if route in _ROUTE_WORDS else format_route(drug.route)
    length = translate("PatientCalendar", ", about %n minute(s)", None, drug.infusion_minutes) \
        if drug.infusion_minutes else ""
    extra = _premedication_note(protocol, premed) if drug.basis == "bsa" else ""
    return translate("PatientCalendar", "{drug}: {how}{length}{extra} (cycle {cycle}, day {day})").format(
        drug=drug.display_name, how=how, length=length, extra=extra, cycle=item.cycle, day=item.day) \
        + _status_note(item)


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
        para(translate("PatientCalendar", "{who} · born {dob} · study number {code}").format(
            who=who, dob=format_birth_date(p.date_of_birth), code=p.subject_code), BIG),
        para(translate("PatientCalendar", "Produced on {date}. Dates can change if a treatment is postponed: the "
                                          "clinic will tell you. Please bring this calendar to every visit.").format(
            date=format_date(inp.produced_on)), CALENDAR),
    ]
    if inp.clinic_contact:
        story.append(para(translate("PatientCalendar", "Questions or feeling unwell: {clinic}").format(
            clinic=inp.clinic_contact), CALENDAR))
    if inp.clinic_phone:
        story.append(para(translate("PatientCalendar", "Phone: {phone}").format(phone=inp.clinic_phone),
                          CALENDAR_DATE))
    story += [Spacer(1, 4 * mm), para(translate("PatientCalendar", "Your visits"), CALENDAR_DATE), Spacer(1, 2 * mm)]
    lines = calendar_lines(inp)
    if not lines:
        story.append(para(translate("PatientCalendar", "No further visits are planned."), CALENDAR))
        return story
    rows = [[para(format_date(day), CALENDAR_DATE), [para(line, CALENDAR) for line in what]] for day, what in lines]
    table = FontTable(rows, colWidths=[54 * mm, width - 54 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story.append(table)
    return story


@in_document_language
def render_patient_calendar(inp: PatientCalendarInput) -> bytes:
    """The take-home calendar of one patient, as PDF bytes, in its context's language (the patient's)."""
    return build_pdf(calendar_story(inp), inp.ctx, title=translate("PatientCalendar", "My treatment calendar"),
                     running_head=running_head(inp.patient),
                     subject=translate("PatientCalendar", "calendar {code} {date}").format(
                         code=inp.patient.subject_code, date=inp.produced_on.isoformat()))
