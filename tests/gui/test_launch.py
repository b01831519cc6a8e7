"""`python -m clinic_app` opens the window (here: renders a screenshot and exits 0) and keeps the
command line working; a database that cannot be opened gives exit 2, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

from clinic_app.gui.launch import identify_application
from clinic_app.paths import APP_ID

from .conftest import USERS, World, enrol

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], tmp_path: Path, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("CLINIC_APP_PASSWORD", None)
    if password is not None:
        env["CLINIC_APP_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "clinic_app", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_screenshot_of_today_and_a_patient(world: World, tmp_path: Path) -> None:
    enrol(world, "IMP-A-001", "Ann Smith")
    world.clinic.close()  # the subprocess opens the file itself
    for view in ("today", "patient"):
        shot = tmp_path / f"{view}.png"
        done = _run(["--db", str(world.db_path), "--date", world.clock.today().isoformat(), "--user", "nina",
                     "--settings", str(tmp_path / "settings.json"), "--screenshot", str(shot), "--view", view],
                    tmp_path, USERS["nina"][2])
        assert done.returncode == 0, done.stderr
        image = QImage(str(shot))
        assert image.width() >= 800 and image.height() >= 500
    world.clinic = world.open_clinic()  # for the fixture's teardown


def test_another_day_is_refused_on_a_clinic_s_own_records(world: World, tmp_path: Path) -> None:
    """Found by the independent review: `--date` opened a clinic's real database writable with a
    clock set to another day, so a nurse could sign "Administered" or record labs dated in the
    future (INPUT-4: no measurement in the future; ROLE-3: a signature's date and time). Without
    --screenshot and outside the demo clinic it is refused with exit 2 before any dialog."""
    enrol(world, "IMP-A-001", "Ann Smith")
    world.clinic.close()
    before = world.db_path.read_bytes()
    later = (world.clock.today() + timedelta(days=30)).isoformat()
    done = _run(["--db", str(world.db_path), "--date", later, "--settings", str(tmp_path / "settings.json")],
                tmp_path)
    assert done.returncode == 2, done.stderr
    assert "--date" in done.stderr and "--screenshot" in done.stderr and "Traceback" not in done.stderr
    assert world.db_path.read_bytes() == before
    world.clinic = world.open_clinic()


def test_screenshot_without_password_is_refused(world: World, tmp_path: Path) -> None:
    done = _run(["--db", str(world.db_path), "--user", "nina", "--screenshot", str(tmp_path / "x.png")], tmp_path)
    assert done.returncode != 0 and "CLINIC_APP_PASSWORD" in done.stderr


def test_unreadable_database_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-database.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    done = _run(["--db", str(bad), "--user", "nina", "--screenshot", str(tmp_path / "x.png")], tmp_path, "whatever")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_subcommands_still_reach_the_command_line(tmp_path: Path) -> None:
    done = _run(["dose", "--height-cm", "170", "--weight-kg", "70"], tmp_path)
    assert done.returncode == 0 and "1.82" in done.stdout


def test_the_application_names_its_desktop_entry(qapp) -> None:  # type: ignore[no-untyped-def]
    name, desktop = qapp.applicationName(), QGuiApplication.desktopFileName()
    try:
        identify_application(qapp)
        assert QGuiApplication.desktopFileName() == APP_ID == "org.clinicdosing.ClinicDosingAssistant"
        assert qapp.applicationName() == "Clinic Dosing Assistant"
        assert (ROOT / "packaging" / f"{APP_ID}.desktop").is_file()
    finally:
        qapp.setApplicationName(name)
        QGuiApplication.setDesktopFileName(desktop)
