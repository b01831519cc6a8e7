"""The lock locks: while locked no QAction or QShortcut of the window can act (menus, toolbar,
keyboard), nothing of a patient is shown and nothing can be recorded under the locked user's name;
whoever unlocks gets their own role's actions; a first sign-in with a one-time code finishes there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QLabel

from clinic_app.domain.records import Role
from clinic_app.gui.main_window import PAGE_LOCKED, PAGE_WORKSPACE, MainWindow

from .conftest import ADMIN, USERS, World, enrol


def _window(qtbot, world: World, tmp_path: Path, username: str = "nina") -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(world.context(tmp_path), world.login(username))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    return window


def _enabled(window: MainWindow) -> list[str]:
    found = [f"QAction {a.objectName() or a.text()!r}" for a in window.findChildren(QAction) if a.isEnabled()]
    found += [f"QShortcut {s.key().toString()!r}" for s in window.findChildren(QShortcut) if s.isEnabled()]
    return found


def test_while_locked_nothing_acts_and_nothing_shows(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, "IMP-A-001", "Ann Smith")
    window = _window(qtbot, world, tmp_path)
    QShortcut(Qt.Key.Key_F9, window, window.workflow.record_labs)  # a shortcut outside the menus counts too
    assert window.today_view.select_patient("IMP-A-001")
    assert window.findChildren(QAction) and _enabled(window)
    window.lock()
    assert window.stack.currentIndex() == PAGE_LOCKED
    assert _enabled(window) == []
    assert not window.menuBar().isEnabled()
    shown = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    assert "Ann Smith" not in shown and "IMP-A-001" not in shown
    # Keyboard, menu and direct calls: no labs dialog opens under nina's name.
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.actions_by_name["labs"].trigger()
    assert window.highlighted() is None and not window.workflow.record_labs()
    assert QApplication.activeModalWidget() is None
    assert world.clinic.patient_view(world.login("ivan"), "IMP-A-001", world.clock.today()).history.labs == ()


def test_unlocking_as_another_user_applies_that_user_s_role(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world, tmp_path, "nina")
    actions = window.actions_by_name
    assert actions["administer"].isEnabled() and not actions["decide"].isEnabled()
    window.lock()
    page = window.lock_page
    page.username.setText("ivan")
    qtbot.keyClicks(page.password, USERS["ivan"][2])
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == PAGE_WORKSPACE and window.session.username == "ivan"
    assert actions["decide"].isEnabled() and actions["enrol"].isEnabled()
    assert not actions["administer"].isEnabled()  # a nurse's signature, not an investigator's
    assert not actions["manage_users"].isVisible() and actions["lock"].isEnabled()
    window.lock()
    page.username.setText("nina")
    qtbot.keyClicks(page.password, USERS["nina"][2])
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert actions["administer"].isEnabled() and not actions["decide"].isEnabled()


def test_a_first_sign_in_with_a_one_time_code_finishes_on_the_lock_page(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path) -> None:
    admin = world.clinic.login(ADMIN[0], ADMIN[2])
    code = world.clinic.create_user(admin, username="olga", full_name="Olga Nurse", role=Role.NURSE)
    window = _window(qtbot, world, tmp_path, "nina")
    window.lock()
    page = window.lock_page
    page.username.setText("olga")
    qtbot.keyClicks(page.password, code)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == PAGE_LOCKED
    assert page.new_password.isVisible() and page.confirm.isVisible()
    assert "Choose your own password now" in page.error.text()
    qtbot.keyClicks(page.new_password, "night-shift-secret-1")
    qtbot.keyClicks(page.confirm, "night-shift-secret-2")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert "differ" in page.error.text() and window.stack.currentIndex() == PAGE_LOCKED
    page.confirm.clear()
    qtbot.keyClicks(page.confirm, "night-shift-secret-1")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == PAGE_WORKSPACE and window.session.username == "olga", page.error.text()
    assert not page.new_password.isVisible()
    assert world.clinic.login("olga", "night-shift-secret-1").username == "olga"
