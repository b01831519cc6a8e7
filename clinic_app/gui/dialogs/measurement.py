"""Record height and weight, and pre-treatment labs; both validate as you type with the domain parsers."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from clinic_app.domain import numbers
from clinic_app.domain.errors import DomainError

from .base import AcknowledgementList, FacadeDialog, ValidatedField
from .widgets import date_edit, date_of


class MeasurementDialog(FacadeDialog):
    """Height (cm) and weight (kg) for one patient; implausible values must be acknowledged one by one."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        protocol = clinic.protocol
        self.setWindowTitle(self.tr("Record height and weight - {code}").format(code=subject_code))
        self.height_field = ValidatedField(partial(numbers.parse_height_cm, protocol), "height_cm",
                                     placeholder=self.tr("cm, e.g. 170"))
        self.weight_field = ValidatedField(partial(numbers.parse_weight_kg, protocol), "weight_kg",
                                     placeholder=self.tr("kg, e.g. 70.5"))
        self.measured_on = date_edit(today, "measured_on", maximum=today)
        self.acknowledgements = AcknowledgementList()
        form = QFormLayout()
        form.addRow(self.tr("&Height (cm):"), self.height_field)
        form.addRow(self.tr("&Weight (kg):"), self.weight_field)
        form.addRow(self.tr("&Measured on:"), self.measured_on)
        layout = QVBoxLayout(self)
        layout.addWidget(self.patient_banner(clinic, session, subject_code))
        layout.addWidget(QLabel(self.tr("Metric only: height in cm, weight in kg (actual body weight).")))
        layout.addLayout(form)
        layout.addWidget(self.acknowledgements)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for signal in (self.height_field.validity_changed, self.weight_field.validity_changed,
                       self.acknowledgements.changed):
            signal.connect(self._update_ok)
        # Changing a value invalidates earlier acknowledgements: the warnings were about the old numbers.
        self.height_field.edit.textEdited.connect(lambda _t: self.acknowledgements.set_warnings([]))
        self.weight_field.edit.textEdited.connect(lambda _t: self.acknowledgements.set_warnings([]))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.height_field.is_valid() and self.weight_field.is_valid()
                                  and self.acknowledgements.all_acknowledged())

    def handle_refusal(self, exc: DomainError) -> None:
        if exc.code == "acknowledgement_required":
            self.acknowledgements.set_warnings(exc.values.get("warnings", []))
            self.error.setText(self.tr("Tick each warning after checking it, then press OK again."))
            self.error.show()
            return
        self.show_error(exc)

    def accept(self) -> None:  # noqa: D102 - Qt override
        if self.run_call(lambda: self._clinic.record_measurement(
                self._session, self._code, height_cm=self.height_field.text(), weight_kg=self.weight_field.text(),
                measured_on=date_of(self.measured_on), acknowledged=self.acknowledgements.acknowledged())):
            super().accept()


class LabsDialog(FacadeDialog):
    """ANC and platelets in × 10⁹/L with the date drawn."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        protocol = clinic.protocol
        self.setWindowTitle(self.tr("Record labs - {code}").format(code=subject_code))
        self.anc = ValidatedField(partial(numbers.parse_anc, protocol), "anc", placeholder=self.tr("× 10⁹/L, e.g. 1.8"))
        self.platelets = ValidatedField(partial(numbers.parse_platelets, protocol), "platelets",
                                        placeholder=self.tr("× 10⁹/L, e.g. 210"))
        self.drawn_on = date_edit(today, "drawn_on", maximum=today)
        form = QFormLayout()
        form.addRow(self.tr("&ANC (× 10⁹/L):"), self.anc)
        form.addRow(self.tr("&Platelets (× 10⁹/L):"), self.platelets)
        form.addRow(self.tr("&Drawn on:"), self.drawn_on)
        layout = QVBoxLayout(self)
        layout.addWidget(self.patient_banner(clinic, session, subject_code))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for field in (self.anc, self.platelets):
            field.validity_changed.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.anc.is_valid() and self.platelets.is_valid())

    def accept(self) -> None:  # noqa: D102 - Qt override
        if self.run_call(lambda: self._clinic.record_labs(
                self._session, self._code, anc=self.anc.text(), platelets=self.platelets.text(),
                drawn_on=date_of(self.drawn_on))):
            super().accept()
