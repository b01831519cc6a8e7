"""Sign-in under contention: parallel guessers cannot get past the lockout, every evaluated wrong
password is counted, and a correct password signs in while another process holds the write lock."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import NOW, PASSWORDS, REPO, open_store, populate_users

from clinic_app.store import AccountLocked, AuthenticationFailed, DatabaseBusy, Store
from clinic_app.store.connection import busy_timeout

GUESSERS, GUESSES = 8, 6
FAILURE_ACTIONS = {"sign_in_failed", "account_locked", "sign_in_failed_while_locked"}


@pytest.mark.slow
def test_eight_parallel_guessers_end_locked_and_every_evaluation_is_counted(tmp_path: Path) -> None:
    db = tmp_path / "guess.sqlite3"
    store = open_store(db)
    populate_users(store)
    store.close()
    worker = str(Path(__file__).with_name("store_worker.py"))
    procs = [subprocess.Popen([sys.executable, worker, "guess", str(db), str(GUESSES)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=REPO, env={"PYTHONPATH": str(REPO)})
             for _ in range(GUESSERS)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    evaluated = sum(r["evaluated"] for r in results)
    check = open_store(db)
    try:
        account = check.users.get("nina.nurse")
        assert account.locked_until is not None and account.locked_until > NOW
        counted = [e for e in check.audit_entries() if e.action in FAILURE_ACTIONS]
        assert len(counted) == evaluated, "every wrong password evaluated is on the trail, exactly once"
        # A guess is evaluated only while the account was not yet seen locked: at most the limit
        # plus one in flight per other guesser.
        assert check.users.max_failures <= evaluated <= check.users.max_failures + GUESSERS - 1
        with pytest.raises(AccountLocked):
            check.users.authenticate("nina.nurse", PASSWORDS["nina.nurse"], NOW)  # even the right one
        assert check.verify() is None
    finally:
        check.close()
    print(f"\n{GUESSERS} guessers x {GUESSES}: {evaluated} evaluated (limit {check.users.max_failures}), locked")


def test_a_correct_sign_in_needs_no_write_lock(store: Store) -> None:
    with pytest.raises(AuthenticationFailed):
        store.users.authenticate("nina.nurse", "one wrong guess", NOW)  # a failure to clear later
    holder = sqlite3.connect(str(store.path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writes for a long while
    try:
        started = time.monotonic()
        assert store.users.authenticate("nina.nurse", PASSWORDS["nina.nurse"], NOW).username == "nina.nurse"
        assert time.monotonic() - started < 5
        with busy_timeout(store._ctx.db, 100), pytest.raises(DatabaseBusy):  # noqa: SLF001
            store.users.authenticate("nina.nurse", "another wrong one", NOW)  # counting needs the lock
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.verify() is None
