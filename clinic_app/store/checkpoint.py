"""How far the audit chain was found intact, and when the last full check ran.

Opening a clinic walks only the audit rows after the checkpoint (`AuditTrail.verify(since=...)`),
which must itself still be there with the same MAC; the full checks (SQLite's integrity check, the
whole chain, every row against the trail, the due state against a fresh re-plan) run in `verify`,
at backup and on the schedule the window keeps (`full_check_due`). The checkpoint row carries an
HMAC under the audit key: without the key it can only be removed or rolled back, and then the next
open walks more of the chain, never less.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from clinic_app.store.audit import AuditTrail
from clinic_app.store.head_file import ChainHead
from clinic_app.store.models import Fault

# The window runs the full check in the background when the last one is older than this.
FULL_CHECK_EVERY = timedelta(days=1)


@dataclass(frozen=True)
class FullCheck:
    """When the last full check ran (aware UTC) and the first fault it found ("" when none)."""

    at: datetime
    fault: str

    @property
    def ok(self) -> bool:
        """True when the check found nothing wrong."""
        return not self.fault


@dataclass(frozen=True)
class Checkpoint:
    """The last audit row found intact at an open, and the last full check (None before the first)."""

    verified: ChainHead
    full: FullCheck | None = None


def _tag(trail: AuditTrail, cp: Checkpoint) -> str:
    full = cp.full
    return trail.derived_tag("checkpoint", cp.verified.seq, cp.verified.mac,
                             None if full is None else full.at.isoformat(),
                             None if full is None else json.dumps(full.fault))  # free text: quoted


def read_checkpoint(db: Database, trail: AuditTrail) -> Checkpoint | None:
    """The stored checkpoint, or None when there is none or its tag is not the key's."""
    row = db.execute("SELECT seq, mac, full_at, full_fault, tag FROM chain_checkpoint WHERE id = 1").fetchone()
    if row is None:
        return None
    full = None if row[2] is None else FullCheck(datetime.fromisoformat(row[2]), str(row[3] or ""))
    cp = Checkpoint(ChainHead(int(row[0]), str(row[1])), full)
    return cp if _tag(trail, cp) == row[4] else None


def checkpoint_fault(db: Database, trail: AuditTrail) -> Fault | None:
    """A checkpoint row whose tag is not the key's (written without the key), for `verify`."""
    if db.execute("SELECT 1 FROM chain_checkpoint").fetchone() is None or read_checkpoint(db, trail) is not None:
        return None
    return Fault("derived", "derived_state_forged", 1, "the chain checkpoint does not carry the audit key's tag",
                 table="chain_checkpoint")


def write_checkpoint(db: Database, trail: AuditTrail, cp: Checkpoint) -> None:
    """Store `cp`, inside the caller's write transaction."""
    full = cp.full
    db.execute("INSERT OR REPLACE INTO chain_checkpoint (id, seq, mac, full_at, full_fault, tag)"
               " VALUES (1, ?, ?, ?, ?, ?)",
               [cp.verified.seq, cp.verified.mac, None if full is None else full.at.isoformat(),
                None if full is None else full.fault, _tag(trail, cp)])


def advance_verified(db: Database, trail: AuditTrail, verified: ChainHead) -> None:
    """Move the checkpoint forward to `verified` (never back), inside a write transaction."""
    current = read_checkpoint(db, trail)
    if current is None or current.verified.seq < verified.seq:
        write_checkpoint(db, trail, Checkpoint(verified, None if current is None else current.full))


def full_check_due(last: FullCheck | None, now: datetime) -> bool:
    """True when no full check ran yet or the last one is older than FULL_CHECK_EVERY."""
    return last is None or now - last.at >= FULL_CHECK_EVERY
