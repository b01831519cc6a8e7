"""The calendar without any delay, worked by hand on a paper calendar from C1D1 = Mon 05-Jan-2026.

Cycle D1s: 05-Jan, 02-Feb (5 Jan + 28), 02-Mar (Feb 2026 has 28 days), 30-Mar, 27-Apr, 25-May.
D8 = D1 + 7, D15 = D1 + 14, IMP321 D2/D16 = the paclitaxel day + 1.
Week 13 = C3D16 (17-Mar, day 72) + 13 = 30-Mar = day 85; Week 25 = C6D16 (09-Jun, day 156) + 13
= 22-Jun = day 169 (05-Jan to 05-Jun is 151 days, + 17 = 168 days after day 1).
"""

from __future__ import annotations

from datetime import date

import pytest
from schedule_builders import completed, d, given, history, patient

from clinic_app.domain.errors import RuleError
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Tolerance
from clinic_app.domain.schedule import plan_schedule
from clinic_app.domain.schedule_model import ItemStatus

# (uid, date, study day, study week), written out by hand.
PACLITAXEL = [
    ("paclitaxel-C1D1", "2026-01-05", 1, 1), ("paclitaxel-C1D8", "2026-01-12", 8, 2),
    ("paclitaxel-C1D15", "2026-01-19", 15, 3), ("paclitaxel-C2D1", "2026-02-02", 29, 5),
    ("paclitaxel-C2D8", "2026-02-09", 36, 6), ("paclitaxel-C2D15", "2026-02-16", 43, 7),
    ("paclitaxel-C3D1", "2026-03-02", 57, 9), ("paclitaxel-C3D8", "2026-03-09", 64, 10),
    ("paclitaxel-C3D15", "2026-03-16", 71, 11), ("paclitaxel-C4D1", "2026-03-30", 85, 13),
    ("paclitaxel-C4D8", "2026-04-06", 92, 14), ("paclitaxel-C4D15", "2026-04-13", 99, 15),
    ("paclitaxel-C5D1", "2026-04-27", 113, 17), ("paclitaxel-C5D8", "2026-05-04", 120, 18),
    ("paclitaxel-C5D15", "2026-05-11", 127, 19), ("paclitaxel-C6D1", "2026-05-25", 141, 21),
    ("paclitaxel-C6D8", "2026-06-01", 148, 22), ("paclitaxel-C6D15", "2026-06-08", 155, 23),
]
IMP321 = [
    ("imp321-C1D2", "2026-01-06", 2, 1), ("imp321-C1D16", "2026-01-20", 16, 3),
    ("imp321-C2D2", "2026-02-03", 30, 5), ("imp321-C2D16", "2026-02-17", 44, 7),
    ("imp321-C3D2", "2026-03-03", 58, 9), ("imp321-C3D16", "2026-03-17", 72, 11),
    ("imp321-C4D2", "2026-03-31", 86, 13), ("imp321-C4D16", "2026-04-14", 100, 15),
    ("imp321-C5D2", "2026-04-28", 114, 17), ("imp321-C5D16", "2026-05-12", 128, 19),
    ("imp321-C6D2", "2026-05-26", 142, 21), ("imp321-C6D16", "2026-06-09", 156, 23),
]
VISITS = [
    ("screening", "2025-12-22", -14, -2),
    ("week13_assessment", "2026-03-30", 85, 13),
    ("week25_post_study", "2026-06-22", 169, 25),
]


def _all_given_on_time() -> list[object]:
    records: list[object] = [given("paclitaxel", int(uid[12]), int(uid[14:]), day) for uid, day, _, _ in PACLITAXEL]
    records += [given("imp321", int(uid[8]), int(uid[10:]), day) for uid, day, _, _ in IMP321]
    # Dexamethasone counts only when recorded (PREMED-2): recorded before each cycle-1 infusion.
    records += [given("dexamethasone", 1, int(uid[14:]), day) for uid, day, _, _ in PACLITAXEL[:3]]
    return records


@pytest.mark.parametrize(("uid", "on", "study_day", "week"), PACLITAXEL + IMP321 + VISITS)
def test_plan_before_anything_happened(protocol: Protocol, uid: str, on: str, study_day: int, week: int) -> None:
    """REG-1, REG-2 (dose days), REG-5 (screening from day -14), REG-6 (visits)."""
    schedule = plan_schedule(protocol, history(), today=d("2025-12-01"))
    item = schedule.item(uid)
    assert (item.planned_date, item.study_day, item.study_week) == (d(on), study_day, week)
    assert item.status is ItemStatus.PLANNED


def test_counts_and_dexamethasone_in_cycle_one(protocol: Protocol) -> None:
    """REG-1 (18 infusions), REG-2 (12 injections), REG-4 (dexamethasone in cycle 1)."""
    schedule = plan_schedule(protocol, history(), today=d("2025-12-01"))
    assert len(schedule.of_kind("paclitaxel")) == 18
    assert len(schedule.of_kind("imp321")) == 12
    dex = schedule.of_kind("dexamethasone")
    assert [(i.slot, i.planned_date) for i in dex[:3]] == [
        ("C1D1", d("2026-01-05")), ("C1D8", d("2026-01-12")), ("C1D15", d("2026-01-19"))]
    assert all(i.status is ItemStatus.PLANNED for i in dex[:3])


