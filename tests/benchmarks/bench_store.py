"""Store benchmark (prints figures; not a test).

- latency of recording one administration with its audit row (BEGIN IMMEDIATE, audit HMAC,
  COMMIT with synchronous=FULL, chain-head file fsync): p50/p95 over 500 commits;
- database size per patient with a full 6-cycle history (18 paclitaxel + 12 IMP321 records, their
  dose records, preparations, verifications and signatures, measurements, labs, decisions, visits);
- time to verify (integrity + foreign keys + audit chain) and to back up that database.

Run: .venv/bin/python tests/benchmarks/bench_store.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from argon2 import PasswordHasher

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clinic_app.domain.records import (  # noqa: E402
    Administration,
    AdministrationStatus,
    Decision,
    DecisionKind,
    LabResult,
    Measurement,
    Patient,
    Role,
    SignatureMeaning,
    Tolerance,
    VisitCompletion,
)
from clinic_app.store import Store  # noqa: E402

COMMITS = 500
PATIENTS = 10
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
PW = {"ada.admin": "admin pass phrase 1", "nina.nurse": "nurse pass phrase 2", "phil.pharm": "pharm phrase 33",
      "paula.pharm": "pharm phrase 44", "ivan.inv": "investigator 555"}


def _open(path: Path) -> Store:
    # Cheap argon2id parameters: signing re-checks a password, and the production cost (~0.5 s here)
    # would measure the hasher, not the store.
    store = Store.open(path, hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    store.users.create_first_administrator("ada.admin", "Ada Administrator", PW["ada.admin"])
    for name, role, full in [("nina.nurse", Role.NURSE, "Nina Nightingale"),
                             ("phil.pharm", Role.PHARMACIST, "Phil Pharmer"),
                             ("paula.pharm", Role.PHARMACIST, "Paula Pharmer"),
                             ("ivan.inv", Role.INVESTIGATOR, "Ivan Investigator")]:
        _, code = store.users.create_user(name, full, role, actor="ada.admin", now=NOW)
        store.users.change_password(name, code, PW[name], NOW)
    return store


def _sign(store: Store, user: str, meaning: SignatureMeaning, entity: str, row_id: int, version: int) -> None:
    store.signatures.sign(username=user, password=PW[user], meaning=meaning, entity=entity, entity_id=row_id,
                          expected_version=version, now=NOW)


def bench_latency(folder: Path) -> None:
    store = _open(folder / "latency.sqlite3")
    store.patients.enrol(Patient(subject_code="IMP-001", initials="AB", date_of_birth=date(1970, 1, 1),
                                 cohort="A", enrolled_on=date(2026, 1, 2)), actor="ivan.inv")
    timings = []
    for cycle in range(1, COMMITS + 1):
        record = Administration(subject_code="IMP-001", drug="paclitaxel", cycle=cycle, day=1,
                                status=AdministrationStatus.GIVEN, on=date(2026, 1, 5), dose_mg=Decimal("146"),
                                tolerance=Tolerance.WELL_TOLERATED, recorded_by="nina.nurse")
        start = time.perf_counter()
        store.dosing.record_administration(record)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[int(0.95 * len(timings)) - 1]
    print(f"record one administration + audit row: p50 {statistics.median(timings):.2f} ms, "
          f"p95 {p95:.2f} ms, max {timings[-1]:.2f} ms over {COMMITS} commits")
    store.close()


def _full_history(store: Store, code: str) -> None:
    c1d1 = date(2026, 1, 5)
    store.patients.enrol(Patient(subject_code=code, initials="AB", date_of_birth=date(1970, 1, 1), cohort="B",
                                 enrolled_on=date(2026, 1, 2), c1d1=c1d1), actor="ivan.inv")
    for cycle in range(1, 7):
        for day in (1, 8, 15):
            on = c1d1 + timedelta(days=28 * (cycle - 1) + day - 1)
            store.patients.add_measurement(Measurement(subject_code=code, measured_on=on, height_cm=Decimal("165"),
                                                       weight_kg=Decimal("68.4"), recorded_by="nina.nurse"))
            store.patients.add_lab(LabResult(subject_code=code, drawn_on=on, anc_10e9_per_l=Decimal("2.3"),
                                             platelets_10e9_per_l=Decimal("210"), recorded_by="nina.nurse"))
            rec = store.dosing.create_dose_record(
                code, "paclitaxel", cycle, day,
                {"bsa_m2": "1.77", "mg_per_m2": "80", "dose_mg": "142", "volume_ml": "23.7", "bag_ml": 250},
                protocol_version="2026-01", protocol_sha256="ab" * 32, actor="phil.pharm")
            store.dosing.record_preparation(rec.id, 1, actor="phil.pharm", details={"vials": ["100 mg/16.7 mL",
                                            "30 mg/5 mL", "30 mg/5 mL"], "bag_ml": 250, "expiry": "27 h"})
            _sign(store, "phil.pharm", SignatureMeaning.PREPARED, "dose_records", rec.id, 2)
            store.dosing.record_verification(rec.id, 2, actor="paula.pharm")
            _sign(store, "paula.pharm", SignatureMeaning.VERIFIED, "dose_records", rec.id, 3)
            adm = store.dosing.record_administration(Administration(
                subject_code=code, drug="paclitaxel", cycle=cycle, day=day, status=AdministrationStatus.GIVEN,
                on=on, dose_mg=Decimal("142"), tolerance=Tolerance.WELL_TOLERATED, recorded_by="nina.nurse",
                started_at=NOW, ended_at=NOW + timedelta(hours=1)), dose_record_id=rec.id)
            _sign(store, "nina.nurse", SignatureMeaning.ADMINISTERED, "administrations", adm.id, 1)
            if day in (1, 15):
                flat = store.dosing.record_administration(Administration(
                    subject_code=code, drug="imp321", cycle=cycle, day=day + 1, status=AdministrationStatus.GIVEN,
                    on=on + timedelta(days=1), dose_mcg=1250, recorded_by="nina.nurse"))
                _sign(store, "nina.nurse", SignatureMeaning.ADMINISTERED, "administrations", flat.id, 1)
    store.decisions.record_decision(Decision(subject_code=code, kind=DecisionKind.PREMEDICATION, choice="omit",
                                             reason="cycle 1 well tolerated", cycle=2, day=1, decided_by="ivan.inv",
                                             decided_at=NOW))
    for visit, on in (("week13", c1d1 + timedelta(days=84)), ("week25", c1d1 + timedelta(days=168))):
        store.decisions.record_visit(VisitCompletion(subject_code=code, visit=visit, on=on, recorded_by="nina.nurse"))


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if not p.name.endswith((".auditkey",
                                                                                                   ".head")))


def bench_size(folder: Path) -> None:
    path = folder / "size.sqlite3"
    store = _open(path)
    store.close()
    empty = _size(path)
    store = Store.open(path, hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    start = time.perf_counter()
    for i in range(PATIENTS):
        _full_history(store, f"IMP-{i:03d}")
    fill = time.perf_counter() - start
    audit_rows = len(store.audit_entries())
    start = time.perf_counter()
    fault = store.verify()
    verify_s = time.perf_counter() - start
    start = time.perf_counter()
    report = store.backup(folder / "backup.sqlite3")
    backup_s = time.perf_counter() - start
    store.close()
    per_patient = (_size(path) - empty) / PATIENTS
    print(f"full 6-cycle history: {per_patient / 1024:.0f} KiB per patient ({PATIENTS} patients, "
          f"{audit_rows} audit rows, written in {fill:.1f} s)")
    print(f"verify (integrity + foreign keys + audit chain): {verify_s * 1000:.0f} ms, fault: {fault}")
    print(f"verified backup: {backup_s * 1000:.0f} ms, {report.size_bytes / 1024:.0f} KiB")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        bench_latency(Path(folder))
        bench_size(Path(folder))


if __name__ == "__main__":
    main()
