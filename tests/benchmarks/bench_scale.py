"""Issue 14's table at clinic scale, each figure beside a floor measured in the same run (prints
figures; not a test, nothing here is asserted).

The clinics are built the real way: the demo clinic (13 full histories) is exported, its patients
cloned in the export document (new subject codes and hospital numbers) to 1,000 and 10,000 patients,
and the document imported into a new clinic in one transaction, so every row has its audit trail;
`verify` must pass on the result (run as the window's full check at the real time, so it is kept and
a window opened afterwards does not run it again in the background while its list loads). Sizes:
`BENCH_SIZES=1000,10000` (the default; 10,000 takes long on a small machine: `BENCH_SIZES=1000,3000`
for instance). `BENCH_REPEATS` (default 3) runs of each timing.

Figures (medians) and their floors:
- process start to painted Today (`python -m clinic_app --screenshot`), demo and each size; floor: a
  bare PySide6 process showing a QTableView of the same width, grabbed to a PNG;
- Today refresh after one change (a measurement recorded, the list reloaded in the background until
  shown) and the longest block of the UI thread while the window loads its list and refreshes
  (the longest single `processEvents` call of the waiting loop);
- `due` as a whole process; floor: a process that opens the database and prints the kept rows
  (`SELECT ... FROM due_state`), the least a `due` reading precomputed rows can do;
- one dosing sheet and a 40-dose day (40 sheets, 40 blinded copies, the worklist) as one PDF
  (printing.render_day_batch); floor: a minimal reportlab page embedding the same DejaVu font;
- one administration click: argon2 checks, transactions, fsyncs and time; floor: one raw SQLite
  commit (WAL, synchronous=FULL) of one row;
- `import`: patients/s and audited rows/s, and `verify` on the imported clinic, for the cloned demo
  histories (about 240 audited rows a patient) and for the issue's own import figure (2,000 patients
  with an enrolment, one measurement and one lab result each, as bench_gui builds them).
Growth: each size's figure divided by the first size's.

    packaging/dev.sh bench scale          (or: python -m tests.benchmarks scale)
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]

TODAY = date(2026, 1, 8)
AT_NINE = datetime(2026, 1, 8, 9, tzinfo=timezone(timedelta(hours=1)))
NURSE = "nurse.okafor"
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000").split(",") if s.strip()]
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))


def _clock() -> datetime:
    return AT_NINE


def _median(fn: Callable[[], float], repeats: int = REPEATS) -> float:
    return statistics.median(fn() for _ in range(repeats))


def _seconds(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _line(label: str, value: float, floor: float | None = None, unit: str = "ms", goal: str = "") -> None:
    scale = 1000 if unit == "ms" else 1
    text = f"  {label:<52} {value * scale:10.1f} {unit}"
    if floor:
        text += f"   floor {floor * scale:8.1f} {unit}   ratio {value / floor:6.1f}x"
    if goal:
        text += f"   (goal {goal})"
    print(text, flush=True)


# -- building clinics through import --------------------------------------------------------------
def build_demo_export(folder: Path) -> tuple[Path, Any]:
    """The demo clinic and its export document (with identities)."""
    from clinic_app.facade import Clinic
    from clinic_app.facade.demo import DEMO_HASHER, DEMO_PASSWORD, build_demo

    demo = folder / "demo.sqlite3"
    build_demo(demo, today=TODAY)
    with Clinic.open(demo, clock=_clock, hasher=DEMO_HASHER) as clinic:
        document = clinic.export_document(clinic.login("dr.martin", DEMO_PASSWORD), include_identities=True)
    if not kept_full_check(demo)[0].ok:
        raise SystemExit("verify failed on the demo clinic")
    return demo, document


def scaled_document(document: Any, patients: int) -> Any:
    """`document` with its patients cloned to `patients` (new subject codes and hospital numbers)."""
    from clinic_app.domain.exchange import ExportedPatient

    texts = [(p.patient.subject_code, p.identity.hospital_number if p.identity else None, p.model_dump_json())
             for p in document.patients]
    out = list(document.patients[:patients])
    n = len(out)
    while len(out) < patients:
        for code, hospital, text in texts:
            if len(out) >= patients:
                break
            n += 1
            text = text.replace(code, f"X{n:05d}")
            if hospital is not None:
                text = text.replace(hospital, f"H{n:07d}")
            out.append(ExportedPatient.model_validate_json(text))
    return document.model_copy(update={"patients": out})


def import_clinic(path: Path, document: Any) -> dict[str, float]:
    """A new clinic at `path` loaded from `document` (one transaction), a nurse who can sign in;
    the import's time, its audit rows and `verify`'s verdict and time."""
    from clinic_app.facade import Clinic
    from clinic_app.facade.demo import DEMO_HASHER, DEMO_PASSWORD

    with Clinic.open(path, clock=_clock, hasher=DEMO_HASHER) as clinic:
        admin = clinic.first_run(site_name="Benchmark clinic", username="sam.admin", full_name="Sam Patel",
                                 password=DEMO_PASSWORD)
        rows_before = len(clinic.store.audit_entries())
        started = time.perf_counter()
        loaded = clinic.import_document(admin, document)
        seconds = time.perf_counter() - started
        rows = len(clinic.store.audit_entries()) - rows_before
        from clinic_app.domain.records import Role

        code = clinic.create_user(admin, username=NURSE, full_name="Grace Okafor", role=Role.NURSE)
        clinic.change_password(NURSE, code, DEMO_PASSWORD)
    verdict, verify_seconds = kept_full_check(path)
    if not verdict.ok:
        raise SystemExit(f"verify failed on the imported clinic: {verdict.fault}")
    return {"patients": loaded, "import": seconds, "rows": rows, "verify": verify_seconds}


def enrolment_document(patients: int) -> Any:
    """The issue's import figure's clinic: each patient enrolled with a planned C1D1 spread over the
    last 8 weeks, one height and weight and one lab result (as bench_gui loads its 2,000 patients)."""
    from decimal import Decimal

    from clinic_app.domain.exchange import ExportDocument, ExportedPatient, ExportedProtocol
    from clinic_app.domain.protocol import load_protocol
    from clinic_app.domain.records import LabResult, Measurement, Patient, PointOfCareIdentity
    from clinic_app.paths import default_protocol_path

    protocol = load_protocol(default_protocol_path())
    rows = []
    for n in range(patients):
        code = f"IMP-{'ABC'[n % 3]}{n:05d}"
        c1d1 = TODAY - timedelta(days=n % 56)
        patient = Patient(subject_code=code, initials="ZZ", date_of_birth=date(1950 + n % 40, 1 + n % 12, 1),
                          cohort="ABC"[n % 3], planned_c1d1=c1d1, enrolled_on=c1d1 - timedelta(days=7))
        rows.append(ExportedPatient(
            patient=patient,
            identity=PointOfCareIdentity(subject_code=code, full_name=f"Patient {n:05d}", hospital_number=f"H{n:07d}"),
            measurements=[Measurement(subject_code=code, measured_on=c1d1 - timedelta(days=1),
                                      height_cm=Decimal(150 + n % 40), weight_kg=Decimal(50 + n % 50),
                                      recorded_by="sam.admin")],
            labs=[LabResult(subject_code=code, drawn_on=c1d1 - timedelta(days=1), anc_10e9_per_l=Decimal("2.0"),
                            platelets_10e9_per_l=Decimal("200"), recorded_by="sam.admin")]))
    return ExportDocument(site_name="Benchmark clinic", includes_identities=True, patients=rows,
                          protocol=ExportedProtocol(id=protocol.protocol.id, version=protocol.protocol.version,
                                                    sha256=protocol.sha256))


def kept_full_check(path: Path) -> tuple[Any, float]:
    """`verify`, run as the window's full check and kept at the real time: the windows measured
    afterwards (real clock, `--date` only sets the day) do not find it older than a day and run it
    again in the background while their list loads. Its verdict and its time."""
    from clinic_app.facade import Clinic
    from clinic_app.facade.demo import DEMO_HASHER

    with Clinic.open(path, clock=lambda: datetime.now(timezone.utc), hasher=DEMO_HASHER) as clinic:
        started = time.perf_counter()
        verdict = clinic.run_full_check()
        return verdict, time.perf_counter() - started


# -- processes --------------------------------------------------------------------------------------
def _env(work: Path) -> dict[str, str]:
    from clinic_app.facade.demo import DEMO_PASSWORD

    # Processes timed as a workstation runs them: with compiled bytecode kept (a shell that sets
    # PYTHONDONTWRITEBYTECODE would recompile ~110 modules at every start).
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**inherited, "QT_QPA_PLATFORM": "offscreen", "CLINIC_APP_PASSWORD": DEMO_PASSWORD,
            "XDG_STATE_HOME": str(work / "state"), "XDG_CONFIG_HOME": str(work / "config")}


def _run(args: list[str], work: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, env=_env(work), check=True, capture_output=True)
    return time.perf_counter() - start


def start_to_png(db: Path, work: Path) -> float:
    return _run(["-m", "clinic_app", "--db", str(db), "--date", TODAY.isoformat(), "--user", NURSE, "--settings",
                 str(work / "settings.json"), "--screenshot", str(work / "shot.png")], work)


BARE_WINDOW = """
import sys
from PySide6.QtGui import QStandardItemModel, QStandardItem
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
model = QStandardItemModel(40, 11)
for r in range(40):
    for c in range(11):
        model.setItem(r, c, QStandardItem(f"cell {r} {c}"))
