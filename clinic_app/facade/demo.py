"""A fictional clinic for a first look and for tests, built by replaying months of clinic days
through the facade, so every record, signature and audit row is made the way real use makes them.

Thirteen patients: cohort A (8) started long ago (several have finished), cohort B (5) opened after
the 5th cohort-A patient's Week 13 assessment and an investigator's signed decision; cohort C is
still closed. Scripted events give a delayed cycle, holds, a reaction at C1D8 (dexamethasone
decision made), a held C1D15 whose IMP321 decision is still pending, a dose-level reduction and a
late IMP321 injection. Every name is invented. Passwords of the demo staff are DEMO_PASSWORD.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from argon2 import PasswordHasher

from clinic_app.domain.due import DueItem, DueStatus
from clinic_app.domain.records import DecisionKind, HoldReason, Role, Tolerance
from clinic_app.domain.schedule_model import ItemCategory

from .base import DEMO_FLAG_KEY
from .clinic import Clinic
from .staff import Person, add_staff
from .views import Session

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo-clinic-2026"
# Demo accounts hash with cheap argon2 parameters so the replay takes seconds; they are fictional.
DEMO_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

STAFF = [
    Person("dr.martin", "Dr Claire Martin", Role.INVESTIGATOR),
    Person("nurse.okafor", "Grace Okafor", Role.NURSE),
    Person("nurse.lindqvist", "Erik Lindqvist", Role.NURSE),
    Person("pharm.chen", "Wei Chen", Role.PHARMACIST),
    Person("pharm.dubois", "Louise Dubois", Role.PHARMACIST),
]
ADMIN = Person("sam.admin", "Sam Patel", Role.ADMINISTRATOR)


@dataclass(frozen=True)
class DemoPatient:
    """One fictional patient: enrolled `starts_ago` days before today, scripted exceptions by slot."""

    code: str
    initials: str
    full_name: str
    born: date
    cohort: str
    starts_ago: int
    height: str
    weight: str
    # (drug, cycle, day) -> "hold:<reason>" | "reaction" | "late:<days>" | "omit:<reason>"
    events: dict[tuple[str, int, int], str] = field(default_factory=dict)
    # (kind, cycle, day) -> choice for decisions taken when they come up; absent = left pending
    decisions: dict[tuple[str, int, int], str] = field(default_factory=dict)
    level_change: tuple[int, str] | None = None  # (cycle, level) decided before that cycle's D1


PATIENTS = [
    DemoPatient("IMP-A01", "MR", "Maria Rossi", date(1962, 3, 14), "A", 260, "164", "61"),
    DemoPatient("IMP-A02", "HB", "Helen Brooks", date(1958, 11, 2), "A", 252, "170", "74",
                events={("paclitaxel", 2, 1): "hold:low_anc"}),
    DemoPatient("IMP-A03", "FN", "Fatima Nasser", date(1970, 6, 21), "A", 245, "158", "55"),
    DemoPatient("IMP-A04", "AK", "Anna Kowalska", date(1966, 1, 30), "A", 236, "167", "69",
                level_change=(3, "-1")),
    DemoPatient("IMP-A05", "JL", "Julie Laurent", date(1975, 9, 8), "A", 228, "172", "80",
                events={("imp321", 3, 16): "late:1"}),  # the last day of its window
    DemoPatient("IMP-A06", "SO", "Sarah O'Neill", date(1959, 4, 17), "A", 170, "161", "66"),
    DemoPatient("IMP-A07", "PT", "Priya Thomas", date(1968, 12, 5), "A", 150, "155", "52",
                events={("paclitaxel", 1, 8): "reaction"},
                decisions={("premedication", 2, 1): "continue"}),
    DemoPatient("IMP-A08", "EG", "Elena Garcia", date(1972, 7, 29), "A", 126, "169", "71"),
    DemoPatient("IMP-B01", "KW", "Karen Williams", date(1964, 2, 11), "B", 100, "166", "77"),
    DemoPatient("IMP-B02", "LM", "Lucia Moreno", date(1971, 10, 23), "B", 88, "160", "58",
                events={("paclitaxel", 1, 15): "hold:neuropathy"},
                decisions={("imp321", 1, 16): "skip", ("premedication", 2, 1): "continue"}),
    DemoPatient("IMP-B03", "NY", "Naomi Yamada", date(1967, 5, 3), "B", 63, "157", "50"),
    DemoPatient("IMP-B04", "CD", "Chloe Dupont", date(1978, 8, 19), "B", 33, "171", "68",
                events={("paclitaxel", 1, 15): "hold:intercurrent_illness"}),  # its decisions stay pending
    DemoPatient("IMP-B05", "RH", "Ruth Hughes", date(1960, 1, 9), "B", 14, "163", "72"),
]


class DemoClock:
    """The replay's wall clock: the builder moves it day by day (aware, the workstation's zone)."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def at(self, day: date, hour: int, minute: int = 0) -> None:
        zone = self.moment.tzinfo
        self.moment = datetime.combine(day, time(hour, minute), tzinfo=zone)


