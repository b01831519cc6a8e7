"""What the Today table shows, worked out away from the UI thread: the words of every cell, and the rows
of every patient sorted by the chosen column and kept by the chosen period and search. The model only
shows the result (today_model.py). No Qt here, so the due list's thread computes it and the UI thread
is not called once per row; the words come from the catalogue (wording.slot) through the `translate`
the window passes (gui.messages.translate: QCoreApplication.translate, which may be called from any
thread).

What a row says of a dose is read from its kept line (`row.line`, `row.line.gate`: the dose gate's
answer as kept with the patient, facade/due_state.py), never by reading the patient's whole items
back, so sorting 25,000 rows by a gate column costs words, not a re-read of every answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from clinic_app.domain.due import DueStatus
from clinic_app.domain.formatting import format_birth_date, format_date
from clinic_app.wording.names import item_name
from clinic_app.wording.slot import (
    due_status_text,
    figure_text,
    go_ahead_text,
    labs_text,
    needed_decision_text,
    progress_text,
    reason_text,
    weight_text,
)
from clinic_app.wording.values import Translate, untranslated

# Whether the dose can be given comes right after the status and the dose, so a window of usual
# width shows them together; the date and the facts behind the answer (labs, weight, pharmacy) follow.
COL_SUBJECT = 0
COL_IDENTIFIER = 1
COL_ITEM = 2
COL_STATUS = 3
COL_DOSE = 4
COL_GO = 5
COL_DATE = 6
COL_LABS = 7
COL_WEIGHT = 8
COL_PROGRESS = 9
COL_COHORT = 10
COLUMN_COUNT = 11

FILTER_ALL = "all"
FILTER_OVERDUE = "overdue"  # needing attention: overdue, missed, waiting for a decision
FILTER_TODAY = "today"
FILTER_WEEK = "week"

OVERDUE = DueStatus.OVERDUE.value
MISSED = DueStatus.MISSED.value
DUE_TODAY = DueStatus.DUE_TODAY.value
UPCOMING = DueStatus.UPCOMING.value
DECISION_REQUIRED = DueStatus.DECISION_REQUIRED.value
DISCONTINUED = DueStatus.DISCONTINUED.value
ENDED = DueStatus.ENDED.value

# Most urgent first when sorting by status.
_STATUS_ORDER = {MISSED: 0, OVERDUE: 1, DECISION_REQUIRED: 2, DUE_TODAY: 3, DISCONTINUED: 5, ENDED: 5}
# Statuses that need someone now, however old the item: a missed dose to record, an overdue visit,
# an item waiting for a decision.
_NEEDS_ATTENTION = frozenset({OVERDUE, MISSED, DECISION_REQUIRED})


def item_text(protocol: Any, row: Any, translate: Translate = untranslated) -> str:
    """"PACLitaxel C2D8" or "Week 13 assessment (complete examination)": what is due (visit names
    translated as on paper)."""
    line = row.line
    return f"{item_name(protocol, line, translate)} {line.slot}".strip()


def row_key(row: Any) -> tuple[str, str]:
    """A Today row across refreshes: the patient and the planned item."""
    return (row.subject_code, row.line.uid)


def waits_for_decision(row: Any) -> bool:
    """True when the item waits for a decision: by its status, or by the gate (a level decision
    after severe toxicity on a dose otherwise due)."""
    gate = row.line.gate
    return row.status == DECISION_REQUIRED or (gate is not None and gate.decision is not None)


def needs_attention(row: Any) -> bool:
    """An overdue visit, a missed dose to record, or an item waiting for a decision, however old."""
    return row.status in _NEEDS_ATTENTION or waits_for_decision(row)


class Words:
    """The words of the Today table's cells, from the catalogue (wording.slot), translated by
    `translate` (untranslated English without one)."""

    def __init__(self, protocol: Any, translate: Translate | None = None) -> None:
        self.protocol = protocol
        self._tr = translate or untranslated

    def display(self, row: Any, column: int) -> str:
        """The text of one cell."""
        if column == COL_SUBJECT:
            return str(row.subject_code)
        if column == COL_IDENTIFIER:
            return f"{format_birth_date(row.date_of_birth)} / {row.full_name}"
        if column == COL_COHORT:
            return str(row.cohort)
        if column == COL_ITEM:
            return item_text(self.protocol, row, self._tr)
        if column == COL_DATE:
            return format_date(row.date)
        if column == COL_STATUS:
            return due_status_text(row.status, self._tr)
        line = row.line
        if column == COL_DOSE:
            return figure_text(line.dose, self._tr) if line.dose is not None else str(row.dose_text or "")
        gate = line.gate
        if column == COL_GO:
            return go_ahead_text(gate, self.protocol, self._tr, short=True) if gate is not None else ""
        if column == COL_LABS:
            return labs_text(gate, self._tr)
        if column == COL_WEIGHT:
            return weight_text(gate, self._tr)
        if column == COL_PROGRESS:
            return progress_text(gate, None, self._tr)
        return ""

    def texts(self, row: Any) -> tuple[str, ...]:
        """The text of every cell of a row, by column."""
        return tuple(self.display(row, column) for column in range(COLUMN_COUNT))

    def full_reasons(self, row: Any) -> str:
        """Every reason the gate gives, in full sentences, and the decision the item waits for."""
        gate = row.line.gate
        if gate is None:
            return ""
        lines = [reason_text(reason, self.protocol, self._tr) for reason in gate.blocking]
        if gate.decision is not None:
            lines.append(needed_decision_text(gate.decision, self.protocol, self._tr))
        return "\n".join(lines)

    def sort_key(self, row: Any, column: int) -> Any:
        """A value that sorts a column correctly (ISO dates, status urgency, else the words shown)."""
        if column == COL_DATE:
            return (row.date.isoformat(), row.subject_code)
        if column == COL_IDENTIFIER:
            return (row.date_of_birth.isoformat(), row.subject_code)
        if column == COL_STATUS:
            return (_STATUS_ORDER.get(row.status, 4), row.date.isoformat(), row.subject_code)
        return (self.display(row, column), row.date.isoformat())


def alarming(row: Any, column: int) -> bool:
    """Labs that say hold or are too old, a weight too old, a dose that cannot go ahead (bold dark red
    besides their words) or that waits for a decision (bold dark purple)."""
    gate = row.line.gate
    if gate is None:
        return False
    if column == COL_LABS:
        return gate.labs is not None and str(gate.labs.state) in ("hold", "too_old")
    if column == COL_WEIGHT:
        return gate.weight is not None and gate.weight.too_old
    return gate.decision is not None or bool(gate.blocking) and row.status != UPCOMING


def bold(row: Any, column: int) -> bool:
    """Status and dose of an item not simply upcoming, and alarming labs, weight or go-ahead."""
    return (column in (COL_STATUS, COL_DOSE) and row.status != UPCOMING
            or column in (COL_LABS, COL_WEIGHT, COL_GO) and alarming(row, column))


@dataclass(frozen=True)
class View:
    """What the user asked the table for: the day, the period, a search, the sort."""

    today: date
    period: str = FILTER_ALL
    search: str = ""
    sort_column: int = COL_DATE
    descending: bool = False


Texts = dict[tuple[str, str], tuple[str, ...]]  # row_key -> the text of each cell


@dataclass(frozen=True)
class Listing:
    """Every row loaded (patient by patient) and those shown, in the order shown; with the words of
    the rows shown (`texts`, by row_key) when worked out on the list's thread, in `language` (the UI
    thread then shows them as they are; without them it words each cell as it is painted)."""

    view: View
    rows: list[Any]
    shown: list[Any]
    texts: Texts = field(default_factory=dict)
    language: str | None = None
    # every (text, bold) each column shows, once: what its width depends on (gui.column_fit)
    column_texts: dict[int, set[tuple[str, bool]]] = field(default_factory=dict)

    @property
    def patients(self) -> int:
        return len({r.subject_code for r in self.rows})


def in_period(row: Any, period: str, today: date) -> bool:
    """Whether a row belongs to a period: needing attention (overdue, missed, waiting for a decision,
    however old); today's work (those and today's items); this week; all."""
    if period == FILTER_OVERDUE:
        return needs_attention(row)
    if period == FILTER_TODAY:
        # What needs doing today: overdue, missed and undecided items are today's work too.
        return needs_attention(row) or row.status == DUE_TODAY or row.date == today
    if period == FILTER_WEEK:
        return needs_attention(row) or row.date <= today + timedelta(days=6)
    return True


def listing(words: Words, rows: Sequence[Any], view: View, texts: Callable[[Any], tuple[str, ...]] | None = None,
            language: str | None = None) -> Listing:
    """`rows` sorted by the view's column (the row's own key breaks ties, so two refreshes of the same
    rows give the same order) and kept by its period and search (subject code or name); with
    `texts(row)`, the words of each row shown, written in `language`."""
    search = view.search.strip().casefold()
    kept: Iterable[Any] = (r for r in rows if in_period(r, view.period, view.today) and (
        not search or search in r.subject_code.casefold() or search in (r.full_name or "").casefold()))
    column = view.sort_column
    shown = sorted(kept, key=lambda r: (words.sort_key(r, column), row_key(r)), reverse=view.descending)
    if texts is None:
        return Listing(view, list(rows), shown)
    worded = {row_key(r): texts(r) for r in shown}
    columns: dict[int, set[tuple[str, bool]]] = {column: set() for column in range(COLUMN_COUNT)}
    for r in shown:
        for column, text in enumerate(worded[row_key(r)]):
            columns[column].add((text, bold(r, column)))
    return Listing(view, list(rows), shown, worded, language, columns)
