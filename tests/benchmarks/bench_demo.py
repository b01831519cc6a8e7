"""Benchmark: building the fictional demo clinic (the wait behind `--demo` and `demo`); target < 10 s.

Prints figures; not a test. Run all benchmarks with `packaging/dev.sh bench`.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from clinic_app.facade.demo import build_demo

TODAY = date(2026, 11, 23)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        calls: list[int] = []
        started = time.perf_counter()
        build_demo(Path(tmp) / "demo.sqlite3", today=TODAY, progress=lambda done, total: calls.append(done))
        elapsed = time.perf_counter() - started
    print(f"  demo clinic built in {elapsed:.1f} s ({len(calls)} progress reports); target under 10 s")


if __name__ == "__main__":
    main()
