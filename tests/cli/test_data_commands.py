"""init / demo / due / export / import / backup / restore / verify, run through the command line's main()."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from clinic_app.cli import main
from clinic_app.cli.access import PASSWORD_ENV
from clinic_app.facade.demo import DEMO_PASSWORD

DEMO_TODAY = "2026-11-23"  # the date the session-wide demo clinic was built for (tests/conftest.py)


@pytest.fixture(autouse=True)
def demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, DEMO_PASSWORD)


def test_due_json_lists_every_active_patient_with_doses(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "--db", str(demo_db), "--user", "nurse.okafor", "--date", DEMO_TODAY, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["date"] == DEMO_TODAY
    rows = out["items"]
    assert rows, "the demo clinic has items due"
    for row in rows:
        assert {"subject", "kind", "cycle", "day", "date", "status", "dose", "state"} <= set(row)
        assert row["status"] in {"overdue", "missed", "due_today", "upcoming", "decision_required", "discontinued",
                                 "ended"}
        if row["kind"] == "imp321":
            assert row["dose"]["mcg"] in {250, 1250}  # cohorts A and B are open in the demo
        if row["kind"] == "paclitaxel" and row["dose"]["mg"] is not None:
            assert "." not in row["dose"]["mg"]  # whole mg
            assert row["dose"]["provisional"] is (row["state"]["progress"] != "verified")
            assert row["state"]["labs"] in {"ok", "hold", "missing", "too_old", None}
    # The held C1D15 of IMP-B04 leaves its IMP321 give/skip pending for an investigator.
    assert any(r["subject"] == "IMP-B04" and r["status"] == "decision_required" for r in rows)


def test_wrong_password_and_missing_database(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "wrong-password-1")
    assert main(["due", "--db", str(demo_db), "--user", "nurse.okafor"]) != 0
    assert main(["due", "--db", str(demo_db.parent / "none.sqlite3"), "--user", "nurse.okafor"]) == 2
    err = capsys.readouterr().err
    assert "--db" in err and "Traceback" not in err


def test_export_import_export_is_identical(demo_db: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert main(["export", "--db", str(demo_db), "--user", "dr.martin", "--include-identities", "-o", str(first)]) == 0
    doc = json.loads(first.read_text())
    assert doc["format"] == "clinic-dosing-assistant/export" and len(doc["patients"]) == 13
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["init", "--db", str(fresh), "--site", doc["site_name"], "--user", "ivan.it",
                 "--full-name", "Ivan Itsupport"]) == 0
    assert main(["import", "--db", str(fresh), "--user", "ivan.it", str(first)]) == 0
    assert main(["export", "--db", str(fresh), "--user", "ivan.it", "--include-identities", "-o", str(second)]) == 1
    # ... an administrator sees no patient data: export is a clinical read. No account was imported:
    # an investigator of the new clinic gets one (one-time code) and exports.
    from clinic_app.domain.records import Role
    from clinic_app.facade import Clinic

    with Clinic.open(fresh) as clinic:
        admin = clinic.login("ivan.it", DEMO_PASSWORD)
        assert {u.username for u in clinic.users(admin)} == {"ivan.it"}
        code = clinic.create_user(admin, username="dr.new", full_name="Nadia Newcomer", role=Role.INVESTIGATOR)
        doctor = clinic.change_password("dr.new", code, DEMO_PASSWORD)
        assert clinic.verify_database().ok
        # The imported decisions are in force: the same due list as the source clinic.
        with Clinic.open(demo_db) as source:
            today = source.today()
            theirs = [(r.subject_code, r.status, r.dose_text) for r in source.due_list(
                source.login("dr.martin", DEMO_PASSWORD), today)]
        assert [(r.subject_code, r.status, r.dose_text) for r in clinic.due_list(doctor, today)] == theirs
    assert main(["export", "--db", str(fresh), "--user", "dr.new", "--include-identities", "-o", str(second)]) == 0
    assert second.read_text() == first.read_text()


def test_sponsor_export_has_no_identities(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "sponsor.json"
    assert main(["export", "--db", str(demo_db), "--user", "dr.martin", "-o", str(out)]) == 0
    text = out.read_text()
    assert "Maria Rossi" not in text and "H7001" not in text
    assert json.loads(text)["includes_identities"] is False


def test_schema_is_written(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    assert main(["export", "--schema", "-o", str(out)]) == 0
    schema = json.loads(out.read_text())
    assert schema["title"] == "Clinic Dosing Assistant export" and "patients" in schema["properties"]


def test_backup_restore_and_verify_detects_tampering(demo_db: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert main(["backup", "--db", str(demo_db), "--user", "sam.admin", "-o", str(backup)]) == 0
    assert main(["restore", "--db", str(demo_db), "--user", "sam.admin", str(backup)]) == 0
    assert main(["verify", "--db", str(demo_db)]) == 0
    # An attacker edits an audit row behind the program's back.
    con = sqlite3.connect(demo_db)
    con.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    triggers = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'")]
    for name in triggers:
        con.execute(f"DROP TRIGGER {name}")
    con.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 10")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["verify", "--db", str(demo_db)]) != 0
    assert "10" in capsys.readouterr().err


def test_verify_names_a_dropped_protection_and_says_where_only_what_it_knows(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """REC-6 from the command line: the fault in words, its place only as far as it is known."""
    con = sqlite3.connect(demo_db)
    con.execute("DROP TRIGGER signatures_no_update")  # every row intact: only the schema tells
    con.commit()
    con.close()
    head = demo_db.with_name(demo_db.name + ".auditkey.head")
    assert main(["verify", "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert "trigger signatures_no_update on signatures missing" in err and "None" not in err
    head.rename(head.with_suffix(".gone"))  # a fault with no table and no row: no empty place in brackets
    assert main(["verify", "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert "head file" in err and "None" not in err and "()" not in err


def test_a_missing_file_is_one_line_not_a_traceback(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--db", str(demo_db), "--user", "sam.admin", str(demo_db.parent / "nope.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "nope.json" in err and "Traceback" not in err and err.count("\n") == 1
