"""The treatment calendar as a grid: one row per cycle, one column per day that has an item.

Each cell lists what the planner (domain) put on that cycle day - both drugs, the premedication and
any visit placed on a cycle day - with its status in words and its date. Items outside the cycles
(screening, the post-study visit) are listed by `OtherItemsModel`. Nothing is computed here: dates,
statuses and reasons are the schedule's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from clinic_app.domain.formatting import format_date
from clinic_app.wording.names import item_name
from clinic_app.wording.typography import labelled

from .messages import RuleWords, translate
from .record_models import RowTableModel
from .status_style import item_background, item_status_words, most_pressing_background

_Index = QModelIndex | QPersistentModelIndex

ITEM_ROLE = Qt.ItemDataRole.UserRole  # the list of ScheduleItems of a cell (or one item)

# Statuses whose planner reason says when and why (discontinued since ..., treatment ended on ...):
# the cell shows that reason as its status.
_SAID_BY_RULE = frozenset({"discontinued", "ended"})


class CalendarGridModel(QAbstractTableModel):
    """Cycles × days over a domain `Schedule`."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._protocol = protocol
        self._rules = RuleWords(protocol, self)
        self._cycles: list[int] = []
        self._days: list[int] = []
        self._cells: dict[tuple[int, int], list[Any]] = {}

    def set_schedule(self, schedule: Any) -> None:
        """Show `schedule`; when its cycles and days are the grid's already, the cells are updated in
        place (the selected cell and the scroll position stay)."""
        cells: dict[tuple[int, int], list[Any]] = {}
        for item in schedule.items if schedule is not None else ():
            if item.cycle is not None and item.day is not None:
                cells.setdefault((item.cycle, item.day), []).append(item)
        cycles, days = sorted({cycle for cycle, _ in cells}), sorted({day for _, day in cells})
        if (cycles, days) == (self._cycles, self._days) and cycles:
            self._cells = cells
            self.dataChanged.emit(self.index(0, 0), self.index(len(cycles) - 1, len(days) - 1))
            return
        self.beginResetModel()
        self._cells, self._cycles, self._days = cells, cycles, days
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._cycles)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._days)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._days):
            return self.tr("Day {day}").format(day=self._days[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._cycles):
            return self.tr("Cycle {cycle}").format(cycle=self._cycles[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._cycles) and 0 <= index.column() < len(self._days)):
            return None
        items = self._cells.get((self._cycles[index.row()], self._days[index.column()]), [])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(items)
        if role == ITEM_ROLE:
            return list(items)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = most_pressing_background([str(i.status) for i in items])
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and items:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole and items:
            return "\n".join(labelled(item_name(self._protocol, i, translate), self._rules.text(i.rule)) for i in items)
        return None

    def _cell_text(self, items: list[Any]) -> str:
        if not items:
            return ""
        lines = [labelled(item_name(self._protocol, i, translate), self._status(i)) for i in items]
        dates = sorted({i.planned_date for i in items})
        lines.append(" / ".join(format_date(d) for d in dates))
        return "\n".join(lines)

    def _status(self, item: Any) -> str:
        if str(item.status) in _SAID_BY_RULE:
            return self._rules.text(item.rule)
        return item_status_words(str(item.status), str(item.category))


OTHER_COL_ITEM = 0
OTHER_COL_DATE = 1
OTHER_COL_STATUS = 2
OTHER_COL_RULE = 3


class OtherItemsModel(RowTableModel):
    """Schedule items outside the cycle grid (screening, visits not on a cycle day)."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._protocol = protocol
        self._rules = RuleWords(protocol, self)

    def headers(self) -> list[str]:
        return [self.tr("Item"), self.tr("Date"), self.tr("Status"), self.tr("Why this date")]

    def set_schedule(self, schedule: Any) -> None:
        self.set_rows([i for i in (schedule.items if schedule is not None else ())
                       if i.cycle is None or i.day is None])

    def row_key(self, item: Any) -> Any:  # noqa: D102
        return item.uid

    def cell(self, item: Any, column: int) -> str:
        if column == OTHER_COL_ITEM:
            return item_name(self._protocol, item, translate)
        if column == OTHER_COL_DATE:
            return format_date(item.planned_date)
        if column == OTHER_COL_STATUS:
            return item_status_words(str(item.status), str(item.category))
        return self._rules.text(item.rule)

    def other_role(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == OTHER_COL_STATUS:
            colour = item_background(str(item.status))
            return QBrush(colour) if colour is not None else None
        return None
