"""`Clinic`: the application facade, the one way in for the window and the command line.

It is assembled from small use-case modules (accounts, patients, decisions, dosing, due list,
maintenance, patient view, documents), each a mixin of one level over `ClinicBase` (which holds
what they share), so that a rule lives in one place and
both faces call the same methods. Every method checks the role (default deny), validates input
strictly and writes through the store, which audits each change in the same transaction.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from argon2 import PasswordHasher

from clinic_app.domain.protocol import Protocol, load_protocol
from clinic_app.paths import default_protocol_path
from clinic_app.store import Store

from .accounts import AccountsMixin
from .base import Clock, local_now
from .changes import ChangesMixin
from .decisions import DecisionsMixin
from .documents import DocumentsMixin
from .dosing import DosingMixin
from .due_list import DueMixin
from .maintenance import MaintenanceMixin
from .patient_view import PatientViewMixin
from .patients import PatientsMixin
from .site import SiteMixin


class Clinic(AccountsMixin, PatientsMixin, DecisionsMixin, DosingMixin, DueMixin, MaintenanceMixin,
             PatientViewMixin, DocumentsMixin, SiteMixin, ChangesMixin):
    """The clinic's use cases over one database file and one protocol file."""

    @classmethod
    def open(cls, db_path: Path, *, protocol_path: Path | None = None, clock: Clock = local_now,
             hasher: PasswordHasher | None = None, verify_audit: bool = True, read_only: bool = False) -> Clinic:
        """Open (or create) the database at `db_path` under the protocol file (default: the shipped one).

        `clock` returns the aware current time (tests and the demo builder pass their own).
        `verify_audit=False` skips the audit-chain walk at open: only for `verify_database`, which
        then reports the first fault instead of refusing to open.
        `read_only` opens without creating, migrating or writing anything (reads and sign-in; a
        wrong password is still counted).
        Raises ProtocolError, DatabaseFault, SchemaTooNew, AuditKeyError.
        """
        protocol: Protocol = load_protocol(protocol_path or default_protocol_path())
        store = Store.open(db_path, clock=clock, hasher=hasher, verify_audit=verify_audit, read_only=read_only)
        return cls(store, protocol, clock)

    def sibling(self) -> Clinic:
        """The same clinic for another thread (a connection of its own), opened once: the protocol
        file, the audit key and the checks of this open are shared, not repeated."""
        return Clinic(self._store.sibling(), self._protocol, self._clock)

    def close(self) -> None:
        """Close the database."""
        self._store.close()

    def __enter__(self) -> Clinic:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
