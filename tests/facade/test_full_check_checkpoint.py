"""The window's full check (`run_full_check`) walks the whole audit chain: when it passes, the next
open walks only the rows written after it (issue 14: a clinic imported, checked and then only read
walked its whole trail at every start); when it fails, the checkpoint stays where it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from clinic_app.domain.records import Role
from clinic_app.facade import Clinic
from clinic_app.facade.staff import Person, add_staff
from clinic_app.store import store as store_module

from .conftest import FAST_HASHER, PASSWORD, ManualClock, Staff


def _walked_from(path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> int:
    """The row the next open's chain walk starts after."""
    starts: list[int] = []
    real = store_module.AuditTrail.walk

    def walk(self, db, *, check_head=True, since=None):  # type: ignore[no-untyped-def]
        starts.append(0 if since is None else since.seq)
        return real(self, db, check_head=check_head, since=since)

    monkeypatch.setattr(store_module.AuditTrail, "walk", walk)
    with Clinic.open(path, clock=clock, hasher=FAST_HASHER):
        pass
    monkeypatch.undo()
    return starts[0]


def test_a_passed_full_check_is_where_the_next_open_starts(clinic: Clinic, staff: Staff, clock: ManualClock,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = clinic.store.path
    head = clinic.store.chain_head().seq
    assert clinic.run_full_check().ok
    assert _walked_from(path, clock, monkeypatch) == head


def test_a_failed_full_check_leaves_the_checkpoint(clinic: Clinic, staff: Staff, clock: ManualClock,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = clinic.store.path
    assert clinic.run_full_check().ok
    checked = clinic.store.chain_head().seq
    add_staff(clinic, staff.admin, [Person("nurse.nell", "Nell Nurse", Role.NURSE)], PASSWORD)
    assert clinic.store.chain_head().seq > checked
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("UPDATE audit_log SET reason = 'edited' WHERE seq = 2")  # before the checkpoint
    conn.close()
    assert not clinic.run_full_check().ok
    assert _walked_from(path, clock, monkeypatch) == checked  # not moved past the rows it did not vouch for
