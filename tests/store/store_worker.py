"""A separate process working on a store, driven by the crash and concurrency tests.

    store_worker.py administer DB START   record administrations forever, print each id once committed
    store_worker.py guess DB N            N wrong passwords for nina.nurse; prints evaluations and outcomes
    store_worker.py serials DB N          N sheet serials; prints them as a JSON list
    store_worker.py increment DB N        N read-modify-write edits of one setting, retrying conflicts;
                                          prints {"successes": .., "conflicts": ..} as JSON
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from argon2 import PasswordHasher
from store_helpers import NOW, fast_hasher, given, record_signed

from clinic_app.domain.errors import AuthError
from clinic_app.store import ConcurrencyConflict, Store


def administer(db: Path, start: int) -> None:
    store = Store.open(db, hasher=fast_hasher(), verify_audit=False)
    cycle = start
    while True:
        stored = record_signed(store, given(cycle=cycle))
        sys.stdout.write(f"{stored}\n")
        sys.stdout.flush()
        cycle += 1


def increment(db: Path, n: int) -> None:
    store = Store.open(db, hasher=fast_hasher(), verify_audit=False)
    successes = conflicts = 0
    while successes < n:
        found = store.site.setting("counter")
        assert found is not None
        value, version = found
        try:
            store.site.set_setting("counter", str(int(value) + 1), version, actor="nina.nurse")
        except ConcurrencyConflict:
            conflicts += 1
            continue
        successes += 1
    store.close()
    print(json.dumps({"successes": successes, "conflicts": conflicts}))


class CountingHasher(PasswordHasher):
    """Counts the password evaluations this process makes."""

    evaluated = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002 - argon2's name
        CountingHasher.evaluated += 1
        return super().verify(hash, password)


def guess(db: Path, n: int) -> None:
    """N wrong passwords for nina.nurse at one instant; prints evaluations and the outcomes."""
    store = Store.open(db, hasher=CountingHasher(time_cost=1, memory_cost=8192, parallelism=1), verify_audit=False)
    outcomes: dict[str, int] = {}
    for i in range(n):
        try:
            store.users.authenticate("nina.nurse", f"guess number {os.getpid()} {i}", NOW)
        except AuthError as exc:
            outcomes[exc.code] = outcomes.get(exc.code, 0) + 1
    store.close()
    print(json.dumps({"evaluated": CountingHasher.evaluated, "outcomes": outcomes}))


def serials(db: Path, n: int) -> None:
    store = Store.open(db, hasher=fast_hasher(), verify_audit=False)
    got = [store.site.next_serial(actor="nina.nurse") for _ in range(n)]
    store.close()
    print(json.dumps(got))


if __name__ == "__main__":
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "administer":
        administer(path, int(sys.argv[3]))
    elif mode == "guess":
        guess(path, int(sys.argv[3]))
    elif mode == "serials":
        serials(path, int(sys.argv[3]))
    elif mode == "increment":
        increment(path, int(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")
