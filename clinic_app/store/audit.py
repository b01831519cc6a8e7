"""The audit trail: append-only, HMAC-chained, with its head kept outside the database.

Every clinical change writes one `audit_log` row in the same transaction as the change: who,
when (UTC), action, entity, entity id, old and new value (JSON), reason. SQLite triggers refuse
UPDATE and DELETE on `audit_log`, so the program itself cannot rewrite history.

Threat model
------------
Protected against: someone with the database file and an SQLite tool but WITHOUT the audit key
(a curious or dishonest user of the shared clinic PC, a copied file) who edits, deletes,
inserts, reorders or drops rows (after removing the triggers). Each row carries
    mac_n = HMAC-SHA256(key, canonical_json([seq, at_utc, actor, action, entity, entity_id,
                                              old_json, new_json, reason, mac_{n-1}]))
with mac_0 = HMAC(key, "genesis"). An edited row fails its own MAC; an inserted, deleted or
swapped row breaks the sequence or the chain at the first affected row. Dropping the LAST rows
leaves a valid chain, so the chain head (last seq and MAC, itself tagged with an HMAC) is also
kept in a head file next to the key (`<key>.head`, see `head_file.py`), moved forward after each
committed write. Rows beyond the head are allowed (a crash between COMMIT and the head update
leaves at most one transaction unconfirmed) but must chain correctly; a head beyond the last row
is truncation. Every write first checks that the row at the head still carries the head's MAC, so
the program never appends to a truncated or rewritten chain.

Durability of the head, written in place: the rows are durable before the head names them
(SQLite's COMMIT in WAL mode with synchronous=FULL fsyncs the log); then the head record is
written over the old one in the file's first 256 bytes with one `pwrite` and fsynced, under an
exclusive advisory lock on the head file, and only when it names a later row than the recorded
one, so heads are written one at a time and never move backwards. The file keeps its size, so no
directory entry changes and no folder fsync is needed (a rename needed both, and an empty
transaction to order the heads). A killed process cannot leave the record half written: one
`pwrite` of less than a page into an allocated block is copied whole, a signal being delivered
only when the call returns. Power lost during that write can tear the record only if the disk
tears a single-sector write, which disks guarantee against; a torn record then reads as
"head unreadable" and the database is refused, never silently accepted. So after any crash the
head names a committed row, exactly as with the rename, and one signed act costs two fsyncs: the
log's and the head's.

Not protected against: someone who holds the key file (an administrator of the PC can forge
anything); rolling the database file AND the head file back together to an older consistent
pair; losing the key file (the chain can then no longer be verified: back the key up separately,
never next to the database backups). Writes that crash between COMMIT and the head update can be
truncated unnoticed (one transaction at most, only after a crash).

The key is 32 random bytes (os.urandom) in hex, created with 0600 permissions next to the
database (`<db>.auditkey`) unless another path is given.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from clinic_app.store.errors import AuditKeyError, DatabaseFault
from clinic_app.store.head_file import ChainHead, HeadFile
from clinic_app.store.models import AuditEntry, Fault

log = logging.getLogger(__name__)

KEY_BYTES = 32
_GENESIS = b"genesis"


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no spaces: the same value always gives the same text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def default_key_path(db_path: Path) -> Path:
    """Where the audit key lives when no path is given: `<db>.auditkey` beside the database."""
    return db_path.with_name(db_path.name + ".auditkey")


def head_path_for(key_path: Path) -> Path:
    """The chain-head file kept beside the key file."""
    return key_path.with_name(key_path.name + ".head")


class AuditTrail:
    """Appends and verifies audit rows of one database with one key (see module docstring)."""

    def __init__(self, key: bytes, key_path: Path) -> None:
        self._key = key
        self.key_path = key_path
        self.head_path = head_path_for(key_path)
        self._head_file = HeadFile(self.head_path, self._head_tag)

    # -- key and head files -------------------------------------------------------------
    @classmethod
    def load(cls, key_path: Path, *, create: bool) -> AuditTrail:
        """Read the key file, or create key and empty head when `create` (a brand-new trail).

        Raises AuditKeyError (code audit_key_missing / audit_key_unreadable) otherwise.
        """
        if not key_path.exists():
            if not create:
                raise AuditKeyError("audit_key_missing", {"path": str(key_path)})
            key = os.urandom(KEY_BYTES)
            fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, key.hex().encode("ascii") + b"\n")
                os.fsync(fd)
            finally:
                os.close(fd)
            trail = cls(key, key_path)
            trail._head_file.replace(trail.genesis())
            log.info("created audit key %s", key_path)
            return trail
        try:
            key = bytes.fromhex(key_path.read_text(encoding="ascii").strip())
        except (OSError, ValueError) as exc:
            raise AuditKeyError("audit_key_unreadable", {"path": str(key_path), "reason": str(exc)}) from exc
        if len(key) != KEY_BYTES:
            raise AuditKeyError("audit_key_unreadable", {"path": str(key_path), "reason": "wrong length"})
        if key_path.stat().st_mode & 0o077:
            log.warning("audit key %s is readable by other users; chmod 600 it", key_path)
        return cls(key, key_path)

    def genesis(self) -> ChainHead:
        """The head of an empty chain: sequence 0, keyed with this database's audit key."""
        return ChainHead(0, hmac.new(self._key, _GENESIS, hashlib.sha256).hexdigest())

    def _head_tag(self, head: ChainHead) -> str:
        return hmac.new(self._key, f"head|{head.seq}|{head.mac}".encode(), hashlib.sha256).hexdigest()

    def read_head(self) -> ChainHead | Fault:
        """The recorded chain head, or a Fault when the head file is missing or forged."""
        return self._head_file.read()

    # -- writing ------------------------------------------------------------------------
    def _mac(self, seq: int, fields: list[Any], prev_mac: str) -> str:
        text = canonical_json([seq, *fields, prev_mac])
        return hmac.new(self._key, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def last_row(self, db: Database) -> ChainHead:
        """The last audit row's (seq, MAC); the genesis head for an empty trail."""
        row = db.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        return self.genesis() if row is None else ChainHead(int(row[0]), str(row[1]))

    def check_head_prefix(self, db: Database) -> None:
        """Refuse to build on a chain whose recorded head is gone or rewritten (DatabaseFault)."""
        head = self.read_head()
        if isinstance(head, Fault):
            raise DatabaseFault(head.code, {"check": head.check, "reason": head.detail})
        if head.seq == 0:
            return
        row = db.execute("SELECT mac FROM audit_log WHERE seq = ?", [head.seq]).fetchone()
        if row is None or not hmac.compare_digest(str(row[0]), head.mac):
            raise DatabaseFault("audit_truncated_or_rewritten", {"check": "audit_chain", "row_id": head.seq})

    def append(
        self,
        db: Database,
        *,
        at_utc: datetime,
        actor: str,
        action: str,
        entity: str,
        entity_id: str,
        old: Any,
        new: Any,
        reason: str,
        prev: ChainHead | None = None,
    ) -> ChainHead:
        """Append one MAC'd row; must run inside the caller's write transaction. Returns the new
        head (seq, MAC). `prev` is the head the caller already holds in this transaction (saves a
        query per row); None reads it from the table."""
        if prev is None:
            prev = self.last_row(db)
        seq = prev.seq + 1
        fields: list[Any] = [
            at_utc.isoformat(), actor, action, entity, entity_id,
            None if old is None else canonical_json(old),
            None if new is None else canonical_json(new),
            reason,
        ]
        mac = self._mac(seq, fields, prev.mac)
        db.execute(
            "INSERT INTO audit_log (seq, at_utc, actor, action, entity, entity_id, old_json, new_json, reason, mac)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [seq, *fields, mac],
        )
        return ChainHead(seq, mac)

    def advance_head(self, head: ChainHead) -> None:
        """Record `head` (the last row of a transaction just committed) as the chain head, unless a
        later one is recorded already; call after COMMIT (see the threat model above)."""
        self._head_file.advance(head)

    def adopt_interrupted_restore(self, db: Database) -> bool:
        """After a crash between a restore's swap and its head update: when the head file names
        exactly the live head that the (MAC-verified) last restore event says it replaced, move the
        head to the last row (the restore's transaction). Returns True when it did."""
        head = self.read_head()
        if isinstance(head, Fault):
            return False
        row = db.execute("SELECT mac FROM audit_log WHERE seq = ?", [head.seq]).fetchone()
        if row is not None and hmac.compare_digest(str(row[0]), head.mac):
            return False
        last = db.execute("SELECT action, old_json FROM audit_log WHERE action = 'restore'"
                          " ORDER BY seq DESC LIMIT 1").fetchone()
        if last is None:
            return False
        old = json.loads(last[1] or "null")
        if not isinstance(old, dict) or (old.get("head_seq"), old.get("head_mac")) != (head.seq, head.mac):
            return False
        if self.verify(db, check_head=False) is not None:
            return False
        self.reset_head(db)
        log.warning("audit chain head moved to the restore interrupted before its head update")
        return True

    def start_head(self) -> None:
        """Write the head of an empty trail (a new clinic whose key has no head yet)."""
        self._head_file.replace(self.genesis())

    def reset_head(self, db: Database) -> None:
        """Trust the database's current last row as head (after a verified restore only)."""
        self._head_file.replace(self.last_row(db))

    # -- checking -----------------------------------------------------------------------
    def verify(self, db: Database, *, check_head: bool = True, since: ChainHead | None = None) -> Fault | None:
        """Walk the chain; return the first fault (row id and why) or None when intact.

        Finds edited rows (mac_mismatch), deleted/inserted rows (seq_gap or mac_mismatch),
        reordered rows (mac_mismatch) and, with `check_head`, dropped last rows (truncated).
        `since` is a row found intact before (the checkpoint of an earlier open): only the rows
        after it are walked, and it must still be there with the same MAC; None walks the whole
        chain from genesis.
        """
        found = self.walk(db, check_head=check_head, since=since)
        return found if isinstance(found, Fault) else None

    def walk(self, db: Database, *, check_head: bool = True, since: ChainHead | None = None) -> Fault | ChainHead:
        """As `verify`, returning the last row walked (the chain is intact up to it) when intact."""
        prev = since or self.genesis()
        head = self.read_head() if check_head else None
        if isinstance(head, Fault):
            return head
        if prev.seq:
            row = db.execute("SELECT mac FROM audit_log WHERE seq = ?", [prev.seq]).fetchone()
            if row is None:
                return Fault("audit_chain", "truncated", prev.seq,
                             f"row {prev.seq}, intact at an earlier open, is gone")
            if not hmac.compare_digest(str(row[0]), prev.mac):
                return Fault("audit_chain", "mac_mismatch", prev.seq,
                             f"row {prev.seq} was replaced since an earlier open found it intact")
        macs_at: dict[int, str] = {}
        cur = db.execute(
            "SELECT seq, at_utc, actor, action, entity, entity_id, old_json, new_json, reason, mac"
            " FROM audit_log WHERE seq > ? ORDER BY seq", [prev.seq]
        )
        for row in cur:
            seq = int(row[0])
            if seq != prev.seq + 1:
                return Fault("audit_chain", "seq_gap", prev.seq + 1, f"row {prev.seq + 1} is missing (next is {seq})")
            if not hmac.compare_digest(self._mac(seq, list(row[1:9]), prev.mac), str(row[9])):
                return Fault("audit_chain", "mac_mismatch", seq, "row content or order does not match its MAC")
            prev = ChainHead(seq, str(row[9]))
            if head is not None and seq == head.seq:
                macs_at[seq] = prev.mac
        if head is not None and head.seq > 0:
            if head.seq > prev.seq:
                return Fault("audit_chain", "truncated", prev.seq + 1,
                             f"head file names row {head.seq}, the trail ends at {prev.seq}")
            if head.seq not in macs_at:  # at or before the start: read it
                row = db.execute("SELECT mac FROM audit_log WHERE seq = ?", [head.seq]).fetchone()
                macs_at[head.seq] = "" if row is None else str(row[0])
            if not hmac.compare_digest(macs_at[head.seq], head.mac):
                return Fault("audit_chain", "head_mismatch", head.seq, "row at the recorded head was replaced")
        return prev

    def derived_tag(self, kind: str, *fields: object) -> str:
        """An HMAC under the audit key over derived state kept in the database (a checkpoint, a
        patient's due state): it cannot be written without the key. Fields are joined by the unit
        separator, which none holds raw (JSON escapes it; dates and digests never have it)."""
        text = "\x1f".join(["derived", kind, *(str(f) for f in fields)])
        return hmac.digest(self._key, text.encode("utf-8"), "sha256").hex()


def entries(db: Database, entity: str | None = None, entity_id: str | None = None) -> list[AuditEntry]:
    """Audit rows, oldest first, optionally for one entity (table name) and id."""
    sql = "SELECT seq, at_utc, actor, action, entity, entity_id, old_json, new_json, reason FROM audit_log"
    where, params = [], []
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(entity_id)
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.execute(sql + " ORDER BY seq", params).fetchall()
    return [
        AuditEntry(
            seq=int(r[0]), at_utc=datetime.fromisoformat(r[1]), actor=r[2], action=r[3], entity=r[4],
            entity_id=r[5], old=None if r[6] is None else json.loads(r[6]),
            new=None if r[7] is None else json.loads(r[7]), reason=r[8],
        )
        for r in rows
    ]

