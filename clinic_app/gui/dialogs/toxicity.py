"""Record an adverse event as CTCAE v5 names it (TOX-1): a term of the protocol's list (or "other" with
its text), a grade 1-5, the onset date (not in the future) and the drug it is attributed to; by a
nurse or an investigator. Term, grade and drug are chosen by the person, never pre-selected
(PREMED-3's rule for what a person attests). A severe event changes treatment through the gate
(TOX-3 neuropathy, TOX-5 hypersensitivity): the facade decides, the window shows it after saving.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from clinic_app.domain.toxicity import OTHER_TERM
from clinic_app.wording.names import drug_name

from .base import FacadeDialog
from .widgets import date_edit, date_of

NOT_ATTRIBUTED = ""  # the drug combo's value for "not attributed to a drug"


class ToxicityDialog(FacadeDialog):
    """One adverse event for one patient; OK calls `clinic.record_toxicity` (result_value: the Toxicity)."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        protocol = clinic.protocol
        rules = protocol.toxicities
        self.setWindowTitle(self.tr("Adverse event - {code}").format(code=subject_code))
        headline = QLabel(self.tr("Adverse event (CTCAE v{version})").format(version=rules.ctcae_version))
        headline.setStyleSheet("font-size: 14pt; font-weight: bold;")
        headline.setWordWrap(True)
        self.term = QComboBox()
        self.term.setObjectName("toxicity_term")
        self.term.addItem(self.tr("- choose -"), None)
        for term in rules.terms:
            self.term.addItem(str(term.name), term.key)
        self.term_text = QLineEdit()
        self.term_text.setObjectName("toxicity_term_text")
        self.term_text.setPlaceholderText(self.tr("the CTCAE term, when it is not in the list"))
        self.term_text.setMaxLength(120)
        self.grade = QComboBox()
        self.grade.setObjectName("toxicity_grade")
        self.grade.addItem(self.tr("- choose -"), None)
        for grade, words in self.grade_words().items():
            self.grade.addItem(self.tr("Grade {n}: {words}").format(n=grade, words=words), grade)
        self.onset = date_edit(today, "toxicity_onset", maximum=today)
        self.drug = QComboBox()
        self.drug.setObjectName("toxicity_drug")
        self.drug.addItem(self.tr("- choose -"), None)
        self.drug.addItem(self.tr("Not attributed to a drug"), NOT_ATTRIBUTED)
        for drug in protocol.drugs:
            self.drug.addItem(drug_name(protocol, drug.key), drug.key)
        self.note = QPlainTextEdit()
        self.note.setObjectName("toxicity_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        severe = QLabel(self.tr(
            "Grade {grade} or more is severe: a severe hypersensitivity to {bsa} stops it for good, a severe "
            "neuropathy asks the investigator for a lower dose level.").format(
            grade=rules.severe_grade, bsa=drug_name(protocol, protocol.bsa_drug.key)))
        severe.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Term:"), self.term)
        form.addRow(self.tr("Term if &other:"), self.term_text)
        form.addRow(self.tr("&Grade:"), self.grade)
        form.addRow(self.tr("&Onset:"), self.onset)
        form.addRow(self.tr("Attributed to &drug:"), self.drug)
        form.addRow(self.tr("&Note:"), self.note)
        self.ok_button.setText(self.tr("Save the adverse event"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.patient_banner(clinic, session, subject_code))
        layout.addWidget(headline)
        layout.addLayout(form)
        layout.addWidget(severe)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.term.currentIndexChanged.connect(self._offer_text)
        self._offer_text()

    def grade_words(self) -> dict[int, str]:
        """CTCAE v5's general meaning of each grade."""
        return {1: self.tr("mild"), 2: self.tr("moderate"), 3: self.tr("severe"),
                4: self.tr("life-threatening"), 5: self.tr("death related to the event")}

    def _offer_text(self) -> None:
        self.term_text.setEnabled(self.term.currentData() == OTHER_TERM)

    def accept(self) -> None:  # noqa: D102 - Qt override
        missing = [name for name, combo in ((self.tr("term"), self.term), (self.tr("grade"), self.grade),
                                            (self.tr("drug"), self.drug)) if combo.currentData() is None]
        if missing:
            self.error.setText(self.tr("Choose the {fields}.").format(fields=", ".join(missing)))
            self.error.show()
            return
        drug = self.drug.currentData()
        if self.run_call(lambda: self._clinic.record_toxicity(
                self._session, self._code, term=self.term.currentData(), grade=self.grade.currentData(),
                onset=date_of(self.onset), drug=drug or None,
                term_text=self.term_text.text() if self.term_text.isEnabled() else "",
                note=self.note.toPlainText())):
            super().accept()
