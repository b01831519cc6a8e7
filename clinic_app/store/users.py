"""Local accounts: one person, one login, argon2id hashes, lockout, administrator resets.

Decisions (documented for the reviewer):
- No shared logins: usernames are unique, lower-case, and generic names ("nurse", "pharmacy",
  "admin", ...) are refused; every account carries a person's full name (two words at least).
- An administrator never sets or learns a lasting password. Creating an account or resetting
  one produces a ONE-TIME CODE, shown once to the administrator to hand over; it is stored only
  as an argon2id hash, expires after `RESET_CODE_HOURS`, and can do one thing: let the user set
  a password of their own (`authenticate` with it raises PasswordChangeRequired; then call
  `change_password`).
- Lockout: `max_failures` (5) consecutive failures lock the account for `lockout_minutes` (15);
  a correct password during the lock is still refused. Times are passed in (`now`, aware).
- "Unknown user" and "wrong password" are the same error code so names cannot be probed; an
  unknown name still costs one hash verification.
"""

from __future__ import annotations

import logging
import re
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from clinic_app.domain.errors import AuthError
from clinic_app.domain.records import Role, SignatureMeaning
from clinic_app.store.connection import busy_timeout, fetch_all, fetch_one
from clinic_app.store.errors import (
    AccountLocked,
    AuthenticationFailed,
    DatabaseBusy,
    NotFound,
    PasswordChangeRequired,
    StoreInputError,
)
from clinic_app.store.models import PendingReset, UserAccount
from clinic_app.store.names import clean_full_name, refuse_lookalike
from clinic_app.store.rows import require_type
from clinic_app.store.site import ensure_site_id
from clinic_app.store.writer import Signer, StoreContext, Writer, writing

log = logging.getLogger(__name__)

RESET_CODE_HOURS = 24
HALF_CODE_LENGTH = 8
CLEAR_FAILURES_WAIT_MS = 200
PASSWORD_MIN, PASSWORD_MAX = 10, 128
_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,39}$")
_SHARED_NAMES = frozenset({
    "nurse", "nurses", "pharmacist", "pharmacy", "investigator", "doctor", "admin", "administrator", "root",
    "shared", "clinic", "ward", "user", "guest", "team", "staff", "test", "oncology", "chemo", "system",
})
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud or copied by hand


def _account_of(r: dict[str, Any]) -> UserAccount:
    return UserAccount(
        id=r["id"], row_version=r["row_version"], username=r["username"], full_name=r["full_name"],
        role=Role(r["role"]), active=bool(r["active"]), must_change_password=bool(r["must_change"]),
        failed_attempts=r["failed_attempts"],
        locked_until=None if r["locked_until"] is None else datetime.fromisoformat(r["locked_until"]),
        credentials_version=r["credentials_version"],
    )


def _aware(now: datetime) -> datetime:
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise StoreInputError("naive_time", {"field": "now", "hint": "a timezone-aware datetime"})
    return now.astimezone(timezone.utc)


def _one_time_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return f"{raw[0:4]}-{raw[4:8]}-{raw[8:12]}"


