"""Rows replaced in place: whatever the change, the rows end equal to the new list, and an index the
view holds (selection, current row) still points at the same row, never at its neighbour."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from clinic_app.gui.row_updates import replace_rows

_Index = QModelIndex | QPersistentModelIndex


class Rows(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[int, int]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return str(self.rows[index.row()][index.column()])


def test_random_changes_keep_every_index_on_its_row(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = Rows()
    qtmodeltester.check(model)
    rnd = random.Random(7)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    for _ in range(150):
        new = [(key, rnd.randint(0, 2)) for key in rnd.sample(range(30), rnd.randint(1, 15))]
        held = {model.rows[r][0]: QPersistentModelIndex(model.index(r, 1)) for r in range(len(model.rows))}
        replace_rows(model, model.rows, new, key=lambda row: row[0])
        assert model.rows == new
        for key, index in held.items():
            if key in dict(new):
                assert index.isValid() and model.rows[index.row()][0] == key and index.column() == 1
            else:
                assert not index.isValid()
    assert resets == []  # rows come and go one run at a time, even the first fill
