"""Which drugs were stopped for good, and whether treatment goes on without them (TOX-5, TOX-4).

A drug stops at the first of: severe hypersensitivity to it (the BSA drug, toxicity.py) or an
investigator's signed DISCONTINUE_DRUG decision naming it. The doses that would follow a stopped
BSA drug's infusions (IMP321) then need an investigator's AFTER_DISCONTINUATION decision: continue
the flat drug alone, or end treatment (every later dose ends).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from .history_index import HistoryIndex
from .protocol import Protocol
from .records import Decision, DecisionKind, PatientHistory
from .toxicity import hypersensitivity

DISCONTINUE = "discontinue"
CONTINUE_FLAT = "continue_flat"
END_TREATMENT = "end_treatment"


class Stop(BaseModel):
    """A drug stopped for good from `on`: why (a stable code) and the values behind it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    drug: str
    on: date
    code: str  # severe_hypersensitivity | investigator_decision
    values: dict[str, str]


class Course(BaseModel):
    """What stops and ends apply to one patient's treatment."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    stops: dict[str, Stop] = {}
    after: Decision | None = None  # the AFTER_DISCONTINUATION decision in force, if any

    def stop_of(self, drug: str) -> Stop | None:
        """The stop of `drug`, or None while it goes on."""
        return self.stops.get(drug)

    @property
    def ended_on(self) -> date | None:
        """The day treatment ended (an END_TREATMENT decision), or None."""
        if self.after is not None and self.after.choice == END_TREATMENT:
            return self.after.decided_at.date()
        return None

    @property
    def flat_alone(self) -> bool:
        """True when the investigator decided to go on with the flat drug(s) alone."""
        return self.after is not None and self.after.choice == CONTINUE_FLAT


def treatment_course(protocol: Protocol, history: PatientHistory) -> Course:
    """The stops and the after-discontinuation decision of one patient."""
    stops: dict[str, Stop] = {}
    event = hypersensitivity(protocol, history)
    if event is not None:
        stops[event.values["drug"]] = Stop(drug=event.values["drug"], on=event.on, code=event.code,
                                           values=dict(event.values))
    records = HistoryIndex(history)
    for decision in records.decisions(DecisionKind.DISCONTINUE_DRUG):
        if decision.choice != DISCONTINUE or decision.subject is None:
            continue
        on = decision.decided_at.date()
        known = stops.get(decision.subject)
        if known is None or on < known.on:
            stops[decision.subject] = Stop(drug=decision.subject, on=on, code="investigator_decision",
                                           values={"decided_by": decision.decided_by, "reason": decision.reason})
    after = records.latest_decision(DecisionKind.AFTER_DISCONTINUATION) if stops else None
    return Course(stops=stops, after=after)
