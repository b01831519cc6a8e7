"""The read-only row table every view uses: whole-row selection, no editing, sized to content."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def read_only_table(model: Any, name: str, *, single_selection: bool = False) -> QTableView:
    """A QTableView over `model` named `name` (for tests and shortcuts), rows selected whole."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    follow_contents(table)
    return table


def follow_contents(table: QTableView) -> None:
    """Re-fit columns sized to their contents whenever rows come, go or change. Rows are updated in
    place (no model reset, so the selection stays), and Qt re-fits such columns only on a reset."""
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(table.horizontalHeader().resizeSections)
    model = table.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.layoutChanged, model.modelReset):
        signal.connect(lambda *_: timer.start())


class _Refit(QObject):
    """Re-fits a table's columns when the table is resized or its font or language changes."""

    def __init__(self, table: QTableView, fit: Callable[[], None]) -> None:
        super().__init__(table)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(fit)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.layoutChanged,
                       model.modelReset, model.headerDataChanged):
            signal.connect(lambda *_: self._timer.start())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.LanguageChange,
                            QEvent.Type.StyleChange, QEvent.Type.Show):
            self._timer.start()
        return False


def keep_in_view(table: QTableView, column: int, shrinkable: Sequence[tuple[int, Callable[[], int]]],
                 natural: Callable[[int], int] | None = None) -> Callable[[], None]:
    """Keep `column`'s right edge inside the table's viewport while the columns before it are as
    wide as their words: the `shrinkable` columns (column, the least width its words need now, in
    pixels), in the order given, give up width down to that or their header's width (a header is
    never elided), and their cells are then elided at the end (their models give the words in full
    as a tooltip). The other columns stay sized to their contents. `natural`: the width a column's
    words need when something already measures them (gui.column_fit), else Qt measures the rows.
    Returns the fitting function (also run by itself when rows, headers, the table's size, font or
    language change)."""
    header = table.horizontalHeader()
    for shrinking, _least in shrinkable:
        header.setSectionResizeMode(shrinking, QHeaderView.ResizeMode.Interactive)

    def fit() -> None:
        header.resizeSections()  # the columns sized to their contents first
        needed = natural or table.sizeHintForColumn
        natural_widths = {c: max(needed(c), header.sectionSizeHint(c)) for c, _ in shrinkable}
        least = {c: max(header.sectionSizeHint(c), needs()) for c, needs in shrinkable}
        up_to = header.visualIndex(column)
        before = [header.logicalIndex(v) for v in range(up_to + 1)]
        fixed = sum(header.sectionSize(c) for c in before
                    if c not in natural_widths and not header.isSectionHidden(c))
        widths = {c: natural_widths[c] for c in natural_widths if c in before}
        excess = fixed + sum(widths.values()) - table.viewport().width()
        for shrinking, _least in shrinkable:
            if excess <= 0 or shrinking not in widths:
                continue
            cut = min(excess, max(0, widths[shrinking] - least[shrinking]))
            widths[shrinking] -= cut
            excess -= cut
        for c in natural_widths:
            header.resizeSection(c, widths.get(c, natural_widths[c]))

    _Refit(table, fit)
    return fit
