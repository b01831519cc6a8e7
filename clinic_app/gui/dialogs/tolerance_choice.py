"""The infusion's tolerance and, for a reaction, its CTCAE grade, as the Administered and the late
entry dialogs ask them: nothing pre-selected (PREMED-3), and a reaction signed only with its grade."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from clinic_app.domain.records import Tolerance
from clinic_app.domain.toxicity import TOLERANCE_GRADES


def tolerance_words() -> dict[Tolerance, str]:
    return {
        Tolerance.WELL_TOLERATED: QCoreApplication.translate("AdministrationWords", "Well tolerated"),
        Tolerance.MILD_REACTION: QCoreApplication.translate("AdministrationWords", "Mild reaction"),
        Tolerance.SEVERE_HYPERSENSITIVITY: QCoreApplication.translate(
            "AdministrationWords", "Severe hypersensitivity (stop; do not rechallenge)"),
    }


class ToleranceChoice(QObject):
    """Two combo boxes the dialog lays out: `tolerance`, then `grade` (offered for a reaction only)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.tolerance = QComboBox(parent)
        self.tolerance.setObjectName("tolerance")
        self.tolerance.addItem(self.tr("- choose -"), None)
        for value, words in tolerance_words().items():
            self.tolerance.addItem(words, value)
        self.grade = QComboBox(parent)
        self.grade.setObjectName("reaction_grade")
        self.tolerance.currentIndexChanged.connect(self._offer_grades)
        self._offer_grades()

    def _offer_grades(self) -> None:
        """The grades of the chosen reaction class, none chosen yet; nothing to choose when well tolerated."""
        self.grade.clear()
        tolerance = self.tolerance.currentData()
        self.grade.setEnabled(tolerance in TOLERANCE_GRADES)
        if tolerance in TOLERANCE_GRADES:
            self.grade.addItem(self.tr("- choose -"), None)
            for grade in TOLERANCE_GRADES[Tolerance(tolerance)]:
                self.grade.addItem(self.tr("Grade {n}").format(n=grade), grade)

    def missing(self) -> str | None:
        """What must still be chosen before signing (the grade of a reaction), or None."""
        if self.grade.isEnabled() and self.grade.currentData() is None:
            return self.tr("Choose the grade of the reaction (CTCAE).")
        return None

    def refuse_if_incomplete(self, error: QLabel) -> bool:
        """Show in `error` what must still be chosen; True when signing must wait for it."""
        missing = self.missing()
        if missing is not None:
            error.setText(missing)
            error.show()
        return missing is not None

    def value(self) -> Tolerance | None:
        """The tolerance chosen (a combo box hands its data back as a plain str: the enum again)."""
        tolerance = self.tolerance.currentData()
        return None if tolerance is None else Tolerance(tolerance)

    def reaction_grade(self) -> int | None:
        grade = self.grade.currentData()
        return None if grade is None else int(grade)
