"""Crash safety: a writer process is SIGKILLed at random moments; nothing it acknowledged may be
lost, and the file must stay sound with a valid audit chain every time.

CRASH_ROUNDS (default 50) sets the number of kills; raise it to run more by hand.
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

ROUNDS = int(os.environ.get("CRASH_ROUNDS", "50"))


def _run_and_kill(db: Path, start: int, rng: random.Random) -> list[int]:
    """Start a writer, let it acknowledge for a random while, SIGKILL it; the acknowledged ids."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("store_worker.py")), "administer", str(db), str(start)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO,
    )
    assert proc.stdout is not None
    acked: list[int] = []
    buffer = b""
    deadline: float | None = None
    fd = proc.stdout.fileno()
    while True:
        now = time.monotonic()
        if deadline is not None and now >= deadline:
            break
        ready, _, _ = select.select([fd], [], [], 0.01 if deadline is None else max(0.0, deadline - now))
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                break  # the writer died on its own: the stderr below says why
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            acked.extend(int(x) for x in lines)
            if deadline is None and acked:
                deadline = time.monotonic() + rng.uniform(0.0, 0.25)  # kill at a random moment
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    rest = proc.stdout.read()  # lines written before the kill are acknowledged too
    acked.extend(int(x) for x in (buffer + rest).split(b"\n") if x.strip())
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, err
    assert acked, f"writer acknowledged nothing before being killed: {err}"
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
    for round_no in range(ROUNDS):
        acked = _run_and_kill(db, start, rng)
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
    # Each stored administration has exactly its one audit row, even across the kills.
    dump = table_dump(db)
    admin_ids = {row[0] for row in dump["administrations"]}
    audited = [row for row in dump["audit_log"] if row[4] == "administrations"]
    assert sorted(int(r[5]) for r in audited) == sorted(admin_ids)
    assert len(all_acked) >= ROUNDS
    print(f"\n{ROUNDS} SIGKILLs, {len(all_acked)} acknowledged administrations, none lost, chain valid")
