"""Strict parsing of numbers typed by a person into `Decimal`.

Python's built-in float conversion (and even the Decimal constructor) accepts "nan", "inf", "1e309", "1_000", "+5" and
full-width or Arabic-Indic digits: every one of them is a way to put a wrong dose on paper. Here
only ASCII digits with at most one "." between digits are accepted (surrounding spaces and tabs are
ignored) (INPUT-3); anything else, and any value outside the protocol's accepted range, raises
`InputError` whose values name the field, the unit, the accepted range, the text typed and, where
it helps, a hint (INPUT-1).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .errors import InputError
from .protocol import DecRange, Protocol

# fullmatch with an explicit ASCII class: `\d` would also match "٧" or "７".
_PLAIN_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]+")
# Only ASCII blanks are trimmed; str.strip() would also eat exotic Unicode spaces silently.
_ASCII_BLANKS = " \t"

UNIT_CM = "cm"
UNIT_KG = "kg"
UNIT_10E9_PER_L = "× 10⁹/L"

HINT_DECIMAL_SEPARATOR = 'use "." as decimal separator'
HINT_DIGITS_ONLY = 'type digits 0-9 with at most one "." (no signs, exponents, spaces or other characters)'


def _reject(code: str, *, field: str, unit: str, allowed: DecRange, text: str, hint: str | None) -> InputError:
    values: dict[str, str] = {
        "field": field,
        "unit": unit,
        "minimum": str(allowed.low),
        "maximum": str(allowed.high),
        "text": text,
    }
    if hint is not None:
        values["hint"] = hint
    return InputError(code, values)


def parse_decimal(text: str, *, field: str, unit: str, allowed: DecRange,
                  below_hint: str | None = None, above_hint: str | None = None) -> Decimal:
    """Parse `text` as a plain decimal number in `unit` within `allowed` (inclusive).

    Returns the exact Decimal typed (no rounding). Raises InputError with code `empty`,
    `decimal_comma`, `not_a_number` or `out_of_range`; values always carry field, unit,
    minimum, maximum and text; `below_hint`/`above_hint` become the hint of an out-of-range value.
    """
    if not isinstance(text, str):  # e.g. what argparse makes of a lone "--" on Python 3.12
        raise _reject("not_a_number", field=field, unit=unit, allowed=allowed, text=repr(text), hint=HINT_DIGITS_ONLY)
    stripped = text.strip(_ASCII_BLANKS)
    if not stripped:
        raise _reject("empty", field=field, unit=unit, allowed=allowed, text=text, hint=None)
    if _PLAIN_DECIMAL.fullmatch(stripped) is None:
        if _DECIMAL_COMMA.fullmatch(stripped) is not None:
            raise _reject("decimal_comma", field=field, unit=unit, allowed=allowed, text=text,
                          hint=HINT_DECIMAL_SEPARATOR)
        raise _reject("not_a_number", field=field, unit=unit, allowed=allowed, text=text, hint=HINT_DIGITS_ONLY)
    value = Decimal(stripped)
    if value < allowed.low:
        raise _reject("out_of_range", field=field, unit=unit, allowed=allowed, text=text, hint=below_hint)
    if value > allowed.high:
        raise _reject("out_of_range", field=field, unit=unit, allowed=allowed, text=text, hint=above_hint)
    return value


def parse_height_cm(protocol: Protocol, text: str) -> Decimal:
    """Height in cm within protocol.plausibility.height_cm; raises InputError (field "height"),
    hinting at inches or metres (INPUT-1)."""
    allowed = protocol.plausibility.height_cm
    hint = "enter the height in cm: inches or metres were probably typed (1 inch = 2.54 cm, 1 m = 100 cm)"
    return parse_decimal(text, field="height", unit=UNIT_CM, allowed=allowed, below_hint=hint, above_hint=hint)


def parse_weight_kg(protocol: Protocol, text: str) -> Decimal:
    """Weight in kg within protocol.plausibility.weight_kg; raises InputError (field "weight")
    (INPUT-1)."""
    allowed = protocol.plausibility.weight_kg
    return parse_decimal(
        text, field="weight", unit=UNIT_KG, allowed=allowed,
        below_hint="enter the weight in kg",
        above_hint="enter the weight in kg: pounds or grams were probably typed (1 lb = 0.4536 kg)",
    )


def parse_anc(protocol: Protocol, text: str) -> Decimal:
    """Absolute neutrophil count in × 10⁹/L within protocol.lab_ranges; raises InputError (field "ANC")."""
    return parse_decimal(text, field="ANC", unit=UNIT_10E9_PER_L, allowed=protocol.lab_ranges.anc_10e9_per_l,
                         above_hint="enter the count in × 10⁹/L (e.g. 1.5, not 1500)")


def parse_platelets(protocol: Protocol, text: str) -> Decimal:
    """Platelet count in × 10⁹/L within protocol.lab_ranges; raises InputError (field "platelets")."""
    return parse_decimal(text, field="platelets", unit=UNIT_10E9_PER_L,
                         allowed=protocol.lab_ranges.platelets_10e9_per_l,
                         above_hint="enter the count in × 10⁹/L (e.g. 150, not 150000)")


_LEVEL = re.compile(r"0|-[1-9][0-9]{0,2}")


def parse_dose_level(protocol: Protocol, text: str) -> int:
    """A dose level ("0", "-1", ...) that the protocol's BSA drug has; raises InputError (field "level")."""
    levels = sorted(lv.level for lv in protocol.bsa_drug.levels)
    stripped = text.strip(_ASCII_BLANKS)
    if _LEVEL.fullmatch(stripped) is None or int(stripped) not in levels:
        raise InputError("unknown_dose_level", {
            "field": "level", "unit": "", "minimum": str(levels[0]), "maximum": str(levels[-1]), "text": text,
            "hint": "one of " + ", ".join(str(lv) for lv in reversed(levels)),
        })
    return int(stripped)
