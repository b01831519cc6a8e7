"""Paclitaxel dose (BSA at 2 dp x mg/m², half-up to 1 mg) and the flat IMP321 dose."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from clinic_app.domain.dosing import calculate_paclitaxel, flat_dose, flat_volume_text, round_half_up_to_step
from clinic_app.domain.errors import InputError, RuleError
from clinic_app.domain.protocol import Protocol, parse_protocol
from clinic_app.paths import default_protocol_path

REFERENCE = Path(__file__).resolve().parent.parent / "data" / "bsa_reference.csv"


def _with(replace: tuple[str, str]) -> Protocol:
    raw = default_protocol_path().read_text(encoding="utf-8")
    assert replace[0] in raw
    return parse_protocol(raw.replace(*replace).encode("utf-8"), "edited")


def test_published_half_up_tie_is_123_mg() -> None:
    # DOSE-2, the published check: 70 mg/m² x 1.75 m² = 122.5 -> 123 mg (Python's round() would give 122).
    assert round_half_up_to_step(Decimal("70") * Decimal("1.75"), Decimal("1")) == Decimal("123")


def test_level_minus_one_tie_end_to_end(protocol: Protocol) -> None:
    """DOSE-2: the tie 122.5 mg rounds half-up to 123 mg end to end."""
    # 175 cm x 63 kg / 3600 = 3.0625 = 1.75^2: Mosteller BSA exactly 1.75 m²; level -1 = 70 mg/m².
    dose = calculate_paclitaxel(protocol, Decimal("175"), Decimal("63"), level=-1)
    assert (dose.bsa_m2, dose.dose_per_m2_mg, dose.exact_mg, dose.dose_mg) == (
        Decimal("1.75"), Decimal("70"), Decimal("122.5"), Decimal("123"))


def test_170_cm_70_kg_level_0(protocol: Protocol) -> None:
    """DOSE-1 (Mosteller by default) and DOSE-2 (every step written out)."""
    # By hand: BSA 1.818... -> 1.82 m²; 1.82 x 80 = 145.6 -> 146 mg.
    dose = calculate_paclitaxel(protocol, Decimal("170"), Decimal("70"))
    assert dose.formula == "mosteller" and not dose.capped
    assert (dose.bsa_m2, dose.exact_mg, dose.dose_mg) == (Decimal("1.82"), Decimal("145.6"), Decimal("146"))
    assert [s.code for s in dose.steps] == ["bsa_exact", "bsa_rounded", "dose_exact", "dose_rounded"]
    assert dose.steps[0].expression == "sqrt(170 × 70 / 3600)"
    assert dose.steps[2].expression == "1.82 × 80"


def _rows() -> list[dict[str, str]]:
    with REFERENCE.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@pytest.mark.parametrize("row", _rows(), ids=lambda r: f"{r['formula']}-{r['height_cm']}-{r['weight_kg']}")
def test_dose_at_80_matches_bc_reference(protocol: Protocol, row: dict[str, str]) -> None:
    dose = calculate_paclitaxel(protocol, Decimal(row["height_cm"]), Decimal(row["weight_kg"]),
                                formula=row["formula"])
    assert dose.bsa_m2 == Decimal(row["bsa_m2"])
    assert dose.dose_mg == Decimal(row["dose_80_mg"])


def test_dose_uses_the_rounded_bsa_not_the_exact_one(protocol: Protocol) -> None:
    """DOSE-2: the dose is worked from the rounded BSA."""
    # 182.5/65.7: exact 1.825 -> 1.83 m²; 1.83 x 80 = 146.4 -> 146 (1.825 x 80 = 146.0 would hide the step).
    dose = calculate_paclitaxel(protocol, Decimal("182.5"), Decimal("65.7"), level=-2)
    assert (dose.bsa_m2, dose.exact_mg, dose.dose_mg) == (Decimal("1.83"), Decimal("109.8"), Decimal("110"))


@pytest.mark.parametrize("level", [1, -3, 5])
def test_levels_the_protocol_lacks_are_refused(protocol: Protocol, level: int) -> None:
    """DOSE-4: no level above 0 (nor below the lowest) exists."""
    with pytest.raises(InputError) as caught:
        calculate_paclitaxel(protocol, Decimal("170"), Decimal("70"), level=level)
    assert caught.value.values["field"] == "level"
    assert (caught.value.values["minimum"], caught.value.values["maximum"]) == ("-2", "0")


def test_cap_from_the_protocol_is_applied_and_recorded() -> None:
    """DOSE-3: a cap set by a protocol is applied and kept as a step."""
    capped = _with(("# cap_m2 = 2.0 ", 'cap_m2 = "2.00"'))
    dose = calculate_paclitaxel(capped, Decimal("185"), Decimal("110"))
    # bc: 2.3775... -> 2.38 m², capped to 2.00 m²; 2.00 x 80 = 160 mg.
    assert (dose.bsa_rounded_m2, dose.bsa_m2, dose.capped, dose.dose_mg) == (
        Decimal("2.38"), Decimal("2.00"), True, Decimal("160"))
    assert "bsa_capped" in [s.code for s in dose.steps]


def test_protocol_formula_is_the_default() -> None:
    """DOSE-1: the protocol file chooses the formula."""
    dubois = _with(('formula = "mosteller"', 'formula = "dubois"'))
    assert calculate_paclitaxel(dubois, Decimal("180"), Decimal("80")).formula == "dubois"


def test_dose_step_from_the_protocol() -> None:
    tens = _with(('dose_mg_step = "1"', 'dose_mg_step = "10"'))
    # 1.82 x 80 = 145.6 -> 150 mg with a 10 mg step (half-up; 145 would also go to 150).
    assert calculate_paclitaxel(tens, Decimal("170"), Decimal("70")).dose_mg == Decimal("150")


def test_zero_dose_is_refused() -> None:
    """DOSE-7: a zero dose is refused."""
    # 0.1 mg/m² x 1.82 m² = 0.182 mg rounds half-up to 0 mg: refused, never printed as a dose.
    zero = _with(('level = -2\n  dose_per_m2_mg = "60"', 'level = -2\n  dose_per_m2_mg = "0.1"'))
    with pytest.raises(RuleError) as caught:
        calculate_paclitaxel(zero, Decimal("170"), Decimal("70"), level=-2)
    assert caught.value.code == "zero_dose"


@pytest.mark.parametrize(("cohort", "mcg"), [("A", 250), ("B", 1250), ("C", 6250)])
def test_flat_dose_by_cohort_never_bsa(protocol: Protocol, cohort: str, mcg: int) -> None:
    """REG-3: 250, 1250, 6250 mcg by cohort, exact, never BSA-based."""
    dose = flat_dose(protocol, "imp321", cohort)
    assert (dose.mcg, dose.cohort, dose.route, dose.basis) == (mcg, cohort, "subcutaneously", "flat")
    assert dose.mg == Decimal(mcg) / 1000


def test_flat_dose_refuses_unknown_cohort_and_bsa_drug(protocol: Protocol) -> None:
    with pytest.raises(InputError) as caught:
        flat_dose(protocol, "imp321", "D")
    assert caught.value.values["field"] == "cohort"
    with pytest.raises(RuleError):
        flat_dose(protocol, "paclitaxel", "A")


def test_no_cap_by_default_and_the_actual_weight_is_used(protocol: Protocol) -> None:
    """DOSE-3: the shipped protocol sets no cap. 180 cm, 150 kg (actual weight): 180 x 150 / 3600
    = 7.5, sqrt(7.5) = 2.7386 -> 2.74 m², not capped; 2.74 x 80 = 219.2 -> 219 mg."""
    dose = calculate_paclitaxel(protocol, Decimal("180"), Decimal("150"))
    assert (dose.cap_m2, dose.capped, dose.bsa_m2, dose.weight_kg, dose.dose_mg) == (
        None, False, Decimal("2.74"), Decimal("150"), Decimal("219"))


def test_flat_volume_is_never_invented(protocol: Protocol) -> None:
    """REG-3: the shipped protocol leaves the IMP321 product empty: "volume: per pharmacy manual".
    A site product of 1250 mcg in 1 mL: 250 mcg / 1250 mcg x 1 mL = 0.2 mL; 6250 mcg = 5 mL."""
    assert flat_volume_text(protocol, 250) == "volume: per pharmacy manual"
    product = protocol.imp321_product.model_copy(update={"vial_strength_mcg": 1250, "vial_volume_ml": Decimal("1")})
    site = protocol.model_copy(update={"imp321_product": product})
    assert flat_volume_text(site, 250) == "inject 0.2 mL (vial 1250 mcg in 1 mL)"
    assert flat_volume_text(site, 6250) == "inject 5 mL (vial 1250 mcg in 1 mL)"
