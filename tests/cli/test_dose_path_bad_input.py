"""Hostile input to every dose-path command: huge, negative, NaN, other scripts' digits, control
characters, empty. Each is refused with exit code 2, one line on stderr naming the field (and the
unit and accepted range where there is one), a JSON error object, never a traceback, and nothing
written (INPUT-1, INPUT-3)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_app.cli import main

from .conftest import Cli

P = ["--patient", "IMP-001"]
SLOT = [*P, "--drug", "paclitaxel", "--cycle", "1", "--day", "1"]
MEASURE = [*P, "--height-cm", "170", "--weight-kg", "70", "--date", "2026-01-05"]
LABS = [*P, "--anc", "3.1", "--platelets", "240", "--drawn-on", "2026-01-05"]
DECIDE = [*P, "--kind", "dose_level", "--choice", "-1", "--reason", "neuropathy grade 2"]
ENROL = ["--patient", "IMP-002", "--initials", "AB", "--date-of-birth", "1970-02-03", "--cohort", "A",
         "--c1d1", "2026-01-12", "--full-name", "Ann Bee", "--hospital-number", "H-002"]


def _with(argv: list[str], option: str, value: str) -> list[str]:
    """`argv` with `option`'s value replaced."""
    at = argv.index(option)
    return [*argv[:at + 1], value, *argv[at + 2:]]


# (user, command, argv, the field the message names, words the message must hold)
CASES = [
    ("nurse.nora", "measure", _with(MEASURE, "--height-cm", "9" * 5000), "Height", ["cm", "100", "230"]),
    ("nurse.nora", "measure", _with(MEASURE, "--weight-kg", "NaN"), "Weight", ["kg", "25", "300"]),
    ("nurse.nora", "measure", _with(MEASURE, "--weight-kg", "-70"), "Weight", ["kg", "25", "300"]),
    ("nurse.nora", "measure", _with(MEASURE, "--height-cm", "١٧٠"), "Height", ["cm", "100", "230"]),
    ("nurse.nora", "measure", _with(MEASURE, "--weight-kg", "７０"), "Weight", ["kg", "25", "300"]),
    ("nurse.nora", "measure", _with(MEASURE, "--weight-kg", "70,5"), "Weight", ["kg", "25", "300"]),
    ("nurse.nora", "measure", _with(MEASURE, "--weight-kg", ""), "Weight", ["kg", "25", "300"]),
    ("nurse.nora", "measure", _with(MEASURE, "--date", "05/01/2026"), "--date", ["YYYY-MM-DD"]),
    ("nurse.nora", "measure", _with(MEASURE, "--date", "2026-01-06"), "Measurement date", ["future"]),
    ("nurse.nora", "labs", _with(LABS, "--anc", "-1"), "ANC", ["10⁹/L"]),
    ("nurse.nora", "labs", _with(LABS, "--platelets", "1e309"), "Platelets", ["10⁹/L"]),
    ("nurse.nora", "labs", _with(LABS, "--drawn-on", ""), "--drawn-on", ["YYYY-MM-DD"]),
    ("nurse.nora", "toxicity", [*P, "--term", "fatigue", "--grade", "٣", "--onset", "2026-01-05", "--drug", "none"],
     "Grade", ["1", "5"]),
    ("nurse.nora", "toxicity",
     [*P, "--term", "fatigue\x1b[2J", "--grade", "2", "--onset", "2026-01-05", "--drug", "none"], "Term", []),
    ("nurse.nora", "visit", [*P, "--visit", "", "--date", "2026-01-05"], "Visit", ["screening"]),
    ("dr.ivy", "enrol", _with(ENROL, "--full-name", "Ann\u202eeeB"), "Full name", ["printable"]),
    ("dr.ivy", "enrol", _with(ENROL, "--date-of-birth", "2026-01-05"), "Date of birth", ["18", "110"]),
    ("pharm.paul", "calculate", [*P, "--cycle", "1" * 400, "--day", "1"], "--cycle", ["1 to 6"]),
    ("pharm.paul", "calculate", [*P, "--cycle", "-1", "--day", "1"], "--cycle", ["1 to 6"]),
    ("pharm.paul", "calculate", [*P, "--cycle", "1", "--day", ""], "--day", ["1 to 28"]),
    ("pharm.paul", "prepare", ["--dose-record", "DR-"], "--dose-record", ["DR-000012"]),
    ("pharm.petra", "verify-dose", ["--dose-record", "1", "--bsa-m2", "nan", "--dose-mg", "146"], "Your BSA",
     ["m²", "0.1 to 5"]),
    ("pharm.petra", "verify-dose", ["--dose-record", "1", "--bsa-m2", "1.82", "--dose-mg", "1" * 900], "Your dose",
     ["mg", "1 to 5000"]),
    ("nurse.nora", "administer", [*SLOT, "--tolerance", "WELL"], "--tolerance", ["well_tolerated"]),
    ("nurse.nora", "administer", [*SLOT, "--tolerance", "mild_reaction", "--reaction-grade", "9"], "Grade",
     ["1", "5"]),
    ("nurse.nora", "administer", _with(SLOT, "--drug", "taxol"), "Drug", ["paclitaxel"]),
    ("nurse.nora", "late-entry", [*SLOT, "--tolerance", "well_tolerated", "--given-on", "2026-01-05", "--reason",
                                  "\x00\x00\x00"], "Reason for the late entry", ["3 to 500"]),
    ("nurse.nora", "hold", [*SLOT, "--reason", "LOW_ANC"], "--reason", ["low_anc"]),
    ("nurse.nora", "hold", [*SLOT, "--reason", "other", "--note", ""], "Note", ["other"]),
    ("dr.ivy", "omit", [*SLOT, "--reason", "other", "--note", "\x1b]0;pwned\x07 declined"], "Note", ["printable"]),
    ("dr.ivy", "decide", _with(DECIDE, "--reason", "\r\x08\x08\x08ok"), "Reason", ["printable"]),
    ("dr.ivy", "decide", _with(DECIDE, "--kind", "cohort_safety_satisfactory"), "--kind", ["dose_level"]),
    ("dr.ivy", "decide", _with(DECIDE, "--choice", "+1"), "Level", ["-2", "0"]),
    ("nurse.nora", "check", [*SLOT, "--action", "give"], "--action", ["administer"]),
    ("nurse.nora", "check", [*SLOT, "--action", "record_late", "--on", "yesterday"], "--on", ["YYYY-MM-DD"]),
]


