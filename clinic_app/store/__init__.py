"""The local store: SQLite via sqlite-utils, no Qt.

Open one `Store` per process; it speaks the shared domain records (clinic_app.domain.records)
in and out and owns schema and migrations (`migrations.py`), the single write path with
optimistic concurrency (`writer.py`), the HMAC-chained audit trail and its threat model
(`audit.py`), accounts and signatures (`users.py`, `signatures.py`) and verified backup and
restore (`backups.py`).

    store = Store.open(path)                                  # checks, migrates, verifies the chain
    store.users.authenticate("nina.nurse", password, now)     # -> UserAccount (AuthError subclasses)
    stored = store.patients.get("IMP-001")                    # -> Stored[Patient] (id, row_version, value)
    store.patients.update(new_patient, stored.row_version, actor="ivan.inv", reason="...")
    signer = store.users.signer("nina.nurse", password, now)  # one argon2 check
    with store.transaction(signer) as w:                      # record + signature + audit: one transaction
        row_id = store.dosing.record_administration(w, administration)
        w.sign(signer, SignatureMeaning.ADMINISTERED, "administrations", row_id)
    store.verify()                                            # -> Fault | None

Every error is a typed `DomainError` (code + values): StoreInputError, NotFound, DuplicateRecord,
ConcurrencyConflict (re-read and retry), InvalidTransition, SchemaTooNew, DatabaseFault,
AuditKeyError, and the sign-in errors AuthenticationFailed / AccountLocked /
PasswordChangeRequired (subclasses of the domain's AuthError).
"""

from clinic_app.store.checkpoint import FullCheck, full_check_due
from clinic_app.store.connection import connect, write_transaction
from clinic_app.store.due_state import EVERY_PATIENT, DueState, PatientDue
from clinic_app.store.errors import (
    AccountLocked,
    AuditKeyError,
    AuthenticationFailed,
    ConcurrencyConflict,
    DatabaseBusy,
    DatabaseFault,
    DuplicateRecord,
    InvalidTransition,
    NotFound,
    PasswordChangeRequired,
    SchemaTooNew,
    StoreError,
    StoreInputError,
)
from clinic_app.store.models import (
    AuditEntry,
    BackupReport,
    ClosedDay,
    DoseRecord,
    DoseStatus,
    Fault,
    PendingReset,
    Preparation,
    RestoreReport,
    Stored,
    UserAccount,
    Verification,
    VoidRecord,
)
from clinic_app.store.store import Store
from clinic_app.store.writer import Signer, Writer

__all__ = [
    "EVERY_PATIENT", "AccountLocked", "AuditEntry", "AuditKeyError", "AuthenticationFailed", "BackupReport",
    "ClosedDay", "ConcurrencyConflict", "DatabaseBusy", "DatabaseFault", "DoseRecord", "DoseStatus", "DueState",
    "DuplicateRecord", "Fault", "FullCheck", "InvalidTransition", "NotFound", "PasswordChangeRequired", "PatientDue",
    "PendingReset", "Preparation", "RestoreReport", "SchemaTooNew", "Signer", "Store", "StoreError",
    "StoreInputError", "Stored", "UserAccount", "Verification", "VoidRecord", "Writer", "connect", "full_check_due",
    "write_transaction",
]
