"""Workflow dialogs against the real facade: a closed cohort explained, warnings acknowledged one by
one, a visit recorded, a cohort re-assigned, and a safety signature that opens nothing on its own."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from clinic_app.gui.dialogs.decisions import OpenCohortDialog, ReassignCohortDialog
from clinic_app.gui.dialogs.enrol import EnrolDialog
from clinic_app.gui.dialogs.measurement import MeasurementDialog
from clinic_app.gui.dialogs.visit import VisitDialog

from .conftest import USERS, World, enrol

CODE = "IMP-A-001"


def test_enrolment_into_a_closed_cohort_says_what_is_missing(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    dialog = EnrolDialog(world.clinic, world.login("ivan"), world.clock.today(), "")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.subject_code, "IMP-B-001")
    qtbot.keyClicks(dialog.initials, "BB")
    qtbot.keyClicks(dialog.full_name, "Bea Brown")
    qtbot.keyClicks(dialog.hospital_number, "H0002")
    dialog.cohort.setCurrentIndex(dialog.cohort.findData("B"))
    dialog.planned_c1d1.setDate(dialog.planned_c1d1.date().fromString("2026-01-08", "yyyy-MM-dd"))
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    text = dialog.error.text()
    assert text.startswith("Cohort B is closed. Open now: A. Still missing:")
    assert "cohort A has 0 of 5 patients enrolled" in text


def test_implausible_measurement_needs_each_warning_ticked(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    enrol(world, CODE, "Ann Smith")
    dialog = MeasurementDialog(world.clinic, world.login("nina"), CODE, world.clock.today())
    qtbot.addWidget(dialog)
    dialog.show()
    # 200 cm, 40 kg: BMI 40 / 2.0² = 10.0, below the protocol's 12.
    qtbot.keyClicks(dialog.height_field.edit, "200")
    qtbot.keyClicks(dialog.weight_field.edit, "40")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert set(dialog.acknowledgements.boxes) == {"bmi_out_of_range"}
    box = dialog.acknowledgements.boxes["bmi_out_of_range"]
    assert box.text() == "I have checked: BMI 10.0 kg/m² is outside 12 to 70 kg/m²."
    assert not dialog.ok_button.isEnabled()
    box.setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = world.clinic.patient_view(world.login("nina"), CODE, world.clock.today()).history.measurements
    assert [(str(m.height_cm), str(m.weight_kg)) for m in stored] == [("200", "40")]


def test_visit_recorded_as_done(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    enrol(world, CODE, "Ann Smith")
    dialog = VisitDialog(world.clinic, world.login("nina"), CODE, "week13_assessment", "Week 13 assessment",
                         date(2026, 3, 30), world.clock.today())
    qtbot.addWidget(dialog)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    visits = world.clinic.patient_view(world.login("nina"), CODE, world.clock.today()).history.visits
    assert [(v.visit, v.on, v.recorded_by) for v in visits] == [("week13_assessment", date(2026, 1, 5), "nina")]


def test_cohort_reassignment_is_signed_with_a_reason(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    enrol(world, CODE, "Ann Smith")
    dialog = ReassignCohortDialog(world.clinic, world.login("ivan"), CODE, "A")
    qtbot.addWidget(dialog)
    dialog.cohort.setCurrentIndex(dialog.cohort.findData("B"))
    dialog.reason.setPlainText("enrolled into the wrong cohort by mistake")
    dialog.password.setText("not-the-password")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "User name or password is wrong."
    dialog.password.setText(USERS["ivan"][2])
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert world.clinic.patient_view(world.login("ivan"), CODE, world.clock.today()).patient.cohort == "B"


def test_safety_signature_alone_does_not_open_the_next_cohort(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    dialog = OpenCohortDialog(world.clinic, world.login("ivan"), "A")
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("no dose-limiting toxicity so far")
    dialog.password.setText(USERS["ivan"][2])
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    gate = dialog.result_value
    assert not gate.state("B").open
    assert [m.code for m in gate.state("B").missing] == ["too_few_enrolled"]