def _half_code() -> str:
    """Half of a two-person reset code: 8 characters (40 bits), shown as XXXX-XXXX."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(HALF_CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def _code_text(typed: str) -> str:
    """A code as typed, with dashes and spaces dropped and letters upper-cased."""
    return re.sub(r"[^A-Z0-9]", "", typed.upper())


class Users:
    """Accounts and sign-in; see the module docstring for the rules."""

    def __init__(self, ctx: StoreContext, hasher: PasswordHasher, *, max_failures: int = 5,
                 lockout_minutes: int = 15) -> None:
        self._ctx = ctx
        self._ph = hasher
        self.max_failures = max_failures
        self.lockout = timedelta(minutes=lockout_minutes)
        self._dummy_hash: str | None = None  # made on first need: hashing costs ~0.5 s at open

    @property
    def hasher(self) -> PasswordHasher:
        """The argon2 hasher passwords are checked with."""
        return self._ph

    # -- reading ----------------------------------------------------------------------------
    def _row(self, username: str) -> dict[str, Any] | None:
        require_type(username, str, "username")
        return fetch_one(self._ctx.db, "SELECT * FROM users WHERE username = ?", [username.strip().lower()])

    def get(self, username: str) -> UserAccount:
        """The account; NotFound when there is none."""
        row = self._row(username)
        if row is None:
            raise NotFound("unknown_user", {"entity": "users", "username": username})
        return _account_of(row)

    def all(self) -> list[UserAccount]:
        """All accounts by username."""
        return [_account_of(r) for r in fetch_all(self._ctx.db, "SELECT * FROM users ORDER BY username")]

    def pending_resets(self, now: datetime) -> list[PendingReset]:
        """Resets waiting for their second person (ROLE-4): each account's latest request, when no
        investigator confirmed it and it has not expired at `now` (aware), oldest first."""
        rows = fetch_all(self._ctx.db, "SELECT r.*, u.username, u.full_name, u.role FROM password_resets r "
                                       "JOIN users u ON u.id = r.user_id WHERE r.id IN "
                                       "(SELECT max(id) FROM password_resets GROUP BY user_id) ORDER BY r.id")
        when = _aware(now)
        return [PendingReset(username=r["username"], full_name=r["full_name"], role=Role(r["role"]),
                             requested_by=r["requested_by"], requested_at=datetime.fromisoformat(r["requested_at"]),
                             expires_at=datetime.fromisoformat(r["expires_at"]))
                for r in rows if r["confirmed_by"] is None and datetime.fromisoformat(r["expires_at"]) > when]

    # -- creating and resetting -------------------------------------------------------------
    def _check_identity(self, username: str, full_name: str) -> str:
        require_type(username, str, "username")
        require_type(full_name, str, "full_name")
        name = username.strip().lower()
        if not _USERNAME.match(name):
            raise StoreInputError("invalid_username", {
                "field": "username", "minimum": 2, "maximum": 40, "unit": "characters",
                "hint": "lower-case letters, digits, '.', '_' or '-', starting with a letter"})
        if name in _SHARED_NAMES:
            raise StoreInputError("shared_login_refused", {"field": "username", "hint": "one login per person"})
        if len(clean_full_name(full_name).split()) < 2:
            raise StoreInputError("full_name_required", {"field": "full_name", "hint": "given name and family name"})
        return name

    def _unique_name(self, full_name: str) -> str:
        """The cleaned full name, refused when it prints like an existing account's (under the lock)."""
        name = clean_full_name(full_name)
        refuse_lookalike(name, {str(u): str(f)
                                for u, f in self._ctx.db.execute("SELECT username, full_name FROM users")})
        return name

    def create_first_administrator(self, username: str, full_name: str, password: str) -> UserAccount:
        """Set up the first account of a new database (an administrator choosing their own
        password). Refused with StoreInputError users_exist once any account exists."""
        name = self._check_identity(username, full_name)
        self._check_password(password, name)
        password_hash = self._ph.hash(password)
        with writing(self._ctx, "", system=True) as w:
            # Checked under the write lock, so two first-time set-ups cannot both succeed.
            if self._ctx.db.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None:
                raise StoreInputError("users_exist", {"field": "username", "hint": "sign in as an administrator"})
            w.insert("users", {
                "username": name, "full_name": clean_full_name(full_name), "role": Role.ADMINISTRATOR.value,
                "password_hash": password_hash, "created_at": w.at_utc.isoformat(),
            }, action="create_first_administrator")
            ensure_site_id(self._ctx.db, w)
        return self.get(name)

    def create_user(self, username: str, full_name: str, role: Role, *, actor: str,
                    now: datetime) -> tuple[UserAccount, str]:
        """Create an account; returns it with its one-time code (show once, never stored in clear).

        Raises StoreInputError (bad/shared username, full name), DuplicateRecord (name taken).
        """
        name = self._check_identity(username, full_name)
        role = Role(role)
        code = _one_time_code()
        expires = _aware(now) + timedelta(hours=RESET_CODE_HOURS)
        with writing(self._ctx, actor) as w:
            w.insert("users", {
                "username": name, "full_name": self._unique_name(full_name), "role": role.value,
                "password_hash": self._ph.hash(code), "must_change": 1, "reset_expires_at": expires.isoformat(),
                "created_at": w.at_utc.isoformat(),
            }, action="create_user")
        return self.get(name), code

    def request_reset(self, username: str, *, actor: str, now: datetime) -> str:
        """An administrator asks for a password reset (first of two people, ROLE-4). Returns the FIRST
        HALF of the new one-time code (shown once, only to them; stored as its hash). Nothing
        changes for the person until an investigator confirms (`confirm_reset`).

        Raises NotFound (unknown user).
        """
        row = self._row(username)
        if row is None:
            raise NotFound("unknown_user", {"entity": "users", "username": username})
        half = _half_code()
        with writing(self._ctx, actor) as w:
            w.insert("password_resets", {
                "user_id": row["id"], "requested_by": w.actor, "requested_at": w.at_utc.isoformat(),
                "expires_at": (_aware(now) + timedelta(hours=RESET_CODE_HOURS)).isoformat(),
                "first_half_hash": self._ph.hash(_code_text(half)),
            }, action="request_password_reset")
        return half

    def confirm_reset(self, w: Writer, signer: Signer, username: str, *, now: datetime) -> str:
        """The second person (an investigator, never the person themselves nor the requester)
        confirms the pending request, in the signed transaction `w`: the account's password becomes
        the two halves together, it must be changed at first sign-in, the account is unlocked and
        its credentials version moves (every open session and signer of the person ends). The
        request is signed "Approved"; the trail names who asked and who confirmed. Returns the
        SECOND HALF of the code, shown once, only to the confirmer.

        Raises NotFound (unknown user, no pending request), PermissionDenied / AuthError (who).
        """
        row = w.row_where("users", username=username.strip().lower()) if isinstance(username, str) else None
        if row is None:
            raise NotFound("unknown_user", {"entity": "users", "username": username})
        when = _aware(now)
        request = fetch_one(self._ctx.db, "SELECT * FROM password_resets WHERE user_id = ? AND confirmed_by IS NULL"
                                          " ORDER BY id DESC LIMIT 1", [row["id"]])
        if request is None or datetime.fromisoformat(request["expires_at"]) <= when:
            raise NotFound("no_pending_reset", {"entity": "password_resets", "username": row["username"],
                                                "hint": "an administrator requests the reset first"})
        if signer.user_id == row["id"] or signer.username == request["requested_by"]:
            raise AuthError("second_person_required", {"username": signer.username,
                                                       "hint": "someone other than the person and the requester"})
        half = _half_code()
        version = row["credentials_version"] + 1
        w.update("password_resets", request["id"], request["row_version"], {
            "confirmed_by": signer.username, "confirmed_at": w.at_utc.isoformat(), "applied_version": version},
            action="confirm_password_reset")
        w.update("users", row["id"], row["row_version"], {
            "password_hash": self._ph.hash(_code_text(half)), "must_change": 1,
            "reset_expires_at": (when + timedelta(hours=RESET_CODE_HOURS)).isoformat(),
            "failed_attempts": 0, "locked_until": None, "credentials_version": version},
            action="reset_password",
            reason=f"requested by {request['requested_by']}, confirmed by {signer.username}")
        w.sign(signer, SignatureMeaning.APPROVED, "password_resets", request["id"])
        return half

    def set_active(self, username: str, active: bool, expected_version: int, *, actor: str,
                   reason: str) -> UserAccount:
        """Deactivate (or reactivate) an account; accounts are never deleted (they sign records)."""
        account = self.get(username)
        with writing(self._ctx, actor) as w:
            w.update("users", account.id, expected_version, {"active": int(bool(active))},
                     action="activate_user" if active else "deactivate_user", reason=reason)
        return self.get(username)

    # -- signing in -------------------------------------------------------------------------
    def _check_password(self, password: str, username: str) -> None:
        require_type(password, str, "password")
        if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
            raise StoreInputError("password_length", {
                "field": "password", "minimum": PASSWORD_MIN, "maximum": PASSWORD_MAX, "unit": "characters"})
        if username in password.lower():
            raise StoreInputError("password_contains_username", {"field": "password"})

    def _verify(self, username: str, secret: str, now: datetime) -> dict[str, Any]:
        """Check `secret` once (argon2); returns the account row when it is right.

        Reads without the write lock: a correct password writes nothing (a busy database does not
        stop anyone signing in), except that earlier failures are cleared when the lock can be had
        at once. A wrong one is counted in ONE write transaction that re-reads the count, so
        parallel guessers cannot lose each other's failures; a locked account is refused before
        its password is evaluated.
        """
        now = _aware(now)
        require_type(secret, str, "password")
        row = self._row(username)
        if row is None or not row["active"]:
            if self._dummy_hash is None:
                self._dummy_hash = self._ph.hash(secrets.token_hex(16))
            try:
                self._ph.verify(self._dummy_hash, secret)
            except VerificationError:
                pass
            raise AuthenticationFailed("authentication_failed", {"username": username})
        if row["locked_until"] is not None and datetime.fromisoformat(row["locked_until"]) > now:
            raise AccountLocked("account_locked", {"username": row["username"], "locked_until": row["locked_until"]})
        if not self._matches(row, secret):
            self._count_failure(row["id"], row["username"], now)
        if row["failed_attempts"] or row["locked_until"]:
            self._clear_failures(row["id"], row["username"])
        if row["must_change"] and row["reset_expires_at"] is not None \
                and datetime.fromisoformat(row["reset_expires_at"]) <= now:
            raise AuthenticationFailed("one_time_code_expired", {"username": row["username"]})
        return row

    def _hash_matches(self, stored: str, secret: str) -> bool:
        try:
            return bool(self._ph.verify(stored, secret))
        except (VerificationError, InvalidHashError):
            return False

    def _matches(self, row: dict[str, Any], secret: str) -> bool:
        """The password, or after a two-person reset the two halves typed together (each checked
        against its own hash: neither person alone knows the code)."""
        reset = None
        if row["must_change"]:
            reset = fetch_one(self._ctx.db, "SELECT first_half_hash FROM password_resets WHERE user_id = ?"
                                            " AND applied_version = ?", [row["id"], row["credentials_version"]])
        if reset is None:
            return self._hash_matches(row["password_hash"], secret)
        code = _code_text(secret)
        if len(code) != 2 * HALF_CODE_LENGTH:
            return False
        first = self._hash_matches(reset["first_half_hash"], code[:HALF_CODE_LENGTH])
        return self._hash_matches(row["password_hash"], code[HALF_CODE_LENGTH:]) and first

    def _count_failure(self, user_id: int, username: str, now: datetime) -> None:
        """Count one wrong password atomically and raise; locks the account at `max_failures`."""
        with writing(self._ctx, username) as w:
            current = w.row("users", user_id)
            assert current is not None  # accounts are never deleted
            if current["locked_until"] is not None and datetime.fromisoformat(current["locked_until"]) > now:
                # A guess evaluated in parallel with the one that locked the account: counted too.
                locked: str | None = current["locked_until"]
                failures = self.max_failures
                w.event(action="sign_in_failed_while_locked", entity="sign_in", entity_id=username, old=None,
                        new={"locked_until": locked})
            else:
                failures = current["failed_attempts"] + 1
                locked = (now + self.lockout).isoformat() if failures >= self.max_failures else None
                w.update("users", user_id, current["row_version"],
                         {"failed_attempts": 0 if locked else failures, "locked_until": locked},
                         action="account_locked" if locked else "sign_in_failed")
        if locked:
            raise AccountLocked("account_locked", {"username": username, "locked_until": locked})
        raise AuthenticationFailed("authentication_failed", {
            "username": username, "failures_left": self.max_failures - failures})

    def _clear_failures(self, user_id: int, username: str) -> None:
        """After a correct password: clear earlier failures if the write lock is free now (a busy
        database must not hold up a sign-in; the next signed act clears them anyway)."""
        try:
            with busy_timeout(self._ctx.db, CLEAR_FAILURES_WAIT_MS), writing(self._ctx, username) as w:
                current = w.row("users", user_id)
                if current is not None and (current["failed_attempts"] or current["locked_until"]):
                    w.update("users", user_id, current["row_version"],
                             {"failed_attempts": 0, "locked_until": None}, action="sign_in_after_failures")
        except DatabaseBusy:
            log.info("failed sign-in attempts not cleared now: the database is busy")

    def signer(self, username: str, password: str, now: datetime) -> Signer:
        """Check the password once for a signed act; returns the `Signer` that `writing` and
        `Writer.sign` accept. Same errors as `authenticate`."""
        now_aware = _aware(now)
        row = self._verify(username, password, now_aware)
        if row["must_change"]:
            raise PasswordChangeRequired("password_change_required", {"username": row["username"]})
        return Signer(user_id=row["id"], username=row["username"], full_name=row["full_name"],
                      role=Role(row["role"]), credentials_version=row["credentials_version"], at=now)

    def authenticate(self, username: str, password: str, now: datetime) -> UserAccount:
        """Sign in. Returns the account; raises AuthenticationFailed (unknown, wrong, inactive,
        expired one-time code), AccountLocked (values locked_until) or PasswordChangeRequired
        (right one-time code: call `change_password` next)."""
        row = self._verify(username, password, now)
        if row["must_change"]:
            raise PasswordChangeRequired("password_change_required", {"username": row["username"]})
        return self.get(row["username"])

    def change_password(self, username: str, current: str, new_password: str, now: datetime) -> UserAccount:
        """Set a new password, proving the current password or one-time code. Same errors as
        `authenticate` plus StoreInputError for a too short/long new password (10-128 characters)."""
        name = username.strip().lower() if isinstance(username, str) else username
        self._check_password(new_password, str(name))
        if new_password == current:
            raise StoreInputError("password_unchanged", {"field": "new_password"})
        row = self._verify(username, current, now)
        with writing(self._ctx, row["username"]) as w:
            fresh = w.row("users", row["id"])
            assert fresh is not None  # accounts are never deleted
            w.update("users", row["id"], fresh["row_version"], {
                "password_hash": self._ph.hash(new_password), "must_change": 0, "reset_expires_at": None,
                "credentials_version": fresh["credentials_version"] + 1}, action="change_password")
        return self.get(row["username"])
