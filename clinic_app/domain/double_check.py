"""The verifying pharmacist's independent double check (ISMP): their own BSA and dose against the record.

The second pharmacist works the dose out from the height, weight, formula and mg/m² alone and types
their BSA (m²) and dose (mg) BEFORE the first pharmacist's arithmetic is shown. Both numbers are
parsed strictly (numbers.parse_decimal: ASCII digits and one ".") and rounded half-up the protocol's
way (BSA to its places, the dose to its mg step), exactly as the record was, then compared for
equality: with the same rounding rules there is no tolerance to argue about. A typed BSA may match
either the rounded BSA or, when the protocol caps BSA, the capped value that was used.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from .bsa import round_bsa
from .dosing import PaclitaxelDose, round_half_up_to_step
from .errors import RuleError
from .numbers import parse_decimal
from .protocol import DecRange, Protocol

# Wide enough for any adult's BSA, narrow enough to catch a dose typed into the BSA field (and
# the reverse); these bound what can be typed, the comparison decides what is right.
TYPED_BSA_RANGE = DecRange(low=Decimal("0.1"), high=Decimal("5"))
TYPED_DOSE_RANGE = DecRange(low=Decimal("1"), high=Decimal("5000"))
FIELD_BSA = "your BSA"
FIELD_DOSE = "your dose"


class IndependentCheck(BaseModel):
    """The comparison, with what was typed, how it was rounded and what the record says."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    typed_bsa_m2: Decimal
    rounded_bsa_m2: Decimal  # typed, rounded half-up to the protocol's places
    record_bsa_m2: Decimal  # the record's rounded BSA (before any cap)
    record_bsa_used_m2: Decimal  # the BSA the dose was calculated from (after a cap)
    typed_dose_mg: Decimal
    rounded_dose_mg: Decimal  # typed, rounded half-up to the protocol's mg step
    record_dose_mg: Decimal

    @property
    def bsa_matches(self) -> bool:
        """The typed BSA, rounded, equals the record's rounded BSA (or the capped BSA used)."""
        return self.rounded_bsa_m2 in (self.record_bsa_m2, self.record_bsa_used_m2)

    @property
    def dose_matches(self) -> bool:
        """The typed dose, rounded to the mg step, equals the record's dose."""
        return self.rounded_dose_mg == self.record_dose_mg

    @property
    def matches(self) -> bool:
        """Both numbers agree with the record."""
        return self.bsa_matches and self.dose_matches

    def mismatched_fields(self) -> list[str]:
        """"BSA" and/or "dose": what disagrees (empty when everything matches)."""
        return [name for name, ok in (("BSA", self.bsa_matches), ("dose", self.dose_matches)) if not ok]


def parse_typed_bsa(text: str) -> Decimal:
    """The verifier's BSA in m² (strict; InputError naming field, unit and accepted range)."""
    # a calculator's BSA as read off its display ("1.818181"); rounded half-up before comparing
    return parse_decimal(text, field=FIELD_BSA, unit="m²", allowed=TYPED_BSA_RANGE, max_decimals=6)


def parse_typed_dose(text: str) -> Decimal:
    """The verifier's dose in mg (strict; InputError naming field, unit and accepted range)."""
    return parse_decimal(text, field=FIELD_DOSE, unit="mg", allowed=TYPED_DOSE_RANGE)


def independent_check(protocol: Protocol, record: PaclitaxelDose, bsa_text: str, dose_text: str) -> IndependentCheck:
    """Compare the verifier's typed BSA (m²) and dose (mg) with a frozen dose calculation.

    Raises InputError when either text is not a plain number within its typed range; a number that
    merely disagrees is not an error here (see `IndependentCheck.matches`).
    """
    typed_bsa = parse_typed_bsa(bsa_text)
    typed_dose = parse_typed_dose(dose_text)
    return IndependentCheck(
        typed_bsa_m2=typed_bsa, rounded_bsa_m2=round_bsa(typed_bsa, protocol.bsa.round_places),
        record_bsa_m2=record.bsa_rounded_m2, record_bsa_used_m2=record.bsa_m2,
        typed_dose_mg=typed_dose, rounded_dose_mg=round_half_up_to_step(typed_dose, protocol.rounding.dose_mg_step),
        record_dose_mg=record.dose_mg)


def require_independent_match(protocol: Protocol, record: PaclitaxelDose, bsa_text: str, dose_text: str, *,
                              dose_record_id: int) -> IndependentCheck:
    """`independent_check`, refusing a disagreement: RuleError `independent_check_mismatch` naming the
    fields that differ and both sides' rounded values. Raises InputError for a badly typed number."""
    check = independent_check(protocol, record, bsa_text, dose_text)
    if not check.matches:
        raise RuleError("independent_check_mismatch", {
            "dose_record_id": dose_record_id, "fields": check.mismatched_fields(),
            "bsa_m2": str(check.rounded_bsa_m2), "record_bsa_m2": str(check.record_bsa_m2),
            "dose_mg": str(check.rounded_dose_mg), "record_dose_mg": str(check.record_dose_mg)})
    return check
