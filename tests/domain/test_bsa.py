"""BSA formulas (DOSE-1) against values NOT produced by our code: the published checks and a table
computed with GNU bc (tests/data/make_bsa_reference.sh)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from suite_profile import count

from clinic_app.domain.bsa import FORMULAS, apply_cap, bsa_exact, formula_expression, round_bsa
from clinic_app.domain.errors import InputError

REFERENCE = Path(__file__).resolve().parent.parent / "data" / "bsa_reference.csv"


def _reference_rows() -> list[dict[str, str]]:
    with REFERENCE.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


ROWS = _reference_rows()


def test_reference_table_covers_every_formula_with_ties() -> None:
    for formula in FORMULAS:
        rows = [r for r in ROWS if r["formula"] == formula]
        assert len(rows) >= 15, formula
        assert any(r["tie"] == "1" for r in rows), formula


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['formula']}-{r['height_cm']}-{r['weight_kg']}" for r in ROWS])
def test_bsa_matches_bc_reference(row: dict[str, str]) -> None:
    """DOSE-1: every formula against values computed with GNU bc."""
    exact = bsa_exact(row["formula"], Decimal(row["height_cm"]), Decimal(row["weight_kg"]))
    # bc's value is truncated to 15 decimals: ours must agree to that precision.
    assert abs(exact - Decimal(row["bsa_exact_m2"])) < Decimal("1E-14")
    assert round_bsa(exact, 2) == Decimal(row["bsa_m2"])


@pytest.mark.parametrize(("formula", "height", "weight", "expected"), [
    ("mosteller", "170", "70", "1.82"),   # the published checks (DOSE-1)
    ("dubois", "180", "80", "2.00"),
    ("mosteller", "200", "72", "2.00"),
])
def test_published_checks(formula: str, height: str, weight: str, expected: str) -> None:
    """DOSE-1: the published checks of the formulas."""
    assert round_bsa(bsa_exact(formula, Decimal(height), Decimal(weight)), 2) == Decimal(expected)


def test_exact_tie_rounds_half_up_not_half_even() -> None:
    """DOSE-2: BSA rounded half-up to 2 decimals."""
    # 182.5 x 65.7 / 3600 = 3.330625 = 1.825^2 exactly: half-even would give 1.82.
    exact = bsa_exact("mosteller", Decimal("182.5"), Decimal("65.7"))
    assert exact == Decimal("1.825")
    assert round_bsa(exact, 2) == Decimal("1.83")


def test_value_just_below_a_tie_rounds_down() -> None:
    # Haycock 161.4 cm / 68.3 kg = 1.76499999923767... (bc): a float-based round could say 1.77.
    assert round_bsa(bsa_exact("haycock", Decimal("161.4"), Decimal("68.3")), 2) == Decimal("1.76")


def test_cap_replaces_only_a_larger_bsa() -> None:
    assert apply_cap(Decimal("2.21"), Decimal("2.00")) == (Decimal("2.00"), True)
    assert apply_cap(Decimal("1.99"), Decimal("2.00")) == (Decimal("1.99"), False)
    assert apply_cap(Decimal("2.00"), Decimal("2.00")) == (Decimal("2.00"), False)
    assert apply_cap(Decimal("3.50"), None) == (Decimal("3.50"), False)


def test_unknown_formula_and_non_positive_values_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        bsa_exact("bmi", Decimal(170), Decimal(70))
    assert caught.value.values["field"] == "formula"
    for height, weight, field in (("0", "70", "height"), ("170", "-1", "weight"), ("NaN", "70", "height")):
        with pytest.raises(InputError) as caught:
            bsa_exact("mosteller", Decimal(height), Decimal(weight))
        assert caught.value.values["field"] == field


@pytest.mark.parametrize(("formula", "expected"), [
    ("mosteller", "sqrt(170 × 70 / 3600)"),
    ("dubois", "0.007184 × 70^0.425 × 170^0.725"),
    ("haycock", "0.024265 × 70^0.5378 × 170^0.3964"),
    ("gehan-george", "0.0235 × 70^0.51456 × 170^0.42246"),
    ("boyd", "0.0003207 × 170^0.3 × 70000^(0.7285 − 0.0188 × log10(70000))"),
])
def test_formula_written_with_the_numbers(formula: str, expected: str) -> None:
    assert formula_expression(formula, Decimal(170), Decimal(70)) == expected


HEIGHTS = st.decimals(min_value=100, max_value=230, places=1)
WEIGHTS = st.decimals(min_value=25, max_value=300, places=1)
STEP = st.decimals(min_value=Decimal("0.1"), max_value=50, places=1)


@pytest.mark.parametrize("formula", FORMULAS)
@settings(max_examples=count(full=300, default=100))
@given(height=HEIGHTS, weight=WEIGHTS, step=STEP)
def test_bsa_is_monotone_in_height_and_weight(formula: str, height: Decimal, weight: Decimal, step: Decimal) -> None:
    base = bsa_exact(formula, height, weight)
    if height + step <= 230:
        assert bsa_exact(formula, height + step, weight) > base
    if weight + step <= 300:
        assert bsa_exact(formula, height, weight + step) > base