view = QTableView()
view.setModel(model)
view.resize(1280, 800)
view.show()
app.processEvents()
view.grab().save(sys.argv[1])
"""


def bare_window_to_png(work: Path) -> float:
    return _run(["-c", BARE_WINDOW, str(work / "bare.png")], work)


def due_process(db: Path, work: Path) -> float:
    return _run(["-m", "clinic_app", "due", "--db", str(db), "--date", TODAY.isoformat(), "--user", NURSE,
                 "--json"], work)


PRECOMPUTED_READER = """
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
out = sys.stdout
for code, lines in con.execute("SELECT p.subject_code, d.lines_json FROM due_state d"
                               " JOIN patients p ON p.id = d.patient_id ORDER BY p.subject_code"):
    out.write(code + " " + lines + "\\n")
"""


def precomputed_rows_process(db: Path, work: Path) -> float:
    return _run(["-c", PRECOMPUTED_READER, str(db)], work)


# -- the window in process ------------------------------------------------------------------------
def window_figures(db: Path, work: Path) -> dict[str, float]:
    """Today refresh after one change and the longest block of the UI thread while loading."""
    from PySide6.QtWidgets import QApplication

    from clinic_app.domain.errors import DomainError
    from clinic_app.facade import Clinic
    from clinic_app.facade.demo import DEMO_HASHER, DEMO_PASSWORD
    from clinic_app.gui.context import GuiContext
    from clinic_app.gui.main_window import MainWindow
    from clinic_app.gui.settings import WindowSettings
    from clinic_app.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    clinic = Clinic.open(db, clock=_clock, hasher=DEMO_HASHER)
    session = clinic.login(NURSE, DEMO_PASSWORD)
    ctx = GuiContext(clinic=clinic, settings=WindowSettings(), settings_path=work / "settings.json",
                     tasks=TaskRunner(), today=clinic.today,
                     open_clinic=lambda: Clinic.open(db, clock=_clock, hasher=DEMO_HASHER))
    longest = 0.0

    def wait_for_list() -> None:
        nonlocal longest
        while window.due_loader.busy:
            start = time.perf_counter()
            app.processEvents()
            longest = max(longest, time.perf_counter() - start)

    window = MainWindow(ctx, session)
    window.show()
    window.today_view.schedule_refresh()
    wait_for_list()
    code = window.today_view.model.row_at(0).subject_code
    try:
        clinic.record_measurement(session, code, height_cm="166", weight_kg="66", measured_on=TODAY)
    except DomainError as exc:  # a plausibility warning to confirm (a weight change), as the dialog would
        confirmed = frozenset(str(w.get("code")) for w in exc.values.get("warnings", ()) if isinstance(w, dict))
        if not confirmed:
            raise
        clinic.record_measurement(session, code, height_cm="166", weight_kg="66", measured_on=TODAY,
                                  acknowledged=confirmed)
    refresh = _seconds(lambda: (window.refresh_all(), wait_for_list()))
    rows = window.today_view.model.rowCount()
    window.close()
    clinic.close()
    return {"refresh": refresh, "longest": longest, "rows": rows}


# -- printing ---------------------------------------------------------------------------------------
def printing_figures() -> dict[str, float]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from clinic_app.domain.protocol import load_protocol
    from clinic_app.paths import default_protocol_path, resources_dir
    from clinic_app.printing.batch import render_day_batch
    from clinic_app.printing.dosing_sheet import render_dosing_sheet
    from tests.printing.samples import dosing_input, worklist_input

    protocol = load_protocol(default_protocol_path())
    sheet = dosing_input(protocol)
    render_dosing_sheet(sheet)  # fonts registered, watermark encoded: once per process
    font = next((resources_dir() / "fonts").glob("DejaVuSans.ttf"))
    floor_font = TTFont("FloorFont", str(font))
    # reportlab registers a second font of the same face as the first one (the app's, which keeps
    # its embedded subsets per process): under its own face name the floor stays reportlab's stock
    # embedding, subset and compressed for every page, as the floor was measured on main.
    floor_font.face.name = b"FloorFont"
    pdfmetrics.registerFont(floor_font)

    def minimal_page() -> None:
        import io

        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4)
        canvas.setFont("FloorFont", 11)
        canvas.drawString(72, 760, "Dosing sheet: PACLitaxel 138 mg")
        canvas.showPage()
        canvas.save()

    minimal_page()
    sheets = [(dosing_input(protocol, height=str(150 + n), weight=str(50 + n), cohort="ABC"[n % 3],
                            record_id=f"DR-{n:06d}", serial=f"DS-{n:06d}"),
               dosing_input(protocol, height=str(150 + n), weight=str(50 + n), cohort="ABC"[n % 3],
                            record_id=f"DR-{n:06d}", serial=f"DS-{n + 100:06d}")) for n in range(40)]
    worklist = worklist_input(protocol, 40)
    return {
        "sheet": _median(lambda: _seconds(lambda: render_dosing_sheet(sheet)), 10),
        "floor_page": _median(lambda: _seconds(minimal_page), 10),
        "day": _median(lambda: _seconds(lambda: render_day_batch(worklist, sheets))),
    }


# -- one administration click -------------------------------------------------------------------
def click_figures(demo: Path, work: Path) -> dict[str, float]:
    """On a copy of the demo clinic: Administered on a dose due today (as the window signs it),
    counted (argon2, transactions, fsyncs) and timed; floor: one raw commit."""
    import shutil

    from argon2 import PasswordHasher

    from clinic_app.facade import Clinic
    from clinic_app.facade.demo import DEMO_HASHER, DEMO_PASSWORD

    copy = work / "click.sqlite3"
    for part in demo.parent.glob(demo.name + "*"):
        shutil.copy2(part, work / (copy.name + part.name[len(demo.name):]))
    counts: Counter[str] = Counter()
    real_fsync = os.fsync

    class CountingHasher(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> Any:  # noqa: A002
            counts["argon2"] += 1
            return super().verify(hash, password)

    def fsync(fd: int) -> None:
        counts["fsync"] += 1
        real_fsync(fd)

    def statement(sql: str) -> None:
        word = sql.strip().split()[0].upper()
        if word in ("BEGIN", "COMMIT"):
            counts[word] += 1

    with Clinic.open(copy, clock=_clock, hasher=DEMO_HASHER) as clinic:
        nurse = clinic.login(NURSE, DEMO_PASSWORD)
        due = [r for r in clinic.due_list(nurse, TODAY)
               if r.status == "due_today" and r.line.category == "premedication"
               and r.line.gate is not None and not r.line.gate.blocking]
        if not due:
            return {}
        row = due[0]
        clinic.store.users._ph = CountingHasher(  # noqa: SLF001 - counting the one hasher the store checks with
            time_cost=DEMO_HASHER.time_cost, memory_cost=DEMO_HASHER.memory_cost,
            parallelism=DEMO_HASHER.parallelism)
        os.fsync = fsync
        connection = clinic.store._ctx.db.conn  # noqa: SLF001 - the facade's own connection
        connection.set_trace_callback(statement)
        try:
            seconds = _seconds(lambda: clinic.administer(nurse, row.subject_code, drug=row.line.drug,
                                                         cycle=row.line.cycle, day=row.line.day, tolerance=None,
                                                         password=DEMO_PASSWORD))
        finally:
            os.fsync = real_fsync
            connection.set_trace_callback(None)
    raw = work / "raw.sqlite3"
    con = sqlite3.connect(raw, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")

    def raw_commit() -> float:
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t (v) VALUES ('x')")
        con.execute("COMMIT")
        return time.perf_counter() - start

    floor = _median(raw_commit, 5)
    con.close()
    return {"seconds": seconds, "floor": floor, "argon2": counts["argon2"], "transactions": counts["BEGIN"],
            "fsyncs": counts["fsync"] + counts["COMMIT"]}  # SQLite fsyncs its log once per COMMIT (WAL, FULL)


def main() -> None:
    print(f"sizes {SIZES}, {REPEATS} runs per timing (medians)", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        started = time.perf_counter()
        demo, document = build_demo_export(work)
        print(f"demo clinic built and exported in {time.perf_counter() - started:.1f} s "
              f"({len(document.patients)} patients)", flush=True)

        bare = _median(lambda: bare_window_to_png(work))
        print("\nprocess start to painted Today")
        _line("bare PySide6 window with a table (floor)", bare)
        _line("demo clinic (13 patients)", _median(lambda: start_to_png(demo, work)), bare, goal="<= 2x")

        print("\nprinting")
        printed = printing_figures()
        _line("one dosing sheet", printed["sheet"], printed["floor_page"], goal="<= 3x")
        _line("40-dose day as one PDF (sheets, blinded copies, worklist)", printed["day"],
              printed["floor_page"] * 81, goal="<= 0.3 s; floor: 81 minimal pages")

        print("\none administration click (demo clinic)")
        click = click_figures(demo, work)
        if click:
            _line(f"time ({int(click['argon2'])} argon2, {int(click['transactions'])} transaction(s), "
                  f"{int(click['fsyncs'])} fsyncs)", click["seconds"], click["floor"],
                  goal="1 argon2, 1 transaction, <= 2 fsyncs; floor: one raw commit, 1 fsync")
        else:
            print("  no premedication due today without a blocking reason in the demo: not measured")

        print("\nimport, the issue's clinic (2,000 patients: enrolment, one measurement, one lab result)")
        simple = import_clinic(work / "enrolments.sqlite3", enrolment_document(2000))
        print(f"  {int(simple['patients'])} patients, {int(simple['rows'])} audit rows in {simple['import']:.1f} s: "
              f"{simple['patients'] / simple['import']:.0f} patients/s (goal >= 500 patients/s, one transaction); "
              f"verify passed in {simple['verify']:.1f} s", flush=True)

        results: dict[int, dict[str, float]] = {}
        for size in SIZES:
            print(f"\n{size} patients", flush=True)
            db = work / f"clinic-{size}.sqlite3"
            imported = import_clinic(db, scaled_document(document, size))
            per_second = imported["patients"] / imported["import"]
            print(f"  import: {int(imported['patients'])} patients, {int(imported['rows'])} audit rows in "
                  f"{imported['import']:.1f} s: {per_second:.0f} patients/s, "
                  f"{imported['rows'] / imported['import']:.0f} rows/s (goal >= 500 patients/s, one transaction)")
            print(f"  verify on the imported clinic: passed in {imported['verify']:.1f} s", flush=True)
            figures = {"import_rate": per_second, "verify": imported["verify"]}
            figures["start"] = _median(lambda db=db: start_to_png(db, work))
            _line("process start to painted Today", figures["start"], bare, goal="<= 3x")
            window = window_figures(db, work)
            figures.update(refresh=window["refresh"], longest=window["longest"])
            _line(f"Today refresh after one change ({int(window['rows'])} rows)", window["refresh"],
                  goal="<= 20 ms")
            _line("longest block of the UI thread while loading", window["longest"], goal="<= 50 ms")
            floor = _median(lambda db=db: precomputed_rows_process(db, work))
            figures["due"] = _median(lambda db=db: due_process(db, work))
            _line("`due --json` as a whole process", figures["due"], floor,
                  goal="<= 0.5 s at 10,000; floor: a process printing the kept rows")
            results[size] = figures

        if len(results) > 1:
            first = SIZES[0]
            print(f"\ngrowth from {first} patients")
            for size in SIZES[1:]:
                print(f"  x{size / first:.0f} patients ({size}):", ", ".join(
                    f"{name} x{results[size][name] / results[first][name]:.2f}"
                    for name in ("start", "refresh", "longest", "due", "verify", "import_rate")))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
