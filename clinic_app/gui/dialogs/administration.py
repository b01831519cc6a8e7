"""At the chair: record a dose as administered (signed, with tolerance) or held / omitted with a coded reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from clinic_app.domain.formatting import format_date
from clinic_app.domain.records import HoldReason, Tolerance

from .base import FacadeDialog


def tolerance_words(dialog: QWidget) -> dict[Tolerance, str]:
    return {
        Tolerance.WELL_TOLERATED: dialog.tr("Well tolerated"),
        Tolerance.MILD_REACTION: dialog.tr("Mild reaction"),
        Tolerance.SEVERE_HYPERSENSITIVITY: dialog.tr("Severe hypersensitivity (stop; do not rechallenge)"),
    }


def hold_reason_words(dialog: QWidget) -> dict[HoldReason, str]:
    return {
        HoldReason.LOW_ANC: dialog.tr("ANC below threshold"),
        HoldReason.LOW_PLATELETS: dialog.tr("Platelets below threshold"),
        HoldReason.LABS_MISSING: dialog.tr("Labs missing or too old"),
        HoldReason.NEUROPATHY: dialog.tr("Neuropathy"),
        HoldReason.HYPERSENSITIVITY: dialog.tr("Hypersensitivity"),
        HoldReason.INTERCURRENT_ILLNESS: dialog.tr("Intercurrent illness"),
        HoldReason.PATIENT_DECLINED: dialog.tr("Patient declined"),
        HoldReason.PATIENT_ABSENT: dialog.tr("Patient absent"),
        HoldReason.INVESTIGATOR_DECISION: dialog.tr("Investigator decision"),
        HoldReason.OTHER: dialog.tr("Other (explain in the note)"),
    }


class AdministerDialog(FacadeDialog):
    """Signed "Administered" with the infusion tolerance (drives the dexamethasone rule)."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, *, drug: str, drug_name: str, cycle: int,
                 day: int, dose_text: str, today: date, dose_record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        self._drug, self._cycle, self._day, self._record_id = drug, cycle, day, dose_record_id
        self.setWindowTitle(self.tr("Administered - {code}").format(code=subject_code))
        headline = QLabel(self.tr("{drug} {dose}, C{cycle}D{day}, patient {code}").format(
            drug=drug_name, dose=dose_text, cycle=cycle, day=day, code=subject_code))
        headline.setStyleSheet("font-size: 14pt; font-weight: bold;")
        headline.setWordWrap(True)
        self.tolerance = QComboBox()
        self.tolerance.setObjectName("tolerance")
        for value, words in tolerance_words(self).items():
            self.tolerance.addItem(words, value)
        self.password = QLineEdit()
        self.password.setObjectName("signature_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        meaning = QLabel(self.tr("Meaning of this signature: Administered - signed by {name} ({role})").format(
            name=session.full_name, role=session.role.value))
        meaning.setObjectName("meaning")
        form = QFormLayout()
        form.addRow(self.tr("&Tolerance:"), self.tolerance)
        form.addRow(self.tr("Given on:"), QLabel(self.tr("today, {date}").format(date=format_date(today))))
        form.addRow(self.tr("Re-enter your &password:"), self.password)
        self.ok_button.setText(self.tr("Sign: Administered"))
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addLayout(form)
        layout.addWidget(meaning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:  # noqa: D102 - Qt override
        password = self.password.text()
        self.password.clear()
        if self.run_call(lambda: self._clinic.administer(
                self._session, self._code, drug=self._drug, cycle=self._cycle, day=self._day,
                tolerance=self.tolerance.currentData(), password=password, dose_record_id=self._record_id)):
            super().accept()


class HoldDialog(FacadeDialog):
    """A planned dose held (or omitted) with a coded reason and a note."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, *, drug: str, drug_name: str, cycle: int,
                 day: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        self._drug, self._cycle, self._day = drug, cycle, day
        self.setWindowTitle(self.tr("Hold / omit - {code}").format(code=subject_code))
        headline = QLabel(self.tr("{drug} C{cycle}D{day}, patient {code}").format(
            drug=drug_name, cycle=cycle, day=day, code=subject_code))
        headline.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.reason = QComboBox()
        self.reason.setObjectName("hold_reason")
        for value, words in hold_reason_words(self).items():
            self.reason.addItem(words, value)
        self.note = QPlainTextEdit()
        self.note.setObjectName("hold_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.omit = QCheckBox(self.tr("&Omit (not made up later) instead of hold"))
        self.omit.setObjectName("omit")
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("Date:"), QLabel(self.tr("today, {date}").format(date=format_date(today))))
        form.addRow("", self.omit)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:  # noqa: D102 - Qt override
        if self.run_call(lambda: self._clinic.hold(
                self._session, self._code, drug=self._drug, cycle=self._cycle, day=self._day,
                reason=self.reason.currentData(), note=self.note.toPlainText().strip(),
                omit=self.omit.isChecked())):
            super().accept()
