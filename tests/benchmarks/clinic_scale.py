"""Large clinics for benchmarks: the demo clinic's patients cloned in SQL to any size.

Writing 10,000 full histories through the audited facade would take hours (each commit is
fsynced three times), and the benchmarks measure reading, so the histories are copied row for row
with new subject codes. The clones have no audit rows of their own; the audit chain of the
original rows stays valid.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from clinic_app.facade.demo import build_demo

CLONED = ["point_of_care", "measurements", "labs", "administrations", "decisions", "visit_completions",
          "dose_records", "cohort_assignments"]


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in ("id", "patient_id")]


def build_scaled_clinic(path: Path, patients: int, today: date) -> None:
    """A demo clinic at `path` grown to `patients` patients (copies of the 13 demo histories)."""
    build_demo(path, today=today)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=ON")
    originals = con.execute("SELECT id FROM patients ORDER BY id").fetchall()
    patient_cols = [c for c in _columns(con, "patients") if c != "subject_code"]
    copies = 0
    with con:
        while len(originals) + copies < patients:
            for (source_id,) in originals:
                if len(originals) + copies >= patients:
                    break
                copies += 1
                code = f"X{copies:05d}"
                cur = con.execute(
                    f"INSERT INTO patients (subject_code, {', '.join(patient_cols)}) "
                    f"SELECT ?, {', '.join(patient_cols)} FROM patients WHERE id = ?", [code, source_id])
                new_id = cur.lastrowid
                for table in CLONED:
                    cols = _columns(con, table)
                    values = [("'H" + code + "'") if c == "hospital_number" else c for c in cols]
                    con.execute(f"INSERT INTO {table} (patient_id, {', '.join(cols)}) "
                                f"SELECT ?, {', '.join(values)} FROM {table} WHERE patient_id = ?", [new_id, source_id])
    con.close()
