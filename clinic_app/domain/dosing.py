"""Doses: the BSA-based paclitaxel dose and the flat (cohort) dose of IMP321.

DOSE-2: BSA is rounded half-up to the protocol's places and *that* value is used; dose = BSA ×
mg/m² of the level, rounded half-up to the protocol's mg step. Every step is kept as a
`CalculationStep` (code, the arithmetic written with numbers, result, unit) so a checker can
reproduce the printed numbers with a pocket calculator. A dose that rounds to zero is refused
(DOSE-7). A flat dose is set by the cohort, in integer micrograms, and never multiplied by BSA
(REG-3).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .bsa import apply_cap, bsa_exact, formula_expression, round_bsa
from .errors import Hint, InputError, RuleError
from .formatting import exact_notation, format_mcg, format_ml
from .protocol import Drug, Protocol


class CalculationStep(BaseModel):
    """One line of arithmetic: `expression` evaluates to `result` (in `unit`).

    Codes: bsa_exact, bsa_rounded, bsa_capped, dose_exact, dose_rounded (and the preparation
    steps volume, final_concentration). Operators in `expression`: × / ^ sqrt() log10()
    round_half_up(value, step).
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: str
    expression: str
    result: Decimal
    unit: str


class PaclitaxelDose(BaseModel):
    """The BSA-based dose of the protocol's BSA drug (paclitaxel in this trial).

    `bsa_m2` is the value used (rounded, then capped when the protocol sets a cap); `exact_mg`
    = bsa_m2 × dose_per_m2_mg; `dose_mg` is `exact_mg` rounded half-up to the protocol's mg step.
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    drug: str
    display_name: str
    route: str
    formula: str
    height_cm: Decimal
    weight_kg: Decimal
    bsa_exact_m2: Decimal
    bsa_rounded_m2: Decimal
    bsa_m2: Decimal
    capped: bool
    cap_m2: Decimal | None
    level: int
    dose_per_m2_mg: Decimal
    exact_mg: Decimal
    dose_mg: Decimal
    steps: list[CalculationStep]


class FlatDose(BaseModel):
    """A flat dose set by the patient's cohort, exact in integer micrograms; never BSA-based."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    drug: str
    display_name: str
    cohort: str
    mcg: int
    route: str
    basis: Literal["flat"] = "flat"

    @property
    def mg(self) -> Decimal:
        """The same dose in mg, exact (mcg / 1000): 250 mcg -> 0.250 mg."""
        return Decimal(self.mcg).scaleb(-3)


