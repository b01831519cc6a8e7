"""Change my password: the current one, then the new one twice (`clinic.change_password`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from clinic_app.domain.errors import DomainError

from .base import FacadeDialog


class ChangePasswordDialog(FacadeDialog):
    """For the signed-in user; `result_value` is the new session when accepted."""

    def __init__(self, clinic: Any, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._username = session.username
        self.setWindowTitle(self.tr("Change my password"))
        self.current = QLineEdit()
        self.new_password = QLineEdit()
        self.confirm = QLineEdit()
        for name in ("current", "new_password", "confirm"):
            edit = getattr(self, name)
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.ok_button.setText(self.tr("Change password"))
        form = QFormLayout()
        form.addRow(self.tr("User:"), QLabel(f"{session.full_name} ({session.username})"))
        form.addRow(self.tr("&Current password:"), self.current)
        form.addRow(self.tr("&New password:"), self.new_password)
        form.addRow(self.tr("&Repeat new password:"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:  # noqa: D102 - Qt override
        if self.new_password.text() != self.confirm.text():
            self.error.setText(self.tr("The two new passwords differ."))
            self.error.show()
            return
        if self.run_call(lambda: self._clinic.change_password(self._username, self.current.text(),
                                                              self.new_password.text())):
            super().accept()

    def handle_refusal(self, exc: DomainError) -> None:  # noqa: D102 - FacadeDialog hook
        self.show_error(exc)
        if exc.code == "authentication_failed":
            self.current.clear()
            self.current.setFocus()
