"""Preparing a BSA-based infusion: volume to draw, vial plan, bag and final concentration, expiry.

Every number comes from `protocol.preparation` and `protocol.rounding`.
- Volume to draw = dose / concentrate, rounded half-up to the protocol's mL step (PREP-1).
- Vial plan: the combination whose total strength covers the dose with the least waste; among
  equal waste, the fewest vials (the multi-dose flag is carried so a sheet can say so) (PREP-1).
- Bag: the preferred bag is tried first, then the others in the protocol's order; the first whose
  final concentration dose / (bag + drug volume), computed exactly, lies in the accepted range is
  chosen. When none does, `bag_ml` is None and the plan carries the flag `no_bag_in_range` (PREP-2).
- Container, set, filter, infusion time and expiry = prepared_at + stability hours
  (timezone-aware datetimes only: the clock is the caller's) (PREP-3); the drug it must not be
  confused with is carried for the sheet (PREP-4).
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from pydantic import AwareDatetime, BaseModel, ConfigDict

from .dosing import CalculationStep, round_half_up_to_step
from .errors import InputError, RuleError
from .protocol import Protocol, Vial

FLAG_NO_BAG_IN_RANGE = "no_bag_in_range"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)


class VialUse(_Frozen):
    """`count` vials of one strength (mg in volume_ml of concentrate)."""

    strength_mg: Decimal
    volume_ml: Decimal
    count: int
    multi_dose: bool


class VialPlan(_Frozen):
    """Vials to open: their total mg and the mg left over (waste, unless a multi-dose vial keeps it)."""

    vials: list[VialUse]
    total_mg: Decimal
    waste_mg: Decimal


class BagTrial(_Frozen):
    """One bag considered: the exact final concentration (mg/mL) it would give and whether it is in range."""

    bag_ml: int
    concentration_mg_per_ml: Decimal
    in_range: bool


class PreparationPlan(_Frozen):
    """Everything the pharmacy sheet needs to prepare one infusion."""

    drug: str
    dose_mg: Decimal
    concentrate_mg_per_ml: Decimal
    volume_ml: Decimal
    vial_plan: VialPlan
    bag_ml: int | None
    final_concentration_mg_per_ml: Decimal | None
    final_concentration_exact: Decimal | None
    concentration_range_mg_per_ml: tuple[Decimal, Decimal]
    bags_tried: list[BagTrial]
    flags: list[str]
    diluents: list[str]
    container: str
    administration_set: str
    filter: str
    infusion_minutes: int | None
    not_to_be_confused_with: str | None
    stability_hours: int
    stability_note: str
    prepared_at: AwareDatetime | None
    expires_at: AwareDatetime | None
    steps: list[CalculationStep]


def plan_vials(vials: list[Vial], dose_mg: Decimal) -> VialPlan:
    """Vials covering `dose_mg` with the least waste (mg), then the fewest vials.

    Searches every count combination up to the number of vials of each strength that alone
    would cover the dose, so the answer is the true optimum for the protocol's vial list.
    """
    bounds = [range(int((dose_mg / vial.strength_mg).to_integral_value(rounding=ROUND_CEILING)) + 1)
              for vial in vials]
    best: tuple[Decimal, int, tuple[int, ...]] | None = None
    for counts in itertools.product(*bounds):
        total = sum((vial.strength_mg * n for vial, n in zip(vials, counts)), Decimal(0))
        if total < dose_mg:
            continue
        key = (total - dose_mg, sum(counts), counts)
        if best is None or key[:2] < best[:2]:
            best = key
    assert best is not None, "the bounds always allow enough vials of any one strength"
    waste, _, counts = best
    used = [VialUse(strength_mg=v.strength_mg, volume_ml=v.volume_ml, count=n, multi_dose=v.multi_dose)
            for v, n in zip(vials, counts) if n]
    used.sort(key=lambda u: u.strength_mg, reverse=True)
    return VialPlan(vials=used, total_mg=dose_mg + waste, waste_mg=waste)


def _bag_order(preferred: int, volumes: list[int]) -> list[int]:
    return [preferred] + [v for v in volumes if v != preferred]


def plan_preparation(protocol: Protocol, dose_mg: Decimal, *, prepared_at: datetime | None = None) -> PreparationPlan:
    """Preparation plan for a dose in mg of the protocol's BSA drug.

    Volumes in mL, concentrations in mg/mL. Raises RuleError (`zero_dose`) for a dose <= 0 and
    InputError (field "prepared_at") for a naive datetime.
    """
    prep = protocol.preparation
    drug = protocol.bsa_drug
    if dose_mg <= 0:
        raise RuleError("zero_dose", {"drug": drug.key, "dose_mg": str(dose_mg)})
    if prepared_at is not None and prepared_at.utcoffset() is None:
        raise InputError("naive_datetime", {"field": "prepared_at", "unit": "date and time with time zone",
                                            "text": prepared_at.isoformat()})
    volume_step = protocol.rounding.volume_ml_step
    volume_exact = dose_mg / prep.concentrate_mg_per_ml
    volume = round_half_up_to_step(volume_exact, volume_step)
    steps = [CalculationStep(code="volume",
                             expression=f"round_half_up({dose_mg} / {prep.concentrate_mg_per_ml}, {volume_step})",
                             result=volume, unit="mL")]

    allowed = prep.final_concentration_mg_per_ml
    trials: list[BagTrial] = []
    chosen: BagTrial | None = None
    for bag in _bag_order(prep.preferred_bag_ml, prep.bag_volumes_ml):
        concentration = dose_mg / (Decimal(bag) + volume)
        trial = BagTrial(bag_ml=bag, concentration_mg_per_ml=concentration, in_range=allowed.contains(concentration))
        trials.append(trial)
        if trial.in_range:
            chosen = trial
            break

    flags: list[str] = []
    shown: Decimal | None = None
    if chosen is None:
        flags.append(FLAG_NO_BAG_IN_RANGE)
    else:
        step = protocol.rounding.concentration_step
        shown = chosen.concentration_mg_per_ml.quantize(step, rounding=ROUND_HALF_UP)
        steps.append(CalculationStep(
            code="final_concentration",
            expression=f"round_half_up({dose_mg} / ({chosen.bag_ml} + {volume}), {step})",
            result=shown, unit="mg/mL"))

    expires_at = prepared_at + timedelta(hours=prep.stability_hours) if prepared_at is not None else None
    return PreparationPlan(
        drug=drug.key, dose_mg=dose_mg, concentrate_mg_per_ml=prep.concentrate_mg_per_ml, volume_ml=volume,
        vial_plan=plan_vials(prep.vials, dose_mg),
        bag_ml=chosen.bag_ml if chosen else None, final_concentration_mg_per_ml=shown,
        final_concentration_exact=chosen.concentration_mg_per_ml if chosen else None,
        concentration_range_mg_per_ml=(allowed.low, allowed.high), bags_tried=trials, flags=flags,
        diluents=list(prep.diluents), container=prep.container, administration_set=prep.administration_set,
        filter=prep.filter, infusion_minutes=drug.infusion_minutes,
        not_to_be_confused_with=drug.not_to_be_confused_with, stability_hours=prep.stability_hours,
        stability_note=prep.stability_note, prepared_at=prepared_at, expires_at=expires_at, steps=steps,
    )
