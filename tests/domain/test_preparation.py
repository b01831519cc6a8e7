"""Preparation: volume, vials, bag choice within 0.3-1.2 mg/mL, expiry. Expected values worked by hand."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from clinic_app.domain.errors import InputError, RuleError
from clinic_app.domain.preparation import FLAG_NO_BAG_IN_RANGE, plan_preparation
from clinic_app.domain.protocol import Protocol

CET = timezone(timedelta(hours=1), "CET")


def test_73_mg_does_not_go_into_250_ml(protocol: Protocol) -> None:
    """PREP-1 (volume) and PREP-2 (the 250 mL bag would be below 0.3 mg/mL)."""
    # 73 / 6 = 12.17 -> 12.2 mL; 73 / (250 + 12.2) = 0.2784 < 0.3; 73 / (100 + 12.2) = 0.6506.
    plan = plan_preparation(protocol, Decimal("73"))
    assert plan.volume_ml == Decimal("12.2")
    assert [t.bag_ml for t in plan.bags_tried] == [250, 100]
    assert not plan.bags_tried[0].in_range
    assert plan.bag_ml == 100
    assert plan.final_concentration_mg_per_ml == Decimal("0.65")
    assert plan.flags == []


def test_typical_dose_goes_into_the_preferred_bag(protocol: Protocol) -> None:
    """PREP-1 and PREP-2: the preferred 250 mL bag first."""
    # 146 / 6 = 24.33 -> 24.3 mL; 146 / 274.3 = 0.5323 -> 0.53 mg/mL.
    plan = plan_preparation(protocol, Decimal("146"))
    assert (plan.volume_ml, plan.bag_ml, plan.final_concentration_mg_per_ml) == (
        Decimal("24.3"), 250, Decimal("0.53"))


def test_smallest_possible_dose_fits_100_ml(protocol: Protocol) -> None:
    # Smallest dose the ranges allow: 100 cm/25 kg -> Mosteller 0.83 m² x 60 mg/m² = 49.8 -> 50 mg.
    # 50 / 6 = 8.33 -> 8.3 mL; 50 / 258.3 = 0.194 (no); 50 / 108.3 = 0.4617 -> 0.46 mg/mL.
    plan = plan_preparation(protocol, Decimal("50"))
    assert (plan.volume_ml, plan.bag_ml, plan.final_concentration_mg_per_ml) == (
        Decimal("8.3"), 100, Decimal("0.46"))


def test_largest_possible_dose_fits_250_ml(protocol: Protocol) -> None:
    # Largest: 230 cm/300 kg -> 4.38 m² x 80 = 350.4 -> 350 mg; 350 / 6 = 58.33 -> 58.3 mL;
    # 350 / 308.3 = 1.1353 -> 1.14 mg/mL (below 1.2).
    plan = plan_preparation(protocol, Decimal("350"))
    assert (plan.volume_ml, plan.bag_ml, plan.final_concentration_mg_per_ml) == (
        Decimal("58.3"), 250, Decimal("1.14"))


def test_too_concentrated_for_250_moves_to_500(protocol: Protocol) -> None:
    """PREP-2: above 1.2 mg/mL in 250 and 100 mL, so 500 mL."""
    # 400 / 6 = 66.7 mL; 400 / 316.7 = 1.263 > 1.2; 400 / 166.7 = 2.4 > 1.2; 400 / 566.7 = 0.7058.
    plan = plan_preparation(protocol, Decimal("400"))
    assert [t.bag_ml for t in plan.bags_tried] == [250, 100, 500]
    assert (plan.bag_ml, plan.final_concentration_mg_per_ml) == (500, Decimal("0.71"))


def test_dose_no_bag_fits_is_flagged(protocol: Protocol) -> None:
    """PREP-2: a dose no bag fits is flagged."""
    # 20 mg: 3.3 mL; 20/253.3 = 0.079, 20/103.3 = 0.194, 20/503.3 = 0.040: all below 0.3.
    plan = plan_preparation(protocol, Decimal("20"))
    assert plan.bag_ml is None and plan.final_concentration_mg_per_ml is None
    assert plan.flags == [FLAG_NO_BAG_IN_RANGE]
    assert len(plan.bags_tried) == 3


def test_concentration_range_edges_are_inclusive(protocol: Protocol) -> None:
    """PREP-2: 0.3 to 1.2 mg/mL, edges included."""
    # 78 mg: 78 / 6 = 13 mL exactly; 78 / (250 + 13) = 0.29657 (no) -> 100 mL; 79 mg: 13.2 mL,
    # 79 / 263.2 = 0.30015 -> 250 mL.
    assert plan_preparation(protocol, Decimal("78")).bag_ml == 100
    assert plan_preparation(protocol, Decimal("79")).bag_ml == 250


@pytest.mark.parametrize(("dose", "vials", "waste"), [
    ("146", [("30", 5)], "4"),            # 150 mg: least waste (100+30+30 = 160 would waste 14)
    ("123", [("100", 1), ("30", 1)], "7"),
    ("100", [("100", 1)], "0"),
    ("300", [("300", 1)], "0"),           # one multi-dose vial beats 3 x 100 (same waste, fewer vials)
    ("50", [("30", 2)], "10"),
])
def test_vial_plan_least_waste_then_fewest_vials(protocol: Protocol, dose: str,
                                                 vials: list[tuple[str, int]], waste: str) -> None:
    """PREP-1: the vial plan with the least waste, then the fewest vials."""
    plan = plan_preparation(protocol, Decimal(dose)).vial_plan
    assert [(str(v.strength_mg), v.count) for v in plan.vials] == vials
    assert plan.waste_mg == Decimal(waste)
    assert plan.total_mg == Decimal(dose) + Decimal(waste)


def test_300_mg_vial_is_marked_multi_dose(protocol: Protocol) -> None:
    plan = plan_preparation(protocol, Decimal("300")).vial_plan
    assert plan.vials[0].multi_dose is True
    assert plan_preparation(protocol, Decimal("100")).vial_plan.vials[0].multi_dose is False


def test_expiry_is_27_hours_after_preparation(protocol: Protocol) -> None:
    """PREP-3: stable 27 hours, the expiry printed from the preparation time."""
    prepared = datetime(2026, 1, 5, 9, 30, tzinfo=CET)
    plan = plan_preparation(protocol, Decimal("146"), prepared_at=prepared)
    assert plan.expires_at == datetime(2026, 1, 6, 12, 30, tzinfo=CET)
    assert plan_preparation(protocol, Decimal("146")).expires_at is None


def test_naive_preparation_time_is_refused(protocol: Protocol) -> None:
    with pytest.raises(InputError) as caught:
        plan_preparation(protocol, Decimal("146"), prepared_at=datetime(2026, 1, 5, 9, 30))
    assert caught.value.values["field"] == "prepared_at"


@pytest.mark.parametrize("dose", ["0", "-5"])
def test_zero_or_negative_dose_is_refused(protocol: Protocol, dose: str) -> None:
    with pytest.raises(RuleError):
        plan_preparation(protocol, Decimal(dose))


def test_sheet_facts_come_from_the_protocol(protocol: Protocol) -> None:
    """PREP-3 (container, filter, 1 hour) and PREP-4 (never nab-paclitaxel)."""
    plan = plan_preparation(protocol, Decimal("146"))
    assert plan.container == "non-PVC container"
    assert plan.filter == "0.22 micron in-line filter"
    assert plan.infusion_minutes == 60
    assert plan.stability_hours == 27
    assert plan.diluents == ["0.9 % sodium chloride", "5 % dextrose"]
    assert plan.concentration_range_mg_per_ml == (Decimal("0.3"), Decimal("1.2"))
    assert plan.not_to_be_confused_with is not None and "nab-paclitaxel" in plan.not_to_be_confused_with
