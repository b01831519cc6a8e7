"""Shared pieces of the workflow dialogs: a field validated as you type, warnings to acknowledge,
and a dialog base that calls the facade and shows its typed errors in words."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError
from clinic_app.domain.formatting import format_birth_date

from ..messages import ErrorText
from ..warning_text import WarningText

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020; font-weight: bold;"
MIN_WIDTH_CHARS = 80  # wide enough for a range or a refusal to wrap onto two or three lines, not ten


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


class PatientBanner(QFrame):
    """Who the dialog records or signs for, at its top: name, date of birth, subject code and
    hospital number (two identifiers at least, CLINICAL.md section 9). Words wrap; nothing is elided."""

    def __init__(self, summary: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patient_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#patient_banner { background: #e8f0fe; border: 1px solid #1565c0; }"
                           "#patient_banner QLabel { color: black; }")
        self._summary = summary
        identity = summary.identity
        self.name = QLabel(identity.full_name if identity is not None else self.tr("(no name recorded)"))
        self.name.setObjectName("banner_name")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.details = QLabel(self._details_text())
        self.details.setObjectName("banner_details")
        self.details.setWordWrap(True)
        for label in (self.name, self.details):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.name)
        layout.addWidget(self.details)

    def _details_text(self) -> str:
        patient, identity = self._summary.patient, self._summary.identity
        return self.tr("born {dob} · {code} · hospital number {number}").format(
            dob=format_birth_date(patient.date_of_birth), code=patient.subject_code,
            number=identity.hospital_number if identity is not None else "-")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """View > Language: the date of birth and the words around it in the new language."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.details.setText(self._details_text())
            if self._summary.identity is None:
                self.name.setText(self.tr("(no name recorded)"))

    def text(self) -> str:
        """Both lines, for logs and tests."""
        return f"{self.name.text()} - {self.details.text()}"


class FitsContents:
    """For a QDialog: it shows whatever its labels say (an error, a range, a refusal, rows that
    appear) at any text size. At least MIN_WIDTH_CHARS average characters wide and, whenever
    anything inside it changes size or appears, grown to the height its contents need at its width
    (never shrunk). Qt does not grow a window for a word-wrapped label on its own."""

    def init_fit(self: Any) -> None:
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_WIDTH_CHARS)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_contents)

    def showEvent(self: Any, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[misc]
        for child in self.findChildren(QWidget):  # a label changing deep inside asks for a new fit
            child.installEventFilter(self)
        self._fit_timer.start()

    def eventFilter(self: Any, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _RESIZING_EVENTS:
            self._fit_timer.start()
        return bool(super().eventFilter(watched, event))  # type: ignore[misc]

    def fit_contents(self: Any) -> None:
        """Grow (never shrink) so every label is shown whole at the current width."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height() or width > self.width():
            self.resize(width, max(needed, self.height()))


_RESIZING_EVENTS = frozenset({QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.Hide})


class FacadeDialog(FitsContents, QDialog):
    """A dialog whose OK runs one facade call; typed errors are shown in words, not raised."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self.banner: PatientBanner | None = None
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.init_fit()

    def patient_banner(self, clinic: Any, session: Any, subject_code: str) -> QWidget:
        """The banner naming the patient (a plain label with the code if the patient cannot be read)."""
        try:
            self.banner = PatientBanner(clinic.patient_summary(session, subject_code), self)
        except DomainError as exc:
            log.warning("no banner for %s: %s", subject_code, exc.code)
            return QLabel(subject_code)
        return self.banner

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """View > Language while the dialog is open: its plain words are swapped by gui.language;
        the texts it wrote with values are written again by `retranslate`."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Write again, in the window's language now, the texts built with values (dates, figures,
        names); what a person typed or ticked stays. Nothing to do in a dialog without such texts."""

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
