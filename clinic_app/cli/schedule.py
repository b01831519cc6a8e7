"""`python -m clinic_app schedule`: the whole treatment calendar from a planned C1D1, offline.

Text: one row per item (kind, cycle/day, study day, week, date, window, status, dose). `--json`
prints {"events": [...]} with ISO dates; `--ics FILE` writes an iCalendar file. `--today` sets
the day statuses are judged against (default: the computer's date).
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from clinic_app.domain.errors import InputError
from clinic_app.domain.formatting import format_date
from clinic_app.domain.language import writing_in
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.schedule_model import Schedule
from clinic_app.facade.projection import project_schedule
from clinic_app.files import companions, write_output
from clinic_app.paths import default_db_path
from clinic_app.wording.catalogue import translate, words
from clinic_app.wording.names import item_name
from clinic_app.wording.rules import rule_text
from clinic_app.wording.typography import labelled
from clinic_app.wording.values import word

from .access import add_force_argument
from .common import EXIT_OK, dump_json

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
EARLIEST, LATEST = date(2000, 1, 1), date(2099, 12, 31)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `schedule` subcommand."""
    parser = subparsers.add_parser("schedule", help="print the treatment calendar from a planned C1D1")
    parser.add_argument("--c1d1", required=True, metavar="YYYY-MM-DD", help="date of the first dose (study day 1)")
    parser.add_argument("--cohort", default=None, metavar="LETTER", help="cohort letter: shows the flat dose")
    parser.add_argument("--today", default=None, metavar="YYYY-MM-DD", help="judge statuses on this day")
    parser.add_argument("--ics", default=None, metavar="FILE", help="also write an iCalendar file")
    parser.add_argument("--protocol", default=None, metavar="FILE", help="protocol TOML (default: the shipped one)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_force_argument(parser)
    parser.set_defaults(run=run)


def parse_iso_date(text: str, field: str) -> date:
    """A calendar date written YYYY-MM-DD between EARLIEST and LATEST (a plan reaches a year past
    it); raises InputError naming the field, the format and the range."""
    value = text.strip()
    if _ISO_DATE.fullmatch(value) is not None:
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            parsed = None  # right shape, impossible date (e.g. 2026-02-30): same refusal below
        if parsed is not None and not EARLIEST <= parsed <= LATEST:
            raise InputError("date_out_of_range", {"field": field, "unit": "date", "text": text,
                                                   "minimum": EARLIEST.isoformat(), "maximum": LATEST.isoformat()})
        if parsed is not None:
            return parsed
    raise InputError("invalid_date", {"field": field, "unit": "date", "format": "YYYY-MM-DD", "text": text,
                                      "hint": "write the date as YYYY-MM-DD, e.g. 2026-01-05"})


def run(args: argparse.Namespace) -> int:
    """Plan and print the calendar; returns the exit code."""
    c1d1 = parse_iso_date(args.c1d1, "--c1d1")
    today = parse_iso_date(args.today, "--today") if args.today is not None else date.today()
    projection = project_schedule(c1d1, today, args.cohort, Path(args.protocol) if args.protocol else None)
    protocol, schedule = projection.protocol, projection.schedule
    if args.ics:
        write_output(args.ics, projection.ics(datetime.now(timezone.utc)),
                     protected=companions(default_db_path()), force=args.force, field="--ics")
    if args.json:
        with writing_in("en"):  # the same JSON in every language (LANG-5)
            dump_json(_as_json(protocol, schedule, projection.doses(), args.cohort))
    else:
        _print_table(protocol, schedule, projection.doses(), args.cohort)
        if args.ics:
            sys.stdout.write(translate("Commands", "iCalendar written to {path}").format(path=args.ics) + "\n")
    return EXIT_OK


def _as_json(protocol: Protocol, schedule: Schedule, doses: dict[str, str], cohort: str | None) -> dict[str, Any]:
    return {
        "protocol": {"id": protocol.protocol.id, "version": protocol.protocol.version, "sha256": protocol.sha256},
        "c1d1": schedule.c1d1, "today": schedule.today, "cohort": cohort,
        "events": [
            {"uid": item.uid, "kind": item.kind, "drug": item.drug, "cycle": item.cycle, "day": item.day,
             "study_day": item.study_day, "study_week": item.study_week, "date": item.planned_date,
             "nominal_date": item.nominal_date, "window": [item.window.start, item.window.end],
             "status": item.status.value, "closed_day": item.closed_day, "dose": doses.get(item.uid),
             "rule": {"code": item.rule.code, "values": item.rule.values, "text": rule_text(item.rule, protocol)}}
            for item in schedule.items
        ],
    }


def _print_table(protocol: Protocol, schedule: Schedule, doses: dict[str, str], cohort: str | None) -> None:
    out = sys.stdout
    out.write(translate("Commands", "{name} (protocol {version}, {sha})").format(
        name=protocol.protocol.short_name, version=protocol.protocol.version, sha=protocol.short_sha) + "\n")
    out.write(translate("Commands", "C1D1 {c1d1} = study day 1; statuses as of {today}").format(
        c1d1=format_date(schedule.c1d1), today=format_date(schedule.today)))
    out.write(translate("Commands", "; cohort {cohort}").format(cohort=cohort) + "\n\n" if cohort else "\n\n")
    header = (translate("Commands", "What"), translate("Commands", "Cycle/day"), translate("Commands", "Day"),
              translate("Commands", "Week"), translate("Commands", "Date"), translate("Commands", "Window"),
              translate("Commands", "Status"), translate("Commands", "Dose"))
    closed = translate("Commands", " (closed day)")
    rows = [header] + [
        (item_name(protocol, item, words()), item.slot or "-", str(item.study_day), str(item.study_week),
         format_date(item.planned_date), f"{format_date(item.window.start)} .. {format_date(item.window.end)}",
         word(item.status.value, words()) + (closed if item.closed_day else ""),
         doses.get(item.uid, ""))
        for item in schedule.items
    ]
    widths = [max(len(row[col]) for row in rows) for col in range(len(header))]
    for row in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() + "\n")
    for item in schedule.items:
        if item.nominal_date is not None:
            out.write("\n" + labelled(item_name(protocol, item, words()), rule_text(item.rule, protocol, words())))
    out.write("\n")
