"""The Today list: every active patient's due items (overdue, today, decisions, next upcoming), as the
facade reports them.

`DueTableModel` only displays `DueRow`s, already sorted and filtered by period and search
(today_listing.py works that out on the due list's thread): a refresh changes the rows of the
patients whose list moved, in place, never with a model reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from .row_updates import replace_rows
from .status_style import status_background
from .today_listing import (
    COL_DATE,
    COL_DOSE,
    COL_IDENTIFIER,
    COL_ITEM,
    COL_STATUS,
    COL_SUBJECT,
    COLUMN_COUNT,
    FILTER_ALL,
    FILTER_OVERDUE,
    FILTER_TODAY,
    FILTER_WEEK,
    display,
    item_text,
    row_key,
    sort_key,
)

__all__ = ["COL_DATE", "COL_DOSE", "COL_IDENTIFIER", "COL_ITEM", "COL_STATUS", "COL_SUBJECT", "COLUMN_COUNT",
           "FILTER_ALL", "FILTER_OVERDUE", "FILTER_TODAY", "FILTER_WEEK", "ROW_ROLE", "SORT_ROLE", "DueTableModel",
           "item_text", "row_key"]

ROW_ROLE = Qt.ItemDataRole.UserRole  # the DueRow itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts correctly (ISO dates, status urgency)

_Index = QModelIndex | QPersistentModelIndex


class DueTableModel(QAbstractTableModel):
    """Read-only table over the due rows shown (see the module docstring)."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._protocol = protocol
        self._rows: list[Any] = []
        self._headers = [
            self.tr("Subject"), self.tr("Date of birth / name"), self.tr("Cohort"), self.tr("Next due"),
            self.tr("Date"), self.tr("Status"), self.tr("Dose"),
        ]

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows` in their order; rows already shown are updated in place, so a refresh keeps
        the user's selection and scroll position."""
        replace_rows(self, self._rows, rows, row_key)

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
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display(self._protocol, row, column)
        if role == SORT_ROLE:
            return "|".join(map(str, sort_key(self._protocol, row, column)))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            colour = status_background(row.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.FontRole and column in (COL_STATUS, COL_DOSE) and row.status != "upcoming":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DOSE:
            return getattr(row, "rule_text", None) or None
        return None
