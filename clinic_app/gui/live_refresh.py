"""Follow what other windows and processes write to the database: poll SQLite's data_version (through
the facade) every second and say `moved` only when it changed, so an idle clinic costs one PRAGMA a
second and a change shows within two seconds."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from clinic_app.domain.errors import DomainError

log = logging.getLogger(__name__)

POLL_MS = 1000


class LiveRefresh(QObject):
    """`moved` when another connection committed since the last poll."""

    moved = Signal()

    def __init__(self, clinic_of: Callable[[], Any], parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._clinic_of = clinic_of  # the facade can be reopened (after a restore)
        self._last: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._last = self._version()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        version = self._version()
        if version is not None and version != self._last:
            self._last = version
            self.moved.emit()

    def _version(self) -> int | None:
        try:
            return int(self._clinic_of().data_version())
        except (DomainError, sqlite3.Error) as exc:  # a closed or replaced file: try again next time
            log.warning("cannot read the database's change counter: %s", exc)
            return None
