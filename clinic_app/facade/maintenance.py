"""Audit log, verification, backup and restore, export and import."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from clinic_app.domain.errors import InputError, RuleError
from clinic_app.domain.exchange import (
    ExportDocument,
    ExportedPatient,
    ExportedProtocol,
    ExportedUser,
)
from clinic_app.domain.permissions import Action
from clinic_app.domain.records import Role
from clinic_app.store import AuditEntry, BackupReport, RestoreReport, Store

from .base import ClinicBase
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
        snapshots and the signature rules: the first fault and all those found."""
        faults = self._store.faults()
        if not faults:
            return VerifyResult(ok=True)
        first = faults[0]
        return VerifyResult(ok=False, check=first.check, code=first.code, row_id=first.row_id, detail=first.detail,
                            table=first.table, field=first.field, faults=tuple(faults))

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
        """Everything recorded, as the documented exchange document (subject codes only unless asked)."""
        self._require(session, Action.VIEW_PATIENTS)
        store = self._store
        patients = []
        names: set[str] = set()
        for stored in store.patients.all():
            code = stored.value.subject_code
            history = store.history(code)
            identity = store.patients.identity(code) if include_identities else None
            entry = ExportedPatient(
                patient=history.patient, identity=identity.value if identity else None,
                measurements=list(history.measurements), labs=list(history.labs),
                administrations=list(history.administrations), decisions=list(history.decisions),
                visits=list(history.visits))
            names |= {m.recorded_by for m in entry.measurements} | {lab.recorded_by for lab in entry.labs}
            names |= {a.recorded_by for a in entry.administrations} | {d.decided_by for d in entry.decisions}
            names |= {v.recorded_by for v in entry.visits}
            patients.append(entry)
        trial = [s.value for s in store.decisions.trial_decisions()]
        names |= {d.decided_by for d in trial}
        users = [ExportedUser(username=a.username, full_name=a.full_name, role=a.role)
                 for a in store.users.all() if a.username in names]
        return ExportDocument(
            site_name=self.site_name, includes_identities=include_identities,
            protocol=ExportedProtocol(id=self._protocol.protocol.id, version=self._protocol.protocol.version,
                                      sha256=self._protocol.sha256),
            users=users, closed_days=[c.day for c in store.site.closed_days()], trial_decisions=trial,
            patients=patients)

    def import_document(self, session: Session, document: ExportDocument) -> int:
        """Load an exchange document into an empty clinic (administrator); returns the patients loaded.

        People named in the records get accounts without a usable password (an administrator
        resets them before they can sign in). Refused when patients already exist or the document
        was written under another protocol file.
        """
        self._require(session, Action.MANAGE_SITE)
        if document.protocol.sha256 != self._protocol.sha256:
            raise RuleError("protocol_mismatch", {"field": "protocol.sha256", "document": document.protocol.sha256,
                                                  "protocol": self._protocol.sha256})
        store = self._store
        if store.patients.all():
            raise RuleError("clinic_not_empty", {"patients": len(store.patients.all())})
        known = {a.username for a in store.users.all()}
        for user in document.users:
            if user.username not in known:
                store.users.create_user(user.username, user.full_name, Role(user.role), actor=session.username,
                                        now=self.now())
        for day in document.closed_days:
            store.site.add_closed_day(day, "imported", actor=session.username)
        for decision in document.trial_decisions:
            with store.transaction(decision.decided_by) as w:
                store.decisions.record_decision(w, decision)
        for entry in document.patients:
            store.patients.enrol(entry.patient, actor=session.username, identity=entry.identity)
            for measurement in entry.measurements:
                store.patients.add_measurement(measurement)
            for lab in entry.labs:
                store.patients.add_lab(lab)
            for administration in entry.administrations:
                with store.transaction(administration.recorded_by) as w:
                    store.dosing.record_administration(w, administration)
            for decision in entry.decisions:
                with store.transaction(decision.decided_by) as w:
                    store.decisions.record_decision(w, decision)
            for visit in entry.visits:
                store.decisions.record_visit(visit)
        return len(document.patients)


def parse_export(text: str) -> ExportDocument:
    """Validate exchange JSON; raises InputError naming the first bad key."""
    try:
        return ExportDocument.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError("invalid_export", {"field": ".".join(str(p) for p in first["loc"]) or "(document)",
                                            "hint": first["msg"]}) from None


__all__ = ["MaintenanceMixin", "parse_export", "patient_audit"]
