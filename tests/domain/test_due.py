"""Next due items with their doses. Reference doses worked by hand:
170 cm / 70 kg, Mosteller: sqrt(170 x 70 / 3600) = sqrt(3.3056) = 1.818 -> 1.82 m² (published check);
level 0: 1.82 x 80 = 145.6 -> 146 mg; level -1: 1.82 x 70 = 127.4 -> 127 mg."""

from __future__ import annotations

from decimal import Decimal

import pytest
from schedule_builders import completed, d, decision, given, held, history, measured, patient

from clinic_app.domain.due import DoseCode, DueItem, DueStatus, current_level, next_due
from clinic_app.domain.errors import RuleError
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import DecisionKind

SCREENED = completed("screening", "2025-12-29")
MEASURED = measured("2026-01-02", "170", "70")


def _by_uid(items: list[DueItem]) -> dict[str, DueItem]:
    return {due.item.uid: due for due in items}


def test_on_c1d1_the_first_infusion_is_due_with_its_dose(protocol: Protocol) -> None:
    due = _by_uid(next_due(protocol, history(SCREENED, MEASURED), today=d("2026-01-05")))
    # IMP321 C1D2 waits for its infusion (the day which follows): it is the next upcoming item.
    assert set(due) == {"dexamethasone-C1D1", "paclitaxel-C1D1", "imp321-C1D2"}
    assert due["imp321-C1D2"].status is DueStatus.UPCOMING
    infusion = due["paclitaxel-C1D1"]
    assert infusion.status is DueStatus.DUE_TODAY
    assert infusion.dose is not None and infusion.dose.bsa is not None
    assert (infusion.dose.bsa.bsa_m2, infusion.dose.bsa.dose_mg) == (Decimal("1.82"), Decimal("146"))
    assert infusion.dose.measurement == MEASURED
    assert due["dexamethasone-C1D1"].dose is not None
    assert due["dexamethasone-C1D1"].dose.premedication_mg == Decimal("20")
    imp = due["imp321-C1D2"].dose
    assert imp is not None and imp.code is DoseCode.FLAT and imp.flat is not None and imp.flat.mcg == 250


def test_without_a_measurement_the_dose_is_not_guessed(protocol: Protocol) -> None:
    due = _by_uid(next_due(protocol, history(SCREENED), today=d("2026-01-05")))
    dose = due["paclitaxel-C1D1"].dose
    assert dose is not None and dose.code is DoseCode.NEEDS_MEASUREMENT and dose.bsa is None


def test_level_decision_and_cohort_set_the_doses(protocol: Protocol) -> None:
    level = decision(DecisionKind.DOSE_LEVEL, "-1", "2026-01-04")
    records = history(SCREENED, MEASURED, level, who=patient(cohort="B"))
    assert current_level(records) == -1
    due = _by_uid(next_due(protocol, records, today=d("2026-01-05")))
    dose = due["paclitaxel-C1D1"].dose
    bsa = dose.bsa if dose is not None else None
    assert bsa is not None and bsa.dose_mg == Decimal("127") and bsa.level == -1
    imp = due["imp321-C1D2"].dose
    flat = imp.flat if imp is not None else None
    assert flat is not None and flat.mcg == 1250


def test_missed_and_decision_required_items_are_listed(protocol: Protocol) -> None:
    records = history(SCREENED, MEASURED, given("paclitaxel", 1, 1, "2026-01-05"), given("imp321", 1, 2, "2026-01-06"),
                      given("paclitaxel", 1, 8, "2026-01-12"), held("paclitaxel", 1, 15, "2026-01-19"))
    due = _by_uid(next_due(protocol, records, today=d("2026-01-19")))
    assert due["imp321-C1D16"].status is DueStatus.DECISION_REQUIRED
    later = _by_uid(next_due(protocol, history(SCREENED, MEASURED, given("paclitaxel", 1, 1, "2026-01-05")),
                             today=d("2026-01-15")))
    # Windows closed unrecorded: listed as missed (to record what happened), never as due (MISS-1).
    assert later["paclitaxel-C1D8"].status is DueStatus.MISSED
    assert later["imp321-C1D2"].status is DueStatus.MISSED


def test_an_unreadable_level_decision_is_refused(protocol: Protocol) -> None:
    with pytest.raises(RuleError) as caught:
        current_level(history(decision(DecisionKind.DOSE_LEVEL, "minus one", "2026-01-04")))
    assert caught.value.code == "invalid_dose_level_decision"


def test_open_window_ahead_of_the_planned_date_reads_upcoming(protocol: Protocol) -> None:
    """Week 13 (day 85, Mon 30-Mar-2026 for C1D1 Mon 05-Jan-2026) has a +/-3 day window: on Fri
    27-Mar it may be done early but is "upcoming"; on Mon 30-Mar it is "due today"; on Tue 31-Mar,
    still inside the window and late, it is "due today" too (not yet overdue)."""
    from datetime import date as _date

    from clinic_app.domain.due import due_status
    from clinic_app.domain.schedule_model import ItemCategory, ItemStatus, Rule, ScheduleItem, Window

    item = ScheduleItem(uid="week13_assessment", kind="week13_assessment", category=ItemCategory.VISIT,
                        study_day=85, study_week=13, planned_date=_date(2026, 3, 30),
                        window=Window(start=_date(2026, 3, 27), end=_date(2026, 4, 2)), status=ItemStatus.DUE,
                        rule=Rule(code="visit_anchored"))
    assert due_status(item, _date(2026, 3, 27)) is DueStatus.UPCOMING
    assert due_status(item, _date(2026, 3, 30)) is DueStatus.DUE_TODAY
    assert due_status(item, _date(2026, 3, 31)) is DueStatus.DUE_TODAY
