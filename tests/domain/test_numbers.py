"""Strict parsing of typed numbers: only ASCII digits with one ".", within the protocol's range."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from suite_profile import count

from clinic_app.domain.errors import InputError
from clinic_app.domain.numbers import (
    parse_anc,
    parse_dose_level,
    parse_height_cm,
    parse_platelets,
    parse_weight_kg,
)
from clinic_app.domain.protocol import Protocol

Parser = Callable[[Protocol, str], Decimal]

# (parser, field, unit, minimum, maximum) as INPUT-1 and the shipped protocol state them.
FIELDS: list[tuple[Parser, str, str, str, str]] = [
    (parse_height_cm, "height", "cm", "100", "230"),
    (parse_weight_kg, "weight", "kg", "25", "300"),
    (parse_anc, "ANC", "× 10⁹/L", "0", "50"),
    (parse_platelets, "platelets", "× 10⁹/L", "0", "2000"),
]
FIELD_IDS = [f[1] for f in FIELDS]

# What float() or Decimal() would accept but a dose field must not.
FLOAT_TRAPS = ["nan", "NaN", "inf", "-inf", "Infinity", "1e309", "1e2", "1E2", "1_000", "１７０", "٧٠", "१७०",
               "+5", "-5", " ", "", "\t", "170.", ".5", "1.2.3", "0x10", "170cm", "5'7", "170\n", "1 70",
               "\u00a0170", "170\u2009", "½", "²", "−5", "170,", ",5"]


@pytest.mark.parametrize(("parser", "field", "unit", "low", "high"), FIELDS, ids=FIELD_IDS)
@pytest.mark.parametrize("text", FLOAT_TRAPS)
def test_float_traps_are_rejected_naming_field_unit_range(
        protocol: Protocol, parser: Parser, field: str, unit: str, low: str, high: str, text: str) -> None:
    """INPUT-3: NaN, infinities, exponents, underscores, other digits refused."""
    with pytest.raises(InputError) as caught:
        parser(protocol, text)
    values = caught.value.values
    assert (values["field"], values["unit"], values["minimum"], values["maximum"]) == (field, unit, low, high)
    assert values["text"] == text


@pytest.mark.parametrize(("parser", "field", "unit", "low", "high"), FIELDS, ids=FIELD_IDS)
def test_decimal_comma_gets_the_separator_hint(
        protocol: Protocol, parser: Parser, field: str, unit: str, low: str, high: str) -> None:
    """INPUT-3: a decimal comma is refused with the hint to use "."."""
    with pytest.raises(InputError) as caught:
        parser(protocol, "70,5")
    assert caught.value.code == "decimal_comma"
    assert caught.value.values["hint"] == 'use "." as decimal separator'
    assert 'use "." as decimal separator' in str(caught.value)


@pytest.mark.parametrize(("parser", "field", "unit", "low", "high"), FIELDS, ids=FIELD_IDS)
@pytest.mark.parametrize("text", ["70.1234", "70." + "0" * 20_000 + "1", "1.0001"])
def test_more_than_three_decimals_are_refused_naming_the_limit(
        protocol: Protocol, parser: Parser, field: str, unit: str, low: str, high: str, text: str) -> None:
    with pytest.raises(InputError) as caught:
        parser(protocol, text)
    assert caught.value.code == "too_many_decimals"
    assert caught.value.values["decimals"] == "3"
    assert (caught.value.values["field"], caught.value.values["minimum"], caught.value.values["maximum"]) == (
        field, low, high)
    assert len(str(caught.value)) < 300  # the typed text is quoted by its start, not echoed whole


def test_a_field_may_allow_more_decimals(protocol: Protocol) -> None:
    """A calculator's BSA read off its display (the independent double check allows 6 decimals)."""
    from clinic_app.domain.double_check import parse_typed_bsa

    assert parse_typed_bsa("1.818181") == Decimal("1.818181")
    with pytest.raises(InputError) as caught:
        parse_typed_bsa("1.8181818")
    assert (caught.value.code, caught.value.values["decimals"]) == ("too_many_decimals", "6")


@pytest.mark.parametrize("text", ["0" * 20 + "70", "70.125", "070.5"])
def test_long_texts_are_refused_and_three_decimals_accepted(protocol: Protocol, text: str) -> None:
    if len(text) > 12:
        with pytest.raises(InputError) as caught:
            parse_weight_kg(protocol, text)
        assert caught.value.code == "not_a_number"
    else:
        assert parse_weight_kg(protocol, text) == Decimal(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("170", Decimal("170")), ("170.5", Decimal("170.5")), ("100", Decimal("100")), ("230", Decimal("230")),
    ("0170", Decimal("170")), (" 170 ", Decimal("170")), ("\t99.99\t", None), ("230.01", None), ("99.9", None),
])
def test_height_range_is_inclusive(protocol: Protocol, text: str, expected: Decimal | None) -> None:
    """INPUT-1: height 100 to 230 cm, ends included."""
    if expected is None:
        with pytest.raises(InputError):
            parse_height_cm(protocol, text)
    else:
        assert parse_height_cm(protocol, text) == expected


