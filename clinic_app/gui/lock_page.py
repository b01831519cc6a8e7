"""The lock screen shown instead of every patient view after the idle time or on request.

It shows no patient data at all. The same user unlocks with the password; another user may log
in instead (switch user), which ends the previous session. A user signing in for the first time
(or after a reset) types the one-time code, then chooses their own password here.
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
        self.new_password = QLineEdit()
        self.new_password.setObjectName("lock_new_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("lock_confirm_password")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.returnPressed.connect(self.try_unlock)
        self.error = QLabel()
        self.error.setObjectName("lock_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password or one-time code:"), self.password)
        form.addRow(self.tr("&New password:"), self.new_password)
        form.addRow(self.tr("&Repeat new password:"), self.confirm)
        self.form = form
        self._show_new_password(False)
        box = QWidget()
        box.setFixedWidth(self.fontMetrics().averageCharWidth() * 70)
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

    def _show_new_password(self, shown: bool) -> None:
        self.form.setRowVisible(self.new_password, shown)
        self.form.setRowVisible(self.confirm, shown)

    def prepare(self, username: str) -> None:
        """Reset the page for a lock of `username`'s session."""
        self.title.setText(self.tr("Locked"))
        self.username.setText(username)
        for edit in (self.password, self.new_password, self.confirm):
            edit.clear()
        self._show_new_password(False)
        self.error.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        username = self.username.text().strip()
        try:
            if self.new_password.isVisibleTo(self):
                if self.new_password.text() != self.confirm.text():
                    self.error.setText(self.tr("The two new passwords differ."))
                    return
                session = self._clinic_of().change_password(username, self.password.text(), self.new_password.text())
            else:
                session = self._clinic_of().login(username, self.password.text())
        except DomainError as exc:
            log.info("unlock refused: %s", exc.code)  # never what was typed
            self.error.setText(ErrorText(self).describe(exc))
            if exc.code == "password_change_required":  # the one-time code was right: choose a password
                self._show_new_password(True)
                self.new_password.setFocus()
            else:
                for edit in (self.new_password, self.confirm):
                    edit.clear()
                if not self.new_password.isVisibleTo(self):
                    self.password.clear()
            return
        for edit in (self.password, self.new_password, self.confirm):
            edit.clear()
        self._show_new_password(False)
        self.error.clear()
        self.unlocked.emit(session)
