"""Shapes the store hands back besides the shared domain records: stored rows with their id and
`row_version`, dose records and their pharmacy steps, user accounts, audit entries and faults."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from clinic_app.domain.dose_records import DoseStatus
from clinic_app.domain.records import Role

__all__ = ["AuditEntry", "BackupReport", "ClosedDay", "DoseRecord", "DoseStatus", "Fault", "PendingReset",
           "Preparation", "RestoreReport", "Stored", "UserAccount", "Verification", "VoidRecord"]

T = TypeVar("T")


@dataclass(frozen=True)
class Stored(Generic[T]):
    """A record as stored: its row id and the `row_version` to quote when updating it."""

    id: int
    row_version: int
    value: T


@dataclass(frozen=True)
class VoidRecord:
    """Why, when and by whom a record was withdrawn."""

    reason: str
    voided_at: datetime
    voided_by: str


@dataclass(frozen=True)
class DoseRecord:
    """A dose calculation frozen at the time it was made.

    `snapshot_json` is the calculation exactly as shown (canonical JSON text, Decimals as
    strings); `snapshot_sha256` its hash. `protocol_version`/`protocol_sha256` name the protocol
    file that produced it.
    """

    id: int
    row_version: int
    subject_code: str
    drug: str
    cycle: int
    day: int
    snapshot_json: str
    snapshot_sha256: str
    protocol_version: str
    protocol_sha256: str
    status: DoseStatus
    calculated_by: str
    calculated_at: datetime
    void: VoidRecord | None = None
    unsigned_steps: tuple[str, ...] = ()  # "preparation"/"verification" an older version left unsigned


@dataclass(frozen=True)
class Preparation:
    """A pharmacist's record of preparing a dose record (`details` is JSON-ready: vials, bag, expiry)."""

    id: int
    row_version: int
    dose_record_id: int
    prepared_by: str
    prepared_at: datetime
    details: dict[str, Any]
    signed: bool = True


@dataclass(frozen=True)
class Verification:
    """A second pharmacist's check of the calculation and the preparation."""

    id: int
    row_version: int
    dose_record_id: int
    verified_by: str
    verified_at: datetime
    note: str
    signed: bool = True


@dataclass(frozen=True)
class UserAccount:
    """A local account: one person, one login. Never carries the password hash."""

    id: int
    row_version: int
    username: str
    full_name: str
    role: Role
    active: bool
    must_change_password: bool
    failed_attempts: int
    locked_until: datetime | None
    credentials_version: int = 1


@dataclass(frozen=True)
class PendingReset:
    """A password reset an administrator asked for that no investigator has confirmed yet (ROLE-4)."""

    username: str
    full_name: str
    role: Role
    requested_by: str
    requested_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class ClosedDay:
    """A day the clinic is closed (holiday, closure)."""

    id: int
    row_version: int
    day: date
    reason: str


@dataclass(frozen=True)
class AuditEntry:
    """One row of the append-only audit trail. `old`/`new` are the decoded JSON values."""

    seq: int
    at_utc: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    old: Any
    new: Any
    reason: str


@dataclass(frozen=True)
class Fault:
    """The first thing found wrong by a check.

    `check` is "integrity", "foreign_keys", "audit_chain", "records" (a row against the trail),
    "signatures" or "workflow"; `row_id` the bad row (audit seq for the chain, else the row id of
    `table`) when there is one; `field` the first differing column; `code` stable; `detail` for people.
    """

    check: str
    code: str
    row_id: int | None
    detail: str
    table: str | None = None
    field: str | None = None


@dataclass(frozen=True)
class BackupReport:
    """A finished, verified backup: where, how big (bytes), the audit head it carries."""

    path: str
    size_bytes: int
    audit_rows: int
    audit_head_mac: str


@dataclass(frozen=True)
class RestoreReport:
    """A finished restore: where the replaced content is kept, how many audit rows of the live
    trail (acknowledged records) it rolled back, and the backup's audit rows."""

    kept_in: Path
    rolled_back: int
    backup_rows: int
