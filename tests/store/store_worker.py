"""A separate process working on a store, driven by the crash and concurrency tests.

    store_worker.py administer DB START   record administrations forever, print each id once committed
    store_worker.py workflow DB START     the signed workflow forever (calculate, prepare, verify, give,
                                          decide), printing "table id" as each step commits
    store_worker.py guess DB N            N wrong passwords for nina.nurse; prints evaluations and outcomes
    store_worker.py serials DB N          N sheet serials; prints them as a JSON list
    store_worker.py writers DB MODE       a fork server for the crash test: imports once, then on
                                          "go START" forks a writer (`MODE DB START`: workflow or
                                          administer; printing "pid N" first), on "reap N" waits for that
                                          writer and prints "reaped EXITCODE"; all on this process's stdout
    store_worker.py increment DB N        N read-modify-write edits of one setting, retrying conflicts;
                                          prints {"successes": .., "conflicts": ..} as JSON
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

from argon2 import PasswordHasher
from store_helpers import NOW, fast_hasher, given, record_signed, signer_of

from clinic_app.domain.errors import AuthError
from clinic_app.domain.records import Decision, DecisionKind, SignatureMeaning
from clinic_app.store import ConcurrencyConflict, Store


def administer(db: Path, start: int) -> None:
    store = Store.open(db, hasher=fast_hasher(), verify_audit=False)
    cycle = start
    while True:
        stored = record_signed(store, given(cycle=cycle))
        sys.stdout.write(f"{stored}\n")
        sys.stdout.flush()
        cycle += 1


def workflow(db: Path, start: int) -> None:
    """The signed workflow forever, one slot per cycle number: calculate, prepare, verify, give,
    decide; prints "table id" once each step has committed."""
    store = Store.open(db, hasher=fast_hasher(), verify_audit=False)
    cycle = start
    while True:
        with store.transaction("phil.pharm") as w:
            dose = store.dosing.create_dose_record(w, "IMP-001", "paclitaxel", cycle, 1, {"dose_mg": "146"},
                                                   protocol_version="1", protocol_sha256="0f" * 32)
        _ack("dose_records", dose)
        for table, who, meaning, write in (
            ("preparations", "phil.pharm", SignatureMeaning.PREPARED,
             lambda w: store.dosing.record_preparation(w, dose, 1, details={"bag_ml": 250})),
            ("verifications", "paula.pharm", SignatureMeaning.VERIFIED,
             lambda w: store.dosing.record_verification(w, dose, 2)),
            ("administrations", "nina.nurse", SignatureMeaning.ADMINISTERED,
             lambda w: store.dosing.record_administration(w, given(cycle=cycle), dose_record_id=dose)),
            ("decisions", "ivan.inv", SignatureMeaning.APPROVED,
             lambda w: store.decisions.record_decision(w, Decision(
                 subject_code="IMP-001", kind=DecisionKind.PREMEDICATION, choice="continue", reason="tolerated",
                 cycle=cycle, day=1, decided_by="ivan.inv", decided_at=NOW))),
        ):
            signer = signer_of(store, who)
            with store.transaction(signer) as w:
                row_id = write(w)
                w.sign(signer, meaning, table, row_id)
            _ack(table, row_id)
        cycle += 1


def _ack(table: str, row_id: int) -> None:
    sys.stdout.write(f"{table} {row_id}\n")
    sys.stdout.flush()


def writers(db: Path, mode: str) -> None:
    """Fork one writer (`mode`: workflow or administer, which write until killed) per "go START"
    line. The fork skips the interpreter's start and the imports (a quarter of a second each time);
    the writer opens the database only after the fork."""
    write = {"workflow": workflow, "administer": administer}[mode]
    for line in sys.stdin:
        command, number = line.split()
        if command == "go":
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                try:
                    write(db, int(number))
                except BaseException:  # noqa: BLE001 - it writes until killed: anything else is a failure to report
                    traceback.print_exc()
                    sys.stderr.flush()
                finally:
                    os._exit(70)
            sys.stdout.write(f"pid {pid}\n")
            sys.stdout.flush()
        elif command == "reap":
            _, status = os.waitpid(int(number), 0)
            sys.stdout.write(f"reaped {os.waitstatus_to_exitcode(status)}\n")
            sys.stdout.flush()


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
    elif mode == "workflow":
        workflow(path, int(sys.argv[3]))
    elif mode == "writers":
        writers(path, sys.argv[3])
    elif mode == "guess":
        guess(path, int(sys.argv[3]))
    elif mode == "serials":
        serials(path, int(sys.argv[3]))
    elif mode == "increment":
        increment(path, int(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")
