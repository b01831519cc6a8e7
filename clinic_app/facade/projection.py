"""A treatment calendar planned from a C1D1 alone, with no clinic open (the `schedule` command): the
plan, the dose each item would carry on paper, and its iCalendar file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from clinic_app.domain.dosing import flat_dose
from clinic_app.domain.formatting import format_mcg_as_mg, format_mg, format_mg_per_m2, format_route
from clinic_app.domain.protocol import Protocol, load_protocol
from clinic_app.domain.schedule import plan_projection
from clinic_app.domain.schedule_model import ItemCategory, Schedule, ScheduleItem
from clinic_app.paths import default_protocol_path


@dataclass(frozen=True)
class Projection:
    """A planned calendar, with the cohort whose flat doses it shows (None: no flat dose)."""

    protocol: Protocol
    schedule: Schedule
    cohort: str | None

    def doses(self) -> dict[str, str]:
        """Each item's dose as written on paper, by uid, in the current language (numbers as it
        writes them)."""
        return {item.uid: text for item in self.schedule.items
                if (text := dose_text(self.protocol, item, self.cohort)) is not None}

    def ics(self, stamp: datetime) -> bytes:
        """The calendar as an iCalendar file; `stamp` (timezone-aware) is every event's DTSTAMP."""
        from clinic_app.printing.ics import schedule_to_ics  # icalendar loads when a file is asked for

        return schedule_to_ics(self.schedule, self.protocol, stamp=stamp, doses=self.doses())


def project_schedule(c1d1: date, today: date, cohort: str | None = None,
                     protocol_file: Path | None = None) -> Projection:
    """The whole calendar from a planned C1D1, statuses judged on `today` (the shipped protocol
    unless `protocol_file` names another)."""
    protocol = load_protocol(protocol_file or default_protocol_path())
    return Projection(protocol, plan_projection(protocol, c1d1, today=today), cohort)


def dose_text(protocol: Protocol, item: ScheduleItem, cohort: str | None) -> str | None:
    """The dose as written on paper: flat doses need the cohort; BSA doses show mg/m² only."""
    if item.category is ItemCategory.PREMEDICATION:
        premed = protocol.premedication
        return f"{format_mg(premed.dose_mg)} {format_route(premed.route)}"
    if item.category is not ItemCategory.DOSE or item.drug is None:
        return None
    drug = protocol.drug(item.drug)
    if drug.basis == "flat":
        if cohort is None:
            return None
        return f"{format_mcg_as_mg(flat_dose(protocol, drug.key, cohort).mcg)} {format_route(drug.route)}"
    assert drug.dose_per_m2_mg is not None  # a validated BSA drug has one
    return f"{format_mg_per_m2(drug.dose_per_m2_mg)} {format_route(drug.route)}"
