"""What every planning step shares: the protocol, the study day 1 date, the planning day, the
site's closed days, and the way an item's status follows from its window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .protocol import Protocol
from .records import Administration, Decision, VisitCompletion
from .schedule_model import ItemCategory, ItemStatus, Rule, ScheduleItem, Window
from .study_calendar import study_day, study_week
from .treatment_course import Course


@dataclass(frozen=True)
class DoseSlot:
    """A planned dose and the date later items are planned from.

    `anchor_date` is the actual date once given, else the planned date (a postponed D1: the date it
    was re-planned to). `basis` says which ("actual", "planned", "postponed", "missed", "shifted",
    "skipped", "undecided", "discontinued"); `lost` is True when the dose will not be given.
    """

    item: ScheduleItem
    anchor_date: date
    basis: str
    lost: bool = False


@dataclass(frozen=True)
class PlanContext:
    """The fixed inputs of one planning run."""

    protocol: Protocol
    c1d1: date
    today: date
    closed_days: frozenset[date]
    course: Course

    def window(self, center: date, days: int) -> Window:
        """The inclusive window of +/- `days` days around `center` (PLAN-5: the protocol's dose
        and visit window days)."""
        return Window(start=center - timedelta(days=days), end=center + timedelta(days=days))

    def timing(self, window: Window) -> ItemStatus:
        """A visit: planned before the window, due within it, overdue after it (relative to `today`)."""
        if self.today < window.start:
            return ItemStatus.PLANNED
        if self.today <= window.end:
            return ItemStatus.DUE
        return ItemStatus.OVERDUE

    def dose_timing(self, window: Window) -> ItemStatus:
        """A dose: planned before its window, due within it, MISSED once it has closed (MISS-1):
        a missed dose is never given late, only recorded (a late entry on its real date, or an
        omission)."""
        status = self.timing(window)
        return ItemStatus.MISSED if status is ItemStatus.OVERDUE else status

    def item(
        self,
        *,
        uid: str,
        kind: str,
        category: ItemCategory,
        planned_date: date,
        window: Window,
        status: ItemStatus,
        rule: Rule,
        drug: str | None = None,
        cycle: int | None = None,
        day: int | None = None,
        dose_number: int | None = None,
        nominal_date: date | None = None,
        administration: Administration | None = None,
        decision: Decision | None = None,
        completion: VisitCompletion | None = None,
    ) -> ScheduleItem:
        """Build an item, deriving study day, study week (CAL-1) and the closed-day flag from its
        date: an item on a closed day of the site calendar is flagged, not moved (PLAN-6)."""
        day_number = study_day(self.c1d1, planned_date)
        return ScheduleItem(
            uid=uid,
            kind=kind,
            category=category,
            drug=drug,
            cycle=cycle,
            day=day,
            dose_number=dose_number,
            study_day=day_number,
            study_week=study_week(day_number),
            planned_date=planned_date,
            nominal_date=nominal_date,
            window=window,
            status=status,
            rule=rule,
            # closed_day_policy "flag" (the only one): the item stays on its date, flagged.
            closed_day=self.protocol.calendar.closed_day_policy == "flag" and planned_date in self.closed_days,
            administration=administration,
            decision=decision,
            completion=completion,
        )
