"""Hand-worked patient histories (tests/data/histories), each played through the facade: the
refusals, doses and states worked out by hand in the files must be what the program does."""

from __future__ import annotations

import pytest

from clinic_app.facade import Clinic

from .conftest import ManualClock, Staff
from .histories import all_histories, load, play


@pytest.mark.parametrize("name", all_histories())
def test_history_plays_as_worked_out_by_hand(clinic: Clinic, staff: Staff, clock: ManualClock, name: str) -> None:
    history = load(name)
    assert history["rules"], f"{name} names no rule"
    play(clinic, staff, clock, history)
    assert clinic.verify_database().ok
