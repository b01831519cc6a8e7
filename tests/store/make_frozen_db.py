"""Regenerate tests/data/db/schema-0001.sqlite3: a database as the first released schema wrote it.

Only migration 0001 is applied, then a small clinical history is written through the store's own
write path (so its audit chain is genuine). The key and head files are written beside it. Run
from the repository root:  .venv/bin/python tests/store/make_frozen_db.py
Commit the three files; never regenerate them after a release (they are the old format).
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from argon2 import PasswordHasher

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from clinic_app.domain.records import (  # noqa: E402
    Administration,
    AdministrationStatus,
    Measurement,
    Patient,
    Role,
    Tolerance,
)
from clinic_app.store.audit import AuditTrail, default_key_path  # noqa: E402
from clinic_app.store.connection import connect  # noqa: E402
from clinic_app.store.dosing import Dosing  # noqa: E402
from clinic_app.store.migrations import upgrade  # noqa: E402
from clinic_app.store.patients import Patients  # noqa: E402
from clinic_app.store.users import Users  # noqa: E402
from clinic_app.store.writer import StoreContext  # noqa: E402

TARGET = REPO / "tests" / "data" / "db" / "schema-0001.sqlite3"
NOW = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)


def main() -> None:
    key = default_key_path(TARGET)
    for p in (TARGET, key, key.with_name(key.name + ".head")):
        p.unlink(missing_ok=True)
    db = connect(TARGET)
    upgrade(db, TARGET, stop_before="0002_point_of_care_and_closed_days")
    ctx = StoreContext(db=db, trail=AuditTrail.load(key, create=True), clock=lambda: NOW, path=TARGET)
    users = Users(ctx, PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    users.create_first_administrator("ada.admin", "Ada Administrator", "admin pass phrase 1")
    _, code = users.create_user("nina.nurse", "Nina Nightingale", Role.NURSE, actor="ada.admin", now=NOW)
    users.change_password("nina.nurse", code, "nurse pass phrase 2", NOW)
    _, code = users.create_user("ivan.inv", "Ivan Investigator", Role.INVESTIGATOR, actor="ada.admin", now=NOW)
    users.change_password("ivan.inv", code, "investigator phrase 5", NOW)
    patients = Patients(ctx)
    patients.enrol(Patient(subject_code="IMP-001", initials="JD", date_of_birth=date(1961, 7, 30), cohort="A",
                           enrolled_on=date(2026, 1, 2), c1d1=date(2026, 1, 5)), actor="ivan.inv")
    patients.add_measurement(Measurement(subject_code="IMP-001", measured_on=date(2026, 1, 5),
                                         height_cm=Decimal("164.5"), weight_kg=Decimal("58.20"),
                                         recorded_by="nina.nurse"))
    Dosing(ctx).record_administration(Administration(
        subject_code="IMP-001", drug="paclitaxel", cycle=1, day=1, status=AdministrationStatus.GIVEN,
        on=date(2026, 1, 5), dose_mg=Decimal("130"), tolerance=Tolerance.WELL_TOLERATED, recorded_by="nina.nurse"))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to commit
    db.close()
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
