"""The second person of a password reset (ROLE-4): an investigator who is neither the person nor the
administrator who asked picks a pending reset, re-enters their own password and is shown the
SECOND half of the one-time code, once. The facade refuses anyone else and says why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from clinic_app.domain.errors import DomainError
from clinic_app.domain.formatting import format_datetime

from ..record_models import ROW_ROLE, RowTableModel
from ..tables import read_only_table
from .base import FacadeDialog
from .users import OneTimeCodeDialog

RESET_COL_USERNAME = 0
RESET_COL_NAME = 1
RESET_COL_ROLE = 2
RESET_COL_BY = 3
RESET_COL_AT = 4
RESET_COL_EXPIRES = 5


class PendingResetsModel(RowTableModel):
    """Rows: the facade's `PendingReset`s."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Asked by"),
                self.tr("Asked at"), self.tr("Expires")]

    def row_key(self, row: Any) -> Any:  # noqa: D102 - one pending reset per account
        return row.username

    def cell(self, row: Any, column: int) -> str:
        if column == RESET_COL_USERNAME:
            return str(row.username)
        if column == RESET_COL_NAME:
            return str(row.full_name)
        if column == RESET_COL_ROLE:
            return str(row.role.value)
        if column == RESET_COL_BY:
            return str(row.requested_by)
        moment = row.requested_at if column == RESET_COL_AT else row.expires_at
        return format_datetime(moment.astimezone())


class ConfirmResetDialog(FacadeDialog):
    """Pick a pending reset, re-enter your password, confirm; the second half is shown once after."""

    def __init__(self, clinic: Any, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session = clinic, session
        self.code_dialog: OneTimeCodeDialog | None = None
        self.setObjectName("confirm_reset_dialog")
        self.setWindowTitle(self.tr("Confirm a password reset"))
        explanation = QLabel(self.tr(
            "An administrator asked for these resets and was shown the first half of each one-time code. "
            "Confirm only a reset you have checked with the person (not your own, not one you asked for): "
            "it takes effect at once, the person's open sessions end, and you are shown the second half, "
            "once, to give to the person only. The audit trail names you both."))
        explanation.setWordWrap(True)
        self.model = PendingResetsModel(self)
        self.table = read_only_table(self.model, "pending_resets", single_selection=True)
        self.empty = QLabel(self.tr("No password reset waits for confirmation."))
        self.empty.setObjectName("no_pending_reset")
        self.password = QLineEdit()
        self.password.setObjectName("signature_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        meaning = QLabel(self.tr("Meaning of this signature: Approved (password reset) - signed by {name} "
                                 "({role})").format(name=session.full_name, role=session.role.value))
        meaning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Re-enter your &password:"), self.password)
        self.ok_button.setText(self.tr("Confirm and show the second half"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(meaning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        try:
            pending = self._clinic.pending_password_resets(self._session)
        except DomainError as exc:
            pending = []
            self.show_error(exc)
        self.model.set_rows(pending)
        self.empty.setVisible(not pending)

    def select_user(self, username: str) -> None:
        names = [p.username for p in self.model.rows()]
        if username in names:
            self.table.selectRow(names.index(username))

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def accept(self) -> None:  # noqa: D102 - Qt override
        password = self.password.text()
        self.password.clear()
        pending = self.selected()
        if pending is None:
            self.error.setText(self.tr("Select the reset to confirm first."))
            self.error.show()
            return
        if self.run_call(lambda: self._clinic.confirm_password_reset(self._session, pending.username,
                                                                     password=password)):
            half, self.result_value = self.result_value, None  # the code lives only in the dialog that shows it
            self.code_dialog = OneTimeCodeDialog(pending.username, pending.full_name, half, self.parentWidget(),
                                                 second_half=True)
            self.code_dialog.open()
            super().accept()
