"""Plausibility checks on body measurements and dates (INPUT-2, INPUT-4, DOSE-6).

Two kinds of outcome:
- impossible values (a future measurement or birth date, a patient outside the protocol's adult
  age range) raise `InputError`: they cannot be confirmed away;
- implausible values are returned as `PlausibilityWarning` data (a code and its values). A face
  shows each one and a person must acknowledge it (`needs="confirmation"`) or record a signed
  decision (`needs="decision"`) before the dose is used.

Apparent height/weight swap (rule, decision): the weight number is at least the height number
AND reading the two the other way round gives a height and a weight inside the protocol's ranges
with a BMI inside the protocol's BMI range. A real adult rarely weighs more kilograms than they
measure centimetres (that is a BMI above ~59 at 170 cm), while a swapped entry usually does.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .errors import InputError
from .protocol import Protocol

HUNDRED = Decimal(100)


class PlausibilityWarning(BaseModel):
    """An implausible value that a person must confirm (or decide on) before it is used.

    Codes: bmi_out_of_range, bsa_out_of_range, height_weight_swapped, weight_change_slip,
    weight_change_recalculate, weight_too_old. `values` holds decimal strings and units.
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: str
    needs: Literal["confirmation", "decision"]
    values: dict[str, str]


def bmi(height_cm: Decimal, weight_kg: Decimal) -> Decimal:
    """Body-mass index in kg/m², rounded half-up to 0.1 (height cm, weight kg)."""
    metres = height_cm / HUNDRED
    return (weight_kg / (metres * metres)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def check_body(protocol: Protocol, height_cm: Decimal, weight_kg: Decimal,
               bsa_m2: Decimal) -> list[PlausibilityWarning]:
    """Warnings for an implausible BMI, BSA (m², the value used) or an apparent height/weight swap
    (INPUT-2)."""
    rules = protocol.plausibility
    warnings: list[PlausibilityWarning] = []
    index = bmi(height_cm, weight_kg)
    if not rules.bmi.contains(index):
        warnings.append(PlausibilityWarning(code="bmi_out_of_range", needs="confirmation", values={
            "bmi": str(index), "unit": "kg/m²", "minimum": str(rules.bmi.low), "maximum": str(rules.bmi.high)}))
    if not rules.bsa_m2.contains(bsa_m2):
        warnings.append(PlausibilityWarning(code="bsa_out_of_range", needs="confirmation", values={
            "bsa_m2": str(bsa_m2), "unit": "m²", "minimum": str(rules.bsa_m2.low),
            "maximum": str(rules.bsa_m2.high)}))
    if (weight_kg >= height_cm and rules.height_cm.contains(weight_kg) and rules.weight_kg.contains(height_cm)
            and rules.bmi.contains(bmi(weight_kg, height_cm))):
        warnings.append(PlausibilityWarning(code="height_weight_swapped", needs="confirmation", values={
            "height_cm": str(height_cm), "weight_kg": str(weight_kg)}))
    return warnings


def percent_change(new: Decimal, old: Decimal) -> Decimal:
    """|new − old| / old × 100, rounded half-up to 0.1 %."""
    return (abs(new - old) / old * HUNDRED).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def check_weight_change(protocol: Protocol, weight_kg: Decimal, *, previous_weight_kg: Decimal | None = None,
                        weight_used_last_dose_kg: Decimal | None = None) -> list[PlausibilityWarning]:
    """Warnings for a weight (kg) that changed too much.

    - more than protocol.weight.slip_change_percent against the previous recorded weight: looks like
      a pounds/kilograms slip (confirmation, INPUT-2);
    - protocol.weight.recalc_change_percent or more against the weight the previous dose was
      calculated from: recalculate or keep the dose (signed decision, DOSE-6).
    Percentages are compared unrounded, so 10.0 % exactly counts as 10 %.
    """
    rules = protocol.weight
    warnings: list[PlausibilityWarning] = []
    if previous_weight_kg is not None and previous_weight_kg > 0:
        change = abs(weight_kg - previous_weight_kg) / previous_weight_kg * HUNDRED
        if change > rules.slip_change_percent:
            warnings.append(PlausibilityWarning(code="weight_change_slip", needs="confirmation", values={
                "weight_kg": str(weight_kg), "previous_weight_kg": str(previous_weight_kg),
                "change_percent": str(percent_change(weight_kg, previous_weight_kg)),
                "limit_percent": str(rules.slip_change_percent)}))
    if weight_used_last_dose_kg is not None and weight_used_last_dose_kg > 0:
        change = abs(weight_kg - weight_used_last_dose_kg) / weight_used_last_dose_kg * HUNDRED
        if change >= rules.recalc_change_percent:
            warnings.append(PlausibilityWarning(code="weight_change_recalculate", needs="decision", values={
                "weight_kg": str(weight_kg), "weight_used_last_dose_kg": str(weight_used_last_dose_kg),
                "change_percent": str(percent_change(weight_kg, weight_used_last_dose_kg)),
                "limit_percent": str(rules.recalc_change_percent)}))
    return warnings


def check_measurement_date(protocol: Protocol, measured_on: date, *, dose_date: date,
                           today: date) -> list[PlausibilityWarning]:
    """Refuse a measurement dated after `today` (InputError, field "measurement date", INPUT-4); warn
    (`weight_too_old`) when it is more than protocol.weight.max_age_days before `dose_date`."""
    if measured_on > today:
        raise InputError("date_in_future", {"field": "measurement date", "unit": "date",
                                            "maximum": today.isoformat(), "text": measured_on.isoformat()})
    age_days = (dose_date - measured_on).days
    if age_days > protocol.weight.max_age_days:
        return [PlausibilityWarning(code="weight_too_old", needs="confirmation", values={
            "measured_on": measured_on.isoformat(), "dose_date": dose_date.isoformat(),
            "age_days": str(age_days), "max_age_days": str(protocol.weight.max_age_days)})]
    return []


def age_in_years(date_of_birth: date, on: date) -> int:
    """Completed years of age on a date (a 29 February birthday counts from 1 March in other years)."""
    before_birthday = (on.month, on.day) < (date_of_birth.month, date_of_birth.day)
    return on.year - date_of_birth.year - int(before_birthday)


def check_date_of_birth(protocol: Protocol, date_of_birth: date, *, today: date) -> int:
    """Age in years today; raises InputError (field "date of birth") for a future date
    (`date_in_future`) or an age outside protocol.plausibility.age_years (`age_out_of_range`)
    (INPUT-4)."""
    allowed = protocol.plausibility.age_years
    if date_of_birth > today:
        raise InputError("date_in_future", {"field": "date of birth", "unit": "date",
                                            "maximum": today.isoformat(), "text": date_of_birth.isoformat()})
    age = age_in_years(date_of_birth, today)
    if not allowed.low <= age <= allowed.high:
        raise InputError("age_out_of_range", {"field": "date of birth", "unit": "years of age",
                                              "minimum": str(allowed.low), "maximum": str(allowed.high),
                                              "text": date_of_birth.isoformat(), "age": str(age)})
    return age
