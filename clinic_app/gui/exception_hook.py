"""The last line of defence: an unexpected exception is logged with its traceback and shown.

A clinic user must never see a silent failure or a vanished window; the log keeps the traceback
for whoever supports the program.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def show_unexpected_error(exc: BaseException) -> None:
    """A modal dialog saying that something unexpected happened (details: the exception line)."""
    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ExceptionHook", "Unexpected error"))
    box.setText(QCoreApplication.translate(
        "ExceptionHook",
        "Something unexpected went wrong. Nothing was saved for the last action. "
        "The details are in the log file."))
    box.setDetailedText("".join(traceback.format_exception_only(type(exc), exc)))
    box.exec()


def install_exception_hook(show: Callable[[BaseException], None] = show_unexpected_error) -> Hook:
    """Replace sys.excepthook with one that logs and calls `show`; returns the previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        log.critical("unexpected exception", exc_info=(kind, exc, tb))
        show(exc)

    sys.excepthook = hook
    return previous
