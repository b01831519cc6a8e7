"""The one way doses, volumes, dates and routes are written, on screen and on paper (ISMP).

WRITE-1: leading zero ("0.25 mg"), no trailing zero ("5 mg", never "5.0 mg"), a space before the
unit, "mg", "mL", "mcg" (never "µg"), "IV", "subcutaneously" (never "SC"/"SQ"). WRITE-2: dates
"Mon 05-Jan-2026" (abbreviations from fixed tables, never the locale), dates of birth
"05-Jan-1970", times with their zone offset "14:30 UTC+01:00". BSA keeps its rounding places
("2.00 m²") because it is a measured value showing the
precision it was rounded to, not a dose.

In French (LANG-2, docs/french-conventions.md) every rule keeps its meaning: a decimal comma
("0,25 mg"), "lun. 05-janv.-2026", "microgrammes" written out, "par voie sous-cutanée"; the digits
are the same ones (LANG-4).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import ROUND_DOWN, Decimal

from .errors import InputError
from .language import Language, current_language
from .protocol import Protocol

_WEEKDAYS: dict[Language, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
}
# French: the abbreviations of the Imprimerie nationale's rules, as CLDR has them ("juin", "août" unshortened).
_MONTHS: dict[Language, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
}
_DECIMAL_SEPARATOR: dict[Language, str] = {"en": ".", "fr": ","}
_MCG_PER_MG_EXPONENT = 3  # 1 mg = 10^3 mcg

# Routes as the protocol names them -> as they are written; abbreviations ISMP bans map to words.
_ROUTES: dict[str, str] = {
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
# The same routes in French: "IV" as ANSM product information writes it, the others written out.
_ROUTES_FR = {"IV": "IV", "subcutaneously": "par voie sous-cutanée", "orally": "par voie orale"}


EXACT_SHOWN = Decimal("1E-10")  # an unrounded intermediate (exact BSA) is shown to 10 decimals


def format_exact(value: Decimal) -> str:
    """An unrounded intermediate as people read it: truncated (never rounded) to 10 decimals, so a
    value just below a rounding tie is never shown as the tie itself (1.82499999999996 -> "1.8249999999")."""
    return _separator(exact_notation(value))


def exact_notation(value: Decimal) -> str:
    """format_exact in the program's own notation, "." whatever the language: for text that is
    stored and compared (a dose record's calculation steps, REC-4), never for people."""
    return plain_notation(value.quantize(EXACT_SHOWN, rounding=ROUND_DOWN))


def plain_number(value: Decimal) -> str:
    """A finite decimal without trailing zeros, exponent or naked leading point: 5.0 -> "5", .5 -> "0.5"."""
    return _separator(plain_notation(value))


def plain_notation(value: Decimal) -> str:
    """plain_number in the program's own notation, "." whatever the language (JSON, stored text)."""
    if not value.is_finite():
        raise InputError("not_finite", {"field": "number", "unit": "", "text": str(value)})
    text = format(value, "f")  # positional notation, never "1E+2"; normalize() would round to 28 digits
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _separator(text: str) -> str:
    """A number written with "." as it is written in the current language (LANG-2)."""
    return text.replace(".", _DECIMAL_SEPARATOR[current_language()])


def decimal_text(text: str) -> str:
    """A plain decimal kept as text ("0.3", a range bound) written in the current language."""
    return _separator(text)


def format_mg(value: Decimal) -> str:
    """A dose in mg: "0.25 mg", "5 mg", "123 mg"."""
    return f"{plain_number(value)} mg"


def format_mcg_as_mg(mcg: int) -> str:
    """An exact microgram amount shown in mg: 250 -> "0.25 mg", 6250 -> "6.25 mg"."""
    return format_mg(Decimal(mcg).scaleb(-_MCG_PER_MG_EXPONENT))  # exact: a decimal shift, no division


def format_mcg(mcg: int) -> str:
    """Micrograms written "mcg" (never "µg"): 250 -> "250 mcg"; in French written out,
    "250 microgrammes" (the abbreviation "mcg" is not French practice)."""
    return f"{mcg} microgrammes" if current_language() == "fr" else f"{mcg} mcg"


def format_ml(value: Decimal) -> str:
    """A volume: "12.2 mL", "30 mL"."""
    return f"{plain_number(value)} mL"


def format_m2(value: Decimal) -> str:
    """A body surface area as given (keeps its rounding places): "1.82 m²", "2.00 m²"."""
    if not value.is_finite():
        raise InputError("not_finite", {"field": "BSA", "unit": "m²", "text": str(value)})
    text = format(value, "f")
    return f"{_separator('0' + text if text.startswith('.') else text)} m²"


def format_mg_per_m2(value: Decimal) -> str:
    """A dose per body surface area: "80 mg/m²"."""
    return f"{plain_number(value)} mg/m²"


def format_concentration(value: Decimal) -> str:
    """A concentration: "0.49 mg/mL", "6 mg/mL"."""
    return f"{plain_number(value)} mg/mL"


def format_date(day: date) -> str:
    """An unambiguous date: "Mon 05-Jan-2026", in French "lun. 05-janv.-2026"."""
    return f"{_WEEKDAYS[current_language()][day.weekday()]} {format_birth_date(day)}"


def format_birth_date(day: date) -> str:
    """A date of birth: "05-Jan-1970" (the weekday of a birth is noise beside a patient's name)."""
    return f"{day.day:02d}-{_MONTHS[current_language()][day.month - 1]}-{day.year:04d}"


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
    """A route written out: "IV", "subcutaneously" (also for "SC"/"SQ"), "orally"; in French "IV",
    "par voie sous-cutanée", "par voie orale".

    Raises InputError (field "route") for a route with no agreed spelling.
    """
    written = _ROUTES.get(route.strip().lower())
    if written is None:
        raise InputError("unknown_route", {"field": "route", "unit": "", "text": route,
                                           "accepted": sorted(set(_ROUTES.values()))})
    return _ROUTES_FR[written] if current_language() == "fr" else written


def drug_display_name(protocol: Protocol, drug_key: str) -> str:
    """The drug's name as printed (tall-man lettering from the protocol, e.g. "PACLitaxel")."""
    return protocol.drug(drug_key).display_name


_BSA_FORMULA_NAMES = {"mosteller": "Mosteller", "dubois": "DuBois", "haycock": "Haycock",
                      "gehan-george": "Gehan & George", "boyd": "Boyd"}


def format_bsa_formula(formula: str) -> str:
    """The BSA formula's published name ("mosteller" -> "Mosteller"); an unknown key is shown as it is."""
    return _BSA_FORMULA_NAMES.get(formula, formula)

