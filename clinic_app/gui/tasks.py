"""Long work (a batch of PDFs, a backup) off the UI thread.

`TaskRunner.task(fn)` prepares `fn(context)`; connect to the returned handle's signals, then
`handle.start()` runs it on a QThreadPool worker (connect first: a quick task could otherwise
finish before anyone listens). The worker never touches a
widget: it reports through `TaskContext.report()` and its result or exception travels back to the
UI thread through the signals of the returned `TaskHandle` (queued connections). Cancelling sets a
flag the work checks between steps (`context.check_cancelled()`), so nothing is killed half-way
through a write.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside the work by `TaskContext.check_cancelled()` after the user pressed Cancel."""


class TaskContext:
    """What the work sees: progress reporting and the cancel flag. Safe to use from any thread."""

    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle

    @property
    def cancelled(self) -> bool:
        return self._handle.cancel_requested

    def check_cancelled(self) -> None:
        """Raise TaskCancelled if the user asked to stop."""
        if self._handle.cancel_requested:
            raise TaskCancelled()

    def report(self, done: int, total: int, label: str = "") -> None:
        """Tell the UI how far the work is (`done` of `total` steps)."""
        self._handle.progress.emit(done, total, label)


class TaskHandle(QObject):
    """The UI side of one running task; connect to its signals before the work can finish."""

    progress = Signal(int, int, str)  # done, total, label
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception raised by the work
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, start: Callable[[TaskHandle], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._start = start
        self._started = False

    def start(self) -> None:
        """Run the work; call once, after connecting to the signals."""
        if not self._started:
            self._started = True
            self._start(self)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; it reports `cancelled` when it does."""
        self._cancel.set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], handle: TaskHandle) -> None:
        super().__init__()
        self._fn = fn
        self._handle = handle
        # The language values are written in (LANG-1) travels with the work to the pool's thread.
        self._context = contextvars.copy_context()

    def run(self) -> None:  # noqa: D102 - Qt override
        handle = self._handle
        try:
            result = self._context.run(self._fn, TaskContext(handle))
        except TaskCancelled:
            handle.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which shows it
            log.exception("background task failed")
            handle.failed.emit(exc)
        else:
            if handle.cancel_requested:
                handle.cancelled.emit()
            else:
                handle.succeeded.emit(result)
        handle.finished.emit()


class TaskRunner(QObject):
    """Runs work on a thread pool and keeps each handle alive until its work has finished."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._running: set[TaskHandle] = set()

    def task(self, fn: Callable[[TaskContext], Any]) -> TaskHandle:
        """Prepare `fn(context)` for the background; connect to the handle, then `handle.start()`."""

        def start(handle: TaskHandle) -> None:
            self._running.add(handle)
            handle.finished.connect(lambda: self._running.discard(handle))
            self._pool.start(_Runnable(fn, handle))

        return TaskHandle(start)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (used when the window closes and by tests)."""
        return bool(self._pool.waitForDone(msecs))
