"""Soak of the real dialogs (prints figures; not a test): keystrokes and signal emissions by the
hundred thousand, with the reference counts of None, True and False before and after.

Why: on CPython 3.11, PySide6 6.12.0 (abi3 wheel) loses a reference to None on every Qt call that
returns nothing and to True on every `Signal.emit()` / `disconnect()`; typing into the measurement
dialog aborted the process (`Fatal Python error: bool_dealloc`) after about 3,190 keystrokes. From
3.12 these objects are immortal: the counts must not move and the process must live.

What it drives, on a real clinic (a fresh database through the facade) with the offscreen platform:
- keystrokes (QTest.keyClicks / keyClick, Backspace and Ctrl+A included) into the measurement
  dialog's height and weight fields and the labs dialog's ANC and platelets fields (ValidatedField:
  the domain parser on every keystroke, `validity_changed.emit`, the OK button enabled or not), the
  enrol dialog's line edits, the login dialog and the signature dialog's password field;
- signal emissions: `validity_changed.emit(True/False)` and `AcknowledgementList.changed.emit()`
  into the measurement dialog's slots, and `textEdited` (which clears the acknowledgements);
- connect/disconnect pairs on `validity_changed` (a tenth of the emissions).

Run: `packaging/dev.sh bench soak` (200,000 keystrokes, 100,000 emissions), or
`.venv/bin/python tests/benchmarks/bench_soak.py --keystrokes N --emissions M [--json]`.
Exit code 1 when a count drifted; an abort is the process dying (tests/gui/test_soak.py runs a
20,000-keystroke version in a child process and checks both).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime
from datetime import time as clock_time
from itertools import cycle
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from argon2 import PasswordHasher  # noqa: E402
from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from clinic_app.domain.records import Role  # noqa: E402
from clinic_app.facade import Clinic  # noqa: E402
from clinic_app.facade.staff import Person, add_staff  # noqa: E402
from clinic_app.gui.dialogs.enrol import EnrolDialog  # noqa: E402
from clinic_app.gui.dialogs.measurement import LabsDialog, MeasurementDialog  # noqa: E402
from clinic_app.gui.dialogs.signature import SignatureDialog  # noqa: E402
from clinic_app.gui.login_dialogs import LoginDialog  # noqa: E402

TODAY = date(2026, 1, 5)
KEYSTROKES = 200_000
EMISSIONS = 100_000
PASSWORD = "soak-admin-secret-1"
# What a nurse types, right and wrong: each string is typed, then taken back (Backspace or Ctrl+A, Backspace).
TYPED = {
    "height_cm": ["170", "1.70", "5'7", "17O", "230", "99", "165.5"],
    "weight_kg": ["70.5", "70,5", "155lb", "0", "300", "42"],
    "anc": ["1.8", "0.9", "1800", "2,1"],
    "platelets": ["210", "150000", "99", "1e3"],
    "subject_code": ["IMP-A-001", "imp a 1"],
    "initials": ["AB", "abcde"],
    "full_name": ["Jane Example"],
    "hospital_number": ["H123456"],
    "username": ["nurse.okafor", "sam.admin"],
    "password": ["not-the-password", "demo-clinic-2026"],
    "signature_password": ["correct-horse-1"],
}


def _quiet_offscreen(kind: QtMsgType, context: Any, message: str) -> None:
    """Qt's messages to stderr, less the offscreen platform's note on every dialog shown."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def refcounts() -> dict[str, int]:
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True), "False": sys.getrefcount(False)}


def _clock() -> datetime:
    return datetime.combine(TODAY, clock_time(9), tzinfo=datetime.now().astimezone().tzinfo)


class _Dialogs:
    """The real dialogs on one clinic, shown offscreen; `edits` maps an object name to its line edit."""

    def __init__(self, clinic: Clinic, session: Any) -> None:
        self.measurement = MeasurementDialog(clinic, session, "IMP-A-001", TODAY)
        self.labs = LabsDialog(clinic, session, "IMP-A-001", TODAY)
        self.enrol = EnrolDialog(clinic, session, TODAY, "Cohort A is open.")
        self.login = LoginDialog(clinic)
        self.signature = SignatureDialog(session, "Verified", "PACLitaxel 146 mg, IMP-A-001 C1D1",
                                         lambda password: None)
        self.all: list[QWidget] = [self.measurement, self.labs, self.enrol, self.login, self.signature]
        for dialog in self.all:
            dialog.show()
        self.edits: dict[str, QLineEdit] = {}
        for dialog in self.all:
            for edit in dialog.findChildren(QLineEdit):
                if edit.objectName() in TYPED:
                    self.edits[edit.objectName()] = edit
        missing = set(TYPED) - set(self.edits)
        assert not missing, f"line edits not found: {missing}"

    def close(self) -> None:
        for dialog in self.all:
            dialog.close()
            dialog.deleteLater()


def _strokes() -> Iterator[tuple[str, str]]:
    """(field, text) forever, round-robin over the fields."""
    per_field = {name: cycle(texts) for name, texts in TYPED.items()}
    for name in cycle(TYPED):
        yield name, next(per_field[name])


