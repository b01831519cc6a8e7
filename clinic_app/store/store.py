"""`Store`: the one object the facade opens. It owns the connection, the audit trail and the
repositories, and offers verify / backup / restore.

    store = Store.open(path)                 # integrity check, migrations (backup first), chain check
    store.patients.enrol(patient, actor="dr.smith")
    store.close()
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

from argon2 import PasswordHasher
from sqlite_utils import Database

from clinic_app.domain.dose_records import PatientChart
from clinic_app.domain.records import PatientHistory
from clinic_app.store.audit import AuditTrail, default_key_path, entries
from clinic_app.store.backups import (
    RestorePlan,
    backup,
    check_database,
    copy_into,
    database_faults,
    safety_copy,
    stage_restore,
    verify_file,
)
from clinic_app.store.checkpoint import Checkpoint, FullCheck, read_checkpoint, write_checkpoint
from clinic_app.store.connection import (
    connect,
    integrity_problems,
    table_names,
    unreadable_as_fault,
    write_transaction,
)
from clinic_app.store.decisions import Decisions
from clinic_app.store.dosing import Dosing
from clinic_app.store.due_state import DueStates
from clinic_app.store.errors import AuditKeyError, DatabaseFault, SchemaTooNew, StoreInputError
from clinic_app.store.exchange import Exchange
from clinic_app.store.head_file import ChainHead
from clinic_app.store.migrations import (
    DERIVED_TABLES,
    SCHEMA_VERSION,
    check_not_newer,
    pending_names,
    rebind_migrated_rows,
    upgrade,
)
from clinic_app.store.models import AuditEntry, BackupReport, Fault, RestoreReport
from clinic_app.store.patients import Patients
from clinic_app.store.signatures import Signatures
from clinic_app.store.site import SERIAL, Site, ensure_site_id
from clinic_app.store.users import Users
from clinic_app.store.writer import ID_FLOORS_KEY, SYSTEM_ACTOR, Signer, StoreContext, Writer, writing

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _load_trail(db: Database, kpath: Path, *, new: bool, read_only: bool) -> AuditTrail:
    """The audit key: created only for a new clinic (a file with no tables yet, opened to write)."""
    if not kpath.exists():
        if not new or read_only:
            raise AuditKeyError("audit_key_missing", {"path": str(kpath),
                                                      "hint": "restore the key file kept with this database"})
        return AuditTrail.load(kpath, create=True)
    trail = AuditTrail.load(kpath, create=False)
    if new:
        head = trail.read_head()
        if isinstance(head, Fault) and not read_only and not trail.head_path.exists():
            trail.start_head()  # killed between creating the key and its empty head
        elif isinstance(head, Fault) or head.seq != 0:
            raise AuditKeyError("audit_key_of_another_database", {
                "path": str(kpath), "hint": "this key belongs to a database that is not here: move it away"})
    elif db.execute("SELECT 1 FROM audit_log LIMIT 1").fetchone() is None and _has_records(db):
        raise DatabaseFault("records_without_trail", {"check": "audit_chain", "row_id": None,
                                                      "reason": "the database holds records but no audit trail"})
    return trail


def _has_records(db: Database) -> bool:
    return any(db.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() is not None  # noqa: S608
               for t in table_names(db) if t not in ("audit_log", "_sqlite_migrations", *DERIVED_TABLES))


def _audit_migration(ctx: StoreContext, before: list[str], done: list[str]) -> None:
    """In the migration's transaction: the upgrade, the rows it widened and the settings it adds,
    on the trail (a brand-new file has no history to record the upgrade in)."""
    if not before:
        return
    ctx.trail.check_head_prefix(ctx.db)
    writer = Writer(ctx, SYSTEM_ACTOR)
    writer.event(action="migrate", entity="schema", entity_id="clinic_store", old=before, new=before + done)
    rebind_migrated_rows(ctx.db, writer, done)
    ensure_site_id(ctx.db, writer)


def _verify_at_open(db: Database, trail: AuditTrail, *, full: bool) -> ChainHead:
    """Walk the chain from the checkpoint (everything, with SQLite's integrity check first, when
    `full`); the last row found intact. Raises DatabaseFault at the first fault."""
    if full:
        problems = integrity_problems(db)
        if problems:
            raise DatabaseFault("integrity_check_failed", {"check": "integrity", "reason": "; ".join(problems[:5])})
    since = None
    if not full and "chain_checkpoint" in table_names(db):
        checkpoint = read_checkpoint(db, trail)
        since = None if checkpoint is None else checkpoint.verified
    found = trail.walk(db, since=since)
    if isinstance(found, Fault):
        raise DatabaseFault(found.code, {"check": found.check, "row_id": found.row_id, "reason": found.detail})
    return found


def _serial(db: Database) -> int:
    row = db.execute("SELECT value FROM site_settings WHERE key = ?", [SERIAL]).fetchone()
    return 0 if row is None else int(row[0])


def _put_setting(w: Writer, key: str, value: str) -> None:
    row = w.row_where("site_settings", key=key)
    if row is None:
        w.insert("site_settings", {"key": key, "value": value}, action="create_setting")
    elif row["value"] != value:
        w.update("site_settings", int(row["id"]), int(row["row_version"]), {"value": value}, action="change_setting")


class Store:
    """The local clinical database. Use `Store.open`; close it (or use `with`)."""

    def __init__(self, ctx: StoreContext, hasher: PasswordHasher, max_failures: int, lockout_minutes: int) -> None:
        self._ctx = ctx
        self.patients = Patients(ctx)
        self.dosing = Dosing(ctx)
        self.decisions = Decisions(ctx)
        self.users = Users(ctx, hasher, max_failures=max_failures, lockout_minutes=lockout_minutes)
        self.signatures = Signatures(ctx)
        self.site = Site(ctx)
        self.exchange = Exchange(ctx)
        self.due = DueStates(ctx)

    @classmethod
    def open(
        cls, path: Path | str, *, key_path: Path | str | None = None, verify_audit: bool = True,
        clock: Callable[[], datetime] = _utc_now, hasher: PasswordHasher | None = None,
        max_failures: int = 5, lockout_minutes: int = 15, read_only: bool = False,
    ) -> Store:
        """Open a clinic database, or create a new one where `path` does not exist or has no tables.

        Refuses a file that is not a clinic database and a newer schema, loads the audit key
        (`<db>.auditkey` unless `key_path`), walks the audit chain from the checkpoint an earlier
        open left (with `verify_audit`; see `checkpoint`), then backs the file up and applies
        pending migrations (a file about to be migrated gets the full checks first: SQLite's
        integrity check and the whole chain). An audit key
        is created ONLY for a new, empty clinic: a database with tables and no key, with records
        and no trail, or whose trail does not verify under the key and head file is refused.
        `read_only` creates, migrates and changes nothing (a schema in need of an upgrade is
        refused); the one write it allows is counting a wrong password (on a short-lived
        connection). `clock` stamps audit rows (aware UTC).

        Raises DatabaseFault (integrity, audit chain, not a clinic database, records without a
        trail), SchemaTooNew, AuditKeyError, StoreInputError (a folder).
        """
        path = Path(path)
        kpath = Path(key_path) if key_path is not None else default_key_path(path)
        with unreadable_as_fault(path):
            return cls._open(path, kpath, verify_audit, clock, hasher, max_failures, lockout_minutes, read_only)

    @classmethod
    def _open(cls, path: Path, kpath: Path, verify_audit: bool, clock: Callable[[], datetime],
              hasher: PasswordHasher | None, max_failures: int, lockout_minutes: int, read_only: bool) -> Store:
        if path.is_dir():
            raise StoreInputError("database_is_a_folder", {"field": "db", "path": str(path),
                                                            "hint": "name the database file, not its folder"})
        if read_only and not path.is_file():
            raise DatabaseFault("not_a_clinic_database", {"check": "schema", "path": str(path),
                                                          "reason": "no such file"})
        db = connect(path, read_only=read_only)
        try:
            tables = table_names(db)
            new = not tables
            if new and read_only or not new and not {"audit_log", "_sqlite_migrations"} <= set(tables):
                raise DatabaseFault("not_a_clinic_database", {"check": "schema", "path": str(path),
                                                              "reason": "no clinic tables"})
            check_not_newer(db)
            trail = _load_trail(db, kpath, new=new, read_only=read_only)
            ctx = StoreContext(db=db, trail=trail, clock=clock, path=path, read_only=read_only)
            if not new and not read_only:
                trail.adopt_interrupted_restore(db)
            if verify_audit and not new:  # before migrating: never upgrade a tampered file
                ctx.verified = _verify_at_open(db, trail, full=not read_only and bool(pending_names(db)))
            if read_only:
                if pending_names(db):
                    raise SchemaTooNew("schema_upgrade_needed", {"known_version": SCHEMA_VERSION, "path": str(path),
                                                                 "hint": "open it once with the window or a "
                                                                         "command that writes"})
            elif upgrade(db, path, on_applied=lambda before, done: _audit_migration(ctx, before, done)):
                trail.advance_head(trail.last_row(db))
            ctx.seen = trail.last_row(db)
        except BaseException:
            db.close()
            raise
        return cls(ctx, hasher or PasswordHasher(), max_failures, lockout_minutes)

    def sibling(self) -> Store:
        """The same store on a connection of its own (for another thread: an SQLite connection
        belongs to the thread that opened it), without opening it again: the checks, the key and
        the migrations of this open stand."""
        ctx = self._ctx
        twin = replace(ctx, db=connect(ctx.path, read_only=ctx.read_only), verified=None, derive=None)
        return Store(twin, self.users.hasher, self.users.max_failures, int(self.users.lockout.total_seconds() // 60))

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the WAL when the last connection closes)."""
        self._ctx.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def path(self) -> Path:
        """The database file."""
        return self._ctx.path

    @property
    def read_only(self) -> bool:
        """True when opened read-only (nothing is written but a wrong password's count)."""
        return self._ctx.read_only

    def derive_with(self, derive: Callable[[Writer], None]) -> None:
        """Call `derive(writer)` before the COMMIT of every transaction that touched patients
        (`Writer.touched`): the facade keeps their due state with the change."""
        self._ctx.derive = derive

    # -- reading across repositories -------------------------------------------------------
    def history(self, subject_code: str) -> PatientHistory:
        """Everything recorded for one patient (NotFound when the subject code is unknown)."""
        patient = self.patients.get(subject_code).value
        return PatientHistory(
            patient=patient,
            administrations=tuple(s.value for s in self.dosing.administrations(subject_code)),
            decisions=tuple(s.value for s in self.decisions.decisions(subject_code)),
            visits=tuple(s.value for s in self.decisions.visits(subject_code)),
            measurements=tuple(s.value for s in self.patients.measurements(subject_code)),
            labs=tuple(s.value for s in self.patients.labs(subject_code)),
            toxicities=tuple(s.value for s in self.patients.toxicities(subject_code)),
        )

    def data_version(self) -> int:
        """SQLite's `PRAGMA data_version`: changes whenever ANOTHER connection (window, process)
        commits to this file; cheap enough to poll every second (it reads no table)."""
        return int(self._ctx.db.execute("PRAGMA data_version").fetchone()[0])

    def chart(self, subject_code: str) -> PatientChart:
        """The patient's history and dose records, as the dose gate reads them."""
        return PatientChart(history=self.history(subject_code),
                            dose_records=tuple(self.dosing.record_states(subject_code)))

    def transaction(self, actor: str | Signer, *, system: bool = False) -> AbstractContextManager[Writer]:
        """One write transaction for a use case that changes several rows together (a record, its
        signature and what it voids): everything in the block commits together or not at all.
        `actor` is a username, or the `Signer` of a signed act (see `writing`)."""
        return writing(self._ctx, actor, system=system)

    def chain_head(self) -> ChainHead:
        """The last audit row's (seq, MAC): printed on every sheet."""
        return self._ctx.trail.last_row(self._ctx.db)

    def audit_entries(self, entity: str | None = None, entity_id: int | str | None = None) -> list[AuditEntry]:
        """Audit rows oldest first, optionally for one table and row id."""
        return entries(self._ctx.db, entity, None if entity_id is None else str(entity_id))

    # -- checks, backup, restore -----------------------------------------------------------
    def verify_audit_chain(self) -> Fault | None:
        """The first audit fault (row id and why: mac_mismatch, seq_gap, truncated, head_*) or None."""
        return self._ctx.trail.verify(self._ctx.db)

    def verify(self) -> Fault | None:
        """Integrity check, foreign keys, audit chain, every row against the trail, signatures,
        dose snapshots and the signature rules (see `integrity`); the first fault or None."""
        return check_database(self._ctx.db, self._ctx.trail)

    def last_full_check(self) -> FullCheck | None:
        """When the last full check ran and what it found (None: never, or its record was forged)."""
        found = read_checkpoint(self._ctx.db, self._ctx.trail)
        return None if found is None else found.full

    def record_full_check(self, first: Fault | None, verified: ChainHead | None = None) -> FullCheck:
        """Keep when a full check ran and its first fault (derived state, tagged with the audit key,
        no audit row); a read-only store only returns it. The checkpoint moves forward (never back)
        to the last row this open found intact (as the first write would) and, when the check found
        no fault, to `verified` (a row the check found the chain intact up to, read before it walked
        the whole chain): a clinic checked and then only read would otherwise walk its whole chain
        again at every open."""
        ctx = self._ctx
        full = FullCheck(ctx.clock(), "" if first is None else f"{first.code}: {first.detail}")
        if not ctx.read_only:
            with write_transaction(ctx.db):
                current = read_checkpoint(ctx.db, ctx.trail)
                kept = current.verified if current else ctx.trail.genesis()
                for intact in (ctx.verified, verified if first is None else None):
                    if intact is not None and intact.seq > kept.seq:
                        kept = intact
                ctx.verified = None
                write_checkpoint(ctx.db, ctx.trail, Checkpoint(kept, full))
        return full

    def faults(self, limit: int = 100) -> list[Fault]:
        """Every fault `verify` would report (up to `limit`), in the order it checks."""
        return database_faults(self._ctx.db, self._ctx.trail, limit=limit)

    def check_backup(self, path: Path | str) -> Fault | None:
        """Verify a backup file read-only (integrity, foreign keys, schema, audit chain under this
        store's key); the first fault or None. A backup has no head file of its own, so dropped
        last rows of a backup are found only against the live trail (as `backup` does)."""
        try:
            with unreadable_as_fault(path):
                verify_file(Path(path), self._ctx.trail)
        except (DatabaseFault, SchemaTooNew) as exc:
            v = exc.values
            return Fault(str(v.get("check", "schema")), exc.code, v.get("row_id"), str(v.get("reason", v)))
        return None

    def backup(self, dest: Path | str) -> BackupReport:
        """A verified online backup at `dest` (must not exist). The audit key is NOT copied.

        Raises StoreInputError (dest exists), DatabaseFault (copy failed verification).
        """
        return backup(self._ctx.db, self._ctx.trail, Path(dest))

    def restore(self, src: Path | str, *, actor: str) -> RestoreReport:
        """Replace the database content by the verified backup `src` (see `backups.stage_restore`
        for what is refused; nothing changes then).

        The current content is first kept in `<db>.pre-restore-<stamp>.bak`. The restore event
        (who, source, the previous head, the copy kept, how many audit rows of the live trail it
        rolls back) is appended to the restored trail BEFORE the content is swapped, together with
        the floors that keep record numbers and sheet serials from being reused; the swap is one
        transaction of the live file, then the chain head moves to the restored trail. Other open
        instances refuse to write until reopened (`check_still_current`).

        Raises DatabaseFault / SchemaTooNew (source refused), StoreInputError.
        """
        ctx = self._ctx
        with unreadable_as_fault(src):
            plan = stage_restore(ctx.db, ctx.trail, Path(src), ctx.path)
        try:
            previous = ctx.trail.last_row(ctx.db)
            kept = safety_copy(ctx.db, ctx.path)
            staged = Database(sqlite3.connect(str(plan.staged), isolation_level=None))
            try:
                self._record_restore(staged, plan, previous, kept, str(src), actor)
            finally:
                staged.close()
            copy_into(plan.staged, ctx.db)
        finally:
            plan.staged.unlink(missing_ok=True)
        ctx.trail.reset_head(ctx.db)
        ctx.seen = ctx.verified = ctx.trail.last_row(ctx.db)  # verified whole before the swap
        log.info("restored %s from %s: %d audit rows rolled back, previous content in %s",
                 ctx.path, src, plan.rolled_back, kept)
        return RestoreReport(kept_in=kept, rolled_back=plan.rolled_back, backup_rows=plan.backup_seq)

    def _record_restore(self, staged: Database, plan: RestorePlan, previous: ChainHead, kept: Path, src: str,
                        actor: str) -> None:
        """In the staged copy, one transaction: the restore event, the id floors and the serial."""
        live = self._ctx.db
        floors: dict[str, int] = {}
        for table in table_names(live):
            if table in ("audit_log", "_sqlite_migrations", *DERIVED_TABLES):
                continue
            top = int(live.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])  # noqa: S608
            floors[table] = top
        staged_ctx = StoreContext(db=staged, trail=self._ctx.trail, clock=self._ctx.clock, path=plan.staged)
        with write_transaction(staged):
            known = staged.execute("SELECT 1 FROM users WHERE username = ? AND active = 1", [actor]).fetchone()
            w = Writer(staged_ctx, actor if known else SYSTEM_ACTOR)
            w.event(action="restore", entity="database", entity_id=self._ctx.path.name,
                    old={"head_seq": previous.seq, "head_mac": previous.mac, "kept_in": str(kept)},
                    new={"source": src, "head_seq": plan.backup_seq, "rolled_back": plan.rolled_back,
                         "requested_by": actor})
            current = staged.execute("SELECT value FROM site_settings WHERE key = ?", [ID_FLOORS_KEY]).fetchone()
            merged = {**floors, **{k: max(int(v), floors.get(k, 0))
                                   for k, v in (json.loads(current[0]) if current else {}).items()}}
            _put_setting(w, ID_FLOORS_KEY, json.dumps(merged, sort_keys=True))
            serial = max(_serial(live), _serial(staged))
            if serial:
                _put_setting(w, SERIAL, str(serial))

