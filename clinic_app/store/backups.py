"""Backup, restore and verification of the database file.

Backups use SQLite's online backup API (a consistent snapshot while others keep working), go to
a temporary file first, are verified (integrity check and audit chain, and the copy's last audit
row must equal the live trail's row of that number) and only then renamed into place.

Restore verifies the source the same way, keeps a backup of the current file, then copies the
verified source INTO the live database with the backup API. That copy is one write transaction
in the live file (journaled, so a crash leaves the old content), and unlike renaming a file over
an open WAL database it cannot corrupt another connection. The audit key never travels with a
backup: it must be kept (backed up) separately.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from clinic_app.files import create_private
from clinic_app.store.audit import AuditTrail
from clinic_app.store.checkpoint import checkpoint_fault
from clinic_app.store.connection import foreign_key_problems, integrity_problems, table_names
from clinic_app.store.errors import DatabaseFault, StoreInputError
from clinic_app.store.integrity import find_faults
from clinic_app.store.migrations import applied_names, check_not_newer
from clinic_app.store.models import BackupReport, Fault
from clinic_app.store.schema_check import schema_fault

log = logging.getLogger(__name__)


def database_faults(db: Database, trail: AuditTrail, *, check_head: bool = True, workflow: bool = True,
                    limit: int = 100) -> list[Fault]:
    """Integrity check, foreign keys, the audit chain, then every row against the trail (see
    `integrity`) and the schema against the program's (schema_check): the faults found, the first
    check that fails ending the list (a damaged file or chain is not read further)."""
    problems = integrity_problems(db)
    if problems:
        return [Fault("integrity", "integrity_check_failed", None, "; ".join(problems[:5]))]
    fk = foreign_key_problems(db)
    if fk:
        table, rowid, parent = fk[0]
        return [Fault("foreign_keys", "foreign_key_violation", rowid, f"{table} row {rowid} -> missing {parent}",
                      table=table)]
    chain = trail.verify(db, check_head=check_head)
    if chain is not None:
        return [chain]
    forged = checkpoint_fault(db, trail) if "chain_checkpoint" in table_names(db) else None
    if forged is not None:
        return [forged]
    # The rows first (they name what was changed), then whether a protection was taken away.
    found = find_faults(db, limit=limit, workflow=workflow)
    altered = schema_fault(db) if len(found) < limit else None
    return [*found, altered] if altered is not None else found


def check_database(db: Database, trail: AuditTrail, *, check_head: bool = True, workflow: bool = True) -> Fault | None:
    """The first fault of `database_faults`, or None."""
    found = database_faults(db, trail, check_head=check_head, workflow=workflow, limit=1)
    return found[0] if found else None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _snapshot(source: sqlite3.Connection, dest: Path) -> None:
    """Copy `source` into a new private (0600) single-file database at `dest` (rollback journal, fsynced)."""
    create_private(dest)
    target = sqlite3.connect(str(dest), isolation_level=None)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    _fsync(dest)


def _last_audit(db: Database) -> tuple[int, str]:
    row = db.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, "") if row is None else (int(row[0]), str(row[1]))


def verify_file(path: Path, trail: AuditTrail) -> tuple[int, str]:
    """Check a database file made by this program, read-only: integrity, foreign keys, schema not
    newer, audit chain under our key. Returns its last audit (seq, MAC).

    Raises DatabaseFault (values check, row_id, reason, path) or SchemaTooNew.
    """
    copy = Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None))
    try:
        if copy.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone() is None:
            raise DatabaseFault("not_a_clinic_database", {"path": str(path)})
        check_not_newer(copy)
        fault = check_database(copy, trail, check_head=False, workflow=False)
        if fault is not None:
            raise DatabaseFault(fault.code, {"check": fault.check, "row_id": fault.row_id, "reason": fault.detail,
                                             "path": str(path)})
        return _last_audit(copy)
    finally:
        copy.close()


def backup(live: Database, trail: AuditTrail, dest: Path) -> BackupReport:
    """Write a verified copy of the live database to `dest` (must not exist yet).

    Raises StoreInputError (dest exists, or its folder is missing or not writable), DatabaseFault
    (the copy failed verification; nothing is left at `dest`), OSError.
    """
    dest = Path(dest)
    if dest.exists():
        raise StoreInputError("backup_exists", {"field": "dest", "path": str(dest)})
    if not dest.parent.is_dir() or not os.access(dest.parent, os.W_OK):
        raise StoreInputError("backup_folder_unusable", {"field": "dest", "path": str(dest.parent),
                                                         "hint": "choose an existing folder you may write to"})
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    try:
        _snapshot(live.conn, tmp)
        seq, mac = verify_file(tmp, trail)
        # The copy must be a prefix of the live trail, not some other database under our key.
        live_row = live.execute("SELECT mac FROM audit_log WHERE seq = ?", [seq]).fetchone()
        if seq and (live_row is None or str(live_row[0]) != mac):
            raise DatabaseFault("backup_not_from_this_trail", {"check": "audit_chain", "row_id": seq})
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync(dest.parent)
    log.info("backup written to %s (%d audit rows)", dest, seq)
    return BackupReport(str(dest), dest.stat().st_size, seq, mac)


@dataclass(frozen=True)
class RestorePlan:
    """A verified, staged copy of a backup and what restoring it means for the live trail."""

    staged: Path
    backup_seq: int
    live_seq: int
    common_seq: int  # the live trail and the backup's agree up to this row

    @property
    def rolled_back(self) -> int:
        """Audit rows of the live trail (acknowledged records) that the restore takes away."""
        return self.live_seq - self.common_seq


def _mac_at(db: Database, seq: int) -> str | None:
    row = db.execute("SELECT mac FROM audit_log WHERE seq = ?", [seq]).fetchone()
    return None if row is None else str(row[0])


def _common_prefix(live: Database, copy: Database, upto: int) -> int:
    """The last seq at which both trails carry the same MAC (chained: equal there, equal before)."""
    low, high = 0, upto
    while low < high:
        mid = (low + high + 1) // 2
        if _mac_at(live, mid) is not None and _mac_at(live, mid) == _mac_at(copy, mid):
            low = mid
        else:
            high = mid - 1
    return low


def _setting(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM site_settings WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def stage_restore(live: Database, trail: AuditTrail, src: Path, live_path: Path) -> RestorePlan:
    """Copy the backup `src` beside the live file and verify it: integrity, foreign keys, the same
    schema, a non-empty trail that verifies from its first row under this key, every row bound to
    it, and the same site. Raises DatabaseFault (refused: the staged copy is removed), StoreInputError."""
    src = Path(src)
    if not src.is_file():
        raise StoreInputError("backup_missing", {"field": "src", "path": str(src)})
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    staged = live_path.with_name(f".{live_path.name}.restore-{stamp}")
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        _snapshot(source, staged)  # one read of the source; what we verify is what we restore
    finally:
        source.close()
    try:
        with closing(sqlite3.connect(f"file:{staged}?mode=ro", uri=True)) as peek:
            has_trail = peek.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone() is not None
            if has_trail and peek.execute("SELECT 1 FROM audit_log LIMIT 1").fetchone() is None:
                raise DatabaseFault("backup_trail_empty", {"check": "restore", "path": str(src), "row_id": None})
        seq, _ = verify_file(staged, trail)
        copy = Database(sqlite3.connect(str(staged), isolation_level=None))
        try:
            refusal = _refusal(live, copy, seq)
            if refusal is not None:
                raise DatabaseFault(refusal, {"check": "restore", "path": str(src), "row_id": None})
            live_seq = trail.last_row(live).seq
            common = _common_prefix(live, copy, min(seq, live_seq))
        finally:
            copy.close()
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return RestorePlan(staged, seq, live_seq, common)


def _refusal(live: Database, copy: Database, seq: int) -> str | None:
    if seq == 0:
        return "backup_trail_empty"
    if applied_names(copy) != applied_names(live):
        return "backup_schema_differs"
    site = _setting(live, "site_id")
    if site is None or _setting(copy, "site_id") != site:
        return "backup_of_another_site"
    return None


def safety_copy(live: Database, live_path: Path) -> Path:
    """A snapshot of the live content before a restore replaces it (`<db>.pre-restore-<stamp>.bak`)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    safety = live_path.with_name(f"{live_path.name}.pre-restore-{stamp}.bak")
    _snapshot(live.conn, safety)
    return safety


def copy_into(staged: Path, live: Database) -> None:
    """Replace the live content by the staged file: one write transaction in the live file."""
    staged_conn = sqlite3.connect(str(staged))
    try:
        staged_conn.backup(live.conn)
    finally:
        staged_conn.close()
