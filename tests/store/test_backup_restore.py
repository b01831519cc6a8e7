"""Backup, restore and verify: a verified copy, a restore that refuses a bad source and keeps the
current content, and a full round trip with the same rows and the same audit chain."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from store_helpers import given, measurement, open_store, patient, populate_users, record_signed, table_dump

from clinic_app.store import DatabaseFault, Store, StoreInputError


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    return {t: rows for t, rows in table_dump(path).items() if t != "sqlite_sequence"}


def test_backup_is_a_verified_single_file_copy(enrolled: Store, tmp_path: Path) -> None:
    enrolled.patients.add_measurement(measurement())
    dest = tmp_path / "backup.sqlite3"
    report = enrolled.backup(dest)
    assert report.audit_rows == len(enrolled.audit_entries()) == 13
    assert report.size_bytes == dest.stat().st_size
    assert not list(tmp_path.glob("backup.sqlite3-*"))  # no -wal/-shm: one file to carry away
    assert not list(tmp_path.glob(".backup*"))  # no partial file left
    assert _content(dest) == _content(enrolled.path)
    conn = sqlite3.connect(str(dest))
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert enrolled.check_backup(dest) is None
    with pytest.raises(StoreInputError):
        enrolled.backup(dest)  # never overwrites


def test_round_trip_restores_the_same_rows_and_chain(enrolled: Store, tmp_path: Path) -> None:
    enrolled.patients.add_measurement(measurement())
    dest = tmp_path / "backup.sqlite3"
    enrolled.backup(dest)
    at_backup = _content(enrolled.path)
    record_signed(enrolled, given())  # work done after the backup: 2 audit rows
    report = enrolled.restore(dest, actor="ada.admin")
    safety = report.kept_in
    assert report.rolled_back == 2 and report.backup_rows == len(at_backup["audit_log"])
    after = _content(enrolled.path)
    n = len(at_backup["audit_log"])
    for table, rows in at_backup.items():
        if table not in ("audit_log", "site_settings"):
            assert after[table] == rows, table
    assert after["audit_log"][:n] == at_backup["audit_log"]  # the same chain, row for row
    restore_row = next(e for e in enrolled.audit_entries() if e.action == "restore")
    assert (restore_row.actor, restore_row.new["head_seq"], restore_row.new["rolled_back"]) == ("ada.admin", n, 2)
    assert restore_row.old["kept_in"] == str(safety)
    assert enrolled.verify() is None
    assert enrolled.dosing.administrations("IMP-001") == []
    assert len(table_dump(safety)["administrations"]) == 1  # what was replaced is kept
    enrolled.patients.add_measurement(measurement(weight="71"))  # the restored chain goes on
    assert enrolled.verify() is None


def test_restore_refuses_a_tampered_backup_and_changes_nothing(enrolled: Store, tmp_path: Path) -> None:
    dest = tmp_path / "backup.sqlite3"
    enrolled.backup(dest)
    conn = sqlite3.connect(str(dest), isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 3")
    conn.close()
    fault = enrolled.check_backup(dest)
    assert fault is not None and (fault.check, fault.code, fault.row_id) == ("audit_chain", "mac_mismatch", 3)
    before = _content(enrolled.path)
    with pytest.raises(DatabaseFault) as caught:
        enrolled.restore(dest, actor="ada.admin")
    assert (caught.value.code, caught.value.values["row_id"]) == ("mac_mismatch", 3)
    assert _content(enrolled.path) == before


def test_restore_refuses_a_database_kept_under_another_key(enrolled: Store, tmp_path: Path) -> None:
    other = open_store(tmp_path / "other.sqlite3")
    populate_users(other)
    other.patients.enrol(patient("IMP-777"), actor="ivan.inv")
    other.backup(tmp_path / "other-backup.sqlite3")
    other.close()
    with pytest.raises(DatabaseFault):
        enrolled.restore(tmp_path / "other-backup.sqlite3", actor="ada.admin")
    assert [p.value.subject_code for p in enrolled.patients.all()] == ["IMP-001"]


def test_restore_refuses_a_file_that_is_not_a_database(enrolled: Store, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseFault) as caught:
        enrolled.restore(junk, actor="ada.admin")
    assert caught.value.code == "unreadable_database"
    assert enrolled.verify() is None


def test_verify_reports_integrity_and_foreign_key_faults(enrolled: Store, db_path: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(str(db_path))
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO measurements (patient_id, measured_on, height_cm, weight_kg, recorded_by)"
                     " VALUES (42, '2026-03-01', '170', '70', 'nina.nurse')")
    conn.close()
    fault = enrolled.verify()
    assert fault is not None and (fault.check, fault.code, fault.row_id) == ("foreign_keys", "foreign_key_violation", 1)

    enrolled.close()
    broken = tmp_path / "broken.sqlite3"
    for suffix in ("", ".auditkey", ".auditkey.head"):
        shutil.copyfile(db_path.with_name(db_path.name + suffix), broken.with_name(broken.name + suffix))
    conn = sqlite3.connect(str(broken))
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'").fetchone()[0]
    conn.close()
    raw = bytearray(broken.read_bytes())
    raw[(root - 1) * 4096: root * 4096] = b"\xff" * 4096  # destroy the audit trail's root b-tree page
    broken.write_bytes(bytes(raw))
    with pytest.raises(DatabaseFault) as damaged:
        open_store(broken)
    assert damaged.value.values["check"] == "integrity"


def test_backup_into_a_missing_folder_is_a_clear_refusal(tmp_path: Path) -> None:
    with Store.open(tmp_path / "clinic.sqlite3") as store:
        with pytest.raises(StoreInputError) as err:
            store.backup(tmp_path / "no-such-folder" / "copy.sqlite3")
    assert err.value.code == "backup_folder_unusable" and err.value.values["field"] == "dest"


def test_restore_refuses_an_empty_trail_a_planted_account_and_another_site(enrolled: Store, db_path: Path,
                                                                          tmp_path: Path) -> None:
    emptied = tmp_path / "emptied.sqlite3"
    enrolled.backup(emptied)
    conn = sqlite3.connect(str(emptied), isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log")
    conn.close()
    planted = tmp_path / "planted.sqlite3"
    enrolled.backup(planted)
    conn = sqlite3.connect(str(planted), isolation_level=None)
    conn.execute("INSERT INTO users (username, full_name, role, password_hash, created_at) SELECT 'eve.inv',"
                 " 'Eve Investigator', 'investigator', password_hash, created_at FROM users WHERE id = 1")
    conn.close()
    # Another clinic kept under a copy of this key: its trail verifies, its site is not ours.
    key = db_path.with_name(db_path.name + ".auditkey")
    other_key = tmp_path / "other.auditkey"
    shutil.copyfile(key, other_key)
    other = open_store(tmp_path / "other.sqlite3", key_path=other_key)
    populate_users(other)
    other.backup(tmp_path / "other-backup.sqlite3")
    other.close()
    before = _content(enrolled.path)
    for path, code in ((emptied, "backup_trail_empty"), (planted, "row_not_audited"),
                       (tmp_path / "other-backup.sqlite3", "backup_of_another_site")):
        with pytest.raises(DatabaseFault) as refused:
            enrolled.restore(path, actor="ada.admin")
        assert refused.value.code == code, path
    assert _content(enrolled.path) == before
    assert not list(db_path.parent.glob(".*restore*"))  # no staged copy left behind


def test_another_running_instance_stops_writing_after_a_restore(enrolled: Store, db_path: Path,
                                                                tmp_path: Path) -> None:
    dest = tmp_path / "backup.sqlite3"
    enrolled.backup(dest)
    other = open_store(db_path)
    try:
        other.patients.add_measurement(measurement())  # acknowledged to the other instance
        report = enrolled.restore(dest, actor="ada.admin")
        assert report.rolled_back == 1
        assert len(table_dump(report.kept_in)["measurements"]) == 1  # recoverable
        with pytest.raises(DatabaseFault) as stale:
            other.patients.add_measurement(measurement(weight="71"))
        assert stale.value.code == "database_restored"
        enrolled.patients.add_measurement(measurement(weight="72"))  # the restoring instance goes on
    finally:
        other.close()
    reopened = open_store(db_path)
    reopened.patients.add_measurement(measurement(weight="73"))
    assert reopened.verify() is None
    reopened.close()


def test_record_numbers_and_serials_are_never_reused_after_a_restore(enrolled: Store, tmp_path: Path) -> None:
    dest = tmp_path / "backup.sqlite3"
    enrolled.backup(dest)
    with enrolled.transaction("phil.pharm") as w:
        first = enrolled.dosing.create_dose_record(w, "IMP-001", "paclitaxel", 1, 1, {"dose_mg": "146"},
                                                   protocol_version="1", protocol_sha256="0f" * 32)
    printed = [enrolled.site.next_serial(actor="nina.nurse") for _ in range(3)]
    enrolled.restore(dest, actor="ada.admin")
    with enrolled.transaction("phil.pharm") as w:
        again = enrolled.dosing.create_dose_record(w, "IMP-001", "paclitaxel", 1, 1, {"dose_mg": "146"},
                                                   protocol_version="1", protocol_sha256="0f" * 32)
    assert again > first
    assert enrolled.site.next_serial(actor="nina.nurse") > max(printed)
    assert enrolled.verify() is None


def test_a_restore_killed_before_its_head_update_is_adopted_at_the_next_open(enrolled: Store, db_path: Path,
                                                                            tmp_path: Path) -> None:
    dest = tmp_path / "backup.sqlite3"
    enrolled.backup(dest)
    enrolled.patients.add_measurement(measurement())
    head = db_path.with_name(db_path.name + ".auditkey.head")
    old_head = head.read_bytes()
    enrolled.restore(dest, actor="ada.admin")
    enrolled.close()
    head.write_bytes(old_head)  # as if killed between the swap and the head update
    reopened = open_store(db_path)
    assert reopened.verify() is None
    reopened.close()
