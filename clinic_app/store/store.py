"""`Store`: the one object the facade opens. It owns the connection, the audit trail and the
repositories, and offers verify / backup / restore.

    store = Store.open(path)                 # integrity check, migrations (backup first), chain check
    store.patients.enrol(patient, actor="dr.smith")
    store.close()
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

from argon2 import PasswordHasher

from clinic_app.domain.records import PatientHistory
from clinic_app.store.audit import AuditTrail, default_key_path, entries, head_path_for
from clinic_app.store.backups import backup, check_database, database_faults, restore_into, verify_file
from clinic_app.store.connection import connect, integrity_problems, unreadable_as_fault
from clinic_app.store.decisions import Decisions
from clinic_app.store.dosing import Dosing
from clinic_app.store.errors import DatabaseFault, SchemaTooNew
from clinic_app.store.migrations import check_not_newer, rebind_migrated_rows, upgrade
from clinic_app.store.models import AuditEntry, BackupReport, Fault
from clinic_app.store.patients import Patients
from clinic_app.store.signatures import Signatures
from clinic_app.store.site import Site
from clinic_app.store.users import Users
from clinic_app.store.writer import SYSTEM_ACTOR, Signer, StoreContext, Writer, writing

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


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

    @classmethod
    def open(
        cls, path: Path | str, *, key_path: Path | str | None = None, verify_audit: bool = True,
        clock: Callable[[], datetime] = _utc_now, hasher: PasswordHasher | None = None,
        max_failures: int = 5, lockout_minutes: int = 15,
    ) -> Store:
        """Open or create the database at `path`.

        Runs `PRAGMA integrity_check`, refuses a newer schema, backs the file up and applies
        pending migrations, loads the audit key (`<db>.auditkey` unless `key_path`; created only
        for a database without audit rows) and, with `verify_audit`, walks the audit chain.
        `clock` stamps audit rows (aware UTC). Raises DatabaseFault (integrity or audit chain),
        SchemaTooNew, AuditKeyError.
        """
        path = Path(path)
        kpath = Path(key_path) if key_path is not None else default_key_path(path)
        with unreadable_as_fault(path):
            return cls._open(path, kpath, verify_audit, clock, hasher, max_failures, lockout_minutes)

    @classmethod
    def _open(cls, path: Path, kpath: Path, verify_audit: bool, clock: Callable[[], datetime],
              hasher: PasswordHasher | None, max_failures: int, lockout_minutes: int) -> Store:
        db = connect(path)
        try:
            problems = integrity_problems(db)
            if problems:
                raise DatabaseFault("integrity_check_failed", {"check": "integrity", "reason": "; ".join(problems[:5])})
            check_not_newer(db)
            has_trail = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone() is not None
            has_rows = has_trail and db.execute("SELECT 1 FROM audit_log LIMIT 1").fetchone() is not None
            trail = AuditTrail.load(kpath, create=not has_rows and not head_path_for(kpath).exists())
            ctx = StoreContext(db=db, trail=trail, clock=clock, path=path)
            if verify_audit and has_trail:  # before migrating: never upgrade a tampered file
                fault = trail.verify(db)
                if fault is not None:
                    raise DatabaseFault(fault.code, {"check": fault.check, "row_id": fault.row_id,
                                                     "reason": fault.detail})

            def audit_migration(before: list[str], done: list[str]) -> None:
                if before:  # a brand-new file has no history to record the upgrade in
                    trail.check_head_prefix(db)
                    writer = Writer(ctx, SYSTEM_ACTOR)
                    writer.event(action="migrate", entity="schema", entity_id="clinic_store",
                                 old=before, new=before + done)
                    rebind_migrated_rows(db, writer, done)

            if upgrade(db, path, on_applied=audit_migration):
                trail.confirm_head(db)
        except BaseException:
            db.close()
            raise
        return cls(ctx, hasher or PasswordHasher(), max_failures, lockout_minutes)

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

    def transaction(self, actor: str | Signer, *, system: bool = False) -> AbstractContextManager[Writer]:
        """One write transaction for a use case that changes several rows together (a record, its
        signature and what it voids): everything in the block commits together or not at all.
        `actor` is a username, or the `Signer` of a signed act (see `writing`)."""
        return writing(self._ctx, actor, system=system)

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

    def restore(self, src: Path | str, *, actor: str) -> Path:
        """Replace the database content by the verified backup `src`; returns the path of the
        backup taken of the current content first. The restore is audited (actor, source,
        previous and restored chain heads) and the chain head moves to the restored trail.

        Raises DatabaseFault / SchemaTooNew (source refused; nothing changed), StoreInputError.
        """
        previous = self._ctx.trail.read_head()
        with unreadable_as_fault(src):
            safety, seq = restore_into(self._ctx.db, self._ctx.trail, Path(src), self._ctx.path)
        self._ctx.trail.reset_head(self._ctx.db)
        known = self._ctx.db.execute("SELECT 1 FROM users WHERE username = ? AND active = 1", [actor]).fetchone()
        with writing(self._ctx, actor, system=known is None) as w:
            w.event(action="restore", entity="database", entity_id=self._ctx.path.name,
                    old={"head_seq": getattr(previous, "seq", None), "kept_in": str(safety)},
                    new={"source": str(src), "head_seq": seq, "requested_by": actor})
        return safety
