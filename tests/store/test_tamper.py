"""Attacks on the clinical rows behind the program's back (an SQLite tool, no key): `verify` names
each one (table, row, first differing field), 16 of 16. The audit rows themselves stay intact:
the chain is valid, the rows no longer match it."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from store_helpers import NOW, given, measurement, record_signed, signer_of

from clinic_app.domain.errors import AuthError
from clinic_app.domain.records import Decision, DecisionKind, LabResult, SignatureMeaning
from clinic_app.store import Store

SHA = "0f" * 32


def _workflow(store: Store) -> None:
    """A dose calculated, prepared, verified and given; labs, a measurement, a signed decision, a void."""
    s = store
    s.patients.add_measurement(measurement())
    s.patients.add_lab(LabResult(subject_code="IMP-001", drawn_on=date(2026, 3, 1), anc_10e9_per_l=Decimal("2.1"),
                                 platelets_10e9_per_l=Decimal("180"), recorded_by="nina.nurse"))
    with s.transaction("phil.pharm") as w:
        s.dosing.create_dose_record(w, "IMP-001", "paclitaxel", 1, 1, {"dose_mg": "146"}, protocol_version="1",
                                    protocol_sha256=SHA)
    phil = signer_of(s, "phil.pharm")
    with s.transaction(phil) as w:
        w.sign(phil, SignatureMeaning.PREPARED, "preparations", s.dosing.record_preparation(w, 1, 1, details={}))
    paula = signer_of(s, "paula.pharm")
    with s.transaction(paula) as w:
        w.sign(paula, SignatureMeaning.VERIFIED, "verifications", s.dosing.record_verification(w, 1, 2))
    record_signed(s, given(), dose_record_id=1)
    ivan = signer_of(s, "ivan.inv")
    with s.transaction(ivan) as w:
        decided = s.decisions.record_decision(w, Decision(
            subject_code="IMP-001", kind=DecisionKind.PREMEDICATION, choice="continue", reason="well tolerated",
            cycle=2, day=1, decided_by="ivan.inv", decided_at=NOW))
        w.sign(ivan, SignatureMeaning.APPROVED, "decisions", decided)
    with s.transaction("phil.pharm") as w:
        s.dosing.create_dose_record(w, "IMP-001", "paclitaxel", 1, 8, {"dose_mg": "146"}, protocol_version="1",
                                    protocol_sha256=SHA)
        s.dosing.void(w, "dose_records", 2, "entered for the wrong day")
    for _ in range(5):  # paula.pharm ends locked out
        with pytest.raises(AuthError):
            s.users.authenticate("paula.pharm", "not her password", NOW)


def _attack(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    for name in ("signatures_no_update", "signatures_no_delete", "voids_no_update", "voids_no_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in statements:
        conn.execute(sql)
    conn.close()


_COPY_HASH = "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE username = 'phil.pharm')" \
             " WHERE username = 'paula.pharm'"
_FORGED_SIGNATURE = ("INSERT INTO signatures (meaning, user_id, printed_name, role, signed_at, entity, entity_id,"
                     " entity_row_version, content_sha256) SELECT 'Verified', id, full_name, role,"
                     " '2026-03-02T09:30:00+00:00', 'verifications', 1, 1, '" + "ab" * 32 + "' FROM users"
                     " WHERE username = 'phil.pharm'")
_INSERTED_GIVEN = ("INSERT INTO administrations (patient_id, drug, cycle, day, status, given_on, dose_mg,"
                   " recorded_by) VALUES (1, 'paclitaxel', 1, 15, 'given', '2026-03-16', '146', 'nina.nurse')")

CASES = [
    # (name, statements, expected code, table, field)
    ("dose mg x10", ["UPDATE administrations SET dose_mg = '1460'"], "row_altered", "administrations", "dose_mg"),
    ("administration deleted", ["DELETE FROM administrations"], "row_missing", "administrations", None),
    ("administration inserted", [_INSERTED_GIVEN], "row_not_audited", "administrations", None),
    ("nurse made pharmacist", ["UPDATE users SET role = 'pharmacist' WHERE username = 'nina.nurse'"],
     "row_altered", "users", "role"),
    ("password hash copied", [_COPY_HASH], "row_altered", "users", "password_hash"),
    ("signature deleted", ["DELETE FROM signatures WHERE meaning = 'Verified'"], "row_missing", "signatures", None),
    ("signature forged", [_FORGED_SIGNATURE], "row_not_audited", "signatures", None),
    ("cohort", ["UPDATE patients SET cohort = 'C'"], "row_altered", "patients", "cohort"),
    ("ANC", ["UPDATE labs SET anc_10e9_per_l = '0.4'"], "row_altered", "labs", "anc_10e9_per_l"),
    ("weight", ["UPDATE measurements SET weight_kg = '7.05'"], "row_altered", "measurements", "weight_kg"),
    ("lockout cleared", ["UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE username = 'paula.pharm'"],
     "row_altered", "users", "locked_until"),
    ("snapshot edited, hash kept", ["UPDATE dose_records SET snapshot_json = replace(snapshot_json, '146', '1460')"
                                    " WHERE id = 1"], "row_altered", "dose_records", "snapshot_json"),
    ("signature moved to another row", ["UPDATE signatures SET entity_id = 2 WHERE meaning = 'Approved'"],
     "row_altered", "signatures", "entity_id"),
    ("decision choice", ["UPDATE decisions SET choice = 'omit'"], "row_altered", "decisions", "choice"),
    ("void removed", ["DELETE FROM voids"], "row_missing", "voids", None),
    ("dose record marked verified", ["UPDATE dose_records SET status = 'verified' WHERE id = 2"],
     "row_altered", "dose_records", "status"),
]


@pytest.mark.parametrize(("name", "statements", "code", "table", "field"), CASES, ids=[c[0] for c in CASES])
def test_each_attack_on_the_rows_is_named(enrolled: Store, name: str, statements: list[str], code: str,
                                         table: str, field: str | None) -> None:
    _workflow(enrolled)
    assert enrolled.verify() is None
    _attack(enrolled.path, *statements)
    assert enrolled.verify_audit_chain() is None, "the trail itself is untouched"
    fault = enrolled.verify()
    assert fault is not None, name
    assert (fault.code, fault.table, fault.field) == (code, table, field), (name, fault)
    assert fault.row_id is not None and str(fault.row_id) in fault.detail


@pytest.mark.parametrize(("statement", "detail"), [
    ("DROP TRIGGER signatures_no_update", "trigger signatures_no_update on signatures missing"),
    ("DROP TRIGGER audit_log_no_delete", "trigger audit_log_no_delete on audit_log missing"),
    # rows stay as written and audited, but every later dose would be altered as it is stored
    ("CREATE TRIGGER quietly AFTER INSERT ON dose_records BEGIN SELECT 1; END",
     "trigger quietly on dose_records added"),
    # two "given" rows for one slot could be written again
    ("DROP INDEX administrations_one_given", "index administrations_one_given on administrations missing"),
])
def test_a_protection_taken_away_is_named_though_every_row_is_intact(enrolled: Store, statement: str,
                                                                      detail: str) -> None:
    """REC-6: the rows and the chain are intact; the schema is not the program's."""
    _workflow(enrolled)
    conn = sqlite3.connect(str(enrolled.path), isolation_level=None)
    conn.execute(statement)
    conn.close()
    fault = enrolled.verify()
    assert fault is not None and (fault.check, fault.code, fault.detail) == ("schema", "schema_altered", detail)


def test_an_untouched_schema_is_the_program_s(enrolled: Store) -> None:
    _workflow(enrolled)
    assert enrolled.verify() is None


def test_a_deleted_signature_also_breaks_the_workflow_rule(enrolled: Store) -> None:
    _workflow(enrolled)
    _attack(enrolled.path, "DELETE FROM signatures WHERE meaning = 'Administered'")
    codes = [(f.code, f.table) for f in enrolled.faults()]
    assert ("row_missing", "signatures") in codes and ("unsigned_record", "administrations") in codes


def test_a_signature_whose_hash_does_not_cover_the_signed_row_is_named(enrolled: Store) -> None:
    _workflow(enrolled)
    with enrolled.transaction("ivan.inv") as w:  # written through the program, but hashing other content
        w.insert("signatures", {"meaning": "Approved", "user_id": 5, "printed_name": "Ivan Investigator",
                                "role": "investigator", "signed_at": NOW.isoformat(), "entity": "measurements",
                                "entity_id": 1, "entity_row_version": 1, "content_sha256": "cd" * 32},
                 action="sign_approved")
    fault = enrolled.verify()
    assert fault is not None and (fault.check, fault.code, fault.table) == (
        "signatures", "signature_content_mismatch", "signatures")
