"""The dialogs validate while typing with the domain's own parsers and name field, unit and range.

Only `clinic.protocol` is read while typing (and the patient named at the top), so a namespace
holding the shipped protocol stands in for the facade here; saving goes through the real facade in
the workflow tests.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Patient, PointOfCareIdentity
from clinic_app.facade import PatientSummary
from clinic_app.gui.dialogs.measurement import LabsDialog, MeasurementDialog

TODAY = date(2026, 1, 5)
PATIENT = PatientSummary(
    patient=Patient(subject_code="IMP-A-001", initials="AS", date_of_birth=date(1970, 3, 1), cohort="A",
                    planned_c1d1=TODAY, enrolled_on=TODAY),
    identity=PointOfCareIdentity(subject_code="IMP-A-001", full_name="Ann Smith", hospital_number="H001"))


def _clinic(protocol: Protocol) -> SimpleNamespace:
    return SimpleNamespace(protocol=protocol, patient_summary=lambda session, code: PATIENT)


def test_height_in_metres_is_refused_with_field_unit_range_and_hint(qtbot, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    dialog = MeasurementDialog(_clinic(protocol), None, "IMP-A-001", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.height_field.edit, "1.70")
    message = dialog.height_field.message.text()
    assert dialog.height_field.message.isVisible()
    assert "height" in message and "cm" in message
    assert "100" in message and "230" in message
    assert "inches or metres" in message
    assert not dialog.ok_button.isEnabled()


def test_decimal_comma_gets_the_separator_hint(qtbot, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    dialog = MeasurementDialog(_clinic(protocol), None, "IMP-A-001", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.weight_field.edit, "70,5")
    message = dialog.weight_field.message.text()
    assert "weight" in message.lower() and "kg" in message and '"."' in message
    assert "25" in message and "300" in message


def test_valid_height_and_weight_enable_ok(qtbot, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    dialog = MeasurementDialog(_clinic(protocol), None, "IMP-A-001", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.height_field.edit, "170")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.weight_field.edit, "70.5")
    assert not dialog.height_field.message.isVisible() and not dialog.weight_field.message.isVisible()
    assert dialog.ok_button.isEnabled()


def test_platelets_typed_as_raw_count_is_refused(qtbot, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    dialog = LabsDialog(_clinic(protocol), None, "IMP-A-001", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.anc.edit, "1.8")
    qtbot.keyClicks(dialog.platelets.edit, "150000")
    message = dialog.platelets.message.text()
    assert "platelets" in message.lower() and "× 10⁹/L" in message and "not 150000" in message
    assert not dialog.ok_button.isEnabled()
