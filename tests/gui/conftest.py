"""A real clinic (facade over a fresh database) with one user per role, a controllable clock and
the window's context, for tests that drive the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from clinic_app.domain.records import Role, Tolerance
from clinic_app.facade import Clinic
from clinic_app.gui.context import GuiContext
from clinic_app.gui.settings import WindowSettings
from clinic_app.gui.tasks import TaskRunner

CET = timezone(timedelta(hours=1), "CET")
START = datetime(2026, 1, 5, 9, 0, tzinfo=CET)  # a Monday morning

# username -> (full name, role, password). Passwords never contain the user name (a store rule).
USERS: dict[str, tuple[str, Role, str]] = {
    "nina": ("Nina Nurse", Role.NURSE, "chair-side-secret-1"),
    "phil": ("Phil Pharmacist", Role.PHARMACIST, "pharmacy-secret-1"),
    "petra": ("Petra Pharmacist", Role.PHARMACIST, "second-check-secret-1"),
    "ivan": ("Ivan Investigator", Role.INVESTIGATOR, "approval-secret-1"),
}
ADMIN = ("ada", "Ada Admin", "site-admin-secret-1")


class Clock:
    """The clinic's clock; tests move it forward."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    def today(self) -> date:
        return self.now.date()


@dataclass
class World:
    clinic: Any
    clock: Clock
    db_path: Path
    hasher: PasswordHasher

    def login(self, username: str) -> Any:
        if username == ADMIN[0]:
            return self.clinic.login(username, ADMIN[2])
        return self.clinic.login(username, USERS[username][2])

    def open_clinic(self) -> Any:
        return Clinic.open(self.db_path, clock=self.clock, hasher=self.hasher)

    def context(self, tmp_path: Path) -> GuiContext:
        return GuiContext(clinic=self.clinic, settings=WindowSettings(), settings_path=tmp_path / "settings.json",
                          tasks=TaskRunner(), today=self.clock.today, open_clinic=self.open_clinic)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    clock = Clock()
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # fast, still argon2id
    db_path = tmp_path / "clinic.sqlite3"
    clinic = Clinic.open(db_path, clock=clock, hasher=hasher)
    admin = clinic.first_run(site_name="Test Clinic", username=ADMIN[0], full_name=ADMIN[1], password=ADMIN[2])
    for username, (full_name, role, password) in USERS.items():
        code = clinic.create_user(admin, username=username, full_name=full_name, role=role)
        clinic.change_password(username, code, password)
    yield World(clinic, clock, db_path, hasher)
    clinic.close()


@pytest.fixture
def ctx(world: World, tmp_path: Path) -> GuiContext:
    return world.context(tmp_path)


def enrol(world: World, code: str, name: str, *, dob: str = "1970-03-01", c1d1: date | None = None,
          hospital_number: str | None = None) -> Any:
    """Enrol a patient into cohort A through the facade (as the investigator)."""
    investigator = world.login("ivan")
    return world.clinic.enrol(investigator, subject_code=code, initials="".join(p[0] for p in name.split()),
                              date_of_birth=dob, cohort="A",
                              planned_c1d1=(c1d1 or world.clock.today()).isoformat(), full_name=name,
                              hospital_number=hospital_number or f"H{code[-3:]}")


def give_paclitaxel(world: World, code: str, cycle: int, day: int) -> None:
    """The whole pharmacy and chair path through the facade, today: weight, labs, calculate,
    prepare (phil), verify (petra), administer (nina)."""
    clinic, today = world.clinic, world.clock.today()
    nina = world.login("nina")
    clinic.record_measurement(nina, code, height_cm="165", weight_kg="65", measured_on=today)
    clinic.record_labs(nina, code, anc="2.1", platelets="210", drawn_on=today)
    record = clinic.calculate_dose(world.login("phil"), code, cycle=cycle, day=day)
    clinic.prepare(world.login("phil"), record.id, password=USERS["phil"][2])
    clinic.verify(world.login("petra"), record.id, password=USERS["petra"][2])
    if cycle in clinic.protocol.premedication.always_in_cycles:  # recorded before the infusion (PREMED-2)
        clinic.administer(nina, code, drug=clinic.protocol.premedication.drug, cycle=cycle, day=day, tolerance=None,
                          password=USERS["nina"][2])
    clinic.administer(nina, code, drug="paclitaxel", cycle=cycle, day=day, tolerance=Tolerance.WELL_TOLERATED,
                      password=USERS["nina"][2], dose_record_id=record.id)
