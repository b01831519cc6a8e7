"""Columns as wide as their words, measured once per row rather than on every change.

Qt's `ResizeToContents` asks the model for every role of every sampled cell whenever the table lays
itself out: on a 1,500-row Today list one changed patient cost some 48,000 `data()` calls. `ColumnFit`
takes over the sections a table left in `ResizeToContents` (whatever other modes a view sets for its
other columns stay Qt's): it gives them fixed widths, measured with QFontMetrics from the texts of the
rows that came or changed (the first load, then only the changed rows), and widens a column when a
row needs more room, so no text is elided. A column is measured afresh over every row (in slices of
a few milliseconds, the widths applied once all rows are measured) when every row changed at once (a
change of language), when the headers change, or when the table's font does (larger text).

Widths grow with the rows shown and shrink only at such a full measure: a column never elides.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

# (text, bold) of the cell at (row, column), as the model shows it.
Cell = Callable[[int, int], tuple[str, bool]]

SLICE_SECONDS = 0.012  # the longest the UI thread measures in one go before yielding to the event loop
_Index = QModelIndex | QPersistentModelIndex


class ColumnFit(QObject):
    """Fits the `ResizeToContents` sections of `table` to the texts `cell` gives (see the module).
    `applied` is emitted after widths were set; `natural_width` is what a column's words need (a
    view that narrows a column on purpose, tables.keep_in_view, starts from it)."""

    applied = Signal()

    def __init__(self, table: QTableView, cell: Cell) -> None:
        super().__init__(table)
        self._table = table
        self._cell = cell
        header = table.horizontalHeader()
        self._header = header
        self.columns = [c for c in range(header.count())
                        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents]
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._natural: dict[int, int] = {}
        self._advances: dict[tuple[str, bool], int] = {}
        self._metrics: tuple[QFontMetrics, QFontMetrics] | None = None
        self._padding: dict[int, int] = {}
        self._paused = False  # rows change inside `covering`: their texts come measured at its end
        # rows still to measure: (next row, last row, widths so far, whether to apply only at the end)
        self._pending: list[tuple[int, int, dict[int, int], bool]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        model = table.model()
        for moved in (model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            moved.connect(lambda *_: self._rows_moved())
        model.rowsInserted.connect(lambda _parent, first, last: self.fit_rows(first, last))
        model.dataChanged.connect(self._data_changed)
        model.modelReset.connect(self.refit)
        model.headerDataChanged.connect(lambda *_: self.refit())
        table.installEventFilter(self)
        self.refit()

    # -- what the owner calls ---------------------------------------------------------------------
    def fit_rows(self, first: int, last: int) -> None:
        """Widen the columns as the rows `first`..`last` need (measured now, as far as one slice goes)."""
        if first <= last and not self._paused:
            self._pending.append((first, last, {}, False))
            self._work()

    def refit(self) -> None:
        """Measure every row afresh (header texts, font or every row's words changed)."""
        self._metrics = None
        self._advances.clear()
        self._padding.clear()
        self._pending = [(0, self._table.model().rowCount() - 1, {}, True)]
        self._work()

    @contextmanager
    def covering(self, texts: Mapping[int, Iterable[tuple[str, bool]]]) -> Iterator[None]:
        """Rows change inside the block whose every (text, bold) is in `texts` (by column, each once,
        worked out off the UI thread): those texts are measured after it, never row by row."""
        if not texts:
            yield
            return
        self._paused = True
        try:
            yield
        finally:
            self._paused = False
        if self._table.model().rowCount() == 0:
            return
        widths: dict[int, int] = {}
        normal, bold = self._fonts()
        for column in self.columns:
            pad = self._pad(column, 0)
            widest = widths.get(column, 0)
            for key in texts.get(column, ()):
                advance = self._advances.get(key)
                if advance is None:
                    advance = (bold if key[1] else normal).horizontalAdvance(key[0])
                    self._advances[key] = advance
                widest = max(widest, advance + pad)
            widths[column] = widest
        self._apply(widths, False)

    def natural_width(self, column: int) -> int:
        """The width `column`'s words need, as last measured (its current width before any)."""
        return self._natural.get(column, self._header.sectionSize(column))

    @property
    def busy(self) -> bool:
        """True while rows wait to be measured (the next slices run on the event loop)."""
        return bool(self._pending)

    # -- Qt -----------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._table and event.type() == QEvent.Type.FontChange:
            self.refit()
        return False

    def _data_changed(self, top_left: _Index, bottom_right: _Index, *_roles: object) -> None:
        rows = self._table.model().rowCount()
        if self._paused:
            return
        if top_left.row() <= 0 and bottom_right.row() >= rows - 1 and rows > 1:
            self.refit()  # every row at once: the words changed (a language switch), not one patient
        else:
            self.fit_rows(top_left.row(), bottom_right.row())

    def _rows_moved(self) -> None:
        """Rows came, went or moved while others waited to be measured: their numbers shifted, so
        what was left is measured again from the first row (measuring more never narrows)."""
        self._pending = [(0, self._table.model().rowCount() - 1, widths, whole)
                         for _first, _last, widths, whole in self._pending]

    # -- measuring ----------------------------------------------------------------------------------
    def _work(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._pending:
            first, last, widths, whole = self._pending[0]
            last = min(last, self._table.model().rowCount() - 1)
            row = first
            while row <= last:
                self._measure(row, widths)
                row += 1
                if row % 16 == 0 and time.perf_counter() > deadline:
                    break
            if row <= last:
                self._pending[0] = (row, last, widths, whole)
                self._timer.start()
                return
            self._pending.pop(0)
            self._apply(widths, whole)

    def _measure(self, row: int, widths: dict[int, int]) -> None:
        normal, bold = self._fonts()
        for column in self.columns:
            text, strong = self._cell(row, column)
            key = (text, strong)
            advance = self._advances.get(key)
            if advance is None:
                advance = (bold if strong else normal).horizontalAdvance(text)
                self._advances[key] = advance
            needed = advance + self._pad(column, row)
            if needed > widths.get(column, 0):
                widths[column] = needed

    def _apply(self, widths: dict[int, int], whole: bool) -> None:
        header = self._header
        for column in self.columns:
            floor = max(header.sectionSizeHint(column), header.minimumSectionSize())
            wanted = max(floor, widths.get(column, 0))
            if whole or wanted > self._natural.get(column, 0):
                self._natural[column] = wanted
            if whole or wanted > header.sectionSize(column):
                header.resizeSection(column, self._natural[column])
        self.applied.emit()

    def _fonts(self) -> tuple[QFontMetrics, QFontMetrics]:
        if self._metrics is None:
            font = QFont(self._table.font())
            strong = QFont(font)
            strong.setBold(True)
            self._metrics = (QFontMetrics(font), QFontMetrics(strong))
        return self._metrics

    def _pad(self, column: int, row: int) -> int:
        """What a cell adds to its text's width (the delegate's margins, the grid line), read once a
        column from Qt's own size hint for a cell; one pixel spare for rounding."""
        pad = self._padding.get(column)
        if pad is None:
            text, strong = self._cell(row, column)
            normal, bold = self._fonts()
            index = self._table.model().index(row, column)
            cell_width = self._table.sizeHintForIndex(index).width()
            pad = max(cell_width - (bold if strong else normal).horizontalAdvance(text), 0) \
                + (1 if self._table.showGrid() else 0) + 1
            self._padding[column] = pad
        return pad
