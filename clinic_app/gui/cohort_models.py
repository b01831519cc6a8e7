"""Cohort gate states (open / closed and what is still missing) as the domain reports them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from clinic_app.domain.formatting import format_mcg_as_mg

from .record_models import RowTableModel, _Index

COHORT_COL_LETTER = 0
COHORT_COL_STATE = 1
COHORT_COL_ENROLLED = 2
COHORT_COL_MISSING = 3


def gate_summary(widget: QObject, report: Any) -> str:
    """One line per cohort: "Cohort A: open (3 enrolled)" / "Cohort B: closed - missing: ..."."""
    lines = []
    for state in report.cohorts:
        if state.open:
            lines.append(widget.tr("Cohort {letter}: open ({count} enrolled)").format(
                letter=state.letter, count=state.enrolled))
        else:
            lines.append(widget.tr("Cohort {letter}: closed - missing: {missing}").format(
                letter=state.letter, missing="; ".join(m.describe() for m in state.missing)))
    return "\n".join(lines)


class CohortStatesModel(RowTableModel):
    """Rows: `CohortState`s from the facade's gate report."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        self._protocol = protocol
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Cohort"), self.tr("Enrolment"), self.tr("Enrolled"), self.tr("Before it opens")]

    def cell(self, row: Any, column: int) -> str:
        if column == COHORT_COL_LETTER:
            mcg = self._protocol.cohort(row.letter).flat_doses_mcg
            doses = ", ".join(f"{self._protocol.drug(key).display_name} {format_mcg_as_mg(value)}"
                              for key, value in mcg.items())
            return f"{row.letter} ({doses})"
        if column == COHORT_COL_STATE:
            return self.tr("open") if row.open else self.tr("closed")
        if column == COHORT_COL_ENROLLED:
            return str(row.enrolled)
        return "; ".join(m.describe() for m in row.missing)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == COHORT_COL_STATE:
            row = self.data(index, Qt.ItemDataRole.UserRole)
            return QBrush(QColor("#d9ead3" if row.open else "#e0e0e0"))
        return super().data(index, role)