def round_half_up_to_step(value: Decimal, step: Decimal) -> Decimal:
    """`value` rounded half-up to a multiple of `step` (e.g. step 1 → whole mg, 0.1 → tenths)."""
    return (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


def _level_dose(drug: Drug, level: int) -> Decimal:
    levels = sorted(lv.level for lv in drug.levels)
    if level not in levels:
        raise InputError("unknown_dose_level", {
            "field": "level", "unit": "", "minimum": str(levels[0]), "maximum": str(levels[-1]),
            "text": str(level), "accepted": [str(lv) for lv in levels],
        })
    return drug.level_dose(level)


def calculate_paclitaxel(protocol: Protocol, height_cm: Decimal, weight_kg: Decimal, *,
                         level: int = 0, formula: str | None = None) -> PaclitaxelDose:
    """Dose in mg of the protocol's BSA-dosed drug for height (cm) and weight (kg).

    `formula` defaults to the protocol's; `level` must be one of the protocol's dose levels
    (0 is the top: no dose above level 0 exists). Inputs are expected already range-checked
    (see numbers.py). Raises InputError for an unknown level or formula (no level above 0,
    DOSE-4), RuleError (`zero_dose`) when the dose would be zero or negative (DOSE-7).
    """
    drug = protocol.bsa_drug
    name = formula if formula is not None else protocol.bsa.formula
    per_m2 = _level_dose(drug, level)
    places = protocol.bsa.round_places
    step = protocol.rounding.dose_mg_step

    exact = bsa_exact(name, height_cm, weight_kg)
    rounded = round_bsa(exact, places)
    used, capped = apply_cap(rounded, protocol.bsa.cap_m2)
    exact_mg = used * per_m2
    dose_mg = round_half_up_to_step(exact_mg, step)
    if dose_mg <= 0:
        raise RuleError("zero_dose", {"drug": drug.key, "dose_mg": str(dose_mg), "level": level})

    steps = [
        CalculationStep(code="bsa_exact", expression=formula_expression(name, height_cm, weight_kg),
                        result=exact, unit="m²"),
        CalculationStep(code="bsa_rounded",
                        expression=f"round_half_up({exact_notation(exact)}, {Decimal(1).scaleb(-places)})",
                        result=rounded, unit="m²"),
    ]
    if capped:
        steps.append(CalculationStep(code="bsa_capped", expression=f"min({rounded}, {protocol.bsa.cap_m2})",
                                     result=used, unit="m²"))
    steps += [
        CalculationStep(code="dose_exact", expression=f"{used} × {per_m2}", result=exact_mg, unit="mg"),
        CalculationStep(code="dose_rounded", expression=f"round_half_up({exact_mg}, {step})",
                        result=dose_mg, unit="mg"),
    ]
    return PaclitaxelDose(
        drug=drug.key, display_name=drug.display_name, route=drug.route, formula=name, height_cm=height_cm,
        weight_kg=weight_kg,
        bsa_exact_m2=exact, bsa_rounded_m2=rounded, bsa_m2=used, capped=capped, cap_m2=protocol.bsa.cap_m2,
        level=level, dose_per_m2_mg=per_m2, exact_mg=exact_mg, dose_mg=dose_mg, steps=steps,
    )


def flat_dose(protocol: Protocol, drug_key: str, cohort: str) -> FlatDose:
    """The flat dose (integer mcg) of `drug_key` for a cohort letter; the same for every patient of
    it, never multiplied by BSA (REG-3).

    Raises InputError (field "cohort") for an unknown cohort, RuleError (`not_flat_dose`) when the
    drug is BSA-based, ProtocolError for an unknown drug.
    """
    drug = protocol.drug(drug_key)
    if drug.basis != "flat":
        raise RuleError("not_flat_dose", {"drug": drug_key, "basis": drug.basis})
    letters = [c.letter for c in protocol.cohorts]
    if cohort not in letters:
        raise InputError("unknown_cohort", {"field": "cohort", "unit": "", "text": cohort,
                                            "accepted": letters,
                                            "hint": Hint("one of {choices}", choices=", ".join(letters))})
    mcg = protocol.cohort(cohort).flat_doses_mcg[drug_key]
    return FlatDose(drug=drug_key, display_name=drug.display_name, cohort=cohort, mcg=mcg, route=drug.route)


def flat_injection_volume_ml(protocol: Protocol, mcg: int) -> Decimal | None:
    """The volume (mL) holding `mcg` of the flat drug's product, rounded half-up to the protocol's
    mL step, when the site set the product's vial strength and volume; None when it did not (the
    sheets then print the protocol's note, "per pharmacy manual", rather than invent a number)."""
    product = protocol.imp321_product
    if product.vial_strength_mcg <= 0 or product.vial_volume_ml <= 0:
        return None
    exact = Decimal(mcg) / Decimal(product.vial_strength_mcg) * product.vial_volume_ml
    return round_half_up_to_step(exact, protocol.rounding.volume_ml_step)


def flat_volume_text(protocol: Protocol, mcg: int) -> str:
    """What to draw up for a flat dose: "inject 0.5 mL (vial 1250 mcg in 1 mL)" when the site set the
    product, else the protocol's note ("volume: per pharmacy manual"), never an invented number
    (REG-3)."""
    volume = flat_injection_volume_ml(protocol, mcg)
    if volume is None:
        return protocol.imp321_product.injection_volume_note
    product = protocol.imp321_product
    return (f"inject {format_ml(volume)} (vial {format_mcg(product.vial_strength_mcg)}"
            f" in {format_ml(product.vial_volume_ml)})")