class _Replay:
    """Walks every patient's calendar through the facade, one clinic day at a time."""

    def __init__(self, clinic: Clinic, clock: DemoClock, sessions: dict[str, Session]) -> None:
        self.clinic, self.clock = clinic, clock
        self.inv, self.nurse = sessions["dr.martin"], sessions["nurse.okafor"]
        self.pharm1, self.pharm2 = sessions["pharm.chen"], sessions["pharm.dubois"]
        self.events = {p.code: dict(p.events) for p in PATIENTS}  # consumed as they happen
        self.revisit: dict[str, date] = {}

    def day(self, p: DemoPatient, day: date) -> date | None:
        """Act on what is due for `p` on `day`; returns the next day to look again (None: finished)."""
        self.clock.at(day, 8)
        for item in sorted(self.clinic.next_due(self.nurse, p.code, day), key=self._order):
            if item.status is not DueStatus.UPCOMING:
                self._act(p, item, day)
        later = [d.item.planned_date for d in self.clinic.next_due(self.nurse, p.code, day)
                 if d.item.planned_date > day]
        revisit = self.revisit.pop(p.code, None)
        candidates = [*later, *([revisit] if revisit else [])]
        return min(candidates, default=None)

    @staticmethod
    def _order(item: DueItem) -> tuple[int, str]:
        rank = {ItemCategory.SCREENING: 0, ItemCategory.VISIT: 1, ItemCategory.PREMEDICATION: 2}
        return rank.get(item.item.category, 3), item.item.kind

    def _act(self, p: DemoPatient, due: DueItem, day: date) -> None:
        item = due.item
        kind, cycle, dday = item.kind, item.cycle or 0, item.day or 0
        bsa_drug = self.clinic.protocol.bsa_drug.key
        if due.status is DueStatus.DECISION_REQUIRED:
            self._decide(p, kind, cycle, dday)
        elif item.category is ItemCategory.SCREENING or item.category is ItemCategory.VISIT:
            self.clinic.record_visit(self.nurse, p.code, visit=kind, on=day)
        elif item.category is ItemCategory.PREMEDICATION:
            if not self.events[p.code].get((bsa_drug, cycle, dday), "").startswith("hold:"):
                self.clock.at(day, 10, 15)
                self.clinic.administer(self.nurse, p.code, drug=kind, cycle=cycle, day=dday, tolerance=None,
                                       password=DEMO_PASSWORD)
        elif item.drug == bsa_drug:
            self._infusion(p, cycle, dday, day)
        elif item.drug is not None:
            self._injection(p, item.drug, cycle, dday, day)

    def _decide(self, p: DemoPatient, kind: str, cycle: int, day: int) -> None:
        premed = self.clinic.protocol.premedication.drug
        choice = p.decisions.get(("premedication" if kind == premed else kind, cycle, day))
        if choice is None:
            return  # left pending on purpose: the Today list shows "decision required"
        if kind == premed:
            self.clinic.decide(self.inv, p.code, kind=DecisionKind.PREMEDICATION, choice=choice,
                               reason="cycle 1 not fully tolerated or given: continue premedication",
                               password=DEMO_PASSWORD)
        else:
            self.clinic.decide(self.inv, p.code, kind=DecisionKind.FLAT_DOSE_GIVE_SKIP, choice=choice, cycle=cycle,
                               day=day, reason="paired infusion held", password=DEMO_PASSWORD)

    def _infusion(self, p: DemoPatient, cycle: int, day: int, on: date) -> None:
        drug = self.clinic.protocol.bsa_drug.key
        event = self.events[p.code].pop((drug, cycle, day), "")
        if p.level_change and p.level_change[0] == cycle and day == 1:
            self.clock.at(on, 7, 45)
            self.clinic.decide(self.inv, p.code, kind=DecisionKind.DOSE_LEVEL, choice=p.level_change[1],
                               reason="grade 2 neuropathy: reduce one level", password=DEMO_PASSWORD)
        self.clock.at(on, 8, 15)
        self.clinic.record_measurement(self.nurse, p.code, height_cm=p.height, weight_kg=p.weight, measured_on=on)
        low = event == "hold:low_anc"
        self.clinic.record_labs(self.nurse, p.code, anc="1.1" if low else "3.4", platelets="212", drawn_on=on)
        if event.startswith("hold:"):
            # A held D1 is postponed (re-planned a week later); a held D8/D15 is omitted by the
            # protocol's missed-dose policy.
            self.clinic.hold(self.nurse, p.code, drug=drug, cycle=cycle, day=day,
                             reason=HoldReason(event.split(":", 1)[1]), password=DEMO_PASSWORD)
            if day == 1:
                self.revisit[p.code] = on + timedelta(days=7)
            return
        self.clock.at(on, 9)
        record = self.clinic.calculate_dose(self.pharm1, p.code, cycle=cycle, day=day)
        self.clock.at(on, 9, 40)
        self.clinic.prepare(self.pharm1, record.id, password=DEMO_PASSWORD)
        self.clock.at(on, 9, 55)
        self.clinic.verify(self.pharm2, record.id, password=DEMO_PASSWORD)
        self.clock.at(on, 10, 30)
        tolerance = Tolerance.MILD_REACTION if event == "reaction" else Tolerance.WELL_TOLERATED
        self.clinic.administer(self.nurse, p.code, drug=drug, cycle=cycle, day=day, tolerance=tolerance,
                               password=DEMO_PASSWORD, dose_record_id=record.id)

    def _injection(self, p: DemoPatient, drug: str, cycle: int, day: int, on: date) -> None:
        event = self.events[p.code].pop((drug, cycle, day), "")
        if event.startswith("late:"):
            self.revisit[p.code] = on + timedelta(days=int(event[5:]))
            self.events[p.code][(drug, cycle, day)] = f"until:{self.revisit[p.code].isoformat()}"
            return
        if event.startswith("until:") and on < date.fromisoformat(event[6:]):
            self.events[p.code][(drug, cycle, day)] = event
            return
        self.clock.at(on, 11)
        self.clinic.administer(self.nurse, p.code, drug=drug, cycle=cycle, day=day, tolerance=None,
                               password=DEMO_PASSWORD)


