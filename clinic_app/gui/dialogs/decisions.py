"""Investigator decisions, each signed "Approved" with a reason: dose level, IMP321 give/skip,
dexamethasone continue/omit, weight change; cohort safety (which opens the next cohort) and
re-assignment.

The choices offered are the vocabulary of `DecisionKind` and the protocol's levels and cohorts; the
facade checks the role and the rule (a nurse is refused, and the dialog says why).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from clinic_app.domain.records import DecisionKind

from .base import FacadeDialog


def decision_kind_words(widget: QWidget) -> dict[DecisionKind, str]:
    return {
        DecisionKind.DOSE_LEVEL: widget.tr("PACLitaxel dose level"),
        DecisionKind.FLAT_DOSE_GIVE_SKIP: widget.tr("IMP321 after a held PACLitaxel: give or skip"),
        DecisionKind.PREMEDICATION: widget.tr("Dexamethasone from cycle 2: continue or omit"),
        DecisionKind.WEIGHT_CHANGE: widget.tr("Weight change: recalculate or keep the dose"),
    }


def decision_choices(widget: QWidget, protocol: Any, kind: DecisionKind) -> list[tuple[str, str]]:
    """(choice value, words) pairs for a decision kind."""
    if kind == DecisionKind.DOSE_LEVEL:
        return [(str(level.level), widget.tr("Level {level}: {mg} mg/m²").format(
            level=level.level, mg=level.dose_per_m2_mg)) for level in protocol.bsa_drug.levels]
    if kind == DecisionKind.FLAT_DOSE_GIVE_SKIP:
        return [("give", widget.tr("Give on the planned day")), ("skip", widget.tr("Skip"))]
    if kind == DecisionKind.PREMEDICATION:
        return [("continue", widget.tr("Continue dexamethasone")), ("omit", widget.tr("Omit dexamethasone"))]
    return [("recalculate", widget.tr("Recalculate with the new weight")),
            ("keep", widget.tr("Keep the previous dose"))]


class _SignedReasonDialog(FacadeDialog):
    """Reason + password (signature "Approved") common to every investigator action."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.password = QLineEdit()
        self.password.setObjectName("signature_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.meaning = QLabel(self.tr("Meaning of this signature: Approved - signed by {name} ({role})").format(
            name=session.full_name, role=session.role.value))
        self.meaning.setObjectName("meaning")
        self.ok_button.setText(self.tr("Sign: Approved"))
        self.form = QFormLayout()

    def finish_layout(self, headline: str, banner: QWidget | None = None) -> None:
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.form.addRow(self.tr("Re-enter your &password:"), self.password)
        title = QLabel(headline)
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        title.setWordWrap(True)
        self.meaning.setWordWrap(True)
        layout = QVBoxLayout(self)
        if banner is not None:
            layout.addWidget(banner)
        layout.addWidget(title)
        layout.addLayout(self.form)
        layout.addWidget(self.meaning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def take_password(self) -> str:
        password = self.password.text()
        self.password.clear()
        return password


class DecisionDialog(_SignedReasonDialog):
    """One signed decision for a patient; `cycle`/`day`/`drug` name the slot it applies to."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, kind: DecisionKind, *,
                 cycle: int | None = None, day: int | None = None, drug: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        self._kind, self._cycle, self._day, self._drug = kind, cycle, day, drug
        words = decision_kind_words(self)[kind]
        self.setWindowTitle(self.tr("Decision - {what}").format(what=words))
        self.choice = QComboBox()
        self.choice.setObjectName("choice")
        for value, text in decision_choices(self, clinic.protocol, kind):
            self.choice.addItem(text, value)
        self.form.addRow(self.tr("&Decision:"), self.choice)
        where = ""
        if cycle is not None and day is not None:
            where = self.tr(" at C{cycle}D{day}").format(cycle=cycle, day=day)
        self.finish_layout(f"{words}{where}", self.patient_banner(clinic, session, subject_code))

    def accept(self) -> None:  # noqa: D102 - Qt override
        reason = self.reason.toPlainText().strip()
        password = self.take_password()
        if self.run_call(lambda: self._clinic.decide(
                self._session, self._code, kind=self._kind, choice=self.choice.currentData(), reason=reason,
                password=password, cycle=self._cycle, day=self._day, drug=self._drug)):
            super().accept()


class ReassignCohortDialog(_SignedReasonDialog):
    """Move a patient to another cohort (investigator, signed, with reason)."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        self.setWindowTitle(self.tr("Re-assign cohort - {code}").format(code=subject_code))
        self.cohort = QComboBox()
        self.cohort.setObjectName("cohort")
        for cohort in clinic.protocol.cohorts:
            if cohort.letter != current:
                self.cohort.addItem(self.tr("Cohort {letter}").format(letter=cohort.letter), cohort.letter)
        self.form.addRow(self.tr("New &cohort:"), self.cohort)
        self.finish_layout(self.tr("Now in cohort {current}").format(current=current),
                           self.patient_banner(clinic, session, subject_code))

    def accept(self) -> None:  # noqa: D102 - Qt override
        reason = self.reason.toPlainText().strip()
        password = self.take_password()
        if self.run_call(lambda: self._clinic.reassign_cohort(
                self._session, self._code, cohort=self.cohort.currentData(), reason=reason, password=password)):
            super().accept()


class OpenCohortDialog(_SignedReasonDialog):
    """Sign "cohort X safety satisfactory" (investigator). The gate opens the next cohort only when its
    other conditions (the visit completions) are met too; the dialog then shows the new gate state."""

    def __init__(self, clinic: Any, session: Any, previous_cohort: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._clinic, self._session, self._previous = clinic, session, previous_cohort
        self.setWindowTitle(self.tr("Cohort {cohort} safety satisfactory").format(cohort=previous_cohort))
        self.finish_layout(self.tr("Cohort {cohort} safety satisfactory (opens the next cohort when the gate "
                                   "is met)").format(cohort=previous_cohort))

    def accept(self) -> None:  # noqa: D102 - Qt override
        reason = self.reason.toPlainText().strip()
        password = self.take_password()
        if self.run_call(lambda: self._clinic.open_cohort(
                self._session, previous_cohort=self._previous, reason=reason, password=password)):
            super().accept()
