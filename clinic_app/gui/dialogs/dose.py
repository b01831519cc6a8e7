"""Calculate a paclitaxel dose and take it through preparation and verification.

The arithmetic is the domain's: each `CalculationStep` is shown as the pharmacist would check it
with a pocket calculator. Warnings must each be ticked (when calculating, and again by whoever
prepares or verifies); preparing and verifying are signatures recorded by the facade, which refuses
a verification by the preparer (the dialog shows why). An existing record of the slot is shown when
the dialog opens, so the second pharmacist verifies the very record the first one prepared.

Verification is an independent double check (ISMP): a pharmacist who may verify a prepared dose
they did not prepare first sees only what the dose is calculated from, types their own BSA and
dose, and only after the comparison (domain.double_check) sees the record's arithmetic and dose.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.double_check import IndependentCheck, independent_check, parse_typed_bsa, parse_typed_dose
from clinic_app.domain.errors import DomainError
from clinic_app.domain.formatting import (
    format_bsa_formula,
    format_date,
    format_datetime,
    format_m2,
    format_mg,
    format_mg_per_m2,
    format_ml,
    plain_number,
)
from clinic_app.domain.gate_model import GateAction
from clinic_app.domain.permissions import Action
from clinic_app.wording.values import word

from ..messages import translate
from ..warning_text import WarningText
from .base import AcknowledgementList, FacadeDialog, ValidatedField
from .calculation_table import steps_table
from .gate_steps import GateSteps
from .signature import SignatureDialog


class DoseDialog(FacadeDialog):
    """Calculation, preparation plan, warnings, then Prepare / Verify signatures."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, cycle: int, day: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code = clinic, session, subject_code
        self._cycle, self._day = cycle, day
        self.slot = (subject_code, cycle, day)  # whose dose, which cycle and day
        self.record: Any = None
        self.check: IndependentCheck | None = None  # the verifier's comparison, once made
        self.setWindowTitle(self._title())
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.headline.setWordWrap(True)
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
        self.blind_box = self._independent_check_box()

        self.calculate_button = QPushButton(self.tr("&Calculate"))
        self.calculate_button.setObjectName("calculate")
        self.prepare_button = QPushButton(self.tr("&Prepared... (sign)"))
        self.prepare_button.setObjectName("prepare")
        self.verify_button = QPushButton(self.tr("&Verified... (sign)"))
        self.verify_button.setObjectName("verify")
        self.calculate_button.clicked.connect(self.calculate)
        self.prepare_button.clicked.connect(self.prepare)
        self.verify_button.clicked.connect(self.verify)
        # Each step beside what the dose gate says of it; the verdicts are asked when the record changes.
        self.steps = GateSteps(self.tr("What each step needs (the program asks the dose rules)"), clinic.protocol)
        self.calculate_reason = self.steps.add(self.calculate_button)
        self.prepare_reason = self.steps.add(self.prepare_button)
        self.verify_reason = self.steps.add(self.verify_button)
        self.verdicts: dict[GateAction, Any] = {}
        self.buttons.clear()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.patient_banner(clinic, session, subject_code))
        layout.addWidget(self.headline)
        layout.addWidget(self.status)
        layout.addWidget(self.labs)
        layout.addWidget(self.blind_box)
        layout.addWidget(self.calc_box)
        layout.addWidget(self.prep_box)
        layout.addStretch(1)
        layout.addWidget(self.acknowledgements)
        layout.addWidget(self.steps)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(980, 700)
        self._show_existing()

    def _title(self) -> str:
        return self.tr("Dose - {code} C{cycle}D{day}").format(code=self._code, cycle=self._cycle, day=self._day)

    def retranslate(self) -> None:
        """The title, headline, status, labs, arithmetic, preparation, comparison and each step's
        verdict in the new language; the typed BSA and dose, the ticks and the comparison stay."""
        self.setWindowTitle(self._title())
        if self.record is None:
            self.headline.setText(self._nothing_yet_text())
        else:
            self._show_texts(self.record)
            if self.check is not None:
                self._show_comparison(self.check)
        self._update_buttons()

    # --- the verifier's own numbers --------------------------------------------------------
    def _independent_check_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Independent double check: work the dose out yourself first"))
        box.setObjectName("independent_check")
        self.blind_inputs = QLabel()
        self.blind_inputs.setObjectName("blind_inputs")
        self.blind_inputs.setWordWrap(True)
        self.own_bsa = ValidatedField(parse_typed_bsa, "own_bsa", placeholder=self.tr("m², as you worked it out"))
        self.own_dose = ValidatedField(parse_typed_dose, "own_dose", placeholder=self.tr("mg, as you worked it out"))
        self.compare_button = QPushButton(self.tr("C&ompare with the record"))
        self.compare_button.setObjectName("compare")
        self.compare_button.clicked.connect(self.compare)
        for field in (self.own_bsa, self.own_dose):
            field.validity_changed.connect(self._update_buttons)
        self.comparison = QLabel()
        self.comparison.setObjectName("comparison")
        self.comparison.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your &BSA (m²):"), self.own_bsa)
        form.addRow(self.tr("Your &dose (mg):"), self.own_dose)
        layout = QVBoxLayout(box)
        layout.addWidget(self.blind_inputs)
        layout.addLayout(form)
        layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.comparison)
        box.hide()
        return box

    def _must_check_first(self, record: Any) -> bool:
        """A prepared record seen by a pharmacist who may verify it and did not prepare it."""
        prepared = record.signed("Prepared") if record is not None else None
        return (record is not None and str(record.status) == "prepared"
                and self._clinic.can(self._session, Action.VERIFY)
                and (prepared is None or prepared.user_id != self._session.user_id))

    @property
    def blinded(self) -> bool:
        """The record's dose and arithmetic are hidden until the verifier's own numbers are compared."""
        return self._must_check_first(self.record) and self.check is None

    def compare(self) -> None:
        """Compare the typed BSA and dose with the record (domain.double_check); then show the record."""
        record = self.record
        if record is None or not (self.own_bsa.is_valid() and self.own_dose.is_valid()):
            return
        try:
            self.check = independent_check(self._clinic.protocol, record.dose, self.own_bsa.text(),
                                           self.own_dose.text())
        except DomainError as exc:
            self.show_error(exc)
            return
        for field in (self.own_bsa, self.own_dose):  # typed before seeing the record: kept as typed
            field.edit.setReadOnly(True)
        self._show_comparison(self.check)
        self.show_record(record, revealed=True)

    def _show_comparison(self, check: IndependentCheck) -> None:
        numbers = self.tr("your BSA {bsa} (record {record_bsa}), your dose {dose} (record {record_dose})").format(
            bsa=format_m2(check.rounded_bsa_m2), record_bsa=format_m2(check.record_bsa_m2),
            dose=format_mg(check.rounded_dose_mg), record_dose=format_mg(check.record_dose_mg))
        if check.matches:
            self.comparison.setText(self.tr("Same as the record: {numbers}.").format(numbers=numbers))
            self.comparison.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            self.comparison.setText(self.tr("NOT the same as the record: {numbers}. Do not verify: find the "
                                            "difference with the pharmacist who prepared it.").format(numbers=numbers))
            self.comparison.setStyleSheet("color: #b00020; font-weight: bold;")

    def _blind_inputs_text(self, record: Any) -> str:
        dose, rules = record.dose, self._clinic.protocol
        cap = self.tr(" capped at {cap}").format(cap=format_m2(dose.cap_m2)) if dose.cap_m2 is not None else ""
        return self.tr(
            "Height {height} cm, weight {weight} kg (measured {measured}); BSA by {formula}, rounded half-up to "
            "{places} decimals{cap}; dose level {level}: {per_m2}, rounded half-up to {step} mg. Type your own BSA "
            "and dose, then compare: the record's arithmetic and dose are shown after the comparison.").format(
            height=plain_number(dose.height_cm), weight=plain_number(dose.weight_kg),
            measured=format_date(record.measurement.measured_on), formula=format_bsa_formula(dose.formula),
            places=rules.bsa.round_places, cap=cap, level=dose.level, per_m2=format_mg_per_m2(dose.dose_per_m2_mg),
            step=plain_number(rules.rounding.dose_mg_step))

    # --- loading ---------------------------------------------------------------------------
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
            self.headline.setText(self._nothing_yet_text())
            for box in (self.calc_box, self.prep_box):
                box.hide()
            self._ask_gate()

    def _nothing_yet_text(self) -> str:
        return self.tr("No dose calculated yet for C{cycle}D{day}.").format(cycle=self._cycle, day=self._day)

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
        summary = self.tr("{drug} {dose} ({per_m2} × {bsa}), C{cycle}D{day}, dose day {date}").format(
            drug=record.dose.display_name, dose=format_mg(record.dose.dose_mg),
            per_m2=format_mg_per_m2(record.dose.dose_per_m2_mg), bsa=format_m2(record.dose.bsa_m2),
            cycle=record.cycle, day=record.day, date=format_date(record.dose_date))
        dialog = SignatureDialog(self._session, meaning, summary, lambda password: call(password), self,
                                 banner=self.patient_banner(self._clinic, self._session, self._code))
        self.signature_dialog = dialog
        if dialog.exec():
            self.show_record(dialog.result_value)

    def prepare(self) -> None:
        record = self.record
        self._sign(self.tr("Prepared"), lambda password: self._clinic.prepare(self._session, record.id,
                                                                               password=password))

    def verify(self) -> None:
        record = self.record
        # The verifier's own numbers go with the signature (the facade compares them again); the
        # preparer has none and is refused by the four-eyes rule.
        bsa, dose = (self.own_bsa.text(), self.own_dose.text()) if self.check is not None else (None, None)
        self._sign(self.tr("Verified"), lambda password: self._clinic.verify(
            self._session, record.id, password=password, independent_bsa_m2=bsa, independent_dose_mg=dose))

    # --- display ---------------------------------------------------------------------------
    def show_record(self, record: Any, calculated_here: bool = False, revealed: bool = False) -> None:
        previous = self.record
        self.record = record
        if previous is None or previous.id != record.id:
            self.check = None
        self._show_texts(record)
        # Whoever takes the record further ticks its warnings again; ticks given while calculating
        # here stay. A blinded verifier sees them once the comparison is made (they name the BSA).
        moved_on = previous is None or (previous.id, previous.status) != (record.id, record.status)
        if not calculated_here and (moved_on or revealed):
            self.acknowledgements.set_warnings([] if self.blinded else list(record.warnings))
        if moved_on:
            self._ask_gate()
        else:
            self._update_buttons()

    def _show_texts(self, record: Any) -> None:
        """What the dialog writes of `record`, in the window's language now."""
        blinded = self.blinded
        self.blind_box.setVisible(self._must_check_first(record))
        self.blind_inputs.setText(self._blind_inputs_text(record))
        for box in (self.calc_box, self.prep_box):
            box.setVisible(not blinded)
        dose = record.dose
        self.headline.setText(self.tr("C{cycle}D{day}: dose hidden until you compare your own numbers").format(
            cycle=record.cycle, day=record.day) if blinded else self.tr(
            "C{cycle}D{day}: {drug} {dose} ({per_m2} × {bsa}) IV").format(
            cycle=record.cycle, day=record.day, drug=dose.display_name, dose=format_mg(dose.dose_mg),
            per_m2=format_mg_per_m2(dose.dose_per_m2_mg), bsa=format_m2(dose.bsa_m2)))
        self.status.setText(self._status_text(record))
        self._replace(self.calc_layout, steps_table(list(dose.steps), self))
        prep = record.preparation
        self._replace(self.prep_layout, QLabel(self._preparation_text(prep)))
        if prep is not None and prep.steps:
            self.prep_layout.addWidget(steps_table(list(prep.steps), self))
        self.labs.setText(self._labs_text(record.lab_check))
        held = str(record.lab_check.verdict) != "ok"
        self.labs.setStyleSheet("color: #b00020; font-weight: bold;" if held else "")

    def status_words(self) -> str:
        """Where the record stands, in words (for the status bar)."""
        words = {"calculated": self.tr("calculated"), "prepared": self.tr("prepared"),
                 "verified": self.tr("verified"), "void": self.tr("void")}
        status = str(getattr(self.record, "status", ""))
        return words.get(status, status)

    def _status_text(self, record: Any) -> str:
        parts = [self.tr("Dose day {date} - status: {status}").format(
            date=format_date(record.dose_date), status=self.status_words()),
            self.tr("calculated by {who}").format(who=record.calculated_by_name)]
        for signature in record.signatures:
            parts.append(self.tr("{meaning} by {name} ({role}), {when}").format(
                meaning=word(signature.meaning.value, translate), name=signature.printed_name,
                role=word(signature.role.value, translate),
                when=format_datetime(signature.signed_at)))
        return self.tr("; ").join(parts)

    def _labs_text(self, check: Any) -> str:
        if check.lab is None:
            found = self.tr("no labs recorded within the protocol's time limit")
        else:
            found = self.tr("ANC {anc} × 10⁹/L, platelets {plt} × 10⁹/L drawn {date}").format(
                anc=plain_number(check.lab.anc_10e9_per_l), plt=plain_number(check.lab.platelets_10e9_per_l),
                date=format_date(check.lab.drawn_on))
        if str(check.verdict) == "ok":
            return self.tr("Labs: within the thresholds ({found}).").format(found=found)
        words = WarningText(self)
        problems = self.tr("; ").join(words.lab_problem(p.code, dict(p.values)) for p in check.problems)
        return self.tr("Labs: HOLD - {problems} ({found}).").format(problems=problems, found=found)

    def _preparation_text(self, prep: Any) -> str:
        if prep is None:
            return self.tr("No preparation plan.")
        vials = ", ".join(f"{v.count} × {format_mg(v.strength_mg)}/{format_ml(v.volume_ml)}"
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

    def _ask_gate(self) -> None:
        """What the dose gate says of each step for this slot and record now (then the buttons)."""
        record = self.record
        live = record is not None and str(record.status) != "void"

        def ask(action: GateAction, record_id: int | None = None) -> Any:
            try:
                return self._clinic.check_action(self._session, self._code, drug=self._clinic.protocol.bsa_drug.key,
                                                 cycle=self._cycle, day=self._day, action=action,
                                                 dose_record_id=record_id)
            except DomainError as exc:
                self.show_error(exc)
                return None

        self.verdicts = {GateAction.CALCULATE: ask(GateAction.CALCULATE),
                         GateAction.PREPARE: ask(GateAction.PREPARE, record.id) if live else None,
                         GateAction.VERIFY: ask(GateAction.VERIFY, record.id) if live else None}
        self._update_buttons()

    def _update_buttons(self) -> None:
        clinic, session, record = self._clinic, self._session, self.record
        acknowledged = self.acknowledgements.all_acknowledged()
        status = getattr(record, "status", None)
        role = session.role.value

        def denied(action: Action) -> str | None:
            return None if clinic.can(session, action) else role

        words = self.status_words()
        self.steps.show_step(self.calculate_button, self.verdicts.get(GateAction.CALCULATE),
                             ready=status in (None, "calculated"), role=denied(Action.CALCULATE_DOSE),
                             action=Action.CALCULATE_DOSE.value,
                             todo=self.tr("This dose is already {status}.").format(status=words))
        done = self.tr("Done: the dose is {status}.").format(status=words)
        prepared = status in ("prepared", "verified")  # a step already signed is said so, not refused
        self.steps.show_step(self.prepare_button, None if prepared else self.verdicts.get(GateAction.PREPARE),
                             ready=acknowledged, role=denied(Action.PREPARE), action=Action.PREPARE.value,
                             todo=done if prepared else self.tr("Calculate the dose first.") if record is None
                             else self.tr("Tick each warning after checking it."))
        checked = self.check is not None and self.check.matches or not self._must_check_first(record)
        verified = status == "verified"
        self.steps.show_step(self.verify_button, None if verified else self.verdicts.get(GateAction.VERIFY),
                             ready=acknowledged and checked, role=denied(Action.VERIFY), action=Action.VERIFY.value,
                             todo=done if verified else self.tr("Calculate and prepare the dose first.")
                             if record is None else self.tr("Type your own BSA and dose and compare them first.")
                             if not checked else self.tr("Tick each warning after checking it."))
        self.compare_button.setEnabled(self.check is None and self.own_bsa.is_valid() and self.own_dose.is_valid())
