"""The Today list is computed off the UI thread, by a facade of its own on a thread of its own.

Planning every patient's calendar takes seconds on a large clinic (about 9 s for 2,000 patients
here), so the window asks for the list and stays responsive; only the newest request's answer is
shown. The worker opens its own facade because a SQLite connection belongs to its thread, and it
keeps it open between requests (opening costs about 0.35 s).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from clinic_app.domain.language import current_language, writing_in

log = logging.getLogger(__name__)


class _Worker(QObject):
    done = Signal(int, object)  # generation, rows
    failed = Signal(int, object)  # generation, exception

    def __init__(self, open_clinic: Callable[[], Any], latest: Callable[[], int]) -> None:
        super().__init__()
        self._open_clinic = open_clinic
        self._latest = latest
        self._clinic: Any = None

    @Slot(int, object, object, str)
    def load(self, generation: int, session: Any, today: date, language: Any) -> None:
        if generation != self._latest():
            return  # a newer request is queued behind this one
        try:
            if self._clinic is None:
                self._clinic = self._open_clinic()
            with writing_in(language):  # the window's language, on this thread too (LANG-1)
                rows = self._clinic.due_list(session, today)
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which shows it
            log.exception("due list failed")
            self.failed.emit(generation, exc)
            return
        self.done.emit(generation, rows)

    def close(self) -> None:
        if self._clinic is not None:
            self._clinic.close()
            self._clinic = None


class DueListLoader(QObject):
    """`request(session, today)` returns at once; `loaded(rows)` arrives for the newest request."""

    loaded = Signal(object)
    failed = Signal(object)
    _requested = Signal(int, object, object, str)

    def __init__(self, open_clinic: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._generation = 0
        self._thread = QThread()
        self._thread.setObjectName("due-list")
        self._worker = _Worker(open_clinic, self._latest)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.load)
        # Closed on the worker's own thread, where its connection was opened.
        self._thread.finished.connect(self._worker.close, Qt.ConnectionType.DirectConnection)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    def _latest(self) -> int:
        with self._lock:
            return self._generation

    @property
    def busy(self) -> bool:
        return self._pending is not None

    _pending: int | None = None

    def request(self, session: Any, today: date) -> None:
        with self._lock:
            self._generation += 1
            generation = self._generation
        self._pending = generation
        self._requested.emit(generation, session, today, current_language())

    def _on_done(self, generation: int, rows: Any) -> None:
        if generation == self._latest():
            self._pending = None
            self.loaded.emit(rows)

    def _on_failed(self, generation: int, exc: Any) -> None:
        if generation == self._latest():
            self._pending = None
            self.failed.emit(exc)

    def shutdown(self) -> None:
        """Stop the thread (after the request in progress) and close its facade."""
        self._thread.quit()
        self._thread.wait()
