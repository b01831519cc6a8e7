"""Enrol a patient (investigator): identifiers, cohort with its gate state, planned C1D1.

Which cohorts are open and what a closed one still needs come from the facade's gate status; a
refusal (closed cohort) is shown with what is missing.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .base import FacadeDialog
from .widgets import BIRTH_DATE_DISPLAY_FORMAT, date_edit, date_of


class EnrolDialog(FacadeDialog):
    """`result_value` is the enrolled Patient once accepted."""

    def __init__(self, clinic: Any, session: Any, today: date, gate_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session = clinic, session
        self.setWindowTitle(self.tr("Enrol a patient"))
        self.subject_code = QLineEdit()
        self.initials = QLineEdit()
        self.full_name = QLineEdit()
        self.hospital_number = QLineEdit()
        for name in ("subject_code", "initials", "full_name", "hospital_number"):
            getattr(self, name).setObjectName(name)
        self.subject_code.setPlaceholderText(self.tr("e.g. IMP-A-001"))
        self.initials.setPlaceholderText(self.tr("2 to 4 capital letters"))
        self.date_of_birth = date_edit(date(today.year - 50, 1, 1), "date_of_birth", maximum=today,
                                       display_format=BIRTH_DATE_DISPLAY_FORMAT)
        self.planned_c1d1 = date_edit(today + timedelta(days=7), "planned_c1d1")
        self.cohort = QComboBox()
        self.cohort.setObjectName("cohort")
        for cohort in clinic.protocol.cohorts:
            self.cohort.addItem(self.tr("Cohort {letter}").format(letter=cohort.letter), cohort.letter)
        self.gate = QLabel(gate_text)
        self.gate.setObjectName("gate")
        self.gate.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Subject code:"), self.subject_code)
        form.addRow(self.tr("&Initials:"), self.initials)
        form.addRow(self.tr("Date of &birth:"), self.date_of_birth)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Hospital number:"), self.hospital_number)
        form.addRow(self.tr("&Cohort:"), self.cohort)
        form.addRow(self.tr("Planned C1D&1:"), self.planned_c1d1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.gate)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:  # noqa: D102 - Qt override
        if self.run_call(lambda: self._clinic.enrol(
                self._session, subject_code=self.subject_code.text().strip(),
                initials=self.initials.text().strip(),
                date_of_birth=date_of(self.date_of_birth).isoformat(), cohort=self.cohort.currentData(),
                planned_c1d1=date_of(self.planned_c1d1).isoformat(), full_name=self.full_name.text().strip(),
                hospital_number=self.hospital_number.text().strip())):
            super().accept()
