"""Hand-worked patient histories as data (tests/data/histories/*.toml), run through the facade.

A history file names the clinical rules it checks, one patient, and steps in date order. Each step
is what a person does on a day (`do`), as who (`as`: nurse, investigator, pharmacist1,
pharmacist2), with its arguments; `refused` names the refusal code the facade must raise (and
then nothing may be written), `expect` a few facts to check after it. Every number in a file is
worked out by hand in its comments, not by this code.

Actions:
  measure (height_cm, weight_kg)      labs (anc, platelets)          toxicity (term, grade[, drug])
  calculate (cycle, day)              prepare / verify (cycle, day: the slot's current record, or
                                       `record` = n: the slot's n-th record, 0 the first, -1 the last)
  administer (drug, cycle, day, tolerance[, grade])                late_entry (... on, reason)
  hold / omit (drug, cycle, day, reason)                            decide (kind, choice[, cycle, day])
  give_infusion (cycle, day[, tolerance, grade]): labs ok, premedication when due, calculate,
                prepare, verify, administer (the usual day; `expect_mg` checks the dose)
  due (drug, cycle, day): checks `expect` against the Today row of that slot
Expect keys: mg, status, dose_text, record_status, labs, decision, progress, audit_growth.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.errors import DomainError
from clinic_app.domain.records import DecisionKind, HoldReason, Tolerance
from clinic_app.facade import Clinic, Session

from .conftest import CET, PASSWORD, ManualClock, Staff

HISTORIES = Path(__file__).resolve().parents[1] / "data" / "histories"


@dataclass
class Run:
    clinic: Clinic
    staff: Staff
    clock: ManualClock
    code: str

    def who(self, role: str) -> Session:
        return {"nurse": self.staff.nurse, "investigator": self.staff.investigator,
                "pharmacist1": self.staff.pharmacist1, "pharmacist2": self.staff.pharmacist2}[role]

    def record_id(self, cycle: int, day: int, which: int | None = None) -> int | None:
        """The slot's current record (None when it has none), or its `which`-th record (0: first)."""
        records = [r for r in self.clinic.dose_records(self.staff.nurse, self.code)
                   if (r.drug, r.cycle, r.day) == (self.clinic.protocol.bsa_drug.key, cycle, day)]
        if which is not None:
            return records[which].id
        live = [r for r in records if r.status.value != "void"]
        return live[-1].id if live else None

    def due_row(self, drug: str, cycle: int, day: int) -> Any:
        rows = [r for r in self.clinic.due_list(self.staff.nurse, self.clock().date())
                if r.subject_code == self.code and (r.due.item.kind, r.due.item.cycle, r.due.item.day) == (
                    drug, cycle, day)]
        assert rows, f"{drug} C{cycle}D{day} is not on Today"
        return rows[0]


def load(name: str) -> dict[str, Any]:
    with (HISTORIES / name).open("rb") as f:
        return tomllib.load(f)


def all_histories() -> list[str]:
    return sorted(p.name for p in HISTORIES.glob("*.toml"))


def play(clinic: Clinic, staff: Staff, clock: ManualClock, history: dict[str, Any],
         after_step: Callable[[Run, str], None] | None = None) -> Run:
    """Enrol the history's patient and play every step, checking each expectation; `after_step`
    (the run and the step's label) is called after each step."""
    patient = history["patient"]
    c1d1 = date.fromisoformat(patient["c1d1"])
    clock.set_day(date.fromisoformat(patient.get("enrolled_on", patient["c1d1"])))
    code = patient.get("code", "IMP-001")
    clinic.enrol(staff.investigator, subject_code=code, initials="HW", date_of_birth="1962-07-14",
                 cohort=patient.get("cohort", "A"), planned_c1d1=c1d1.isoformat(), full_name="Hand Worked",
                 hospital_number="H-" + code)
    clinic.record_visit(staff.nurse, code, visit="screening", on=clock().date())
    run = Run(clinic, staff, clock, code)
    for number, step in enumerate(history["steps"], start=1):
        on = date.fromisoformat(step["on"])
        hour, minute = (int(x) for x in step.get("at", "09:00").split(":"))
        clock.moment = datetime.combine(on, time(hour, minute), tzinfo=CET)
        label = f"step {number} ({step['do']} on {step['on']})"
        _step(run, step, label)
        if after_step is not None:
            after_step(run, label)
    return run


def _step(run: Run, step: dict[str, Any], label: str) -> None:
    refused = step.get("refused")
    before = len(run.clinic.store.audit_entries())
    if refused is not None:
        with pytest.raises(DomainError) as caught:
            _do(run, step)
        assert caught.value.code == refused, f"{label}: refused {caught.value.code}, expected {refused}"
        for key, value in step.get("refused_values", {}).items():
            assert str(caught.value.values.get(key)) == str(value), f"{label}: {key}"
        assert len(run.clinic.store.audit_entries()) == before + step.get("audit_growth", 0), \
            f"{label}: a refusal wrote something"
        return
    result = _do(run, step)
    _check(run, step, result, label)


