"""Investigator decisions, each signed "Approved" with a reason: dose level, IMP321 give/skip,
dexamethasone continue/omit, weight change, stopping a drug and what follows it (continue the flat
drug alone or end treatment); cohort safety (which opens the next cohort) and re-assignment.

The decision dialog first asks the dose gate what the slot waits for and says it in words (e.g.
"Investigator decision required: dose level, proposed -1, because severe neutropenia ..."); the
choices are the vocabulary of `DecisionKind` and the protocol's levels, drugs and cohorts, and none
is pre-selected, not even the proposed one. The facade checks the role and the rule (a nurse is
refused, and the dialog says why).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from clinic_app.domain.errors import DomainError
from clinic_app.domain.gate_model import GateAction
from clinic_app.domain.records import DecisionKind
from clinic_app.domain.treatment_course import CONTINUE_FLAT, DISCONTINUE, END_TREATMENT
from clinic_app.wording.names import drug_name

from ..messages import SlotWords
from .base import FacadeDialog
from .gate_steps import WAITING_STYLE


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
    """One signed decision for a patient; `drug`/`cycle`/`day` name the slot it is about (the gate is
    asked what that slot waits for; kinds that apply from a date on ignore the slot)."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, kind: DecisionKind, *,
                 cycle: int | None = None, day: int | None = None, drug: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        self._kind, self._cycle, self._day, self._drug = DecisionKind(kind), cycle, day, drug
        self._words = SlotWords(clinic.protocol, self)
        self.needed = self._ask_gate()
        words = self.kind_words()
        self.setWindowTitle(self.tr("Decision - {what}").format(what=words))
        self.gate = QLabel(self._gate_text())
        self.gate.setObjectName("gate")
        self.gate.setWordWrap(True)
        self.gate.setStyleSheet(WAITING_STYLE if self.needed is not None else "")
        self.choice = QComboBox()
        self.choice.setObjectName("choice")
        self.choice.addItem(self.tr("- choose -"), None)  # nothing pre-selected, not even the proposal
        self._choices = self.choices()
        for index, (_value, _drug, text) in enumerate(self._choices):
            self.choice.addItem(text, index)
        self.form.addRow(self.tr("&Decision:"), self.choice)
        where = ""
        if cycle is not None and day is not None:
            where = self.tr(" (next: {drug} C{cycle}D{day})").format(drug=drug_name(clinic.protocol, drug or ""),
                                                                     cycle=cycle, day=day)
        self.finish_layout(f"{words}{where}", self.patient_banner(clinic, session, subject_code))
        self.layout().insertWidget(2, self.gate)

    @property
    def kind(self) -> DecisionKind:
        """The kind of decision this dialog signs."""
        return self._kind

    # --- what the gate says ----------------------------------------------------------------
    def _ask_gate(self) -> Any:
        """The decision the slot waits for, if the gate names one of this kind (else None)."""
        if self._drug is None or self._cycle is None or self._day is None:
            return None
        # A BSA dose's level or weight decision shows on its calculation; other slots on giving.
        action = GateAction.CALCULATE if self._drug == self._clinic.protocol.bsa_drug.key else GateAction.ADMINISTER
        try:
            verdict = self._clinic.check_action(self._session, self._code, drug=self._drug, cycle=self._cycle,
                                                day=self._day, action=action)
        except DomainError as exc:
            self.show_error(exc)
            return None
        decision = verdict.decision
        return decision if decision is not None and decision.kind == self._kind else None

    def _gate_text(self) -> str:
        if self.needed is not None:
            return self._words.needed(self.needed)
        return self.tr("The rules ask for no decision of this kind here now: this one is the investigator's own.")

    # --- words and choices -----------------------------------------------------------------
    def kind_words(self) -> str:
        protocol = self._clinic.protocol
        bsa, premed = drug_name(protocol, protocol.bsa_drug.key), drug_name(protocol, protocol.premedication.drug)
        flat = ", ".join(drug_name(protocol, d.key) for d in protocol.flat_drugs)
        return {
            DecisionKind.DOSE_LEVEL: self.tr("{drug} dose level").format(drug=bsa),
            DecisionKind.FLAT_DOSE_GIVE_SKIP: self.tr("{drug} after a {bsa} not given: give or skip").format(
                drug=drug_name(protocol, self._drug or "") if self._drug else flat, bsa=bsa),
            DecisionKind.PREMEDICATION: self.tr("{drug} from cycle 2: continue or omit").format(drug=premed),
            DecisionKind.WEIGHT_CHANGE: self.tr("Weight change: recalculate or keep the dose"),
            DecisionKind.DISCONTINUE_DRUG: self.tr("Stop a drug for good"),
            DecisionKind.AFTER_DISCONTINUATION: self.tr("After {bsa} was stopped: continue {flat} alone or end "
                                                        "treatment").format(bsa=bsa, flat=flat),
        }.get(self._kind, self._kind.value)

    def choices(self) -> list[tuple[str, str | None, str]]:
        """(choice value, drug or None, words) for the decision's kind; the proposed one is marked."""
        protocol, kind = self._clinic.protocol, self._kind
        proposed = self.needed.proposed if self.needed is not None else None
        if kind == DecisionKind.DOSE_LEVEL:
            mark = self.tr(" (proposed)")
            return [(str(lv.level), None, self.tr("Level {level}: {mg} mg/m²").format(
                level=lv.level, mg=lv.dose_per_m2_mg) + (mark if str(lv.level) == proposed else ""))
                for lv in protocol.bsa_drug.levels]
        if kind == DecisionKind.FLAT_DOSE_GIVE_SKIP:
            return [("give", self._drug, self.tr("Give on the planned day")), ("skip", self._drug, self.tr("Skip"))]
        if kind == DecisionKind.PREMEDICATION:
            premed = drug_name(protocol, protocol.premedication.drug)
            return [("continue", None, self.tr("Continue {drug}").format(drug=premed)),
                    ("omit", None, self.tr("Omit {drug}").format(drug=premed))]
        if kind == DecisionKind.WEIGHT_CHANGE:
            return [("recalculate", None, self.tr("Recalculate with the new weight")),
                    ("keep", None, self.tr("Keep the weight the previous dose used"))]
        if kind == DecisionKind.DISCONTINUE_DRUG:
            return [(DISCONTINUE, d.key, self.tr("Stop {drug} for good").format(drug=drug_name(protocol, d.key)))
                    for d in protocol.drugs]
        flat = ", ".join(drug_name(protocol, d.key) for d in protocol.flat_drugs)
        return [(CONTINUE_FLAT, None, self.tr("Continue {flat} alone").format(flat=flat)),
                (END_TREATMENT, None, self.tr("End treatment"))]

    def choose(self, value: str, drug: str | None = None) -> None:
        """Select the choice `value` (and `drug`, for stopping a drug), as the investigator would."""
        for index, (choice, choice_drug, _text) in enumerate(self._choices):
            if choice == value and (drug is None or choice_drug == drug):
                self.choice.setCurrentIndex(index + 1)
                return
        raise ValueError(value)

    def accept(self) -> None:  # noqa: D102 - Qt override
        reason = self.reason.toPlainText().strip()
        password = self.take_password()
        index = self.choice.currentData()
        if index is None:
            self.error.setText(self.tr("Choose the decision."))
            self.error.show()
            return
        value, drug, _text = self._choices[index]
        if self.run_call(lambda: self._clinic.decide(
                self._session, self._code, kind=self._kind, choice=value, reason=reason, password=password,
                cycle=self._cycle, day=self._day, drug=drug or self._drug)):
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
