"""The verifier's independent double check, worked by hand.

170 cm, 70 kg, Mosteller: sqrt(170 × 70 / 3600) = sqrt(3.3055...) = 1.8181... -> 1.82 m² (half-up);
1.82 m² × 80 mg/m² = 145.6 mg -> 146 mg. 175 cm, 63 kg: sqrt(3.0625) = 1.75 m² exactly; level -1:
1.75 × 70 = 122.5 mg -> 123 mg (half-up, not 122).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from clinic_app.domain.dosing import calculate_paclitaxel
from clinic_app.domain.double_check import independent_check
from clinic_app.domain.errors import InputError
from clinic_app.domain.protocol import Protocol, parse_protocol
from clinic_app.paths import default_protocol_path


@pytest.fixture(scope="module")
def record_170_70(protocol: Protocol):  # type: ignore[no-untyped-def]
    return calculate_paclitaxel(protocol, Decimal("170"), Decimal("70"))


def test_the_same_numbers_match(protocol: Protocol, record_170_70) -> None:  # type: ignore[no-untyped-def]
    check = independent_check(protocol, record_170_70, "1.82", "146")
    assert check.matches and check.mismatched_fields() == []
    assert (check.record_bsa_m2, check.record_dose_mg) == (Decimal("1.82"), Decimal("146"))


def test_a_more_precise_bsa_is_rounded_half_up_first(protocol: Protocol, record_170_70) -> None:  # type: ignore[no-untyped-def]
    # 1.815 -> 1.82 half-up (half-even would also give 1.82; 1.825 tells them apart below).
    assert independent_check(protocol, record_170_70, "1.8181", "146").matches
    assert independent_check(protocol, record_170_70, "1.815", "146").matches
    assert independent_check(protocol, record_170_70, "1.8", "146").bsa_matches is False  # 1.80 is not 1.82


def test_the_unrounded_dose_is_rounded_to_the_mg_step(protocol: Protocol, record_170_70) -> None:  # type: ignore[no-untyped-def]
    check = independent_check(protocol, record_170_70, "1.82", "145.6")
    assert check.rounded_dose_mg == Decimal("146") and check.matches


def test_a_different_dose_is_named(protocol: Protocol, record_170_70) -> None:  # type: ignore[no-untyped-def]
    check = independent_check(protocol, record_170_70, "1.82", "145")
    assert not check.matches and check.mismatched_fields() == ["dose"]
    check = independent_check(protocol, record_170_70, "1.83", "146")
    assert check.mismatched_fields() == ["BSA"]


def test_half_up_tie_123_not_122(protocol: Protocol) -> None:
    record = calculate_paclitaxel(protocol, Decimal("175"), Decimal("63"), level=-1)
    assert independent_check(protocol, record, "1.75", "122.5").rounded_dose_mg == Decimal("123")
    assert independent_check(protocol, record, "1.75", "122.5").matches
    assert not independent_check(protocol, record, "1.75", "122").matches


def test_bsa_tie_rounds_up(protocol: Protocol) -> None:
    # A typed 1.825 is 1.83 half-up (Python's round() and half-even would give 1.82).
    record = calculate_paclitaxel(protocol, Decimal("170"), Decimal("70"))
    check = independent_check(protocol, record, "1.825", "146")
    assert check.rounded_bsa_m2 == Decimal("1.83") and not check.bsa_matches


def test_capped_bsa_accepts_the_rounded_or_the_capped_value() -> None:
    raw = default_protocol_path().read_text(encoding="utf-8").replace("# cap_m2 = 2.0", "cap_m2 = \"2.0\"")
    capped = parse_protocol(raw.encode("utf-8"), "capped")
    # 200 cm, 110 kg: sqrt(22000 / 3600) = sqrt(6.1111) = 2.4720... -> 2.47 m², capped at 2.0: 2.0 × 80 = 160 mg.
    record = calculate_paclitaxel(capped, Decimal("200"), Decimal("110"))
    assert record.capped and record.dose_mg == Decimal("160")
    assert independent_check(capped, record, "2.47", "160").matches
    assert independent_check(capped, record, "2.00", "160").matches


@pytest.mark.parametrize("bsa, dose, field", [
    ("1,82", "146", "your BSA"), ("nan", "146", "your BSA"), ("1.82", "1e2", "your dose"),
    ("146", "146", "your BSA"), ("1.82", "", "your dose"), ("１.82", "146", "your BSA"),
])
def test_strict_parsing_names_the_field(protocol: Protocol, record_170_70, bsa: str, dose: str,  # type: ignore[no-untyped-def]
                                        field: str) -> None:
    with pytest.raises(InputError) as raised:
        independent_check(protocol, record_170_70, bsa, dose)
    assert raised.value.values["field"] == field
    assert {"unit", "minimum", "maximum"} <= set(raised.value.values)
