"""A shift's worth of typing into the real dialogs must not end the process (issue 13).

On CPython 3.11 with PySide6 6.12.0 every `Signal.emit()` dropped a reference to True and every
void Qt call one to None: the measurement dialog aborted with `Fatal Python error: bool_dealloc`
after about 3,190 keystrokes. This runs the soak benchmark (tests/benchmarks/bench_soak.py) at
20,000 keystrokes and 10,000 signal emissions in a child process, so that an abort fails this test
instead of killing the test run; `packaging/dev.sh bench soak` runs the full 200,000 / 100,000.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOAK = ROOT / "tests" / "benchmarks" / "bench_soak.py"


def test_twenty_thousand_keystrokes_neither_abort_nor_drift_the_refcounts() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(SOAK), "--keystrokes", "20000", "--emissions", "10000", "--json"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), f"the soak process died (exit {done.returncode}): {done.stderr[-3000:]}"
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["keystrokes"] >= 20_000 and figures["emissions"] >= 10_000
    for name in ("None", "True", "False"):
        assert figures["after"][name] >= figures["before"][name], (name, figures)
    assert done.returncode == 0, figures
