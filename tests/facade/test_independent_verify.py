"""`Clinic.verify` with the second pharmacist's own BSA and dose (ISMP independent double check).

170 cm, 70 kg -> Mosteller 1.8181... -> 1.82 m²; 1.82 × 80 = 145.6 -> 146 mg (worked by hand).
"""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.domain.errors import InputError, RuleError
from clinic_app.facade import Clinic
from clinic_app.store import DoseStatus

from .conftest import PASSWORD, ManualClock, Staff

C1D1 = date(2026, 1, 5)


@pytest.fixture
def prepared_id(clinic: Clinic, staff: Staff, clock: ManualClock) -> int:
    clinic.enrol(staff.investigator, subject_code="IMP-001", initials="JD", date_of_birth="1961-04-12", cohort="A",
                 planned_c1d1=C1D1.isoformat(), full_name="Jane Doe", hospital_number="H001")
    clock.set_day(C1D1)
    clinic.record_measurement(staff.nurse, "IMP-001", height_cm="170", weight_kg="70", measured_on=C1D1)
    record = clinic.calculate_dose(staff.pharmacist1, "IMP-001", cycle=1, day=1)
    clinic.prepare(staff.pharmacist1, record.id, password=PASSWORD)
    return record.id


def test_matching_numbers_verify(clinic: Clinic, staff: Staff, prepared_id: int) -> None:
    verified = clinic.verify(staff.pharmacist2, prepared_id, password=PASSWORD, independent_bsa_m2="1.82",
                             independent_dose_mg="146")
    assert verified.status is DoseStatus.VERIFIED


def test_a_different_dose_is_refused_with_a_code_and_nothing_is_signed(clinic: Clinic, staff: Staff,
                                                                        prepared_id: int) -> None:
    with pytest.raises(RuleError) as refused:
        clinic.verify(staff.pharmacist2, prepared_id, password=PASSWORD, independent_bsa_m2="1.82",
                      independent_dose_mg="145")
    assert refused.value.code == "independent_check_mismatch"
    assert refused.value.values["fields"] == ["dose"]
    assert (refused.value.values["dose_mg"], refused.value.values["record_dose_mg"]) == ("145", "146")
    assert clinic.dose_record(staff.pharmacist2, prepared_id).status is DoseStatus.PREPARED


def test_a_badly_typed_number_is_an_input_error(clinic: Clinic, staff: Staff, prepared_id: int) -> None:
    with pytest.raises(InputError) as refused:
        clinic.verify(staff.pharmacist2, prepared_id, password=PASSWORD, independent_bsa_m2="1,82",
                      independent_dose_mg="146")
    assert refused.value.code == "decimal_comma" and refused.value.values["field"] == "your BSA"


def test_one_number_alone_is_not_enough(clinic: Clinic, staff: Staff, prepared_id: int) -> None:
    with pytest.raises(InputError) as refused:
        clinic.verify(staff.pharmacist2, prepared_id, password=PASSWORD, independent_bsa_m2="1.82")
    assert refused.value.code == "empty" and refused.value.values["field"] == "your dose"
