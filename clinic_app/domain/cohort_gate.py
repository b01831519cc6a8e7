"""Which cohorts are open for enrolment (COH-1, COH-2; protocol `[cohort_gate]`).

The first cohort of `order` is open from the start. Each later cohort opens only when, for the
cohort before it, (a) the `patients_completing_visit`-th patient enrolled has completed the gate
visit and (b) an investigator signed the gate decision (subject: that cohort's letter) on or after
that completion. The previous cohort must itself be open (COH-1).

Enrolment order: by `enrolled_on`; patients enrolled the same day keep the order they are passed
in (pass them in recording order). A patient no longer active who never completed the visit does
not count (withdrawn before the visit: the next patient enrolled takes the place).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict

from .errors import RuleError
from .formatting import format_date
from .protocol import Protocol
from .records import Decision, Patient, VisitCompletion

SATISFACTORY = "satisfactory"
RuleValue = str | int


class Missing(BaseModel):
    """One thing still missing before a cohort opens: a stable code and its values."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: str
    values: dict[str, RuleValue]

    def describe(self) -> str:
        """A plain English fallback; faces may word the code themselves."""
        template = _TEXT.get(self.code)
        shown = {k: format_date(date.fromisoformat(v)) if k.endswith("_on") and isinstance(v, str) else v
                 for k, v in self.values.items()}
        return template.format(**shown) if template else f"{self.code.replace('_', ' ')}: {shown}"


class CohortState(BaseModel):
    """One cohort: open or not, and what is missing when it is closed."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    letter: str
    open: bool
    enrolled: int
    target: int = 0  # the protocol's minimum number of patients for the cohort
    missing: tuple[Missing, ...] = ()


class GateReport(BaseModel):
    """The state of every cohort, in the protocol's gate order."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    cohorts: tuple[CohortState, ...]

    def state(self, letter: str) -> CohortState:
        """The state of one cohort; raises KeyError for a letter the protocol lacks."""
        for cohort in self.cohorts:
            if cohort.letter == letter:
                return cohort
        raise KeyError(letter)

    @property
    def open_cohorts(self) -> tuple[str, ...]:
        """Letters of the cohorts open for enrolment."""
        return tuple(c.letter for c in self.cohorts if c.open)


_TEXT = {
    "previous_cohort_closed": "cohort {previous} is not open yet",
    "too_few_enrolled": "cohort {previous} has {enrolled} of {needed} patients enrolled",
    "visit_not_completed": "patient {position} of cohort {previous} ({subject_code}) has not completed "
                           "the {visit_name} ({completed} of {needed} done)",
    "decision_missing": "no signed investigator decision that cohort {previous} safety is satisfactory",
    "decision_before_visit": "the investigator decision for cohort {previous} ({decided_on}) predates "
                             "the {visit_name} of patient {position} ({completed_on})",
}


def cohort_gate(
    protocol: Protocol,
    patients: Sequence[Patient],
    completions: Sequence[VisitCompletion],
    decisions: Sequence[Decision],
) -> GateReport:
    """Open/closed state of every cohort with what is missing; pure (no clock, no store)."""
    gate = protocol.cohort_gate
    done_on: dict[str, date] = {}
    for completion in sorted(completions, key=lambda c: c.on, reverse=True):
        if completion.visit == gate.visit:
            done_on[completion.subject_code] = completion.on  # the earliest completion wins
    states: list[CohortState] = []
    for position, letter in enumerate(gate.order):
        members = [p for p in sorted(patients, key=lambda p: p.enrolled_on) if p.cohort == letter]
        target = protocol.cohort(letter).min_patients
        if letter == gate.first_open:
            states.append(CohortState(letter=letter, open=True, enrolled=len(members), target=target))
            continue
        previous = gate.order[position - 1]
        missing = _missing(protocol, previous, states[-1].open, patients, done_on, decisions)
        states.append(CohortState(letter=letter, open=not missing, enrolled=len(members), target=target,
                                  missing=missing))
    return GateReport(cohorts=tuple(states))


def _missing(
    protocol: Protocol,
    previous: str,
    previous_open: bool,
    patients: Sequence[Patient],
    done_on: dict[str, date],
    decisions: Sequence[Decision],
) -> tuple[Missing, ...]:
    gate = protocol.cohort_gate
    needed = gate.patients_completing_visit
    missing: list[Missing] = []
    if not previous_open:
        missing.append(Missing(code="previous_cohort_closed", values={"previous": previous}))
    counted = [
        p for p in sorted(patients, key=lambda p: p.enrolled_on)
        if p.cohort == previous and (p.active or p.subject_code in done_on)
    ]
    if len(counted) < needed:
        missing.append(Missing(code="too_few_enrolled",
                               values={"previous": previous, "enrolled": len(counted), "needed": needed}))
    key_patient = counted[needed - 1] if len(counted) >= needed else None
    completed_on = done_on.get(key_patient.subject_code) if key_patient is not None else None
    if key_patient is not None and completed_on is None:
        done = sum(1 for p in counted[:needed] if p.subject_code in done_on)
        missing.append(Missing(code="visit_not_completed", values={
            "previous": previous, "position": needed, "subject_code": key_patient.subject_code,
            "visit": gate.visit, "visit_name": protocol.visit(gate.visit).name, "completed": done,
            "needed": needed}))
    signed = [d for d in decisions
              if d.kind.value == gate.decision and d.subject == previous and d.choice == SATISFACTORY]
    if not signed:
        missing.append(Missing(code="decision_missing", values={"previous": previous, "decision": gate.decision}))
    elif completed_on is not None:
        latest = max(signed, key=lambda d: d.decided_at)
        if latest.decided_at.date() < completed_on:
            missing.append(Missing(code="decision_before_visit", values={
                "previous": previous, "decided_on": latest.decided_at.date().isoformat(),
                "visit": gate.visit, "visit_name": protocol.visit(gate.visit).name, "position": needed,
                "completed_on": completed_on.isoformat()}))
    return tuple(missing)


def require_open(report: GateReport, letter: str) -> None:
    """Refuse enrolment into a closed cohort: raises RuleError("cohort_closed") with what is
    missing (COH-2)."""
    state = report.state(letter)
    if not state.open:
        raise RuleError("cohort_closed", {
            "field": "cohort", "cohort": letter, "open_cohorts": list(report.open_cohorts),
            "missing": [m.describe() for m in state.missing], "missing_codes": [m.code for m in state.missing],
            "missing_items": [{"code": m.code, **m.values} for m in state.missing],
        })
