"""Audit trail: one audit row per change, append-only, and every kind of tampering detected at
the first bad row (the attacker works with a raw connection and drops the triggers)."""

from __future__ import annotations

import json
import sqlite3
import stat
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from store_helpers import (
    NOW,
    PASSWORDS,
    given,
    measurement,
    open_store,
    patient,
    record_signed,
    record_unsigned,
    signer_of,
    table_dump,
)

from clinic_app.domain.records import (
    Decision,
    DecisionKind,
    LabResult,
    PointOfCareIdentity,
    SignatureMeaning,
    VisitCompletion,
)
from clinic_app.store import AuditKeyError, AuthenticationFailed, DatabaseFault, Store, Writer

VERSIONED = ["patients", "cohort_assignments", "point_of_care", "measurements", "labs", "dose_records",
             "preparations", "verifications", "administrations", "decisions", "visit_completions", "users",
             "site_settings", "closed_days", "voids", "toxicities", "password_resets"]
SHA = "0f" * 32


def _audit_count(store: Store) -> int:
    return len(store.audit_entries())


def _in(store: Store, actor: str, write: Callable[[Writer], object]) -> object:
    with store.transaction(actor) as w:
        return write(w)


def _signed(store: Store, username: str, meaning: SignatureMeaning, entity: str,
            write: Callable[[Writer], int]) -> None:
    signer = signer_of(store, username)
    with store.transaction(signer) as w:
        w.sign(signer, meaning, entity, write(w))


def _confirm_reset(store: Store, username: str) -> str:
    ivan = signer_of(store, "ivan.inv")
    with store.transaction(ivan) as w:
        return store.users.confirm_reset(w, ivan, username, now=NOW)


def test_each_use_case_writes_one_audit_row_per_row_it_changes(store: Store) -> None:
    # (call, rows it changes) written out by hand from what each use case stores.
    s = store
    steps: list[tuple[Callable[[], object], int]] = [
        (lambda: s.patients.enrol(patient(), actor="ivan.inv", identity=PointOfCareIdentity(
            subject_code="IMP-001", full_name="Alice Brown", hospital_number="H-1001")), 3),
        (lambda: s.patients.add_measurement(measurement()), 1),
        (lambda: s.patients.add_lab(LabResult(subject_code="IMP-001", drawn_on=date(2026, 3, 1),
                                              anc_10e9_per_l=Decimal("2.1"), platelets_10e9_per_l=Decimal("180"),
                                              recorded_by="nina.nurse")), 1),
        (lambda: _in(s, "phil.pharm", lambda w: s.dosing.create_dose_record(
            w, "IMP-001", "paclitaxel", 1, 1, {"dose_mg": "146"}, protocol_version="1.0", protocol_sha256=SHA)), 1),
        # each signed step: the record, the dose record's status and the signature
        (lambda: _signed(s, "phil.pharm", SignatureMeaning.PREPARED, "preparations", lambda w: s.dosing.
                         record_preparation(w, 1, 1, details={"bag_ml": 250})), 3),
        (lambda: _signed(s, "paula.pharm", SignatureMeaning.VERIFIED, "verifications", lambda w: s.dosing.
                         record_verification(w, 1, 2)), 3),
        (lambda: record_signed(s, given(), dose_record_id=1), 2),
        (lambda: _signed(s, "ivan.inv", SignatureMeaning.APPROVED, "decisions", lambda w: s.decisions.record_decision(
            w, Decision(subject_code="IMP-001", kind=DecisionKind.PREMEDICATION, choice="continue",
                        reason="mild reaction C1D8", cycle=2, day=1, decided_by="ivan.inv", decided_at=NOW))), 2),
        (lambda: s.decisions.record_visit(VisitCompletion(subject_code="IMP-001", visit="week13",
                                                          on=date(2026, 5, 25), recorded_by="nina.nurse")), 1),
        (lambda: _in(s, "ivan.inv", lambda w: s.patients.reassign_cohort(w, "IMP-001", 1, "B", date(2026, 6, 1),
                                                                         reason="protocol amendment")), 2),
        (lambda: s.site.set_setting("site_name", "Oncology Day Unit", None, actor="ada.admin"), 1),
        (lambda: s.site.set_setting("site_name", "Oncology Day Unit 2", 1, actor="ada.admin"), 1),
        (lambda: s.site.add_closed_day(date(2026, 12, 25), "Christmas", actor="ada.admin"), 1),
        (lambda: s.site.remove_closed_day(s.site.closed_days()[0], actor="ada.admin", reason="opened"), 1),
        (lambda: s.users.request_reset("nina.nurse", actor="ada.admin", now=NOW), 1),
        (lambda: _confirm_reset(s, "nina.nurse"), 3),  # the request confirmed, the account, the signature
        (lambda: s.users.authenticate("ivan.inv", PASSWORDS["ivan.inv"], NOW), 0),  # nothing changes
    ]
    for i, (call, rows) in enumerate(steps):
        before = _audit_count(s)
        call()
        assert _audit_count(s) - before == rows, f"step {i}"
    before = _audit_count(s)
    with pytest.raises(AuthenticationFailed):
        s.users.authenticate("ivan.inv", "wrong password!!", NOW)
    assert _audit_count(s) - before == 1  # the failure counter changed

    # Invariant over the whole file: a row at row_version v has exactly v audit rows.
    dump = table_dump(s.path)
    audit = dump["audit_log"]
    for table in VERSIONED:
        conn = sqlite3.connect(str(s.path))
        versions = conn.execute(f"SELECT id, row_version FROM {table}").fetchall()
        conn.close()
        for row_id, version in versions:
            n = sum(1 for a in audit if a[4] == table and a[5] == str(row_id))
            assert n == version, (table, row_id, version, n)


