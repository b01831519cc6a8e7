"""What every use case of the facade shares: the store, the protocol, the clock and the role check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from clinic_app.domain.errors import AuthError
from clinic_app.domain.permissions import Action, require
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Role
from clinic_app.store import Signer, Store

from .views import DueRow, Session

Clock = Callable[[], datetime]
SITE_NAME_KEY = "site_name"
DEMO_FLAG_KEY = "demo_data"  # set while fictional demo patients are in the database


def local_now() -> datetime:
    """The wall clock with the workstation's time zone (signatures print their zone)."""
    return datetime.now().astimezone()


class ClinicBase:
    """State shared by the use-case mixins that make up `Clinic`."""

    def __init__(self, store: Store, protocol: Protocol, clock: Clock) -> None:
        self._store = store
        self._protocol = protocol
        self._clock = clock
        # Today-list rows per patient, reused while the patient's change mark, the day and the
        # closed days are the same (see DueMixin.due_list).
        self._due_rows: dict[str, tuple[tuple[str, date, frozenset[date]], list[DueRow]]] = {}

    @property
    def protocol(self) -> Protocol:
        """The protocol every calculation and plan uses."""
        return self._protocol

    @property
    def store(self) -> Store:
        """The store (for maintenance tools and tests; faces call the use cases instead)."""
        return self._store

    @property
    def site_name(self) -> str:
        """The site's name as set at first run ("" before)."""
        found = self._store.site.setting(SITE_NAME_KEY)
        return found[0] if found else ""

    @property
    def has_demo_data(self) -> bool:
        """True while the database holds the fictional demo clinic (banner on every screen and sheet)."""
        return self._store.site.setting(DEMO_FLAG_KEY) is not None

    def now(self) -> datetime:
        """The current time, timezone-aware (injected clock)."""
        moment = self._clock()
        if moment.tzinfo is None:
            raise ValueError("the clinic clock must return timezone-aware datetimes")
        return moment

    def today(self) -> date:
        """Today's date in the clinic's time zone."""
        return self.now().date()

    def check_password(self, session: Session, password: str) -> None:
        """Re-check the signed-in user's password; failures count to lockout."""
        self._signer(session, password)

    def _signer(self, session: Session, password: str) -> Signer:
        """The session's user re-entering their password for a signed act (one argon2 check).
        The signature is written with it in the act's own transaction (`Store.transaction`)."""
        signer = self._store.users.signer(session.username, password, self.now())
        if signer.user_id != session.user_id:
            raise AuthError("session_invalid", {"username": session.username})
        return signer

    def _require(self, session: Session, action: Action) -> None:
        """Refuse unless the session's user is still active and the role may do `action` (default deny)."""
        account = self._store.users.get(session.username)
        if not account.active or account.id != session.user_id:
            raise AuthError("session_invalid", {"username": session.username})
        require(Role(account.role), action)