Progress = Callable[[int, int], None]  # (days replayed, days to replay)


def build_demo(db_path: Path, *, today: date, site_name: str = "Demo Oncology Day Unit (fictional)",
               progress: Progress | None = None) -> None:
    """Create a new database at `db_path` holding the fictional clinic as of `today` (its items
    dated `today` are left due). Refuses an existing file: demo and real patients never mix.

    The replay writes in a scratch folder in memory where the system has one (/dev/shm): every
    transaction of the replay is made durable (fsync of the database and of the audit chain head),
    which costs two thirds of the time on a disk and nothing in memory. The finished files are then
    moved into place, the database last, so an interrupted build never leaves a half demo behind.
    `progress(done, total)` is called after each replayed day. Raises FileExistsError.
    """
    if db_path.exists():
        raise FileExistsError(str(db_path))
    with tempfile.TemporaryDirectory(prefix="clinic-demo-", dir=_scratch_folder()) as scratch:
        built = Path(scratch) / db_path.name
        _replay_clinic(built, today=today, site_name=site_name, progress=progress)
        parts = sorted(Path(scratch).glob(glob.escape(built.name) + "*"), key=lambda p: p == built)
        for part in parts:  # the audit key and chain head first, the database last
            shutil.move(part, db_path.with_name(db_path.name + part.name[len(built.name):]))
    log.info("demo clinic written to %s as of %s", db_path, today)


