"""Calculate a paclitaxel dose and take it through preparation and verification.

The arithmetic is the domain's: each `CalculationStep` (expression = result unit) is shown as the
pharmacist would check it with a pocket calculator. Warnings must each be ticked (when
calculating, and again by whoever prepares or verifies); preparing and verifying are signatures
recorded by the facade, which refuses a verification by the preparer (the dialog shows why). An
existing record of the slot is shown when the dialog opens, so the second pharmacist verifies the
very record the first one prepared.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError
from clinic_app.domain.formatting import format_date, format_datetime, format_exact, format_mg, format_ml, plain_number
from clinic_app.domain.permissions import Action

from .base import AcknowledgementList, FacadeDialog
from .signature import SignatureDialog


def step_words(widget: QWidget, code: str) -> str:
    words = {
        "bsa_exact": widget.tr("BSA"),
        "bsa_rounded": widget.tr("BSA rounded (used)"),
        "bsa_capped": widget.tr("BSA capped"),
        "dose_exact": widget.tr("Dose"),
        "dose_rounded": widget.tr("Dose rounded"),
        "volume": widget.tr("Volume to draw"),
        "final_concentration": widget.tr("Final concentration"),
    }
    return words.get(code, code.replace("_", " "))


def steps_table(steps: list[Any], parent: QWidget | None = None) -> QTableWidget:
    """The calculation written out: step, expression, result, unit; one row per step."""
    table = QTableWidget(len(steps), 4, parent)
    table.setObjectName("steps")
    table.setHorizontalHeaderLabels([table.tr("Step"), table.tr("Calculation"), table.tr("Result"), table.tr("Unit")])
    for row, step in enumerate(steps):
        texts = (step_words(table, step.code), step.expression, format_exact(step.result), step.unit)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)
    table.verticalHeader().hide()
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return table


class DoseDialog(FacadeDialog):
    """Calculation, preparation plan, warnings, then Prepare / Verify signatures."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, cycle: int, day: int,
                 parent: QWidget | None = None, patient_text: str = "") -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        self._cycle, self._day = cycle, day
        self.record: Any = None
        self.setWindowTitle(self.tr("Dose - {code} C{cycle}D{day}").format(code=subject_code, cycle=cycle, day=day))
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.headline.setWordWrap(True)
        self.patient = QLabel(patient_text or subject_code)
        self.patient.setObjectName("dose_patient")
        self.patient.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.status = QLabel()
        self.status.setObjectName("dose_status")
        self.status.setWordWrap(True)
        self.labs = QLabel()
        self.labs.setObjectName("lab_check")
        self.labs.setWordWrap(True)
        self.calc_box = QGroupBox(self.tr("Calculation (half-up rounding)"))
        self.calc_layout = QVBoxLayout(self.calc_box)
        self.prep_box = QGroupBox(self.tr("Preparation"))
        self.prep_layout = QVBoxLayout(self.prep_box)
        self.acknowledgements = AcknowledgementList()
        self.acknowledgements.changed.connect(self._update_buttons)

        self.calculate_button = QPushButton(self.tr("&Calculate"))
        self.calculate_button.setObjectName("calculate")
        self.prepare_button = QPushButton(self.tr("&Prepared... (sign)"))
        self.prepare_button.setObjectName("prepare")
        self.verify_button = QPushButton(self.tr("&Verified... (sign)"))
        self.verify_button.setObjectName("verify")
        self.calculate_button.clicked.connect(self.calculate)
        self.prepare_button.clicked.connect(self.prepare)
        self.verify_button.clicked.connect(self.verify)
        self.buttons.clear()
        self.buttons.addButton(self.calculate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.prepare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.patient)
        layout.addWidget(self.headline)
        layout.addWidget(self.status)
        layout.addWidget(self.labs)
        layout.addWidget(self.calc_box)
        layout.addWidget(self.prep_box)
        layout.addStretch(1)
        layout.addWidget(self.acknowledgements)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(980, 700)
        self._update_buttons()
        self._show_existing()

    def _show_existing(self) -> None:
        drug = self._clinic.protocol.bsa_drug.key
        try:
            records = [r for r in self._clinic.dose_records(self._session, self._code)
                       if (r.drug, r.cycle, r.day) == (drug, self._cycle, self._day)]
        except DomainError as exc:
            self.show_error(exc)
            return
        if records:
            self.show_record(records[-1])
        else:
            self.headline.setText(self.tr("No dose calculated yet for C{cycle}D{day}: press Calculate.").format(
                cycle=self._cycle, day=self._day))

    # --- facade calls ----------------------------------------------------------------------
    def calculate(self) -> None:
        if self.run_call(lambda: self._clinic.calculate_dose(
                self._session, self._code, cycle=self._cycle, day=self._day,
                acknowledged=self.acknowledgements.acknowledged())):
            self.show_record(self.result_value, calculated_here=True)

    def handle_refusal(self, exc: DomainError) -> None:
        if exc.code == "acknowledgement_required":
            self.acknowledgements.set_warnings(exc.values.get("warnings", []))
            self.error.setText(self.tr("Tick each warning after checking it, then press Calculate again."))
            self.error.show()
            return
        self.show_error(exc)

    def _sign(self, meaning: str, call: Any) -> None:
        record = self.record
        summary = self.tr("{drug} {dose} for {code}, C{cycle}D{day} ({date})").format(
            drug=record.dose.display_name, dose=format_mg(record.dose.dose_mg), code=self._code,
            cycle=record.cycle, day=record.day, date=format_date(record.dose_date))
        dialog = SignatureDialog(self._session, meaning, summary,
                                 lambda password: call(self._session, record.id, password=password), self)
        self.signature_dialog = dialog
        if dialog.exec():
            self.show_record(dialog.result_value)

    def prepare(self) -> None:
        self._sign(self.tr("Prepared"), self._clinic.prepare)

    def verify(self) -> None:
        self._sign(self.tr("Verified"), self._clinic.verify)

    # --- display ---------------------------------------------------------------------------
    def show_record(self, record: Any, calculated_here: bool = False) -> None:
        previous = self.record
        self.record = record
        dose = record.dose
        self.headline.setText(self.tr("C{cycle}D{day}: {drug} {dose} ({per_m2} mg/m² × {bsa} m²) IV").format(
            cycle=record.cycle, day=record.day, drug=dose.display_name, dose=format_mg(dose.dose_mg),
            per_m2=plain_number(dose.dose_per_m2_mg), bsa=plain_number(dose.bsa_m2)))
        self.status.setText(self._status_text(record))
        self._replace(self.calc_layout, steps_table(list(dose.steps)))
        prep = record.preparation
        self._replace(self.prep_layout, QLabel(self._preparation_text(prep)))
        if prep is not None and prep.steps:
            self.prep_layout.addWidget(steps_table(list(prep.steps)))
        self.labs.setText(self._labs_text(record.lab_check))
        held = str(record.lab_check.verdict) != "ok"
        self.labs.setStyleSheet("color: #b00020; font-weight: bold;" if held else "")
        # Whoever takes the record further ticks its warnings again; ticks given while calculating
        # here (or for this same record) stay.
        if not calculated_here and (previous is None or previous.id != record.id):
            self.acknowledgements.set_warnings(list(record.warnings))
        self._update_buttons()

    def _status_text(self, record: Any) -> str:
        words = {"calculated": self.tr("calculated"), "prepared": self.tr("prepared"),
                 "verified": self.tr("verified")}
        parts = [self.tr("Dose day {date} - status: {status}").format(
            date=format_date(record.dose_date), status=words.get(str(record.status), str(record.status))),
            self.tr("calculated by {who}").format(who=record.calculated_by)]
        for signature in record.signatures:
            parts.append(self.tr("{meaning} by {name} ({role}), {when}").format(
                meaning=signature.meaning.value, name=signature.printed_name, role=signature.role.value,
                when=format_datetime(signature.signed_at)))
        return "; ".join(parts)

    def _labs_text(self, check: Any) -> str:
        if check.lab is None:
            found = self.tr("no labs recorded within the protocol's time limit")
        else:
            found = self.tr("ANC {anc} x10^9/L, platelets {plt} x10^9/L drawn {date}").format(
                anc=plain_number(check.lab.anc_10e9_per_l), plt=plain_number(check.lab.platelets_10e9_per_l),
                date=format_date(check.lab.drawn_on))
        if str(check.verdict) == "ok":
            return self.tr("Labs: within the thresholds ({found}).").format(found=found)
        problems = ", ".join(p.code.replace("_", " ") for p in check.problems)
        return self.tr("Labs: HOLD - {problems} ({found}).").format(problems=problems, found=found)

    def _preparation_text(self, prep: Any) -> str:
        if prep is None:
            return self.tr("No preparation plan.")
        vials = ", ".join(f"{v.count} × {plain_number(v.strength_mg)} mg/{plain_number(v.volume_ml)} mL"
                          for v in prep.vial_plan.vials)
        lines = [
            self.tr("Draw {volume} of {conc} mg/mL concentrate; vials: {vials}").format(
                volume=format_ml(prep.volume_ml), conc=plain_number(prep.concentrate_mg_per_ml), vials=vials),
        ]
        if prep.bag_ml is not None and prep.final_concentration_mg_per_ml is not None:
            lines.append(self.tr(
                "Bag {bag} mL; final concentration {final} mg/mL (range {low} to {high} mg/mL)").format(
                bag=prep.bag_ml, final=plain_number(prep.final_concentration_mg_per_ml),
                low=plain_number(prep.concentration_range_mg_per_ml[0]),
                high=plain_number(prep.concentration_range_mg_per_ml[1])))
        if prep.expires_at is not None:
            lines.append(self.tr("Prepared dose expires {when}").format(when=format_datetime(prep.expires_at)))
        for flag in prep.flags:
            lines.append(self.tr("Flag: {flag}").format(flag=flag.replace("_", " ")))
        return "\n".join(lines)

    @staticmethod
    def _replace(layout: QVBoxLayout, widget: QWidget) -> None:
        while layout.count():
            item = layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        layout.addWidget(widget)

    def _update_buttons(self) -> None:
        clinic, session, record = self._clinic, self._session, self.record
        acknowledged = self.acknowledgements.all_acknowledged()
        status = getattr(record, "status", None)
        self.calculate_button.setEnabled(clinic.can(session, Action.CALCULATE_DOSE) and status in (None, "calculated"))
        self.prepare_button.setEnabled(record is not None and acknowledged and status == "calculated"
                                       and clinic.can(session, Action.PREPARE))
        self.verify_button.setEnabled(record is not None and acknowledged and status == "prepared"
                                      and clinic.can(session, Action.VERIFY))
