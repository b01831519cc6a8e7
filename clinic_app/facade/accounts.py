"""Sign-in, passwords and user accounts; the site's name."""

from __future__ import annotations

from clinic_app.domain.errors import InputError, RuleError
from clinic_app.domain.permissions import Action, allowed
from clinic_app.domain.records import Role
from clinic_app.store import PendingReset, UserAccount

from .base import SITE_NAME_KEY, ClinicBase
from .views import Session, UserInfo


def _info(a: UserAccount, reset: PendingReset | None = None) -> UserInfo:
    return UserInfo(a.username, a.full_name, a.role, a.active, a.must_change_password, a.locked_until,
                    pending_reset=reset)


def _session_of(account: UserAccount) -> Session:
    return Session(user_id=account.id, username=account.username, full_name=account.full_name,
                   role=Role(account.role), credentials_version=account.credentials_version)


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
        return _session_of(account)

    def login(self, username: str, password: str) -> Session:
        """Sign in. Raises AuthenticationFailed, AccountLocked or PasswordChangeRequired."""
        account = self._store.users.authenticate(username, password, self.now())
        return _session_of(account)

    def change_password(self, username: str, current: str, new_password: str) -> Session:
        """Set a new password proving the current one (or a one-time code); signs the user in."""
        account = self._store.users.change_password(username, current, new_password, self.now())
        return _session_of(account)

    def create_user(self, session: Session, *, username: str, full_name: str, role: Role) -> str:
        """Create an account (administrator only); returns its one-time code, to be shown once.

        The administrator never chooses the password: the person sets their own at first sign-in.
        """
        self._require(session, Action.MANAGE_USERS)
        _, code = self._store.users.create_user(username, full_name, Role(role), actor=session.username,
                                                now=self.now())
        return code

    def request_password_reset(self, session: Session, username: str) -> str:
        """First person of a reset (administrator): returns the FIRST half of the new one-time code,
        to be shown once. Nothing changes until an investigator confirms, so that an administrator
        can never sign as the person (ROLE-4)."""
        self._require(session, Action.MANAGE_USERS)
        return self._store.users.request_reset(username, actor=session.username, now=self.now())

    def confirm_password_reset(self, session: Session, username: str, *, password: str) -> str:
        """Second person of a reset (an investigator who is neither the person nor the requester,
        re-entering their password): the reset takes effect, the person's open sessions end, and the
        SECOND half of the code is returned, to be shown once. The person types both halves."""
        self._require(session, Action.CONFIRM_PASSWORD_RESET)
        signer = self._signer(session, password)
        with self._store.transaction(signer) as w:
            return self._store.users.confirm_reset(w, signer, username, now=self.now())

    def pending_password_resets(self, session: Session) -> list[PendingReset]:
        """Resets an administrator asked for that wait for the second person (ROLE-4), for those who
        may confirm one (administrators see them in `users`)."""
        self._require(session, Action.CONFIRM_PASSWORD_RESET)
        return self._store.users.pending_resets(self.now())

    def deactivate_user(self, session: Session, username: str, *, reason: str) -> UserInfo:
        """Deactivate an account with a reason (administrator): its sessions end at once; accounts
        are never deleted (they signed records). Refuses one's own account."""
        self._require(session, Action.MANAGE_USERS)
        why = reason.strip() if isinstance(reason, str) else ""
        if not 3 <= len(why) <= 500:
            raise InputError("invalid_text", {"field": "reason", "unit": "characters", "minimum": 3, "maximum": 500,
                                              "text": str(reason)})
        account = self._store.users.get(username)
        if account.id == session.user_id:
            raise RuleError("cannot_deactivate_self", {"field": "username", "username": account.username})
        done = self._store.users.set_active(account.username, False, account.row_version, actor=session.username,
                                            reason=why)
        return _info(done)

    def users(self, session: Session) -> list[UserInfo]:
        """Every account (administrator only), each with the password reset it waits for, if any."""
        self._require(session, Action.MANAGE_USERS)
        pending = {p.username: p for p in self._store.users.pending_resets(self.now())}
        return [_info(a, pending.get(a.username)) for a in self._store.users.all()]

    def can(self, session: Session, action: Action) -> bool:
        """Whether the session's role may do `action` (to enable buttons; every use case still checks)."""
        return allowed(session.role, action)
