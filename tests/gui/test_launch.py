"""`python -m clinic_app` opens the window (here: renders a screenshot and exits 0) and keeps the
command line working; a database that cannot be opened gives exit 2, not a traceback."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

from clinic_app.gui.launch import _configure_logging, identify_application
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


def test_the_window_log_rotates_at_five_files_of_two_megabytes(tmp_path: Path) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    umask = os.umask(0o022)  # a usual umask: without care each new file would be 0644
    try:
        _configure_logging(tmp_path)
        added = [h for h in root.handlers if h not in handlers]
        assert len(added) == 1 and isinstance(added[0], RotatingFileHandler)
        log = logging.getLogger("clinic_app.gui.rotation_test")
        line = "x" * 10_000
        for n in range(1_300):  # 13 MB: more than the five files hold
            log.info("record %d %s", n, line)
        added[0].flush()
        names = sorted(p.name for p in tmp_path.iterdir())
        assert names == ["clinic_app.log"] + [f"clinic_app.log.{i}" for i in range(1, 5)]
        assert all((tmp_path / name).stat().st_size <= 2 * 1024 * 1024 for name in names)
        assert {oct((tmp_path / name).stat().st_mode & 0o777) for name in names} == {"0o600"}, "private, all five"
        assert "record 1299 " in (tmp_path / "clinic_app.log").read_text(encoding="utf-8")
        assert "record 0 " not in "".join((tmp_path / name).read_text(encoding="utf-8") for name in names)
    finally:
        os.umask(umask)
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)


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
