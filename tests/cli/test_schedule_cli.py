"""`python -m clinic_app schedule`: table, JSON, iCalendar file and refusal of bad dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from clinic_app.cli import main


def test_json_lists_every_event_with_iso_dates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schedule", "--c1d1", "2026-01-05", "--today", "2025-12-01", "--cohort", "A", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert len(events) == 51
    by_uid = {e["uid"]: e for e in events}
    week13 = by_uid["week13_assessment"]
    assert (week13["date"], week13["study_day"], week13["study_week"], week13["window"]) == (
        "2026-03-30", 85, 13, ["2026-03-27", "2026-04-02"])
    assert week13["nominal_date"] == "2026-03-30" and week13["rule"]["code"] == "visit_anchored"
    c6d15 = by_uid["paclitaxel-C6D15"]
    assert (c6d15["kind"], c6d15["cycle"], c6d15["day"], c6d15["date"], c6d15["status"]) == (
        "paclitaxel", 6, 15, "2026-06-08", "planned")
    assert by_uid["imp321-C1D2"]["dose"] == "0.25 mg subcutaneously"


def test_table_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schedule", "--c1d1", "2026-01-05", "--today", "2026-01-05", "--cohort", "C"]) == 0
    out = capsys.readouterr().out
    line = next(row for row in out.splitlines() if row.startswith("IMP321") and "C1D2" in row)
    assert "Tue 06-Jan-2026" in line and "6.25 mg subcutaneously" in line and "planned" in line
    infusion = next(row for row in out.splitlines() if row.startswith("PACLitaxel") and "C1D1" in row)
    assert "Mon 05-Jan-2026" in infusion and "80 mg/m² IV" in infusion and " due " in infusion
    week13 = next(row for row in out.splitlines() if row.startswith("Week 13 assessment"))
    assert "Mon 30-Mar-2026" in week13 and "Fri 27-Mar-2026 .. Thu 02-Apr-2026" in week13
    assert ("Week 13 assessment (complete examination): planned IMP321 #6 (C3D16) Tue 17-Mar-2026 + 13 days "
            "(nominal day 85, Mon 30-Mar-2026)") in out
    assert "week13" not in out and "paclitaxel" not in out and "imp321" not in out  # no internal names


def test_ics_file_parses_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "calendar.ics"
    assert main(["schedule", "--c1d1", "2026-01-05", "--today", "2025-12-01", "--ics", str(target)]) == 0
    events = [c for c in Calendar.from_ical(target.read_bytes()).walk() if c.name == "VEVENT"]
    assert len(events) == 51
    assert str(target) in capsys.readouterr().out


@pytest.mark.parametrize("text", ["05/01/2026", "2026-02-30", "2026-1-5", "２０２６-01-05", ""])
def test_bad_date_exits_2_naming_field_and_format(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schedule", "--c1d1", text]) == 2
    err = capsys.readouterr().err
    assert "--c1d1" in err and "YYYY-MM-DD" in err


def test_unknown_cohort_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schedule", "--c1d1", "2026-01-05", "--cohort", "Z"]) == 2
    assert "cohort" in capsys.readouterr().err
