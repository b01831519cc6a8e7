"""Render the window, the lock page or one of the workflow dialogs once to a PNG, for documentation
and visual checks (`--screenshot FILE.png --view VIEW`).

A dialog is opened the way a user opens it (the workflow action for the highlighted Today row of
`--patient`), grabbed as soon as it is on screen, then closed unsaved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

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
}


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def take_screenshot(app: QApplication, window: Any, view: str, patient: str | None, path: Path) -> int:
    """Show `view` (see window_options.VIEWS) and save it to `path`; 0 on success."""
    while window.due_loader.busy:  # the Today list is loaded in the background
        app.processEvents()
    code = patient or _first_patient(window)
    if view == "patient":
        if code is None or not window.patient_view.load(code):
            log.error("no patient %r to show", code)
            return 1
        window.show_tab(window.patient_view)
    elif view in ("cohorts", "audit"):
        widget = window.cohorts_view if view == "cohorts" else window.audit_view
        window.show_tab(widget)
        widget.reload_now()
    elif view == "lock":
        window.lock()
    elif view in _DIALOGS:
        return _grab_dialog(app, window, view, code, path)
    _settle(app)
    return _save(window, path, view)


def _save(widget: QWidget, path: Path, view: str) -> int:
    saved = widget.grab().save(str(path))
    log.info("screenshot %s saved to %s: %s", view, path, saved)
    return 0 if saved else 1


def _grab_dialog(app: QApplication, window: Any, view: str, code: str | None, path: Path) -> int:
    if view not in ("enrol", "site_phone") and (code is None or not window.today_view.select_patient(code)):
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
        result.append(_save(dialog, path, view))
        dialog.close()

    QTimer.singleShot(0, grab)
    actions: dict[str, Callable[[], Any]] = {
        "dose": window.workflow.dose, "verify": window.workflow.dose, "measurement": window.workflow.record_measurement,
        "labs": window.workflow.record_labs, "administer": window.workflow.administer, "hold": window.workflow.hold,
        "decide": window.workflow.decide, "visit": window.workflow.record_visit, "enrol": window.workflow.enrol,
        "site_phone": window.set_site_phone,
    }
    actions[view]()
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
