"""First start on an empty database, both ways, through the launcher's own sign-in path and the real
dialogs: set up the clinic and its administrator, or open the fictional demo clinic instead (built
in the user data folder exactly as `--demo` does; the real database stays empty; DEMO banner).

The demo is built once per test session by the real `build_demo` (tests/conftest.py): here the
launcher's call to it is recorded and answered with a copy, as of the same day."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from clinic_app.domain.records import Role
from clinic_app.facade import Clinic
from clinic_app.facade.demo import DEMO_PASSWORD
from clinic_app.gui.launch import build_main_window, demo_db_path, sign_in
from clinic_app.gui.login_dialogs import FirstRunDialog, LoginDialog
from clinic_app.gui.settings import WindowSettings

from .conftest import CET, World

DEMO_DAY = date(2026, 11, 23)  # the day the session-wide demo clinic is built as of (tests/conftest.py)


def _when_shown(kind: type, act: Callable[[Any], None]) -> None:
    """Run `act` on the modal dialog of `kind` once its exec() shows it."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _interactive() -> argparse.Namespace:
    return argparse.Namespace(screenshot=None, user=None)


def test_first_run_sets_up_the_real_clinic(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    real = tmp_path / "real.sqlite3"
    clinic = Clinic.open(real, clock=world.clock, hasher=world.hasher)

    def fill(dialog: FirstRunDialog) -> None:
        qtbot.keyClicks(dialog.site_name, "Oncology Day Unit")
        qtbot.keyClicks(dialog.username, "boss")
        qtbot.keyClicks(dialog.full_name, "Bea Boss")
        qtbot.keyClicks(dialog.password, "long-enough-secret")
        qtbot.keyClicks(dialog.confirm, "long-enough-secret")
        dialog.accept()

    _when_shown(FirstRunDialog, fill)
    clinic, db_path, session = sign_in(clinic, real, world.clock, _interactive())
    try:
        assert db_path == real and session.role is Role.ADMINISTRATOR and clinic.site_name == "Oncology Day Unit"
        window = build_main_window(clinic, session, db_path, world.clock, WindowSettings(), None, None)
        qtbot.addWidget(window)
        window.show()
        assert not window.demo_banner.isVisible()
    finally:
        clinic.close()


def test_first_run_can_open_the_demo_clinic_instead(qtbot, world: World, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     demo_builder: list[tuple[Path, date]]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    world.clock.now = datetime.combine(DEMO_DAY, datetime.min.time().replace(hour=9), tzinfo=CET)
    real = tmp_path / "real.sqlite3"
    clinic = Clinic.open(real, clock=world.clock, hasher=world.hasher)
    seen: dict[str, str] = {}

    def log_in(dialog: LoginDialog) -> None:
        hint = dialog.findChild(QLabel, "demo_hint")
        seen["hint"] = hint.text() if hint is not None and hint.isVisible() else ""
        qtbot.keyClicks(dialog.username, "dr.martin")
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        dialog.accept()

    def choose_demo(dialog: FirstRunDialog) -> None:
        seen["offer"] = dialog.findChild(QLabel, "demo_offer").text()
        _when_shown(LoginDialog, log_in)
        dialog.demo_button.click()

    _when_shown(FirstRunDialog, choose_demo)
    clinic, db_path, session = sign_in(clinic, real, world.clock, _interactive())
    try:
        assert "fictional patients for training" in seen["offer"]
        assert "DEMO banner is shown on every screen and sheet" in seen["offer"]
        assert "real clinic database stays empty" in seen["offer"]
        assert "dr.martin" in seen["hint"] and DEMO_PASSWORD in seen["hint"]
        # The same file `--demo` opens, in the user data folder; the real database is untouched.
        assert db_path == demo_db_path() and db_path.is_relative_to(tmp_path / "data")
        assert demo_builder == [(db_path, DEMO_DAY)], "built once, on first use, as of the clock's day"
        assert session.username == "dr.martin" and clinic.has_demo_data
        with Clinic.open(real, clock=world.clock, hasher=world.hasher) as untouched:
            assert untouched.needs_first_run()
        window = build_main_window(clinic, session, db_path, world.clock, WindowSettings(), None, None)
        qtbot.addWidget(window)
        window.show()
        assert window.demo_banner.isVisible() and "DEMO" in window.demo_banner.text()
        window.cohorts_view.reload_now()
        assert window.cohorts_view.week13_model.rowCount() == 8  # the demo's cohort A
    finally:
        clinic.close()
