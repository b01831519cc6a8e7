"""Cohort gate states (open / closed and what is still missing) as the domain reports them, and
each patient's Week 13 assessment progress (the gate counts completed Week 13 assessments)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from clinic_app.domain.formatting import format_date, format_mcg_as_mg
from clinic_app.domain.schedule_model import ItemStatus, Schedule, ScheduleItem

from .messages import GateWords
from .record_models import RowTableModel, _Index

COHORT_COL_LETTER = 0
COHORT_COL_STATE = 1
COHORT_COL_ENROLLED = 2
COHORT_COL_MISSING = 3


def gate_summary(widget: QObject, report: Any) -> str:
    """One line per cohort: "Cohort A: open (3 enrolled)" / "Cohort B: closed - missing: ..."."""
    lines = []
    words = GateWords(widget)
    for state in report.cohorts:
        if state.open:
            lines.append(QCoreApplication.translate("CohortWords", "Cohort {letter}: open (%n enrolled)", None,
                                                  state.enrolled).format(letter=state.letter))
        else:
            missing = QCoreApplication.translate("CohortWords", "; ").join(words.missing(m) for m in state.missing)
            closed = QCoreApplication.translate("CohortWords", "Cohort {letter}: closed - missing: {missing}")
            lines.append(closed.format(letter=state.letter, missing=missing))
    return "\n".join(lines)


class CohortStatesModel(RowTableModel):
    """Rows: `CohortState`s from the facade's gate report."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        self._protocol = protocol
        super().__init__(parent)
        self._words = GateWords(self)

    def headers(self) -> list[str]:
        return [self.tr("Cohort"), self.tr("Enrolment"), self.tr("Enrolled"), self.tr("Before it opens")]

    def row_key(self, row: Any) -> Any:  # noqa: D102
        return row.letter

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
        return QCoreApplication.translate("CohortWords", "; ").join(self._words.missing(m) for m in row.missing)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == COHORT_COL_STATE:
            row = self.data(index, Qt.ItemDataRole.UserRole)
            return QBrush(QColor("#d9ead3" if row.open else "#e0e0e0"))
        return super().data(index, role)


WEEK13_KIND = "week13_assessment"
WEEK13_COL_PATIENT = 0
WEEK13_COL_PROGRESS = 1


@dataclass(frozen=True)
class Week13Row:
    """One patient of a cohort and their Week 13 assessment item (None: not in the plan yet)."""

    subject_code: str
    item: ScheduleItem | None


def week13_row(subject_code: str, schedule: Schedule) -> Week13Row:
    """The patient's Week 13 assessment as the schedule plans it on its `today`."""
    items = schedule.of_kind(WEEK13_KIND)
    return Week13Row(subject_code, items[0] if items else None)


class Week13ProgressModel(RowTableModel):
    """Rows: `Week13Row`s; says done on / planned / due / overdue / not yet planned, with the date."""

    def headers(self) -> list[str]:
        return [self.tr("Patient"), self.tr("Week 13 assessment")]

    def row_key(self, row: Any) -> Any:  # noqa: D102
        return row.subject_code

    def cell(self, row: Any, column: int) -> str:
        if column == WEEK13_COL_PATIENT:
            return str(row.subject_code)
        item = row.item
        if item is None:
            return self.tr("not yet planned")
        day = format_date(item.planned_date)
        if item.status is ItemStatus.DONE:
            return self.tr("done on {date}").format(date=day)
        if item.status is ItemStatus.DUE:
            return self.tr("due now (planned {date})").format(date=day)
        if item.status is ItemStatus.OVERDUE:
            return self.tr("overdue (planned {date})").format(date=day)
        if item.status is ItemStatus.PLANNED:
            return self.tr("planned {date}").format(date=day)
        return self.tr("{status} (planned {date})").format(status=item.status.value.replace("_", " "), date=day)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == WEEK13_COL_PROGRESS:
            item = self.data(index, Qt.ItemDataRole.UserRole).item
            colours = {ItemStatus.DONE: "#d9ead3", ItemStatus.DUE: "#fff2cc", ItemStatus.OVERDUE: "#f4cccc"}
            colour = colours.get(item.status) if item is not None else None
            return QBrush(QColor(colour)) if colour else None
        return super().data(index, role)
