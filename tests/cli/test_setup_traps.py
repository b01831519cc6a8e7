"""Setting a clinic up from the command line without falling into a trap: the demo never lands in
the real clinic's file, a refused `init` leaves nothing behind, --db and --user are accepted where
people write them, and `--help` lists the window's options."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from clinic_app.__main__ import _wants_window
from clinic_app.cli import data_commands, main
from clinic_app.cli.access import PASSWORD_ENV
from clinic_app.facade import Clinic
from clinic_app.paths import default_db_path, demo_db_path

ADMIN_PASSWORD = "first-admin-password"


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)


def test_demo_without_db_goes_to_the_demo_file_never_the_clinic_s(demo_template: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Path] = []

    def copy_demo(path: Path, *, today: date, progress: object = None) -> None:  # timed in tests/benchmarks
        built.append(path)
        shutil.copy2(demo_template, path)

    monkeypatch.setattr(data_commands, "build_demo", copy_demo)
    assert main(["demo", "--date", "2026-11-23"]) == 0
    assert built == [demo_db_path()] and demo_db_path().exists()
    assert not default_db_path().exists()


def test_a_refused_init_leaves_nothing_and_can_be_run_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic" / "clinic.sqlite3"
    db.parent.mkdir()
    argv = ["init", "--db", str(db), "--site", "Day Unit", "--user", "ivan.it", "--full-name", "Ivan Itsupport",
            "--phone", "+33 1 45 67 89 00"]
    monkeypatch.setenv(PASSWORD_ENV, "short")
    assert main(argv) == 2
    assert "password must have" in capsys.readouterr().err
    assert list(db.parent.iterdir()) == []  # no database, no audit key, no chain head
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    assert main(argv) == 0
    assert db.exists()
    with Clinic.open(db) as clinic:
        assert clinic.site_phone == "+33 1 45 67 89 00"  # printed on every patient calendar


def test_db_and_user_before_or_after_the_action(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic.sqlite3"
    assert main(["init", "--db", str(db), "--site", "Day Unit", "--user", "ivan.it", "--full-name",
                 "Ivan Itsupport"]) == 0
    assert main(["user", "add", "nora.nurse", "--full-name", "Nora Nurse", "--role", "nurse", "--db", str(db),
                 "--user", "ivan.it"]) == 0
    assert main(["user", "--user", "ivan.it", "--db", str(db), "add", "paul.pharm", "--full-name", "Paul Pharm",
                 "--role", "pharmacist"]) == 0
    assert main(["--db", str(db), "--user", "ivan.it", "user", "list"]) == 0
    listing = capsys.readouterr().out
    assert "nora.nurse" in listing and "paul.pharm" in listing
    assert main(["user", "list", "--db", str(db)]) == 2
    assert "--user" in capsys.readouterr().err
    assert not _wants_window(["--db", str(db), "due"]) and _wants_window(["--db", str(db), "--demo"])


def test_help_lists_the_window_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ("--demo", "--db", "--date", "--screenshot", "--view", "--user", "--settings"):
        assert option in out
