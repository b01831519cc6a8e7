"""ISMP writing of doses, volumes, dates and routes (WRITE-1, WRITE-2)."""

from __future__ import annotations

import locale
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_app.domain.errors import InputError
from clinic_app.domain.formatting import (
    drug_display_name,
    format_birth_date,
    format_concentration,
    format_date,
    format_datetime,
    format_iso_date,
    format_m2,
    format_mcg,
    format_mcg_as_mg,
    format_mg,
    format_mg_per_m2,
    format_ml,
    format_route,
)
from clinic_app.domain.protocol import Protocol


@pytest.mark.parametrize(("value", "text"), [
    ("0.25", "0.25 mg"), ("5", "5 mg"), ("5.0", "5 mg"), ("5.00", "5 mg"), ("123", "123 mg"), (".5", "0.5 mg"),
    ("0.5", "0.5 mg"), ("100", "100 mg"), ("1E+2", "100 mg"), ("122.50", "122.5 mg"), ("0.050", "0.05 mg"),
])
def test_mg_leading_zero_no_trailing_zero(value: str, text: str) -> None:
    """WRITE-1: leading zero, no trailing zero, a space before "mg"."""
    assert format_mg(Decimal(value)) == text


@pytest.mark.parametrize(("mcg", "text"), [(250, "0.25 mg"), (1250, "1.25 mg"), (6250, "6.25 mg"), (5000, "5 mg")])
def test_flat_doses_in_mg(mcg: int, text: str) -> None:
    """WRITE-1: flat doses in mg with their leading zero."""
    assert format_mcg_as_mg(mcg) == text


def test_micrograms_are_mcg_never_micro_sign() -> None:
    """WRITE-1: "mcg", never the micro sign."""
    assert format_mcg(250) == "250 mcg"
    assert "µ" not in format_mcg(250) and "μ" not in format_mcg(250)


@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("10000"), places=3))
def test_no_naked_point_no_trailing_zero_anywhere(value: Decimal) -> None:
    number = format_mg(value).removesuffix(" mg")
    assert not number.startswith(".")
    assert "E" not in number
    if "." in number:
        assert not number.endswith("0")
    assert Decimal(number) == value


def test_other_units() -> None:
    """WRITE-1: mL, m², mg/m², mg/mL written the same way."""
    assert format_ml(Decimal("12.2")) == "12.2 mL"
    assert format_ml(Decimal("30.0")) == "30 mL"
    assert format_m2(Decimal("1.82")) == "1.82 m²"
    assert format_m2(Decimal("2.00")) == "2.00 m²"  # BSA keeps the places it was rounded to
    assert format_mg_per_m2(Decimal("80")) == "80 mg/m²"
    assert format_concentration(Decimal("0.49")) == "0.49 mg/mL"
    assert format_concentration(Decimal("0.50")) == "0.5 mg/mL"


def test_date_is_unambiguous_and_english_whatever_the_locale() -> None:
    """WRITE-2: "Mon 05-Jan-2026" whatever the locale."""
    before = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("de_DE.UTF-8", "fr_FR.UTF-8"):
            try:
                locale.setlocale(locale.LC_TIME, name)
                break
            except locale.Error:
                continue
        assert format_date(date(2026, 1, 5)) == "Mon 05-Jan-2026"
        assert format_date(date(2026, 12, 31)) == "Thu 31-Dec-2026"
    finally:
        locale.setlocale(locale.LC_TIME, before)
    assert format_iso_date(date(2026, 1, 5)) == "2026-01-05"
    assert format_birth_date(date(1970, 3, 1)) == "01-Mar-1970"  # no weekday on a date of birth


def test_times_carry_their_zone() -> None:
    """WRITE-2: times with their zone."""
    paris = datetime(2026, 1, 5, 14, 30, tzinfo=ZoneInfo("Europe/Paris"))
    assert format_datetime(paris) == "Mon 05-Jan-2026 14:30 UTC+01:00"
    assert format_datetime(datetime(2026, 7, 6, 8, 5, tzinfo=ZoneInfo("Europe/Paris"))) == \
        "Mon 06-Jul-2026 08:05 UTC+02:00"
    # One form for every zone: UTC is not written twice ("UTC (UTC+00:00)").
    assert format_datetime(datetime(2026, 1, 5, 12, 7, tzinfo=timezone.utc)) == "Mon 05-Jan-2026 12:07 UTC+00:00"
    offset = datetime(2026, 1, 5, 14, 30, tzinfo=timezone(timedelta(hours=-5, minutes=-30)))
    assert format_datetime(offset) == "Mon 05-Jan-2026 14:30 UTC-05:30"
    with pytest.raises(InputError):
        format_datetime(datetime(2026, 1, 5, 14, 30))


@pytest.mark.parametrize(("route", "text"), [
    ("subcutaneously", "subcutaneously"), ("SC", "subcutaneously"), ("SQ", "subcutaneously"),
    ("s.c.", "subcutaneously"), ("IV", "IV"), ("intravenous", "IV"), ("orally", "orally"),
])
def test_routes_written_out(route: str, text: str) -> None:
    """WRITE-1: routes written out ("subcutaneously", "IV")."""
    assert format_route(route) == text


def test_unknown_route_is_refused() -> None:
    with pytest.raises(InputError):
        format_route("intrathecal")


def test_tall_man_name_from_the_protocol(protocol: Protocol) -> None:
    """WRITE-1: tall-man "PACLitaxel"."""
    assert drug_display_name(protocol, "paclitaxel") == "PACLitaxel"


def test_bsa_formula_names() -> None:
    from clinic_app.domain.formatting import format_bsa_formula

    assert [format_bsa_formula(f) for f in ("mosteller", "dubois", "haycock", "gehan-george", "boyd")] == [
        "Mosteller", "DuBois", "Haycock", "Gehan & George", "Boyd"]
