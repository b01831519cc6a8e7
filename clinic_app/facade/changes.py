"""What the window needs to stay current and to name the patient it acts on."""

from __future__ import annotations

from clinic_app.domain.permissions import Action

from .base import ClinicBase
from .views import PatientSummary, Session


class ChangesMixin(ClinicBase):
    def data_version(self) -> int:
        """A number that changes whenever another window or process commits to the database; poll it
        and re-read only when it moves (changes made through this facade do not move it)."""
        return self._store.data_version()

    def patient_summary(self, session: Session, subject_code: str) -> PatientSummary:
        """One patient's identifiers (subject code, date of birth, name, hospital number) for the top
        of every dialog that records or signs. Raises NotFound for an unknown subject code."""
        self._require(session, Action.VIEW_PATIENTS)
        identity = self._store.patients.identity(subject_code)
        return PatientSummary(patient=self._store.patients.get(subject_code).value,
                              identity=identity.value if identity else None)
