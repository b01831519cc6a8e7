"""Logging in against the real facade: first start, wrong password, one-time code then own password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from clinic_app.domain.records import Role
from clinic_app.facade import Clinic
from clinic_app.gui.login_dialogs import FirstRunDialog, LoginDialog

from .conftest import ADMIN, USERS, World


def test_first_start_creates_the_administrator_and_site(qtbot, tmp_path: Path, world: World) -> None:  # type: ignore[no-untyped-def]
    clinic = Clinic.open(tmp_path / "empty.sqlite3", clock=world.clock, hasher=world.hasher)
    try:
        assert clinic.needs_first_run()
        dialog = FirstRunDialog(clinic)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.site_name, "Oncology Day Unit")
        qtbot.keyClicks(dialog.username, "boss")
        qtbot.keyClicks(dialog.full_name, "Bea Boss")
        qtbot.keyClicks(dialog.password, "long-enough-secret")
        qtbot.keyClicks(dialog.confirm, "long-enough-secret")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.session is not None and dialog.session.role is Role.ADMINISTRATOR
        assert clinic.site_name == "Oncology Day Unit"
        assert not clinic.needs_first_run()
    finally:
        clinic.close()


def test_first_start_refuses_mismatched_passwords(qtbot, tmp_path: Path, world: World) -> None:  # type: ignore[no-untyped-def]
    clinic = Clinic.open(tmp_path / "empty.sqlite3", clock=world.clock, hasher=world.hasher)
    try:
        dialog = FirstRunDialog(clinic)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.password, "long-enough-secret")
        qtbot.keyClicks(dialog.confirm, "long-enough-secreT")
        dialog.accept()
        assert dialog.session is None and "differ" in dialog.error.text()
        assert clinic.needs_first_run()
    finally:
        clinic.close()


def test_wrong_password_is_refused_in_words(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(world.clinic)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "nina")
    qtbot.keyClicks(dialog.password, "not-her-password")
    dialog.accept()
    assert dialog.session is None
    assert dialog.error.text() == "User name or password is wrong."
    assert dialog.password.text() == ""
    dialog.password.setText(USERS["nina"][2])
    dialog.accept()
    assert dialog.session is not None and dialog.session.username == "nina"


def test_one_time_code_leads_to_choosing_a_password(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    admin = world.clinic.login(ADMIN[0], ADMIN[2])
    code = world.clinic.create_user(admin, username="olga", full_name="Olga Nurse", role=Role.NURSE)
    dialog = LoginDialog(world.clinic, username="olga")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.new_password.isVisible()
    qtbot.keyClicks(dialog.password, code)
    dialog.accept()
    assert dialog.session is None and dialog.new_password.isVisible()
    qtbot.keyClicks(dialog.new_password, "my-own-secret-9")
    qtbot.keyClicks(dialog.confirm, "my-own-secret-9")
    dialog.accept()
    assert dialog.session is not None and dialog.session.username == "olga"
    assert world.clinic.login("olga", "my-own-secret-9").role is Role.NURSE