@pytest.mark.parametrize("text", ["67", "1.70", "1.7", "2", "1700"])
def test_height_outside_range_hints_at_inches_or_metres(protocol: Protocol, text: str) -> None:
    """INPUT-1: a hint when inches or metres were typed."""
    with pytest.raises(InputError) as caught:
        parse_height_cm(protocol, text)
    assert caught.value.code == "out_of_range"
    assert "inches or metres" in caught.value.values["hint"]
    message = str(caught.value)
    assert "height" in message and "cm" in message and "100" in message and "230" in message


def test_weight_above_range_hints_at_pounds(protocol: Protocol) -> None:
    """INPUT-1: weight above 300 kg, a hint at pounds."""
    with pytest.raises(InputError) as caught:
        parse_weight_kg(protocol, "350")
    assert "pounds" in caught.value.values["hint"]


@pytest.mark.parametrize(("parser", "low", "high"), [
    (parse_weight_kg, "25", "300"), (parse_anc, "0", "50"), (parse_platelets, "0", "2000")])
def test_range_ends_are_accepted(protocol: Protocol, parser: Parser, low: str, high: str) -> None:
    """INPUT-1: every range end accepted."""
    assert parser(protocol, low) == Decimal(low)
    assert parser(protocol, high) == Decimal(high)


@pytest.mark.parametrize(("text", "level"), [("0", 0), ("-1", -1), ("-2", -2)])
def test_dose_levels_of_the_protocol(protocol: Protocol, text: str, level: int) -> None:
    assert parse_dose_level(protocol, text) == level


@pytest.mark.parametrize("text", ["1", "+0", "-0", "-3", "٠", "-1.0", "", "two", "--1"])
def test_dose_level_not_in_protocol_is_rejected(protocol: Protocol, text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_dose_level(protocol, text)
    assert caught.value.values["field"] == "level"
    assert (caught.value.values["minimum"], caught.value.values["maximum"]) == ("-2", "0")


# --- generated input ----------------------------------------------------------------------------
_NASTY_PIECES = ["nan", "inf", "e", "E", "_", ",", ".", "+", "-", " ", "\t", "\n", "１", "٣", "०", "\u00a0",
                 "0", "1", "5", "9", "00", "1e309", "Infinity", "0x", "²"]
TEXTS = st.one_of(
    st.text(alphabet="0123456789.,eE+-_ \t", max_size=12),
    st.tuples(*[st.sampled_from(["", *_NASTY_PIECES])] * 4).map("".join),  # tuples: cheaper than lists
    st.text(max_size=10),
    st.decimals(min_value=-10_000, max_value=10_000, places=3, allow_nan=False).map(str),
    st.integers(min_value=-10, max_value=3000).map(str),
)


def _check_one(protocol: Protocol, parser: Parser, field: str, unit: str, low: str, high: str, text: str) -> None:
    try:
        value = parser(protocol, text)
    except InputError as exc:
        values = exc.values
        assert (values["field"], values["unit"], values["minimum"], values["maximum"]) == (field, unit, low, high)
        message = str(exc)
        assert field in message and unit in message and low in message and high in message
        assert "\n" not in message
        return
    stripped = text.strip(" \t")
    # Written out independently of the parser's regex: ASCII digits, at most one point, digits around it.
    assert stripped and set(stripped) <= set("0123456789.") and stripped.count(".") <= 1
    assert not stripped.startswith(".") and not stripped.endswith(".")
    assert value.is_finite()
    assert Decimal(low) <= value <= Decimal(high)
    assert value == Decimal(stripped)
    assert len(stripped) <= 12 and len(stripped.partition(".")[2]) <= 3  # as typed it comes back on paper


# One generated string is checked against all four fields: 10,000 strings per field at a quarter of the cost.
@settings(max_examples=count(full=10_000, default=1_000))
@given(text=TEXTS)
def test_generated_text_for_every_numeric_field(protocol: Protocol, text: str) -> None:
    for parser, field, unit, low, high in FIELDS:
        _check_one(protocol, parser, field, unit, low, high, text)


@settings(max_examples=count(full=500, default=100))
@given(value=st.decimals(min_value=100, max_value=230, places=1))
def test_every_plain_height_in_range_is_accepted_exactly(protocol: Protocol, value: Decimal) -> None:
    assert parse_height_cm(protocol, format(value, "f")) == value
