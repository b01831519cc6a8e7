"""A progress dialog bound to a background task: shows its progress, Cancel asks it to stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from .tasks import TaskHandle


class TaskProgressDialog(QProgressDialog):
    """Window-modal while the task runs; closes itself when the task finishes in any way."""

    def __init__(self, handle: TaskHandle, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, self.tr("Cancel"), 0, 0, parent)
        self.setObjectName("task_progress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._handle = handle
        handle.progress.connect(self._on_progress)
        handle.finished.connect(self.close)
        self.canceled.connect(self._on_cancel)

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.setMaximum(total)
        self.setValue(done)
        if label:
            self.setLabelText(label)

    def _on_cancel(self) -> None:
        self.setLabelText(self.tr("Stopping after the current step..."))
        self._handle.cancel()
