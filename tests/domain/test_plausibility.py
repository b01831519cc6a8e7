"""Plausibility: impossible values are errors, implausible ones are warnings to acknowledge."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clinic_app.domain.errors import InputError
from clinic_app.domain.plausibility import (
    PlausibilityWarning,
    age_in_years,
    bmi,
    check_body,
    check_date_of_birth,
    check_measurement_date,
    check_weight_change,
)
from clinic_app.domain.protocol import Protocol

D = Decimal


def _codes(warnings: list[PlausibilityWarning]) -> list[str]:
    return [w.code for w in warnings]


def test_bmi_by_hand() -> None:
    assert bmi(D("170"), D("70")) == D("24.2")   # 70 / 2.89 = 24.22
    assert bmi(D("150"), D("25")) == D("11.1")   # 25 / 2.25 = 11.11


def test_ordinary_patient_has_no_warning(protocol: Protocol) -> None:
    assert check_body(protocol, D("170"), D("70"), D("1.82")) == []


@pytest.mark.parametrize(("height", "weight", "bsa", "codes"), [
    ("150", "25", "1.02", ["bmi_out_of_range"]),           # BMI 11.1 < 12
    ("150", "160", "2.58", ["bmi_out_of_range", "height_weight_swapped"]),  # BMI 71.1: 160 cm/150 kg reads 58.6
    ("100", "25", "0.83", ["bsa_out_of_range"]),           # BMI 25, BSA 0.83 < 1.0
    ("230", "300", "4.38", ["bsa_out_of_range"]),          # BMI 300 / 5.29 = 56.7; 300 cm is no height
    ("120", "170", "2.38", ["bmi_out_of_range", "height_weight_swapped"]),  # 170 cm/120 kg was meant
    ("170", "175", "2.87", ["height_weight_swapped"]),     # BMI 60.6 possible, but looks swapped: confirm
    ("170", "169", "2.83", []),                            # weight below height: no swap flag
])
def test_body_warnings(protocol: Protocol, height: str, weight: str, bsa: str, codes: list[str]) -> None:
    """INPUT-2: BMI, BSA band and height/weight swap need a confirmation."""
    warnings = check_body(protocol, D(height), D(weight), D(bsa))
    assert _codes(warnings) == codes
    assert all(w.needs == "confirmation" for w in warnings)


def test_swap_not_flagged_when_the_other_reading_is_impossible_too(protocol: Protocol) -> None:
    # 100 cm / 290 kg: read swapped, 290 cm is outside the height range: not a swap, just implausible.
    assert "height_weight_swapped" not in _codes(check_body(protocol, D("100"), D("290"), D("2.84")))


def test_bsa_warning_edges_inclusive(protocol: Protocol) -> None:
    """INPUT-2: the BSA band 1.0 to 3.0 m², edges included."""
    assert check_body(protocol, D("200"), D("160"), D("3.0")) == []   # BMI 40, BSA exactly 3.0
    assert "bsa_out_of_range" in _codes(check_body(protocol, D("200"), D("160"), D("3.01")))


@pytest.mark.parametrize(("new", "previous", "codes"), [
    ("70", "70", []),
    ("87.5", "70", []),                      # +25.0 %: not above 25
    ("87.6", "70", ["weight_change_slip"]),  # +25.14 %
    ("154", "70", ["weight_change_slip"]),   # 70 kg typed as 154 lb
    ("52.4", "70", ["weight_change_slip"]),  # -25.14 %
])
def test_pounds_kilograms_slip(protocol: Protocol, new: str, previous: str, codes: list[str]) -> None:
    """INPUT-2: a weight change over 25 % needs a confirmation."""
    assert _codes(check_weight_change(protocol, D(new), previous_weight_kg=D(previous))) == codes


@pytest.mark.parametrize(("new", "used", "flagged"), [
    ("77", "70", True),     # +10.0 % exactly: 10 % or more needs a decision
    ("76.9", "70", False),  # +9.86 %
    ("63", "70", True),     # -10.0 %
    ("63.1", "70", False),
])
def test_recalculate_or_keep_decision(protocol: Protocol, new: str, used: str, flagged: bool) -> None:
    """DOSE-6: 10 % or more against the weight used needs a decision."""
    warnings = check_weight_change(protocol, D(new), weight_used_last_dose_kg=D(used))
    assert _codes(warnings) == (["weight_change_recalculate"] if flagged else [])
    if flagged:
        assert warnings[0].needs == "decision"
        assert warnings[0].values["change_percent"] == "10.0"


def test_measurement_date(protocol: Protocol) -> None:
    """INPUT-4: no measurement in the future."""
    today = date(2026, 1, 12)
    assert check_measurement_date(protocol, date(2026, 1, 5), dose_date=today, today=today) == []  # 7 days
    old = check_measurement_date(protocol, date(2026, 1, 4), dose_date=today, today=today)         # 8 days
    assert _codes(old) == ["weight_too_old"] and old[0].values["age_days"] == "8"
    with pytest.raises(InputError) as caught:
        check_measurement_date(protocol, date(2026, 1, 13), dose_date=today, today=today)
    assert caught.value.code == "date_in_future"


def test_age_in_completed_years() -> None:
    assert age_in_years(date(1970, 6, 15), date(2026, 6, 14)) == 55
    assert age_in_years(date(1970, 6, 15), date(2026, 6, 15)) == 56
    assert age_in_years(date(2000, 2, 29), date(2018, 2, 28)) == 17
    assert age_in_years(date(2000, 2, 29), date(2018, 3, 1)) == 18


@pytest.mark.parametrize(("born", "code"), [
    (date(2026, 1, 13), "date_in_future"),
    (date(2008, 1, 13), "age_out_of_range"),   # 17 years and 364 days
    (date(1915, 1, 11), "age_out_of_range"),   # 111
])
def test_impossible_birth_dates_are_errors(protocol: Protocol, born: date, code: str) -> None:
    """INPUT-4: no future date of birth, adults only."""
    with pytest.raises(InputError) as caught:
        check_date_of_birth(protocol, born, today=date(2026, 1, 12))
    assert caught.value.code == code
    assert caught.value.values["field"] == "date of birth"


def test_adult_ages_at_the_edges(protocol: Protocol) -> None:
    """INPUT-4: 18 to 110 years, ends included."""
    today = date(2026, 1, 12)
    assert check_date_of_birth(protocol, date(2008, 1, 12), today=today) == 18
    assert check_date_of_birth(protocol, date(1915, 1, 13), today=today) == 110
