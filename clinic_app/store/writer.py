"""The single write path: one `BEGIN IMMEDIATE` transaction per use case, and in it exactly one
audit row per row inserted, updated or deleted.

Optimistic concurrency: an update or delete names the `row_version` the caller read; the
statement says `WHERE id = ? AND row_version = ?` and bumps the version, and when no row matched
a `ConcurrencyConflict` carries the expected and current versions. SQLite constraint failures
are turned into typed errors so nothing leaks as a raw `sqlite3.IntegrityError`.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from clinic_app.store.audit import AuditTrail
from clinic_app.store.connection import write_transaction
from clinic_app.store.errors import ConcurrencyConflict, DatabaseFault, DuplicateRecord, NotFound, StoreInputError

log = logging.getLogger(__name__)

_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
# Never copied into the audit trail: a password hash is a secret even though it is not the password.
_REDACTED = frozenset({"password_hash"})


def _ident(name: str) -> str:
    # Table and column names come from this package, never from users; checked anyway.
    if not _IDENT.match(name):
        raise ValueError(f"not an identifier: {name!r}")
    return name


@dataclass
class StoreContext:
    """What every repository shares: the open database, its audit trail, the clock (aware UTC)."""

    db: Database
    trail: AuditTrail
    clock: Callable[[], datetime]
    path: Path


def translate_integrity_error(exc: sqlite3.Error, entity: str) -> Exception:
    """A typed store error for a constraint failure raised by SQLite."""
    text = str(exc)
    if "UNIQUE" in text:
        return DuplicateRecord("duplicate_record", {"entity": entity, "detail": text})
    if "FOREIGN KEY" in text:
        return NotFound("referenced_row_missing", {"entity": entity, "detail": text})
    field = text.split(":", 1)[1].strip() if ":" in text else ""
    return StoreInputError("invalid_value", {"entity": entity, "field": field, "detail": text})


def _redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: ("[redacted]" if k in _REDACTED else v) for k, v in value.items()}
    return value


class Writer:
    """Writes rows and their audit rows inside one open transaction (see `writing`)."""

    def __init__(self, ctx: StoreContext, actor: str) -> None:
        self._db = ctx.db
        self._trail = ctx.trail
        self.actor = actor
        self.at_utc = ctx.clock()

    def row(self, table: str, row_id: int) -> dict[str, Any] | None:
        """The row as a dict, or None."""
        cur = self._db.execute(f"SELECT * FROM {_ident(table)} WHERE id = ?", [row_id])
        found = cur.fetchone()
        if found is None:
            return None
        return dict(zip([c[0] for c in cur.description], found))

    def _audit(self, action: str, entity: str, entity_id: str, old: Any, new: Any, reason: str) -> None:
        old, new = _redact(old), _redact(new)
        self._trail.append(
            self._db, at_utc=self.at_utc, actor=self.actor, action=action, entity=entity,
            entity_id=entity_id, old=old, new=new, reason=reason,
        )

    def insert(self, table: str, values: Mapping[str, Any], *, action: str, reason: str = "") -> int:
        """Insert one row (row_version 1) and its audit row; returns the new id."""
        cols = [_ident(c) for c in values]
        sql = f"INSERT INTO {_ident(table)} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        try:
            cur = self._db.execute(sql, list(values.values()))
        except sqlite3.IntegrityError as exc:
            raise translate_integrity_error(exc, table) from exc
        row_id = int(cur.lastrowid or 0)
        self._audit(action, table, str(row_id), None, self.row(table, row_id), reason)
        return row_id

    def update(
        self, table: str, row_id: int, expected_version: int, changes: Mapping[str, Any],
        *, action: str, reason: str = "",
    ) -> int:
        """Change columns of row `row_id` if it is still at `expected_version`; returns the new version.

        Raises ConcurrencyConflict (stale version), NotFound (no such row) or a typed constraint error.
        """
        old = self.row(table, row_id)
        if old is None:
            raise NotFound("not_found", {"entity": table, "id": row_id})
        sets = ", ".join(f"{_ident(c)} = ?" for c in changes)
        sql = (f"UPDATE {_ident(table)} SET {sets}, row_version = row_version + 1"
               " WHERE id = ? AND row_version = ?")
        try:
            cur = self._db.execute(sql, [*changes.values(), row_id, expected_version])
        except sqlite3.IntegrityError as exc:
            raise translate_integrity_error(exc, table) from exc
        if cur.rowcount != 1:
            raise ConcurrencyConflict(
                "row_version_conflict",
                {"entity": table, "id": row_id, "expected_version": expected_version,
                 "current_version": old["row_version"]},
            )
        self._audit(action, table, str(row_id), old, self.row(table, row_id), reason)
        return expected_version + 1

    def delete(self, table: str, row_id: int, expected_version: int, *, action: str, reason: str = "") -> None:
        """Delete row `row_id` if still at `expected_version` (ConcurrencyConflict / NotFound otherwise)."""
        old = self.row(table, row_id)
        if old is None:
            raise NotFound("not_found", {"entity": table, "id": row_id})
        try:
            cur = self._db.execute(f"DELETE FROM {_ident(table)} WHERE id = ? AND row_version = ?",
                                   [row_id, expected_version])
        except sqlite3.IntegrityError as exc:
            raise translate_integrity_error(exc, table) from exc
        if cur.rowcount != 1:
            raise ConcurrencyConflict(
                "row_version_conflict",
                {"entity": table, "id": row_id, "expected_version": expected_version,
                 "current_version": old["row_version"]},
            )
        self._audit(action, table, str(row_id), old, None, reason)

    def event(self, *, action: str, entity: str, entity_id: str, old: Any, new: Any, reason: str = "") -> None:
        """An audit row for something that is not a row change of its own (e.g. a restore)."""
        self._audit(action, entity, entity_id, old, new, reason)


SYSTEM_ACTOR = "system"


@contextmanager
def writing(ctx: StoreContext, actor: str, *, system: bool = False) -> Iterator[Writer]:
    """One write transaction on behalf of `actor`, with the chain head confirmed after.

    `actor` must be an active user's username (NotFound unknown_actor otherwise); `system=True`
    is for the few events no signed-in person causes (first administrator, restore bookkeeping)
    and records the actor as "system". Refuses to start when the audit chain's recorded head is
    gone (DatabaseFault).
    """
    if system:
        actor = SYSTEM_ACTOR
    elif not isinstance(actor, str) or not actor:
        raise StoreInputError("invalid_actor", {"field": "actor", "hint": "a username"})
    with write_transaction(ctx.db):
        if not system and ctx.db.execute(
            "SELECT 1 FROM users WHERE username = ? AND active = 1", [actor]
        ).fetchone() is None:
            raise NotFound("unknown_actor", {"entity": "users", "username": actor})
        ctx.trail.check_head_prefix(ctx.db)
        yield Writer(ctx, actor)
    try:
        ctx.trail.confirm_head(ctx.db)
    except (OSError, sqlite3.Error, DatabaseFault):
        # The change IS committed: reporting it as failed would invite a duplicate entry. A head
        # left behind is caught by the prefix check before the next write and by verify().
        log.exception("audit chain head not updated after commit")
