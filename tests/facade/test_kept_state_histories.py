"""Independent review: every hand-worked history (tests/data/histories), and after each of its steps
(toxicity, labs, decision, void by recalculation, late entry, measurement, hold, omission) the due
list read from the kept state equals a fresh re-plan by the gate on that day and on the days that
follow: the day itself, the next day, a week, two weeks and four weeks later, and the day before
(MISS-1: what a list shows is what the gate says)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinic_app.facade import Clinic

from .conftest import ManualClock, Staff
from .histories import Run, all_histories, load, play
from .test_due_state import same_as_the_gate

DAYS_AHEAD = (-1, 0, 1, 2, 7, 14, 28)


def _kept_is_fresh(run: Run, label: str) -> None:
    today = run.clock().date()
    for ahead in DAYS_AHEAD:
        day = today + timedelta(days=ahead)
        try:
            same_as_the_gate(run.clinic, run.staff.nurse, day)
        except AssertionError as exc:
            raise AssertionError(f"{label}: on {day.isoformat()} the kept due list is not the gate's") from exc


@pytest.mark.parametrize("name", all_histories())
def test_kept_due_state_is_the_gate_s_after_every_step(clinic: Clinic, staff: Staff, clock: ManualClock,
                                                       name: str) -> None:
    play(clinic, staff, clock, load(name), after_step=_kept_is_fresh)
