"""A patient's treatment calendar as an iCalendar file (RFC 5545), built with `icalendar`.

One all-day event per schedule item that is still to happen or happened (omitted and
not-applicable items are left out). UIDs are stable across re-planning (protocol, subject, item
uid), so a calendar program updates an event instead of duplicating it. The summary names the
drug and dose; the description gives the window and the rule behind the date.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from icalendar import Calendar, Event

from clinic_app.domain.formatting import format_date
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.schedule_model import ItemStatus, Schedule, ScheduleItem
from clinic_app.wording.names import item_name
from clinic_app.wording.rules import rule_text
from clinic_app.wording.values import word

PRODID = "-//Clinic Dosing Assistant//treatment calendar//EN"
_LEFT_OUT = (ItemStatus.OMITTED, ItemStatus.NOT_APPLICABLE)


def calendar_events(schedule: Schedule) -> list[ScheduleItem]:
    """The items that become events: everything except omitted and not-applicable items."""
    return [item for item in schedule.items if item.status not in _LEFT_OUT]


def event_uid(schedule: Schedule, item: ScheduleItem) -> str:
    """A UID that stays the same when the item is re-planned ("projection" stands for no patient)."""
    return f"{schedule.protocol_id}.{schedule.subject_code or 'projection'}.{item.uid}@clinic-dosing-assistant"


def schedule_to_ics(
    schedule: Schedule,
    protocol: Protocol,
    *,
    stamp: datetime,
    doses: Mapping[str, str] | None = None,
) -> bytes:
    """iCalendar bytes for a schedule.

    `stamp` (timezone-aware) is written as every event's DTSTAMP; `doses` maps an item uid to its
    dose as written on paper (e.g. "0.25 mg"); items without one show no dose. Raises ValueError
    for a naive `stamp`.
    """
    if stamp.tzinfo is None:
        raise ValueError("stamp must carry a time zone")
    doses = doses or {}
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{protocol.protocol.short_name} {schedule.subject_code}")
    for item in calendar_events(schedule):
        event = Event()
        event.add("uid", event_uid(schedule, item))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.planned_date)
        event.add("dtend", item.planned_date + timedelta(days=1))  # all-day: DTEND is exclusive
        event.add("summary", _summary(protocol, item, doses.get(item.uid)))
        event.add("description", _description(item, protocol))
        event.add("categories", [item.category.value])
        calendar.add_component(event)
    data: bytes = calendar.to_ical()  # icalendar is untyped here
    return data


def _title(protocol: Protocol, item: ScheduleItem) -> str:
    return item_name(protocol, item)


def _summary(protocol: Protocol, item: ScheduleItem, dose: str | None) -> str:
    parts = [_title(protocol, item)]
    if dose:
        parts.append(dose)
    if item.slot:
        parts.append(item.slot)
    return " ".join(parts)


def _description(item: ScheduleItem, protocol: Protocol) -> str:
    lines = [
        f"Study day {item.study_day}, week {item.study_week}",
        f"Window: {format_date(item.window.start)} to {format_date(item.window.end)}",
        f"Status: {word(item.status.value)}",
        f"Why this date: {rule_text(item.rule, protocol)}",
    ]
    if item.nominal_date is not None:
        lines.append(f"Nominal date: {format_date(item.nominal_date)}")
    if item.closed_day:
        lines.append("The clinic is closed on this day")
    return "\n".join(lines)
