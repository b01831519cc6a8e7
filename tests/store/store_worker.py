"""A separate process working on a store, driven by the crash and concurrency tests.

    store_worker.py administer DB START   record administrations forever, print each id once committed
    store_worker.py writers DB MODE       a fork server for the crash test: imports once, then on
                                          "go START" forks a writer (`MODE DB START`, e.g. administer;
                                          printing "pid N" first), on "reap N" waits for that writer and
                                          prints "reaped EXITCODE"; all on this process's stdout
    store_worker.py increment DB N        N read-modify-write edits of one setting, retrying conflicts;
                                          prints {"successes": .., "conflicts": ..} as JSON
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

from store_helpers import fast_hasher, given

from clinic_app.store import ConcurrencyConflict, Store


def administer(db: Path, start: int) -> None:
    store = Store.open(db, hasher=fast_hasher(), verify_audit=False)
    cycle = start
    while True:
        stored = store.dosing.record_administration(given(cycle=cycle))
        sys.stdout.write(f"{stored.id}\n")
        sys.stdout.flush()
        cycle += 1


def writers(db: Path, mode: str) -> None:
    """Fork one writer (`mode`: a function below that writes forever) per "go START" line. The fork
    skips the interpreter's start and the imports (a quarter of a second each time); the writer
    opens the database only after the fork."""
    write = WRITERS[mode]
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


WRITERS = {"administer": administer}  # what `writers` may fork


if __name__ == "__main__":
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "administer":
        administer(path, int(sys.argv[3]))
    elif mode == "writers":
        writers(path, sys.argv[3])
    elif mode == "increment":
        increment(path, int(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")
