"""The patient's dose level of the BSA drug and the reductions severe toxicity demands (TOX-4).

- The level in force is the latest signed DOSE_LEVEL decision's choice (default 0, DOSE-4).
- After severe neutropenia or severe neuropathy (toxicity.py) the program proposes the next lower
  level (`reduce_levels_on_severe_toxicity` lower); no dose is calculated at the old level until an
  investigator signs a level decision dated on or after the event. A decision may go down or stay
  down, never up: reductions persist and there is no re-escalation. Below the lowest level the
  investigator decides to stop the drug (a DISCONTINUE_DRUG decision).
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from .errors import RuleError
from .history_index import HistoryIndex
from .protocol import Protocol
from .records import DecisionKind, PatientHistory
from .toxicity import SevereEvent, neuropathy_events, neutropenia_episodes

_LEVEL = re.compile(r"-?[0-9]{1,3}")  # ASCII digits only: never int() of full-width digits


class LevelState(BaseModel):
    """The level in force and what severe toxicity asks of it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    current: int
    lowest: int
    pending: tuple[SevereEvent, ...] = ()  # severe events no level decision has answered yet
    proposed: int | None = None  # the level to decide on when `pending` (None: none lower is left)

    @property
    def decision_required(self) -> bool:
        """True while a severe event waits for an investigator's level (or stop) decision."""
        return bool(self.pending)

    @property
    def stop_required(self) -> bool:
        """True when a reduction is due and no lower level exists: stopping is the decision left."""
        return bool(self.pending) and self.proposed is None


def current_level(history: PatientHistory) -> int:
    """The latest DOSE_LEVEL decision's choice ("0", "-1"...), default 0.

    Raises RuleError("invalid_dose_level_decision") when that choice is not a whole number.
    """
    decision = HistoryIndex(history).latest_decision(DecisionKind.DOSE_LEVEL)
    if decision is None:
        return 0
    return _choice(decision.choice)


def level_state(protocol: Protocol, history: PatientHistory) -> LevelState:
    """The level in force, the severe events still unanswered and the level they propose (TOX-4).

    An event is answered by a DOSE_LEVEL decision dated on or after it that is at least one
    reduction below the level in force before it (a decision that kept the level answers nothing,
    even when the event's lab or toxicity was entered later), or by stopping the drug.
    """
    levels = sorted(lv.level for lv in protocol.bsa_drug.levels)
    current = current_level(history)
    records = HistoryIndex(history)
    decided = [(d.decided_at.date(), _choice(d.choice)) for d in records.decisions(DecisionKind.DOSE_LEVEL)]
    stopped = [d.decided_at.date()
               for d in records.decisions(DecisionKind.DISCONTINUE_DRUG, subject=protocol.bsa_drug.key)]
    step = protocol.hold_rules.reduce_levels_on_severe_toxicity
    targets: list[int] = []
    pending: list[SevereEvent] = []
    events = [*neutropenia_episodes(protocol, history.labs), *neuropathy_events(protocol, history.toxicities)]
    for event in sorted(events, key=lambda e: e.on):
        before = [level for day, level in decided if day < event.on]
        target = (before[-1] if before else 0) - step
        answered = any(day >= event.on and level <= target for day, level in decided) or any(
            day >= event.on for day in stopped)
        if not answered:
            pending.append(event)
            targets.append(target)
    if not pending:
        return LevelState(current=current, lowest=levels[0])
    lower = [lv for lv in levels if lv <= min(targets)]
    return LevelState(current=current, lowest=levels[0], pending=tuple(pending),
                      proposed=max(lower) if lower else None)


def _choice(text: str) -> int:
    stripped = text.strip()
    if _LEVEL.fullmatch(stripped) is None:
        raise RuleError("invalid_dose_level_decision", {"field": "level", "text": text,
                                                        "hint": "a whole number such as 0, -1 or -2"})
    return int(stripped)


def check_level_choice(state: LevelState, level: int) -> None:
    """Refuse a level decision that would raise the level (RuleError "no_re_escalation") or, while
    a severe event is unanswered, not reduce it as far as proposed ("reduction_required";
    "stop_required" when no lower level is left)."""
    if level > state.current:
        raise RuleError("no_re_escalation", {"field": "level", "current": str(state.current), "text": str(level)})
    if state.decision_required:
        if state.proposed is None:
            raise RuleError("stop_required", {"field": "level", "lowest": str(state.lowest),
                                              "event": state.pending[-1].code})
        if level > state.proposed:
            raise RuleError("reduction_required", {"field": "level", "proposed": str(state.proposed),
                                                   "text": str(level), "event": state.pending[-1].code})
