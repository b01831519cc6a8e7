"""Render the window, the lock page or one of the workflow dialogs once to a PNG, for documentation
and visual checks (`--screenshot FILE.png --view VIEW`).

A dialog is opened the way a user opens it (the workflow action for the highlighted Today row of
`--patient`), grabbed as soon as it is on screen, then closed unsaved.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.domain.errors import DomainError
from clinic_app.domain.records import DecisionKind
from clinic_app.files import write_output

from .file_output import protected_files

log = logging.getLogger(__name__)

# View -> what it does to the dialog once it is open (None: just grab it).
_DIALOGS: dict[str, Callable[[Any], None] | None] = {
    "dose": lambda dialog: dialog.calculate() if dialog.calculate_button.isEnabled() else None,
    "verify": None,
    "measurement": lambda dialog: (dialog.height_field.edit.setText("170"), dialog.weight_field.edit.setText("400")),
    "labs": lambda dialog: (dialog.anc.edit.setText("1,8"), dialog.platelets.edit.setText("210")),
    "administer": None,
    "hold": None,
    "decide": None,
    "visit": None,
    "enrol": None,
    "site_phone": None,
    "decide_level": None,
    "late_entry": None,
    "toxicity": lambda dialog: (dialog.term.setCurrentIndex(dialog.term.findData("anaphylaxis")),
                                dialog.grade.setCurrentIndex(dialog.grade.findData(3)),
                                dialog.drug.setCurrentIndex(dialog.drug.findData("paclitaxel"))),
    "users": None,
    "confirm_reset": lambda dialog: dialog.table.selectRow(0),
}
_NO_PATIENT = frozenset({"enrol", "site_phone", "users", "confirm_reset"})


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def take_screenshot(app: QApplication, window: Any, view: str, patient: str | None, path: Path) -> int:
    """Show `view` (see window_options.VIEWS) and save it to `path`; 0 on success."""
    while window.due_loader.busy:  # the Today list is loaded in the background
        app.processEvents()
    code = patient or _first_patient(window)
    protected = protected_files(window.ctx.clinic.store.path)
    if view in ("patient", "patient_events"):
        if code is None or not window.patient_view.load(code):
            log.error("no patient %r to show", code)
            return 1
        window.show_tab(window.patient_view)
        if view == "patient_events":
            window.patient_view.tabs.setCurrentWidget(window.patient_view.toxicities_tab)
    elif view in ("cohorts", "audit"):
        widget = window.cohorts_view if view == "cohorts" else window.audit_view
        window.show_tab(widget)
        widget.reload_now()
    elif view == "lock":
        window.lock()
    elif view in _DIALOGS:
        return _grab_dialog(app, window, view, code, path, protected)
    _settle(app)
    return _save(window, path, view, protected)


def _save(widget: QWidget, path: Path, view: str, protected: list[Path]) -> int:
    """The PNG through clinic_app.files (private, never over the database; the file named on the
    command line is replaced, as a re-run of the screenshots asks)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        log.error("screenshot %s could not be drawn", view)
        return 1
    try:
        write_output(path, bytes(buffer.data().data()), force=True, field="--screenshot", protected=protected)
    except DomainError as exc:
        log.error("screenshot %s not saved: %s", view, exc.code)
        return 1
    log.info("screenshot %s saved to %s", view, path)
    return 0


def _grab_dialog(app: QApplication, window: Any, view: str, code: str | None, path: Path,
                 protected: list[Path]) -> int:
    if view not in _NO_PATIENT and (code is None or not window.today_view.select_patient(code)):
        log.error("no patient %r in Today", code)
        return 1
    result: list[int] = []

    def grab() -> None:
        dialog = app.activeModalWidget()
        if dialog is None:  # not open yet (or the action refused): look again shortly
            QTimer.singleShot(50, grab)
            return
        prepare = _DIALOGS[view]
        if prepare is not None:
            prepare(dialog)
        _settle(app)
        result.append(_save(dialog, path, view, protected))
        dialog.close()

    QTimer.singleShot(0, grab)
    actions: dict[str, Callable[[], Any]] = {
        "dose": window.workflow.dose, "verify": window.workflow.dose, "measurement": window.workflow.record_measurement,
        "labs": window.workflow.record_labs, "administer": window.workflow.administer, "hold": window.workflow.hold,
        "decide": window.workflow.decide, "visit": window.workflow.record_visit, "enrol": window.workflow.enrol,
        "site_phone": window.set_site_phone, "late_entry": window.workflow.late_entry,
        "decide_level": lambda: window.workflow.decide(DecisionKind.DOSE_LEVEL),
        "toxicity": window.workflow.record_toxicity, "users": window.manage_users,
        "confirm_reset": window.confirm_password_reset,
    }
    actions[view]()
    deadline = time.monotonic() + 30
    while not result and time.monotonic() < deadline:  # a dialog opened with open() returns at once
        app.processEvents()
    return result[0] if result else 1


def _first_patient(window: Any) -> str | None:
    """The first patient with a BSA dose due or overdue (the most telling view), else the first row."""
    model = window.today_view.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    bsa_drug = window.ctx.clinic.protocol.bsa_drug.key
    for row in rows:
        if row.line.drug == bsa_drug and row.status in ("due_today", "overdue"):
            return str(row.subject_code)
    return str(rows[0].subject_code) if rows else None
