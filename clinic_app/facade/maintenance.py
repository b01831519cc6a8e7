"""Audit log, verification, backup and restore, export and import."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from clinic_app.domain.errors import InputError, RuleError
from clinic_app.domain.exchange import ExportDocument
from clinic_app.domain.permissions import Action
from clinic_app.store import AuditEntry, BackupReport, FullCheck, RestoreReport, Store, full_check_due

from .base import ClinicBase
from .exchange_io import build_document, check_document, load_document
from .views import Session, VerifyResult

# Tables whose audit rows belong to a patient through their patient_id column.
_PATIENT_TABLES = {"measurements", "labs", "administrations", "decisions", "visit_completions", "dose_records",
                   "point_of_care", "cohort_assignments"}


def _patient_id_in(value: Any) -> Any:
    return value.get("patient_id") if isinstance(value, dict) else None


def patient_audit(store: Store, subject_code: str) -> list[AuditEntry]:
    """The audit rows of one patient's records, oldest first."""
    pid = store.patients.get(subject_code).id
    return [r for r in store.audit_entries()
            if (r.entity == "patients" and r.entity_id == str(pid))
            or (r.entity in _PATIENT_TABLES and pid in (_patient_id_in(r.new), _patient_id_in(r.old)))]


class MaintenanceMixin(ClinicBase):
    # -- audit -----------------------------------------------------------------------------
    def audit_log(self, session: Session, *, subject_code: str | None = None, actor: str | None = None,
                  since: date | None = None) -> list[AuditEntry]:
        """Audit rows oldest first, filtered by patient, by user and from a date (UTC)."""
        self._require(session, Action.VIEW_AUDIT)
        rows = self._store.audit_entries() if subject_code is None else patient_audit(self._store, subject_code)
        if actor is not None:
            rows = [r for r in rows if r.actor == actor]
        if since is not None:
            rows = [r for r in rows if r.at_utc.date() >= since]
        return rows

    def verify_database(self) -> VerifyResult:
        """Integrity, foreign keys, the audit chain, every row against the trail, signatures, dose
        snapshots, the signature rules and every patient's kept due state against the dose gate's
        answer asked again: the first fault and all those found."""
        faults = self._store.faults() or self._due_reader.faults()
        if not faults:
            return VerifyResult(ok=True)
        first = faults[0]
        return VerifyResult(ok=False, check=first.check, code=first.code, row_id=first.row_id, detail=first.detail,
                            table=first.table, field=first.field, faults=tuple(faults))

    def full_check(self) -> FullCheck | None:
        """When the last full check ran and what it found (None: never, or its record was not the key's)."""
        return self._store.last_full_check()

    def full_check_due(self) -> bool:
        """True when no full check ran yet or the last one is older than a day (store.FULL_CHECK_EVERY)."""
        return full_check_due(self.full_check(), self.now())

    def run_full_check(self) -> FullCheck:
        """`verify_database`, kept with its time and first fault (the window shows them and runs it
        again when it is older than a day). A check that passed moves the audit checkpoint to the
        chain's head as it was before the walk (every row up to it was just found intact): the next
        open walks only what was written after."""
        head = self._store.chain_head()
        result = self.verify_database()
        return self._store.record_full_check(None if result.ok else result.faults[0], verified=head)

    def backup(self, session: Session, dest: Path) -> BackupReport:
        """A verified online backup (administrator)."""
        self._require(session, Action.BACKUP)
        return self._store.backup(dest)

    def restore(self, session: Session, src: Path) -> RestoreReport:
        """Replace the database by a verified backup of this site (administrator): where the old
        content is kept and how many acknowledged records (audit rows) were rolled back."""
        self._require(session, Action.RESTORE)
        return self._store.restore(src, actor=session.username)

    # -- exchange --------------------------------------------------------------------------
    def export_document(self, session: Session, *, include_identities: bool = False) -> ExportDocument:
        """Every record, void and signature as the documented exchange document (subject codes
        and usernames only unless identities are asked for)."""
        self._require(session, Action.VIEW_PATIENTS)
        return build_document(self._store, self._protocol, site_name=self.site_name, identities=include_identities)

    def import_document(self, session: Session, document: ExportDocument) -> int:
        """Load an exchange document into a clinic with no patients yet (administrator); returns the
        patients loaded. One transaction: a refused import leaves nothing behind. Every record is
        held to the facade's rules first (`exchange_io.check_document`); rows are credited to the
        importing user, the source's actors and signatures kept as data (imported decisions are in
        force through their imported signature). No account is created.

        Raises RuleError (protocol_mismatch, clinic_not_empty), InputError (invalid_import_record).
        """
        self._require(session, Action.MANAGE_SITE)
        if document.protocol.sha256 != self._protocol.sha256:
            raise RuleError("protocol_mismatch", {"field": "protocol.sha256", "document": document.protocol.sha256,
                                                  "protocol": self._protocol.sha256})
        check_document(self._protocol, document, self.today())
        digest = hashlib.sha256(document.model_dump_json().encode("utf-8")).hexdigest()
        with self._store.transaction(session.username) as w:
            if self._store.patients.all():  # checked under the write lock
                raise RuleError("clinic_not_empty", {"patients": len(self._store.patients.all())})
            return load_document(self._store, w, document, document_sha256=digest)


def parse_export(text: str) -> ExportDocument:
    """Validate exchange JSON; raises InputError naming the first bad key."""
    try:
        return ExportDocument.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError("invalid_export", {"field": ".".join(str(p) for p in first["loc"]) or "(document)",
                                            "hint": first["msg"]}) from None


__all__ = ["MaintenanceMixin", "parse_export", "patient_audit"]
