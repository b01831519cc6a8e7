"""Strict parsing of numbers typed by a person into `Decimal`.

Python's built-in float conversion (and even the Decimal constructor) accepts "nan", "inf", "1e309", "1_000", "+5" and
full-width or Arabic-Indic digits: every one of them is a way to put a wrong dose on paper. Here
only ASCII digits with at most one decimal separator between digits are accepted (surrounding
spaces and tabs are ignored) (INPUT-3): "." in English; in French "," as French is written, or the
"." a French numeric keypad types (LANG-3). Digits grouped by thousands ("1 500", "1.500",
"1,500.5") are refused in both languages: "1.500" is one and a half to an English reader and
fifteen hundred to a French one, and no dose field may guess which (LANG-3). One group of three
decimals is read as decimals only where nothing else is possible: the language's own decimal
separator, the decimal reading inside the field's range and the thousands reading outside it (a
BSA of "1.815" m²); otherwise it is refused as a thousands separator. Anything else, and any value outside the
protocol's accepted range, raises `InputError` whose values name the field, the unit, the accepted
range, the text typed and, where it helps, a hint (INPUT-1).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .errors import Hint, InputError
from .language import Language, current_language
from .protocol import DecRange, Protocol

# fullmatch with an explicit ASCII class: `\d` would also match "٧" or "７".
_PLAIN_DECIMAL: dict[Language, re.Pattern[str]] = {
    "en": re.compile(r"[0-9]+(?:\.[0-9]+)?"),
    "fr": re.compile(r"[0-9]+(?:[,.][0-9]+)?"),
}
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]+")
# Groups of three digits after a first group of one to three (not starting with 0: "0.250" is a
# decimal in any language), separated by a point, a comma, an apostrophe or any space people or
# word processors put there (no-break U+00A0, narrow no-break U+202F, thin U+2009); a decimal part may follow.
_ONE_GROUP = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")
_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:[ .,'\u00a0\u202f\u2009\u2019][0-9]{3})+(?:[.,][0-9]+)?")
# Only ASCII blanks are trimmed; str.strip() would also eat exotic Unicode spaces silently.
_ASCII_BLANKS = " \t"
# No scale, ruler or lab report gives more: a longer number was pasted or mistyped, and stored as
# typed it would come back on screen and paper digit for digit.
MAX_DECIMALS = 3
MAX_TYPED_LENGTH = 12

UNIT_CM = "cm"
UNIT_KG = "kg"
UNIT_10E9_PER_L = "× 10⁹/L"

HINT_DECIMAL_SEPARATOR = 'use "." as decimal separator'
HINT_DIGITS_ONLY = 'type digits 0-9 with at most one "." (no signs, exponents, spaces or other characters)'
HINT_DIGITS_ONLY_FR = 'type digits 0-9 with at most one "," (no signs, exponents, spaces or other characters)'
HINT_NO_GROUPING = "type the number without a thousands separator"


def _reject(code: str, *, field: str, unit: str, allowed: DecRange, text: str, hint: str | None,
            **extra: str) -> InputError:
    values: dict[str, str] = {**extra,
        "field": field,
        "unit": unit,
        "minimum": str(allowed.low),
        "maximum": str(allowed.high),
        "text": text,
    }
    if hint is not None:
        values["hint"] = hint
    return InputError(code, values)


def _only_decimals(text: str, language: Language, allowed: DecRange) -> bool:
    """Whether "d.ddd" can only mean its decimals here (see the module's docstring)."""
    if _ONE_GROUP.fullmatch(text) is None or _PLAIN_DECIMAL[language].fullmatch(text) is None:
        return False
    digits = text.replace(",", ".")
    return allowed.low <= Decimal(digits) <= allowed.high and not (
        allowed.low <= Decimal(digits.replace(".", "")) <= allowed.high)


def parse_decimal(text: str, *, field: str, unit: str, allowed: DecRange,
                  below_hint: str | None = None, above_hint: str | None = None, typed: bool = True,
                  max_decimals: int = MAX_DECIMALS) -> Decimal:
    """Parse `text` as a plain decimal number in `unit` within `allowed` (inclusive), typed in the
    current language (LANG-3).

    Returns the exact Decimal typed (no rounding). Raises InputError with code `empty`,
    `thousands_separator`, `decimal_comma`, `not_a_number` (also for more than MAX_TYPED_LENGTH
    characters), `too_many_decimals` (more than `max_decimals`) or `out_of_range`; values always carry
    field, unit, minimum, maximum and text; `below_hint`/`above_hint` become the hint of an
    out-of-range value. `typed=False` reads a number the program itself wrote ("70.125" from an
    export): "." only, and three decimals are not taken for a thousands group.
    """
    language = current_language() if typed else "en"
    digits_hint = HINT_DIGITS_ONLY_FR if language == "fr" else HINT_DIGITS_ONLY
    if not isinstance(text, str):  # e.g. what argparse makes of a lone "--" on Python 3.12
        raise _reject("not_a_number", field=field, unit=unit, allowed=allowed, text=repr(text), hint=digits_hint)
    stripped = text.strip(_ASCII_BLANKS)
    if not stripped:
        raise _reject("empty", field=field, unit=unit, allowed=allowed, text=text, hint=None)
    if typed and _GROUPED.fullmatch(stripped) is not None and not _only_decimals(stripped, language, allowed):
        raise _reject("thousands_separator", field=field, unit=unit, allowed=allowed, text=text,
                      hint=HINT_NO_GROUPING)
    if _PLAIN_DECIMAL[language].fullmatch(stripped) is None:
        if language == "en" and _DECIMAL_COMMA.fullmatch(stripped) is not None:
            raise _reject("decimal_comma", field=field, unit=unit, allowed=allowed, text=text,
                          hint=HINT_DECIMAL_SEPARATOR)
        raise _reject("not_a_number", field=field, unit=unit, allowed=allowed, text=text, hint=digits_hint)
    decimals = stripped.replace(",", ".").partition(".")[2]
    if typed and len(decimals) > max_decimals:
        raise _reject("too_many_decimals", field=field, unit=unit, allowed=allowed, text=text, hint=None,
                      decimals=str(max_decimals))
    if typed and len(stripped) > MAX_TYPED_LENGTH:
        raise _reject("not_a_number", field=field, unit=unit, allowed=allowed, text=text, hint=digits_hint)
    value = Decimal(stripped.replace(",", "."))
    if value < allowed.low:
        raise _reject("out_of_range", field=field, unit=unit, allowed=allowed, text=text, hint=below_hint)
    if value > allowed.high:
        raise _reject("out_of_range", field=field, unit=unit, allowed=allowed, text=text, hint=above_hint)
    return value


def parse_height_cm(protocol: Protocol, text: str, *, typed: bool = True) -> Decimal:
    """Height in cm within protocol.plausibility.height_cm; raises InputError (field "height"),
    hinting at inches or metres (INPUT-1)."""
    allowed = protocol.plausibility.height_cm
    hint = "enter the height in cm: inches or metres were probably typed (1 inch = 2.54 cm, 1 m = 100 cm)"
    return parse_decimal(text, field="height", unit=UNIT_CM, allowed=allowed, below_hint=hint, above_hint=hint,
                         typed=typed)


def parse_weight_kg(protocol: Protocol, text: str, *, typed: bool = True) -> Decimal:
    """Weight in kg within protocol.plausibility.weight_kg; raises InputError (field "weight")
    (INPUT-1)."""
    allowed = protocol.plausibility.weight_kg
    return parse_decimal(
        text, field="weight", unit=UNIT_KG, allowed=allowed,
        below_hint="enter the weight in kg",
        above_hint="enter the weight in kg: pounds or grams were probably typed (1 lb = 0.4536 kg)", typed=typed,
    )


def parse_anc(protocol: Protocol, text: str, *, typed: bool = True) -> Decimal:
    """Absolute neutrophil count in × 10⁹/L within protocol.lab_ranges; raises InputError (field "ANC")."""
    return parse_decimal(text, field="ANC", unit=UNIT_10E9_PER_L, allowed=protocol.lab_ranges.anc_10e9_per_l,
                         above_hint="enter the count in × 10⁹/L (e.g. 1.5, not 1500)", typed=typed)


def parse_platelets(protocol: Protocol, text: str, *, typed: bool = True) -> Decimal:
    """Platelet count in × 10⁹/L within protocol.lab_ranges; raises InputError (field "platelets")."""
    return parse_decimal(text, field="platelets", unit=UNIT_10E9_PER_L,
                         allowed=protocol.lab_ranges.platelets_10e9_per_l,
                         above_hint="enter the count in × 10⁹/L (e.g. 150, not 150000)", typed=typed)


_LEVEL = re.compile(r"0|-[1-9][0-9]{0,2}")


def parse_dose_level(protocol: Protocol, text: str) -> int:
    """A dose level ("0", "-1", ...) that the protocol's BSA drug has; raises InputError (field "level")."""
    levels = sorted(lv.level for lv in protocol.bsa_drug.levels)
    stripped = text.strip(_ASCII_BLANKS)
    if _LEVEL.fullmatch(stripped) is None or int(stripped) not in levels:
        raise InputError("unknown_dose_level", {
            "field": "level", "unit": "", "minimum": str(levels[0]), "maximum": str(levels[-1]), "text": text,
            "hint": Hint("one of {choices}", choices=", ".join(str(lv) for lv in reversed(levels))),
        })
    return int(stripped)
