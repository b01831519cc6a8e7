"""Reading the dose path's arguments strictly: whole numbers, coded choices, dose record numbers.

argparse's `type=int` or `choices=` would answer bad input with a usage text and no JSON; these
raise InputError naming the field, the unit and what is accepted, like every other bad input.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from enum import StrEnum

from clinic_app.domain.errors import InputError
from clinic_app.domain.protocol import Protocol

from .access import add_db_argument, add_user_argument

_DIGITS = re.compile(r"[0-9]{1,9}")  # ASCII only: `str.isdigit` also takes "٣" or "³"
_RECORD = re.compile(r"(?:DR-)?([0-9]{1,9})")
MAX_RECORD = 999_999_999


def whole_number(text: str, *, field: str, unit: str, minimum: int, maximum: int) -> int:
    """A whole number typed as ASCII digits within [minimum, maximum]."""
    stripped = text.strip(" \t") if isinstance(text, str) else ""
    values = {"field": field, "unit": unit, "minimum": str(minimum), "maximum": str(maximum), "text": str(text)}
    if not _DIGITS.fullmatch(stripped):
        raise InputError("not_a_whole_number", values)
    number = int(stripped)
    if not minimum <= number <= maximum:
        raise InputError("whole_number_out_of_range", values)
    return number


def cycle_and_day(protocol: Protocol, cycle: str, day: str) -> tuple[int, int]:
    """--cycle and --day within the protocol's calendar (whether the slot is planned is the gate's)."""
    return (whole_number(cycle, field="--cycle", unit="cycle number", minimum=1,
                         maximum=protocol.calendar.cycle_count),
            whole_number(day, field="--day", unit="day of the cycle", minimum=1,
                         maximum=protocol.calendar.cycle_length_days))


def dose_record_number(text: str, *, field: str = "--dose-record") -> int:
    """A dose record's number, "12" or as printed, "DR-000012"."""
    found = _RECORD.fullmatch(text.strip(" \t")) if isinstance(text, str) else None
    if found is None or not 1 <= int(found.group(1)) <= MAX_RECORD:
        raise InputError("not_a_whole_number", {"field": field, "unit": "dose record number, e.g. 12 or DR-000012",
                                                "minimum": "1", "maximum": str(MAX_RECORD), "text": str(text)})
    return int(found.group(1))


def choice[E: StrEnum](text: str, enum: type[E], *, field: str, allowed: Iterable[E] | None = None) -> E:
    """One of an enumeration's codes (or of `allowed`, a part of it)."""
    accepted = list(allowed if allowed is not None else enum)
    for member in accepted:
        if text == member.value:
            return member
    raise InputError("invalid_choice", {"field": field, "text": str(text), "allowed": [m.value for m in accepted]})


def add_common(parser: argparse.ArgumentParser, *, json_help: str = "print one JSON object") -> None:
    """--db, --user (before or after the subcommand) and --json, as every dose-path command takes them."""
    add_db_argument(parser)
    add_user_argument(parser)
    parser.add_argument("--json", action="store_true", help=json_help)


def add_patient(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--patient", required=True, metavar="CODE", help="the patient's subject code")


def add_slot(parser: argparse.ArgumentParser, *, drug: bool = True) -> None:
    """--drug (the protocol's key: paclitaxel, imp321, dexamethasone), --cycle and --day."""
    if drug:
        parser.add_argument("--drug", required=True, metavar="KEY",
                            help="the drug's key: paclitaxel, imp321 or dexamethasone (its premedication)")
    parser.add_argument("--cycle", required=True, metavar="C", help="cycle number (1 to the protocol's last)")
    parser.add_argument("--day", required=True, metavar="D", help="day of the cycle (e.g. 1, 2, 8, 15, 16)")
