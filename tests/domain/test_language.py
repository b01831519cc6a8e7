"""Values written and typed in French keep every ISMP rule and every digit (LANG-1, LANG-2, LANG-3)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from clinic_app.domain.errors import InputError
from clinic_app.domain.formatting import (
    format_birth_date,
    format_date,
    format_datetime,
    format_m2,
    format_mcg,
    format_mcg_as_mg,
    format_mg,
    format_mg_per_m2,
    format_ml,
    format_route,
)
from clinic_app.domain.language import language_from_environment, writing_in
from clinic_app.domain.numbers import parse_anc, parse_height_cm, parse_platelets, parse_weight_kg
from clinic_app.domain.protocol import Protocol


@pytest.mark.parametrize(("environ", "language"), [
    ({}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "fr_FR.UTF-8"}, "fr"), ({"LANG": "fr_CA"}, "fr"),
    ({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_GB.UTF-8"}, "fr"), ({"LC_MESSAGES": "fr_BE", "LANG": "en_US"}, "fr"),
    ({"LANGUAGE": "de:fr", "LANG": "en_US"}, "fr"), ({"LANGUAGE": "en", "LANG": "fr_FR"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"), ({"LC_ALL": "C", "LANG": "fr_FR"}, "en"),
])
def test_the_user_language_is_read_from_the_environment_like_the_c_library(
        environ: dict[str, str], language: str) -> None:
    """LANG-1: LANGUAGE, LC_ALL, LC_MESSAGES, LANG; no locale needs to be installed."""
    assert language_from_environment(environ) == language


def test_french_dates_keep_the_unambiguous_form() -> None:
    """LANG-2: "lun. 05-janv.-2026", weekday and month in letters, year in full."""
    with writing_in("fr"):
        assert format_date(date(2026, 1, 5)) == "lun. 05-janv.-2026"
        assert format_date(date(2026, 8, 16)) == "dim. 16-août-2026"
        assert format_birth_date(date(1970, 6, 1)) == "01-juin-1970"
        moment = datetime(2026, 1, 5, 14, 30, tzinfo=timezone(timedelta(hours=1)))
        assert format_datetime(moment) == "lun. 05-janv.-2026 14:30 UTC+01:00"
    assert format_date(date(2026, 1, 5)) == "Mon 05-Jan-2026"  # the block ends, English again


def test_french_doses_use_the_decimal_comma_and_keep_every_ismp_rule() -> None:
    """LANG-2 (WRITE-1 in French): leading zero, no trailing zero, a space before the unit."""
    with writing_in("fr"):
        assert format_mg(Decimal("0.25")) == "0,25 mg"
        assert format_mg(Decimal("5.0")) == "5 mg"
        assert format_mcg_as_mg(6250) == "6,25 mg"
        assert format_ml(Decimal("24.3")) == "24,3 mL"
        assert format_m2(Decimal("2.00")) == "2,00 m²"
        assert format_mg_per_m2(Decimal("80")) == "80 mg/m²"
        assert format_mcg(250) == "250 microgrammes"
        assert format_route("SC") == "par voie sous-cutanée"
        assert format_route("iv") == "IV"


def test_french_typing_takes_the_comma_and_the_keypad_point(protocol: Protocol) -> None:
    """LANG-3: "70,5" is 70.5 kg in French (and the numeric keypad's "70.5" too)."""
    with writing_in("fr"):
        assert parse_weight_kg(protocol, "70,5") == Decimal("70.5")
        assert parse_weight_kg(protocol, "70.5") == Decimal("70.5")
        assert parse_anc(protocol, "0,250") == Decimal("0.250")
    with pytest.raises(InputError) as english:
        parse_weight_kg(protocol, "70,5")
    assert english.value.code == "decimal_comma"


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("text", ["1 500", "1.500", "1,500", "1,500.5", "1 500,5", "1\u00a0500", "1\u202f500",
                                  "1\u2009500", "1'500", "2.000.000", "1.500,5"])
def test_a_thousands_separator_is_refused_in_both_languages(protocol: Protocol, language: str, text: str) -> None:
    """LANG-3: "1.500" is one and a half or fifteen hundred depending on who reads it: refused."""
    with writing_in(language), pytest.raises(InputError) as caught:  # type: ignore[arg-type]
        parse_height_cm(protocol, text)
    assert caught.value.code == "thousands_separator"
    values = caught.value.values
    assert (values["field"], values["unit"], values["minimum"], values["maximum"]) == ("height", "cm", "100", "230")


def test_a_number_the_program_wrote_is_read_as_written(protocol: Protocol) -> None:
    """An export's "70.125" is not a thousands group: only typed text is checked for grouping."""
    with writing_in("fr"):
        assert parse_weight_kg(protocol, "70.125", typed=False) == Decimal("70.125")


def test_a_calculation_is_the_same_record_in_both_languages(protocol: Protocol) -> None:
    """LANG-4: the domain's own notation (frozen in the dose record, REC-4) never takes the language:
    a dose worked out by a French window reproduces in an English one, and the other way round."""
    from clinic_app.domain.dosing import calculate_paclitaxel

    english = calculate_paclitaxel(protocol, Decimal("170"), Decimal("70.5"), level=-1)
    with writing_in("fr"):
        french = calculate_paclitaxel(protocol, Decimal("170"), Decimal("70.5"), level=-1)
    assert french == english
    assert french.model_dump_json() == english.model_dump_json()
    assert not re.search(r"[0-9],[0-9]", " ".join(step.expression for step in french.steps))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_three_decimals_are_decimals_only_where_nothing_else_is_possible(protocol: Protocol, language: str) -> None:
    """LANG-3: a BSA of "1.815" m² cannot be 1815 m²; a weight of "70.500" kg could be read either way
    by someone, but 70500 kg is no weight: read as 70.5; an English "1,815" is never a decimal."""
    from clinic_app.domain.double_check import parse_typed_bsa

    with writing_in(language):  # type: ignore[arg-type]
        assert parse_typed_bsa("1.815") == Decimal("1.815")
        assert parse_weight_kg(protocol, "70.500") == Decimal("70.500")
        with pytest.raises(InputError) as caught:
            parse_platelets(protocol, "1.500")  # 1.5 or 1500: both are counts the field accepts
        assert caught.value.code == "thousands_separator"
    with pytest.raises(InputError) as english:
        parse_typed_bsa("1,815")
    assert english.value.code == "thousands_separator"
