"""The dose path's refusals through the command line: each exits 1 with the refusal's code in the JSON
error and one line on stderr, and signs nothing.

IMP-001 (`ready_cli`): C1D1 on Mon 05-Jan-2026 (window 04..06-Jan), 170 cm / 70 kg -> 1.82 m² ->
80 × 1.82 = 145.6 -> 146 mg; labs ok (ANC 3.1, platelets 240).
"""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.cli.access import PASSWORD_ENV
from clinic_app.store import DoseStatus

from .conftest import C1D1, PASSWORD, Cli

SLOT_C1D1 = ["--patient", "IMP-001", "--cycle", "1", "--day", "1"]
PACLITAXEL_C1D1 = ["--patient", "IMP-001", "--drug", "paclitaxel", "--cycle", "1", "--day", "1"]
DEXAMETHASONE_C1D1 = ["--patient", "IMP-001", "--drug", "dexamethasone", "--cycle", "1", "--day", "1"]


def _refused(cli: Cli, code: str, user: str, *argv: str) -> dict[str, object]:
    """Run a step that must be refused with `code` (exit 1, one line on stderr); its JSON error."""
    answer = cli.run(user, *argv)
    assert answer.code == 1, answer
    assert answer.err.startswith("error: ") and answer.err.count("\n") == 1, answer.err
    error: dict[str, object] = answer.out["error"]
    assert error["code"] == code, error
    return error


def _calculated_and_prepared(cli: Cli) -> int:
    """C1D1 calculated and prepared by pharm.paul; the record's number."""
    calculated = cli.run("pharm.paul", "calculate", *SLOT_C1D1)
    assert calculated.code == 0, calculated.err
    record_id: int = calculated.out["dose_record"]["id"]
    assert cli.run("pharm.paul", "prepare", "--dose-record", str(record_id)).code == 0
    return record_id


def _verified(cli: Cli) -> int:
    record_id = _calculated_and_prepared(cli)
    verified = cli.run("pharm.petra", "verify-dose", "--dose-record", str(record_id), "--bsa-m2", "1.82",
                       "--dose-mg", "146")
    assert verified.code == 0, verified.err
    return record_id


def _status(cli: Cli, record_id: int) -> tuple[str, list[str]]:
    """The record's status and the meanings of its signatures, as `dose-records` reads them."""
    listing = cli.run("pharm.petra", "dose-records", "--patient", "IMP-001")
    record = next(r for r in listing.out["dose_records"] if r["id"] == record_id)
    return record["status"], [s["meaning"] for s in record["signatures"]]


def test_the_pharmacist_who_prepared_cannot_verify(ready_cli: Cli) -> None:
    """ROLE-2: pharm.paul prepared DR-1; his own verification (with the right figures) is refused."""
    record_id = _calculated_and_prepared(ready_cli)
    error = _refused(ready_cli, "four_eyes", "pharm.paul", "verify-dose", "--dose-record", f"DR-{record_id:06d}",
                     "--bsa-m2", "1.82", "--dose-mg", "146")
    assert str(error["message"]).startswith("Refused: pharm.paul prepared this dose")
    assert _status(ready_cli, record_id) == ("prepared", ["Prepared"])


def test_a_verifier_whose_own_figures_differ_signs_nothing(ready_cli: Cli) -> None:
    """ROLE-2: pharm.petra works out 1.81 m² and 145 mg (she truncated sqrt(3.30556) = 1.8181 to
    1.81 instead of rounding 1.8181 half-up to 1.82): refused, naming both sides; then a BSA typed
    with a comma is bad input (exit 2) naming her field, unit and range; nothing is verified."""
    record_id = _calculated_and_prepared(ready_cli)
    error = _refused(ready_cli, "independent_check_mismatch", "pharm.petra", "verify-dose", "--dose-record",
                     str(record_id), "--bsa-m2", "1.81", "--dose-mg", "145")
    assert "1.81 m² (record 1.82 m²)" in str(error["message"]) and "145 mg (record 146 mg)" in str(error["message"])
    typo = ready_cli.run("pharm.petra", "verify-dose", "--dose-record", str(record_id), "--bsa-m2", "1,82",
                         "--dose-mg", "146")
    assert typo.code == 2 and typo.out["error"]["field"] == "your BSA"
    assert "m²" in typo.err and "0.1 to 5" in typo.err
    assert _status(ready_cli, record_id) == ("prepared", ["Prepared"])


