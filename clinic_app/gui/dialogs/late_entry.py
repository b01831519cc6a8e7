"""Record, after the fact, a dose that was given on its real date (MISS-2): the date inside the slot's
window and before today, the reason it is entered late, the tolerance and a reaction's grade chosen
by the nurse (never pre-selected, PREMED-3), signed "Administered". The dose gate is asked for the
date chosen (the same rules as on that day: labs of that day, the verified record, spacing, the
premedication first) and Sign stays off while it refuses.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from clinic_app.domain.errors import DomainError
from clinic_app.domain.formatting import format_date
from clinic_app.domain.gate_model import GateAction

from ..messages import SlotWords
from .base import FacadeDialog
from .gate_steps import show_verdict
from .tolerance_choice import ToleranceChoice
from .widgets import date_edit, date_of


class LateEntryDialog(FacadeDialog):
    """A late entry of one administration; `item` is the planned item (its slot and window)."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, item: Any, *, drug_name: str, dose_text: str,
                 today: date, dose_record_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        self._drug, self._cycle, self._day = item.drug or item.kind, item.cycle, item.day
        self._record_id = dose_record_id
        self._words = SlotWords(clinic.protocol, self)
        self.setWindowTitle(self.tr("Late entry - {code}").format(code=subject_code))
        headline = QLabel(self.tr("{drug}, C{cycle}D{day}: given on an earlier day, entered late").format(
            drug=f"{drug_name} {dose_text}".strip(), cycle=item.cycle, day=item.day))
        headline.setStyleSheet("font-size: 14pt; font-weight: bold;")
        headline.setWordWrap(True)
        latest = min(item.window.end, today - timedelta(days=1))
        window = QLabel(self.tr("Its window: {start} to {end}. The real date must be inside it and before today "
                                "({today}).").format(start=format_date(item.window.start),
                                                     end=format_date(item.window.end), today=format_date(today)))
        window.setWordWrap(True)
        self.given_on = date_edit(max(item.window.start, min(latest, item.planned_date)), "given_on",
                                  maximum=max(latest, item.window.start))
        start = item.window.start
        self.given_on.setMinimumDate(QDate(start.year, start.month, start.day))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("late_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.choice = ToleranceChoice(self)
        self.tolerance, self.grade = self.choice.tolerance, self.choice.grade
        self.password = QLineEdit()
        self.password.setObjectName("signature_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.gate = QLabel()
        self.gate.setObjectName("gate")
        self.gate.setWordWrap(True)
        meaning = QLabel(self.tr("Meaning of this signature: Administered (entered late) - signed by {name} "
                                 "({role})").format(name=session.full_name, role=session.role.value))
        meaning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Given on:"), self.given_on)
        form.addRow(self.tr("&Why it is entered late:"), self.reason)
        form.addRow(self.tr("&Tolerance:"), self.tolerance)
        form.addRow(self.tr("Reaction g&rade (CTCAE):"), self.grade)
        form.addRow(self.tr("Re-enter your &password:"), self.password)
        self.ok_button.setText(self.tr("Sign: Administered"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.patient_banner(clinic, session, subject_code))
        layout.addWidget(headline)
        layout.addWidget(window)
        layout.addLayout(form)
        layout.addWidget(self.gate)
        layout.addWidget(meaning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.given_on.dateChanged.connect(lambda _d: self.ask_gate())
        self.ask_gate()

    def ask_gate(self) -> None:
        """May this dose be recorded as given on the date chosen? Sign only when the gate allows it."""
        try:
            verdict = self._clinic.check_action(self._session, self._code, drug=self._drug, cycle=self._cycle,
                                                day=self._day, action=GateAction.RECORD_LATE,
                                                on=date_of(self.given_on), dose_record_id=self._record_id)
        except DomainError as exc:
            verdict = None
            self.show_error(exc)
        show_verdict(self._words, self.ok_button, self.gate, verdict)

    def accept(self) -> None:  # noqa: D102 - Qt override
        password = self.password.text()
        self.password.clear()
        if self.choice.refuse_if_incomplete(self.error):
            return
        if self.run_call(lambda: self._clinic.record_late_administration(
                self._session, self._code, drug=self._drug, cycle=self._cycle, day=self._day,
                on=date_of(self.given_on), reason=self.reason.toPlainText(), tolerance=self.choice.value(),
                password=password, dose_record_id=self._record_id, reaction_grade=self.choice.reaction_grade())):
            super().accept()

