"""Render the window (or the dose dialog) once to a PNG, for documentation and visual checks."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def take_screenshot(app: QApplication, window: Any, view: str, patient: str | None, path: Path) -> int:
    """Show `view` ("today", "patient", "dose", "cohorts", "audit") and save it to `path`; 0 on success."""
    target: Any = window
    while window.due_loader.busy:  # the Today list is loaded in the background
        app.processEvents()
    if view in ("patient", "dose"):
        code = patient or _first_patient(window)
        if code is None or not window.patient_view.load(code):
            log.error("no patient %r to show", code)
            return 1
        window.show_tab(window.patient_view)
    elif view == "cohorts":
        window.show_tab(window.cohorts_view)
        window.cohorts_view.reload_now()
    elif view == "audit":
        window.show_tab(window.audit_view)
        window.audit_view.reload_now()
    if view == "dose":
        target = _open_dose_dialog(window)
        if target is None:
            return 1
    _settle(app)
    saved = target.grab().save(str(path))
    log.info("screenshot %s saved to %s: %s", view, path, saved)
    if target is not window:
        target.close()
    return 0 if saved else 1


def _first_patient(window: Any) -> str | None:
    """The first patient with a BSA dose due or overdue (the most telling view), else the first row."""
    model = window.today_view.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    bsa_drug = window.ctx.clinic.protocol.bsa_drug.key
    for row in rows:
        if row.due.item.drug == bsa_drug and row.status in ("due_today", "overdue"):
            return str(row.subject_code)
    return str(rows[0].subject_code) if rows else None


def _open_dose_dialog(window: Any) -> Any:
    from .dialogs.dose import DoseDialog

    item = window.patient_view.action_item("dose", window.ctx.clinic.protocol.bsa_drug.key)
    if item is None:
        log.error("the patient has no paclitaxel dose due")
        return None
    dialog = DoseDialog(window.ctx.clinic, window.session, window.patient_view.subject_code, item.cycle, item.day,
                        window, patient_text=window.patient_view.identity.text())
    dialog.show()
    dialog.calculate()
    return dialog
