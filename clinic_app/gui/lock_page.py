"""The lock screen shown instead of every patient view after the idle time or on request.

It shows no patient data at all. The same user unlocks with the password; another user may log
in instead (switch user), which ends the previous session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from clinic_app.domain.errors import DomainError

from .messages import ErrorText

if TYPE_CHECKING:
    from clinic_app.facade import Clinic

log = logging.getLogger(__name__)


class LockPage(QWidget):
    """Emits `unlocked(session)` once a user has proved who they are."""

    unlocked = Signal(object)

    def __init__(self, clinic_of: Callable[[], Clinic], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic_of = clinic_of  # the facade can be reopened (after a restore)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.username = QLineEdit()
        self.username.setObjectName("lock_username")
        self.password = QLineEdit()
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        box = QWidget()
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        hint = QLabel(self.tr("Patient data is hidden. Enter your password to continue, "
                              "or another user may log in."))
        hint.setWordWrap(True)
        inner.addWidget(hint)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def prepare(self, username: str) -> None:
        """Reset the page for a lock of `username`'s session."""
        self.title.setText(self.tr("Locked"))
        self.username.setText(username)
        self.password.clear()
        self.error.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        try:
            session = self._clinic_of().login(self.username.text().strip(), self.password.text())
        except DomainError as exc:
            log.info("unlock refused: %s", exc.code)  # never what was typed
            self.error.setText(ErrorText(self).describe(exc))
            self.password.clear()
            return
        self.password.clear()
        self.error.clear()
        self.unlocked.emit(session)
