"""Opening walks the audit chain from the checkpoint an earlier open left; the full checks (SQLite's
integrity check, the whole chain, every row against the trail) run in `verify` and on the
window's schedule. Tampering is still found: after the checkpoint at the next open, before it by
the next full check; a forged or stale checkpoint only makes an open walk more."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_helpers import measurement, open_store

from clinic_app.store import DatabaseFault, Fault, Store, full_check_due
from clinic_app.store import backups as backups_module
from clinic_app.store import store as store_module


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    for name in ("audit_log_no_update", "audit_log_no_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute(sql)
    conn.close()


def _checkpoint_seq(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute("SELECT seq FROM chain_checkpoint").fetchone()[0])
    finally:
        conn.close()


def test_an_open_walks_only_the_rows_after_the_checkpoint(enrolled: Store, db_path: Path) -> None:
    enrolled.close()
    reopened = open_store(db_path)
    reopened.patients.add_measurement(measurement())  # the first write keeps what the open verified
    checked = _checkpoint_seq(db_path)
    assert 0 < checked < reopened.chain_head().seq
    reopened.close()
    _tamper(db_path, f"UPDATE audit_log SET reason = 'edited' WHERE seq = {checked - 1}")
    again = open_store(db_path)  # before the checkpoint: not walked at an open...
    fault = again.verify()  # ...the full check finds it
    assert fault is not None and (fault.code, fault.row_id) == ("mac_mismatch", checked - 1)
    again.close()


def test_tampering_after_the_checkpoint_stops_the_open(enrolled: Store, db_path: Path) -> None:
    enrolled.close()
    reopened = open_store(db_path)
    reopened.patients.add_measurement(measurement())
    last = reopened.chain_head().seq
    reopened.close()
    assert _checkpoint_seq(db_path) < last
    _tamper(db_path, f"UPDATE audit_log SET reason = 'edited' WHERE seq = {last}")
    with pytest.raises(DatabaseFault) as caught:
        open_store(db_path)
    assert (caught.value.code, caught.value.values["row_id"]) == ("mac_mismatch", last)


def test_the_row_at_the_checkpoint_must_still_be_there(enrolled: Store, db_path: Path) -> None:
    enrolled.close()
    reopened = open_store(db_path)
    reopened.patients.add_measurement(measurement())
    reopened.close()
    checked = _checkpoint_seq(db_path)
    _tamper(db_path, f"UPDATE audit_log SET mac = 'ff' || substr(mac, 3) WHERE seq = {checked}")
    with pytest.raises(DatabaseFault) as caught:
        open_store(db_path)
    assert (caught.value.code, caught.value.values["row_id"]) == ("mac_mismatch", checked)


def test_a_forged_checkpoint_is_ignored_at_open_and_reported_by_verify(enrolled: Store, db_path: Path) -> None:
    enrolled.close()
    reopened = open_store(db_path)
    reopened.patients.add_measurement(measurement())
    reopened.close()
    _tamper(db_path, "UPDATE audit_log SET reason = 'edited' WHERE seq = 2")
    _tamper(db_path, "UPDATE chain_checkpoint SET seq = seq + 1")  # vouch for more than was checked
    with pytest.raises(DatabaseFault) as caught:  # the forged checkpoint is not trusted: the whole chain is walked
        open_store(db_path)
    assert (caught.value.code, caught.value.values["row_id"]) == ("mac_mismatch", 2)


def test_a_forged_checkpoint_on_an_intact_chain_is_a_fault_of_verify(enrolled: Store, db_path: Path) -> None:
    enrolled.close()
    reopened = open_store(db_path)
    reopened.patients.add_measurement(measurement())
    reopened.close()
    _tamper(db_path, "UPDATE chain_checkpoint SET seq = seq - 1")
    store = open_store(db_path)
    fault = store.verify()
    assert fault is not None and (fault.code, fault.table) == ("derived_state_forged", "chain_checkpoint")
    store.close()


def test_an_open_runs_no_integrity_check_and_verify_does(enrolled: Store, db_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    enrolled.close()
    ran: list[str] = []
    for module in (store_module, backups_module):
        real = module.integrity_problems
        monkeypatch.setattr(module, "integrity_problems",
                            lambda db, real=real, name=module.__name__: ran.append(name) or real(db))
    store = open_store(db_path)
    assert ran == []
    assert store.verify() is None
    assert ran == [backups_module.__name__]
    store.close()


def test_the_last_full_check_is_kept_tagged(enrolled: Store) -> None:
    assert enrolled.last_full_check() is None
    assert full_check_due(None, datetime.now(timezone.utc))
    recorded = enrolled.record_full_check(enrolled.verify())
    assert recorded.ok
    kept = enrolled.last_full_check()
    assert kept == recorded
    assert not full_check_due(kept, kept.at + timedelta(hours=23))
    assert full_check_due(kept, kept.at + timedelta(days=1))


def test_a_full_check_keeps_what_the_open_verified(enrolled: Store, db_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A clinic that is checked and then only read (`due`, printing) must not walk its whole chain
    again at every open: recording the full check moves the checkpoint as a first write would."""
    enrolled.close()
    reopened = open_store(db_path)  # walks the whole chain: no write moved the checkpoint yet
    head = reopened.chain_head().seq
    assert reopened.record_full_check(reopened.verify()).ok
    assert _checkpoint_seq(db_path) == head
    reopened.close()
    walked: list[object] = []
    real = store_module.AuditTrail.walk
    monkeypatch.setattr(store_module.AuditTrail, "walk",
                        lambda self, db, since=None, **kw: walked.append(since) or real(self, db, since=since, **kw))
    open_store(db_path).close()
    assert [getattr(since, "seq", None) for since in walked] == [head]


def test_a_full_check_that_passed_moves_the_checkpoint_to_the_head_it_read(enrolled: Store, db_path: Path) -> None:
    head = enrolled.chain_head()
    assert head.seq > 0
    enrolled.record_full_check(enrolled.verify(), verified=head)
    assert _checkpoint_seq(db_path) == head.seq  # the next open walks only the rows written after
    enrolled.patients.add_measurement(measurement())
    enrolled.close()
    _tamper(db_path, f"UPDATE audit_log SET reason = 'edited' WHERE seq = {head.seq + 1}")
    with pytest.raises(DatabaseFault) as caught:  # a row after it is still walked at the next open
        open_store(db_path)
    assert (caught.value.code, caught.value.values["row_id"]) == ("mac_mismatch", head.seq + 1)


def test_a_full_check_that_found_a_fault_leaves_the_checkpoint(enrolled: Store, db_path: Path) -> None:
    before = _checkpoint_seq(db_path) if _has_checkpoint(db_path) else 0
    fault = Fault("audit_chain", "mac_mismatch", 1, "row content or order does not match its MAC")
    recorded = enrolled.record_full_check(fault, verified=enrolled.chain_head())
    assert not recorded.ok
    assert _checkpoint_seq(db_path) == before
    older = enrolled.chain_head()
    enrolled.patients.add_measurement(measurement())
    enrolled.record_full_check(None, verified=enrolled.chain_head())
    enrolled.record_full_check(None, verified=older)  # never back
    assert _checkpoint_seq(db_path) == enrolled.chain_head().seq


def _has_checkpoint(path: Path) -> bool:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT 1 FROM chain_checkpoint").fetchone() is not None
    finally:
        conn.close()