def test_week13_before_the_c4d1_infusion_and_nominal_day_beside(protocol: Protocol) -> None:
    """REG-6 (Week 13 on C3D16 + 13, nominal day beside), PLAN-5 (visit window +/-3)."""
    schedule = plan_schedule(protocol, history(), today=d("2025-12-01"))
    uids = [i.uid for i in schedule.items]
    assert uids.index("week13_assessment") < uids.index("paclitaxel-C4D1")
    week13 = schedule.item("week13_assessment")
    assert week13.nominal_date == d("2026-03-30")
    assert (week13.window.start, week13.window.end) == (d("2026-03-27"), d("2026-04-02"))


def test_everything_given_on_time(protocol: Protocol) -> None:
    """PREMED-1: three cycle-1 infusions well tolerated, no dexamethasone from cycle 2."""
    records = _all_given_on_time() + [completed("week13_assessment", "2026-03-30"),
                                      completed("week25_post_study", "2026-06-22")]
    schedule = plan_schedule(protocol, history(*records), today=d("2026-07-01"))
    for uid, on, study_day, week in PACLITAXEL + IMP321 + VISITS[1:]:
        item = schedule.item(uid)
        assert (item.planned_date, item.study_day, item.study_week, item.status) == (
            d(on), study_day, week, ItemStatus.DONE), uid
    dex = schedule.of_kind("dexamethasone")
    assert [i.status for i in dex[:3]] == [ItemStatus.DONE] * 3
    # All three cycle-1 infusions well tolerated: no dexamethasone from cycle 2 (15 infusions).
    assert [i.status for i in dex[3:]] == [ItemStatus.OMITTED] * 15
    assert dex[3].rule.code == "premedication_omitted_tolerated"


def test_status_follows_the_window(protocol: Protocol) -> None:
    """C1D8 planned Mon 12-Jan, window 11..13-Jan; C1D1 given, nothing else recorded (PLAN-5, MISS-1)."""
    records = [given("paclitaxel", 1, 1, "2026-01-05"), given("imp321", 1, 2, "2026-01-06")]
    statuses = {
        "2026-01-10": ItemStatus.PLANNED, "2026-01-11": ItemStatus.DUE, "2026-01-13": ItemStatus.DUE,
        "2026-01-14": ItemStatus.MISSED,  # the window closed unrecorded: missed, never given late (MISS-1)
    }
    for today, expected in statuses.items():
        item = plan_schedule(protocol, history(*records), today=d(today)).item("paclitaxel-C1D8")
        assert item.status is expected, today


def test_closed_day_is_flagged_not_moved(protocol: Protocol) -> None:
    """PLAN-6: an item on a closed day is flagged, not moved."""
    closed = frozenset({date(2026, 1, 19)})
    schedule = plan_schedule(protocol, history(), today=d("2025-12-01"), closed_days=closed)
    c1d15 = schedule.item("paclitaxel-C1D15")
    assert c1d15.closed_day and c1d15.planned_date == d("2026-01-19")
    assert schedule.item("dexamethasone-C1D15").closed_day
    assert not schedule.item("paclitaxel-C1D8").closed_day


def test_actual_c1d1_is_study_day_one(protocol: Protocol) -> None:
    """C1D1 planned 05-Jan but given Tue 06-Jan: study day 1 moves, C1D8 = 13-Jan.
    CAL-1, PLAN-2 (+7 from the actual D1), REG-5 (screening ends on study day 1, before the dose)."""
    schedule = plan_schedule(protocol, history(given("paclitaxel", 1, 1, "2026-01-06")), today=d("2026-01-06"))
    assert schedule.c1d1 == d("2026-01-06") and schedule.c1d1_given
    assert schedule.item("paclitaxel-C1D8").planned_date == d("2026-01-13")
    assert schedule.item("paclitaxel-C1D8").study_day == 8
    assert schedule.item("imp321-C1D2").planned_date == d("2026-01-07")
    assert schedule.item("screening").window.end == d("2026-01-06")  # study day 1


def test_no_c1d1_known_is_refused(protocol: Protocol) -> None:
    with pytest.raises(RuleError) as caught:
        plan_schedule(protocol, history(who=patient(c1d1=None)), today=d("2026-01-01"))
    assert caught.value.code == "c1d1_unknown" and caught.value.values["field"] == "c1d1"


def test_done_item_never_changes_when_later_records_arrive(protocol: Protocol) -> None:
    """C1D8 given a day late (13-Jan, reaction); later records leave it exactly as it was."""
    first = [given("paclitaxel", 1, 1, "2026-01-05"),
             given("paclitaxel", 1, 8, "2026-01-13", tolerance=Tolerance.MILD_REACTION)]
    before = plan_schedule(protocol, history(*first), today=d("2026-01-13")).item("paclitaxel-C1D8")
    later = first + [given("paclitaxel", 1, 15, "2026-01-19"), given("paclitaxel", 2, 1, "2026-02-09")]
    after = plan_schedule(protocol, history(*later), today=d("2026-02-20")).item("paclitaxel-C1D8")
    assert after == before
    assert after.planned_date == d("2026-01-13") and after.window.start == d("2026-01-11")
