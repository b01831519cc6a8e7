"""The main window over the real facade: Today rows, the lock screen hiding patient data, idle lock,
switching user, remembered window state."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QWidget

from clinic_app.gui.main_window import PAGE_LOCKED, PAGE_WORKSPACE, MainWindow
from clinic_app.gui.today_model import COL_DOSE, COL_IDENTIFIER, COL_ITEM, COL_STATUS

from .conftest import USERS, World, enrol


def _visible_texts(window: QWidget) -> str:
    """Every text a person could read on screen right now (labels, fields, visible table cells)."""
    texts: list[str] = []
    for label in window.findChildren(QLabel):
        if label.isVisible():
            texts.append(label.text())
    for edit in window.findChildren(QLineEdit):
        if edit.isVisible():
            texts.append(edit.text())
    for table in window.findChildren(QTableView):
        if table.isVisible() and table.model() is not None:
            model = table.model()
            texts.extend(str(model.index(r, c).data()) for r in range(model.rowCount())
                         for c in range(model.columnCount()))
    return "\n".join(texts)


def _window(qtbot, world: World, tmp_path: Path, username: str = "nina") -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(world.context(tmp_path), world.login(username))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    return window


def test_today_lists_enrolled_patients_with_status_words(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, "IMP-A-001", "Ann Smith")
    window = _window(qtbot, world, tmp_path)
    model = window.today_view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert "IMP-A-001" in rows
    row = rows["IMP-A-001"]
    assert model.index(row, COL_IDENTIFIER).data() == "01-Mar-1970 / Ann Smith"
    # C1D1 is today, and no measurement yet: the paclitaxel dose cannot be computed.
    items = {model.index(r, COL_ITEM).data(): r for r in range(model.rowCount())}
    assert "PACLitaxel C1D1" in items
    paclitaxel = items["PACLitaxel C1D1"]
    assert model.index(paclitaxel, COL_STATUS).data() == "Due today"
    assert model.index(paclitaxel, COL_DOSE).data() == "needs height and weight"


def test_lock_hides_patient_data_until_the_password(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, "IMP-A-001", "Ann Smith")
    window = _window(qtbot, world, tmp_path)
    assert "Ann Smith" in _visible_texts(window)
    window.lock()
    assert window.stack.currentIndex() == PAGE_LOCKED
    shown = _visible_texts(window)
    assert "Ann Smith" not in shown and "IMP-A-001" not in shown
    assert not window.menuBar().isEnabled()
    page = window.lock_page
    assert page.username.text() == "nina"
    qtbot.keyClicks(page.password, "wrong-password-1")
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == PAGE_LOCKED
    assert "wrong" in page.error.text()
    qtbot.keyClicks(page.password, USERS["nina"][2])
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == PAGE_WORKSPACE
    assert window.session.username == "nina"
    qtbot.waitUntil(lambda: "Ann Smith" in _visible_texts(window))


def test_idle_time_locks_the_screen(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, "IMP-A-001", "Ann Smith")
    window = _window(qtbot, world, tmp_path)
    assert window.idle.timeout_ms == 5 * 60_000  # the default: 5 minutes
    window.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == PAGE_LOCKED, timeout=3000)
    assert "Ann Smith" not in _visible_texts(window)


def test_another_user_may_take_over_from_the_lock_screen(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, "IMP-A-001", "Ann Smith")
    window = _window(qtbot, world, tmp_path)
    window.open_patient("IMP-A-001")
    assert window.patient_view.subject_code == "IMP-A-001"
    window.lock()
    page = window.lock_page
    page.username.setText("phil")
    qtbot.keyClicks(page.password, USERS["phil"][2])
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == PAGE_WORKSPACE
    assert window.session.username == "phil"
    assert window.patient_view.subject_code is None  # the previous user's patient is closed
    assert "Phil Pharmacist" in window.user_label.text()
    assert not window.actions_by_name["administer"].isEnabled()  # a pharmacist does not administer
    assert window.actions_by_name["dose"].isEnabled()


def test_window_state_is_saved_on_close(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world, tmp_path)
    window.resize(900, 650)
    window.close()
    stored = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert stored["window_geometry"] and stored["window_state"]
    again = MainWindow(world.context(tmp_path), world.login("nina"))
    qtbot.addWidget(again)


def test_today_refreshes_in_the_background_after_a_change(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world, tmp_path)
    assert window.today_view.model.rowCount() == 0
    enrol(world, "IMP-A-001", "Ann Smith")  # the change, made elsewhere
    with qtbot.waitSignal(window.today_view.refreshed, timeout=20_000):
        window.refresh_all()  # returns at once; the list is computed on the loader's thread
        assert window.today_view.summary.text() == "Updating the list..."
    codes = {window.today_view.model.index(r, 0).data() for r in range(window.today_view.model.rowCount())}
    assert codes == {"IMP-A-001"}


def test_lock_closes_open_dialogs_and_idle_minutes_are_configurable(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from clinic_app.gui.dialogs.measurement import MeasurementDialog

    enrol(world, "IMP-A-001", "Ann Smith")
    window = _window(qtbot, world, tmp_path)
    dialog = MeasurementDialog(world.clinic, window.session, "IMP-A-001", world.clock.today(), window)
    dialog.show()
    qtbot.keyClicks(dialog.weight_field.edit, "70")
    window.lock()
    assert not dialog.isVisible()
    window.set_idle_minutes(12)
    assert window.idle.timeout_ms == 12 * 60_000
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["idle_lock_minutes"] == 12
