"""Today: every active patient's next due item with its status and dose and what the dose gate says of
it, for the date shown at the top; filterable and searchable. The highlighted row's reasons are
written out in full under the table."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.formatting import format_date
from clinic_app.wording.values import drug_names

from .column_fit import ColumnFit
from .context import GuiContext
from .due_loader import DueListLoader
from .messages import ErrorText, RuleWords, translate
from .tables import keep_in_view
from .target import Target
from .today_listing import Listing, View, listing
from .today_model import (
    COL_DATE,
    COL_GO,
    COL_ITEM,
    FILTER_ALL,
    FILTER_OVERDUE,
    FILTER_TODAY,
    FILTER_WEEK,
    ROW_ROLE,
    DueTableModel,
    item_text,
)

log = logging.getLogger(__name__)


class TodayView(QWidget):
    """The main view. `patient_requested(subject_code)` on double-click or Enter."""

    patient_requested = Signal(str)
    refreshed = Signal()

    def __init__(self, ctx: GuiContext, session: Any, parent: QWidget | None = None,
                 loader: DueListLoader | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.session = session
        self._loader: DueListLoader | None = None
        self.set_loader(loader)
        self.model = DueTableModel(ctx.clinic.protocol, self)
        self._view = View(ctx.today())
        self._listing = listing(self.model.words, [], self._view)

        self.search = QLineEdit()
        self.search.setObjectName("today_search")
        self.search.setPlaceholderText(self.tr("Search subject code or name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        # The list's thread filters: ask it at a pause in typing, not at every key.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_search_now)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search_now)

        self.day_label = QLabel()
        self.day_label.setObjectName("today_date")
        self.day_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.period_buttons = QButtonGroup(self)
        filters = QHBoxLayout()
        filters.addWidget(self.day_label)
        filters.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        filters.addWidget(QLabel(self.tr("Show:")))
        for key, text in ((FILTER_OVERDUE, self.tr("&Overdue, missed, decisions")), (FILTER_TODAY, self.tr("&Today")),
                          (FILTER_WEEK, self.tr("This &week")), (FILTER_ALL, self.tr("&All"))):
            button = QRadioButton(text)
            button.setObjectName(f"filter_{key}")
            button.setProperty("period", key)
            button.toggled.connect(lambda checked, k=key: self._period_toggled(checked, k))
            self.period_buttons.addButton(button)
            filters.addWidget(button)
            if key == FILTER_ALL:
                button.setChecked(True)
        filters.addStretch(1)
        filters.addWidget(self.search, 2)

        self.table = QTableView()
        self.table.setObjectName("today_table")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.setResizeContentsPrecision(200)  # sample rows when sizing columns, not all 25,000
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Every column as wide as its words (names are never elided, at any text size); the last one
        # takes what is left, and a narrow window scrolls sideways instead. But whether a dose can be
        # given now stays in view: that column, then the item's, give up width (down to their
        # header, a few words, the widest dose's item) and elide their cells, written in full in the
        # tooltip and below: what a dose is, "PACLitaxel C5D8", is never elided, a long visit name may be.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)  # a narrowed cell ends in "…" on its one line, never a cut-off second
        # Measured from the rows that come or change, never over every row at each change; then the
        # gate's column is kept in view from those measured widths.
        self.column_fit = ColumnFit(self.table, self.model.cell)
        self.fit_columns = keep_in_view(self.table, COL_GO, (
            (COL_GO, lambda: self.table.fontMetrics().averageCharWidth() * 24),  # "Décision : poursuivre…"
            (COL_ITEM, self._dose_item_width)), natural=self.column_fit.natural_width)
        self.column_fit.applied.connect(self.fit_columns)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.details = QLabel()
        self.details.setObjectName("today_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("#today_details { border: 1px solid #9e9e9e; padding: 4px; }")
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 10)  # the table does not jump
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())
        self.summary = QLabel()
        self.summary.setObjectName("today_summary")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.summary)
        self.setTabOrder(self.search, self.table)

        # Many changes in a row cost one reload: refreshes are coalesced on the event loop.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.reload_now)

    def _dose_item_width(self) -> int:
        """The width of the widest item a dose can be ("Dexaméthasone C10D15", cell margins included):
        the item column is never narrowed below it, so only a long visit name is ever elided."""
        protocol = self._ctx.clinic.protocol
        premedication = translate("ProtocolText", str(protocol.premedication.drug))
        names = [*drug_names(protocol).values(), premedication[:1].upper() + premedication[1:]]
        metrics = self.table.fontMetrics()
        return max(metrics.horizontalAdvance(f"{name} C00D00") for name in names) + 2 * metrics.averageCharWidth()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """View > Language: the date, the summary and the highlighted row's details are written again
        in the new language (the table's cells and headers are asked again by gui.language)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._update_summary()

    def _period_toggled(self, checked: bool, period: str) -> None:
        if checked:
            self._show(replace(self._view, period=period))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self._show(replace(self._view, sort_column=column, descending=order == Qt.SortOrder.DescendingOrder))

    def apply_search_now(self) -> None:
        self._search_timer.stop()
        self._show(replace(self._view, search=self.search.text()))

    def _show(self, view: View) -> None:
        """Show the rows as `view` asks: worked out on the list's thread when there is one."""
        self._view = view
        if self._loader is not None:
            self._loader.request(self.session, view)
        else:
            self._apply(listing(self.model.words, self._listing.rows, view))

    def set_loader(self, loader: DueListLoader | None) -> None:
        self._loader = loader
        if loader is not None:
            loader.loaded.connect(self._apply)
            loader.failed.connect(self._load_failed)

    def schedule_refresh(self) -> None:
        """Reload without blocking: in the background when a loader is set, else after the current
        event (several calls in a row give one reload). Returns at once."""
        if self._loader is not None:
            self.summary.setText(self.tr("Updating the list..."))
            self._loader.request(self.session, replace(self._view, today=self._ctx.today()))
        else:
            self._refresh_timer.start()

    def reload_now(self) -> None:
        """Reload on the UI thread (blocks until done)."""
        view = replace(self._view, today=self._ctx.today())
        self._apply(listing(self.model.words, self._ctx.clinic.due_list(self.session, view.today), view))

    def _apply(self, shown: Listing) -> None:
        self._listing = shown
        self._view = shown.view  # the newest asked for (an older answer is never delivered)
        with self.column_fit.covering(shown.column_texts):  # widths from the words, not row by row
            self.model.set_rows(shown.shown, shown.texts, shown.language)
        self._update_summary()
        self.refreshed.emit()

    def rows(self) -> list[Any]:
        """The rows last loaded (all of them, whatever the filter)."""
        return list(self._listing.rows)

    def _load_failed(self, exc: Any) -> None:
        self.summary.setText(ErrorText(self).describe(exc))

    def _update_summary(self) -> None:
        shown = self._listing
        day = format_date(shown.view.today)
        self.day_label.setText(self.tr("List for {day}").format(day=day))
        self.summary.setText(self.tr("{day}: {items} for {patients}; {shown} shown.").format(
            day=day, items=self.tr("%n item(s)", "", len(shown.rows)),
            patients=self.tr("%n patient(s)", "", shown.patients), shown=len(shown.shown)))
        self._show_details()

    def _show_details(self) -> None:
        """The highlighted row in full: the item and its window, then what the gate says of it."""
        row = self.selected_row()
        if row is None:
            self.details.setText(self.tr("Highlight a row to read what the program says of it in full."))
            return
        item = row.due.item
        lines = [self.tr("{code} · {name} · {item} · planned {date} (window {start} to {end})").format(
            code=row.subject_code, name=row.full_name, item=item_text(self._ctx.clinic.protocol, row, translate),
            date=format_date(item.planned_date), start=format_date(item.window.start),
            end=format_date(item.window.end))]
        lines.append(self.tr("Why: {rule}").format(rule=RuleWords(self._ctx.clinic.protocol, self).text(item.rule)))
        reasons = self.model.full_reasons(row)
        if reasons:
            lines.append(reasons)
        elif row.due.state is not None:
            lines.append(self.tr("The program sees nothing that stops this dose today."))
        self.details.setText("\n".join(lines))

    def selected_row(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def target(self) -> Target | None:
        """The selected row's patient and item, or None when no row is selected."""
        row = self.selected_row()
        return Target(row.subject_code, (row.due.item,)) if row is not None else None

    def select_patient(self, subject_code: str) -> bool:
        """Highlight the first shown row of a patient (True when there is one)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ROW_ROLE).subject_code == subject_code:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.patient_requested.emit(row.subject_code)
