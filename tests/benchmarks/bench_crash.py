"""Crash benchmark (prints figures; not a test): 1,000 SIGKILLs of a writer running the signed
workflow (calculate, prepare, verify, give, decide); prints kills, acknowledged signed steps, lost
ones and workflow invariant violations (a step without exactly its one signature, a row not bound
to the trail). CRASH_KILLS sets the number. Run: packaging/dev.sh bench crash
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from crash_harness import crash_campaign  # noqa: E402


def main() -> None:
    kills = int(os.environ.get("CRASH_KILLS", "1000"))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        report = crash_campaign(Path(folder), kills)
    print(f"kills {report.kills}, acknowledged {report.acknowledged}, lost {len(report.lost)}, "
          f"invariant violations {len(report.violations)} ({time.perf_counter() - started:.0f} s)")
    for line in (report.lost + report.violations)[:20]:
        print("  ", line)


if __name__ == "__main__":
    main()
