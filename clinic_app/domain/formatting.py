"""The one way doses, volumes, dates and routes are written, on screen and on paper (ISMP).

WRITE-1: leading zero ("0.25 mg"), no trailing zero ("5 mg", never "5.0 mg"), a space before the
unit, "mg", "mL", "mcg" (never "µg"), "IV", "subcutaneously" (never "SC"/"SQ"). WRITE-2: dates
"Mon 05-Jan-2026" (English abbreviations from fixed tables, never the locale), dates of birth
"05-Jan-1970", times with their zone offset "14:30 UTC+01:00". BSA keeps its rounding places
("2.00 m²") because it is a measured value showing the
precision it was rounded to, not a dose.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import ROUND_DOWN, Decimal

from .errors import InputError
from .protocol import Protocol

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MCG_PER_MG_EXPONENT = 3  # 1 mg = 10^3 mcg

# Routes as the protocol names them -> as they are written; abbreviations ISMP bans map to words.
_ROUTES = {
    "iv": "IV",
    "intravenous": "IV",
    "intravenously": "IV",
    "subcutaneously": "subcutaneously",
    "subcutaneous": "subcutaneously",
    "sc": "subcutaneously",
    "sq": "subcutaneously",
    "s.c.": "subcutaneously",
    "subcut": "subcutaneously",
    "orally": "orally",
    "oral": "orally",
    "po": "orally",
}


EXACT_SHOWN = Decimal("1E-10")  # an unrounded intermediate (exact BSA) is shown to 10 decimals


def format_exact(value: Decimal) -> str:
    """An unrounded intermediate as people read it: truncated (never rounded) to 10 decimals, so a
    value just below a rounding tie is never shown as the tie itself (1.82499999999996 -> "1.8249999999")."""
    return plain_number(value.quantize(EXACT_SHOWN, rounding=ROUND_DOWN))


def plain_number(value: Decimal) -> str:
    """A finite decimal without trailing zeros, exponent or naked leading point: 5.0 -> "5", .5 -> "0.5"."""
    if not value.is_finite():
        raise InputError("not_finite", {"field": "number", "unit": "", "text": str(value)})
    text = format(value, "f")  # positional notation, never "1E+2"; normalize() would round to 28 digits
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def format_mg(value: Decimal) -> str:
    """A dose in mg: "0.25 mg", "5 mg", "123 mg"."""
    return f"{plain_number(value)} mg"


def format_mcg_as_mg(mcg: int) -> str:
    """An exact microgram amount shown in mg: 250 -> "0.25 mg", 6250 -> "6.25 mg"."""
    return format_mg(Decimal(mcg).scaleb(-_MCG_PER_MG_EXPONENT))  # exact: a decimal shift, no division


def format_mcg(mcg: int) -> str:
    """Micrograms written "mcg" (never "µg"): 250 -> "250 mcg"."""
    return f"{mcg} mcg"


def format_ml(value: Decimal) -> str:
    """A volume: "12.2 mL", "30 mL"."""
    return f"{plain_number(value)} mL"


def format_m2(value: Decimal) -> str:
    """A body surface area as given (keeps its rounding places): "1.82 m²", "2.00 m²"."""
    if not value.is_finite():
        raise InputError("not_finite", {"field": "BSA", "unit": "m²", "text": str(value)})
    text = format(value, "f")
    return f"{'0' + text if text.startswith('.') else text} m²"


def format_mg_per_m2(value: Decimal) -> str:
    """A dose per body surface area: "80 mg/m²"."""
    return f"{plain_number(value)} mg/m²"


def format_concentration(value: Decimal) -> str:
    """A concentration: "0.49 mg/mL", "6 mg/mL"."""
    return f"{plain_number(value)} mg/mL"


def format_date(day: date) -> str:
    """An unambiguous date: "Mon 05-Jan-2026"."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day:02d}-{_MONTHS[day.month - 1]}-{day.year:04d}"


def format_birth_date(day: date) -> str:
    """A date of birth: "05-Jan-1970" (the weekday of a birth is noise beside a patient's name)."""
    return f"{day.day:02d}-{_MONTHS[day.month - 1]}-{day.year:04d}"


def format_iso_date(day: date) -> str:
    """A date for files: "2026-01-05"."""
    return day.isoformat()


def _offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def format_datetime(moment: datetime) -> str:
    """A time with its zone, always in one form: "Mon 05-Jan-2026 14:30 UTC+01:00" (the offset, not
    a zone name: names such as "IST" or "CST" are ambiguous, and "UTC (UTC+00:00)" says it twice).
    Raises InputError for a naive datetime (its zone would be a guess)."""
    offset = moment.utcoffset()
    if offset is None:
        raise InputError("naive_datetime", {"field": "time", "unit": "date and time with time zone",
                                            "text": moment.isoformat()})
    return f"{format_date(moment.date())} {moment.hour:02d}:{moment.minute:02d} {_offset(offset)}"


def format_route(route: str) -> str:
    """A route written out: "IV", "subcutaneously" (also for "SC"/"SQ"), "orally".

    Raises InputError (field "route") for a route with no agreed spelling.
    """
    written = _ROUTES.get(route.strip().lower())
    if written is None:
        raise InputError("unknown_route", {"field": "route", "unit": "", "text": route,
                                           "accepted": sorted(set(_ROUTES.values()))})
    return written


def drug_display_name(protocol: Protocol, drug_key: str) -> str:
    """The drug's name as printed (tall-man lettering from the protocol, e.g. "PACLitaxel")."""
    return protocol.drug(drug_key).display_name


_BSA_FORMULA_NAMES = {"mosteller": "Mosteller", "dubois": "DuBois", "haycock": "Haycock",
                      "gehan-george": "Gehan & George", "boyd": "Boyd"}


def format_bsa_formula(formula: str) -> str:
    """The BSA formula's published name ("mosteller" -> "Mosteller"); an unknown key is shown as it is."""
    return _BSA_FORMULA_NAMES.get(formula, formula)

