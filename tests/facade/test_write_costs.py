"""What one signed act costs the disk: counted, not timed (REC-5: one act, one transaction).

Counted with wrappers: argon2 checks (the hasher's `verify`), SQLite transactions (the statements the
connection runs, through its trace callback) and fsyncs (`os.fsync`, which the chain-head file
uses, plus one per COMMIT: SQLite fsyncs its log once per commit in WAL mode with synchronous=FULL).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

import pytest
from argon2 import PasswordHasher

from clinic_app.domain.records import Tolerance
from clinic_app.facade import Clinic

from .conftest import PASSWORD, ManualClock, Staff
from .test_dose_path import ready_for_c1d1


@contextmanager
def counting(clinic: Clinic, monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    counts: Counter[str] = Counter()
    real_fsync = os.fsync

    class CountingHasher(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:  # noqa: A002
            counts["argon2"] += 1
            return super().verify(hash, password)

    def fsync(fd: int) -> None:
        counts["os.fsync"] += 1
        real_fsync(fd)

    def statement(sql: str) -> None:
        word = sql.strip().split()[0].upper()
        if word in ("BEGIN", "COMMIT", "ROLLBACK"):
            counts[word] += 1

    # the one hasher the store checks passwords with
    monkeypatch.setattr(clinic.store.users, "_ph", CountingHasher(time_cost=1, memory_cost=1024, parallelism=1))
    monkeypatch.setattr(os, "fsync", fsync)
    connection = clinic.store._ctx.db.conn  # noqa: SLF001 - the facade's own connection
    connection.set_trace_callback(statement)
    try:
        yield counts
    finally:
        connection.set_trace_callback(None)


def test_one_administration_is_one_argon2_check_one_transaction_and_two_fsyncs(
        clinic: Clinic, staff: Staff, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """REC-5: the record, its signature, its audit rows (and the patient's due state) in one
    transaction; no empty transaction after it; the chain head moved in place (no rename)."""
    ready_for_c1d1(clinic, staff, clock)
    record = clinic.calculate_dose(staff.pharmacist1, "IMP-001", cycle=1, day=1)
    clinic.prepare(staff.pharmacist1, record.id, password=PASSWORD)
    clinic.verify(staff.pharmacist2, record.id, password=PASSWORD)
    clinic.administer(staff.nurse, "IMP-001", drug="dexamethasone", cycle=1, day=1, tolerance=None,
                      password=PASSWORD)
    renamed: list[str] = []
    monkeypatch.setattr(os, "replace", lambda src, dst: renamed.append(str(dst)))
    with counting(clinic, monkeypatch) as counts:
        clinic.administer(staff.nurse, "IMP-001", drug="paclitaxel", cycle=1, day=1,
                          tolerance=Tolerance.WELL_TOLERATED, password=PASSWORD, dose_record_id=record.id)
    assert counts["argon2"] == 1
    assert (counts["BEGIN"], counts["COMMIT"], counts["ROLLBACK"]) == (1, 1, 0)
    assert counts["COMMIT"] + counts["os.fsync"] == 2  # the log's fsync and the head's
    assert renamed == []


def test_a_read_costs_no_transaction(clinic: Clinic, staff: Staff, clock: ManualClock,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    ready_for_c1d1(clinic, staff, clock)
    clinic.due_list(staff.nurse, clock().date())
    with counting(clinic, monkeypatch) as counts:
        clinic.due_list(staff.nurse, clock().date())
        clinic.patient_view(staff.nurse, "IMP-001", clock().date())
    assert counts["BEGIN"] == counts["os.fsync"] == counts["argon2"] == 0
