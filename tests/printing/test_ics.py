"""The iCalendar export parses back with the icalendar library and holds every event."""

from __future__ import annotations

from datetime import date, datetime, timezone

from icalendar import Calendar, Event

from clinic_app.domain.protocol import Protocol
from clinic_app.domain.schedule import plan_projection
from clinic_app.printing.ics import schedule_to_ics

STAMP = datetime(2025, 12, 1, 9, 0, tzinfo=timezone.utc)
C1D1 = date(2026, 1, 5)


def _events(raw: bytes) -> list[Event]:
    return [c for c in Calendar.from_ical(raw).walk() if c.name == "VEVENT"]


def test_every_item_becomes_one_all_day_event(protocol: Protocol) -> None:
    schedule = plan_projection(protocol, C1D1, today=date(2025, 12, 1))
    events = _events(schedule_to_ics(schedule, protocol, stamp=STAMP, doses={"imp321-C1D2": "0.25 mg"}))
    # Counted by hand: screening, 18 PACLitaxel, 18 dexamethasone, 12 IMP321, Week 13, Week 25.
    assert len(events) == 1 + 18 + 18 + 12 + 2
    by_uid = {str(e["uid"]): e for e in events}
    assert len(by_uid) == len(events)
    first = by_uid["imp321-paclitaxel-mbc.projection.imp321-C1D2@clinic-dosing-assistant"]
    assert first.decoded("dtstart") == date(2026, 1, 6)
    assert first.decoded("dtend") == date(2026, 1, 7)
    assert str(first["summary"]) == "IMP321 0.25 mg C1D2"
    description = str(first["description"])
    assert "Window: Mon 05-Jan-2026 to Wed 07-Jan-2026" in description
    assert "anchored on planned PACLitaxel C1D1 Mon 05-Jan-2026 + 1 days" in description
    week13 = by_uid["imp321-paclitaxel-mbc.projection.week13_assessment@clinic-dosing-assistant"]
    assert week13.decoded("dtstart") == date(2026, 3, 30)
    assert str(week13["summary"]) == "Week 13 assessment (complete examination)"


def test_uids_are_stable_when_the_plan_moves(protocol: Protocol) -> None:
    before = plan_projection(protocol, C1D1, today=date(2025, 12, 1))
    moved = plan_projection(protocol, date(2026, 1, 12), today=date(2025, 12, 1))
    uids = {str(e["uid"]) for e in _events(schedule_to_ics(before, protocol, stamp=STAMP))}
    moved_events = _events(schedule_to_ics(moved, protocol, stamp=STAMP))
    assert uids == {str(e["uid"]) for e in moved_events}
    c1d1 = next(e for e in moved_events if str(e["uid"]).endswith(".paclitaxel-C1D1@clinic-dosing-assistant"))
    assert c1d1.decoded("dtstart") == date(2026, 1, 12)
    assert str(c1d1["summary"]) == "PACLitaxel C1D1"
