"""Everything the patient screen shows, assembled in one call."""

from __future__ import annotations

from datetime import date

from clinic_app.domain.bsa import bsa_exact, round_bsa
from clinic_app.domain.permissions import Action
from clinic_app.domain.plausibility import check_body, check_weight_change

from .base import ClinicBase
from .maintenance import patient_audit
from .views import MeasurementView, PatientView, Session


class PatientViewMixin(ClinicBase):
    def patient_view(self, session: Session, subject_code: str, today: date) -> PatientView:
        """Identifiers, cohort history, measurements with BSA and alerts, the re-planned calendar,
        what is due, administrations, dose records and the patient's audit trail."""
        self._require(session, Action.VIEW_PATIENTS)
        store, protocol = self._store, self._protocol
        history = store.history(subject_code)
        identity = store.patients.identity(subject_code)
        measurements: list[MeasurementView] = []
        previous = None
        for m in history.measurements:
            bsa = round_bsa(bsa_exact(protocol.bsa.formula, m.height_cm, m.weight_kg), protocol.bsa.round_places)
            warnings = check_body(protocol, m.height_cm, m.weight_kg, bsa)
            warnings += check_weight_change(protocol, m.weight_kg, previous_weight_kg=previous)
            measurements.append(MeasurementView(m, bsa, tuple(warnings)))
            previous = m.weight_kg
        return PatientView(
            patient=history.patient, identity=identity.value if identity else None, history=history,
            schedule=self._schedule(history, today),
            due=tuple(self._due(subject_code, today)),
            measurements=tuple(measurements), administrations=history.administrations,
            dose_records=tuple(self._views(subject_code, store.chart(subject_code).dose_records)),
            audit=tuple(patient_audit(store, subject_code)),
            cohort_history=tuple(store.patients.cohort_history(subject_code)))
