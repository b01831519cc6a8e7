"""Shared pieces of the workflow dialogs: a field validated as you type, warnings to acknowledge,
and a dialog base that calls the facade and shows its typed errors in words."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError

from ..messages import ErrorText
from ..warning_text import WarningText

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020; font-weight: bold;"


def error_label(name: str = "error") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class ValidatedField(QWidget):
    """A line edit whose text goes through `parse` on every keystroke; the message names the field,
    the unit and the accepted range (from the domain's InputError)."""

    validity_changed = Signal(bool)

    def __init__(self, parse: Callable[[str], Any], name: str, parent: QWidget | None = None,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self._parse = parse
        self._value: Any = None
        self._valid = False
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText(placeholder)
        self.message = error_label(f"{name}_error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._check)

    def _check(self, text: str) -> None:
        try:
            self._value = self._parse(text)
        except DomainError as exc:
            self._value = None
            self._valid = False
            # An empty field is not yet an error worth shouting about while typing.
            self.message.setText(ErrorText(self).describe(exc))
            self.message.setVisible(bool(text))
        else:
            self._valid = True
            self.message.hide()
        self.validity_changed.emit(self._valid)

    def text(self) -> str:
        return self.edit.text()

    def is_valid(self) -> bool:
        return self._valid

    def value(self) -> Any:
        return self._value


class AcknowledgementList(QWidget):
    """One checkbox per warning; the action stays disabled until every warning is ticked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.hide()

    def set_warnings(self, warnings: Iterable[Any]) -> None:
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        words = WarningText(self)
        for warning in warnings:
            code = warning_code(warning)
            box = QCheckBox(words.describe(code, warning_values(warning)))
            box.setObjectName(f"ack_{code}")
            box.setStyleSheet("QCheckBox { color: #8a4b00; font-weight: bold; }")
            box.toggled.connect(self.changed)
            self._layout.addWidget(box)
            self.boxes[code] = box
        self.setVisible(bool(self.boxes))
        self.changed.emit()

    def all_acknowledged(self) -> bool:
        return all(box.isChecked() for box in self.boxes.values())

    def acknowledged(self) -> frozenset[str]:
        return frozenset(code for code, box in self.boxes.items() if box.isChecked())


def warning_code(warning: Any) -> str:
    return str(warning["code"] if isinstance(warning, dict) else warning.code)


def warning_values(warning: Any) -> dict[str, Any]:
    values = warning.get("values", {}) if isinstance(warning, dict) else getattr(warning, "values", {})
    return dict(values or {})


class FacadeDialog(QDialog):
    """A dialog whose OK runs one facade call; typed errors are shown in words, not raised."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, exc: BaseException) -> None:
        self.error.setText(ErrorText(self).describe(exc))
        self.error.show()

    def run_call(self, call: Callable[[], Any]) -> bool:
        """Run the facade call; on a DomainError show it and return False (the dialog stays open)."""
        try:
            self.result_value = call()
        except DomainError as exc:
            # no typed text in the log
            log.info("%s refused: %s (field %s)", type(self).__name__, exc.code, exc.values.get("field"))
            self.handle_refusal(exc)
            return False
        self.error.hide()
        return True

    def handle_refusal(self, exc: DomainError) -> None:
        """Subclasses turn some refusals (warnings to acknowledge) into more form."""
        self.show_error(exc)
