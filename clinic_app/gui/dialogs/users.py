"""User accounts (administrator only): the list, adding a user, requesting a password reset and
deactivating an account.

The administrator never chooses anyone's password: `clinic.create_user` returns a one-time code,
shown once here and kept nowhere. A reset needs two people, so that an administrator can never
sign as the person (ROLE-1: no clinical signature for administrators):
`clinic.request_password_reset` returns only the FIRST half of the new code; an investigator
confirms the reset and is shown the second half; the person types both.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError
from clinic_app.domain.formatting import format_datetime
from clinic_app.domain.records import Role

from ..messages import ErrorText
from ..record_models import ROW_ROLE, RowTableModel
from ..tables import read_only_table
from .base import FacadeDialog, error_label

USER_COL_USERNAME = 0
USER_COL_NAME = 1
USER_COL_ROLE = 2
USER_COL_ACTIVE = 3
USER_COL_PASSWORD = 4
USER_COL_LOCKED = 5
USER_COL_RESET = 6


class UsersModel(RowTableModel):
    """Rows: the facade's `UserInfo`s, with the password reset each one waits for (ROLE-4)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Active"),
                self.tr("Password"), self.tr("Locked until"), self.tr("Password reset")]


    def cell(self, row: Any, column: int) -> str:
        if column == USER_COL_USERNAME:
            return str(row.username)
        if column == USER_COL_NAME:
            return str(row.full_name)
        if column == USER_COL_ROLE:
            return str(Role(row.role).value)
        if column == USER_COL_ACTIVE:
            return self.tr("yes") if row.active else self.tr("no")
        if column == USER_COL_PASSWORD:
            return self.tr("one-time code given, not yet used") if row.must_change_password else self.tr("own")
        if column == USER_COL_LOCKED:
            return format_datetime(row.locked_until) if row.locked_until is not None else ""
        pending = row.pending_reset
        if pending is None:
            return ""
        return self.tr("requested by {who} {when}: waits for an investigator").format(
            who=pending.requested_by, when=format_datetime(pending.requested_at.astimezone()))


