"""Tab widgets whose tab titles keep the accent of a capital ("Événements indésirables").

Qt's Fusion style draws an unselected tab two pixels lower than the selected one, inside a tab as
tall as the font's ordinary line: the accent above a capital É, À or Ç is cut off there, and
"Événements" reads "Evénements" until the tab is chosen. The tabs here are a few pixels taller.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


class AccentRoomTabBar(QTabBar):
    """A tab bar with room above each title for a capital's accent, at any text size."""

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt override
        size = super().tabSizeHint(index)
        return QSize(size.width(), size.height() + self.accent_room())

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt override
        size = super().minimumTabSizeHint(index)
        return QSize(size.width(), size.height() + self.accent_room())

    def accent_room(self) -> int:
        return max(4, self.fontMetrics().height() // 4)


def tab_widget(parent: QWidget | None = None) -> QTabWidget:
    """A QTabWidget with an AccentRoomTabBar."""
    tabs = QTabWidget(parent)
    tabs.setTabBar(AccentRoomTabBar(tabs))
    return tabs
