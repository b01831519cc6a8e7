"""User management (administrator only) and changing one's own password, through the real dialogs
and the real facade: the one-time code is shown once and works exactly once; refusals are worded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from clinic_app.domain.errors import DomainError
from clinic_app.domain.records import Role
from clinic_app.gui.dialogs.password import ChangePasswordDialog
from clinic_app.gui.dialogs.password_reset import ConfirmResetDialog
from clinic_app.gui.dialogs.users import USER_COL_ACTIVE, USER_COL_PASSWORD, USER_COL_RESET, UsersDialog
from clinic_app.gui.main_window import MainWindow

from .conftest import ADMIN, USERS, World


def _window(qtbot, world: World, tmp_path: Path, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(world.context(tmp_path), world.login(username))
    qtbot.addWidget(window)
    window.show()
    return window


def _row_of(dialog: UsersDialog, username: str) -> int:
    return [u.username for u in dialog.model.rows()].index(username)


def test_only_the_administrator_sees_user_management(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin_window = _window(qtbot, world, tmp_path, ADMIN[0])
    assert admin_window.actions_by_name["manage_users"].isVisible()
    assert admin_window.actions_by_name["manage_users"].isEnabled()
    admin_window.apply_session(world.login("nina"))  # another user takes over the same window
    assert not admin_window.actions_by_name["manage_users"].isVisible()
    admin_window.close()
    for username in USERS:
        window = _window(qtbot, world, tmp_path, username)
        action = window.actions_by_name["manage_users"]
        assert not action.isVisible() and not action.isEnabled()
        assert window.actions_by_name["change_password"].isEnabled()  # everyone may change their own
        window.close()


def test_users_are_listed_and_a_new_user_gets_a_one_time_code(qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                                world: World, tmp_path: Path) -> None:
    window = _window(qtbot, world, tmp_path, ADMIN[0])
    window.actions_by_name["manage_users"].trigger()
    dialog = window.last_account_dialog
    assert isinstance(dialog, UsersDialog) and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    # The fixture's five accounts, by user name.
    assert [u.username for u in dialog.model.rows()] == ["ada", "ivan", "nina", "petra", "phil"]
    assert dialog.model.index(_row_of(dialog, "nina"), USER_COL_PASSWORD).data() == "own"

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    add = dialog.last_add_dialog
    assert add is not None and add.isVisible()
    qtbot.keyClicks(add.username, "Olga.Berg")
    qtbot.keyClicks(add.full_name, "Olga Berg")
    add.role.setCurrentIndex(add.role.findData(Role.PHARMACIST))
    qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
    assert not add.isVisible()

    shown = dialog.last_code_dialog
    assert shown is not None and shown.isVisible()
    code = shown.code.text()
    assert len(code) >= 8
    assert "first sign-in" in shown.explanation.text() and "24 hours" in shown.explanation.text()
    assert add.result_value is None  # the dialog that created it keeps no copy
    # The new account is listed (user names are stored in lower case) and waits for its owner.
    row = _row_of(dialog, "olga.berg")
    assert dialog.model.rows()[row].role is Role.PHARMACIST
    assert dialog.model.index(row, USER_COL_PASSWORD).data() == "one-time code given, not yet used"
    # The code is what the person signs in with once, to choose their own password.
    session = world.clinic.change_password("olga.berg", code, "olgas-own-secret-7")
    assert session.role is Role.PHARMACIST
    qtbot.mouseClick(shown.findChild(QDialogButtonBox).buttons()[0], Qt.MouseButton.LeftButton)
    assert not shown.isVisible() and shown.code.text() == ""


def test_adding_a_user_is_refused_with_field_and_reason(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(world.clinic, world.login(ADMIN[0]))
    qtbot.addWidget(dialog)
    dialog.add_user()
    add = dialog.last_add_dialog
    assert add is not None
    qtbot.keyClicks(add.username, "olga")
    qtbot.keyClicks(add.full_name, "Olga")  # one word: no family name
    add.accept()
    assert add.isVisible() and add.error.text() == "Full name: write the given name and family name."
    add.full_name.setText("Olga Berg")
    add.username.setText("nurse")
    add.accept()
    assert add.error.text() == "User name: a shared login is refused (one login per person)."
    add.username.setText("9x")
    add.accept()
    assert add.error.text() == ("User name: 2 to 40 characters; lower-case letters, digits, '.', '_' or '-', "
                                "starting with a letter.")
    add.username.setText("nina")
    add.accept()
    assert add.error.text() == 'User name: "nina" is already taken; choose another.'
    assert dialog.last_code_dialog is None
    assert [u.username for u in world.clinic.users(world.login(ADMIN[0]))] == ["ada", "ivan", "nina", "petra",
                                                                               "phil"]


def test_reset_password_shows_a_code_that_replaces_the_old_password(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(world.clinic, world.login(ADMIN[0]))
    qtbot.addWidget(dialog)
    dialog.reset_selected(confirmed=True)
    assert dialog.error.text() == "Select a user first." and dialog.last_code_dialog is None
    dialog.select_user("nina")
    dialog.reset_selected(confirmed=True)
    shown = dialog.last_code_dialog
    assert shown is not None and shown.isVisible()
    first = shown.code.text()
    assert world.clinic.login("nina", USERS["nina"][2])  # nothing changes before the second person (ROLE-4)
    second = world.clinic.confirm_password_reset(world.login("ivan"), "nina", password=USERS["ivan"][2])
    code = f"{first}-{second}"
    with pytest.raises(DomainError) as refused:  # the old password stopped working at once
        world.clinic.login("nina", USERS["nina"][2])
    assert refused.value.code == "authentication_failed"
    dialog.reload()
    assert dialog.model.index(_row_of(dialog, "nina"), USER_COL_PASSWORD).data() == "one-time code given, not yet used"
    assert world.clinic.change_password("nina", code, "brand-new-secret-9").username == "nina"
    assert world.clinic.login("nina", "brand-new-secret-9").role is Role.NURSE


def test_a_non_administrator_is_refused_by_the_facade_too(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(world.clinic, world.login("ivan"))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.error.text() == "Not allowed: your role (investigator) may not manage user accounts."


def test_change_my_password(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world, tmp_path, "nina")
    window.actions_by_name["change_password"].trigger()
    dialog = window.last_account_dialog
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.current, "not-my-password")
    qtbot.keyClicks(dialog.new_password, "my-next-secret-2")
    qtbot.keyClicks(dialog.confirm, "my-next-secret-2")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "User name or password is wrong."
    assert dialog.current.text() == ""
    qtbot.keyClicks(dialog.current, USERS["nina"][2])
    dialog.confirm.setText("my-next-secret-3")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "The two new passwords differ."
    dialog.new_password.setText("short")
    dialog.confirm.setText("short")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text().startswith("The password must have ")
    dialog.new_password.setText("my-next-secret-2")
    dialog.confirm.setText("my-next-secret-2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == "Password changed."
    assert world.clinic.login("nina", "my-next-secret-2").username == "nina"


def test_deactivate_asks_a_reason_and_ends_the_session(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    nina = world.login("nina")
    dialog = UsersDialog(world.clinic, world.login(ADMIN[0]))
    qtbot.addWidget(dialog)
    dialog.select_user("nina")
    dialog.deactivate_selected("x")
    assert dialog.error.isVisibleTo(dialog) and "reason" in dialog.error.text().lower()
    dialog.deactivate_selected("left the unit")
    assert dialog.model.index(_row_of(dialog, "nina"), USER_COL_ACTIVE).data() == "no"
    with pytest.raises(DomainError):
        world.clinic.patients(nina)


def test_an_investigator_confirms_a_reset_in_the_window_and_sees_the_second_half_once(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                                       tmp_path: Path) -> None:
    """ROLE-4: the administrator asks (the users dialog shows the reset waiting); the investigator
    confirms from the Session menu, re-entering their password; the second half is shown once; the
    two halves together let the person choose a new password."""
    admin = UsersDialog(world.clinic, world.login(ADMIN[0]))
    qtbot.addWidget(admin)
    admin.select_user("nina")
    admin.reset_selected(confirmed=True)
    first = admin.last_code_dialog.code.text()
    assert admin.model.index(_row_of(admin, "nina"), USER_COL_RESET).data().startswith(
        "requested by ada Mon 05-Jan-2026")
    assert admin.model.index(_row_of(admin, "nina"), USER_COL_RESET).data().endswith("waits for an investigator")

    window = _window(qtbot, world, tmp_path, "ivan")
    action = window.actions_by_name["confirm_reset"]
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    dialog = window.last_account_dialog
    assert isinstance(dialog, ConfirmResetDialog) and [p.username for p in dialog.model.rows()] == ["nina"]
    dialog.password.setText(USERS["ivan"][2])
    dialog.ok_button.click()  # nothing selected yet
    assert dialog.error.text() == "Select the reset to confirm first." and dialog.isVisible()
    dialog.select_user("nina")
    dialog.password.setText("not-my-password-1")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.text() == "User name or password is wrong."
    dialog.password.setText(USERS["ivan"][2])
    dialog.ok_button.click()
    assert not dialog.isVisible()
    shown = dialog.code_dialog
    assert shown is not None and shown.isVisible() and "SECOND HALF" in shown.findChild(QLabel).text()
    second = shown.code.text()
    shown.accept()
    assert shown.code.text() == ""  # shown once: gone with its dialog
    assert world.clinic.change_password("nina", f"{first}-{second}", "brand-new-secret-9").username == "nina"
    admin.reload()
    assert admin.model.index(_row_of(admin, "nina"), USER_COL_RESET).data() == ""


def test_the_requester_and_the_person_cannot_confirm_and_others_never_see_it(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                              tmp_path: Path) -> None:
    """ROLE-4: the second person is neither the person nor the requester; only investigators have
    the menu entry."""
    world.clinic.request_password_reset(world.login(ADMIN[0]), "ivan")
    dialog = ConfirmResetDialog(world.clinic, world.login("ivan"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_user("ivan")
    dialog.password.setText(USERS["ivan"][2])
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.text().startswith("A second person must confirm this for ivan")
    for username in ("nina", "phil", ADMIN[0]):
        window = _window(qtbot, world, tmp_path, username)
        assert not window.actions_by_name["confirm_reset"].isVisible(), username
        window.close()
