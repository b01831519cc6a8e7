"""Each patient's due state: the dose gate's answer about what is due, kept with the patient.

The facade computes it (clinic_app/facade/due_state.py) inside the transaction of every change
that can move it (the `Writer` notes which patients a transaction touched, `patient_touched`), and
once a day for the patients whose answer no longer holds; this module stores and reads it. One row
per patient, tagged with the audit key: a row written without the key reads as absent (the facade
then plans that patient afresh) and `verify` names it. A change counter lets a reader re-read only
the patients whose state moved since it last looked.

The tag covers the SHA-256 of the full items rather than the items themselves: a list reads only
the lines, and the items are checked against their digest when they are read (`checked_items`).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from clinic_app.store.audit import AuditTrail
from clinic_app.store.connection import write_transaction
from clinic_app.store.errors import DatabaseFault
from clinic_app.store.models import Fault

if TYPE_CHECKING:
    from clinic_app.store.writer import StoreContext

EVERY_PATIENT = 0
_IDS_PER_QUERY = 500  # what a change of the site calendar touches (patient ids start at 1)

# Which patient a row belongs to, by table (see `patient_touched`).
_OWN_PATIENT = frozenset({"measurements", "labs", "administrations", "decisions", "visit_completions",
                          "dose_records", "point_of_care", "cohort_assignments", "toxicities"})
_OF_DOSE_RECORD = frozenset({"preparations", "verifications"})
_OF_ENTITY = frozenset({"voids", "signatures", "imported_signatures", "provenance"})


@dataclass(frozen=True)
class DueState:
    """What the gate answered on `planned_on` (at `computed_at`) and how long it holds: through
    `holds_until`, before `expires_at` (a preparation expiring), under the protocol file whose
    SHA-256 it names. `lines_json` is what lists show of each due item, `items_json` the items."""

    planned_on: date
    computed_at: datetime
    holds_until: date
    expires_at: datetime | None
    protocol_sha256: str
    lines_json: str
    items_json: str
    items_sha256: str = ""

    def __post_init__(self) -> None:
        if not self.items_sha256:
            object.__setattr__(self, "items_sha256", _sha256(self.items_json))

    def holds(self, today: date, now: datetime, protocol_sha256: str) -> bool:
        """True when this answer is still the gate's on `today` at `now` under that protocol."""
        return (self.planned_on <= today <= self.holds_until and self.protocol_sha256 == protocol_sha256
                and (self.expires_at is None or now < self.expires_at))

    def checked_items(self) -> str:
        """The items, after checking them against the digest the tag covers (DatabaseFault when
        they were changed without the key)."""
        if not hmac.compare_digest(_sha256(self.items_json), self.items_sha256):
            raise DatabaseFault("derived_state_forged", {"check": "derived", "row_id": None,
                                                         "reason": "due items do not match their digest"})
        return self.items_json


@dataclass(frozen=True)
class PatientDue:
    """A patient's identifiers as a list shows them, and the kept due state (None: none kept, or
    not the key's); `change` is the counter value of its last write (0 when none)."""

    patient_id: int
    subject_code: str
    date_of_birth: date
    initials: str
    cohort: str
    full_name: str
    active: bool
    state: DueState | None
    change: int


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _tag(trail: AuditTrail, patient_id: int, s: DueState, change: int) -> str:
    return trail.derived_tag("due", patient_id, s.planned_on.isoformat(), s.computed_at.isoformat(),
                             s.holds_until.isoformat(), None if s.expires_at is None else s.expires_at.isoformat(),
                             s.protocol_sha256, s.lines_json, s.items_sha256, change)


_SELECT = ("SELECT p.id, p.subject_code, p.date_of_birth, p.initials, p.cohort, coalesce(c.full_name, ''), p.active,"
           " s.planned_on, s.computed_at, s.holds_until, s.expires_at, s.protocol_sha256, s.lines_json,"
           " s.items_json, s.items_sha256, s.change, s.mac"
           " FROM patients p LEFT JOIN point_of_care c ON c.patient_id = p.id"
           " LEFT JOIN due_state s ON s.patient_id = p.id")


def _patient_due(trail: AuditTrail, r: tuple[Any, ...]) -> PatientDue:
    state = None
    if r[7] is not None:
        state = DueState(date.fromisoformat(r[7]), datetime.fromisoformat(r[8]), date.fromisoformat(r[9]),
                         None if r[10] is None else datetime.fromisoformat(r[10]), r[11], r[12], r[13], r[14])
        if not hmac.compare_digest(_tag(trail, r[0], state, r[15]), r[16]):
            state = None
    return PatientDue(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5], bool(r[6]), state,
                      0 if r[15] is None else int(r[15]))


