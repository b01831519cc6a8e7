"""Migrations: the frozen first-schema file upgrades with its data and audit chain intact (and is
backed up first); a file from a newer program is refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from store_helpers import open_store, populate_users, table_dump

from clinic_app.domain.records import PointOfCareIdentity
from clinic_app.store import DatabaseFault, SchemaTooNew, Store
from clinic_app.store.migrations import KNOWN

FROZEN = "schema-0001.sqlite3"


def _copy_frozen(data_dir: Path, tmp_path: Path) -> Path:
    src = data_dir / "db" / FROZEN
    dest = tmp_path / FROZEN
    for suffix in ("", ".auditkey", ".auditkey.head"):
        shutil.copyfile(src.with_name(FROZEN + suffix), dest.with_name(FROZEN + suffix))
    dest.with_name(FROZEN + ".auditkey").chmod(0o600)
    return dest


def test_frozen_first_schema_upgrades_with_data_intact(data_dir: Path, tmp_path: Path) -> None:
    path = _copy_frozen(data_dir, tmp_path)
    old = table_dump(path)
    assert "point_of_care" not in old and "closed_days" not in old
    assert [r[2] for r in old["_sqlite_migrations"]] == ["0001_initial"]

    store = open_store(path)
    try:
        new = table_dump(path)
        widened = {"users": 1, "administrations": 2}  # columns 0003 and 0005 added at the end of these rows
        for table, rows in old.items():
            if table in ("audit_log", "_sqlite_migrations", "sqlite_sequence"):
                continue
            if table in widened:
                assert [r[: -widened[table]] for r in new[table]] == rows, table
                continue
            if table == "site_settings":  # 0004 gives the site its random identity
                assert rows == [] and [r[1] for r in new[table]] == ["site_id"]
                continue
            assert new[table] == rows, table
        assert new["audit_log"][: len(old["audit_log"])] == old["audit_log"]  # history untouched
        migrate = store.audit_entries("schema")
        assert [(e.action, e.old, e.new) for e in migrate] == [
            ("migrate", ["0001_initial"], KNOWN)]
        # The widened rows' new content is on the trail (so verify can hold each row to it).
        rebound = [(e.entity, e.entity_id) for e in store.audit_entries() if e.action == "migrate_row"]
        assert rebound == [("users", str(r[0])) for r in old["users"]] + [
            ("administrations", str(r[0])) for r in old["administrations"]] * 2  # by 0003, then 0005
        assert [r[2] for r in new["_sqlite_migrations"]] == KNOWN
        # The first schema signed nothing: its administration is a half-done record until voided.
        fault = store.verify()
        assert fault is not None and (fault.code, fault.table, fault.row_id) == (
            "unsigned_record", "administrations", 1)
        # Data written by the old schema reads back through today's models.
        history = store.history("IMP-001")
        assert history.measurements[0].weight_kg == Decimal("58.20")
        assert history.administrations[0].dose_mg == Decimal("130")
        with store.transaction("ivan.inv") as w:
            store.dosing.void(w, "administrations", 1, "recorded unsigned by the first version")
        assert store.verify() is None
        assert history.patient.c1d1 == date(2026, 1, 5)
        # What 0002 added works.
        store.patients.set_identity(PointOfCareIdentity(subject_code="IMP-001", full_name="Jane Doe",
                                                        hospital_number="H-77"), None, actor="ivan.inv")
        store.site.add_closed_day(date(2026, 12, 25), "Christmas", actor="ada.admin")
    finally:
        store.close()
    backups = list(tmp_path.glob(FROZEN + ".pre-0002_point_of_care_and_closed_days-*.bak"))
    assert len(backups) == 1
    assert table_dump(backups[0]) == old  # the backup taken before migrating is the old file


def test_opening_again_migrates_nothing_and_takes_no_backup(data_dir: Path, tmp_path: Path) -> None:
    path = _copy_frozen(data_dir, tmp_path)
    open_store(path).close()
    open_store(path).close()
    assert len(list(tmp_path.glob("*.bak"))) == 1


@pytest.mark.parametrize("how", ["unknown_migration", "user_version"])
def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path, how: str) -> None:
    path = tmp_path / "newer.sqlite3"
    store = open_store(path)
    populate_users(store)
    store.close()
    conn = sqlite3.connect(str(path))
    with conn:
        if how == "unknown_migration":
            conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                         " VALUES ('clinic_store', '0003_from_the_future', '2027-01-01')")
        else:
            conn.execute(f"PRAGMA user_version = {len(KNOWN) + 1}")
    conn.close()
    before = table_dump(path)
    with pytest.raises(SchemaTooNew) as caught:
        Store.open(path)
    assert caught.value.values["known_version"] == len(KNOWN)
    if how == "unknown_migration":
        assert caught.value.values["unknown_migrations"] == ["0003_from_the_future"]
    else:
        assert caught.value.values["file_version"] == len(KNOWN) + 1
    assert table_dump(path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_a_tampered_old_file_is_refused_before_any_migration(data_dir: Path, tmp_path: Path) -> None:
    path = _copy_frozen(data_dir, tmp_path)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'someone.else' WHERE seq = 2")
    conn.close()
    before = table_dump(path)
    with pytest.raises(DatabaseFault) as caught:
        open_store(path)
    assert (caught.value.code, caught.value.values["row_id"]) == ("mac_mismatch", 2)
    assert table_dump(path) == before
    assert not list(tmp_path.glob("*.bak"))
