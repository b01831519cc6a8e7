"""Cohorts: each cohort's gate state, its patients' next items and Week 13 progress; investigators
open a cohort from here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError
from clinic_app.domain.schedule_model import ItemStatus

from .cohort_models import CohortStatesModel, Week13ProgressModel, week13_row
from .context import GuiContext
from .messages import ErrorText
from .record_models import ROW_ROLE
from .tables import read_only_table
from .today_listing import View, listing
from .today_model import DueTableModel


class CohortsView(QWidget):
    """Gate states (from `clinic.cohort_status`) and, for the selected cohort, its patients' next items
    and each patient's Week 13 assessment (from `clinic.schedule`)."""

    open_cohort_requested = Signal(str)  # the letter of the cohort whose safety is signed
    patient_requested = Signal(str)

    def __init__(self, ctx: GuiContext, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.session = session
        self.states = CohortStatesModel(ctx.clinic.protocol, self)
        self.table = read_only_table(self.states, "cohort_table", single_selection=True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_patients())

        self.patients_model = DueTableModel(ctx.clinic.protocol, self)
        self.patients = read_only_table(self.patients_model, "cohort_patients")
        self.patients.doubleClicked.connect(
            lambda index: self.patient_requested.emit(index.data(ROW_ROLE).subject_code))

        self.week13_model = Week13ProgressModel(self)
        self.week13 = read_only_table(self.week13_model, "cohort_week13")
        self.week13.doubleClicked.connect(
            lambda index: self.patient_requested.emit(index.data(ROW_ROLE).subject_code))
        self.week13_message = QLabel()
        self.week13_message.setObjectName("week13_message")
        self.week13_message.setWordWrap(True)
        self.week13_message.hide()

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
        lower = QGridLayout()
        lower.addWidget(QLabel(self.tr("Patients of the selected cohort and their next item:")), 0, 0)
        lower.addWidget(self.patients, 1, 0)
        self.week13_title = QLabel()
        self.week13_title.setObjectName("week13_title")
        lower.addWidget(self.week13_title, 0, 1)
        lower.addWidget(self.week13, 1, 1)
        lower.addWidget(self.week13_message, 2, 1)
        lower.setColumnStretch(0, 2)
        lower.setColumnStretch(1, 1)
        layout.addLayout(lower, 2)
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
        # Week 13 re-plans every patient of the cohort: only worth it while someone looks at it
        # (showing the tab reloads it anyway).
        self._show_patients(week13=self.isVisible())

    def reload_now(self) -> None:
        try:
            report = self._ctx.clinic.cohort_status(self.session)
        except DomainError as exc:
            self.message.setText(ErrorText(self).describe(exc))
            self.states.set_rows([])
            self.patients_model.set_rows([])
            self.week13_model.set_rows([])
            return
        self.message.clear()
        selected = self.selected_letter()
        self.states.set_rows(report.cohorts)
        rows = [r.letter for r in report.cohorts]
        self.table.selectRow(rows.index(selected) if selected in rows else 0)
        self._show_patients()

    def _show_patients(self, week13: bool = True) -> None:
        letter = self.selected_letter()
        mine = [r for r in self._due_rows if r.cohort == letter]
        self.patients_model.set_rows(listing(self.patients_model.words, mine, View(self._ctx.today())).shown)
        if week13:
            self._show_week13(letter)

    def _show_week13(self, letter: str | None) -> None:
        """Every patient ever enrolled in the cohort (finished ones count for its gate too)."""
        self.week13_title.setText(self.tr("Week 13 assessment, patient by patient:"))
        if letter is None:
            self.week13_model.set_rows([])
            return
        clinic, today = self._ctx.clinic, self._ctx.today()
        try:
            codes = sorted(s.patient.subject_code for s in clinic.patients(self.session, active_only=False)
                           if s.patient.cohort == letter)
            rows = [week13_row(code, clinic.schedule(self.session, code, today)) for code in codes]
        except DomainError as exc:
            self.week13_model.set_rows([])
            self.week13_message.setText(ErrorText(self).describe(exc))
            self.week13_message.show()
            return
        self.week13_message.hide()
        self.week13_model.set_rows(rows)
        done = sum(1 for row in rows if row.item is not None and row.item.status is ItemStatus.DONE)
        self.week13_title.setText(self.tr("Week 13 assessment, patient by patient ({done} of {count} done):").format(
            done=done, count=len(rows)))
