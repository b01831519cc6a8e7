"""The full check of the database (SQLite's integrity check, the whole audit chain, every record
against the trail, every kept due list against the dose gate) on a schedule the user can see.

Opening the clinic checks only what changed since the last open (store/checkpoint.py); the rest is
this check. The status bar always says when it last ran and what it found, and it runs in the
background, a minute after the window opens and then every hour, whenever the last one is older
than a day (FULL_CHECK_EVERY).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from clinic_app.domain.formatting import format_datetime
from clinic_app.facade import FullCheck

from .context import GuiContext
from .messages import ErrorText
from .tasks import TaskHandle

FIRST_AFTER_MS = 60_000  # not while the window paints and fills Today
EVERY_MS = 3_600_000


class FullCheckSchedule(QObject):
    """Keeps `label` saying how the last full check went; `run_if_due()` starts one when it is time."""

    def __init__(self, ctx: GuiContext, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._label = label
        self._label.setObjectName("full_check")
        self.running: TaskHandle | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self._timer.start(FIRST_AFTER_MS)
        self.show_last(self._ctx.clinic.full_check())

    def _tick(self) -> None:
        self.run_if_due()
        self._timer.start(EVERY_MS)

    def stop(self) -> None:
        self._timer.stop()

    def show_last(self, last: FullCheck | None) -> None:
        """Say when the last full check ran and what it found (in red when it found a fault)."""
        if last is None:
            text, fault = self.tr("Full check: not run yet"), False
        elif last.ok:
            text, fault = self.tr("Full check {when}: ok").format(when=format_datetime(last.at.astimezone())), False
        else:
            text, fault = self.tr("Full check {when}: FAULT, {fault}").format(
                when=format_datetime(last.at.astimezone()), fault=last.fault), True
        self._label.setText(text)
        self._label.setStyleSheet("color: #b00020; font-weight: bold;" if fault else "")

    def run_if_due(self) -> TaskHandle | None:
        """Start the check in the background when the last one is older than a day (or never ran)."""
        if self.running is not None or not self._ctx.clinic.full_check_due():
            return None
        return self.run_now()

    def run_now(self) -> TaskHandle:
        """Start the check in the background now, on a facade of its own."""
        ctx = self._ctx

        def work(_task: Any) -> FullCheck:
            clinic = ctx.worker_clinic()
            try:
                return clinic.run_full_check()  # type: ignore[no-any-return]
            finally:
                clinic.close()

        handle = ctx.tasks.task(work)
        self.running = handle
        self._label.setText(self.tr("Full check: running..."))
        handle.succeeded.connect(self.show_last)
        handle.failed.connect(lambda exc: self._label.setText(self.tr("Full check: could not run ({error})").format(
            error=ErrorText(self).describe(exc))))
        handle.finished.connect(self._done)
        handle.start()
        return handle

    def _done(self) -> None:
        self.running = None
