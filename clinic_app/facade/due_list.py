"""What is due: one patient's schedule, and the Today list across every active patient (read by
`due_reader.DueReader` from each patient's kept due state where it holds)."""

from __future__ import annotations

from datetime import date

from clinic_app.domain.due import DueDose, DueItem
from clinic_app.domain.language import current_language
from clinic_app.domain.permissions import Action
from clinic_app.domain.schedule_model import Schedule
from clinic_app.wording.catalogue import catalogue
from clinic_app.wording.slot import dose_text as slot_dose_text

from .base import ClinicBase
from .due_reader import DueMark, DueUpdate
from .views import DueRow, Session


def dose_text(dose: DueDose | None) -> str:
    """The dose column of the due list, in the catalogue's words (wording.slot.dose_text), in the
    current language (LANG-1: the window's, or the document's)."""
    return slot_dose_text(dose, catalogue(current_language()))


class DueMixin(ClinicBase):
    def schedule(self, session: Session, subject_code: str, today: date) -> Schedule:
        """The patient's whole calendar as re-planned on `today`."""
        self._require(session, Action.VIEW_PATIENTS)
        return self._gate_input(subject_code, today).schedule

    def next_due(self, session: Session, subject_code: str, today: date) -> list[DueItem]:
        """The patient's actionable and next upcoming items on `today`, with doses."""
        self._require(session, Action.VIEW_PATIENTS)
        return self._due(subject_code, today)

    def due_list(self, session: Session, today: date) -> list[DueRow]:
        """Every active patient's due items on `today` (overdue, due today, decision required, upcoming),
        patient by patient in subject-code order, each patient's items in date order."""
        self._require(session, Action.VIEW_PATIENTS)
        return [row for rows in self._due_reader.rows(today).values() for row in rows]

    def due_update(self, session: Session, today: date, since: DueMark | None) -> DueUpdate:
        """The rows of the patients whose due list changed since `since` (None: every patient), with
        the mark to pass next time: one query when nothing moved."""
        self._require(session, Action.VIEW_PATIENTS)
        return self._due_reader.update(today, since)
