"""Helpers for the store tests: accounts per role, record builders, raw table dumps, workers.

Password hashing uses argon2id with small cost parameters here so the suite stays fast; one test
checks the production default separately.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from clinic_app.domain.records import (
    Administration,
    AdministrationStatus,
    Measurement,
    Patient,
    Role,
    SignatureMeaning,
    Tolerance,
)
from clinic_app.store import Signer, Store

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
PASSWORDS = {
    "ada.admin": "admin pass phrase 1",
    "nina.nurse": "nurse pass phrase 2",
    "phil.pharm": "pharm pass phrase 3",
    "paula.pharm": "pharm pass phrase 4",
    "ivan.inv": "investigator phrase 5",
}
ROLES = {
    "nina.nurse": (Role.NURSE, "Nina Nightingale"),
    "phil.pharm": (Role.PHARMACIST, "Phil Pharmer"),
    "paula.pharm": (Role.PHARMACIST, "Paula Pharmer"),
    "ivan.inv": (Role.INVESTIGATOR, "Ivan Investigator"),
}


def fast_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


def open_store(path: Path, **kwargs: Any) -> Store:
    return Store.open(path, hasher=fast_hasher(), **kwargs)


def populate_users(store: Store) -> None:
    """One account per role, each having set its own password from the one-time code."""
    store.users.create_first_administrator("ada.admin", "Ada Administrator", PASSWORDS["ada.admin"])
    for name, (role, full_name) in ROLES.items():
        _, code = store.users.create_user(name, full_name, role, actor="ada.admin", now=NOW)
        store.users.change_password(name, code, PASSWORDS[name], NOW)


def patient(code: str = "IMP-001", cohort: str = "A") -> Patient:
    return Patient(subject_code=code, initials="AB", date_of_birth=date(1968, 4, 12), cohort=cohort,
                   enrolled_on=date(2026, 2, 16), planned_c1d1=date(2026, 3, 2))


def measurement(code: str = "IMP-001", weight: str = "70.5") -> Measurement:
    return Measurement(subject_code=code, measured_on=date(2026, 3, 1), height_cm=Decimal("170"),
                       weight_kg=Decimal(weight), recorded_by="nina.nurse")


def given(code: str = "IMP-001", cycle: int = 1, day: int = 1, drug: str = "paclitaxel") -> Administration:
    return Administration(subject_code=code, drug=drug, cycle=cycle, day=day, status=AdministrationStatus.GIVEN,
                          on=date(2026, 3, 2), dose_mg=Decimal("146"), tolerance=Tolerance.WELL_TOLERATED,
                          recorded_by="nina.nurse", started_at=datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc),
                          ended_at=datetime(2026, 3, 2, 11, 0, tzinfo=timezone.utc))


def table_dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read with a plain sqlite3 connection (independent of the store)."""
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        conn.close()


def run_worker(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run tests/store/store_worker.py in a fresh interpreter (a separate process)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, str(Path(__file__).with_name("store_worker.py")), *args],
                          capture_output=True, text=True, timeout=timeout, env=env, cwd=REPO, check=True)


def signer_of(store: Store, username: str, at: datetime = NOW) -> Signer:
    """`username` re-entering their password (the one argon2 check of a signed act)."""
    return store.users.signer(username, PASSWORDS[username], at)


def record_signed(store: Store, administration: Administration, *, dose_record_id: int | None = None,
                  at: datetime = NOW) -> int:
    """Record an administration and its "Administered" signature in one transaction; returns its id."""
    signer = signer_of(store, administration.recorded_by, at)
    with store.transaction(signer) as w:
        row_id = store.dosing.record_administration(w, administration, dose_record_id=dose_record_id)
        w.sign(signer, SignatureMeaning.ADMINISTERED, "administrations", row_id)
    return row_id


def record_unsigned(store: Store, administration: Administration) -> int:
    """An administration WITHOUT its signature, as an older version could leave one after a crash."""
    with store.transaction(administration.recorded_by) as w:
        return store.dosing.record_administration(w, administration)


def two_person_reset(store: Store, username: str, at: datetime = NOW) -> str:
    """ada.admin requests, ivan.inv confirms: the one-time code the person types (both halves)."""
    first = store.users.request_reset(username, actor="ada.admin", now=at)
    ivan = signer_of(store, "ivan.inv", at)
    with store.transaction(ivan) as w:
        second = store.users.confirm_reset(w, ivan, username, now=at)
    return f"{first}-{second}"
