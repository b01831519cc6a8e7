"""A progress window while the fictional demo clinic is built (it replays months of clinic days)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog


class DemoProgress(QObject):
    """`report(done, total)` moves the bar and keeps the window painted; no cancel (a half demo is
    never kept anyway)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(self.tr("Building the fictional demo clinic (a few seconds)..."), "", 0, 100)
        self.dialog.setObjectName("demo_progress")
        self.dialog.setWindowTitle(self.tr("Demo clinic"))
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(420)
        self.dialog.setValue(0)
        self.dialog.show()
        QCoreApplication.processEvents()

    def report(self, done: int, total: int) -> None:
        self.dialog.setValue(int(100 * done / max(total, 1)))
        QCoreApplication.processEvents()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()
