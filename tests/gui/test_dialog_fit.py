"""Every dialog shows its whole message at both text sizes (normal and "Larger text"): no error label
cut off (weight range, four-eyes refusal, a closed cohort, the rows of a first password), no name
clipped. Each dialog is put in the state that shows its longest words, then every visible label is
checked to have the room its text needs, inside the dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from clinic_app.domain.records import DecisionKind, Role
from clinic_app.gui.appearance import FontScaler
from clinic_app.gui.dialogs.administration import AdministerDialog, HoldDialog
from clinic_app.gui.dialogs.base import PatientBanner
from clinic_app.gui.dialogs.decisions import DecisionDialog, OpenCohortDialog, ReassignCohortDialog
from clinic_app.gui.dialogs.dose import DoseDialog
from clinic_app.gui.dialogs.enrol import EnrolDialog
from clinic_app.gui.dialogs.late_entry import LateEntryDialog
from clinic_app.gui.dialogs.measurement import LabsDialog, MeasurementDialog
from clinic_app.gui.dialogs.password import ChangePasswordDialog
from clinic_app.gui.dialogs.password_reset import ConfirmResetDialog
from clinic_app.gui.dialogs.signature import SignatureDialog
from clinic_app.gui.dialogs.toxicity import ToxicityDialog
from clinic_app.gui.dialogs.visit import VisitDialog
from clinic_app.gui.login_dialogs import FirstRunDialog, LoginDialog
from clinic_app.gui.settings import WindowSettings

from .conftest import ADMIN, USERS, World, enrol

CODE = "IMP-A-001"
LONG_NAME = "Maria-Magdalena Alexandrovna Castellanos-Wojciechowska"


@pytest.fixture(params=[False, True], ids=["normal text", "larger text"])
def text_size(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[bool]:
    base = QFont(qapp.font())
    FontScaler(qapp).apply(WindowSettings(larger_text=request.param))
    yield request.param
    qapp.setFont(base)


def _fits(dialog: QDialog) -> list[str]:
    QApplication.processEvents()
    inside = dialog.rect()
    problems = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        where = QRect(label.mapTo(dialog, label.rect().topLeft()), label.size())
        text = label.text()[:50]
        if not inside.contains(where):
            problems.append(f"outside the dialog: {text!r}")
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                needed = label.heightForWidth(label.width())
                problems.append(f"cut at the bottom: {text!r} ({label.height()} < {needed})")
        elif label.width() < label.sizeHint().width():
            problems.append(f"cut at the side: {text!r} ({label.width()} < {label.sizeHint().width()})")
    return problems


def _patient(world: World) -> None:
    enrol(world, CODE, LONG_NAME, hospital_number="H-2026-0000012345")


def _measurement(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    dialog = MeasurementDialog(world.clinic, world.login("nina"), CODE, world.clock.today())
    dialog.show()
    qtbot.keyClicks(dialog.height_field.edit, "1.70")
    qtbot.keyClicks(dialog.weight_field.edit, "400")
    return dialog


def _labs(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    dialog = LabsDialog(world.clinic, world.login("nina"), CODE, world.clock.today())
    dialog.show()
    qtbot.keyClicks(dialog.anc.edit, "1,8")
    qtbot.keyClicks(dialog.platelets.edit, "150000")
    return dialog


def _administer(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    dialog = AdministerDialog(world.clinic, world.login("nina"), CODE, drug="paclitaxel", drug_name="PACLitaxel",
                              cycle=1, day=1, dose_text="146 mg", today=world.clock.today())
    dialog.show()
    # The gate refuses (no verified dose record): the reason is above Sign, which stays off.
    assert dialog.gate.isVisible() and "no verified dose" in dialog.gate.text() and not dialog.ok_button.isEnabled()
    return dialog


def _hold(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    dialog = HoldDialog(world.clinic, world.login("nina"), CODE, drug="paclitaxel", drug_name="PACLitaxel",
                        cycle=1, day=1, today=world.clock.today())
    dialog.show()
    dialog.reason.setCurrentIndex(dialog.reason.count() - 1)  # "other" without a note
    dialog.ok_button.click()
    assert dialog.error.isVisible()
    return dialog


def _four_eyes(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    nina, phil = world.login("nina"), world.login("phil")
    world.clinic.record_measurement(nina, CODE, height_cm="165", weight_kg="65", measured_on=world.clock.today())
    record = world.clinic.calculate_dose(phil, CODE, cycle=1, day=1)
    world.clinic.prepare(phil, record.id, password=USERS["phil"][2])
    dialog = SignatureDialog(phil, "Verified", "PACLitaxel 138 mg (80 mg/m² × 1.73 m²), C1D1", lambda password:
                             world.clinic.verify(phil, record.id, password=password),
                             banner=PatientBanner(world.clinic.patient_summary(phil, CODE)))
    dialog.show()
    dialog.password.setText(USERS["phil"][2])
    dialog.ok_button.click()
    assert "cannot also verify it" in dialog.error.text()
    return dialog


def _blinded_verify(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    nina, phil = world.login("nina"), world.login("phil")
    world.clinic.record_measurement(nina, CODE, height_cm="165", weight_kg="65", measured_on=world.clock.today())
    record = world.clinic.calculate_dose(phil, CODE, cycle=1, day=1)
    world.clinic.prepare(phil, record.id, password=USERS["phil"][2])
    dialog = DoseDialog(world.clinic, world.login("petra"), CODE, 1, 1)
    dialog.show()
    qtbot.keyClicks(dialog.own_bsa.edit, "1.72")
    qtbot.keyClicks(dialog.own_dose.edit, "137")
    dialog.compare_button.click()
    return dialog


def _decision(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    dialog = DecisionDialog(world.clinic, world.login("nina"), CODE, DecisionKind.FLAT_DOSE_GIVE_SKIP, cycle=1, day=16,
                            drug="imp321")
    dialog.show()
    dialog.reason.setPlainText("trying anyway")
    dialog.password.setText(USERS["nina"][2])
    dialog.ok_button.click()
    return dialog


def _reassign(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    dialog = ReassignCohortDialog(world.clinic, world.login("ivan"), CODE, "A")
    dialog.show()
    dialog.ok_button.click()  # no reason, no password
    return dialog


def _open_cohort(world: World, qtbot: Any) -> QDialog:
    dialog = OpenCohortDialog(world.clinic, world.login("ivan"), "A")
    dialog.show()
    dialog.reason.setPlainText("satisfactory")
    dialog.password.setText("wrong-password-1")
    dialog.ok_button.click()
    return dialog


def _visit(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    dialog = VisitDialog(world.clinic, world.login("nina"), CODE, "week13_assessment",
                         "Week 13 assessment (complete examination)", world.clock.today(), world.clock.today())
    dialog.show()
    dialog.ok_button.click()  # refused: not in this patient's calendar yet
    return dialog


def _enrol(world: World, qtbot: Any) -> QDialog:
    dialog = EnrolDialog(world.clinic, world.login("ivan"), world.clock.today(), "Cohort A: open (0 enrolled)")
    dialog.show()
    for edit, text in ((dialog.subject_code, "IMP-B-001"), (dialog.initials, "BB"), (dialog.full_name, LONG_NAME),
                       (dialog.hospital_number, "H1")):
        qtbot.keyClicks(edit, text)
    dialog.cohort.setCurrentIndex(dialog.cohort.findData("C"))
    dialog.ok_button.click()  # closed: says everything that is missing
    assert "Cohort C is closed" in dialog.error.text()
    return dialog


def _first_password(world: World, qtbot: Any) -> QDialog:
    admin = world.clinic.login(ADMIN[0], ADMIN[2])
    code = world.clinic.create_user(admin, username="olga", full_name="Olga Nurse", role=Role.NURSE)
    dialog = LoginDialog(world.clinic)
    dialog.show()
    qtbot.keyClicks(dialog.username, "olga")
    qtbot.keyClicks(dialog.password, code)
    dialog.accept()  # the code is right: the new-password rows appear
    qtbot.keyClicks(dialog.new_password, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    dialog.accept()
    assert dialog.new_password.isVisible() and "10 to 128" in dialog.error.text()
    return dialog


def _first_run(world: World, qtbot: Any) -> QDialog:
    dialog = FirstRunDialog(world.clinic)
    dialog.show()
    dialog.password.setText("a")
    dialog.confirm.setText("b")
    dialog.accept()
    return dialog


def _change_password(world: World, qtbot: Any) -> QDialog:
    dialog = ChangePasswordDialog(world.clinic, world.login("nina"))
    dialog.show()
    dialog.current.setText("wrong-password-1")
    dialog.new_password.setText("x")
    dialog.confirm.setText("x")
    dialog.accept()
    return dialog


def _discontinued_dose(world: World, qtbot: Any) -> QDialog:
    """TOX-5: PACLitaxel stopped after anaphylaxis; the dose dialog says why Calculate is off."""
    _patient(world)
    nina = world.login("nina")
    world.clinic.record_measurement(nina, CODE, height_cm="165", weight_kg="65", measured_on=world.clock.today())
    world.clinic.record_toxicity(nina, CODE, term="anaphylaxis", grade=3, onset=world.clock.today(),
                                 drug="paclitaxel")
    dialog = DoseDialog(world.clinic, world.login("phil"), CODE, 1, 1)
    dialog.show()
    assert "discontinued" in dialog.calculate_reason.text() and not dialog.calculate_button.isEnabled()
    return dialog


def _level_decision(world: World, qtbot: Any) -> QDialog:
    """TOX-4: severe neuropathy; the level dialog says what the gate waits for."""
    _patient(world)
    world.clinic.record_toxicity(world.login("nina"), CODE, term="peripheral_sensory_neuropathy", grade=3,
                                 onset=world.clock.today())
    dialog = DecisionDialog(world.clinic, world.login("ivan"), CODE, DecisionKind.DOSE_LEVEL, drug="paclitaxel",
                            cycle=1, day=1)
    dialog.show()
    assert "proposed -1" in dialog.gate.text()
    dialog.ok_button.click()  # nothing chosen
    return dialog


def _toxicity(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    dialog = ToxicityDialog(world.clinic, world.login("nina"), CODE, world.clock.today())
    dialog.show()
    dialog.ok_button.click()  # nothing chosen: term, grade and drug are asked for
    assert dialog.error.isVisible()
    return dialog


def _late_entry(world: World, qtbot: Any) -> QDialog:
    _patient(world)
    world.clock.advance(days=3)  # C1D1's window (05-Jan to 06-Jan) has closed: missed
    item = next(i for i in world.clinic.schedule(world.login("nina"), CODE, world.clock.today()).items
                if (i.drug, i.cycle, i.day) == ("paclitaxel", 1, 1))
    dialog = LateEntryDialog(world.clinic, world.login("nina"), CODE, item, drug_name="PACLitaxel",
                             dose_text="138 mg", today=world.clock.today())
    dialog.show()
    assert dialog.gate.isVisible() and not dialog.ok_button.isEnabled()  # no verified dose record
    return dialog


def _confirm_reset(world: World, qtbot: Any) -> QDialog:
    admin = world.clinic.login(ADMIN[0], ADMIN[2])
    world.clinic.request_password_reset(admin, "nina")
    dialog = ConfirmResetDialog(world.clinic, world.login("ivan"))
    dialog.show()
    dialog.ok_button.click()  # nothing selected
    assert dialog.error.isVisible()
    return dialog


DIALOGS: dict[str, Callable[[World, Any], QDialog]] = {
    "measurement": _measurement, "labs": _labs, "administer": _administer, "hold": _hold,
    "four_eyes": _four_eyes, "blinded_verify": _blinded_verify, "decision": _decision, "reassign": _reassign,
    "open_cohort": _open_cohort, "visit": _visit, "enrol": _enrol, "first_password": _first_password,
    "first_run": _first_run, "change_password": _change_password, "discontinued_dose": _discontinued_dose,
    "level_decision": _level_decision, "toxicity": _toxicity, "late_entry": _late_entry,
    "confirm_reset": _confirm_reset,
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_label_has_the_room_its_words_need(qtbot, world: World, text_size: bool, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = DIALOGS[name](world, qtbot)
    qtbot.addWidget(dialog)
    assert _fits(dialog) == []
    banner = getattr(dialog, "banner", None)
    if banner is not None:
        assert LONG_NAME in banner.name.text() or "Ann" in banner.name.text()


def test_today_never_elides_a_name_or_a_dose(qtbot, world: World, tmp_path, text_size: bool) -> None:  # type: ignore[no-untyped-def]
    """Names and what a dose is ("PACLitaxel C1D1") are never elided; a long visit name may be, to
    keep whether a dose can be given in view (tests/gui/test_today_fit.py), and is then in full in
    its tooltip."""
    from PySide6.QtCore import Qt

    from clinic_app.gui.main_window import MainWindow
    from clinic_app.gui.today_model import COL_IDENTIFIER, COL_ITEM, ROW_ROLE

    enrol(world, CODE, LONG_NAME)
    window = MainWindow(world.context(tmp_path), world.login("nina"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.today_view.reload_now()
    QApplication.processEvents()
    table = window.today_view.table
    metrics = table.fontMetrics()
    model = table.model()
    for row in range(model.rowCount()):
        dose = str(model.index(row, 0).data(ROW_ROLE).line.category) in ("dose", "premedication")
        for column in (COL_IDENTIFIER, COL_ITEM):
            text = model.index(row, column).data()
            if column == COL_IDENTIFIER or dose:
                assert table.columnWidth(column) >= metrics.horizontalAdvance(text), text
            else:
                assert model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) == text


def test_the_date_of_birth_is_typed_without_a_weekday(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    dialog = EnrolDialog(world.clinic, world.login("ivan"), world.clock.today(), "")
    qtbot.addWidget(dialog)
    dialog.date_of_birth.setDate(dialog.date_of_birth.date().fromString("1970-03-01", "yyyy-MM-dd"))
    assert dialog.date_of_birth.text() == "01-Mar-1970"
    assert dialog.planned_c1d1.text().split()[0] in {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
