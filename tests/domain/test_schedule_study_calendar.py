"""Study day / study week arithmetic (CAL-1): no day 0, no week 0."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.domain.errors import InputError
from clinic_app.domain.study_calendar import date_of_study_day, study_day, study_week

C1D1 = date(2026, 1, 5)


@pytest.mark.parametrize(("on", "day"), [
    (date(2026, 1, 5), 1), (date(2026, 1, 6), 2), (date(2026, 1, 4), -1), (date(2025, 12, 22), -14),
    (date(2026, 3, 30), 85), (date(2026, 6, 22), 169), (date(2026, 3, 17), 72),
])
def test_study_day_both_ways(on: date, day: int) -> None:
    """CAL-1: study day 1 is C1D1, -1 the day before it; there is no day 0."""
    assert study_day(C1D1, on) == day
    assert date_of_study_day(C1D1, day) == on


@pytest.mark.parametrize(("day", "week"), [
    (1, 1), (7, 1), (8, 2), (85, 13), (91, 13), (92, 14), (169, 25), (-1, -1), (-7, -1), (-8, -2), (-14, -2),
])
def test_study_week(day: int, week: int) -> None:
    """CAL-1: week n holds days 7(n-1)+1 to 7n; week -1 holds days -7 to -1."""
    assert study_week(day) == week


def test_there_is_no_day_zero() -> None:
    """CAL-1: there is no study day 0 and no week 0."""
    with pytest.raises(InputError) as caught:
        date_of_study_day(C1D1, 0)
    assert caught.value.values["field"] == "study_day"
    with pytest.raises(InputError):
        study_week(0)
