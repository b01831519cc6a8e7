"""Electronic signature: the signer re-enters the password; the meaning is shown before signing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .base import FacadeDialog


class SignatureDialog(FacadeDialog):
    """Shows who signs, with which role and what the signature means ("Prepared", "Verified",
    "Administered", "Approved"); `sign(password)` is the facade call that records it."""

    def __init__(self, session: Any, meaning: str, summary: str, sign: Callable[[str], Any],
                 parent: QWidget | None = None, banner: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign = sign
        self.setWindowTitle(self.tr("Sign: {meaning}").format(meaning=meaning))
        self.meaning = QLabel(self.tr("Meaning of this signature: {meaning}").format(meaning=meaning))
        self.meaning.setObjectName("meaning")
        self.meaning.setStyleSheet("font-size: 14pt; font-weight: bold;")
        what = QLabel(summary)
        what.setWordWrap(True)
        signer = QLabel(self.tr("Signed by {name} ({role})").format(name=session.full_name,
                                                                    role=session.role.value))
        self.password = QLineEdit()
        self.password.setObjectName("signature_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Re-enter your &password:"), self.password)
        self.ok_button.setText(self.tr("Sign"))
        self.meaning.setWordWrap(True)
        signer.setWordWrap(True)
        layout = QVBoxLayout(self)
        if banner is not None:  # the patient the signature is for, named at the top
            layout.addWidget(banner)
        layout.addWidget(self.meaning)
        layout.addWidget(what)
        layout.addWidget(signer)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def accept(self) -> None:  # noqa: D102 - Qt override
        password = self.password.text()
        self.password.clear()
        if self.run_call(lambda: self._sign(password)):
            super().accept()
