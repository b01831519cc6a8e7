"""Kill a writer running the signed workflow at random instants and check, after every kill, that
nothing acknowledged was lost and that the workflow's invariants hold: every preparation,
verification, administration and decision has exactly its one signature (`Store.faults`, the same
rules `verify` applies), the chain verifies, every row is bound to the trail. Used by
test_crash_safety.py (50 kills) and tests/benchmarks/bench_crash.py (1,000)."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from store_helpers import REPO, open_store, patient, populate_users

WORKER = Path(__file__).with_name("store_worker.py")


@dataclass
class CrashReport:
    kills: int = 0
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)


def _run_and_kill(db: Path, start: int, rng: random.Random) -> set[tuple[str, int]]:
    proc = subprocess.Popen([sys.executable, str(WORKER), "workflow", str(db), str(start)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=REPO)
    assert proc.stdout is not None and proc.stderr is not None
    acked: set[tuple[str, int]] = set()
    buffer, deadline, fd = b"", None, proc.stdout.fileno()
    give_up = time.monotonic() + 60
    while deadline is None or time.monotonic() < deadline:
        assert time.monotonic() < give_up, "the writer acknowledged nothing in 60 s"
        wait = 0.01 if deadline is None else max(0.0, deadline - time.monotonic())
        if select.select([fd], [], [], wait)[0]:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            acked |= {(t.decode(), int(i)) for t, i in (line.split() for line in lines)}
            if deadline is None and acked:
                deadline = time.monotonic() + rng.uniform(0.0, 0.3)  # kill at a random instant
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    rest = buffer + proc.stdout.read()  # lines written before the kill are acknowledged too
    acked |= {(t.decode(), int(i)) for t, i in (line.split() for line in rest.split(b"\n") if line.strip())}
    err = proc.stderr.read().decode()
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, err
    return acked


def crash_campaign(folder: Path, kills: int, seed: int = 20261129) -> CrashReport:
    """`kills` SIGKILLs of the workflow writer on a fresh database in `folder`."""
    db = folder / "crash.sqlite3"
    store = open_store(db)
    populate_users(store)
    store.patients.enrol(patient(), actor="ivan.inv")
    store.close()
    rng = random.Random(seed)
    report = CrashReport()
    acked_all: set[tuple[str, int]] = set()
    for round_no in range(kills):
        acked_all |= _run_and_kill(db, 1 + round_no * 100_000, rng)  # each round its own cycle numbers
        report.kills += 1
        check = open_store(db, verify_audit=False)
        try:
            for table, row_id in sorted(acked_all):
                if check._ctx.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is None:  # noqa: SLF001
                    report.lost.append(f"kill {round_no}: {table} {row_id}")
            report.violations += [f"kill {round_no}: {f.code} {f.table} {f.row_id}" for f in check.faults()]
        finally:
            check.close()
    report.acknowledged = len(acked_all)
    return report
