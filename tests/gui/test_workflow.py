"""The day's work through the real dialogs and the real facade:
enrol -> measure -> labs -> calculate -> prepare (pharmacist 1) -> verify (pharmacist 2; pharmacist 1
refused) -> administer (nurse) -> the Today row moves to the next item; a hold with a reason; a
decision-required item resolved by an investigator; a nurse refused an investigator action.

Reference numbers, worked by hand: 165 cm, 65 kg -> Mosteller sqrt(165 × 65 / 3600) = sqrt(2.979167)
= 1.72603 -> 1.73 m²; 1.73 m² × 80 mg/m² = 138.4 mg -> 138 mg.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QTableWidget

from clinic_app.domain.records import DecisionKind, HoldReason, Tolerance
from clinic_app.gui.dialogs.administration import AdministerDialog
from clinic_app.gui.dialogs.decisions import DecisionDialog
from clinic_app.gui.dialogs.dose import DoseDialog
from clinic_app.gui.dialogs.enrol import EnrolDialog
from clinic_app.gui.dialogs.measurement import LabsDialog, MeasurementDialog
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.today_model import COL_DOSE, COL_ITEM, COL_STATUS

from .conftest import USERS, World, enrol, give_paclitaxel

CODE = "IMP-A-001"


def _answer_modal(get_dialog: Callable[[], Any], password: str, seen: list[str],
                  tolerance: Tolerance | None = None) -> None:
    """When the next modal dialog opens, choose the tolerance (when given), type the password and
    press OK; record any refusal and close."""
    def answer() -> None:
        dialog = get_dialog()
        if tolerance is not None:
            dialog.tolerance.setCurrentIndex(dialog.tolerance.findData(tolerance))
        dialog.password.setText(password)
        dialog.ok_button.click()
        if dialog.isVisible():  # refused: the dialog stays open and says why
            seen.append(dialog.error.text())
            dialog.reject()
        else:
            seen.append("")
    QTimer.singleShot(0, answer)


def _window(qtbot, world: World, tmp_path: Path, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(world.context(tmp_path), world.login(username))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    return window


def _today_items(window: MainWindow, code: str) -> dict[str, tuple[str, str]]:
    window.today_view.reload_now()
    model = window.today_view.model
    return {model.index(r, COL_ITEM).data(): (model.index(r, COL_STATUS).data(), model.index(r, COL_DOSE).data())
            for r in range(model.rowCount()) if model.index(r, 0).data() == code}


def _enrol_measure_labs(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    ivan = world.login("ivan")
    dialog = EnrolDialog(world.clinic, ivan, world.clock.today(), "Cohort A: open (0 enrolled)")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.subject_code, CODE)
    qtbot.keyClicks(dialog.initials, "AS")
    qtbot.keyClicks(dialog.full_name, "Ann Smith")
    qtbot.keyClicks(dialog.hospital_number, "H0001")
    dialog.date_of_birth.setDate(dialog.date_of_birth.date().fromString("1970-03-01", "yyyy-MM-dd"))
    dialog.planned_c1d1.setDate(dialog.planned_c1d1.date().fromString("2026-01-05", "yyyy-MM-dd"))
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()

    nina = world.login("nina")
    measure = MeasurementDialog(world.clinic, nina, CODE, world.clock.today())
    qtbot.addWidget(measure)
    qtbot.keyClicks(measure.height_field.edit, "165")
    qtbot.keyClicks(measure.weight_field.edit, "65")
    measure.ok_button.click()
    assert measure.result() == QDialog.DialogCode.Accepted, measure.error.text()
    labs = LabsDialog(world.clinic, nina, CODE, world.clock.today())
    qtbot.addWidget(labs)
    qtbot.keyClicks(labs.anc.edit, "2.1")
    qtbot.keyClicks(labs.platelets.edit, "210")
    labs.ok_button.click()
    assert labs.result() == QDialog.DialogCode.Accepted, labs.error.text()


def test_dose_path_from_enrolment_to_administration(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _enrol_measure_labs(qtbot, world)
    nurse_window = _window(qtbot, world, tmp_path, "nina")
    # No dose record yet: the figure is a forecast and says so (the verified record is the dose).
    assert _today_items(nurse_window, CODE)["PACLitaxel C1D1"] == ("Due today", "138 mg (provisional)")

    # Pharmacist 1 calculates and prepares.
    phil = DoseDialog(world.clinic, world.login("phil"), CODE, 1, 1)
    qtbot.addWidget(phil)
    phil.show()
    qtbot.mouseClick(phil.calculate_button, Qt.MouseButton.LeftButton)
    assert "PACLitaxel 138 mg (80 mg/m² × 1.73 m²)" in phil.headline.text()
    steps = phil.findChild(QTableWidget, "steps")
    results = [steps.item(r, 2).text() for r in range(steps.rowCount())]
    assert "1.73" in results and "138" in results and "138.4" in results
    assert phil.prepare_button.isEnabled() and not phil.verify_button.isEnabled()
    seen: list[str] = []
    _answer_modal(lambda: phil.signature_dialog, USERS["phil"][2], seen)
    phil.prepare_button.click()
    assert seen == [""] and phil.record.status == "prepared"
    assert "Prepared by Phil Pharmacist (pharmacist)" in phil.status.text()

    # The preparer may not verify: the dose gate says why beside the button, which stays off (ROLE-2).
    assert not phil.verify_button.isEnabled()
    assert "phil prepared this dose and cannot also verify it" in phil.verify_reason.text()
    assert phil.record.status == "prepared"

    # Pharmacist 2 opens the same record, works the dose out first (independent double check), then verifies.
    petra = DoseDialog(world.clinic, world.login("petra"), CODE, 1, 1)
    qtbot.addWidget(petra)
    assert petra.record.id == phil.record.id and not petra.calculate_button.isEnabled()
    assert petra.blinded and not petra.verify_button.isEnabled()
    qtbot.keyClicks(petra.own_bsa.edit, "1.73")
    qtbot.keyClicks(petra.own_dose.edit, "138")
    petra.compare_button.click()
    assert petra.check is not None and petra.check.matches
    _answer_modal(lambda: petra.signature_dialog, USERS["petra"][2], seen)
    petra.verify_button.click()
    assert seen[-1] == "" and petra.record.status == "verified"

    # The nurse records cycle 1's dexamethasone first (PREMED-2), then administers from the patient
    # view, choosing the tolerance herself (never pre-selected); Today moves on to the next item.
    world.clinic.administer(world.login("nina"), CODE, drug="dexamethasone", cycle=1, day=1, tolerance=None,
                            password=USERS["nina"][2])
    nurse_window.open_patient(CODE)
    _answer_modal(lambda: nurse_window.workflow.last_dialog, USERS["nina"][2], seen,
                  tolerance=Tolerance.WELL_TOLERATED)
    assert nurse_window.workflow.administer()
    assert seen[-1] == ""
    given = world.clinic.patient_view(world.login("nina"), CODE, world.clock.today()).administrations
    assert [(a.drug, a.cycle, a.day, a.tolerance) for a in given] == [
        ("dexamethasone", 1, 1, None), ("paclitaxel", 1, 1, Tolerance.WELL_TOLERATED)]
    items = _today_items(nurse_window, CODE)
    assert "PACLitaxel C1D1" not in items
    # IMP321 is planned the day after the infusion and its window never includes the infusion day
    # ("the day which follows chemotherapy"): on the infusion day it is still upcoming.
    assert items["IMP321 C1D2"] == ("Upcoming", "0.25 mg")


def test_tolerance_and_reaction_grade_are_never_pre_selected(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    """PREMED-3: the administration dialog opens with no tolerance chosen and no grade to choose;
    a reaction chosen offers its grades with none chosen, and signing without one is refused
    (nothing is recorded)."""
    enrol(world, CODE, "Ann Smith")
    record = _verified_c1d1_with_dexamethasone(world)
    dialog = AdministerDialog(world.clinic, world.login("nina"), CODE, drug="paclitaxel", drug_name="PACLitaxel",
                              cycle=1, day=1, dose_text="138 mg", today=world.clock.today(), dose_record_id=record)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()  # the gate allows it: only the nurse's choices are missing
    assert dialog.tolerance.currentData() is None and not dialog.grade.isEnabled()
    dialog.tolerance.setCurrentIndex(dialog.tolerance.findData(Tolerance.MILD_REACTION))
    assert dialog.grade.isEnabled() and dialog.grade.currentData() is None
    assert [dialog.grade.itemData(i) for i in range(dialog.grade.count())] == [None, 1, 2]
    dialog.password.setText(USERS["nina"][2])
    dialog.ok_button.click()
    assert dialog.error.text() == "Choose the grade of the reaction (CTCAE)."
    given = world.clinic.patient_view(world.login("nina"), CODE, world.clock.today()).administrations
    assert [a.drug for a in given] == ["dexamethasone"]  # the infusion was not recorded


def _verified_c1d1_with_dexamethasone(world: World) -> int:
    """C1D1 calculated, prepared, verified, its dexamethasone recorded: ready to give. The record's id."""
    clinic, today, nina = world.clinic, world.clock.today(), world.login("nina")
    clinic.record_measurement(nina, CODE, height_cm="165", weight_kg="65", measured_on=today)
    clinic.record_labs(nina, CODE, anc="2.1", platelets="210", drawn_on=today)
    record = clinic.calculate_dose(world.login("phil"), CODE, cycle=1, day=1)
    clinic.prepare(world.login("phil"), record.id, password=USERS["phil"][2])
    clinic.verify(world.login("petra"), record.id, password=USERS["petra"][2])
    clinic.administer(nina, CODE, drug="dexamethasone", cycle=1, day=1, tolerance=None, password=USERS["nina"][2])
    return int(record.id)