class OneTimeCodeDialog(QDialog):
    """Shows a one-time code once, with what the administrator must tell the person."""

    def __init__(self, username: str, full_name: str, code: str, parent: QWidget | None = None, *,
                 first_half: bool = False, second_half: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("one_time_code_dialog")
        self.setWindowTitle(self.tr("One-time code for {username}").format(username=username))
        heading = QLabel((self.tr("FIRST HALF of the one-time code for {full_name} ({username}):") if first_half
                          else self.tr("SECOND HALF of the one-time code for {full_name} ({username}):")
                          if second_half else self.tr("One-time code for {full_name} ({username}):")).format(
            full_name=full_name, username=username))
        heading.setWordWrap(True)
        self.code = QLabel(code)
        self.code.setObjectName("one_time_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 2)
        mono.setWeight(QFont.Weight.Bold)
        self.code.setFont(mono)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setStyleSheet("border: 2px solid #1565c0; padding: 8px; background: white; color: black;")
        self.explanation = QLabel(self.tr(
            "Give this half to the person only. Nothing changes until an investigator (not the person) "
            "confirms the reset: they are shown the second half, and the person types both halves to choose "
            "a new password. Valid for 24 hours; shown only now and stored nowhere.") if first_half else self.tr(
            "Give this half to the person only. The reset is done: their old password and open sessions have "
            "ended. They type the administrator's half first, then this one, and choose a new password. Valid "
            "for 24 hours; shown only now and stored nowhere.") if second_half else self.tr(
            "Give this code to the person; they choose their own password at first sign-in. "
            "The code is valid for 24 hours. It is shown only now and is not stored anywhere: "
            "if it is lost, reset the password again."))
        self.explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have given the code"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.code)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def done(self, result: int) -> None:  # noqa: D102 - Qt override
        self.code.clear()  # the code lives no longer than the dialog that shows it
        super().done(result)


class AddUserDialog(FacadeDialog):
    """User name, full name and role; OK calls `clinic.create_user` (result_value: the code)."""

    def __init__(self, clinic: Any, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._session = session
        self.setWindowTitle(self.tr("Add a user"))
        self.username = QLineEdit()
        self.username.setObjectName("new_username")
        self.username.setPlaceholderText(self.tr("e.g. anna.berg"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("new_full_name")
        self.full_name.setPlaceholderText(self.tr("given name and family name"))
        self.role = QComboBox()
        self.role.setObjectName("new_role")
        for role in (Role.NURSE, Role.PHARMACIST, Role.INVESTIGATOR, Role.ADMINISTRATOR):
            self.role.addItem(role.value, role)
        self.ok_button.setText(self.tr("Create and show the one-time code"))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Role:"), self.role)
        note = QLabel(self.tr("You do not choose the password: the person chooses their own at first sign-in, "
                              "with the one-time code shown next."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def handle_refusal(self, exc: DomainError) -> None:  # noqa: D102 - FacadeDialog hook
        if exc.code == "duplicate_record":  # the only unique column of a new account is its user name
            self.error.setText(self.tr("User name: \"{username}\" is already taken; choose another.").format(
                username=self.username.text().strip().lower()))
            self.error.show()
            return
        self.show_error(exc)

    def accept(self) -> None:  # noqa: D102 - Qt override
        if self.run_call(lambda: self._clinic.create_user(
                self._session, username=self.username.text(), full_name=self.full_name.text(),
                role=self.role.currentData())):
            super().accept()


class UsersDialog(QDialog):
    """Every account, with Add user and Reset password; one-time codes are shown once."""

    def __init__(self, clinic: Any, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._session = session
        self.last_add_dialog: AddUserDialog | None = None
        self.last_code_dialog: OneTimeCodeDialog | None = None
        self.setObjectName("users_dialog")
        self.setWindowTitle(self.tr("Users"))
        self.model = UsersModel(self)
        self.table = read_only_table(self.model, "users_table", single_selection=True)
        self.error = error_label()
        self.add_button = QPushButton(self.tr("&Add user..."))
        self.add_button.setObjectName("add_user")
        self.add_button.clicked.connect(self.add_user)
        self.reset_button = QPushButton(self.tr("&Request a password reset..."))
        self.reset_button.setObjectName("reset_password")
        self.reset_button.clicked.connect(lambda: self.reset_selected())
        self.deactivate_button = QPushButton(self.tr("&Deactivate..."))
        self.deactivate_button.setObjectName("deactivate_user")
        self.deactivate_button.clicked.connect(lambda: self.deactivate_selected())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.reset_button)
        row.addWidget(self.deactivate_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.resize(1080, 420)
        self.reload()

    def _refuse(self, exc: DomainError) -> None:
        self.error.setText(ErrorText(self).describe(exc))
        self.error.show()

    def reload(self) -> None:
        try:
            users = self._clinic.users(self._session)
        except DomainError as exc:
            self.model.set_rows([])
            self._refuse(exc)
            return
        self.model.set_rows(users)

    def selected_user(self) -> Any:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_user(self, username: str) -> None:
        names = [u.username for u in self.model.rows()]
        if username in names:
            self.table.selectRow(names.index(username))

    def add_user(self) -> None:
        dialog = AddUserDialog(self._clinic, self._session, self)
        self.last_add_dialog = dialog
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()

    def _created(self, dialog: AddUserDialog) -> None:
        username = dialog.username.text().strip().lower()
        code = dialog.result_value
        dialog.result_value = None
        self.reload()
        self.select_user(username)
        self._show_code(username, dialog.full_name.text().strip(), code)

    def reset_selected(self, *, confirmed: bool = False) -> None:
        user = self.selected_user()
        if user is None:
            self.error.setText(self.tr("Select a user first."))
            self.error.show()
            return
        if not confirmed:
            answer = QMessageBox.question(self, self.tr("Request a password reset"), self.tr(
                "Request a new password for {full_name} ({username})? An investigator must confirm it; their "
                "current password works until then.").format(full_name=user.full_name, username=user.username))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            code = self._clinic.request_password_reset(self._session, user.username)
        except DomainError as exc:
            self._refuse(exc)
            return
        self.error.hide()
        self.reload()
        self.select_user(user.username)
        self._show_code(user.username, user.full_name, code, first_half=True)

    def deactivate_selected(self, reason: str | None = None) -> None:
        """Deactivate the selected account with a reason (asked for when not given)."""
        user = self.selected_user()
        if user is None:
            self.error.setText(self.tr("Select a user first."))
            self.error.show()
            return
        if reason is None:
            text, ok = QInputDialog.getText(self, self.tr("Deactivate"), self.tr(
                "Why is the account of {full_name} ({username}) deactivated?").format(
                full_name=user.full_name, username=user.username))
            if not ok:
                return
            reason = text
        try:
            self._clinic.deactivate_user(self._session, user.username, reason=reason)
        except DomainError as exc:
            self._refuse(exc)
            return
        self.error.hide()
        self.reload()
        self.select_user(user.username)

    def _show_code(self, username: str, full_name: str, code: str, *, first_half: bool = False) -> None:
        dialog = OneTimeCodeDialog(username, full_name, code, self, first_half=first_half)
        self.last_code_dialog = dialog
        dialog.open()
