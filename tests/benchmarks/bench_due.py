"""Benchmark: the due list across every active patient (the Today view's query), and one patient's view.

Prints figures; not a test. Run all benchmarks with `packaging/dev.sh bench`.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from clinic_app.facade import Clinic
from clinic_app.facade.demo import DEMO_PASSWORD

from .clinic_scale import build_scaled_clinic

TODAY = date(2026, 11, 23)


def _measure(size: int, folder: Path) -> None:
    path = folder / f"clinic-{size}.sqlite3"
    started = time.perf_counter()
    build_scaled_clinic(path, size, TODAY)
    print(f"  built {size} patients in {time.perf_counter() - started:.1f} s "
          f"({path.stat().st_size / size / 1024:.0f} KiB per patient)")
    at_nine = datetime(2026, 11, 23, 9, tzinfo=timezone(timedelta(hours=1)))
    with Clinic.open(path, clock=lambda: at_nine) as clinic:
        nurse = clinic.login("nurse.okafor", DEMO_PASSWORD)
        started = time.perf_counter()
        rows = clinic.due_list(nurse, TODAY)
        elapsed = time.perf_counter() - started
        print(f"  due list for {size} patients: {elapsed:.2f} s ({elapsed / size * 1000:.2f} ms per patient), "
              f"{len(rows)} rows")
        samples = []
        for code in ("IMP-A04", "IMP-B02", "X00001"):
            started = time.perf_counter()
            clinic.patient_view(nurse, code, TODAY)
            samples.append(time.perf_counter() - started)
        print(f"  patient view: median {statistics.median(samples) * 1000:.0f} ms over {len(samples)} patients")


def main() -> None:
    print("due list (facade.due_list) on cloned demo histories")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (1_000, 10_000):
            _measure(size, Path(tmp))


if __name__ == "__main__":
    main()
