"""GUI benchmark (prints figures; not a test).

On the demo clinic and on a 2,000-patient clinic:
- start to first painted window: `python -m clinic_app --screenshot` as a new process, from launch
  to the PNG written (imports, opening the database, login, Today list loaded, first paint);
- in-process: building the window to its first paint event, and to the Today list filled (the
  list is computed on a background thread, so the window paints before it is filled);
- Today refresh after one change (a measurement recorded, then the list reloaded in the
  background, until the new rows are shown);
- opening the patient view of one patient.

The 2,000-patient clinic is loaded through the facade's import (each patient enrolled with a
planned C1D1 spread over the last 8 weeks, one height/weight and one lab result); the demo clinic
is built by `clinic_app.facade.demo.build_demo`. Both are made in a temporary folder.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_gui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from clinic_app.domain.exchange import ExportDocument, ExportedPatient, ExportedProtocol  # noqa: E402
from clinic_app.domain.records import LabResult, Measurement, Patient, PointOfCareIdentity, Role  # noqa: E402
from clinic_app.facade import Clinic  # noqa: E402
from clinic_app.facade.demo import DEMO_HASHER, DEMO_PASSWORD, build_demo  # noqa: E402
from clinic_app.gui.context import GuiContext  # noqa: E402
from clinic_app.gui.main_window import MainWindow  # noqa: E402
from clinic_app.gui.settings import WindowSettings  # noqa: E402
from clinic_app.gui.tasks import TaskRunner  # noqa: E402

TODAY = date(2026, 1, 5)
BIG = 2000
NURSE = "nurse.okafor"
REPEATS = 3


def _clock() -> datetime:
    return datetime.combine(TODAY, clock_time(9), tzinfo=datetime.now().astimezone().tzinfo)


def _big_clinic(path: Path) -> None:
    """2,000 patients loaded through the facade's import, plus a nurse who can sign in."""
    with Clinic.open(path, clock=_clock, hasher=DEMO_HASHER) as clinic:
        admin = clinic.first_run(site_name="Benchmark clinic", username="sam.admin", full_name="Sam Patel",
                                 password=DEMO_PASSWORD)
        patients = []
        for n in range(BIG):
            code = f"IMP-{'ABC'[n % 3]}{n:04d}"
            c1d1 = TODAY - timedelta(days=n % 56)
            patient = Patient(subject_code=code, initials="ZZ", date_of_birth=date(1950 + n % 40, 1 + n % 12, 1),
                              cohort="ABC"[n % 3], planned_c1d1=c1d1, enrolled_on=c1d1 - timedelta(days=7))
            patients.append(ExportedPatient(
                patient=patient,
                identity=PointOfCareIdentity(subject_code=code, full_name=f"Patient {n:04d}",
                                             hospital_number=f"H{900000 + n}"),
                measurements=[Measurement(subject_code=code, measured_on=c1d1 - timedelta(days=1),
                                          height_cm=Decimal(150 + n % 40), weight_kg=Decimal(50 + n % 50),
                                          recorded_by="sam.admin")],
                labs=[LabResult(subject_code=code, drawn_on=c1d1 - timedelta(days=1), anc_10e9_per_l=Decimal("2.0"),
                                platelets_10e9_per_l=Decimal("200"), recorded_by="sam.admin")]))
        protocol = ExportedProtocol(id=clinic.protocol.protocol.id, version=clinic.protocol.protocol.version,
                                    sha256=clinic.protocol.sha256)
        clinic.import_document(admin, ExportDocument(site_name="Benchmark clinic", protocol=protocol,
                                                     includes_identities=True, patients=patients))
        code = clinic.create_user(admin, username=NURSE, full_name="Grace Okafor", role=Role.NURSE)
        clinic.change_password(NURSE, code, DEMO_PASSWORD)


def _seconds(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _process_start_to_png(db: Path, work: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINIC_APP_PASSWORD": DEMO_PASSWORD,
           "XDG_STATE_HOME": str(work / "state"), "XDG_CONFIG_HOME": str(work / "config")}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "clinic_app", "--db", str(db), "--date", TODAY.isoformat(), "--user",
                    NURSE, "--settings", str(work / "settings.json"), "--screenshot", str(work / "shot.png")],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def _in_process(app: QApplication, db: Path, work: Path) -> dict[str, float]:
    clinic = Clinic.open(db, clock=_clock, hasher=DEMO_HASHER)
    session = clinic.login(NURSE, DEMO_PASSWORD)
    ctx = GuiContext(clinic=clinic, settings=WindowSettings(), settings_path=work / "settings.json",
                     tasks=TaskRunner(), today=clinic.today,
                     open_clinic=lambda: Clinic.open(db, clock=_clock, hasher=DEMO_HASHER))
    def wait_for_list() -> None:
        while window.due_loader.busy:
            app.processEvents()

    start = time.perf_counter()
    window = MainWindow(ctx, session)
    painter = _FirstPaint()
    window.installEventFilter(painter)
    window.show()
    window.today_view.schedule_refresh()  # as the launcher does: the list fills in the background
    while painter.at is None:
        app.processEvents()
    first_paint = painter.at - start
    wait_for_list()
    filled = time.perf_counter() - start
    rows = window.today_view.model.rowCount()
    code = window.today_view.model.row_at(0).subject_code
    clinic.record_measurement(session, code, height_cm="166", weight_kg="66", measured_on=TODAY,
                              acknowledged=frozenset({"weight_change_slip"}))
    refresh = _seconds(lambda: (window.refresh_all(), wait_for_list()))
    patient = _seconds(lambda: window.patient_view.load(code))
    window.close()
    clinic.close()
    return {"rows": rows, "first_paint": first_paint, "filled": filled, "refresh": refresh, "patient": patient}


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        databases: dict[str, Path] = {}
        demo = work / "demo" / "demo.sqlite3"
        demo.parent.mkdir()
        print(f"building the demo clinic: {_seconds(lambda: build_demo(demo, today=TODAY)):.1f} s")
        databases["demo clinic (13 patients)"] = demo
        big = work / "big" / "big.sqlite3"
        big.parent.mkdir()
        print(f"loading {BIG} patients: {_seconds(lambda: _big_clinic(big)):.1f} s")
        databases[f"{BIG}-patient clinic"] = big
        for name, db in databases.items():
            starts = [_process_start_to_png(db, work) for _ in range(REPEATS)]
            figures = [_in_process(app, db, work) for _ in range(REPEATS)]
            print(f"\n{name}: {int(figures[0]['rows'])} rows in Today")
            print(f"  process start to first painted window (PNG written): median {statistics.median(starts):.2f} s"
                  f" (runs: {', '.join(f'{s:.2f}' for s in starts)})")
            for key, label in (("first_paint", "window built to first paint (in process)"),
                               ("filled", "window built to Today list filled (background load)"),
                               ("refresh", "Today refresh after one change (background, until shown)"),
                               ("patient", "patient view open")):
                values = [f[key] for f in figures]
                print(f"  {label}: median {statistics.median(values) * 1000:.0f} ms"
                      f" (runs: {', '.join(f'{v * 1000:.0f}' for v in values)})")


if __name__ == "__main__":
    main()
