"""Sign-in, passwords and user accounts; the site's name."""

from __future__ import annotations

from clinic_app.domain.errors import InputError
from clinic_app.domain.permissions import Action, allowed
from clinic_app.domain.records import Role

from .base import SITE_NAME_KEY, ClinicBase
from .views import Session, UserInfo


def _session_of(account_id: int, username: str, full_name: str, role: Role) -> Session:
    return Session(user_id=account_id, username=username, full_name=full_name, role=Role(role))


class AccountsMixin(ClinicBase):
    def needs_first_run(self) -> bool:
        """True while the database has no account: the first start must create an administrator."""
        return not self._store.users.all()

    def first_run(self, *, site_name: str, username: str, full_name: str, password: str) -> Session:
        """Name the site and create the first administrator (who chose `password`); signs them in."""
        name = site_name.strip()
        if not 2 <= len(name) <= 80:
            raise InputError("invalid_site_name", {"field": "site name", "unit": "characters",
                                                   "minimum": 2, "maximum": 80, "text": site_name})
        account = self._store.users.create_first_administrator(username, full_name, password)
        self._store.site.set_setting(SITE_NAME_KEY, name, None, actor=account.username)
        return _session_of(account.id, account.username, account.full_name, account.role)

    def login(self, username: str, password: str) -> Session:
        """Sign in. Raises AuthenticationFailed, AccountLocked or PasswordChangeRequired."""
        account = self._store.users.authenticate(username, password, self.now())
        return _session_of(account.id, account.username, account.full_name, account.role)

    def change_password(self, username: str, current: str, new_password: str) -> Session:
        """Set a new password proving the current one (or a one-time code); signs the user in."""
        account = self._store.users.change_password(username, current, new_password, self.now())
        return _session_of(account.id, account.username, account.full_name, account.role)

    def create_user(self, session: Session, *, username: str, full_name: str, role: Role) -> str:
        """Create an account (administrator only); returns its one-time code, to be shown once.

        The administrator never chooses the password: the person sets their own at first sign-in.
        """
        self._require(session, Action.MANAGE_USERS)
        _, code = self._store.users.create_user(username, full_name, Role(role), actor=session.username,
                                                now=self.now())
        return code

    def reset_password(self, session: Session, username: str) -> str:
        """Replace a user's password by a one-time code (administrator only); unlocks the account."""
        self._require(session, Action.MANAGE_USERS)
        return self._store.users.reset_password(username, actor=session.username, now=self.now())

    def users(self, session: Session) -> list[UserInfo]:
        """Every account (administrator only)."""
        self._require(session, Action.MANAGE_USERS)
        return [UserInfo(a.username, a.full_name, a.role, a.active, a.must_change_password, a.locked_until)
                for a in self._store.users.all()]

    def can(self, session: Session, action: Action) -> bool:
        """Whether the session's role may do `action` (to enable buttons; every use case still checks)."""
        return allowed(session.role, action)