def _do(run: Run, step: dict[str, Any]) -> Any:  # noqa: C901 - one branch per action of the vocabulary
    c, s, code, do = run.clinic, run.staff, run.code, step["do"]
    who = run.who(step.get("as", "nurse"))
    today = run.clock().date()
    slot = {k: step[k] for k in ("cycle", "day") if k in step}
    if do == "measure":
        return c.record_measurement(who, code, height_cm=step["height_cm"], weight_kg=step["weight_kg"],
                                    measured_on=today, acknowledged=frozenset(step.get("acknowledge", [])))
    if do == "labs":
        return c.record_labs(who, code, anc=step["anc"], platelets=step["platelets"], drawn_on=today)
    if do == "toxicity":
        return c.record_toxicity(who, code, term=step["term"], grade=step["grade"], onset=today,
                                 drug=step.get("drug"))
    if do == "calculate":
        return c.calculate_dose(who if "as" in step else s.pharmacist1, code, **slot)
    record = run.record_id(**slot, which=step.get("record")) if "cycle" in step else None
    if do == "prepare":
        assert record is not None, "no dose record to prepare"
        return c.prepare(who if "as" in step else s.pharmacist1, record, password=PASSWORD)
    if do == "verify":
        assert record is not None, "no dose record to verify"
        return c.verify(who if "as" in step else s.pharmacist2, record, password=PASSWORD)
    if do in ("administer", "late_entry"):
        tolerance = Tolerance(step["tolerance"]) if "tolerance" in step else None
        kwargs: dict[str, Any] = {"drug": step["drug"], **slot, "tolerance": tolerance, "password": PASSWORD,
                                  "reaction_grade": step.get("grade"),
                                  "dose_record_id": record if step["drug"] == c.protocol.bsa_drug.key else None}
        if do == "late_entry":
            return c.record_late_administration(who, code, on=date.fromisoformat(step["given_on"]),
                                                reason=step["reason"], **kwargs)
        return c.administer(who, code, **kwargs)
    if do in ("hold", "omit"):
        method = c.hold if do == "hold" else c.omit
        return method(who, code, drug=step["drug"], **slot, reason=HoldReason(step["reason"]), password=PASSWORD)
    if do == "decide":
        return c.decide(run.who(step.get("as", "investigator")), code, kind=DecisionKind(step["kind"]),
                        choice=step["choice"], reason=step.get("reason", "hand-worked history"), password=PASSWORD,
                        cycle=step.get("cycle"), day=step.get("day"), drug=step.get("drug"))
    if do == "give_infusion":
        return _give_infusion(run, step)
    if do == "due":
        return run.due_row(step["drug"], step["cycle"], step["day"])
    raise AssertionError(f"unknown action {do!r}")


def _give_infusion(run: Run, step: dict[str, Any]) -> Any:
    """The usual infusion day: labs ok, the premedication when the plan asks for it, then the
    pharmacy (two pharmacists) and the chair."""
    c, s, code = run.clinic, run.staff, run.code
    cycle, day = step["cycle"], step["day"]
    today = run.clock().date()
    c.record_labs(s.nurse, code, anc=step.get("anc", "3.2"), platelets=step.get("platelets", "220"), drawn_on=today)
    record = c.calculate_dose(s.pharmacist1, code, cycle=cycle, day=day)
    c.prepare(s.pharmacist1, record.id, password=PASSWORD)
    c.verify(s.pharmacist2, record.id, password=PASSWORD)
    premed = c.protocol.premedication.drug
    due = {(r.due.item.kind, r.due.item.cycle, r.due.item.day): r for r in c.due_list(s.nurse, today)
           if r.subject_code == code}
    row = due.get((premed, cycle, day))
    if row is not None and row.status in ("due_today", "upcoming"):
        c.administer(s.nurse, code, drug=premed, cycle=cycle, day=day, tolerance=None, password=PASSWORD)
    return c.administer(s.nurse, code, drug=c.protocol.bsa_drug.key, cycle=cycle, day=day,
                        tolerance=Tolerance(step.get("tolerance", "well_tolerated")), password=PASSWORD,
                        dose_record_id=record.id, reaction_grade=step.get("grade"))


def _check(run: Run, step: dict[str, Any], result: Any, label: str) -> None:
    expect = dict(step.get("expect", {}))
    if "expect_mg" in step:
        expect["mg"] = step["expect_mg"]
    if not expect:
        return
    if "mg" in expect:
        dose = getattr(result, "dose_mg", None) or getattr(getattr(result, "dose", None), "dose_mg", None)
        assert dose == Decimal(expect.pop("mg")), f"{label}: dose {dose}"
    if "record_status" in expect:
        assert result.status.value == expect.pop("record_status"), label
    if step["do"] == "due":
        row = result
        facts = {"status": row.status, "dose_text": row.dose_text,
                 "progress": row.due.state.progress.value if row.due.state else None,
                 "labs": row.due.state.labs.state.value if row.due.state and row.due.state.labs else None,
                 "decision": row.due.state.decision.kind.value if row.due.state and row.due.state.decision
                 else None,
                 "proposed": row.due.state.decision.proposed if row.due.state and row.due.state.decision else None,
                 "blocking": [r.code for r in row.due.state.blocking] if row.due.state else []}
        for key, value in expect.items():
            if key == "blocking_includes":
                assert value in facts["blocking"], f"{label}: blocking {facts['blocking']}"
            else:
                assert facts[key] == value, f"{label}: {key} = {facts[key]!r}, expected {value!r}"
        return
    assert not expect, f"{label}: unchecked expectations {expect}"
