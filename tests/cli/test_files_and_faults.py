"""What the commands write and refuse to write: private files whatever the umask, never an output
over the database or its files, read-only commands that create nothing, and one line (never a
traceback) for every bad input or failing disk."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinic_app.cli import main
from clinic_app.cli.access import PASSWORD_ENV
from clinic_app.facade import Clinic

PASSWORD = "first-admin-password"
REPO = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture(scope="module")
def clinic_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clinic with its administrator (ivan.it) and a nurse (nora.nurse), one password for both,
    made once per module by `init` under umask 022 (the production password hash costs a second)."""
    path = tmp_path_factory.mktemp("clinic-template") / "site" / "clinic.sqlite3"
    old = os.umask(0o022)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv(PASSWORD_ENV, PASSWORD)
            assert main(["init", "--db", str(path), "--site", "Day Unit", "--user", "ivan.it",
                         "--full-name", "Ivan Itsupport"]) == 0
            with Clinic.open(path) as clinic:
                code = clinic.create_user(clinic.login("ivan.it", PASSWORD), username="nora.nurse",
                                          full_name="Nora Nurse", role="nurse")  # type: ignore[arg-type]
                clinic.change_password("nora.nurse", code, PASSWORD)
    finally:
        os.umask(old)
    return path


@pytest.fixture
def clinic_db(clinic_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask_022: None) -> Path:
    """A private copy of the template clinic: the folder init made and every file in it, modes kept."""
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    shutil.copytree(clinic_template.parent, tmp_path / "site")
    return tmp_path / "site" / clinic_template.name


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err and err.count("\n") == 1, err
    return err


