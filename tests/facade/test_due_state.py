"""Each patient's due state is the dose gate's answer, kept: moved in the transaction of every change,
re-planned once a day only for the patients whose answer moved, and held to a fresh re-plan by
`verify` (MISS-1: what a list shows is what the gate says; REC-5: kept in the change's transaction).

`same_as_the_gate` is the proof the lists rest on: every patient planned from scratch and compared
with what the list read; it runs here on the demo clinic day after day, and in
test_generated_histories on every day of every generated life.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from clinic_app.domain import gate
from clinic_app.domain.records import Tolerance
from clinic_app.facade import Clinic, Session
from clinic_app.facade.demo import DEMO_HASHER, DEMO_PASSWORD, build_demo
from clinic_app.facade.due_list import dose_text
from clinic_app.facade.due_state import answer_of, line_of
from clinic_app.facade.views import DueLine
from clinic_app.store import DatabaseFault

from .conftest import CET, PASSWORD, ManualClock, Staff
from .test_dose_path import C1D1, enrol, ready_for_c1d1


def same_as_the_gate(clinic: Clinic, session: Session, today: date) -> None:
    """The list read on `today` equals every active patient planned from scratch, item for item."""
    listed = [(r.subject_code, r.due, r.line, r.dose_text) for r in clinic.due_list(session, today)]
    fresh = []
    for summary in clinic.patients(session):
        code = summary.patient.subject_code
        for n, item in enumerate(clinic.next_due(session, code, today)):
            fresh.append((code, item, DueLine.of(line_of(n, item)), dose_text(item.dose)))
    assert listed == fresh


@pytest.fixture
def planned(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The subject codes the gate plans, in order."""
    seen: list[str] = []
    real = gate.GateInput.plan.__func__  # type: ignore[attr-defined]

    def plan(cls: type[gate.GateInput], protocol: object, chart: object, **kwargs: object) -> gate.GateInput:
        seen.append(chart.history.patient.subject_code)  # type: ignore[attr-defined]
        return real(cls, protocol, chart, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(gate.GateInput, "plan", classmethod(plan))
    yield seen


def _kept(clinic: Clinic, code: str) -> object:
    return next(p for p in clinic.store.due.read() if p.subject_code == code).state


def test_every_change_keeps_the_answer_in_its_own_transaction(clinic: Clinic, staff: Staff,
                                                              clock: ManualClock) -> None:
    enrol(clinic, staff)
    clinic.record_visit(staff.nurse, "IMP-001", visit="screening", on=date(2026, 1, 2))
    clock.set_day(C1D1)
    steps = [
        lambda: clinic.record_measurement(staff.nurse, "IMP-001", height_cm="170", weight_kg="70", measured_on=C1D1),
        lambda: clinic.record_labs(staff.nurse, "IMP-001", anc="3.1", platelets="240", drawn_on=C1D1),
        lambda: clinic.calculate_dose(staff.pharmacist1, "IMP-001", cycle=1, day=1),
        lambda: clinic.prepare(staff.pharmacist1, 1, password=PASSWORD),
        lambda: clinic.verify(staff.pharmacist2, 1, password=PASSWORD),
        lambda: clinic.administer(staff.nurse, "IMP-001", drug="dexamethasone", cycle=1, day=1, tolerance=None,
                                  password=PASSWORD),
        lambda: clinic.administer(staff.nurse, "IMP-001", drug="paclitaxel", cycle=1, day=1,
                                  tolerance=Tolerance.WELL_TOLERATED, password=PASSWORD, dose_record_id=1),
    ]
    for step in steps:
        before = _kept(clinic, "IMP-001")
        step()
        kept = _kept(clinic, "IMP-001")
        assert kept is not None and kept.holds(clock().date(), clock(), clinic.protocol.sha256)
        if before is not None and before.planned_on == clock().date():
            assert kept != before  # each change moved it
        state, _ = answer_of(clinic._gate_input("IMP-001"))  # noqa: SLF001 - the gate asked afresh
        assert (kept.lines_json, kept.items_sha256) == (state.lines_json, state.items_sha256)
    assert clinic.verify_database().ok


def test_a_list_reads_the_kept_answers_and_plans_nobody(clinic: Clinic, staff: Staff, clock: ManualClock,
                                                         planned: list[str]) -> None:
    ready_for_c1d1(clinic, staff, clock)
    enrol(clinic, staff, "IMP-002")
    planned.clear()
    rows = clinic.due_list(staff.nurse, C1D1)
    assert rows and planned == []
    assert {r.subject_code for r in rows} == {"IMP-001", "IMP-002"}


def test_the_daily_pass_plans_only_the_patients_whose_answer_moved(clinic: Clinic, staff: Staff,
                                                                   clock: ManualClock, planned: list[str]) -> None:
    ready_for_c1d1(clinic, staff, clock)  # IMP-001: C1D1 due today, so its answer holds for today only
    clock.set_day(C1D1 - timedelta(days=3))
    clinic.enrol(staff.investigator, subject_code="IMP-002", initials="AB", date_of_birth="1962-05-01", cohort="A",
                 planned_c1d1=(C1D1 + timedelta(days=11)).isoformat(), full_name="Ann Bee", hospital_number="H2")
    # then nothing until C1D1's window
    clinic.record_visit(staff.nurse, "IMP-002", visit="screening", on=clock().date())
    clock.set_day(C1D1 + timedelta(days=1))
    planned.clear()
    clinic.due_list(staff.nurse, clock().date())
    assert planned == ["IMP-001"]
    planned.clear()
    clinic.due_list(staff.nurse, clock().date())  # the pass kept it: read, not planned
    assert planned == []


def test_a_follower_reads_only_what_moved(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    ready_for_c1d1(clinic, staff, clock)
    enrol(clinic, staff, "IMP-002")
    first = clinic.due_update(staff.nurse, C1D1, None)
    assert first.complete and set(first.rows) == {"IMP-001", "IMP-002"}
    assert clinic.due_update(staff.nurse, C1D1, first.mark).rows == {}
    clinic.record_labs(staff.nurse, "IMP-002", anc="3", platelets="200", drawn_on=C1D1)
    moved = clinic.due_update(staff.nurse, C1D1, first.mark)
    assert not moved.complete and set(moved.rows) == {"IMP-002"}
    assert clinic.due_update(staff.nurse, C1D1 + timedelta(days=1), moved.mark).complete  # a new day: all again


def _edit(path: Path, sql: str) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(sql)
    conn.close()


def test_verify_sees_a_kept_answer_the_gate_would_not_give(clinic: Clinic, staff: Staff, clock: ManualClock) -> None:
    ready_for_c1d1(clinic, staff, clock)
    pid = clinic.store.patients.get("IMP-001").id
    stale, _ = answer_of(clinic._gate_input("IMP-001", C1D1 + timedelta(days=3)))  # noqa: SLF001
    with clinic.store.due.transaction():  # tagged with the key, but another day's answer
        clinic.store.due.keep({pid: stale.__class__(**{**stale.__dict__, "planned_on": C1D1})})
    result = clinic.verify_database()
    assert not result.ok and (result.code, result.table, result.row_id) == ("due_state_differs", "due_state", pid)


@pytest.mark.parametrize(("sql", "field"), [
    ("UPDATE due_state SET lines_json = replace(lines_json, 'due_today', 'upcoming')", None),
    ("UPDATE due_state SET items_json = replace(items_json, '146', '1460')", "items_json"),
])
def test_a_kept_answer_edited_without_the_key_is_a_fault_and_never_shown(
        clinic: Clinic, staff: Staff, clock: ManualClock, tmp_path: Path, sql: str, field: str | None) -> None:
    ready_for_c1d1(clinic, staff, clock)
    clinic.calculate_dose(staff.pharmacist1, "IMP-001", cycle=1, day=1)
    shown = [(r.status, r.dose_text) for r in clinic.due_list(staff.nurse, C1D1)]
    _edit(tmp_path / "clinic.sqlite3", sql)
    result = clinic.verify_database()
    assert not result.ok and (result.code, result.table, result.field) == ("derived_state_forged", "due_state", field)
    reopened = Clinic.open(tmp_path / "clinic.sqlite3", clock=clock)
    try:
        assert [(r.status, r.dose_text) for r in reopened.due_list(staff.nurse, C1D1)] == shown
        if field is not None:
            with pytest.raises(DatabaseFault) as caught:
                [r.due for r in reopened.due_list(staff.nurse, C1D1)]
            assert caught.value.code == "derived_state_forged"
    finally:
        reopened.close()


# -- the demo clinic, day after day -------------------------------------------------------
DEMO_DAY = date(2025, 11, 3)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path, today=DEMO_DAY)
    return path


def test_the_demo_clinic_day_after_day_lists_what_the_gate_answers(demo_file: Path) -> None:
    clock = ManualClock(datetime.combine(DEMO_DAY, time(9), tzinfo=CET))
    with Clinic.open(demo_file, clock=clock, hasher=DEMO_HASHER) as clinic:
        nurse = clinic.login("nurse.okafor", DEMO_PASSWORD)
        for offset in range(0, 43):
            day = DEMO_DAY + timedelta(days=offset)
            clock.set_day(day, hour=9 if offset % 2 else 17)
            same_as_the_gate(clinic, nurse, day)
        assert clinic.verify_database().ok
