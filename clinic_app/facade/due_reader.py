"""Reading the due list: each patient's kept due state (facade/due_state.py) where it holds on the
day asked about, the dose gate asked afresh for the others. On the clinic's own day a writable
clinic keeps the fresh answers (the daily pass: one short transaction, for the patients whose answer
moved). Every change keeps the answer of the patients it touched, before its COMMIT (`keep_with`).
A follower (the window) asks what changed since its last look (`update`): one query when nothing
moved.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from clinic_app.domain.errors import DomainError
from clinic_app.domain.gate import GateInput
from clinic_app.domain.language import current_language
from clinic_app.domain.protocol import Protocol
from clinic_app.store import EVERY_PATIENT, DatabaseFault, DueState, Fault, PatientDue, Store, Writer
from clinic_app.wording.catalogue import catalogue
from clinic_app.wording.slot import figure_text as slot_figure_text

from .due_state import DueItems, answer_of, due_state_of, unanswered
from .views import DueLine, DueRow


def figure_text(figure: Mapping[str, Any] | None) -> str:
    """The words of a dose figure (`due_state.dose_figure`) in the due list's dose column, in the
    current language (wording.slot.figure_text; LANG-1): a BSA dose not from the slot's verified
    record is a forecast and says so (screen and paper)."""
    return slot_figure_text(figure, catalogue(current_language()))


@dataclass(frozen=True)
class DueMark:
    """Where a follower of the list stands: the day it looked at and the last change it read."""

    day: date
    change: int


@dataclass(frozen=True)
class DueUpdate:
    """What changed since a mark: the rows of each patient whose list moved, by subject code (an
    empty list: nothing due any more); `complete` when `rows` holds every patient (start afresh)."""

    mark: DueMark
    rows: dict[str, list[DueRow]]
    complete: bool


def _rows_of(patient: PatientDue, state: DueState, answer: DueItems | None = None) -> list[DueRow]:
    if not patient.active:
        return []
    answer = answer or DueItems(state)
    rows = []
    for kept in json.loads(state.lines_json):
        line = DueLine.of(kept)
        rows.append(DueRow(subject_code=patient.subject_code, date_of_birth=patient.date_of_birth,
                           initials=patient.initials, full_name=patient.full_name, cohort=patient.cohort, line=line,
                           dose_text=figure_text(line.dose), answer=answer))
    return rows


GateOf = Callable[[str, date, datetime], GateInput]  # a chart planned on a day, at a time (ClinicBase._gate_input)


class DueReader:
    """The due list of one facade: kept answers where they hold, the gate's for the rest."""

    def __init__(self, store: Store, protocol: Protocol, now: Callable[[], datetime], gate_of: GateOf) -> None:
        self._store = store
        self._protocol = protocol
        self._now = now
        self._gate_of = gate_of
        self._patients: dict[int, PatientDue] = {}  # the last reading of each patient
        self._rows: dict[int, tuple[DueState, list[DueRow]]] = {}  # the rows made from each kept state

    def rows(self, today: date) -> dict[str, list[DueRow]]:
        """Every patient's rows on `today`, by subject code in subject-code order."""
        return self._rows_on(today, self._store.due.read())

    def update(self, today: date, since: DueMark | None) -> DueUpdate:
        """What changed since `since` (None: everything); see `DueUpdate`."""
        change = self._store.due.last_change()  # read first: what is written after it is read again next time
        if since is None or since.day != today or since.change > change:  # > : a restore went back
            return DueUpdate(DueMark(today, change), self.rows(today), complete=True)
        changed = self._store.due.read(since_change=since.change)
        moved = {p.patient_id for p in changed}
        now = self._now()
        changed += [p for p in self._patients.values() if p.patient_id not in moved and p.state is not None
                    and p.state.expires_at is not None and now >= p.state.expires_at]
        return DueUpdate(DueMark(today, change), self._rows_on(today, changed), complete=False)

    def _rows_on(self, today: date, patients: Iterable[PatientDue]) -> dict[str, list[DueRow]]:
        now, sha = self._now(), self._protocol.sha256
        rows: dict[str, list[DueRow]] = {}
        fresh: dict[int, tuple[PatientDue, DueState]] = {}
        for patient in patients:
            self._patients[patient.patient_id] = patient
            state = patient.state
            if state is not None and state.holds(today, now, sha):
                rows[patient.subject_code] = self._kept_rows(patient, state)
            elif patient.active:
                # Every active patient can be planned (enrolment needs a planned C1D1): a failure is a
                # fault to surface, never a patient dropped silently from the list.
                state, items = answer_of(self._gate_of(patient.subject_code, today, now))
                rows[patient.subject_code] = _rows_of(patient, state, DueItems(state, items))
                fresh[patient.patient_id] = (patient, state)
            else:
                rows[patient.subject_code] = []
        if fresh and today == now.date() and not self._store.read_only:
            self._keep_fresh(fresh)
        return rows

    def _kept_rows(self, patient: PatientDue, state: DueState) -> list[DueRow]:
        made = self._rows.get(patient.patient_id)
        if made is not None and made[0] is state:
            return made[1]
        rows = _rows_of(patient, state)
        self._rows[patient.patient_id] = (state, rows)
        return rows

    def _keep_fresh(self, fresh: dict[int, tuple[PatientDue, DueState]]) -> None:
        """The daily pass: keep the answers just asked for, for every patient whose kept state did
        not move meanwhile (another window may have written since it was read)."""
        with self._store.due.transaction():
            current = {p.patient_id: p.change for p in self._store.due.read(patient_ids=list(fresh))}
            self._store.due.keep({pid: state for pid, (patient, state) in fresh.items()
                                  if current.get(pid) == patient.change})

    def keep_with(self, w: Writer) -> None:
        """Inside a write transaction, before COMMIT: keep the new answer of every patient it touched
        (every patient when the site calendar changed)."""
        now = self._now()
        today = now.date()
        chosen = None if EVERY_PATIENT in w.touched else sorted(w.touched)
        states: dict[int, DueState | None] = {}
        for patient in self._store.due.read(patient_ids=chosen):
            try:
                states[patient.patient_id] = due_state_of(self._gate_of(patient.subject_code, today, now))
            except DomainError:  # the list asks the gate again and reports it; the change itself stands
                states[patient.patient_id] = unanswered(today, now, self._protocol.sha256)
        self._store.due.keep(states)

    def faults(self) -> list[Fault]:
        """Kept states written without the key, then every kept state that is not the gate's answer
        asked again on its day at its time (`verify`); a state kept under another protocol file no
        longer holds and is left to be replaced."""
        found = self._store.due.forged()
        for patient in self._store.due.read():
            kept = patient.state
            if kept is None or kept.protocol_sha256 != self._protocol.sha256:
                continue
            try:
                kept.checked_items()
            except DatabaseFault as exc:
                found.append(Fault("derived", exc.code, patient.patient_id, f"{patient.subject_code}: "
                                   f"{exc.values['reason']}", table="due_state", field="items_json"))
                continue
            try:
                again = due_state_of(self._gate_of(patient.subject_code, kept.planned_on, kept.computed_at))
            except DomainError:
                again = unanswered(kept.planned_on, kept.computed_at, kept.protocol_sha256)
            differs = next((name for name in _COMPARED if getattr(again, name) != getattr(kept, name)), None)
            if differs is not None:
                found.append(Fault("derived", "due_state_differs", patient.patient_id,
                                   f"{patient.subject_code}: {differs} is not what the dose gate answers on "
                                   f"{kept.planned_on.isoformat()}", table="due_state", field=differs))
        return found


# What a kept state is held to (the items through their digest).
_COMPARED = ("holds_until", "expires_at", "protocol_sha256", "lines_json", "items_sha256")