def read_due(db: Database, trail: AuditTrail, *, since_change: int = 0,
             patient_ids: list[int] | None = None) -> list[PatientDue]:
    """Every patient with its kept state, by subject code; with `since_change`, only those whose
    state was written after that counter value; with `patient_ids`, only those."""
    where, params = [], []
    if since_change:
        where.append("s.change > ?")
        params.append(since_change)
    if patient_ids is not None:
        where.append(f"p.id IN ({', '.join('?' for _ in patient_ids)})")
        params.extend(patient_ids)
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY p.subject_code"
    return [_patient_due(trail, r) for r in db.execute(sql, params).fetchall()]


def last_change(db: Database) -> int:
    """The highest change counter written (0 when none)."""
    return int(db.execute("SELECT coalesce(max(change), 0) FROM due_state").fetchone()[0])


def write_due(db: Database, trail: AuditTrail, patient_id: int, state: DueState | None, change: int) -> None:
    """Keep `state` for the patient (None: keep none), inside the caller's write transaction;
    `change` is the counter value of this transaction (`last_change` + 1)."""
    if state is None:
        db.execute("DELETE FROM due_state WHERE patient_id = ?", [patient_id])
        return
    db.execute(
        "INSERT OR REPLACE INTO due_state (patient_id, planned_on, computed_at, holds_until, expires_at,"
        " protocol_sha256, lines_json, items_json, items_sha256, change, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [patient_id, state.planned_on.isoformat(), state.computed_at.isoformat(), state.holds_until.isoformat(),
         None if state.expires_at is None else state.expires_at.isoformat(), state.protocol_sha256,
         state.lines_json, state.items_json, state.items_sha256, change, _tag(trail, patient_id, state, change)])


def forged_due(db: Database, trail: AuditTrail) -> list[Fault]:
    """A fault for every kept row whose tag is not the key's, for `verify`."""
    kept = {int(r[0]) for r in db.execute("SELECT patient_id FROM due_state")}
    valid = {p.patient_id for p in read_due(db, trail) if p.state is not None}
    return [Fault("derived", "derived_state_forged", pid, f"the due state of patient row {pid} does not carry "
                  "the audit key's tag", table="due_state") for pid in sorted(kept - valid)]


def patient_touched(db: Database, table: str, row: dict[str, Any]) -> int | None:
    """The patient whose due state a written row of `table` can move (EVERY_PATIENT for the site
    calendar), or None (accounts, settings, imports' bookkeeping, a decision about a cohort)."""
    if table == "patients":
        return int(row["id"])
    if table in _OWN_PATIENT:
        return None if row.get("patient_id") is None else int(row["patient_id"])
    if table in _OF_DOSE_RECORD:
        return _patient_of_row(db, "dose_records", int(row["dose_record_id"]))
    if table in _OF_ENTITY:
        return _patient_of_row(db, str(row["entity"]), int(row["entity_id"]))
    if table == "closed_days":
        return EVERY_PATIENT
    return None


def _patient_of_row(db: Database, table: str, row_id: int) -> int | None:
    if table == "patients":
        return row_id
    if table in _OWN_PATIENT:
        found = db.execute(f"SELECT patient_id FROM {table} WHERE id = ?", [row_id]).fetchone()  # noqa: S608
    elif table in _OF_DOSE_RECORD:
        found = db.execute(f"SELECT d.patient_id FROM {table} x"  # noqa: S608 - names from this module
                           " JOIN dose_records d ON d.id = x.dose_record_id WHERE x.id = ?", [row_id]).fetchone()
    else:
        return None
    return None if found is None or found[0] is None else int(found[0])


class DueStates:
    """The kept due states of one store (see the module docstring)."""

    def __init__(self, ctx: StoreContext) -> None:
        self._ctx = ctx

    def read(self, *, since_change: int = 0, patient_ids: list[int] | None = None) -> list[PatientDue]:
        """Patients with their kept state (see `read_due`), a few hundred ids per query."""
        if patient_ids is None:
            return read_due(self._ctx.db, self._ctx.trail, since_change=since_change)
        found: list[PatientDue] = []
        for start in range(0, len(patient_ids), _IDS_PER_QUERY):
            found += read_due(self._ctx.db, self._ctx.trail, since_change=since_change,
                              patient_ids=patient_ids[start:start + _IDS_PER_QUERY])
        return found

    def last_change(self) -> int:
        """The highest change counter written (0 when none)."""
        return last_change(self._ctx.db)

    def keep(self, states: Mapping[int, DueState | None]) -> None:
        """Write the states (by patient row id; None: keep none), inside the open write transaction,
        under one new change counter value."""
        change = last_change(self._ctx.db) + 1
        for patient_id, state in states.items():
            write_due(self._ctx.db, self._ctx.trail, patient_id, state, change)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction for derived state alone (the daily pass): no actor, no audit row."""
        with write_transaction(self._ctx.db):
            yield

    def forged(self) -> list[Fault]:
        """Kept rows not tagged with the audit key (see `forged_due`)."""
        return forged_due(self._ctx.db, self._ctx.trail)
