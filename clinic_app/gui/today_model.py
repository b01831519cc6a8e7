"""The Today list: every active patient's due items (overdue, missed, today, decisions, next
upcoming), as the facade reports them.

`DueTableModel` only displays `DueRow`s, already sorted and filtered by period (needing attention /
today / this week / all) and search (today_listing.py works that out on the due list's thread): a
refresh changes the rows of the patients whose list moved, in place, never with a model reset. For a
dose it shows what the dose gate says of it (domain.slot_state, as kept with the patient: the lab
verdict, the weight's age, how far the pharmacy got and when the preparation expires, the decision it
waits for, whether it can be given now), in the catalogue's words (wording.slot, translated).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from clinic_app.domain.language import current_language

from .messages import translate
from .row_updates import replace_rows
from .status_style import status_background
from .today_listing import (
    COL_COHORT,
    COL_DATE,
    COL_DOSE,
    COL_GO,
    COL_IDENTIFIER,
    COL_ITEM,
    COL_LABS,
    COL_PROGRESS,
    COL_STATUS,
    COL_SUBJECT,
    COL_WEIGHT,
    COLUMN_COUNT,
    FILTER_ALL,
    FILTER_OVERDUE,
    FILTER_TODAY,
    FILTER_WEEK,
    Texts,
    Words,
    alarming,
    bold,
    item_text,
    needs_attention,
    row_key,
    waits_for_decision,
)

__all__ = ["COL_COHORT", "COL_DATE", "COL_DOSE", "COL_GO", "COL_IDENTIFIER", "COL_ITEM", "COL_LABS", "COL_PROGRESS",
           "COL_STATUS", "COL_SUBJECT", "COL_WEIGHT", "COLUMN_COUNT", "FILTER_ALL", "FILTER_OVERDUE", "FILTER_TODAY",
           "FILTER_WEEK", "ROW_ROLE", "SORT_ROLE", "DueTableModel", "item_text", "needs_attention", "row_key",
           "table_words", "waits_for_decision"]

ROW_ROLE = Qt.ItemDataRole.UserRole  # the DueRow itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts correctly (ISO dates, status urgency)

_Index = QModelIndex | QPersistentModelIndex


def table_words(protocol: Any) -> Words:
    """The Today table's words, translated in the window's language (any thread may use them)."""
    return Words(protocol, translate)


class DueTableModel(QAbstractTableModel):
    """Read-only table over the due rows shown (see the module docstring)."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._protocol = protocol
        self.words = table_words(protocol)
        self._rows: list[Any] = []
        self._texts: Texts = {}  # the words of the rows shown, worked out on the list's thread
        self._texts_language: str | None = None

    def set_rows(self, rows: Sequence[Any], texts: Texts | None = None, language: str | None = None) -> None:
        """Show `rows` in their order; rows already shown are updated in place, so a refresh keeps
        the user's selection and scroll position. `texts`: the words of their cells (by row_key),
        written in `language`; cells are worded here as they are painted where there are none, or
        when the window's language is no longer theirs."""
        self._texts, self._texts_language = texts or {}, language
        replace_rows(self, self._rows, rows, row_key)

    def text(self, row: Any, column: int) -> str:
        """The words of a cell: as the list's thread wrote them, else worded now."""
        if self._texts and self._texts_language == current_language():
            texts = self._texts.get(row_key(row))
            if texts is not None:
                return texts[column]
        return self.words.display(row, column)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_GO:
            return self.tr("Can it be given now?")  # the header is short: the question in full
        return None

    def _header(self, section: int) -> str:
        """A column's title in the window's language now (asked again after a language switch)."""
        return {
            COL_SUBJECT: self.tr("Subject"), COL_IDENTIFIER: self.tr("Date of birth / name"),
            COL_ITEM: self.tr("Next due"), COL_DATE: self.tr("Date"), COL_STATUS: self.tr("Status"),
            COL_DOSE: self.tr("Dose"), COL_GO: self.tr("Give now?"), COL_LABS: self.tr("Labs"),
            COL_WEIGHT: self.tr("Weight"), COL_PROGRESS: self.tr("Pharmacy"), COL_COHORT: self.tr("Cohort"),
        }[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            return "|".join(map(str, self.words.sort_key(row, column)))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            colour = status_background(row.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_LABS, COL_WEIGHT, COL_GO) \
                and alarming(row, column):
            waiting = column == COL_GO and row.line.gate.decision is not None
            return QBrush(QColor("#4a148c" if waiting else "#b00020"))
        if role == Qt.ItemDataRole.FontRole and bold(row, column):
            return _bold_font()
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_GO:
            return self.full_reasons(row) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_ITEM:  # in full when narrowed (tables.fit_columns)
            return self.words.display(row, column)
        return None

    def full_reasons(self, row: Any) -> str:
        """Every reason the gate gives, in full sentences, and the decision the item waits for."""
        return self.words.full_reasons(row)

    def cell(self, row: int, column: int) -> tuple[str, bool]:
        """The text of a cell and whether it is bold (what its width depends on: gui.column_fit)."""
        shown = self._rows[row]
        return self.text(shown, column), bold(shown, column)


_BOLD: list[QFont] = []


def _bold_font() -> QFont:
    """A bold font (resolved against the view's own), made once the application exists."""
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]
