"""Logging in, and creating the first administrator on an empty database."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError
from clinic_app.facade.demo import ADMIN as DEMO_ADMIN
from clinic_app.facade.demo import DEMO_PASSWORD
from clinic_app.facade.demo import STAFF as DEMO_STAFF

from .dialogs.base import FitsContents
from .messages import ErrorText

if TYPE_CHECKING:
    from clinic_app.facade import Clinic, Session

log = logging.getLogger(__name__)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.hide()
    return label


def demo_sign_in_hint(parent: QWidget) -> QLabel:
    """Who can sign in to the fictional demo clinic (its passwords are public training data)."""
    label = QLabel(QCoreApplication.translate(
        "LoginDialog", "Fictional demo clinic: sign in as {users} with the password {password}.").format(
        users=", ".join(p.username for p in (*DEMO_STAFF, DEMO_ADMIN)), password=DEMO_PASSWORD))
    label.setObjectName("demo_hint")
    label.setWordWrap(True)
    label.setStyleSheet("background: #ffd54f; color: black; padding: 4px;")
    return label


class LoginDialog(FitsContents, QDialog):
    """User name and password, checked by `clinic.login`; `session` is set when accepted.

    A first sign-in with a one-time code (or after a reset) asks for a new password on the spot
    and sets it with `clinic.change_password`.
    """

    def __init__(self, clinic: Clinic, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self._clinic = clinic
        self.session: Session | None = None
        self.setWindowTitle(self.tr("Log in - {site}").format(site=clinic.site_name))
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("new_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm_password")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        self.form = QFormLayout()
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Password or one-time code:"), self.password)
        self.form.addRow(self.tr("&New password:"), self.new_password)
        self.form.addRow(self.tr("&Repeat new password:"), self.confirm)
        self._show_new_password(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if clinic.has_demo_data:
            layout.addWidget(demo_sign_in_hint(self))
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.init_fit()
        (self.password if username else self.username).setFocus()

    def _show_new_password(self, shown: bool) -> None:
        self.form.setRowVisible(self.new_password, shown)
        self.form.setRowVisible(self.confirm, shown)

    def _fail(self, exc: DomainError) -> None:
        log.info("login refused: %s", exc.code)  # never what was typed (a password in the name field)
        self.error.setText(ErrorText(self).describe(exc))
        self.error.show()

    def accept(self) -> None:  # noqa: D102 - Qt override
        username = self.username.text().strip()
        if self.new_password.isVisible():
            if self.new_password.text() != self.confirm.text():
                self.error.setText(self.tr("The two new passwords differ."))
                self.error.show()
                return
            try:
                self.session = self._clinic.change_password(username, self.password.text(),
                                                            self.new_password.text())
            except DomainError as exc:
                self._fail(exc)
                return
            super().accept()
            return
        try:
            self.session = self._clinic.login(username, self.password.text())
        except DomainError as exc:
            self._fail(exc)
            if exc.code == "password_change_required":
                self._show_new_password(True)
                self.new_password.setFocus()
            else:
                self.password.clear()
                self.password.setFocus()
            return
        super().accept()


class FirstRunDialog(FitsContents, QDialog):
    """First start on an empty database: the site name and the first administrator, or (offered
    as the other way out) the fictional demo clinic: then `demo_chosen` is True, no session is made
    and the real database stays empty; the caller opens the demo clinic as `--demo` does."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self.session: Session | None = None
        self.demo_chosen = False
        self.setWindowTitle(self.tr("First start: set up this clinic"))
        intro = QLabel(self.tr("The database is empty. Name the site and create the first administrator "
                               "(users and backups only; clinical users are created afterwards)."))
        intro.setWordWrap(True)
        self.site_name = QLineEdit()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        for name in ("site_name", "username", "full_name", "password", "confirm"):
            getattr(self, name).setObjectName(name)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Site name:"), self.site_name)
        form.addRow(self.tr("Administrator &user name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the clinic"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        layout.addWidget(self._demo_offer())
        self.init_fit()

    def _demo_offer(self) -> QGroupBox:
        box = QGroupBox(self.tr("Or look around first"))
        text = QLabel(self.tr(
            "Open the fictional demo clinic instead: fictional patients for training; a DEMO banner is shown on "
            "every screen and sheet; your real clinic database stays empty (set it up at the next start)."))
        text.setObjectName("demo_offer")
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the fictional &demo clinic"))
        self.demo_button.setObjectName("open_demo")
        self.demo_button.clicked.connect(self.choose_demo)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addWidget(self.demo_button)
        return box

    def choose_demo(self) -> None:
        """Leave the real database untouched and ask for the demo clinic."""
        self.demo_chosen = True
        self.session = None
        super().accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:  # noqa: D102 - Qt override
        if self.password.text() != self.confirm.text():
            self._fail(self.tr("The two passwords differ."))
            return
        try:
            self.session = self._clinic.first_run(
                site_name=self.site_name.text().strip(), username=self.username.text().strip(),
                full_name=self.full_name.text().strip(), password=self.password.text())
        except DomainError as exc:
            self._fail(ErrorText(self).describe(exc))
            return
        super().accept()
