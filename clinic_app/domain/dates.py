"""Strict parsing of dates typed by a person: ISO 8601 "YYYY-MM-DD" only, ASCII digits only.

"05/01/2026" is ambiguous between countries, so it is refused rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date

from .errors import InputError

_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(text: str, *, field: str) -> date:
    """Parse "YYYY-MM-DD"; raises InputError (code "invalid_date", values field, unit, text, hint)."""
    stripped = text.strip() if isinstance(text, str) else ""
    if _ISO.fullmatch(stripped):
        try:
            return date.fromisoformat(stripped)
        except ValueError:
            pass
    raise InputError("invalid_date", {"field": field, "unit": "date (YYYY-MM-DD)", "text": str(text),
                                      "hint": "write the date as YYYY-MM-DD, e.g. 2026-01-05"})


def require_not_future(day: date, *, field: str, today: date) -> date:
    """Return `day`; raises InputError ("date_in_future", maximum today) when it is after `today`."""
    if day > today:
        raise InputError("date_in_future", {"field": field, "unit": "date", "maximum": today.isoformat(),
                                            "text": day.isoformat()})
    return day
