"""The local store: SQLite via sqlite-utils, no Qt.

Open one `Store` per process (`Store.open(path)`); it speaks the shared domain records in and
out, owns schema and migrations (`migrations.py`), the single write path with optimistic
concurrency (`writer.py`), the HMAC-chained audit trail (`audit.py`), accounts and signatures
(`users.py`, `signatures.py`), and verified backup/restore (`backups.py`).
"""

from clinic_app.store.connection import connect, write_transaction
from clinic_app.store.errors import (
    AccountLocked,
    AuditKeyError,
    AuthenticationFailed,
    ConcurrencyConflict,
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
    Preparation,
    Stored,
    UserAccount,
    Verification,
)
from clinic_app.store.store import Store

__all__ = [
    "AccountLocked", "AuditEntry", "AuditKeyError", "AuthenticationFailed", "BackupReport", "ClosedDay",
    "ConcurrencyConflict", "DatabaseFault", "DoseRecord", "DoseStatus", "DuplicateRecord", "Fault",
    "InvalidTransition", "NotFound", "PasswordChangeRequired", "Preparation", "SchemaTooNew", "Store",
    "StoreError", "StoreInputError", "Stored", "UserAccount", "Verification", "connect", "write_transaction",
]
