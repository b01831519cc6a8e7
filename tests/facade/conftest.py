"""A clinic on a temporary database with one account per role and a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from clinic_app.domain.records import Role
from clinic_app.facade import Clinic, Session
from clinic_app.facade.staff import Person, add_staff

PASSWORD = "correct-horse-1"
CET = timezone(timedelta(hours=1))


class ManualClock:
    """A wall clock the test sets (aware, Central European Time)."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def set_day(self, day: date, hour: int = 9) -> None:
        self.moment = datetime(day.year, day.month, day.day, hour, tzinfo=CET)


@dataclass
class Staff:
    admin: Session
    investigator: Session
    nurse: Session
    pharmacist1: Session
    pharmacist2: Session


FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # tests only: speed


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 1, 2, 9, tzinfo=CET))


@pytest.fixture
def clinic(tmp_path: Path, clock: ManualClock) -> Iterator[Clinic]:
    with Clinic.open(tmp_path / "clinic.sqlite3", clock=clock, hasher=FAST_HASHER) as opened:
        yield opened


@pytest.fixture
def staff(clinic: Clinic) -> Staff:
    admin = clinic.first_run(site_name="Test Oncology Day Unit", username="ada.admin", full_name="Ada Admin",
                             password=PASSWORD)
    s = add_staff(clinic, admin, [
        Person("dr.ivy", "Dr Ivy Investigator", Role.INVESTIGATOR),
        Person("nurse.nora", "Nora Nurse", Role.NURSE),
        Person("pharm.paul", "Paul Pharmacist", Role.PHARMACIST),
        Person("pharm.petra", "Petra Pharmacist", Role.PHARMACIST),
    ], PASSWORD)
    return Staff(admin, s["dr.ivy"], s["nurse.nora"], s["pharm.paul"], s["pharm.petra"])