def _scratch_folder() -> str | None:
    """A memory-backed folder for the replay when the system has one, else the default temp folder."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def _replay_clinic(db_path: Path, *, today: date, site_name: str, progress: Progress | None) -> None:
    start = _weekday_start(today - timedelta(days=max(p.starts_ago for p in PATIENTS)))
    zone = datetime.now().astimezone().tzinfo
    clock = DemoClock(datetime.combine(start, time(7), tzinfo=zone))
    with Clinic.open(db_path, clock=clock, hasher=DEMO_HASHER) as clinic:
        admin = clinic.first_run(site_name=site_name, username=ADMIN.username, full_name=ADMIN.full_name,
                                 password=DEMO_PASSWORD)
        clinic.store.site.set_setting(DEMO_FLAG_KEY, "fictional patients", None, actor=admin.username)
        sessions = add_staff(clinic, admin, STAFF, DEMO_PASSWORD)
        replay = _Replay(clinic, clock, sessions)
        enrol_on = {p.code: _weekday_start(today - timedelta(days=p.starts_ago)) for p in PATIENTS}
        for holiday, why in _holidays_after(today):
            clinic.store.site.add_closed_day(holiday, why, actor=admin.username)
        next_look: dict[str, date] = {}
        day = start
        total = (today - start).days
        while day < today:
            for number, p in enumerate(PATIENTS, start=1):
                if enrol_on[p.code] == day:
                    _enrol(clinic, clock, sessions["dr.martin"], p, number, day)
                    next_look[p.code] = day
                if p.code in next_look and next_look[p.code] <= day:
                    found = replay.day(p, day)
                    if found is None:
                        del next_look[p.code]
                    else:
                        next_look[p.code] = found
            day += timedelta(days=1)
            if progress is not None:
                progress((day - start).days, total)


def _weekday_start(enrol_on: date) -> date:
    """Move an enrolment back until C1D1 (a week later) falls Monday to Thursday: day-unit infusions
    (and IMP321 the day after) then never land on a weekend."""
    while (enrol_on + timedelta(days=7)).weekday() > 3:
        enrol_on -= timedelta(days=1)
    return enrol_on


def _holidays_after(today: date) -> list[tuple[date, str]]:
    """The clinic's closed days ahead of the demo's today (items planned on them are flagged)."""
    days = [(date(year, 12, 25), "Christmas Day") for year in (today.year, today.year + 1)]
    days += [(date(year, 1, 1), "New Year's Day") for year in (today.year + 1, today.year + 2)]
    return [(d, why) for d, why in days if d > today]


def _enrol(clinic: Clinic, clock: DemoClock, investigator: Session, p: DemoPatient, number: int, day: date) -> None:
    order = clinic.protocol.cohort_gate.order
    if p.cohort != order[0] and not clinic.cohort_status(investigator).state(p.cohort).open:
        previous = order[order.index(p.cohort) - 1]
        clock.at(day, 7, 30)
        clinic.open_cohort(investigator, previous_cohort=previous, password=DEMO_PASSWORD,
                           reason=f"cohort {previous} safety and tolerability satisfactory at the Week 13 review")
    clock.at(day, 8)
    clinic.enrol(investigator, subject_code=p.code, initials=p.initials, date_of_birth=p.born.isoformat(),
                 cohort=p.cohort, planned_c1d1=(day + timedelta(days=7)).isoformat(), full_name=p.full_name,
                 hospital_number=f"H{700100 + number}")
