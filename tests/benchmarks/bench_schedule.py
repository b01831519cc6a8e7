"""Planning benchmark: one patient's calendar, and 5,000 patients' calendars and due lists.

Histories are built the way a clinic records them: every dose given on its planned day up to
the benchmark day, with C1D1 spread over the previous 200 days (so patients are at every stage).
"""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta
from decimal import Decimal

from clinic_app.domain.due import next_due
from clinic_app.domain.protocol import Protocol, load_protocol
from clinic_app.domain.records import (
    Administration,
    AdministrationStatus,
    Measurement,
    Patient,
    PatientHistory,
    Tolerance,
)
from clinic_app.domain.schedule import plan_schedule
from clinic_app.domain.schedule_model import ItemCategory, ItemStatus
from clinic_app.paths import default_protocol_path

TODAY = date(2026, 9, 1)
PATIENTS = 5_000


def _history(protocol: Protocol, number: int) -> PatientHistory:
    """A patient whose every dose so far was given on its planned day."""
    code = f"S{number:05d}"
    c1d1 = TODAY - timedelta(days=number % 200)
    patient = Patient(subject_code=code, initials="AB", date_of_birth=date(1965, 1, 1), cohort="A",
                      planned_c1d1=c1d1, enrolled_on=c1d1 - timedelta(days=10))
    measured = Measurement(subject_code=code, measured_on=c1d1 - timedelta(days=2), height_cm=Decimal("165"),
                           weight_kg=Decimal("64"), recorded_by="nurse")
    given: list[Administration] = []
    history = PatientHistory(patient=patient, measurements=(measured,))
    schedule = plan_schedule(protocol, history, today=TODAY)
    for item in schedule.items:
        if item.category is ItemCategory.DOSE and item.planned_date < TODAY and item.status is not ItemStatus.DONE:
            assert item.drug is not None and item.cycle is not None and item.day is not None
            tolerance = Tolerance.WELL_TOLERATED if item.drug == protocol.bsa_drug.key else None
            given.append(Administration(subject_code=code, drug=item.drug, cycle=item.cycle, day=item.day,
                                        status=AdministrationStatus.GIVEN, on=item.planned_date,
                                        tolerance=tolerance, recorded_by="nurse"))
    return history.model_copy(update={"administrations": tuple(given)})


def _timed(label: str, runs: list[float]) -> None:
    ms = sorted(r * 1000 for r in runs)
    print(f"{label}: median {statistics.median(ms):.2f} ms, p95 {ms[int(len(ms) * 0.95) - 1]:.2f} ms, "
          f"max {ms[-1]:.2f} ms over {len(ms)} runs")


def main() -> None:
    """Print planning times for one patient and for a clinic of 5,000."""
    protocol = load_protocol(default_protocol_path())
    mid = _history(protocol, 90)  # about cycle 4
    runs = []
    for _ in range(500):
        started = time.perf_counter()
        plan_schedule(protocol, mid, today=TODAY)
        runs.append(time.perf_counter() - started)
    _timed("plan_schedule, one patient mid-treatment", runs)

    histories = [_history(protocol, n) for n in range(PATIENTS)]
    started = time.perf_counter()
    for history in histories:
        plan_schedule(protocol, history, today=TODAY)
    planned = time.perf_counter() - started
    print(f"plan_schedule, {PATIENTS:,} patients: {planned:.2f} s ({planned / PATIENTS * 1000:.2f} ms each)")
    started = time.perf_counter()
    for history in histories:
        next_due(protocol, history, today=TODAY)
    due = time.perf_counter() - started
    print(f"next_due with doses, {PATIENTS:,} patients: {due:.2f} s ({due / PATIENTS * 1000:.2f} ms each)")


if __name__ == "__main__":
    main()
