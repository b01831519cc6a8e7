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


class _Writers:
    """A fork server (store_worker.py writers DB workflow): it imported the store once and forks
    each writer, which opens the database itself after the fork and dies by SIGKILL like any
    process, without a quarter of a second of interpreter start-up per kill."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, str(WORKER), "writers", str(db), "workflow"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=REPO)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._stdin, self._fd, self._buffer = self.proc.stdin, self.proc.stdout.fileno(), b""

    def send(self, line: str) -> None:
        self._stdin.write(f"{line}\n".encode())
        self._stdin.flush()

    def lines(self, timeout: float) -> list[bytes]:
        """Complete lines that arrive within `timeout` seconds (none if nothing came)."""
        if not select.select([self._fd], [], [], timeout)[0]:
            return []
        chunk = os.read(self._fd, 65536)
        assert chunk, f"the fork server died: {self.stderr()}"
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        return [line for line in lines if line.strip()]

    def stderr(self) -> str:
        self.proc.kill()
        self.proc.wait()
        return self.proc.stderr.read().decode() if self.proc.stderr else ""

    def close(self) -> None:
        if self.proc.poll() is None:
            self._stdin.close()  # the server's loop ends; its writers were all reaped
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream:
                stream.close()


def _acks(lines: list[bytes]) -> set[tuple[str, int]]:
    """The writer's "table id" lines, without the server's own "pid"/"reaped" lines."""
    return {(t.decode(), int(i)) for t, i in (line.split() for line in lines)
            if t not in (b"pid", b"reaped")}


def _run_and_kill(writers: _Writers, start: int, rng: random.Random) -> set[tuple[str, int]]:
    writers.send(f"go {start}")
    acked: set[tuple[str, int]] = set()
    pid: int | None = None
    deadline: float | None = None
    give_up = time.monotonic() + 60
    while pid is None or deadline is None or time.monotonic() < deadline:
        assert time.monotonic() < give_up, f"the writer acknowledged nothing in 60 s: {writers.stderr()}"
        lines = writers.lines(0.01 if deadline is None else max(0.0, deadline - time.monotonic()))
        pid = next((int(line.split()[1]) for line in lines if line.startswith(b"pid ")), pid)
        acked |= _acks(lines)
        if deadline is None and acked:
            deadline = time.monotonic() + rng.uniform(0.0, 0.3)  # kill at a random instant
    os.kill(pid, signal.SIGKILL)
    writers.send(f"reap {pid}")
    while True:  # everything the writer printed before it died precedes the server's "reaped" line
        lines = writers.lines(60)
        assert lines, f"the fork server did not reap writer {pid}: {writers.stderr()}"
        acked |= _acks(lines)
        reaped = [int(line.split()[1]) for line in lines if line.startswith(b"reaped ")]
        if reaped:
            assert reaped[0] == -signal.SIGKILL, f"writer {pid} ended with {reaped[0]}: {writers.stderr()}"
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
    writers = _Writers(db)
    try:
        for round_no in range(kills):
            acked_all |= _run_and_kill(writers, 1 + round_no * 100_000, rng)  # each round its own cycle numbers
            report.kills += 1
            check = open_store(db, verify_audit=False)
            try:
                for table, row_id in sorted(acked_all):
                    if check._ctx.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is None:  # noqa: SLF001
                        report.lost.append(f"kill {round_no}: {table} {row_id}")
                report.violations += [f"kill {round_no}: {f.code} {f.table} {f.row_id}" for f in check.faults()]
            finally:
                check.close()
    finally:
        writers.close()
    report.acknowledged = len(acked_all)
    return report
