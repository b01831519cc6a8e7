"""Records go in and come back exactly (Decimals as typed, dates, zones), dose records move
calculated -> prepared -> verified only, and bad input raises a typed error without changing
anything already stored."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from store_helpers import NOW, given, measurement, patient, record_signed, record_unsigned, signer_of, table_dump

from clinic_app.domain.records import (
    Administration,
    AdministrationStatus,
    Decision,
    DecisionKind,
    HoldReason,
    LabResult,
    PointOfCareIdentity,
    SignatureMeaning,
    VisitCompletion,
)
from clinic_app.store import (
    DoseStatus,
    DuplicateRecord,
    InvalidTransition,
    NotFound,
    Store,
    StoreError,
    StoreInputError,
)

SHA = "ab" * 32


def _in(store: Store, actor: str, write: Any) -> Any:
    with store.transaction(actor) as w:
        return write(w)


def test_history_round_trips_every_record_exactly(enrolled: Store) -> None:
    lab = LabResult(subject_code="IMP-001", drawn_on=date(2026, 3, 1), anc_10e9_per_l=Decimal("1.50"),
                    platelets_10e9_per_l=Decimal("100"), recorded_by="nina.nurse")
    held = Administration(subject_code="IMP-001", drug="paclitaxel", cycle=1, day=8, status=AdministrationStatus.HELD,
                          on=date(2026, 3, 9), reason=HoldReason.LOW_ANC, recorded_by="nina.nurse")
    flat = given(drug="imp321", day=2).model_copy(update={"dose_mg": None, "dose_mcg": 1250, "tolerance": None})
    decision = Decision(subject_code="IMP-001", kind=DecisionKind.FLAT_DOSE_GIVE_SKIP, choice="skip",
                        reason="paclitaxel held for ANC 0.9", cycle=1, day=9, decided_by="ivan.inv", decided_at=NOW)
    visit = VisitCompletion(subject_code="IMP-001", visit="week13", on=date(2026, 5, 25), recorded_by="nina.nurse")
    enrolled.patients.add_measurement(measurement(weight="70.50"))
    enrolled.patients.add_lab(lab)
    record_signed(enrolled, given())
    record_signed(enrolled, flat)
    held_by = signer_of(enrolled, "nina.nurse")
    with enrolled.transaction(held_by) as w:
        w.sign(held_by, SignatureMeaning.HELD, "administrations", enrolled.dosing.record_administration(w, held))
    decided_by = signer_of(enrolled, "ivan.inv")
    with enrolled.transaction(decided_by) as w:
        w.sign(decided_by, SignatureMeaning.APPROVED, "decisions", enrolled.decisions.record_decision(w, decision))
    enrolled.decisions.record_visit(visit)
    history = enrolled.history("IMP-001")
    assert history.patient == patient()
    assert history.measurements == (measurement(weight="70.50"),)
    assert str(history.measurements[0].weight_kg) == "70.50"  # the trailing zero as typed survives
    assert history.labs == (lab,)
    assert history.administrations == (given(), flat, held)
    assert history.administrations[1].dose_mcg == 1250
    assert history.decisions == (decision,)
    assert history.visits == (visit,)


def test_identity_is_kept_apart_and_hospital_numbers_are_unique(enrolled: Store) -> None:
    assert enrolled.patients.identity("IMP-001") is None
    ident = PointOfCareIdentity(subject_code="IMP-001", full_name="Alice Brown", hospital_number="H-1001")
    stored = enrolled.patients.set_identity(ident, None, actor="ivan.inv")
    assert stored.value == ident
    enrolled.patients.enrol(patient("IMP-002"), actor="ivan.inv")
    with pytest.raises(DuplicateRecord):
        enrolled.patients.set_identity(ident.model_copy(update={"subject_code": "IMP-002"}), None, actor="ivan.inv")
    fixed = enrolled.patients.set_identity(ident.model_copy(update={"full_name": "Alice Browne"}), 1,
                                           actor="ivan.inv", reason="spelling")
    assert (fixed.value.full_name, fixed.row_version) == ("Alice Browne", 2)


def test_cohort_reassignment_keeps_history(enrolled: Store) -> None:
    """COH-3: a cohort changes only by a re-assignment with its reason; a plain update is refused."""
    with enrolled.transaction("ivan.inv") as w:
        enrolled.patients.reassign_cohort(w, "IMP-001", 1, "B", date(2026, 4, 1), reason="amendment 2")
    assert enrolled.patients.get("IMP-001").value.cohort == "B"
    assert enrolled.patients.cohort_history("IMP-001") == [
        (date(2026, 2, 16), "A", "ivan.inv", "enrolment"), (date(2026, 4, 1), "B", "ivan.inv", "amendment 2")]
    with pytest.raises(StoreInputError):
        enrolled.patients.update(patient(cohort="C"), 2, actor="ivan.inv", reason="sneaky")


def _prepare(store: Store, rec_id: int, version: int, details: dict[str, Any]) -> int:
    signer = signer_of(store, "phil.pharm")
    with store.transaction(signer) as w:
        prep = store.dosing.record_preparation(w, rec_id, version, details=details)
        w.sign(signer, SignatureMeaning.PREPARED, "preparations", prep)
    return prep


def test_dose_record_moves_forward_only(enrolled: Store) -> None:
    with enrolled.transaction("phil.pharm") as w:
        rec_id = enrolled.dosing.create_dose_record(
            w, "IMP-001", "paclitaxel", 1, 1, {"bsa_m2": Decimal("1.82"), "dose_mg": Decimal("146")},
            protocol_version="2026-01", protocol_sha256=SHA.upper())
    rec = enrolled.dosing.dose_record(rec_id)
    assert rec.snapshot_json == '{"bsa_m2":"1.82","dose_mg":"146"}'
    assert (rec.status, rec.protocol_sha256) == (DoseStatus.CALCULATED, SHA)
    with pytest.raises(InvalidTransition) as caught, enrolled.transaction("paula.pharm") as w:
        enrolled.dosing.record_verification(w, rec.id, 1)
    assert caught.value.values["current"] == "calculated"
    _prepare(enrolled, rec.id, 1, {"bag_ml": 250})
    prep = enrolled.dosing.preparation(rec.id)
    assert prep is not None and prep.details == {"bag_ml": 250} and prep.signed
    with enrolled.transaction("paula.pharm") as w:
        enrolled.dosing.record_verification(w, rec.id, 2, note="checked")
    ver = enrolled.dosing.verification(rec.id)
    assert ver is not None and ver.verified_by == "paula.pharm"
    assert not ver.signed  # written without its signature: the record says so
    assert enrolled.dosing.dose_record(rec.id).unsigned_steps == ("verification",)
    assert enrolled.dosing.dose_record(rec.id).status is DoseStatus.VERIFIED
    with pytest.raises(InvalidTransition):
        _prepare(enrolled, rec.id, 3, {})


def test_a_voided_dose_record_reads_void_and_moves_no_further(enrolled: Store) -> None:
    with enrolled.transaction("phil.pharm") as w:
        rec_id = enrolled.dosing.create_dose_record(w, "IMP-001", "paclitaxel", 1, 1, {"dose_mg": "146"},
                                                    protocol_version="1", protocol_sha256=SHA)
        enrolled.dosing.void(w, "dose_records", rec_id, "weight re-measured")
    rec = enrolled.dosing.dose_record(rec_id)
    assert rec.status is DoseStatus.VOID and rec.void is not None
    assert (rec.void.reason, rec.void.voided_by) == ("weight re-measured", "phil.pharm")
    with pytest.raises(InvalidTransition) as caught:
        _prepare(enrolled, rec_id, 1, {})
    assert caught.value.code == "dose_record_void"
    with pytest.raises(DuplicateRecord), enrolled.transaction("phil.pharm") as w:
        enrolled.dosing.void(w, "dose_records", rec_id, "twice")


def test_second_given_dose_in_a_slot_is_refused_but_held_then_given_is_allowed(enrolled: Store) -> None:
    held = given().model_copy(update={"status": AdministrationStatus.HELD, "dose_mg": None, "tolerance": None,
                                      "reason": HoldReason.LOW_PLATELETS})
    record_unsigned(enrolled, held)
    record_signed(enrolled, given())
    with pytest.raises(DuplicateRecord):
        record_signed(enrolled, given())


def _bad_calls(s: Store) -> list[tuple[str, Any]]:
    return [
        ("unknown subject", lambda: s.patients.add_measurement(measurement(code="IMP-999"))),
        ("unknown user", lambda: s.patients.add_measurement(measurement().model_copy(update={"recorded_by": "ghost"}))),
        ("dict not a record", lambda: s.patients.add_measurement({"subject_code": "IMP-001"})),  # type: ignore[arg-type]
        ("float weight", lambda: s.patients.add_measurement(measurement().model_construct(
            **{**measurement().model_dump(), "weight_kg": 70.5}))),
        ("NaN weight", lambda: s.patients.add_measurement(measurement().model_construct(
            **{**measurement().model_dump(), "weight_kg": Decimal("NaN")}))),
        ("given without dose", lambda: record_signed(s, given().model_copy(update={"dose_mg": None}))),
        ("held without reason", lambda: record_unsigned(
            s, given().model_copy(update={"status": AdministrationStatus.HELD, "dose_mg": None}))),
        ("cycle as text", lambda: _in(s, "phil.pharm", lambda w: s.dosing.create_dose_record(
            w, "IMP-001", "paclitaxel", "1", 1, {}, protocol_version="1", protocol_sha256=SHA))),  # type: ignore[arg-type]
        ("bad protocol hash", lambda: _in(s, "phil.pharm", lambda w: s.dosing.create_dose_record(
            w, "IMP-001", "paclitaxel", 1, 1, {}, protocol_version="1", protocol_sha256="abc"))),
        ("duplicate subject", lambda: s.patients.enrol(patient(), actor="ivan.inv")),
        ("update without reason", lambda: s.patients.update(patient(), 1, actor="ivan.inv", reason=" ")),
        ("unknown dose record", lambda: _prepare(s, 99, 1, {})),
        ("naive signing time", lambda: s.users.signer("nina.nurse", "x" * 12, datetime(2026, 3, 2, 10, 0))),
        ("another actor's record", lambda: _in(s, "ivan.inv", lambda w: s.dosing.record_administration(w, given()))),
        ("closed day twice", lambda: s.site.add_closed_day(date(2026, 12, 25), "again", actor="ada.admin")),
    ]


def test_bad_input_raises_a_typed_error_and_changes_nothing(enrolled: Store, db_path: Path) -> None:
    record_signed(enrolled, given(cycle=5))
    enrolled.site.add_closed_day(date(2026, 12, 25), "Christmas", actor="ada.admin")
    before = table_dump(db_path)
    for label, call in _bad_calls(enrolled):
        with pytest.raises((StoreError, StoreInputError)) as caught:
            call()
        assert caught.value.code, label
        assert table_dump(db_path) == before, f"{label} changed the file"
    assert enrolled.verify() is None


def test_unknown_subject_names_the_code(enrolled: Store) -> None:
    with pytest.raises(NotFound) as caught:
        enrolled.history("IMP-404")
    assert caught.value.values == {"entity": "patients", "subject_code": "IMP-404"}


def test_closed_days_and_site_name(store: Store) -> None:
    store.site.set_setting("site_name", "Day Unit", None, actor="ada.admin")
    store.site.add_closed_day(date(2026, 12, 25), "Christmas", actor="ada.admin")
    store.site.add_closed_day(date(2027, 1, 1), "New Year", actor="ada.admin")
    assert store.site.site_name() == "Day Unit"
    days = store.site.closed_days(date(2026, 12, 1), date(2026, 12, 31))
    assert [(d.day, d.reason) for d in days] == [(date(2026, 12, 25), "Christmas")]
    store.site.remove_closed_day(days[0], actor="ada.admin", reason="clinic opens")
    assert [d.day for d in store.site.closed_days()] == [date(2027, 1, 1)]
    assert store.audit_entries("closed_days")[-1].action == "reopen_day"
