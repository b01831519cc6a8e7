"""What the Today table shows, worked out away from the UI thread: the rows of every patient sorted by
the chosen column and kept by the chosen period and search. The model only shows the result
(today_model.py); no Qt here, so the due list's thread computes it and the UI thread is not
called once per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from clinic_app.domain.formatting import format_birth_date, format_date
from clinic_app.wording.names import item_name

from .status_style import DECISION_REQUIRED, DUE_TODAY, OVERDUE, status_words

COL_SUBJECT = 0
COL_IDENTIFIER = 1
COL_COHORT = 2
COL_ITEM = 3
COL_DATE = 4
COL_STATUS = 5
COL_DOSE = 6
COLUMN_COUNT = 7

FILTER_ALL = "all"
FILTER_OVERDUE = "overdue"
FILTER_TODAY = "today"
FILTER_WEEK = "week"

# Most urgent first when sorting by status.
_STATUS_ORDER = {OVERDUE: 0, DECISION_REQUIRED: 1, DUE_TODAY: 2}


def item_text(protocol: Any, row: Any) -> str:
    """"PACLitaxel C2D8" or "Week 13 assessment (complete examination)": what is due."""
    line = row.line
    return f"{item_name(protocol, line)} {line.slot}".strip()


def row_key(row: Any) -> tuple[str, str]:
    """A Today row across refreshes: the patient and the planned item."""
    return (row.subject_code, row.line.uid)


def display(protocol: Any, row: Any, column: int) -> str:
    """The text of one cell."""
    if column == COL_SUBJECT:
        return str(row.subject_code)
    if column == COL_IDENTIFIER:
        return f"{format_birth_date(row.date_of_birth)} / {row.full_name}"
    if column == COL_COHORT:
        return str(row.cohort)
    if column == COL_ITEM:
        return item_text(protocol, row)
    if column == COL_DATE:
        return format_date(row.date)
    if column == COL_STATUS:
        return status_words(row.status)
    return str(row.dose_text or "")


def sort_key(protocol: Any, row: Any, column: int) -> Any:
    """A value that sorts a column correctly (ISO dates, status urgency)."""
    if column == COL_DATE:
        return (row.date.isoformat(), row.subject_code)
    if column == COL_IDENTIFIER:
        return (row.date_of_birth.isoformat(), row.subject_code)
    if column == COL_STATUS:
        return (_STATUS_ORDER.get(row.status, 3), row.date.isoformat(), row.subject_code)
    return (display(protocol, row, column), row.date.isoformat())


@dataclass(frozen=True)
class View:
    """What the user asked the table for: the day, the period, a search, the sort."""

    today: date
    period: str = FILTER_ALL
    search: str = ""
    sort_column: int = COL_DATE
    descending: bool = False


@dataclass(frozen=True)
class Listing:
    """Every row loaded (patient by patient) and those shown, in the order shown."""

    view: View
    rows: list[Any]
    shown: list[Any]

    @property
    def patients(self) -> int:
        return len({r.subject_code for r in self.rows})


def in_period(row: Any, period: str, today: date) -> bool:
    """Whether a row belongs to a period: overdue; today's work (overdue, undecided and today's
    items); this week; all."""
    if period == FILTER_OVERDUE:
        return bool(row.status == OVERDUE)
    if period == FILTER_TODAY:
        return row.status in (OVERDUE, DUE_TODAY, DECISION_REQUIRED) or row.date == today
    if period == FILTER_WEEK:
        return row.status in (OVERDUE, DECISION_REQUIRED) or row.date <= today + timedelta(days=6)
    return True


def listing(protocol: Any, rows: Sequence[Any], view: View) -> Listing:
    """`rows` sorted by the view's column (the row's own key breaks ties, so two refreshes of the same
    rows give the same order) and kept by its period and search (subject code or name)."""
    search = view.search.strip().casefold()
    kept: Iterable[Any] = (r for r in rows if in_period(r, view.period, view.today) and (
        not search or search in r.subject_code.casefold() or search in (r.full_name or "").casefold()))
    shown = sorted(kept, key=lambda r: (sort_key(protocol, r, view.sort_column), row_key(r)), reverse=view.descending)
    return Listing(view, list(rows), shown)