def test_hold_with_a_coded_reason(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, CODE, "Ann Smith")
    window = _window(qtbot, world, tmp_path, "nina")
    window.open_patient(CODE)

    def fill() -> None:
        dialog = window.workflow.last_dialog
        assert dialog.reason.currentData() is None  # the reason is never pre-filled (PREMED-3)
        dialog.reason.setCurrentIndex(dialog.reason.findData(HoldReason.LOW_ANC))
        dialog.note.setPlainText("ANC 0.9 x10^9/L on the day")
        assert not dialog.omit.isVisibleTo(dialog)  # omitting for good is the investigator's
        dialog.password.setText(USERS["nina"][2])
        dialog.ok_button.click()

    QTimer.singleShot(0, fill)
    assert window.workflow.hold()
    held = world.clinic.patient_view(world.login("nina"), CODE, world.clock.today()).administrations
    assert [(a.drug, a.cycle, a.day, a.status.value, a.reason, a.note) for a in held] == [
        ("paclitaxel", 1, 1, "held", HoldReason.LOW_ANC, "ANC 0.9 x10^9/L on the day")]
    table = window.patient_view.administrations_model
    assert [table.index(0, c).data() for c in range(6)] == [
        "C1D1", "PACLitaxel", "held", "Mon 05-Jan-2026", "", "ANC below the threshold: ANC 0.9 x10^9/L on the day"]


