"""What the dose gate answers: an action on a slot is allowed, refused (with coded reasons and the
values behind them) or waits for a decision (which one, by whom). See gate.py."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from .errors import RuleError
from .records import DecisionKind, Role

ReasonValue = str | int


class GateAction(StrEnum):
    """Everything that can be done to a dose slot."""

    CALCULATE = "calculate"
    PREPARE = "prepare"
    VERIFY = "verify"
    ADMINISTER = "administer"
    RECORD_LATE = "record_late"  # an administration entered after the fact, on its real date
    HOLD = "hold"                # not given today (a cycle start is postponed)
    OMIT = "omit"                # not given, for good (an investigator's signed decision)


class Outcome(StrEnum):
    ALLOWED = "allowed"
    REFUSED = "refused"
    DECISION_NEEDED = "decision_needed"


class Reason(BaseModel):
    """Why: a stable code (messages and tests key on it) and the values behind it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: str
    values: dict[str, ReasonValue] = {}


class NeededDecision(BaseModel):
    """A decision that must be signed before the slot can go ahead: its kind, who signs it, where it
    applies, the choice the rules propose (if any) and what asked for it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    kind: DecisionKind
    by: Role = Role.INVESTIGATOR
    drug: str | None = None
    cycle: int | None = None
    day: int | None = None
    proposed: str | None = None
    because: Reason


class Verdict(BaseModel):
    """The gate's answer for one action on one slot.

    `reasons` are the refusals (empty unless REFUSED); `decision` the decision it waits for
    (DECISION_NEEDED); `notes` are facts to show with an allowed action (e.g. labs pending).
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    action: GateAction
    outcome: Outcome
    reasons: tuple[Reason, ...] = ()
    decision: NeededDecision | None = None
    notes: tuple[Reason, ...] = ()

    @property
    def allowed(self) -> bool:
        """True when the gate lets the action go ahead as asked."""
        return self.outcome is Outcome.ALLOWED

    def raise_unless_allowed(self) -> None:
        """Raise RuleError: the first refusal's code with its values (and every refusal's code), or
        "decision_required" naming the decision, who signs it and why."""
        if self.outcome is Outcome.REFUSED:
            first = self.reasons[0]
            raise RuleError(first.code, {**first.values, "action": self.action.value,
                                         "reasons": [r.code for r in self.reasons]})
        if self.outcome is Outcome.DECISION_NEEDED and self.decision is not None:
            d = self.decision
            # Where the decision applies: its drug and, for a decision on one dose, the slot (a level
            # or a stop applies from now on and names none).
            where: dict[str, ReasonValue] = {"drug": d.drug} if d.drug else {}
            if d.cycle is not None and d.day is not None:
                where.update(cycle=d.cycle, day=d.day, slot=f" C{d.cycle}D{d.day}")
            raise RuleError("decision_required", {
                "action": self.action.value, "decision": d.kind.value, "by": d.by.value,
                "proposed": d.proposed or "", "because": d.because.code, **d.because.values, **where})


def verdict(action: GateAction, reasons: list[Reason], decision: NeededDecision | None = None,
            notes: list[Reason] | None = None) -> Verdict:
    """Refused when any reason, else waiting for `decision` when one is needed, else allowed."""
    if reasons:
        return Verdict(action=action, outcome=Outcome.REFUSED, reasons=tuple(reasons), decision=decision,
                       notes=tuple(notes or ()))
    if decision is not None:
        return Verdict(action=action, outcome=Outcome.DECISION_NEEDED, decision=decision, notes=tuple(notes or ()))
    return Verdict(action=action, outcome=Outcome.ALLOWED, notes=tuple(notes or ()))