@pytest.mark.parametrize("user,command,argv,field,words", CASES,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(ready_cli: Cli, user: str, command: str, argv: list[str],
                                                         field: str, words: list[str]) -> None:
    if command == "verify-dose":  # DR-000001 calculated and prepared
        assert ready_cli.run("pharm.paul", "calculate", *P, "--cycle", "1", "--day", "1").code == 0
        assert ready_cli.run("pharm.paul", "prepare", "--dose-record", "1").code == 0
    with ready_cli.clinic() as clinic:
        before = len(clinic.store.audit_entries())
    answer = ready_cli.run(user, command, *argv, json_output=False)
    assert answer.code == 2, answer
    assert answer.err.startswith(f"error: {field}") and answer.err.count("\n") == 1, answer.err
    assert all(ch.isprintable() for ch in answer.err[:-1]), "a control character reached the terminal"
    for word in words:
        assert word in answer.err, answer.err
    as_json = ready_cli.run(user, command, *argv)
    assert as_json.code == 2 and as_json.out["error"]["code"] and as_json.out["error"]["message"]
    with ready_cli.clinic() as clinic:
        assert len(clinic.store.audit_entries()) == before


def test_a_missing_argument_is_one_line_and_a_json_error(ready_cli: Cli) -> None:
    """argparse's own complaints (a required option missing, an unknown one) are bad input too."""
    answer = ready_cli.run("pharm.petra", "verify-dose", "--dose-record", "1")
    assert answer.code == 2 and answer.out["error"]["code"] == "invalid_arguments"
    assert answer.err.count("\n") == 1 and "--bsa-m2, --dose-mg" in answer.err and "--help" in answer.err
    answer = ready_cli.run("nurse.nora", "hold", *SLOT, "--reason", "low_anc", "--force")
    assert answer.code == 2 and "--force" in answer.err


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cycle=st.text(max_size=6), day=st.text(alphabet="0123456789-+.e ١٢", max_size=4),
       drug=st.sampled_from(["paclitaxel", "imp321", "dexamethasone", "", "PACLITAXEL", "x\x00"]))
def test_generated_slots_never_crash_the_gate_question(ready_cli: Cli, cycle: str, day: str, drug: str) -> None:
    """Whatever is typed as a slot, `check` answers (0 allowed, 1 not) or refuses the input (2)."""
    code = main(["check", "--db", str(ready_cli.db), "--user", "nurse.nora", "--patient", "IMP-001", "--drug", drug,
                 f"--cycle={cycle}", f"--day={day}", "--action", "administer", "--json"])
    captured = ready_cli.capsys.readouterr()
    assert code in (0, 1, 2) and "Traceback" not in captured.err
    if code == 2:
        assert captured.err.count("\n") == 1
