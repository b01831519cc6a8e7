"""Cohorts: each cohort's gate state and its patients; investigators open a cohort from here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError

from .cohort_models import CohortStatesModel
from .context import GuiContext
from .messages import ErrorText
from .record_models import ROW_ROLE
from .today_model import DueFilterProxy, DueTableModel


class CohortsView(QWidget):
    """Gate states (from `clinic.cohort_status`) and, for the selected cohort, its patients' next items."""

    open_cohort_requested = Signal(str)  # the letter of the cohort whose safety is signed
    patient_requested = Signal(str)

    def __init__(self, ctx: GuiContext, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.session = session
        self.states = CohortStatesModel(ctx.clinic.protocol, self)
        self.table = QTableView()
        self.table.setObjectName("cohort_table")
        self.table.setModel(self.states)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_patients())

        self.patients_model = DueTableModel(ctx.clinic.protocol, self)
        self.patients_proxy = DueFilterProxy(ctx.today(), self)
        self.patients_proxy.setSourceModel(self.patients_model)
        self.patients = QTableView()
        self.patients.setObjectName("cohort_patients")
        self.patients.setModel(self.patients_proxy)
        self.patients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.patients.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.patients.verticalHeader().hide()
        self.patients.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.patients.horizontalHeader().setStretchLastSection(True)
        self.patients.doubleClicked.connect(
            lambda index: self.patient_requested.emit(index.data(ROW_ROLE).subject_code))

        self.open_button = QPushButton(self.tr("Sign the selected cohort's &safety satisfactory (opens the next)..."))
        self.open_button.setObjectName("open_cohort")
        self.open_button.clicked.connect(lambda: self._emit_for_selected(self.open_cohort_requested))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Patients of the selected cohort and their next item:")))
        layout.addWidget(self.patients, 2)
        self._due_rows: list[Any] = []

    def selected_letter(self) -> str | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return str(row.letter) if row is not None else None

    def _emit_for_selected(self, signal: Any) -> None:
        letter = self.selected_letter()
        if letter is not None:
            signal.emit(letter)

    def set_due_rows(self, rows: list[Any]) -> None:
        """The Today list's rows (loaded once for both views)."""
        self._due_rows = rows
        self._show_patients()

    def reload_now(self) -> None:
        try:
            report = self._ctx.clinic.cohort_status(self.session)
        except DomainError as exc:
            self.message.setText(ErrorText(self).describe(exc))
            self.states.set_rows([])
            self.patients_model.set_rows([])
            return
        self.message.clear()
        selected = self.selected_letter()
        self.states.set_rows(report.cohorts)
        rows = [r.letter for r in report.cohorts]
        self.table.selectRow(rows.index(selected) if selected in rows else 0)
        self._show_patients()

    def _show_patients(self) -> None:
        letter = self.selected_letter()
        self.patients_model.set_rows([r for r in self._due_rows if r.cohort == letter])
