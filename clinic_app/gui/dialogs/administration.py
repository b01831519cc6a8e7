"""At the chair: record a dose as administered (signed, with tolerance) or held / omitted with a coded reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError
from clinic_app.domain.formatting import format_date
from clinic_app.domain.gate_model import GateAction
from clinic_app.domain.permissions import Action
from clinic_app.domain.records import HoldReason
from clinic_app.wording.values import word

from ..messages import SlotWords, translate
from .base import FacadeDialog
from .gate_steps import show_verdict
from .tolerance_choice import ToleranceChoice


def hold_reason_words(dialog: QWidget) -> dict[HoldReason, str]:
    return {
        HoldReason.LOW_ANC: QCoreApplication.translate("AdministrationWords", "ANC below threshold"),
        HoldReason.LOW_PLATELETS: QCoreApplication.translate("AdministrationWords", "Platelets below threshold"),
        HoldReason.LABS_MISSING: QCoreApplication.translate("AdministrationWords", "Labs missing or too old"),
        HoldReason.NEUROPATHY: QCoreApplication.translate("AdministrationWords", "Neuropathy"),
        HoldReason.HYPERSENSITIVITY: QCoreApplication.translate("AdministrationWords", "Hypersensitivity"),
        HoldReason.INTERCURRENT_ILLNESS: QCoreApplication.translate("AdministrationWords", "Intercurrent illness"),
        HoldReason.PATIENT_DECLINED: QCoreApplication.translate("AdministrationWords", "Patient declined"),
        HoldReason.PATIENT_ABSENT: QCoreApplication.translate("AdministrationWords", "Patient absent"),
        HoldReason.INVESTIGATOR_DECISION: QCoreApplication.translate("AdministrationWords", "Investigator decision"),
        HoldReason.OTHER: QCoreApplication.translate("AdministrationWords", "Other (explain in the note)"),
    }


class AdministerDialog(FacadeDialog):
    """Signed "Administered" with the infusion tolerance (drives the dexamethasone rule). What the
    dose gate says of giving this dose now is shown above the signature (a missed dose, a
    discontinued drug, a premedication not yet recorded...) and Sign stays off while it refuses."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, *, drug: str, drug_name: str, cycle: int,
                 day: int, dose_text: str, today: date, dose_record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        self._drug, self._cycle, self._day, self._record_id = drug, cycle, day, dose_record_id
        self.setWindowTitle(self.tr("Administered - {code}").format(code=subject_code))
        headline = QLabel(self.tr("{drug}, C{cycle}D{day}").format(
            drug=f"{drug_name} {dose_text}".strip(), cycle=cycle, day=day))
        headline.setStyleSheet("font-size: 14pt; font-weight: bold;")
        headline.setWordWrap(True)
        # Nothing is pre-selected (PREMED-3): the nurse chooses the tolerance, and a reaction's grade.
        self.choice = ToleranceChoice(self)
        self.tolerance, self.grade = self.choice.tolerance, self.choice.grade
        self.password = QLineEdit()
        self.password.setObjectName("signature_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        meaning = QLabel(self.tr("Meaning of this signature: Administered - signed by {name} ({role})").format(
            name=session.full_name, role=word(session.role.value, translate)))
        meaning.setObjectName("meaning")
        form = QFormLayout()
        form.addRow(self.tr("&Tolerance:"), self.tolerance)
        form.addRow(self.tr("Reaction &grade (CTCAE):"), self.grade)
        form.addRow(self.tr("Given on:"), QLabel(self.tr("today, {date}").format(date=format_date(today))))
        form.addRow(self.tr("Re-enter your &password:"), self.password)
        meaning.setWordWrap(True)
        self.ok_button.setText(self.tr("Sign: Administered"))
        self.gate = QLabel()
        self.gate.setObjectName("gate")
        self.gate.setWordWrap(True)
        self.check_again = QPushButton(self.tr("C&heck again"))
        self.check_again.setObjectName("check_again")
        self.check_again.clicked.connect(self.ask_gate)
        self.buttons.addButton(self.check_again, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.patient_banner(clinic, session, subject_code))
        layout.addWidget(headline)
        layout.addWidget(self.gate)
        layout.addLayout(form)
        layout.addWidget(meaning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ask_gate()

    def ask_gate(self) -> None:
        """Ask the dose gate whether this dose can be given now; Sign only when it may."""
        try:
            self.verdict = self._clinic.check_action(self._session, self._code, drug=self._drug, cycle=self._cycle,
                                                     day=self._day, action=GateAction.ADMINISTER,
                                                     dose_record_id=self._record_id)
        except DomainError as exc:
            self.verdict = None
            self.show_error(exc)
        show_verdict(SlotWords(self._clinic.protocol, self), self.ok_button, self.gate, self.verdict)

    def accept(self) -> None:  # noqa: D102 - Qt override
        password = self.password.text()
        self.password.clear()
        if self.choice.refuse_if_incomplete(self.error):
            return
        if self.run_call(lambda: self._clinic.administer(
                self._session, self._code, drug=self._drug, cycle=self._cycle, day=self._day,
                tolerance=self.choice.value(), password=password, dose_record_id=self._record_id,
                reaction_grade=self.choice.reaction_grade())):
            super().accept()


class HoldDialog(FacadeDialog):
    """A planned dose held with a coded reason and a note, signed "Held" (nurse or investigator); an
    investigator may omit it for good instead, signed "Approved" (HOLD-1, HOLD-2)."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, *, drug: str, drug_name: str, cycle: int,
                 day: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        self._drug, self._cycle, self._day = drug, cycle, day
        self.setWindowTitle(self.tr("Hold / omit - {code}").format(code=subject_code))
        headline = QLabel(self.tr("{drug} C{cycle}D{day}").format(drug=drug_name, cycle=cycle, day=day))
        headline.setStyleSheet("font-size: 14pt; font-weight: bold;")
        headline.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("hold_reason")
        self.reason.addItem(self.tr("- choose -"), None)  # never pre-filled
        for value, words in hold_reason_words(self).items():
            self.reason.addItem(words, value)
        self.note = QPlainTextEdit()
        self.note.setObjectName("hold_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.omit = QCheckBox(self.tr("&Omit for good (investigator's decision) instead of hold"))
        self.omit.setObjectName("omit")
        self.omit.setVisible(clinic.can(session, Action.DECIDE))
        self.password = QLineEdit()
        self.password.setObjectName("signature_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("Date:"), QLabel(self.tr("today, {date}").format(date=format_date(today))))
        form.addRow("", self.omit)
        form.addRow(self.tr("Re-enter your &password:"), self.password)
        self.ok_button.setText(self.tr("Sign"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.patient_banner(clinic, session, subject_code))
        layout.addWidget(headline)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:  # noqa: D102 - Qt override
        password = self.password.text()
        self.password.clear()
        if self.reason.currentData() is None:
            self.error.setText(self.tr("Choose the reason."))
            self.error.show()
            return
        if self.run_call(lambda: self._clinic.hold(
                self._session, self._code, drug=self._drug, cycle=self._cycle, day=self._day,
                # A combo box hands its data back as a plain str: the enum again, so the facade's
                # identity checks (reason is HoldReason.OTHER) see what was chosen.
                reason=HoldReason(self.reason.currentData()), note=self.note.toPlainText().strip(),
                omit=self.omit.isChecked(), password=password)):
            super().accept()
