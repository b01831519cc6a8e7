"""What is due: one patient's schedule, and the Today list across every active patient."""

from __future__ import annotations

from datetime import date, datetime

from clinic_app.domain.due import DueDose, DueItem
from clinic_app.domain.language import current_language
from clinic_app.domain.permissions import Action
from clinic_app.domain.schedule_model import Schedule
from clinic_app.wording.catalogue import catalogue
from clinic_app.wording.slot import dose_text as slot_dose_text

from .base import ClinicBase
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
        """Every active patient's due items on `today` (overdue, due today, decision required, upcoming).

        Only patients whose records changed since the last call are re-planned: one query gives
        every patient's change mark, so a refresh after one change costs one patient's planning.
        """
        self._require(session, Action.VIEW_PATIENTS)
        closed = self._closed_days()
        now = self.now()
        marks = self._store.patients.change_marks()
        rows: list[DueRow] = []
        for stored in self._store.patients.all(active_only=True):
            patient = stored.value
            key = (marks[patient.subject_code], today, closed)
            cached = self._due_rows.get(patient.subject_code)
            if cached is not None and cached[0] == key and not _expired_since(cached[1], now):
                rows.extend(cached[1])
                continue
            identity = self._store.patients.identity(patient.subject_code)
            # Enrolment requires a planned C1D1, so every active patient can be planned; a failure
            # here is a fault to surface, never a patient to drop silently from the list.
            items = self._due(patient.subject_code, today)
            fresh = [DueRow(subject_code=patient.subject_code, date_of_birth=patient.date_of_birth,
                            initials=patient.initials, full_name=identity.value.full_name if identity else "",
                            cohort=patient.cohort, due=item, dose_text=dose_text(item.dose))
                     for item in items]
            self._due_rows[patient.subject_code] = (key, fresh)
            rows.extend(fresh)
        return rows


def _expired_since(rows: list[DueRow], now: datetime) -> bool:
    """True when a preparation shown in these rows has expired since they were made (re-plan them)."""
    return any(r.due.state is not None and r.due.state.expires_at is not None and not r.due.state.blocking
               and now > r.due.state.expires_at for r in rows)
