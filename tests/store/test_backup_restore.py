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
    assert report.audit_rows == len(enrolled.audit_entries()) == 12
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
    record_signed(enrolled, given())  # work done after the backup
    safety = enrolled.restore(dest, actor="ada.admin")
    after = _content(enrolled.path)
    n = len(at_backup["audit_log"])
    for table, rows in at_backup.items():
        if table != "audit_log":
            assert after[table] == rows, table
    assert after["audit_log"][:n] == at_backup["audit_log"]  # the same chain, row for row
    restore_row = enrolled.audit_entries()[-1]
    assert (restore_row.action, restore_row.actor, restore_row.new["head_seq"]) == ("restore", "ada.admin", n)
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
