"""Today's columns are measured from the rows that come or change (gui.column_fit), never over every
row at each change (issue 14: one changed patient cost some 48,000 data() calls through Qt's
ResizeToContents), and no text is ever narrower than its column."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from clinic_app.domain.protocol import Protocol
from clinic_app.gui.column_fit import ColumnFit
from clinic_app.gui.today_listing import COLUMN_COUNT, View, Words, bold, listing, row_key
from clinic_app.gui.today_model import COL_IDENTIFIER, COL_ITEM, DueTableModel

from .test_today_model import ROWS, TODAY


class _Counted:
    """The model's `cell`, counting the rows it is asked about."""

    def __init__(self, model: DueTableModel) -> None:
        self.model = model
        self.rows: list[int] = []

    def __call__(self, row: int, column: int) -> tuple[str, bool]:
        self.rows.append(row)
        return self.model.cell(row, column)


def _table(qtbot, protocol: Protocol) -> tuple[QTableView, DueTableModel, ColumnFit, _Counted]:  # type: ignore[no-untyped-def]
    model = DueTableModel(protocol)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Interactive)  # left to Qt
    counted = _Counted(model)
    fit = ColumnFit(table, counted)
    return table, model, fit, counted


def _fits(table: QTableView, model: DueTableModel, columns: list[int]) -> bool:
    font = QFont(table.font())
    strong = QFont(font)
    strong.setBold(True)
    for row in range(model.rowCount()):
        for column in columns:
            text, is_bold = model.cell(row, column)
            if table.columnWidth(column) < QFontMetrics(strong if is_bold else font).horizontalAdvance(text):
                return False
    return True


def test_it_takes_over_only_the_columns_sized_to_their_contents(qtbot, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    table, _model, fit, _counted = _table(qtbot, protocol)
    header = table.horizontalHeader()
    assert COL_ITEM not in fit.columns and len(fit.columns) == COLUMN_COUNT - 1
    assert header.sectionResizeMode(COL_ITEM) == QHeaderView.ResizeMode.Interactive
    assert all(header.sectionResizeMode(c) == QHeaderView.ResizeMode.Fixed for c in fit.columns)


def test_a_change_measures_the_changed_rows_only_and_widens(qtbot, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    table, model, fit, counted = _table(qtbot, protocol)
    model.set_rows(listing(Words(protocol), ROWS, View(TODAY)).shown)
    assert not fit.busy and _fits(table, model, fit.columns)
    before = table.columnWidth(COL_IDENTIFIER)
    longer = [replace(r, full_name="Bartholomew Alexander Featherstonehaugh-Montgomery") if n == 2 else r
              for n, r in enumerate(ROWS)]
    shown = listing(Words(protocol), longer, View(TODAY)).shown
    counted.rows.clear()
    model.set_rows(shown)
    changed = next(n for n, r in enumerate(shown) if r.full_name.startswith("Bartholomew"))
    assert set(counted.rows) == {changed}  # one row's cells, not every row's
    assert table.columnWidth(COL_IDENTIFIER) > before
    assert _fits(table, model, fit.columns)


def test_words_worked_out_off_the_ui_thread_are_measured_once_not_row_by_row(qtbot, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    table, model, fit, counted = _table(qtbot, protocol)
    words = Words(protocol)
    shown = listing(words, ROWS, View(TODAY), words.texts, "en")
    assert shown.texts[row_key(ROWS[0])] == words.texts(ROWS[0])
    assert (words.display(ROWS[3], 3), bold(ROWS[3], 3)) in shown.column_texts[3]
    with fit.covering(shown.column_texts):
        model.set_rows(shown.shown, shown.texts, shown.language)
    assert {row for row in counted.rows} <= {0}  # only the margins, read once a column from the first row
    assert _fits(table, model, fit.columns)


def test_a_larger_font_measures_every_row_again(qtbot, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    table, model, fit, _counted = _table(qtbot, protocol)
    model.set_rows(listing(Words(protocol), ROWS, View(TODAY)).shown)
    before = table.columnWidth(COL_IDENTIFIER)
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    table.setFont(font)
    qtbot.waitUntil(lambda: not fit.busy)
    assert table.columnWidth(COL_IDENTIFIER) > before
    assert _fits(table, model, fit.columns)


def test_words_of_another_language_are_not_shown(qapp, protocol: Protocol, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    model = DueTableModel(protocol)
    words = Words(protocol)
    stale = {row_key(r): tuple(f"old {c}" for c in range(COLUMN_COUNT)) for r in ROWS}
    model.set_rows(listing(words, ROWS, View(TODAY)).shown, stale, "fr")  # the window writes English now
    assert model.index(0, COL_IDENTIFIER).data() == words.display(model.row_at(0), COL_IDENTIFIER)
    model.set_rows(model._rows[:], stale, "en")  # noqa: SLF001 - the same rows, worded in the window's language
    assert model.index(0, COL_IDENTIFIER).data() == f"old {COL_IDENTIFIER}"
