"""A clinic for driving the dose path through the command line: its staff (one password for all), a
clock the test sets, and `Cli.run` to call `main([...])` as the signed-in user and read the answer.

The clinic is built once per session through the facade and copied for each test. Every
`Clinic.open` the command line makes during a test uses the test's clock and the fast hasher the
facade tests use (production argon2 takes about half a second per password).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from clinic_app.cli import main
from clinic_app.cli.access import PASSWORD_ENV
from clinic_app.domain.records import Role
from clinic_app.facade import Clinic
from clinic_app.facade.staff import Person, add_staff

PASSWORD = "correct-horse-1"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # tests only: speed
CET = timezone(timedelta(hours=1))
STAFF = [Person("dr.ivy", "Dr Ivy Investigator", Role.INVESTIGATOR), Person("nurse.nora", "Nora Nurse", Role.NURSE),
         Person("pharm.paul", "Paul Pharmacist", Role.PHARMACIST),
         Person("pharm.petra", "Petra Pharmacist", Role.PHARMACIST)]
C1D1 = date(2026, 1, 5)  # a Monday: C1D1 of IMP-001 in the `ready` clinic


class ManualClock:
    """A wall clock the test sets (aware)."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def set_day(self, day: date, hour: int = 9, zone: tzinfo = CET) -> None:
        self.moment = datetime(day.year, day.month, day.day, hour, tzinfo=zone)


def _copy(template: Path, target: Path) -> Path:
    """The database with its audit key and chain head."""
    for part in template.parent.glob(template.name + "*"):
        shutil.copy2(part, target.parent / (target.name + part.name[len(template.name):]))
    return target


@pytest.fixture(scope="session")
def staff_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clinic with an administrator (ivan.it) and the four people of STAFF, no patient."""
    path = tmp_path_factory.mktemp("staff") / "clinic.sqlite3"
    clock = ManualClock(datetime(2026, 1, 1, 8, tzinfo=CET))
    with Clinic.open(path, clock=clock, hasher=FAST_HASHER) as clinic:
        admin = clinic.first_run(site_name="Day Unit", username="ivan.it", full_name="Ivan Itsupport",
                                 password=PASSWORD)
        add_staff(clinic, admin, STAFF, PASSWORD)
    return path


@pytest.fixture(scope="session")
def ready_template(staff_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The staff clinic with IMP-001 (cohort A) ready for C1D1 on Mon 05-Jan-2026: screened on
    02-Jan, 170 cm / 70 kg and ANC 3.1 / platelets 240 on 05-Jan."""
    path = _copy(staff_template, tmp_path_factory.mktemp("ready") / "clinic.sqlite3")
    clock = ManualClock(datetime(2026, 1, 2, 9, tzinfo=CET))
    with Clinic.open(path, clock=clock, hasher=FAST_HASHER) as clinic:
        ivy, nora = clinic.login("dr.ivy", PASSWORD), clinic.login("nurse.nora", PASSWORD)
        clinic.enrol(ivy, subject_code="IMP-001", initials="JD", date_of_birth="1961-04-12", cohort="A",
                     planned_c1d1=C1D1.isoformat(), full_name="Jane Doe", hospital_number="H-001")
        clinic.record_visit(nora, "IMP-001", visit="screening", on=date(2026, 1, 2))
        clock.set_day(C1D1)
        clinic.record_measurement(nora, "IMP-001", height_cm="170", weight_kg="70", measured_on=C1D1)
        clinic.record_labs(nora, "IMP-001", anc="3.1", platelets="240", drawn_on=C1D1)
    return path


@dataclass
class Answer:
    code: int
    out: Any  # the JSON document printed, or the text
    err: str


@dataclass
class Cli:
    """The command line on one database, as `user` (password from the environment)."""

    db: Path
    clock: ManualClock
    capsys: pytest.CaptureFixture[str]

    def run(self, user: str, *argv: str, json_output: bool = True) -> Answer:
        """`main([*argv, --db, --user, --json])`; the answer's `out` is the JSON document (with
        `json_output`) or the text printed."""
        self.capsys.readouterr()  # drop what earlier calls printed
        code = main([*argv, "--db", str(self.db), "--user", user, *(["--json"] if json_output else [])])
        captured = self.capsys.readouterr()
        assert "Traceback" not in captured.err, captured.err
        return Answer(code, json.loads(captured.out) if json_output else captured.out, captured.err)

    def clinic(self) -> Clinic:
        """The database opened directly (to check what was, or was not, written)."""
        return Clinic.open(self.db, clock=self.clock, hasher=FAST_HASHER)


def _cli(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
         clock: ManualClock) -> Cli:
    original = Clinic.open.__func__  # type: ignore[attr-defined]

    def open_with_test_clock(cls: type[Clinic], db_path: Path, **kwargs: Any) -> Clinic:
        return original(cls, db_path, **{**kwargs, "clock": clock, "hasher": FAST_HASHER})

    monkeypatch.setattr(Clinic, "open", classmethod(open_with_test_clock))
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    return Cli(_copy(template, tmp_path / "clinic.sqlite3"), clock, capsys)


@pytest.fixture
def staff_cli(staff_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> Iterator[Cli]:
    """The staff clinic (no patient); the clock starts at the real time of day, in the local zone."""
    yield _cli(staff_template, tmp_path, monkeypatch, capsys, ManualClock(datetime.now().astimezone()))


@pytest.fixture
def ready_cli(ready_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> Iterator[Cli]:
    """IMP-001 ready for C1D1; the clock at Mon 05-Jan-2026 09:00 CET."""
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=CET))
    clock.set_day(C1D1)
    yield _cli(ready_template, tmp_path, monkeypatch, capsys, clock)
