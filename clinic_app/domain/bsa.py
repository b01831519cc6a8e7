"""Body surface area (m²) from height (cm) and weight (kg), in Decimal.

Five published formulas, Mosteller the default and the others chosen in the protocol file
(DOSE-1), always from the actual body weight (DOSE-3). Each returns the unrounded value computed in a
local 34-digit decimal context, so a checker's high-precision result matches to far more digits
than the 2 dp that are used; rounding (half-up) and the optional cap are separate steps, because
the *rounded* value is the one the dose is calculated from and printed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal
from typing import get_args

from .errors import Hint, InputError
from .protocol import BsaFormulaName

# Intermediate precision: 34 significant digits (IEEE decimal128), far beyond the 2 dp used.
_CTX = Context(prec=34, rounding=ROUND_HALF_EVEN)

FORMULAS: tuple[str, ...] = get_args(BsaFormulaName)

# Published coefficients, kept as strings so they are exact decimals.
MOSTELLER_DIVISOR = Decimal("3600")
DUBOIS = (Decimal("0.007184"), Decimal("0.425"), Decimal("0.725"))  # factor, weight exp., height exp.
HAYCOCK = (Decimal("0.024265"), Decimal("0.5378"), Decimal("0.3964"))
GEHAN_GEORGE = (Decimal("0.0235"), Decimal("0.51456"), Decimal("0.42246"))
BOYD_FACTOR = Decimal("0.0003207")
BOYD_HEIGHT_EXP = Decimal("0.3")
BOYD_WEIGHT_EXP = Decimal("0.7285")
BOYD_LOG_SLOPE = Decimal("0.0188")
GRAMS_PER_KG = Decimal("1000")


def _unknown_formula(name: str) -> InputError:
    return InputError("unknown_formula", {"field": "formula", "unit": "", "text": name, "accepted": list(FORMULAS),
                                          "hint": Hint("one of {choices}", choices=", ".join(FORMULAS))})


def _power(base: Decimal, exponent: Decimal) -> Decimal:
    return _CTX.power(base, exponent)


def mosteller(height_cm: Decimal, weight_kg: Decimal) -> Decimal:
    """sqrt(height_cm × weight_kg / 3600), in m²."""
    return _CTX.sqrt(_CTX.divide(_CTX.multiply(height_cm, weight_kg), MOSTELLER_DIVISOR))


def _allometric(coefficients: tuple[Decimal, Decimal, Decimal], height_cm: Decimal, weight_kg: Decimal) -> Decimal:
    factor, weight_exp, height_exp = coefficients
    return _CTX.multiply(_CTX.multiply(factor, _power(weight_kg, weight_exp)), _power(height_cm, height_exp))


def dubois(height_cm: Decimal, weight_kg: Decimal) -> Decimal:
    """0.007184 × W^0.425 × H^0.725, in m² (W kg, H cm)."""
    return _allometric(DUBOIS, height_cm, weight_kg)


def haycock(height_cm: Decimal, weight_kg: Decimal) -> Decimal:
    """0.024265 × W^0.5378 × H^0.3964, in m² (W kg, H cm)."""
    return _allometric(HAYCOCK, height_cm, weight_kg)


def gehan_george(height_cm: Decimal, weight_kg: Decimal) -> Decimal:
    """0.0235 × W^0.51456 × H^0.42246, in m² (W kg, H cm)."""
    return _allometric(GEHAN_GEORGE, height_cm, weight_kg)


def boyd(height_cm: Decimal, weight_kg: Decimal) -> Decimal:
    """0.0003207 × H^0.3 × Wg^(0.7285 − 0.0188 × log10 Wg), in m² (H cm, Wg = weight in grams)."""
    grams = _CTX.multiply(weight_kg, GRAMS_PER_KG)
    exponent = _CTX.subtract(BOYD_WEIGHT_EXP, _CTX.multiply(BOYD_LOG_SLOPE, _CTX.log10(grams)))
    return _CTX.multiply(_CTX.multiply(BOYD_FACTOR, _power(height_cm, BOYD_HEIGHT_EXP)), _power(grams, exponent))


_BY_NAME: dict[str, Callable[[Decimal, Decimal], Decimal]] = {
    "mosteller": mosteller,
    "dubois": dubois,
    "haycock": haycock,
    "gehan-george": gehan_george,
    "boyd": boyd,
}


def bsa_exact(formula: str, height_cm: Decimal, weight_kg: Decimal) -> Decimal:
    """Unrounded BSA in m² by the named formula (height in cm, weight in kg, both > 0).

    Raises InputError (field "formula") for an unknown formula name, and (fields "height"/"weight")
    for a value that is not a positive finite number; range checks belong to the parser.
    """
    function = _BY_NAME.get(formula)
    if function is None:
        raise _unknown_formula(formula)
    for field, unit, value in (("height", "cm", height_cm), ("weight", "kg", weight_kg)):
        if not value.is_finite() or value <= 0:
            raise InputError("not_positive", {"field": field, "unit": unit, "text": str(value)})
    return function(height_cm, weight_kg)


def round_bsa(value_m2: Decimal, places: int) -> Decimal:
    """BSA rounded half-up to `places` decimals (the value used and printed), in m² (DOSE-2)."""
    return value_m2.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def apply_cap(bsa_m2: Decimal, cap_m2: Decimal | None) -> tuple[Decimal, bool]:
    """(BSA to use, capped?) — the cap from the protocol replaces a larger BSA; None (the shipped
    default) means no cap (DOSE-3)."""
    if cap_m2 is not None and bsa_m2 > cap_m2:
        return cap_m2, True
    return bsa_m2, False


def formula_expression(formula: str, height_cm: Decimal, weight_kg: Decimal) -> str:
    """The formula written out with the patient's numbers, for a checker with a calculator.

    Operators: "×", "/", "^" (power), sqrt(), log10(). Raises InputError for an unknown formula.
    """
    h, w = str(height_cm), str(weight_kg)
    if formula == "mosteller":
        return f"sqrt({h} × {w} / {MOSTELLER_DIVISOR})"
    for name, (factor, weight_exp, height_exp) in (("dubois", DUBOIS), ("haycock", HAYCOCK),
                                                   ("gehan-george", GEHAN_GEORGE)):
        if formula == name:
            return f"{factor} × {w}^{weight_exp} × {h}^{height_exp}"
    if formula == "boyd":
        grams = str(weight_kg * GRAMS_PER_KG)
        return (f"{BOYD_FACTOR} × {h}^{BOYD_HEIGHT_EXP} × "
                f"{grams}^({BOYD_WEIGHT_EXP} − {BOYD_LOG_SLOPE} × log10({grams}))")
    raise _unknown_formula(formula)
