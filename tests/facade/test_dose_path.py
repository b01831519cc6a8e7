"""The dose path through the facade, from enrolment to a signed administration, with hand-worked numbers.

Patient: 170 cm, 70 kg -> Mosteller sqrt(170 x 70 / 3600) = sqrt(3.30556) = 1.8181 -> 1.82 m²;
80 mg/m² x 1.82 m² = 145.6 -> 146 mg; volume 146 / 6 = 24.333 -> 24.3 mL.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from clinic_app.domain.errors import InputError, PermissionDenied, RuleError
from clinic_app.domain.records import AdministrationStatus, DecisionKind, HoldReason, Tolerance
from clinic_app.facade import Clinic
from clinic_app.store import AuthenticationFailed, DoseStatus

from .conftest import PASSWORD, ManualClock, Staff

C1D1 = date(2026, 1, 5)  # a Monday


def enrol(clinic: Clinic, staff: Staff, code: str = "IMP-001", cohort: str = "A") -> None:
    clinic.enrol(staff.investigator, subject_code=code, initials="JD", date_of_birth="1961-04-12",
                 cohort=cohort, planned_c1d1=C1D1.isoformat(), full_name="Jane Doe", hospital_number="H" + code)


def ready_for_c1d1(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    enrol(clinic, staff)
    clinic.record_visit(staff.nurse, "IMP-001", visit="screening", on=date(2026, 1, 2))
    clock.set_day(C1D1)
    clinic.record_measurement(staff.nurse, "IMP-001", height_cm="170", weight_kg="70", measured_on=C1D1)
    clinic.record_labs(staff.nurse, "IMP-001", anc="3.1", platelets="240", drawn_on=C1D1)


def test_enrol_measure_calculate_prepare_verify_administer(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    """PREP-3 (expiry 27 h after preparation), ROLE-2 (who prepared never verifies)."""
    ready_for_c1d1(clinic, staff, clock)
    record = clinic.calculate_dose(staff.pharmacist1, "IMP-001", cycle=1, day=1)
    assert record.dose.bsa_m2 == Decimal("1.82")
    assert record.dose.exact_mg == Decimal("145.60")
    assert record.dose.dose_mg == Decimal("146")
    assert record.preparation.volume_ml == Decimal("24.3")
    assert record.status is DoseStatus.CALCULATED
    assert len(record.protocol_sha256) == 64 and record.protocol_sha256 == clinic.protocol.sha256

    prepared = clinic.prepare(staff.pharmacist1, record.id, password=PASSWORD)
    assert prepared.status is DoseStatus.PREPARED
    assert prepared.preparation.expires_at is not None
    assert (prepared.preparation.expires_at - clock()).total_seconds() == 27 * 3600
    with pytest.raises(RuleError) as four_eyes:
        clinic.verify(staff.pharmacist1, record.id, password=PASSWORD)
    assert four_eyes.value.code == "four_eyes"
    verified = clinic.verify(staff.pharmacist2, record.id, password=PASSWORD)
    assert verified.status is DoseStatus.VERIFIED
    assert verified.signed("Prepared").printed_name == "Paul Pharmacist"
    assert verified.signed("Verified").printed_name == "Petra Pharmacist"
    assert (record.calculated_by, record.calculated_by_name) == (staff.pharmacist1.username, "Paul Pharmacist")

    clinic.administer(staff.nurse, "IMP-001", drug="dexamethasone", cycle=1, day=1, tolerance=None,
                      password=PASSWORD)
    given = clinic.administer(staff.nurse, "IMP-001", drug="paclitaxel", cycle=1, day=1,
                              tolerance=Tolerance.WELL_TOLERATED, password=PASSWORD, dose_record_id=record.id)
    assert given.dose_mg == Decimal("146") and given.status is AdministrationStatus.GIVEN

    # Next: IMP321 C1D2 the next day at cohort A's flat dose; then C1D8 (premedication, 146 mg again).
    rows = clinic.due_list(staff.nurse, date(2026, 1, 6))
    assert [(r.due.item.kind, r.due.item.cycle, r.due.item.day, r.date, r.dose_text, r.status) for r in rows] == [
        ("imp321", 1, 2, date(2026, 1, 6), "0.25 mg", "due_today"),
        ("dexamethasone", 1, 8, date(2026, 1, 12), "20 mg", "upcoming"),
        ("paclitaxel", 1, 8, date(2026, 1, 12), "146 mg (provisional)", "upcoming"),
    ]
    # The same dose cannot be given twice.
    with pytest.raises(RuleError):
        clinic.administer(staff.nurse, "IMP-001", drug="paclitaxel", cycle=1, day=1,
                          tolerance=Tolerance.WELL_TOLERATED, password=PASSWORD, dose_record_id=record.id)
    assert clinic.verify_database().ok


def test_administration_refused_without_verification_or_with_low_counts(clinic: Clinic, staff: Staff,
                                                                        clock: ManualClock) -> None:
    ready_for_c1d1(clinic, staff, clock)
    record = clinic.calculate_dose(staff.pharmacist1, "IMP-001", cycle=1, day=1)
    with pytest.raises(RuleError) as err:
        clinic.administer(staff.nurse, "IMP-001", drug="paclitaxel", cycle=1, day=1,
                          tolerance=Tolerance.WELL_TOLERATED, password=PASSWORD, dose_record_id=record.id)
    assert err.value.code == "dose_not_verified"
    clinic.prepare(staff.pharmacist1, record.id, password=PASSWORD)
    clinic.verify(staff.pharmacist2, record.id, password=PASSWORD)
    clinic.record_labs(staff.nurse, "IMP-001", anc="1.2", platelets="240", drawn_on=C1D1)
    with pytest.raises(RuleError) as low:
        clinic.administer(staff.nurse, "IMP-001", drug="paclitaxel", cycle=1, day=1,
                          tolerance=Tolerance.WELL_TOLERATED, password=PASSWORD, dose_record_id=record.id)
    assert low.value.code == "labs_say_hold" and "anc_below_threshold" in low.value.values["reasons"]
    held = clinic.hold(staff.nurse, "IMP-001", drug="paclitaxel", cycle=1, day=1, reason=HoldReason.LOW_ANC,
                       password=PASSWORD)
    assert held.status is AdministrationStatus.HELD


def test_wrong_password_signs_nothing(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    ready_for_c1d1(clinic, staff, clock)
    record = clinic.calculate_dose(staff.pharmacist1, "IMP-001", cycle=1, day=1)
    before = len(clinic.store.audit_entries())
    with pytest.raises(AuthenticationFailed):
        clinic.prepare(staff.pharmacist1, record.id, password="not-the-password")
    assert clinic.dose_record(staff.pharmacist1, record.id).status is DoseStatus.CALCULATED
    added = clinic.store.audit_entries()[before:]
    assert [(e.entity, e.actor) for e in added] == [("users", "pharm.paul")]  # only the failed-attempt count


def test_roles_are_enforced(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    with pytest.raises(PermissionDenied):
        enrol(clinic, staff.__class__(staff.admin, staff.nurse, staff.nurse, staff.pharmacist1, staff.pharmacist2))
    enrol(clinic, staff)
    with pytest.raises(PermissionDenied):
        clinic.decide(staff.nurse, "IMP-001", kind=DecisionKind.DOSE_LEVEL, choice="-1", reason="neuropathy",
                      password=PASSWORD)
    with pytest.raises(PermissionDenied):
        clinic.due_list(staff.admin, C1D1)  # administrators see no patient data


def test_bad_input_names_field_and_changes_nothing(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    ready_for_c1d1(clinic, staff, clock)
    before = clinic.store.history("IMP-001")
    for height, weight, field in [("5.7", "70", "height"), ("170", "70,5", "weight"), ("170", "nan", "weight")]:
        with pytest.raises(InputError) as err:
            clinic.record_measurement(staff.nurse, "IMP-001", height_cm=height, weight_kg=weight, measured_on=C1D1)
        assert field in err.value.values["field"]
        assert "unit" in err.value.values
    with pytest.raises(InputError):
        clinic.record_measurement(staff.nurse, "IMP-001", height_cm="170", weight_kg="70",
                                  measured_on=date(2026, 1, 6))  # tomorrow
    assert clinic.store.history("IMP-001") == before


def test_implausible_measurement_needs_acknowledgement(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    ready_for_c1d1(clinic, staff, clock)
    # 154 lb typed as kg: 154 kg against 70 kg last time (+120 %), BMI 53.3
    with pytest.raises(RuleError) as err:
        clinic.record_measurement(staff.nurse, "IMP-001", height_cm="170", weight_kg="154", measured_on=C1D1)
    assert err.value.code == "acknowledgement_required"
    assert [w["code"] for w in err.value.values["warnings"]] == ["weight_change_slip"]
    clinic.record_measurement(staff.nurse, "IMP-001", height_cm="170", weight_kg="154", measured_on=C1D1,
                              acknowledged=frozenset({"weight_change_slip"}))


def test_cohort_b_closed_until_gate(clinic: Clinic, staff: Staff) -> None:
    with pytest.raises(RuleError) as err:
        enrol(clinic, staff, code="IMP-101", cohort="B")
    assert err.value.code == "cohort_closed"
    assert any("0 of 5" in m for m in err.value.values["missing"])
    assert "decision_missing" in err.value.values["missing_codes"]


def test_a_dose_cannot_be_given_before_its_window(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    ready_for_c1d1(clinic, staff, clock)
    # C1D8 is planned for Mon 12-Jan-2026 (window 11-13 Jan); on C1D1 it is only planned.
    with pytest.raises(RuleError) as err:
        clinic.administer(staff.nurse, "IMP-001", drug="dexamethasone", cycle=1, day=8, tolerance=None,
                          password=PASSWORD)
    assert err.value.code == "not_yet_due"
    assert err.value.values["planned_date"] == "2026-01-12"
    assert err.value.values["window_start"] == "2026-01-11"


def test_imp321_waits_for_its_paired_infusion(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    """IMP321 C1D2 is 'the day which follows chemotherapy': never the same day, never before it."""
    ready_for_c1d1(clinic, staff, clock)
    with pytest.raises(RuleError) as err:  # C1D1 not given yet
        clinic.administer(staff.nurse, "IMP-001", drug="imp321", cycle=1, day=2, tolerance=None, password=PASSWORD)
    assert err.value.code == "waits_for_previous_dose"


def test_due_list_reuses_unchanged_patients_and_sees_every_change(clinic: Clinic, staff: Staff,
                                                                  clock: ManualClock) -> None:
    ready_for_c1d1(clinic, staff, clock)
    enrol(clinic, staff, code="IMP-002")
    first = clinic.due_list(staff.nurse, C1D1)
    assert clinic.due_list(staff.nurse, C1D1) == first  # served from the per-patient cache
    # A change to one patient (a new weight) must show at once in that patient's dose.
    clinic.record_measurement(staff.nurse, "IMP-001", height_cm="170", weight_kg="80", measured_on=C1D1)
    rows = {(r.subject_code, r.due.item.kind, r.due.item.day): r.dose_text for r in clinic.due_list(staff.nurse, C1D1)}
    # sqrt(170 x 80 / 3600) = sqrt(3.7778) = 1.9437 -> 1.94 m²; x 80 mg/m² = 155.2 -> 155 mg
    assert rows[("IMP-001", "paclitaxel", 1)] == "155 mg (provisional)"


def test_an_expired_preparation_is_never_given(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    """PREP-3: prepared Mon 05-Jan 09:00 CET, stable 27 hours: expires Tue 06-Jan 12:00 CET. At
    13:00 on 06-Jan (still inside C1D1's window 04..06-Jan, labs and weight of 05-Jan still valid)
    the infusion is refused as expired."""
    ready_for_c1d1(clinic, staff, clock)
    record = clinic.calculate_dose(staff.pharmacist1, "IMP-001", cycle=1, day=1)
    prepared = clinic.prepare(staff.pharmacist1, record.id, password=PASSWORD)
    assert prepared.preparation.expires_at is not None
    assert prepared.preparation.expires_at.isoformat() == "2026-01-06T12:00:00+01:00"
    clinic.verify(staff.pharmacist2, record.id, password=PASSWORD)
    clock.set_day(date(2026, 1, 6), hour=13)
    clinic.administer(staff.nurse, "IMP-001", drug="dexamethasone", cycle=1, day=1, tolerance=None,
                      password=PASSWORD)
    with pytest.raises(RuleError) as expired:
        clinic.administer(staff.nurse, "IMP-001", drug="paclitaxel", cycle=1, day=1,
                          tolerance=Tolerance.WELL_TOLERATED, password=PASSWORD, dose_record_id=record.id)
    assert expired.value.code == "preparation_expired"
    assert expired.value.values["expired_at"] == "2026-01-06T12:00:00+01:00"


def test_a_record_made_under_another_protocol_file_is_refused(clinic: Clinic, staff: Staff, clock: ManualClock,
                                                              tmp_path: Path) -> None:
    """REC-4: C1D1 calculated under the shipped protocol file; the clinic is then opened under a
    copy of it with one comment line added (same version, another SHA-256): preparing the record
    is refused as made under another protocol file, naming both hashes."""
    from clinic_app.paths import default_protocol_path

    from .conftest import FAST_HASHER

    ready_for_c1d1(clinic, staff, clock)
    record = clinic.calculate_dose(staff.pharmacist1, "IMP-001", cycle=1, day=1)
    edited = tmp_path / "edited-protocol.toml"
    edited.write_text(default_protocol_path().read_text(encoding="utf-8") + "# a site comment\n", encoding="utf-8")
    with Clinic.open(tmp_path / "clinic.sqlite3", protocol_path=edited, clock=clock, hasher=FAST_HASHER) as other:
        assert other.protocol.sha256 != clinic.protocol.sha256
        with pytest.raises(RuleError) as changed:
            other.prepare(other.login("pharm.paul", PASSWORD), record.id, password=PASSWORD)
    assert changed.value.code == "protocol_changed"
    assert changed.value.values["record_sha256"] == clinic.protocol.sha256[:12]


def test_a_hold_is_signed_held_and_an_omission_approved_by_the_investigator(clinic: Clinic, staff: Staff,
                                                                             clock: ManualClock) -> None:
    """HOLD-1: the nurse holds C1D1 (ANC 1.2 < 1.5) with a coded reason, signed "Held" by her;
    HOLD-2: omitting IMP321 C1D2 for good is the investigator's, signed "Approved" (the nurse is
    refused)."""
    ready_for_c1d1(clinic, staff, clock)
    clinic.record_labs(staff.nurse, "IMP-001", anc="1.2", platelets="240", drawn_on=C1D1)
    clinic.hold(staff.nurse, "IMP-001", drug="paclitaxel", cycle=1, day=1, reason=HoldReason.LOW_ANC,
                password=PASSWORD)
    with pytest.raises(PermissionDenied):
        clinic.omit(staff.nurse, "IMP-001", drug="paclitaxel", cycle=1, day=8, reason=HoldReason.PATIENT_DECLINED,
                    password=PASSWORD)
    clinic.omit(staff.investigator, "IMP-001", drug="paclitaxel", cycle=1, day=8,
                reason=HoldReason.INVESTIGATOR_DECISION, password=PASSWORD)
    rows = clinic.store.dosing.administrations("IMP-001")
    signed = [(r.value.day, r.value.status, r.value.reason,
               [(s.meaning.value, s.printed_name) for s in clinic.store.signatures.for_record("administrations", r.id)])
              for r in rows]
    assert signed == [
        (1, AdministrationStatus.HELD, HoldReason.LOW_ANC, [("Held", "Nora Nurse")]),
        (8, AdministrationStatus.OMITTED, HoldReason.INVESTIGATOR_DECISION, [("Approved", "Dr Ivy Investigator")]),
    ]
