"""Signatures bind meaning, signer and time zone to one version of one row, are written in the same
transaction as the row they sign, and stop matching as soon as that row changes."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from store_helpers import PASSWORDS, given, record_signed, signer_of

from clinic_app.domain.errors import AuthError, PermissionDenied
from clinic_app.domain.records import Role, SignatureMeaning
from clinic_app.store import AuthenticationFailed, Store, StoreInputError

PARIS_WINTER = timezone(timedelta(hours=1))
SIGNED_AT = datetime(2026, 3, 2, 11, 5, tzinfo=PARIS_WINTER)


def test_signature_carries_name_role_meaning_and_zoned_time(enrolled: Store) -> None:
    """ROLE-3: printed name, role, meaning and zoned time."""
    admin_id = record_signed(enrolled, given(), at=SIGNED_AT)
    [sig] = enrolled.signatures.for_record("administrations", admin_id)
    assert (sig.printed_name, sig.role, sig.meaning) == ("Nina Nightingale", Role.NURSE, SignatureMeaning.ADMINISTERED)
    assert sig.signed_at.isoformat() == "2026-03-02T11:05:00+01:00"
    assert (sig.entity, sig.entity_id, sig.entity_row_version) == ("administrations", admin_id, 1)
    assert enrolled.signatures.matches(sig)


def test_signature_stops_matching_when_the_record_is_corrected(enrolled: Store) -> None:
    admin_id = record_signed(enrolled, given())
    [sig] = enrolled.signatures.for_record("administrations", admin_id)
    corrected = given().model_copy(update={"dose_mg": Decimal("145")})
    enrolled.dosing.correct_administration(admin_id, 1, corrected, actor="nina.nurse", reason="pump read 145 mg")
    assert not enrolled.signatures.matches(sig)
    signer = signer_of(enrolled, "nina.nurse")
    with enrolled.transaction(signer) as w:
        w.sign(signer, SignatureMeaning.ADMINISTERED, "administrations", admin_id)
    assert enrolled.signatures.matches(enrolled.signatures.for_record("administrations", admin_id)[-1])


def test_signature_stops_matching_when_the_row_is_edited_behind_the_store(enrolled: Store) -> None:
    admin_id = record_signed(enrolled, given())
    [sig] = enrolled.signatures.for_record("administrations", admin_id)
    conn = sqlite3.connect(str(enrolled.path))
    with conn:
        conn.execute("UPDATE administrations SET dose_mg = '164' WHERE id = ?", [admin_id])  # version untouched
    conn.close()
    assert not enrolled.signatures.matches(sig)


def test_a_wrong_password_writes_neither_the_record_nor_a_signature(enrolled: Store) -> None:
    with pytest.raises(AuthenticationFailed):
        enrolled.users.signer("nina.nurse", "not the password", SIGNED_AT)
    assert enrolled.dosing.administrations("IMP-001") == []


def test_record_and_signature_commit_together_or_not_at_all(enrolled: Store) -> None:
    """REC-5 (one transaction) and ROLE-3 (a meaning only its roles give)."""
    signer = signer_of(enrolled, "nina.nurse")
    with pytest.raises(PermissionDenied), enrolled.transaction(signer) as w:
        row_id = enrolled.dosing.record_administration(w, given())
        w.sign(signer, SignatureMeaning.VERIFIED, "administrations", row_id)  # a nurse never signs "Verified"
    assert enrolled.dosing.administrations("IMP-001") == []
    assert enrolled.signatures.for_record("administrations", 1) == []


def test_a_signer_whose_password_changed_meanwhile_cannot_sign(enrolled: Store) -> None:
    signer = signer_of(enrolled, "nina.nurse")
    enrolled.users.change_password("nina.nurse", PASSWORDS["nina.nurse"], "a brand new phrase 9", SIGNED_AT)
    with pytest.raises(AuthError) as caught, enrolled.transaction(signer) as w:
        w.sign(signer, SignatureMeaning.ADMINISTERED, "administrations",
               enrolled.dosing.record_administration(w, given()))
    assert caught.value.code == "credentials_changed"
    assert enrolled.dosing.administrations("IMP-001") == []


def test_only_signable_records_can_be_signed_and_signatures_are_append_only(enrolled: Store) -> None:
    signer = signer_of(enrolled, "ivan.inv")
    with pytest.raises(StoreInputError) as caught, enrolled.transaction(signer) as w:
        w.sign(signer, SignatureMeaning.APPROVED, "site_settings", 1)
    assert caught.value.code == "not_signable"
    record_signed(enrolled, given())
    conn = sqlite3.connect(str(enrolled.path))
    try:
        for sql in ("UPDATE signatures SET printed_name = 'Someone Else'", "DELETE FROM signatures"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql)
    finally:
        conn.close()
    assert PASSWORDS  # the fixture accounts are the ones signing above
