"""Crash safety: a writer process is SIGKILLed at random moments; nothing it acknowledged may be
lost, and the file must stay sound with a valid audit chain every time.

50 kills by default, 250 under the thorough profile (CLINIC_TEST_PROFILE=thorough, which CI runs);
CRASH_ROUNDS overrides both. Each writer is a process forked from a server that imported the store
once (store_worker.py writers): it opens the database itself after the fork and is killed with
SIGKILL like any process, but no round waits a quarter of a second for an interpreter to start.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import REPO, open_store, patient, populate_users, table_dump
from suite_profile import count

ROUNDS = int(os.environ.get("CRASH_ROUNDS") or count(full=250, default=50))
NO_ACK_TIMEOUT = 60.0  # seconds a writer may take to acknowledge its first administration


class _Writers:
    """The fork server (store_worker.py writers DB administer) and the lines it and its writers print."""

    def __init__(self, db: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("store_worker.py")), "writers", str(db), "administer"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._stdin, self._fd = self.proc.stdin, self.proc.stdout.fileno()
        self._buffer = b""

    def send(self, line: str) -> None:
        self._stdin.write(f"{line}\n".encode())
        self._stdin.flush()

    def lines(self, timeout: float) -> list[bytes]:
        """Complete lines that arrive within `timeout` seconds (none if nothing came)."""
        ready, _, _ = select.select([self._fd], [], [], timeout)
        if not ready:
            return []
        chunk = os.read(self._fd, 65536)
        if not chunk:
            raise AssertionError(f"the fork server died: {self.stderr()}")
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        return lines

    def stderr(self) -> str:
        self.proc.kill()
        self.proc.wait()
        return self.proc.stderr.read().decode() if self.proc.stderr else ""

    def close(self) -> None:
        if self.proc.poll() is None:
            self._stdin.close()  # the server's loop ends; its writers are all reaped by then
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream:
                stream.close()


def _run_and_kill(writers: _Writers, start: int, rng: random.Random) -> list[int]:
    """Fork a writer, let it acknowledge for a random while, SIGKILL it; the acknowledged ids."""
    writers.send(f"go {start}")
    acked: list[int] = []
    pid: int | None = None
    deadline: float | None = None
    give_up = time.monotonic() + NO_ACK_TIMEOUT
    while pid is None or deadline is None or time.monotonic() < deadline:
        now = time.monotonic()
        assert now < give_up, f"writer acknowledged nothing in {NO_ACK_TIMEOUT:.0f} s: {writers.stderr()}"
        for line in writers.lines(0.01 if deadline is None else max(0.0, deadline - now)):
            if line.startswith(b"pid "):
                pid = int(line.split()[1])
            else:
                acked.append(int(line))
        if deadline is None and acked:
            deadline = time.monotonic() + rng.uniform(0.0, 0.25)  # kill at a random moment
    os.kill(pid, signal.SIGKILL)
    writers.send(f"reap {pid}")
    while True:  # everything the writer printed before it died precedes the server's "reaped" line
        lines = writers.lines(NO_ACK_TIMEOUT)
        assert lines, f"the fork server did not reap writer {pid}: {writers.stderr()}"
        done = [line for line in lines if line.startswith(b"reaped ")]
        acked.extend(int(line) for line in lines if line.strip() and not line.startswith(b"reaped "))
        if done:
            exit_code = int(done[0].split()[1])
            break
    assert exit_code == -signal.SIGKILL, f"writer {pid} ended with {exit_code}: {writers.stderr()}"
    assert acked, "writer acknowledged nothing before being killed"
    return acked


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_administration(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    store = open_store(db)
    populate_users(store)
    store.patients.enrol(patient(), actor="ivan.inv")
    store.close()
    rng = random.Random(20260302)
    all_acked: set[int] = set()
    start = 1
    writers = _Writers(db)
    try:
        for round_no in range(ROUNDS):
            acked = _run_and_kill(writers, start, rng)
            all_acked.update(acked)
            start += 100_000  # each round writes its own cycle numbers: no slot collisions after a kill
            check = open_store(db, verify_audit=False)
            try:
                stored = {s.id for s in check.dosing.administrations("IMP-001")}
                missing = all_acked - stored
                assert not missing, f"round {round_no}: acknowledged but lost: {sorted(missing)[:10]}"
                assert check.verify() is None, f"round {round_no}: {check.verify()}"
            finally:
                check.close()
    finally:
        writers.close()
    # Each stored administration has exactly its one audit row, even across the kills.
    dump = table_dump(db)
    admin_ids = {row[0] for row in dump["administrations"]}
    audited = [row for row in dump["audit_log"] if row[4] == "administrations"]
    assert sorted(int(r[5]) for r in audited) == sorted(admin_ids)
    assert len(all_acked) >= ROUNDS
    print(f"\n{ROUNDS} SIGKILLs, {len(all_acked)} acknowledged administrations, none lost, chain valid")
