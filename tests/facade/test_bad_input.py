"""Generated bad input through the facade: always a domain error naming the field, never a crash,
and nothing already stored changes (hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from suite_profile import count

from clinic_app.domain.errors import DomainError
from clinic_app.facade import Clinic

from .conftest import Staff

TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["nan", "inf", "-1", "1e3", "70,5", "１７０", "1_000", "", " ", "170.", ".5", "0", "999"]),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)


def _snapshot(clinic: Clinic) -> tuple[object, int]:
    return clinic.store.history("IMP-001"), len(clinic.store.patients.all())


@settings(max_examples=count(full=300, default=100), suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(height=TEXT, weight=TEXT, anc=TEXT, platelets=TEXT, dob=TEXT)
def test_generated_text_is_refused_cleanly(clinic: Clinic, staff: Staff, height: str, weight: str, anc: str,
                                           platelets: str, dob: str) -> None:
    if not clinic.store.patients.all():
        clinic.enrol(staff.investigator, subject_code="IMP-001", initials="JD", date_of_birth="1961-04-12",
                     cohort="A", planned_c1d1="2026-01-05", full_name="Jane Doe", hospital_number="H1")
    for call, fields in [
        (lambda: clinic.record_measurement(staff.nurse, "IMP-001", height_cm=height, weight_kg=weight,
                                           measured_on=date(2026, 1, 2)), {"height", "weight"}),
        (lambda: clinic.record_labs(staff.nurse, "IMP-001", anc=anc, platelets=platelets,
                                    drawn_on=date(2026, 1, 2)), {"ANC", "platelets"}),
        (lambda: clinic.enrol(staff.investigator, subject_code="IMP-002", initials="AB", date_of_birth=dob,
                              cohort="A", planned_c1d1="2026-01-05", full_name="A B", hospital_number="H2"),
         {"date of birth"}),
    ]:
        before = _snapshot(clinic)
        try:
            call()
        except DomainError as err:
            named = str(err.values.get("field", ""))
            assert any(f.lower() in named.lower() for f in fields) or err.code == "acknowledgement_required", err
            assert _snapshot(clinic) == before
        else:  # accepted: then every stored number is inside the protocol's accepted range
            rules, history = clinic.protocol.plausibility, clinic.store.history("IMP-001")
            assert all(rules.height_cm.contains(m.height_cm) and rules.weight_kg.contains(m.weight_kg)
                       for m in history.measurements)
            lab_ranges = clinic.protocol.lab_ranges
            assert all(lab_ranges.anc_10e9_per_l.contains(lab.anc_10e9_per_l)
                       and lab_ranges.platelets_10e9_per_l.contains(lab.platelets_10e9_per_l) for lab in history.labs)
