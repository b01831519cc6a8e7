"""Accounts from the command line: the administrator hands out one-time codes, never passwords."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinic_app.cli import main
from clinic_app.cli.access import PASSWORD_ENV
from clinic_app.domain.errors import AuthError
from clinic_app.facade import Clinic
from clinic_app.store import AuthenticationFailed, PasswordChangeRequired

ADMIN_PASSWORD = "first-admin-password"


@pytest.fixture
def clinic_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    path = tmp_path / "clinic.sqlite3"
    assert main(["init", "--db", str(path), "--site", "Day Unit", "--user", "ivan.it",
                 "--full-name", "Ivan Itsupport"]) == 0
    return path


def test_add_reset_and_list(clinic_db: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    capsys.readouterr()
    assert main(["user", "--db", str(clinic_db), "--user", "ivan.it", "add", "nora.nurse",
                 "--full-name", "Nora Nurse", "--role", "nurse"]) == 0
    code = capsys.readouterr().out.strip().rsplit(": ", 1)[1]
    with Clinic.open(clinic_db) as clinic:
        with pytest.raises(PasswordChangeRequired):  # the code alone does not sign in
            clinic.login("nora.nurse", code)
        clinic.change_password("nora.nurse", code, "noras-own-password")
        assert clinic.login("nora.nurse", "noras-own-password").role.value == "nurse"
    assert main(["user", "--db", str(clinic_db), "--user", "ivan.it", "reset", "nora.nurse"]) == 0
    first = capsys.readouterr().out.strip().rsplit(": ", 1)[1]
    with Clinic.open(clinic_db) as clinic:
        assert clinic.login("nora.nurse", "noras-own-password")  # nothing changes before confirmation
    assert main(["user", "--db", str(clinic_db), "--user", "ivan.it", "add", "dr.ines",
                 "--full-name", "Ines Investigator", "--role", "investigator"]) == 0
    code = capsys.readouterr().out.strip().rsplit(": ", 1)[1]
    with Clinic.open(clinic_db) as clinic:
        clinic.change_password("dr.ines", code, "ines-own-password")
        nora = clinic.login("nora.nurse", "noras-own-password")
    monkeypatch.setenv(PASSWORD_ENV, "ines-own-password")
    assert main(["user", "--db", str(clinic_db), "--user", "dr.ines", "confirm-reset", "nora.nurse"]) == 0
    second = capsys.readouterr().out.strip().rsplit(": ", 1)[1]
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    with Clinic.open(clinic_db) as clinic:
        with pytest.raises(AuthenticationFailed):
            clinic.login("nora.nurse", "noras-own-password")  # the old password is gone
        with pytest.raises(AuthError):
            clinic.patients(nora)  # and so is her open session
        with pytest.raises(PasswordChangeRequired):
            clinic.login("nora.nurse", f"{first}{second}")
    assert main(["user", "--db", str(clinic_db), "--user", "ivan.it", "deactivate", "dr.ines",
                 "--reason", "left the unit"]) == 0
    capsys.readouterr()
    assert main(["user", "--db", str(clinic_db), "--user", "ivan.it", "list", "--json"]) == 0
    users = {u["username"]: u for u in json.loads(capsys.readouterr().out)}
    assert users["nora.nurse"]["must_change_password"] is True and users["ivan.it"]["role"] == "administrator"
    assert users["dr.ines"]["active"] is False


def test_only_an_administrator_manages_accounts(clinic_db: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["user", "--db", str(clinic_db), "--user", "ivan.it", "add", "dr.ines",
                 "--full-name", "Ines Investigator", "--role", "investigator"]) == 0
    code = capsys.readouterr().out.strip().rsplit(": ", 1)[1]
    with Clinic.open(clinic_db) as clinic:
        clinic.change_password("dr.ines", code, "ines-own-password")
    monkeypatch.setenv(PASSWORD_ENV, "ines-own-password")
    assert main(["user", "--db", str(clinic_db), "--user", "dr.ines", "add", "x.y", "--full-name", "X Y",
                 "--role", "nurse"]) == 1
    assert "not allowed" in capsys.readouterr().err.lower()
