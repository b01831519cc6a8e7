"""Application-wide appearance: high-DPI policy and the larger-text setting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from .settings import WindowSettings


def set_high_dpi_policy() -> None:
    """Fractional scale factors (125 %, 150 %) are used as they are, not rounded; call before QApplication."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


class FontScaler:
    """Remembers the platform's base font so the larger-text setting can be switched on and off."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._base = QFont(app.font())

    def apply(self, settings: WindowSettings) -> None:
        font = QFont(self._base)
        if settings.larger_text:
            font.setPointSizeF(self._base.pointSizeF() * settings.font_scale)
        self._app.setFont(font)
