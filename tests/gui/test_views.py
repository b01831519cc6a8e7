"""Patient, cohorts and audit views over the real facade; keyboard shortcuts; larger text."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.measurement_model import MEAS_COL_ALERTS, MEAS_COL_BSA

from .conftest import World, enrol

CODE = "IMP-A-001"


def _window(qtbot, world: World, tmp_path: Path, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(world.context(tmp_path), world.login(username))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    return window


def test_patient_view_shows_identifiers_bsa_alerts_and_calendar(qtbot, qtmodeltester, world: World,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    enrol(world, CODE, "Ann Smith", hospital_number="H0042")
    nina = world.login("nina")
    # 200 cm / 40 kg gives BMI 40 / 2.0² = 10.0 (below 12): an alert the nurse had to acknowledge.
    world.clinic.record_measurement(nina, CODE, height_cm="200", weight_kg="40", measured_on=world.clock.today(),
                                    acknowledged=frozenset({"bmi_out_of_range"}))
    window = _window(qtbot, world, tmp_path, "nina")
    window.open_patient(CODE)
    view = window.patient_view
    assert window.tabs.currentWidget() is view
    assert view.identity.text() == "IMP-A-001 - born 01-Mar-1970 - Ann Smith"
    assert "Hospital number H0042" in view.details.text() and "COHORT A (IMP321 0.25 mg)" in view.details.text()
    for model in (view.calendar_model, view.other_model, view.measurements_model, view.administrations_model,
                  view.audit_model):
        qtmodeltester.check(model)
    # sqrt(200 × 40 / 3600) = sqrt(2.2222) = 1.4907 -> 1.49 m²; BMI 40 / 2.0² = 10.0
    assert view.measurements_model.index(0, MEAS_COL_BSA).data() == "1.49 m²"
    assert "BMI 10.0 kg/m² is outside 12 to 70 kg/m²" in view.measurements_model.index(0, MEAS_COL_ALERTS).data()
    assert view.audit_model.rowCount() >= 2  # enrolment and the measurement


def test_cohorts_view_shows_the_gate(qtbot, qtmodeltester, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, CODE, "Ann Smith")
    window = _window(qtbot, world, tmp_path, "ivan")
    window.actions_by_name["show_cohorts"].trigger()
    cohorts = window.cohorts_view
    assert window.tabs.currentWidget() is cohorts
    qtmodeltester.check(cohorts.states)
    qtmodeltester.check(cohorts.patients_model)
    assert [cohorts.states.index(r, 1).data() for r in range(3)] == ["open", "closed", "closed"]
    assert "cohort A has 1 of 5 patients enrolled" in cohorts.states.index(1, 3).data()
    assert {cohorts.patients_model.index(r, 0).data() for r in range(cohorts.patients_model.rowCount())} == {CODE}


def test_audit_view_filters_and_exports_csv(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, CODE, "Ann Smith")
    window = _window(qtbot, world, tmp_path, "ivan")
    window.show_tab(window.audit_view)
    audit = window.audit_view
    everything = audit.model.rowCount()
    assert everything > 0
    audit.user.setText("ivan")
    audit.reload_now()
    assert 0 < audit.model.rowCount() < everything
    assert {audit.model.index(r, 2).data() for r in range(audit.model.rowCount())} == {"ivan"}
    target = tmp_path / "audit.csv"
    assert audit.export_csv(target) == audit.model.rowCount()
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["seq", "at", "user", "action", "entity", "entity_id", "old", "new", "reason"]
    assert {r[2] for r in rows[1:]} == {"ivan"}


def test_keyboard_reaches_search_and_views(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, CODE, "Ann Smith")
    enrol(world, "IMP-A-002", "Beth Jones")
    window = _window(qtbot, world, tmp_path, "nina")
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.today_view.search
    qtbot.keyClicks(window.today_view.search, "jones")
    qtbot.keyClick(window.today_view.search, Qt.Key.Key_Return)  # filter now, without the typing pause
    model = window.today_view.model  # filtered on the list's thread, shown when it answers
    qtbot.waitUntil(lambda: {model.index(r, 0).data() for r in range(model.rowCount())} == {"IMP-A-002"})
    qtbot.keyClick(window.today_view.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.today_view.table
    window.today_view.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(window.today_view.table, Qt.Key.Key_Return)
    assert window.patient_view.subject_code == "IMP-A-002"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.today_view


def test_larger_text_scales_the_font_and_is_remembered(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from clinic_app.gui.appearance import FontScaler

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.font().pointSizeF()
    ctx = world.context(tmp_path)
    scaler = FontScaler(app)
    window = MainWindow(ctx, world.login("nina"), font_scaler=scaler)
    qtbot.addWidget(window)
    try:
        window.actions_by_name["larger_text"].trigger()
        assert app.font().pointSizeF() == base * 1.25
        assert '"larger_text": true' in (tmp_path / "settings.json").read_text(encoding="utf-8")
        window.actions_by_name["larger_text"].trigger()
        assert app.font().pointSizeF() == base
    finally:
        ctx.settings.larger_text = False
        scaler.apply(ctx.settings)
