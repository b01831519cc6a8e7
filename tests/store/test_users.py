"""Accounts: argon2id hashes only, lockout after 5 failures for 15 minutes, one-time codes for
new accounts and resets, one login per person."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from store_helpers import NOW, PASSWORDS, open_store, signer_of, table_dump, two_person_reset

from clinic_app.domain.errors import AuthError, PermissionDenied
from clinic_app.domain.records import Role
from clinic_app.store import (
    AccountLocked,
    AuthenticationFailed,
    DuplicateRecord,
    PasswordChangeRequired,
    Store,
    StoreInputError,
)


def test_five_failures_lock_for_fifteen_minutes_even_with_the_right_password(store: Store) -> None:
    for attempt in range(1, 5):
        with pytest.raises(AuthenticationFailed) as caught:
            store.users.authenticate("nina.nurse", f"wrong guess {attempt}", NOW)
        assert caught.value.values["failures_left"] == 5 - attempt
    with pytest.raises(AccountLocked) as locked:
        store.users.authenticate("nina.nurse", "wrong guess 5", NOW)
    assert locked.value.values["locked_until"] == "2026-03-02T09:45:00+00:00"  # 09:30 + 15 min
    with pytest.raises(AccountLocked):
        store.users.authenticate("nina.nurse", PASSWORDS["nina.nurse"], NOW + timedelta(minutes=14, seconds=59))
    account = store.users.authenticate("nina.nurse", PASSWORDS["nina.nurse"], NOW + timedelta(minutes=15))
    assert (account.failed_attempts, account.locked_until) == (0, None)


def test_success_resets_the_failure_count(store: Store) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            store.users.authenticate("ivan.inv", "not my password", NOW)
    store.users.authenticate("ivan.inv", PASSWORDS["ivan.inv"], NOW)
    with pytest.raises(AuthenticationFailed) as caught:
        store.users.authenticate("ivan.inv", "not my password", NOW)
    assert caught.value.values["failures_left"] == 4


def test_unknown_user_and_wrong_password_look_the_same(store: Store) -> None:
    with pytest.raises(AuthenticationFailed) as unknown:
        store.users.authenticate("nobody.here", "whatever it is", NOW)
    with pytest.raises(AuthenticationFailed) as wrong:
        store.users.authenticate("nina.nurse", "whatever it is", NOW)
    assert unknown.value.code == wrong.value.code == "authentication_failed"
    assert isinstance(unknown.value, AuthError)  # the faces catch the domain's AuthError


def test_hashes_are_argon2id_and_no_password_is_in_the_file(store: Store, db_path: Path) -> None:
    code = two_person_reset(store, "phil.pharm")
    dump = table_dump(db_path)
    hashes = [row[4] for row in dump["users"]]  # column 4: password_hash
    assert len(hashes) == 5 and all(h.startswith("$argon2id$") for h in hashes)
    audit_text = repr(dump["audit_log"])
    assert "$argon2id$" not in audit_text and "sha256:" in audit_text  # the trail keeps only the hash's digest
    store.close()
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for secret in [*PASSWORDS.values(), code]:
        assert secret.encode() not in raw


def test_production_hasher_is_argon2id_with_rfc9106_low_memory_profile() -> None:
    ph = PasswordHasher()
    assert ph.hash("a long enough secret").startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_admin_reset_gives_a_one_time_code_that_only_sets_a_new_password(store: Store) -> None:
    code = two_person_reset(store, "nina.nurse")
    assert len(code) == 19 and code.count("-") == 3
    with pytest.raises(AuthenticationFailed):
        store.users.authenticate("nina.nurse", PASSWORDS["nina.nurse"], NOW)  # old password gone
    with pytest.raises(PasswordChangeRequired):
        store.users.authenticate("nina.nurse", code, NOW)
    account = store.users.change_password("nina.nurse", code, "my brand new secret", NOW)
    assert not account.must_change_password
    assert store.users.authenticate("nina.nurse", "my brand new secret", NOW).username == "nina.nurse"
    with pytest.raises(AuthenticationFailed):
        store.users.authenticate("nina.nurse", code, NOW)  # the code is spent


def test_one_time_code_expires_after_24_hours(store: Store) -> None:
    code = two_person_reset(store, "nina.nurse")
    with pytest.raises(AuthenticationFailed) as caught:
        store.users.change_password("nina.nurse", code, "another new secret", NOW + timedelta(hours=24))
    assert caught.value.code == "one_time_code_expired"


def test_reset_unlocks_a_locked_account(store: Store) -> None:
    for i in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            store.users.authenticate("nina.nurse", f"bad attempt {i}", NOW)
    code = two_person_reset(store, "nina.nurse")
    store.users.change_password("nina.nurse", code, "fresh start secret", NOW)
    assert store.users.authenticate("nina.nurse", "fresh start secret", NOW).locked_until is None


@pytest.mark.parametrize(("username", "full_name", "code"), [
    ("nurse", "Night Shift", "shared_login_refused"),
    ("pharmacy", "Main Pharmacy", "shared_login_refused"),
    ("x", "Xavier Ray", "invalid_username"),
    ("tom smith", "Tom Smith", "invalid_username"),
    ("tom.smith", "Tom", "full_name_required"),
])
def test_shared_or_anonymous_accounts_are_refused(store: Store, username: str, full_name: str, code: str) -> None:
    with pytest.raises(StoreInputError) as caught:
        store.users.create_user(username, full_name, Role.NURSE, actor="ada.admin", now=NOW)
    assert caught.value.code == code


def test_usernames_are_unique_whatever_the_case(store: Store) -> None:
    with pytest.raises(DuplicateRecord):
        store.users.create_user("Nina.Nurse", "Nina Other", Role.NURSE, actor="ada.admin", now=NOW)


def test_password_length_is_checked_with_its_range(store: Store) -> None:
    code = two_person_reset(store, "nina.nurse")
    with pytest.raises(StoreInputError) as caught:
        store.users.change_password("nina.nurse", code, "short", NOW)
    assert caught.value.values == {"field": "password", "minimum": 10, "maximum": 128, "unit": "characters"}


def test_deactivated_account_cannot_sign_in_or_act(store: Store) -> None:
    account = store.users.get("nina.nurse")
    store.users.set_active("nina.nurse", False, account.row_version, actor="ada.admin", reason="left the unit")
    with pytest.raises(AuthenticationFailed):
        store.users.authenticate("nina.nurse", PASSWORDS["nina.nurse"], NOW)


def test_first_administrator_only_on_an_empty_database(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreInputError) as caught:
        store.users.create_first_administrator("eve.admin", "Eve Admin", "a long password 1")
    assert caught.value.code == "users_exist"
    fresh = open_store(tmp_path / "fresh.sqlite3")
    try:
        admin = fresh.users.create_first_administrator("eve.admin", "Eve Admin", "a long password 1")
        assert admin.role is Role.ADMINISTRATOR
        assert fresh.audit_entries()[0].actor == "system"
    finally:
        fresh.close()


def test_times_must_be_timezone_aware(store: Store) -> None:
    with pytest.raises(StoreInputError) as caught:
        store.users.authenticate("nina.nurse", PASSWORDS["nina.nurse"], datetime(2026, 3, 2, 9, 30))
    assert caught.value.code == "naive_time"
    assert store.users.authenticate("nina.nurse", PASSWORDS["nina.nurse"],
                                    NOW.astimezone(timezone(timedelta(hours=1)))).username == "nina.nurse"


def test_a_reset_needs_a_second_person_and_neither_knows_the_code(store: Store) -> None:
    """ROLE-4: the administrator alone never learns the whole one-time code."""
    first = store.users.request_reset("phil.pharm", actor="ada.admin", now=NOW)
    # The request alone changes nothing: the old password still works.
    assert store.users.authenticate("phil.pharm", PASSWORDS["phil.pharm"], NOW).username == "phil.pharm"
    for who in ("phil.pharm", "paula.pharm"):  # the person, or anyone but an investigator
        signer = signer_of(store, who)
        with pytest.raises((AuthError, PermissionDenied)):
            with store.transaction(signer) as w:
                store.users.confirm_reset(w, signer, "phil.pharm", now=NOW)
    ivan = signer_of(store, "ivan.inv")
    with store.transaction(ivan) as w:
        second = store.users.confirm_reset(w, ivan, "phil.pharm", now=NOW)
    with pytest.raises(AuthenticationFailed):
        store.users.authenticate("phil.pharm", PASSWORDS["phil.pharm"], NOW)  # old password gone
    for alone in (first, second, f"{second}-{first}"):  # one half, or the halves swapped
        with pytest.raises(AuthenticationFailed):
            store.users.authenticate("phil.pharm", alone, NOW)
    with pytest.raises(PasswordChangeRequired):
        store.users.authenticate("phil.pharm", f"{first} {second}", NOW)
    done = next(e for e in store.audit_entries("users") if e.action == "reset_password")
    assert done.actor == "ivan.inv" and "ada.admin" in done.reason and "ivan.inv" in done.reason
    request = store.audit_entries("password_resets")[-1].new
    assert (request["requested_by"], request["confirmed_by"]) == ("ada.admin", "ivan.inv")
    assert store.verify() is None


@pytest.mark.parametrize(("full_name", "code"), [
    ("Eve\nAdministrator Approved", "full_name_character_refused"),   # a forged second signature line
    ("Eve \u202eNimda Rotartsinimda", "full_name_character_refused"),  # bidi override
    ("Eve \x1b[31mAdams", "full_name_character_refused"),              # ANSI escape
    ("Eve\u200b Adams", "full_name_character_refused"),                # zero-width space
    ("Eve\x00 Adams", "full_name_character_refused"),                  # NUL
    ("Eve " + "A" * 90, "full_name_length"),
    ("Phil Ph\u0430rmer", "full_name_lookalike"),                      # Cyrillic а in Phil Pharmer
    ("PHIL  PHARMER", "full_name_lookalike"),                          # the same name, shouted
])
def test_full_names_that_could_forge_or_impersonate_are_refused(store: Store, full_name: str, code: str) -> None:
    with pytest.raises(StoreInputError) as caught:
        store.users.create_user("new.person", full_name, Role.NURSE, actor="ada.admin", now=NOW)
    assert caught.value.code == code and caught.value.values["field"] == "full_name"


def test_full_names_are_stored_in_nfc_with_single_spaces(store: Store) -> None:
    account, _ = store.users.create_user("zoe.n", "Zoe\u0301  Ne\u0301ron", Role.NURSE, actor="ada.admin", now=NOW)
    assert account.full_name == "Zoé Néron"