def test_update_audit_row_holds_who_old_new_and_reason(enrolled: Store) -> None:
    p = enrolled.patients.get("IMP-001")
    enrolled.patients.update(p.value.model_copy(update={"c1d1": date(2026, 3, 2)}), p.row_version,
                             actor="ivan.inv", reason="first paclitaxel given")
    last = enrolled.audit_entries("patients", p.id)[-1]
    assert (last.actor, last.action, last.reason) == ("ivan.inv", "update_patient", "first paclitaxel given")
    assert last.old["c1d1"] is None and last.new["c1d1"] == "2026-03-02"
    assert (last.old["row_version"], last.new["row_version"]) == (1, 2)
    assert last.at_utc.isoformat().endswith("+00:00")


def test_audit_rows_cannot_be_updated_or_deleted_through_sql(enrolled: Store) -> None:
    conn = sqlite3.connect(str(enrolled.path))
    try:
        for sql in ("UPDATE audit_log SET reason = 'x' WHERE seq = 1", "DELETE FROM audit_log WHERE seq = 1"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql)
    finally:
        conn.close()
    assert enrolled.verify() is None


def _tamper(path: Path, *statements: str) -> None:
    """What an attacker with an SQLite tool and no key does: drop the triggers, rewrite rows."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for sql in statements:
        conn.execute(sql)
    conn.close()


def _forged_row(seq: int) -> str:
    return (f"INSERT INTO audit_log VALUES ({seq}, '2026-03-02T09:00:00+00:00', 'ivan.inv', 'update_patient',"
            f" 'patients', '1', NULL, '{{}}', 'forged', '{'ab' * 32}')")


@pytest.mark.parametrize(("attack", "statements", "code", "row"), [
    ("edit", ["UPDATE audit_log SET new_json = replace(new_json, '146', '416') WHERE seq = 14"], "mac_mismatch", 14),
    ("delete", ["DELETE FROM audit_log WHERE seq = 5"], "seq_gap", 5),
    ("insert", ["UPDATE audit_log SET seq = seq + 1000 WHERE seq > 5", "UPDATE audit_log SET seq = seq - 999"
                " WHERE seq > 1000", _forged_row(6)], "mac_mismatch", 6),
    ("reorder", ["UPDATE audit_log SET seq = 1000 WHERE seq = 5", "UPDATE audit_log SET seq = 5 WHERE seq = 6",
                 "UPDATE audit_log SET seq = 6 WHERE seq = 1000"], "mac_mismatch", 5),
    ("truncate", ["DELETE FROM audit_log WHERE seq > 13"], "truncated", 14),
    ("append", [_forged_row(16)], "mac_mismatch", 16),
])
def test_tampering_is_detected_at_the_first_bad_row(
    enrolled: Store, attack: str, statements: list[str], code: str, row: int
) -> None:
    enrolled.patients.add_measurement(measurement())
    record_unsigned(enrolled, given())  # audit row 14 holds the dose "146"
    enrolled.patients.add_measurement(measurement(weight="71"))
    # 10 account rows (first administrator and the site's id; 4 users created and their own
    # passwords set), enrolment 2 (patient, cohort assignment), measurement, dose, measurement.
    assert len(enrolled.audit_entries()) == 15
    assert enrolled.verify_audit_chain() is None
    _tamper(enrolled.path, *statements)
    fault = enrolled.verify_audit_chain()
    assert fault is not None, attack
    assert (fault.check, fault.code, fault.row_id) == ("audit_chain", code, row)
    assert enrolled.verify() == fault
    if row > _checkpoint_seq(enrolled.path):  # an open walks the rows after the checkpoint (test_checkpoint.py)
        with pytest.raises(DatabaseFault):
            Store.open(enrolled.path)
        return
    # A row before it (the store fixture's accounts): an open refuses only when the change moved the
    # checkpoint's own row (an insert shifts every later row); otherwise the full check finds it.
    try:
        reopened = open_store(enrolled.path)
    except DatabaseFault:
        return
    try:
        assert reopened.verify() == fault
    finally:
        reopened.close()


def _checkpoint_seq(path: Path) -> int:
    """The audit row an earlier open found intact (the first write after an open keeps it)."""
    conn = sqlite3.connect(str(path))
    try:
        found = conn.execute("SELECT seq FROM chain_checkpoint").fetchone()
        return 0 if found is None else int(found[0])
    finally:
        conn.close()


def test_truncation_stops_further_writes(enrolled: Store) -> None:
    enrolled.patients.add_measurement(measurement())
    _tamper(enrolled.path, "DELETE FROM audit_log WHERE seq > 6")
    with pytest.raises(DatabaseFault) as caught:
        enrolled.patients.add_measurement(measurement(weight="72"))
    assert caught.value.code == "audit_truncated_or_rewritten"
    assert len(enrolled.patients.measurements("IMP-001")) == 1  # the refused write left nothing


def test_a_forged_head_file_is_detected(enrolled: Store, db_path: Path) -> None:
    head = db_path.with_name(db_path.name + ".auditkey.head")
    body = json.loads(head.read_text())
    head.write_text(json.dumps({**body, "seq": body["seq"] - 2}))
    fault = enrolled.verify_audit_chain()
    assert fault is not None and fault.code == "head_forged"


def test_key_file_is_private_and_required(enrolled: Store, db_path: Path) -> None:
    key = db_path.with_name(db_path.name + ".auditkey")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(bytes.fromhex(key.read_text().strip())) == 32
    assert key.read_text().strip().encode() not in db_path.read_bytes()
    enrolled.close()
    key.rename(key.with_suffix(".moved"))
    with pytest.raises(AuditKeyError) as caught:
        open_store(db_path)
    assert caught.value.code == "audit_key_missing"


def test_another_key_does_not_verify(enrolled: Store, db_path: Path, tmp_path: Path) -> None:
    enrolled.close()
    other = tmp_path / "other.auditkey"
    other.write_text("11" * 32)
    other.with_name("other.auditkey.head").write_text(
        db_path.with_name(db_path.name + ".auditkey.head").read_text())
    with pytest.raises(DatabaseFault):
        open_store(db_path, key_path=other)


def test_a_head_left_behind_by_a_crash_is_tolerated_then_moves_on(enrolled: Store, db_path: Path) -> None:
    head = db_path.with_name(db_path.name + ".auditkey.head")
    old_head = head.read_bytes()
    enrolled.patients.add_measurement(measurement())
    head.write_bytes(old_head)  # as if killed between COMMIT and the head update
    assert enrolled.verify_audit_chain() is None  # the extra row chains correctly
    enrolled.patients.add_measurement(measurement(weight="71"))  # the next write confirms both
    assert json.loads(head.read_text())["seq"] == len(enrolled.audit_entries()) == 14
    _tamper(db_path, "DELETE FROM audit_log WHERE seq > 12")
    fault = enrolled.verify_audit_chain()
    assert fault is not None and (fault.code, fault.row_id) == ("truncated", 13)
