"""The single write path: one `BEGIN IMMEDIATE` transaction per use case, and in it exactly one
audit row per row inserted, updated or deleted.

Optimistic concurrency: an update or delete names the `row_version` the caller read; the
statement says `WHERE id = ? AND row_version = ?` and bumps the version, and when no row matched
a `ConcurrencyConflict` carries the expected and current versions. SQLite constraint failures
are turned into typed errors so nothing leaks as a raw `sqlite3.IntegrityError`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from clinic_app.domain.errors import AuthError
from clinic_app.domain.permissions import require_signature_role
from clinic_app.domain.records import Role, SignatureMeaning
from clinic_app.store.audit import AuditTrail, canonical_json
from clinic_app.store.checkpoint import advance_verified
from clinic_app.store.connection import connect, write_transaction
from clinic_app.store.due_state import patient_touched
from clinic_app.store.errors import ConcurrencyConflict, DatabaseFault, DuplicateRecord, NotFound, StoreInputError
from clinic_app.store.head_file import ChainHead

log = logging.getLogger(__name__)

_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
# Never copied into the audit trail in clear: a password hash is a secret even though it is not
# the password. The trail carries its SHA-256 instead, so `verify` still sees a hash copied from
# one account onto another.
_DIGESTED = frozenset({"password_hash", "first_half_hash"})
DIGEST_PREFIX = "sha256:"


def secret_digest(value: Any) -> Any:
    """What the audit trail stores for a secret column: "sha256:<hex>" of its text (None stays None)."""
    if value is None:
        return None
    return DIGEST_PREFIX + hashlib.sha256(str(value).encode("utf-8")).hexdigest()


def content_sha256(row: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of a row's canonical JSON as the audit trail records it (every column,
    including id and row_version; secret columns as their digest), so that `verify` can recompute
    the hash of a signed row at its signed version from the trail alone."""
    return hashlib.sha256(canonical_json(audited_value(dict(row))).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Signer:
    """Proof that a person has just re-entered their password (one argon2 check): who, in which
    role, under which credentials version, and when. `at` is aware and keeps the signer's zone.

    Made only by `Users.signer`; a signature written with it is refused when the account was
    deactivated, locked or its password changed or reset since (credentials_version moved).
    """

    user_id: int
    username: str
    full_name: str
    role: Role
    credentials_version: int
    at: datetime


def _ident(name: str) -> str:
    # Table and column names come from this package, never from users; checked anyway.
    if not _IDENT.match(name):
        raise ValueError(f"not an identifier: {name!r}")
    return name


@dataclass
class StoreContext:
    """What every repository shares: the open database, its audit trail, the clock (aware UTC).

    `seen` is the last audit row this instance saw at open or wrote: when a restore (by this or
    another running instance) has removed or replaced it, or a restore came after it, this
    instance refuses to write until it is reopened (its view of the records is gone).
    """

    db: Database
    trail: AuditTrail
    clock: Callable[[], datetime]
    path: Path
    read_only: bool = False
    seen: ChainHead | None = None
    verified: ChainHead | None = None  # found intact at open; the next write moves the checkpoint to it
    # Called before COMMIT with the writer of a transaction that touched patients (the facade keeps
    # their due state with the change: clinic_app/facade/due_state.py).
    derive: Callable[[Writer], None] | None = None


def translate_integrity_error(exc: sqlite3.Error, entity: str) -> Exception:
    """A typed store error for a constraint failure raised by SQLite."""
    text = str(exc)
    if "UNIQUE" in text:
        return DuplicateRecord("duplicate_record", {"entity": entity, "detail": text})
    if "FOREIGN KEY" in text:
        return NotFound("referenced_row_missing", {"entity": entity, "detail": text})
    field = text.split(":", 1)[1].strip() if ":" in text else ""
    return StoreInputError("invalid_value", {"entity": entity, "field": field, "detail": text})


def audited_value(value: Any) -> Any:
    """A row as the audit trail records it: secret columns replaced by their digest."""
    if isinstance(value, dict):
        return {k: (secret_digest(v) if k in _DIGESTED else v) for k, v in value.items()}
    return value


class Writer:
    """Writes rows, their audit rows and signatures inside one open transaction (see `writing`)."""

    def __init__(self, ctx: StoreContext, actor: str) -> None:
        self._db = ctx.db
        self._trail = ctx.trail
        self.actor = actor
        self.at_utc = ctx.clock()
        self._head: ChainHead | None = None  # the chain head as this transaction moved it
        self.touched: set[int] = set()  # patients whose due state the rows written can move (EVERY_PATIENT: all)
        self._floors: dict[str, int] | None = None

    @property
    def head(self) -> ChainHead | None:
        """The last audit row this transaction wrote (None before the first)."""
        return self._head

    def row(self, table: str, row_id: int) -> dict[str, Any] | None:
        """The row as a dict, or None."""
        cur = self._db.execute(f"SELECT * FROM {_ident(table)} WHERE id = ?", [row_id])
        found = cur.fetchone()
        if found is None:
            return None
        return dict(zip([c[0] for c in cur.description], found))

    def row_where(self, table: str, **equal: Any) -> dict[str, Any] | None:
        """The first row whose columns equal the given values, as a dict, or None."""
        where = " AND ".join(f"{_ident(c)} = ?" for c in equal)
        cur = self._db.execute(f"SELECT * FROM {_ident(table)} WHERE {where} LIMIT 1", list(equal.values()))
        found = cur.fetchone()
        return None if found is None else dict(zip([c[0] for c in cur.description], found))

    def _audit(self, action: str, entity: str, entity_id: str, old: Any, new: Any, reason: str) -> None:
        row = new if new is not None else old
        if isinstance(row, dict):
            patient = patient_touched(self._db, entity, row)
            if patient is not None:
                self.touched.add(patient)
        self._head = self._trail.append(
            self._db, at_utc=self.at_utc, actor=self.actor, action=action, entity=entity,
            entity_id=entity_id, old=audited_value(old), new=audited_value(new), reason=reason, prev=self._head,
        )

    def _floor(self, table: str) -> int:
        """The highest row id a restore rolled back in `table` (0 when none): new ids go above it, so
        a number printed before the restore (a dose record's barcode) never names another record."""
        if self._floors is None:
            found = self._db.execute("SELECT value FROM site_settings WHERE key = ?", [ID_FLOORS_KEY]).fetchone()
            self._floors = {} if found is None else {str(k): int(v) for k, v in json.loads(found[0]).items()}
        return self._floors.get(table, 0)

    def insert(self, table: str, values: Mapping[str, Any], *, action: str, reason: str = "") -> int:
        """Insert one row (row_version 1) and its audit row; returns the new id (above the table's
        restore floor)."""
        floor = self._floor(table)
        if floor and "id" not in values:
            top = int(self._db.execute(f"SELECT coalesce(max(id), 0) FROM {_ident(table)}").fetchone()[0])
            if top < floor:
                values = {"id": floor + 1, **values}
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

    def sign(self, signer: Signer, meaning: SignatureMeaning, entity: str, entity_id: int) -> int:
        """Sign row `entity`/`entity_id` as it stands now in this transaction; returns the signature id.

        The signature binds the row's id, row_version and content hash; it is written (and
        audited) in the same transaction as the record, so a record needing a signature never
        exists without it (REC-5). It carries the signer's printed name, role, meaning and zoned
        time, and raises PermissionDenied when the signer's role may not give this meaning
        (SIGNATURE_ROLES, ROLE-3), NotFound when the row is absent, StoreInputError for a table
        that is not signable.
        """
        meaning = SignatureMeaning(meaning)
        if entity not in SIGNABLE:
            raise StoreInputError("not_signable", {"field": "entity", "text": entity})
        require_signature_role(signer.role, meaning)
        row = self.row(entity, entity_id)
        if row is None:
            raise NotFound("not_found", {"entity": entity, "id": entity_id})
        return self.insert("signatures", {
            "meaning": meaning.value, "user_id": signer.user_id, "printed_name": signer.full_name,
            "role": signer.role.value, "signed_at": signer.at.isoformat(), "entity": entity,
            "entity_id": entity_id, "entity_row_version": row["row_version"],
            "content_sha256": content_sha256(row),
        }, action=f"sign_{meaning.value.lower()}")


# Rows that carry a signature (a signature on any other table is refused).
SIGNABLE = frozenset({
    "patients", "cohort_assignments", "measurements", "labs", "dose_records", "preparations",
    "verifications", "administrations", "decisions", "visit_completions", "voids", "users",
    "toxicities", "password_resets",
})
# The site setting holding {table: highest id rolled back by a restore} (see Writer._floor).
ID_FLOORS_KEY = "id_floors"

SYSTEM_ACTOR = "system"


def _check_signer(ctx: StoreContext, signer: Signer) -> None:
    """Inside the write lock: the signer's account is still active, unlocked, in the same role and
    under the same credentials as when the password was checked; failed attempts are cleared."""
    row = ctx.db.execute(
        "SELECT id, row_version, active, role, credentials_version, locked_until, failed_attempts"
        " FROM users WHERE id = ? AND username = ?", [signer.user_id, signer.username]).fetchone()
    if row is None or not row[2] or row[3] != signer.role.value or row[4] != signer.credentials_version:
        raise AuthError("credentials_changed", {"username": signer.username})
    if row[5] is not None and datetime.fromisoformat(row[5]) > ctx.clock():
        raise AuthError("account_locked", {"username": signer.username, "locked_until": row[5]})


@contextmanager
def writing(ctx: StoreContext, actor: str | Signer, *, system: bool = False) -> Iterator[Writer]:
    """One write transaction on behalf of `actor`; the chain head moves to its last audit row after
    COMMIT (in place, see audit.py).

    `actor` is an active user's username (NotFound unknown_actor otherwise) or a `Signer` (a
    person who has just re-entered their password: the transaction re-checks their account and
    may then carry their signatures, see `Writer.sign`); `system=True` is for the few events no
    signed-in person causes (first administrator, restore bookkeeping) and records the actor as
    "system". Refuses to start when the audit chain's recorded head is gone (DatabaseFault).
    """
    if ctx.read_only:  # a read-only store writes only what a read requires (a wrong password's count)
        rw = connect(ctx.path)
        try:
            with writing(replace(ctx, db=rw, read_only=False), actor, system=system) as w:
                yield w
        finally:
            rw.close()
        return
    signer = actor if isinstance(actor, Signer) else None
    name = signer.username if signer is not None else actor
    if system:
        name = SYSTEM_ACTOR
    elif not isinstance(name, str) or not name:
        raise StoreInputError("invalid_actor", {"field": "actor", "hint": "a username"})
    with write_transaction(ctx.db):
        if signer is not None:
            _check_signer(ctx, signer)
        elif not system and ctx.db.execute(
            "SELECT 1 FROM users WHERE username = ? AND active = 1", [name]
        ).fetchone() is None:
            raise NotFound("unknown_actor", {"entity": "users", "username": name})
        ctx.trail.check_head_prefix(ctx.db)
        check_still_current(ctx)
        if ctx.verified is not None:  # no transaction of its own: the first write carries it
            advance_verified(ctx.db, ctx.trail, ctx.verified)
            ctx.verified = None
        writer = Writer(ctx, name)
        if signer is not None:
            _clear_failures(writer, signer)
        yield writer
        if writer.touched and ctx.derive is not None:
            ctx.derive(writer)
    if writer.head is None:
        return
    ctx.seen = writer.head
    try:
        ctx.trail.advance_head(writer.head)
    except OSError:
        # The change IS committed: reporting it as failed would invite a duplicate entry. A head
        # left behind is caught by the prefix check before the next write and by verify().
        log.exception("audit chain head not updated after commit")


def check_still_current(ctx: StoreContext) -> None:
    """Inside the write lock: refuse (DatabaseFault database_restored) when the last audit row this
    instance saw is gone or replaced, or a restore was recorded after it."""
    seen = ctx.seen
    if seen is None or seen.seq == 0:
        return
    row = ctx.db.execute("SELECT mac FROM audit_log WHERE seq = ?", [seen.seq]).fetchone()
    restored = ctx.db.execute("SELECT 1 FROM audit_log WHERE seq > ? AND action = 'restore' LIMIT 1",
                              [seen.seq]).fetchone()
    if row is None or str(row[0]) != seen.mac or restored is not None:
        raise DatabaseFault("database_restored", {"check": "audit_chain", "row_id": seen.seq,
                                                  "hint": "the database was restored: close and open it again"})


def _clear_failures(w: Writer, signer: Signer) -> None:
    """A correct password inside a signed act clears earlier failed attempts (in the same transaction)."""
    row = w.row("users", signer.user_id)
    if row is not None and row["failed_attempts"]:
        w.update("users", signer.user_id, row["row_version"], {"failed_attempts": 0, "locked_until": None},
                 action="sign_in_after_failures")


@contextmanager
def joined(ctx: StoreContext, w: Writer | None, actor: str) -> Iterator[Writer]:
    """The caller's open transaction `w` when given (a change made together with others), else a
    transaction of its own for `actor`."""
    if w is not None:
        yield w
    else:
        with writing(ctx, actor) as own:
            yield own
