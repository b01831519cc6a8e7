"""Words and colours for the due statuses the facade reports; colour is never the only signal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

OVERDUE = "overdue"
DUE_TODAY = "due_today"
UPCOMING = "upcoming"
DECISION_REQUIRED = "decision_required"

# Background colours chosen to keep black text readable (contrast > 7:1).
_BACKGROUNDS = {
    OVERDUE: QColor("#f8c9c4"),
    DUE_TODAY: QColor("#fde7a9"),
    UPCOMING: QColor("#d9ead3"),
    DECISION_REQUIRED: QColor("#e3d3f2"),
}


def status_words(status: str) -> str:
    """The status in words ("Overdue", "Due today", ...); unknown statuses are shown as given."""
    words = {
        OVERDUE: QCoreApplication.translate("Status", "Overdue"),
        DUE_TODAY: QCoreApplication.translate("Status", "Due today"),
        UPCOMING: QCoreApplication.translate("Status", "Upcoming"),
        DECISION_REQUIRED: QCoreApplication.translate("Status", "Decision required"),
    }
    return words.get(status, status.replace("_", " "))


def status_background(status: str) -> QColor | None:
    return _BACKGROUNDS.get(status)
