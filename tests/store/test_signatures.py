"""Signatures bind meaning, signer and time zone to one version of one row, and stop matching as
soon as that row changes."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from store_helpers import PASSWORDS, given

from clinic_app.domain.records import Role, Signature, SignatureMeaning
from clinic_app.store import AuthenticationFailed, ConcurrencyConflict, Store, StoreInputError

PARIS_WINTER = timezone(timedelta(hours=1))
SIGNED_AT = datetime(2026, 3, 2, 11, 5, tzinfo=PARIS_WINTER)


def _sign(store: Store, admin_id: int, version: int = 1, password: str = PASSWORDS["nina.nurse"]) -> Signature:
    return store.signatures.sign(username="nina.nurse", password=password, meaning=SignatureMeaning.ADMINISTERED,
                                 entity="administrations", entity_id=admin_id, expected_version=version,
                                 now=SIGNED_AT)


def test_signature_carries_name_role_meaning_and_zoned_time(enrolled: Store) -> None:
    admin = enrolled.dosing.record_administration(given())
    sig = _sign(enrolled, admin.id)
    assert (sig.printed_name, sig.role, sig.meaning) == ("Nina Nightingale", Role.NURSE, SignatureMeaning.ADMINISTERED)
    assert sig.signed_at.isoformat() == "2026-03-02T11:05:00+01:00"
    assert (sig.entity, sig.entity_id, sig.entity_row_version) == ("administrations", admin.id, 1)
    assert enrolled.signatures.for_record("administrations", admin.id) == [sig]
    assert enrolled.signatures.matches(sig)


def test_signature_stops_matching_when_the_record_is_corrected(enrolled: Store) -> None:
    admin = enrolled.dosing.record_administration(given())
    sig = _sign(enrolled, admin.id)
    corrected = given().model_copy(update={"dose_mg": Decimal("145")})
    enrolled.dosing.correct_administration(admin.id, 1, corrected, actor="nina.nurse", reason="pump read 145 mg")
    assert not enrolled.signatures.matches(sig)
    again = _sign(enrolled, admin.id, version=2)
    assert enrolled.signatures.matches(again)


def test_signature_stops_matching_when_the_row_is_edited_behind_the_store(enrolled: Store) -> None:
    admin = enrolled.dosing.record_administration(given())
    sig = _sign(enrolled, admin.id)
    conn = sqlite3.connect(str(enrolled.path))
    with conn:
        conn.execute("UPDATE administrations SET dose_mg = '164' WHERE id = ?", [admin.id])  # version untouched
    conn.close()
    assert not enrolled.signatures.matches(sig)


def test_signing_needs_the_signers_password_and_the_version_they_saw(enrolled: Store) -> None:
    admin = enrolled.dosing.record_administration(given())
    with pytest.raises(AuthenticationFailed):
        _sign(enrolled, admin.id, password="not the password")
    with pytest.raises(ConcurrencyConflict):
        _sign(enrolled, admin.id, version=7)
    assert enrolled.signatures.for_record("administrations", admin.id) == []


def test_only_clinical_records_can_be_signed_and_signatures_are_append_only(enrolled: Store) -> None:
    with pytest.raises(StoreInputError) as caught:
        enrolled.signatures.sign(username="nina.nurse", password=PASSWORDS["nina.nurse"],
                                 meaning=SignatureMeaning.APPROVED, entity="users", entity_id=1,
                                 expected_version=1, now=SIGNED_AT)
    assert caught.value.code == "not_signable"
    admin = enrolled.dosing.record_administration(given())
    _sign(enrolled, admin.id)
    conn = sqlite3.connect(str(enrolled.path))
    try:
        for sql in ("UPDATE signatures SET printed_name = 'Someone Else'", "DELETE FROM signatures"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql)
    finally:
        conn.close()
