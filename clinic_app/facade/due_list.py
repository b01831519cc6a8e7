"""What is due: one patient's schedule, and the Today list across every active patient."""

from __future__ import annotations

from datetime import date

from clinic_app.domain.due import DoseCode, DueDose, DueItem, next_due
from clinic_app.domain.formatting import format_mcg_as_mg, format_mg
from clinic_app.domain.permissions import Action
from clinic_app.domain.schedule_model import Schedule

from .base import ClinicBase
from .views import DueRow, Session


def dose_text(dose: DueDose | None) -> str:
    """The dose column of the Today list, written by the ISMP formatter (or why there is none)."""
    if dose is None:
        return ""
    if dose.code is DoseCode.BSA and dose.bsa is not None:
        return format_mg(dose.bsa.dose_mg)
    if dose.code is DoseCode.FLAT and dose.flat is not None:
        return format_mcg_as_mg(dose.flat.mcg)
    if dose.code is DoseCode.PREMEDICATION and dose.premedication_mg is not None:
        return format_mg(dose.premedication_mg)
    return "needs measurement"


class DueMixin(ClinicBase):
    def schedule(self, session: Session, subject_code: str, today: date) -> Schedule:
        """The patient's whole calendar as re-planned on `today`."""
        self._require(session, Action.VIEW_PATIENTS)
        return self._schedule(self._store.history(subject_code), today)

    def next_due(self, session: Session, subject_code: str, today: date) -> list[DueItem]:
        """The patient's actionable and next upcoming items on `today`, with doses."""
        self._require(session, Action.VIEW_PATIENTS)
        return self._due(self._store.history(subject_code), today)

    def due_list(self, session: Session, today: date) -> list[DueRow]:
        """Every active patient's due items on `today` (overdue, due today, decision required, upcoming).

        Only patients whose records changed since the last call are re-planned: one query gives
        every patient's change mark, so a refresh after one change costs one patient's planning.
        """
        self._require(session, Action.VIEW_PATIENTS)
        closed = self._closed_days()
        marks = self._store.patients.change_marks()
        rows: list[DueRow] = []
        for stored in self._store.patients.all(active_only=True):
            patient = stored.value
            key = (marks[patient.subject_code], today, closed)
            cached = self._due_rows.get(patient.subject_code)
            if cached is not None and cached[0] == key:
                rows.extend(cached[1])
                continue
            identity = self._store.patients.identity(patient.subject_code)
            # Enrolment requires a planned C1D1, so every active patient can be planned; a failure
            # here is a fault to surface, never a patient to drop silently from the list.
            items = next_due(self._protocol, self._store.history(patient.subject_code), today=today,
                             closed_days=closed)
            fresh = [DueRow(subject_code=patient.subject_code, date_of_birth=patient.date_of_birth,
                            initials=patient.initials, full_name=identity.value.full_name if identity else "",
                            cohort=patient.cohort, due=item, dose_text=dose_text(item.dose))
                     for item in items]
            self._due_rows[patient.subject_code] = (key, fresh)
            rows.extend(fresh)
        return rows
