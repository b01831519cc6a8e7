"""The read-only row table every view uses: whole-row selection, no editing, sized to content."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
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