def test_no_dose_without_its_dexamethasone(ready_cli: Cli) -> None:
    """PREMED-2: a cycle-1 infusion waits for that day's dexamethasone, recorded and signed."""
    record_id = _verified(ready_cli)
    error = _refused(ready_cli, "premedication_not_recorded", "nurse.nora", "administer", *PACLITAXEL_C1D1,
                     "--tolerance", "well_tolerated", "--dose-record", str(record_id))
    assert error["reasons"] == ["premedication_not_recorded"]
    with ready_cli.clinic() as clinic:
        assert clinic.store.history("IMP-001").administrations == ()


def test_a_missed_dose_is_refused_and_entered_late_on_its_real_date(ready_cli: Cli) -> None:
    """MISS-1: C1D1's window closed on Tue 06-Jan; on Wed 07-Jan it can be neither calculated nor
    given. MISS-2: it was in fact given on 05-Jan and is entered late, on its real date, with the
    reason; the same rules apply as on that day (the record verified, dexamethasone first)."""
    record_id = _verified(ready_cli)
    assert ready_cli.run("nurse.nora", "administer", *DEXAMETHASONE_C1D1).code == 0
    ready_cli.clock.set_day(date(2026, 1, 7))
    for user, argv in (("pharm.paul", ["calculate", *SLOT_C1D1]),
                       ("nurse.nora", ["administer", *PACLITAXEL_C1D1, "--tolerance", "well_tolerated"])):
        error = _refused(ready_cli, "dose_missed", user, *argv)
        assert "window ended on Tue 06-Jan-2026" in str(error["message"])
    verdict = ready_cli.run("nurse.nora", "check", *PACLITAXEL_C1D1, "--action", "administer")
    assert (verdict.code, verdict.out["verdict"]["reasons"][0]["code"]) == (1, "dose_missed")
    late = ready_cli.run("nurse.nora", "late-entry", *PACLITAXEL_C1D1, "--tolerance", "well_tolerated",
                         "--given-on", C1D1.isoformat(), "--reason", "recorded on paper during the network outage")
    assert late.code == 0, late.err
    given = late.out["administration"]
    assert (given["on"], given["dose_mg"], given["late_entry_reason"]) == (
        "2026-01-05", "146", "recorded on paper during the network outage")
    assert _status(ready_cli, record_id)[0] == "verified"


def test_a_nurse_cannot_omit_a_dose(ready_cli: Cli) -> None:
    """HOLD-2: omitting a dose for good is an investigator's decision, signed "Approved"."""
    argv = ["omit", "--patient", "IMP-001", "--drug", "paclitaxel", "--cycle", "1", "--day", "8",
            "--reason", "patient_declined"]
    error = _refused(ready_cli, "permission_denied", "nurse.nora", *argv)
    assert "nurse" in str(error["message"])
    with ready_cli.clinic() as clinic:
        assert clinic.store.history("IMP-001").administrations == ()
    omitted = ready_cli.run("dr.ivy", *argv)
    assert omitted.code == 0, omitted.err
    assert (omitted.out["administration"]["status"], omitted.out["administration"]["reason"]) == (
        "omitted", "patient_declined")
    with ready_cli.clinic() as clinic:
        row = clinic.store.dosing.administrations("IMP-001")[0]
        signatures = clinic.store.signatures.for_record("administrations", row.id)
    assert [(s.meaning.value, s.printed_name) for s in signatures] == [("Approved", "Dr Ivy Investigator")]


def test_a_wrong_password_signs_and_writes_nothing(ready_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """REC-5: a signed step with a wrong password writes no record, no signature: only the failed
    attempt is counted (toward the account's lockout)."""
    record_id = _calculated_and_prepared(ready_cli)
    with ready_cli.clinic() as clinic:
        before = len(clinic.store.audit_entries())
    monkeypatch.setenv(PASSWORD_ENV, "not-the-password")
    _refused(ready_cli, "authentication_failed", "pharm.petra", "verify-dose", "--dose-record", str(record_id),
             "--bsa-m2", "1.82", "--dose-mg", "146")
    _refused(ready_cli, "authentication_failed", "nurse.nora", "administer", *DEXAMETHASONE_C1D1)
    with ready_cli.clinic() as clinic:
        added = clinic.store.audit_entries()[before:]
        assert [(e.entity, e.actor) for e in added] == [("users", "pharm.petra"), ("users", "nurse.nora")]
        assert clinic.store.history("IMP-001").administrations == ()
        assert clinic.dose_record(clinic.login("pharm.petra", PASSWORD), record_id).status \
            is DoseStatus.PREPARED
