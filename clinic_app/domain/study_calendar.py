"""Study day and study week arithmetic (CAL-1).

Study day 1 is the date of C1D1 (the first dose). There is no day 0: study day -1 is the day
before C1D1. Week n (n >= 1) holds days 7(n-1)+1 ... 7n; week -1 holds days -7 ... -1.
"""

from __future__ import annotations

from datetime import date, timedelta

from .errors import InputError

DAYS_PER_WEEK = 7


def study_day(c1d1: date, on: date) -> int:
    """The study day of `on` (never 0): 1 on C1D1, -1 the day before."""
    offset = (on - c1d1).days
    return offset + 1 if offset >= 0 else offset


def date_of_study_day(c1d1: date, day: int) -> date:
    """The calendar date of study day `day`; raises InputError for day 0 (there is none)."""
    if day == 0:
        raise InputError(
            "no_study_day_zero",
            {"field": "study_day", "unit": "day", "hint": "study day -1 is followed by study day 1"},
        )
    return c1d1 + timedelta(days=day - 1 if day > 0 else day)


def study_week(day: int) -> int:
    """The study week holding study day `day` (never 0); raises InputError for day 0."""
    if day == 0:
        raise InputError(
            "no_study_day_zero",
            {"field": "study_day", "unit": "day", "hint": "study day -1 is followed by study day 1"},
        )
    if day > 0:
        return (day - 1) // DAYS_PER_WEEK + 1
    return -((-day - 1) // DAYS_PER_WEEK + 1)
