"""One patient from chair to chair through the command line only, the way a clinic's script would
drive it: every step's JSON is read and the next step is chained from it.

Day T is the real today (the first two steps run as real `python -m clinic_app` processes, on the
real clock); C1D1 is planned for T+3. The rest runs through `main([...])` with the test's clock.

Patient IMP-001, cohort A, 170 cm / 70 kg on C1D1:
  BSA (Mosteller) = sqrt(170 × 70 / 3600) = sqrt(3.30556) = 1.81812 -> 1.82 m² (half-up, 2 dp)
  PACLitaxel C1D1 = 80 mg/m² × 1.82 m² = 145.6 mg -> 146 mg (half-up to 1 mg); 146 / 6 mg/mL = 24.3 mL
  IMP321 C1D2 (T+4): cohort A flat dose 250 mcg = 0.25 mg, never BSA-based
On C1D8 (T+10) she weighs 80 kg: +14.3 % against the 70 kg of C1D1 (>= 10 %: an investigator decides,
DOSE-6); recalculated: sqrt(170 × 80 / 3600) = sqrt(3.77778) = 1.94365 -> 1.94 m²;
80 × 1.94 = 155.2 -> 155 mg. Her ANC is 1.2 × 10⁹/L (< 1.5): pharmacy does not prepare (LAB-2) and
the nurse holds C1D8 (HOLD-1).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from clinic_app.cli import main
from clinic_app.cli.access import PASSWORD_ENV

from .conftest import PASSWORD, Cli

REPO = Path(__file__).resolve().parents[2]


def _real_process(db: Path, *argv: str) -> tuple[int, dict[str, object], str]:
    """`python -m clinic_app ...` in its own process, on the real clock, the password from the environment."""
    done = subprocess.run([sys.executable, "-m", "clinic_app", *argv, "--db", str(db), "--json"], cwd=REPO,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, PASSWORD_ENV: PASSWORD, "PYTHONPATH": str(REPO)})
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, json.loads(done.stdout), done.stderr


def test_one_patient_from_chair_to_chair(staff_cli: Cli) -> None:
    """DOSE-1, DOSE-2 (the arithmetic above), ROLE-2 (the verifier's own figures), PREMED-2
    (dexamethasone first), REG-2 and REG-3 (IMP321 the next day, flat), DOSE-6 (weight change
    decided), LAB-2 and HOLD-1 (a hold with a coded reason), all through the command line."""
    cli = staff_cli
    now = datetime.now().astimezone()
    zone, today = now.tzinfo, now.date()
    assert zone is not None
    c1d1 = today + timedelta(days=3)

    # Investigator enrols, nurse records the screening visit: real processes on the real clock.
    code, out, err = _real_process(cli.db, "enrol", "--user", "dr.ivy", "--patient", "IMP-001", "--initials", "JD",
                                   "--date-of-birth", "1961-04-12", "--cohort", "A", "--c1d1", c1d1.isoformat(),
                                   "--full-name", "Jane Doe", "--hospital-number", "H-001")
    assert code == 0, err
    assert out["patient"] == {"subject": "IMP-001", "initials": "JD", "date_of_birth": "1961-04-12", "cohort": "A",
                              "planned_c1d1": c1d1.isoformat(), "enrolled_on": today.isoformat(), "active": True}
    code, out, err = _real_process(cli.db, "visit", "--patient", "IMP-001", "--visit", "screening",
                                   "--date", today.isoformat(), "--user", "nurse.nora")
    assert code == 0, err
    assert out["visit"] == {"subject": "IMP-001", "visit": "screening", "on": today.isoformat(),
                            "recorded_by": "nurse.nora"}

    # C1D1: the nurse measures and draws labs.
    cli.clock.set_day(c1d1, zone=zone)
    day1 = c1d1.isoformat()
    a = cli.run("nurse.nora", "measure", "--patient", "IMP-001", "--height-cm", "170", "--weight-kg", "70",
                "--date", day1)
    assert a.code == 0, a.err
    assert a.out["measurement"]["height_cm"] == "170" and a.out["measurement"]["weight_kg"] == "70"
    assert a.out["warnings"] == []
    a = cli.run("nurse.nora", "labs", "--patient", "IMP-001", "--anc", "3.1", "--platelets", "240",
                "--drawn-on", day1)
    assert a.code == 0, a.err
    assert (a.out["labs"]["anc_10e9_per_l"], a.out["state"]) == ("3.1", "ok")

    # Pharmacist 1 calculates and prepares.
    a = cli.run("pharm.paul", "calculate", "--patient", "IMP-001", "--cycle", "1", "--day", "1")
    assert a.code == 0, a.err
    record = a.out["dose_record"]
    assert record["bsa"]["exact_m2"].startswith("1.8181") and record["bsa"]["m2"] == "1.82"
    assert (record["dose_per_m2_mg"], record["exact_mg"], record["dose_mg"]) == ("80", "145.60", "146")
    assert record["preparation"]["volume_ml"] == "24.3" and record["status"] == "calculated"
    assert record["labs"]["state"] == "ok" and record["dose_date"] == day1
    label = record["label"]
    assert label == f"DR-{record['id']:06d}"
    a = cli.run("pharm.paul", "prepare", "--dose-record", label)
    assert a.code == 0, a.err
    assert a.out["dose_record"]["status"] == "prepared"
    expires = datetime.fromisoformat(a.out["dose_record"]["preparation"]["expires_at"])
    assert expires - cli.clock() == timedelta(hours=27)  # PREP-3, the time with its offset

    # Pharmacist 2 reads only what the dose is worked out from, then verifies with their own figures.
    a = cli.run("pharm.petra", "dose-records", "--patient", "IMP-001", "--blinded")
    assert a.code == 0, a.err
    blinded = a.out["dose_records"][0]
    assert (blinded["measurement"]["height_cm"], blinded["measurement"]["weight_kg"], blinded["formula"],
            blinded["dose_per_m2_mg"], blinded["bsa_round_places"], blinded["dose_mg_step"]) == (
        "170", "70", "mosteller", "80", 2, "1")
    assert "1.82" not in json.dumps(a.out) and "146" not in json.dumps(a.out)
    a = cli.run("pharm.petra", "verify-dose", "--dose-record", str(record["id"]), "--bsa-m2", "1.82",
                "--dose-mg", "146")
    assert a.code == 0, a.err
    verified = a.out["dose_record"]
    assert verified["status"] == "verified"
    assert [(s["meaning"], s["printed_name"]) for s in verified["signatures"]] == [
        ("Prepared", "Paul Pharmacist"), ("Verified", "Petra Pharmacist")]

    # The nurse asks the gate, gives dexamethasone, then PACLitaxel.
    a = cli.run("nurse.nora", "check", "--patient", "IMP-001", "--drug", "paclitaxel", "--cycle", "1", "--day", "1",
                "--action", "administer")
    assert a.code == 1 and a.out["verdict"]["outcome"] == "refused"
    assert [r["code"] for r in a.out["verdict"]["reasons"]] == ["premedication_not_recorded"]
    a = cli.run("nurse.nora", "administer", "--patient", "IMP-001", "--drug", "dexamethasone", "--cycle", "1",
                "--day", "1")
    assert a.code == 0, a.err
    assert (a.out["administration"]["dose_mg"], a.out["administration"]["premedication"]) == ("20", True)
    a = cli.run("nurse.nora", "administer", "--patient", "IMP-001", "--drug", "paclitaxel", "--cycle", "1", "--day",
                "1", "--tolerance", "well_tolerated", "--dose-record", label)
    assert a.code == 0, a.err
    assert a.out["administration"] == {
        "subject": "IMP-001", "drug": "paclitaxel", "cycle": 1, "day": 1, "status": "given", "on": day1,
        "dose_mg": "146", "dose_mcg": None, "tolerance": "well_tolerated", "reason": None, "note": "",
        "late_entry_reason": None, "premedication": False, "recorded_by": "nurse.nora"}

    # IMP321 the next day, cohort A's flat dose.
    cli.clock.set_day(c1d1 + timedelta(days=1), zone=zone)
    a = cli.run("nurse.nora", "administer", "--patient", "IMP-001", "--drug", "imp321", "--cycle", "1", "--day", "2")
    assert a.code == 0, a.err
    assert (a.out["administration"]["dose_mcg"], a.out["administration"]["dose_mg"]) == (250, None)

    # C1D8: 80 kg (+14.3 %) and ANC 1.2.
    day8 = c1d1 + timedelta(days=7)
    cli.clock.set_day(day8, zone=zone)
    a = cli.run("nurse.nora", "measure", "--patient", "IMP-001", "--height-cm", "170", "--weight-kg", "80",
                "--date", day8.isoformat())
    assert a.code == 0, a.err
    assert a.out["warnings"] == []  # under the 25 % slip limit: the 10 % rule is decided at the dose
    # --db and --user before the subcommand this time: the same command.
    assert main(["--db", str(cli.db), "--user", "nurse.nora", "labs", "--patient", "IMP-001", "--anc", "1.2",
                 "--platelets", "240", "--drawn-on", day8.isoformat(), "--json"]) == 0
    labs = json.loads(cli.capsys.readouterr().out)
    assert (labs["state"], labs["problems"]) == ("hold", ["anc_below_threshold"])
    check_calculate = ["check", "--patient", "IMP-001", "--drug", "paclitaxel", "--cycle", "1", "--day", "8",
                       "--action", "calculate"]
    a = cli.run("pharm.paul", "calculate", "--patient", "IMP-001", "--cycle", "1", "--day", "8")
    assert (a.code, a.out["error"]["code"]) == (1, "decision_required")
    waiting = a.out["error"]["decision"]
    assert (waiting["decision"], waiting["by"], waiting["drug"], waiting["cycle"], waiting["day"]) == (
        "weight_change", "investigator", "paclitaxel", 1, 8)
    assert "An investigator must decide on PACLitaxel C1D8 first (weight change" in a.err
    a = cli.run("pharm.paul", *check_calculate)
    assert a.code == 1 and a.out["verdict"]["outcome"] == "decision_needed"
    assert (a.out["verdict"]["decision"]["kind"], a.out["verdict"]["decision"]["by"]) == ("weight_change",
                                                                                         "investigator")
    a = cli.run("dr.ivy", "decide", "--patient", "IMP-001", "--kind", "weight_change", "--choice", "recalculate",
                "--cycle", "1", "--day", "8", "--reason", "weight gain confirmed on the ward scale")
    assert a.code == 0, a.err
    assert {k: a.out["decision"][k] for k in ("kind", "choice", "cycle", "day", "decided_by")} == {
        "kind": "weight_change", "choice": "recalculate", "cycle": 1, "day": 8, "decided_by": "dr.ivy"}
    a = cli.run("pharm.paul", *check_calculate)
    assert a.code == 0 and a.out["verdict"]["outcome"] == "allowed"
    a = cli.run("pharm.paul", "calculate", "--patient", "IMP-001", "--cycle", "1", "--day", "8")
    assert a.code == 0, a.err
    day8_record = a.out["dose_record"]
    assert (day8_record["bsa"]["m2"], day8_record["exact_mg"], day8_record["dose_mg"]) == ("1.94", "155.20", "155")
    assert day8_record["labs"] == {"state": "hold", "dose_date": day8.isoformat(), "drawn_on": day8.isoformat(),
                                   "problems": ["anc_below_threshold"]}
    a = cli.run("pharm.paul", "prepare", "--dose-record", str(day8_record["id"]))
    assert (a.code, a.out["error"]["code"]) == (1, "labs_say_hold")
    a = cli.run("nurse.nora", "hold", "--patient", "IMP-001", "--drug", "paclitaxel", "--cycle", "1", "--day", "8",
                "--reason", "low_anc", "--note", "ANC 1.2")
    assert a.code == 0, a.err
    assert {k: a.out["administration"][k] for k in ("status", "reason", "note", "on")} == {
        "status": "held", "reason": "low_anc", "note": "ANC 1.2", "on": day8.isoformat()}

    # A script reads the records back in a real process (read-only: nothing is written).
    before = cli.db.read_bytes()
    code, out, err = _real_process(cli.db, "dose-records", "--patient", "IMP-001", "--user", "pharm.petra")
    assert code == 0, err
    records = out["dose_records"]
    assert isinstance(records, list)
    assert [(r["label"], r["dose_mg"], r["status"]) for r in records] == [
        (label, "146", "verified"), (day8_record["label"], "155", "calculated")]
    assert cli.db.read_bytes() == before
    with cli.clinic() as clinic:
        assert clinic.verify_database().ok
        history = clinic.store.history("IMP-001")
    given = [(g.drug, g.cycle, g.day, g.status.value, g.on) for g in history.administrations]
    assert given == [("dexamethasone", 1, 1, "given", c1d1), ("paclitaxel", 1, 1, "given", c1d1),
                     ("imp321", 1, 2, "given", c1d1 + timedelta(days=1)), ("paclitaxel", 1, 8, "held", day8)]