def _held_d15(world: World) -> None:
    """C1D1 given, C1D2 given, C1D8 held (omitted by the missed-dose policy), C1D15 held: IMP321 C1D16
    waits for a decision."""
    enrol(world, CODE, "Ann Smith")
    nina = world.login("nina")
    give_paclitaxel(world, CODE, 1, 1)
    world.clock.advance(days=1)
    world.clinic.administer(nina, CODE, drug="imp321", cycle=1, day=2, tolerance=None, password=USERS["nina"][2])
    world.clock.advance(days=6)
    world.clinic.hold(nina, CODE, drug="paclitaxel", cycle=1, day=8, reason=HoldReason.LOW_ANC, note="",
                      password=USERS["nina"][2])
    world.clock.advance(days=7)
    world.clinic.hold(nina, CODE, drug="paclitaxel", cycle=1, day=15, reason=HoldReason.NEUROPATHY, note="grade 2",
                      password=USERS["nina"][2])


def test_decision_required_item_resolved_by_the_investigator(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _held_d15(world)
    window = _window(qtbot, world, tmp_path, "ivan")
    assert _today_items(window, CODE)["IMP321 C1D16"][0] == "Decision required"
    window.open_patient(CODE)
    seen: list[str] = []

    def fill() -> None:
        dialog = window.workflow.last_dialog
        assert "C1D16" in dialog.windowTitle() + " ".join(w.text() for w in dialog.findChildren(QLabel))
        assert dialog.choice.currentData() is None  # nothing pre-selected
        dialog.choose("skip")
        dialog.reason.setPlainText("paclitaxel held for neuropathy; skip this injection")
        _answer_modal(lambda: dialog, USERS["ivan"][2], seen)

    QTimer.singleShot(0, fill)
    assert window.workflow.decide()
    assert seen == [""]
    assert "IMP321 C1D16" not in _today_items(window, CODE)
    decisions = world.clinic.patient_view(world.login("ivan"), CODE, world.clock.today()).history.decisions
    assert [(d.kind.value, d.choice, d.cycle, d.day, d.decided_by) for d in decisions] == [
        ("flat_dose_give_skip", "skip", 1, 16, "ivan")]


def test_a_nurse_is_refused_an_investigator_decision(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    _held_d15(world)
    dialog = DecisionDialog(world.clinic, world.login("nina"), CODE, DecisionKind.FLAT_DOSE_GIVE_SKIP,
                            cycle=1, day=16, drug="imp321")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose("give")
    dialog.reason.setPlainText("trying anyway")
    dialog.password.setText(USERS["nina"][2])
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == "Not allowed: your role (nurse) may not sign an investigator's decision."
    assert world.clinic.patient_view(world.login("ivan"), CODE, world.clock.today()).history.decisions == ()


def test_nurse_window_greys_out_investigator_actions(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world, tmp_path, "nina")
    actions = window.actions_by_name
    assert not actions["decide"].isEnabled() and not actions["enrol"].isEnabled()
    assert actions["administer"].isEnabled() and actions["hold"].isEnabled()
