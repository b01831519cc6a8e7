"""The Today list: every active patient's due items (overdue, missed, today, decisions, next
upcoming), as the facade reports them.

`DueTableModel` only displays `DueRow`s: status, dates and, for a dose, what the dose gate says of
it (domain.slot_state: the lab verdict, the weight's age, how far the pharmacy got and when the
preparation expires, the decision it waits for, whether it can be given now), in the catalogue's
words (wording.slot). `DueFilterProxy` filters by period (needing attention / today / this week /
all) and by a search on subject code or name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from clinic_app.domain.formatting import format_birth_date, format_date
from clinic_app.wording.names import item_name
from clinic_app.wording.slot import dose_text, labs_text, progress_text, weight_text

from .messages import SlotWords, translate
from .row_updates import replace_rows
from .status_style import (
    DECISION_REQUIRED,
    DISCONTINUED,
    DUE_TODAY,
    ENDED,
    MISSED,
    OVERDUE,
    status_background,
    status_words,
)

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

ROW_ROLE = Qt.ItemDataRole.UserRole  # the DueRow itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts correctly (ISO dates, status urgency)

# Most urgent first when sorting by status.
_STATUS_ORDER = {MISSED: 0, OVERDUE: 1, DECISION_REQUIRED: 2, DUE_TODAY: 3, DISCONTINUED: 5, ENDED: 5}
# Statuses that need someone now, however old the item: a missed dose to record, an overdue visit,
# an item waiting for a decision.
_NEEDS_ATTENTION = frozenset({OVERDUE, MISSED, DECISION_REQUIRED})

_Index = QModelIndex | QPersistentModelIndex


def item_text(protocol: Any, row: Any) -> str:
    """"PACLitaxel C2D8" or "Week 13 assessment (complete examination)": what is due."""
    item = row.due.item
    return f"{item_name(protocol, item, translate)} {item.slot}".strip()


def waits_for_decision(row: Any) -> bool:
    """True when the item waits for a decision: by its status, or by the gate (a level decision
    after severe toxicity on a dose otherwise due)."""
    state = row.due.state
    return row.status == DECISION_REQUIRED or (state is not None and state.decision is not None)


def needs_attention(row: Any) -> bool:
    """An overdue visit, a missed dose to record, or an item waiting for a decision, however old."""
    return row.status in _NEEDS_ATTENTION or waits_for_decision(row)


def row_key(row: Any) -> tuple[str, str]:
    """A Today row across refreshes: the patient and the planned item."""
    return (str(row.subject_code), str(row.due.item.uid))


class DueTableModel(QAbstractTableModel):
    """Read-only table over the facade's due rows."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._protocol = protocol
        self._words = SlotWords(protocol, self)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows` (sorted); rows already shown are updated in place, so a refresh keeps the
        user's selection and scroll position."""
        replace_rows(self, self._rows, self._sorted(list(rows)), row_key)

    # Sorting happens here, on the Python list (one key per row), not in the proxy: a proxy sort
    # calls data() for every comparison, about 3 s for 25,000 rows.
    _sort_column = COL_DATE
    _sort_order = Qt.SortOrder.AscendingOrder

    def _sorted(self, rows: list[Any]) -> list[Any]:
        column = self._sort_column
        # The row's own key breaks ties, so two refreshes of the same rows give the same order.
        return sorted(rows, key=lambda row: (self._sort_key(row, column), row_key(row)),
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D102
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column, self._sort_order = column, order
        replace_rows(self, self._rows, self._sorted(self._rows), row_key)  # a move: the selection follows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < COLUMN_COUNT):
            return self._header(section)
        return None

    def _header(self, section: int) -> str:
        """A column's title in the window's language now (asked again after a language switch)."""
        return {
            COL_SUBJECT: self.tr("Subject"), COL_IDENTIFIER: self.tr("Date of birth / name"),
            COL_ITEM: self.tr("Next due"), COL_DATE: self.tr("Date"), COL_STATUS: self.tr("Status"),
            COL_DOSE: self.tr("Dose"), COL_GO: self.tr("Can it be given now?"), COL_LABS: self.tr("Labs"),
            COL_WEIGHT: self.tr("Weight"), COL_PROGRESS: self.tr("Pharmacy"), COL_COHORT: self.tr("Cohort"),
        }[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return "|".join(map(str, self._sort_key(row, column)))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            colour = status_background(row.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_LABS, COL_WEIGHT, COL_GO) \
                and self._alarming(row, column):
            waiting = column == COL_GO and row.due.state.decision is not None
            return QBrush(QColor("#4a148c" if waiting else "#b00020"))
        if role == Qt.ItemDataRole.FontRole and (column in (COL_STATUS, COL_DOSE) and row.status != "upcoming"
                                                 or column in (COL_LABS, COL_WEIGHT, COL_GO)
                                                 and self._alarming(row, column)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_GO:
            return self.full_reasons(row) or None
        return None

    @staticmethod
    def _alarming(row: Any, column: int) -> bool:
        """Labs that say hold or are too old, a weight too old, a dose that cannot go ahead (bold dark
        red besides their words) or that waits for a decision (bold dark purple)."""
        state = row.due.state
        if state is None:
            return False
        if column == COL_LABS:
            return state.labs is not None and str(state.labs.state) in ("hold", "too_old")
        if column == COL_WEIGHT:
            return state.weight is not None and state.weight.too_old
        return state.decision is not None or bool(state.blocking) and row.status != "upcoming"

    def full_reasons(self, row: Any) -> str:
        """Every reason the gate gives, in full sentences, and the decision the item waits for."""
        state = row.due.state
        if state is None:
            return ""
        lines = [self._words.reason(reason) for reason in state.blocking]
        if state.decision is not None:
            lines.append(self._words.needed(state.decision))
        return "\n".join(lines)

    def _display(self, row: Any, column: int) -> str:
        if column == COL_SUBJECT:
            return str(row.subject_code)
        if column == COL_IDENTIFIER:
            return f"{format_birth_date(row.date_of_birth)} / {row.full_name}"
        if column == COL_COHORT:
            return str(row.cohort)
        if column == COL_ITEM:
            return item_text(self._protocol, row)
        if column == COL_DATE:
            return format_date(row.date)
        if column == COL_STATUS:
            return status_words(row.status)
        if column == COL_GO:
            return self._words.go_ahead(row.due.state) if row.due.state is not None else ""
        if column == COL_DOSE:
            return dose_text(row.due.dose, translate) if row.due.dose is not None else str(row.dose_text or "")
        state = row.due.state
        if column == COL_LABS:
            return labs_text(state, translate)
        if column == COL_WEIGHT:
            return weight_text(state, translate)
        return progress_text(state, None, translate)

    def _sort_key(self, row: Any, column: int) -> Any:
        if column == COL_DATE:
            return (row.date.isoformat(), row.subject_code)
        if column == COL_IDENTIFIER:
            return (row.date_of_birth.isoformat(), row.subject_code)
        if column == COL_STATUS:
            return (_STATUS_ORDER.get(row.status, 4), row.date.isoformat(), row.subject_code)
        return (self._display(row, column), row.date.isoformat())


FILTER_ALL = "all"
FILTER_OVERDUE = "overdue"
FILTER_TODAY = "today"
FILTER_WEEK = "week"


class DueFilterProxy(QSortFilterProxyModel):
    """Period filter plus a search on subject code or name (case-insensitive)."""

    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._period = FILTER_ALL
        self._search = ""
        self.setSortRole(SORT_ROLE)

    def set_today(self, today: date) -> None:
        if today == self._today:
            return
        self.beginFilterChange()
        self._today = today
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_period(self, period: str) -> None:
        self.beginFilterChange()
        self._period = period
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if row is None:
            return False
        if self._search and self._search not in row.subject_code.casefold() \
                and self._search not in (row.full_name or "").casefold():
            return False
        return self._in_period(row)

    def _in_period(self, row: Any) -> bool:
        if self._period == FILTER_OVERDUE:
            return needs_attention(row)
        if self._period == FILTER_TODAY:
            # What needs doing today: overdue, missed and undecided items are today's work too.
            return needs_attention(row) or row.status == DUE_TODAY or row.date == self._today
        if self._period == FILTER_WEEK:
            return needs_attention(row) or row.date <= self._today + timedelta(days=6)
        return True