def type_keystrokes(dialogs: _Dialogs, total: int) -> int:
    """Type until `total` keystrokes were sent; returns the number sent (each key press and release
    of one key is one keystroke)."""
    sent = 0
    strokes = _strokes()
    clear_with_select_all = False
    while sent < total:
        name, text = next(strokes)
        edit = dialogs.edits[name]
        QTest.keyClicks(edit, text)
        sent += len(text)
        if clear_with_select_all:
            QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
            sent += 2
        else:
            for _ in range(len(edit.text())):
                QTest.keyClick(edit, Qt.Key.Key_Backspace)
                sent += 1
        clear_with_select_all = not clear_with_select_all
        assert edit.text() == "", f"{name} not cleared: {edit.text()!r}"
    return sent


def emit_signals(dialogs: _Dialogs, total: int) -> tuple[int, int]:
    """`total` emissions into the measurement dialog's slots, plus total/10 connect/disconnect pairs."""
    height = dialogs.measurement.height_field
    acknowledgements = dialogs.measurement.acknowledgements
    edited = dialogs.measurement.weight_field.edit.textEdited
    emitters: list[Callable[[], None]] = [
        lambda: height.validity_changed.emit(True),
        lambda: height.validity_changed.emit(False),
        lambda: acknowledgements.changed.emit(),
        lambda: edited.emit("70"),
    ]
    sent = 0
    for emit in cycle(emitters):
        if sent >= total:
            break
        emit()
        sent += 1
    seen: list[bool] = []
    pairs = total // 10
    for _ in range(pairs):
        connection = height.validity_changed.connect(seen.append)
        height.validity_changed.emit(True)
        height.validity_changed.disconnect(connection)
    assert seen == [True] * pairs, "each connected slot saw its one emission"
    return sent + pairs, pairs


def soak(keystrokes: int, emissions: int) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    with tempfile.TemporaryDirectory() as folder:
        hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        clinic = Clinic.open(Path(folder) / "soak.sqlite3", clock=_clock, hasher=hasher)
        try:
            admin = clinic.first_run(site_name="Soak clinic", username="sam.admin", full_name="Sam Admin",
                                     password=PASSWORD)
            # The dialogs as a nurse opens them, on an enrolled patient (name banner and all).
            staff = add_staff(clinic, admin, [Person("ivy.investigator", "Ivy Investigator", Role.INVESTIGATOR),
                                              Person("nora.nurse", "Nora Nurse", Role.NURSE)], PASSWORD)
            clinic.enrol(staff["ivy.investigator"], subject_code="IMP-A-001", initials="AB",
                         date_of_birth="1960-03-01", cohort="A", planned_c1d1=TODAY.isoformat(), full_name="Alice Brun",
                         hospital_number="H0001")
            dialogs = _Dialogs(clinic, staff["nora.nurse"])
            app.processEvents()
            before = refcounts()
            started = time.perf_counter()
            typed = type_keystrokes(dialogs, keystrokes)
            typing_seconds = time.perf_counter() - started
            started = time.perf_counter()
            emitted, pairs = emit_signals(dialogs, emissions)
            emit_seconds = time.perf_counter() - started
            app.processEvents()
            after = refcounts()
            dialogs.close()
            app.processEvents()
        finally:
            clinic.close()
            qInstallMessageHandler(previous_handler)
    return {"python": sys.version.split()[0], "keystrokes": typed, "typing_seconds": round(typing_seconds, 2),
            "emissions": emitted, "connect_disconnect_pairs": pairs, "emit_seconds": round(emit_seconds, 2),
            "before": before, "after": after,
            "drift": {name: after[name] - before[name] for name in before}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keystrokes", type=int, default=KEYSTROKES)
    parser.add_argument("--emissions", type=int, default=EMISSIONS)
    parser.add_argument("--json", action="store_true", help="one JSON line instead of the report")
    args = parser.parse_args(argv or [])
    started = time.perf_counter()
    figures = soak(args.keystrokes, args.emissions)
    figures["wall_seconds"] = round(time.perf_counter() - started, 2)
    drifted = any(figures["drift"].values())
    if args.json:
        print(json.dumps(figures))
        return 1 if drifted else 0
    print(f"Python {figures['python']}, PySide6 offscreen, real dialogs on a fresh clinic")
    print(f"  {figures['keystrokes']:,} keystrokes in {figures['typing_seconds']:.1f} s"
          f" ({figures['keystrokes'] / max(figures['typing_seconds'], 1e-9):,.0f}/s)")
    print(f"  {figures['emissions']:,} signal emissions (with {figures['connect_disconnect_pairs']:,}"
          f" connect/disconnect pairs) in {figures['emit_seconds']:.1f} s")
    for name in ("None", "True", "False"):
        print(f"  sys.getrefcount({name}): before {figures['before'][name]}, after {figures['after'][name]},"
              f" drift {figures['drift'][name]:+d}")
    print(f"  wall time {figures['wall_seconds']:.1f} s; {'DRIFT' if drifted else 'no drift, no abort'}")
    return 1 if drifted else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