def test_everything_written_is_private_whatever_the_umask(clinic_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert main(["backup", "--db", str(clinic_db), "--user", "ivan.it", "-o", str(out / "b.sqlite3")]) == 0
    assert main(["print", "worklist", "--db", str(clinic_db), "--user", "nora.nurse", "-o", str(out / "w.pdf")]) == 0
    assert main(["export", "--db", str(clinic_db), "--user", "nora.nurse", "-o", str(out / "e.json")]) == 0
    assert main(["schedule", "--c1d1", "2026-01-05", "--ics", str(out / "c.ics")]) == 0
    assert main(["restore", "--db", str(clinic_db), "--user", "ivan.it", str(out / "b.sqlite3")]) == 0
    assert _mode(clinic_db.parent) == 0o700  # the folder init made
    written = [p for p in [*clinic_db.parent.iterdir(), *out.iterdir()] if p.is_file()]
    assert {p.name.rsplit(".", 1)[-1] for p in written} >= {"sqlite3", "auditkey", "head", "bak", "pdf", "json", "ics"}
    assert {p.name: oct(_mode(p)) for p in written if _mode(p) != 0o600} == {}


@pytest.mark.parametrize("argv", [
    ["print", "worklist", "--user", "nora.nurse", "-o", "{db}"],
    ["print", "worklist", "--user", "nora.nurse", "--force", "-o", "{db}-wal"],
    ["schedule", "--c1d1", "2026-01-05", "--force", "--ics", "{db}"],
    ["export", "--schema", "--force", "-o", "{db}.auditkey"],
    ["export", "--schema", "--force", "-o", "{db}.auditkey.head"],
    ["export", "--user", "nora.nurse", "--force", "-o", "{link}"],
    ["export", "--schema", "--force", "-o", "{hardlink}"],
    ["export", "--schema", "--force", "-o", "{backup}"],
])
def test_an_output_never_lands_on_the_database_or_its_files(clinic_db: Path, tmp_path: Path, argv: list[str],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "innocent.json"
    link.symlink_to(clinic_db)
    hardlink = clinic_db.with_name("copy-of-key")
    os.link(clinic_db.with_name(clinic_db.name + ".auditkey"), hardlink)
    backup = tmp_path / "backup.sqlite3"
    assert main(["backup", "--db", str(clinic_db), "--user", "ivan.it", "-o", str(backup)]) == 0
    before = {p.name: p.read_bytes() for p in clinic_db.parent.iterdir() if p.is_file()}
    capsys.readouterr()
    args = [a.format(db=clinic_db, link=link, hardlink=hardlink, backup=backup) for a in argv]
    if args[0] != "schedule":
        args[1:1] = ["--db", str(clinic_db)] if args[0] != "print" else []
        if args[0] == "print":
            args[2:2] = ["--db", str(clinic_db)]
    assert main(args) == 2
    assert "is never written over" in _one_line_error(capsys)
    after = {p.name: p.read_bytes() for p in clinic_db.parent.iterdir() if p.is_file()}
    assert {k: v for k, v in after.items() if not k.endswith(("-wal", "-shm"))} == \
        {k: v for k, v in before.items() if not k.endswith(("-wal", "-shm"))}
    assert Clinic.open(clinic_db).verify_database().ok


def test_an_existing_file_is_replaced_only_with_force(clinic_db: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "calendar.ics"
    target.write_text("mine")
    assert main(["schedule", "--c1d1", "2026-01-05", "--ics", str(target)]) == 2
    assert "already exists" in _one_line_error(capsys) and target.read_text() == "mine"
    assert main(["schedule", "--c1d1", "2026-01-05", "--ics", str(target), "--force"]) == 0
    assert target.read_text().startswith("BEGIN:VCALENDAR") and _mode(target) == 0o600


def test_read_only_commands_create_and_change_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(str(other))
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()
    for path in (empty, other):
        before = path.read_bytes()
        for argv in (["verify"], ["due", "--user", "ivan.it"], ["export", "--user", "ivan.it", "-o",
                                                                 str(tmp_path / "x.json")]):
            assert main([argv[0], "--db", str(path), *argv[1:]]) == 1
            err = capsys.readouterr().err
            assert "is not a database of this program" in err and "Traceback" not in err
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3", "other.sqlite3"]  # no key, no WAL


def test_a_clinic_whose_trail_and_key_were_erased_is_refused_even_by_verify(clinic_db: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(str(clinic_db), isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log")
    conn.close()
    for suffix in (".auditkey", ".auditkey.head"):
        clinic_db.with_name(clinic_db.name + suffix).unlink()
    for argv in (["verify"], ["due", "--user", "nora.nurse"], ["backup", "--user", "ivan.it", "-o", "x"]):
        assert main([argv[0], "--db", str(clinic_db), *argv[1:]]) != 0
        err = capsys.readouterr().err
        assert "audit key file" in err and "is missing" in err and "Traceback" not in err
    assert not clinic_db.with_name(clinic_db.name + ".auditkey").exists()  # no new key was made
    for suffix in (".auditkey",):  # even with a new key brought in, records without a trail are refused
        clinic_db.with_name(clinic_db.name + suffix).write_text("11" * 32)
    assert main(["verify", "--db", str(clinic_db)]) == 1
    assert "audit trail is missing" in capsys.readouterr().err


SUBCOMMANDS = [
    ["due", "--user", "x.y"], ["verify"], ["export", "--user", "x.y", "-o", "{out}"], ["import", "--user", "x.y",
                                                                                      "{out}"],
    ["backup", "--user", "x.y", "-o", "{out}"], ["restore", "--user", "x.y", "{out}"],
    ["print", "worklist", "--user", "x.y", "-o", "{out}"], ["user", "--user", "x.y", "list"],
    ["init", "--site", "S", "--user", "x.y", "--full-name", "X Y"], ["demo"],
]


@pytest.mark.parametrize("argv", SUBCOMMANDS, ids=[a[0] for a in SUBCOMMANDS])
def test_db_naming_a_folder_is_one_line_for_every_subcommand(tmp_path: Path, argv: list[str],
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    (tmp_path / "out.json").write_text("{}")
    args = [a.format(out=tmp_path / "out.json") for a in argv]
    if args[0] == "print":
        args[2:2] = ["--db", str(tmp_path)]
    else:
        args[1:1] = ["--db", str(tmp_path)]
    assert main(args) == 2
    _one_line_error(capsys)


def test_bad_input_and_failing_disks_are_one_line(clinic_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    latin1 = tmp_path / "export.json"
    latin1.write_bytes('{"site_name": "Hôpital"}'.encode("latin-1"))
    assert main(["import", "--db", str(clinic_db), "--user", "ivan.it", str(latin1)]) == 2
    assert "UTF-8" in _one_line_error(capsys)
    assert main(["schedule", "--c1d1", "9999-12-31"]) == 2
    assert "accepted range" in _one_line_error(capsys)

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    target = tmp_path / "w.pdf"
    assert main(["print", "worklist", "--db", str(clinic_db), "--user", "nora.nurse", "-o", str(target)]) == 1
    assert "No space left on device" in _one_line_error(capsys)
    assert not target.exists() and not list(tmp_path.glob(".w.pdf*"))  # nothing half-written left


def test_a_closed_pipe_is_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(f"{sys.executable} -m clinic_app schedule --c1d1 2026-01-05 | head -n 1", shell=True,
                          capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.stdout.count("\n") == 1 and "Traceback" not in done.stderr and "Broken" not in done.stderr


def test_a_busy_database_is_a_clear_message(clinic_db: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("clinic_app.store.connection.BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(str(clinic_db), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert main(["due", "--db", str(clinic_db), "--user", "nora.nurse", "--date", "2026-01-05"]) == 0
        monkeypatch.setenv(PASSWORD_ENV, "a wrong password")
        assert main(["due", "--db", str(clinic_db), "--user", "nora.nurse"]) == 1  # the count needs the lock
        assert "The database is busy" in _one_line_error(capsys)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
