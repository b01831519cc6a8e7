"""How long printing takes: ms per document, and a 40-dose day (40 dosing sheets + the worklist).

Not a test: run it and read the figures.

    .venv/bin/python -m tests.benchmarks.bench_printing
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta

from clinic_app.domain.protocol import load_protocol
from clinic_app.paths import default_protocol_path
from clinic_app.printing.blinded_copy import render_blinded_checker_copy
from clinic_app.printing.checklist import render_visit_checklist
from clinic_app.printing.dosing_sheet import render_dosing_sheet
from clinic_app.printing.patient_calendar import render_patient_calendar
from clinic_app.printing.worklist import render_worklist
from tests.printing.samples import C1D1, calendar_input, checklist_input, dosing_input, worklist_input

REPEATS = 10


def _ms(action: Callable[[], bytes], repeats: int = REPEATS) -> tuple[float, float, int]:
    """Median wall-clock and CPU milliseconds (CPU time is what to compare on a busy machine), bytes."""
    wall, cpu, size = [], [], 0
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        size = len(action())
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), size


def main() -> None:
    protocol = load_protocol(default_protocol_path())
    sheet = dosing_input(protocol)
    checklist = checklist_input(protocol, C1D1 + timedelta(days=84))
    calendar = calendar_input(protocol, C1D1)
    worklist = worklist_input(protocol, 40)
    render_dosing_sheet(sheet)  # first call registers the fonts: not part of the figures
    cases: dict[str, Callable[[], bytes]] = {
        "dosing sheet": lambda: render_dosing_sheet(sheet),
        "blinded checker copy": lambda: render_blinded_checker_copy(sheet),
        "visit checklist": lambda: render_visit_checklist(checklist),
        "patient calendar": lambda: render_patient_calendar(calendar),
        "worklist (40 doses)": lambda: render_worklist(worklist),
    }
    out = sys.stdout
    out.write(f"median of {REPEATS} runs\n")
    for name, action in cases.items():
        wall, cpu, size = _ms(action)
        out.write(f"{name:<24} {wall:8.1f} ms wall {cpu:8.1f} ms CPU  {size / 1024:6.1f} KiB\n")
    sheets = [dosing_input(protocol, height=str(150 + n), weight=str(50 + n), cohort="ABC"[n % 3],
                           record_id=f"DR-{n:06d}", serial=f"DS-{n:06d}") for n in range(40)]
    start, start_cpu = time.perf_counter(), time.process_time()
    total = sum(len(render_dosing_sheet(s)) + len(render_blinded_checker_copy(s)) for s in sheets)
    total += len(render_worklist(worklist))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    out.write(f"40-dose day: 40 sheets + 40 blinded copies + worklist in {elapsed * 1000:.0f} ms wall, "
              f"{cpu * 1000:.0f} ms CPU ({total / 1024 / 1024:.1f} MiB)\n")


if __name__ == "__main__":
    main()
