"""Look-ups over one patient's recorded history, as the planner asks them.

A dose slot is (drug key, cycle, day). A slot may hold several records (held twice, then given):
the first `given` record wins; `last_not_given` is the latest held/omitted record, kept even when the
dose was given later (the shift policy needs the hold date). A premedication may be given once per
attempt at its infusion: `all_given` keeps every given record of the slot, oldest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .records import (
    Administration,
    AdministrationStatus,
    Decision,
    DecisionKind,
    Measurement,
    PatientHistory,
    VisitCompletion,
)

SlotKey = tuple[str, int, int]


@dataclass(frozen=True)
class SlotRecords:
    """What was recorded for one dose slot."""

    given: Administration | None = None
    last_not_given: Administration | None = None
    all_given: tuple[Administration, ...] = ()


_EMPTY = SlotRecords()


class HistoryIndex:
    """Indexes a PatientHistory once so the planner's look-ups are constant time."""

    def __init__(self, history: PatientHistory | None) -> None:
        """Index a patient's history; None stands for a patient with nothing recorded yet."""
        self._decisions = history.decisions if history is not None else ()
        self._measurements = history.measurements if history is not None else ()
        given: dict[SlotKey, list[Administration]] = {}
        not_given: dict[SlotKey, Administration] = {}
        for record in history.administrations if history is not None else ():
            key = (record.drug, record.cycle, record.day)
            if record.status is AdministrationStatus.GIVEN:
                given.setdefault(key, []).append(record)
            elif key not in not_given or record.on >= not_given[key].on:
                not_given[key] = record
        self._slots = {}
        for key in given.keys() | not_given.keys():
            records = tuple(sorted(given.get(key, ()), key=lambda r: r.on))
            self._slots[key] = SlotRecords(records[0] if records else None, not_given.get(key), records)
        self._completions: dict[str, VisitCompletion] = {}
        for visit in sorted(history.visits if history is not None else (), key=lambda v: v.on, reverse=True):
            self._completions[visit.visit] = visit  # the earliest completion wins

    def slot(self, drug: str, cycle: int, day: int) -> SlotRecords:
        """The records of one dose slot (empty when nothing was recorded)."""
        return self._slots.get((drug, cycle, day), _EMPTY)

    def completion(self, visit: str) -> VisitCompletion | None:
        """The (earliest) completion of a visit key, or None."""
        return self._completions.get(visit)

    def decisions(self, kind: DecisionKind, *, subject: str | None = None) -> list[Decision]:
        """Every decision of `kind` for this subject (or without one), oldest first (by decided_at)."""
        found = [d for d in self._decisions
                 if d.kind is kind and (subject is None or d.subject in (None, subject))]
        return sorted(found, key=lambda d: d.decided_at)

    def latest_decision(
        self,
        kind: DecisionKind,
        *,
        cycle: int | None = None,
        day: int | None = None,
        subject: str | None = None,
    ) -> Decision | None:
        """The latest decision of `kind` (by decided_at) matching the given slot and subject.

        A decision without a subject applies to any subject; `cycle`/`day` given here must match.
        """
        found: Decision | None = None
        for decision in self._decisions:
            if decision.kind is not kind:
                continue
            if cycle is not None and decision.cycle != cycle:
                continue
            if day is not None and decision.day != day:
                continue
            if subject is not None and decision.subject not in (None, subject):
                continue
            if found is None or decision.decided_at >= found.decided_at:
                found = decision
        return found

    def latest_measurement(self, on_or_before: date) -> Measurement | None:
        """The most recent height/weight measured on or before a date, or None."""
        usable = [m for m in self._measurements if m.measured_on <= on_or_before]
        # Of two measurements the same day the one recorded last wins (a re-weigh corrects a slip).
        return sorted(usable, key=lambda m: m.measured_on)[-1] if usable else None
