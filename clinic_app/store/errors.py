"""Typed errors of the store: a stable code and the values behind it, never UI text.

They subclass the domain's `DomainError`, so the faces report them the same way (the CLI maps
`InputError`s to exit code 2 and everything else to 1). They are deliberately NOT re-decorated
as frozen dataclasses: a frozen dataclass exception raised inside a `@contextmanager` block
(every store write) cannot be re-raised, because contextlib assigns `__traceback__` to it.
"""

from __future__ import annotations

from clinic_app.domain.errors import AuthError, DomainError, InputError


class StoreError(DomainError):
    """Base of every refusal or fault the store reports."""


class StoreInputError(InputError):
    """A value handed to the store has the wrong type or shape (field, expected, got in `values`)."""


class NotFound(StoreError):
    """No row with that key (entity, key in `values`)."""


class DuplicateRecord(StoreError):
    """A uniqueness rule refused the row (entity, key in `values`)."""


class ConcurrencyConflict(StoreError):
    """Someone else changed the row first: the caller's `row_version` is stale.

    `values`: entity, id, expected_version, current_version (None when the row is gone).
    Re-read the row, re-apply the change, retry.
    """


class InvalidTransition(StoreError):
    """A dose record cannot move to that status from its current one (entity, id, current, wanted)."""


class SchemaTooNew(StoreError):
    """The database was written by a newer program (known_version, file_version, unknown_migrations)."""


class DatabaseFault(StoreError):
    """Integrity check, foreign key check or audit chain failed (check, row_id, reason in `values`)."""


class DatabaseBusy(StoreError):
    """Another program holds the database's write lock longer than we wait (values: waited_ms).
    Nothing was written; try again in a moment."""


class AuditKeyError(StoreError):
    """The audit key or chain-head file is missing, unreadable or does not belong to this database."""


class AuthenticationFailed(AuthError):
    """Unknown user, wrong password or deactivated account (username, failures_left in `values`).

    Deliberately one code for "no such user" and "wrong password" so a caller cannot probe names.
    """


class AccountLocked(AuthError):
    """Too many failed attempts: locked until `values['locked_until']` (ISO 8601, UTC)."""


class PasswordChangeRequired(AuthError):
    """The secret was right but the account must set a new password first (after an admin reset)."""
