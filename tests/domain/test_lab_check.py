"""Pre-dose labs against the label thresholds (ANC >= 1.5, platelets >= 100 x 10^9/L, within 3 days)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clinic_app.domain.dates import parse_date, require_not_future
from clinic_app.domain.errors import InputError
from clinic_app.domain.lab_check import LabVerdict, check_pre_dose_labs
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import HoldReason, LabResult

DOSE = date(2026, 1, 12)


def lab(drawn: date, anc: str, plt: str) -> LabResult:
    return LabResult(subject_code="S-001", drawn_on=drawn, anc_10e9_per_l=Decimal(anc),
                     platelets_10e9_per_l=Decimal(plt), recorded_by="nurse1")


@pytest.mark.parametrize(("drawn", "anc", "plt", "verdict", "codes"), [
    (date(2026, 1, 12), "1.5", "100", LabVerdict.OK, []),            # exactly at both thresholds: give
    (date(2026, 1, 9), "3.2", "250", LabVerdict.OK, []),             # 3 days before: still valid
    (date(2026, 1, 8), "3.2", "250", LabVerdict.HOLD, ["labs_missing"]),  # 4 days before: too old
    (date(2026, 1, 13), "3.2", "250", LabVerdict.HOLD, ["labs_missing"]),  # after the dose date
    (date(2026, 1, 11), "1.4", "250", LabVerdict.HOLD, ["anc_below_threshold"]),
    (date(2026, 1, 11), "2.0", "99", LabVerdict.HOLD, ["platelets_below_threshold"]),
    (date(2026, 1, 11), "0.4", "40", LabVerdict.HOLD, ["anc_below_threshold", "platelets_below_threshold"]),
])
def test_thresholds(protocol: Protocol, drawn: date, anc: str, plt: str, verdict: LabVerdict,
                    codes: list[str]) -> None:
    """LAB-1: ANC >= 1.5 and platelets >= 100, drawn 0 to 3 days before the dose."""
    result = check_pre_dose_labs(protocol, [lab(drawn, anc, plt)], DOSE)
    assert result.verdict is verdict
    assert [p.code for p in result.problems] == codes


def test_latest_eligible_result_counts(protocol: Protocol) -> None:
    """LAB-1: the newest draw within 3 days decides."""
    older_good = lab(date(2026, 1, 9), "2.0", "200")
    newer_low = lab(date(2026, 1, 11), "1.0", "200")
    result = check_pre_dose_labs(protocol, [older_good, newer_low], DOSE)
    assert result.verdict is LabVerdict.HOLD
    assert result.lab == newer_low
    assert result.problems[0].reason is HoldReason.LOW_ANC


def test_no_labs_is_a_hold(protocol: Protocol) -> None:
    """LAB-1: no labs is never a pass."""
    result = check_pre_dose_labs(protocol, [], DOSE)
    assert result.verdict is LabVerdict.HOLD
    assert result.problems[0].reason is HoldReason.LABS_MISSING


@pytest.mark.parametrize("text", ["05/01/2026", "2026-1-5", "2026-02-30", "", "２０２６-01-05", "2026-01-05T00:00"])
def test_dates_are_strict_iso(text: str) -> None:
    with pytest.raises(InputError) as err:
        parse_date(text, field="date of birth")
    assert err.value.values["field"] == "date of birth"
    assert "YYYY-MM-DD" in err.value.values["unit"]


def test_date_parsing_and_future() -> None:
    assert parse_date(" 2026-01-05 ", field="d") == date(2026, 1, 5)
    with pytest.raises(InputError) as err:
        require_not_future(date(2026, 1, 6), field="measurement date", today=date(2026, 1, 5))
    assert err.value.values["maximum"] == "2026-01-05"


def test_same_day_redraw_recorded_last_counts(protocol: Protocol) -> None:
    first = lab(date(2026, 1, 11), "3.0", "200")
    redraw = lab(date(2026, 1, 11), "1.1", "200")
    assert check_pre_dose_labs(protocol, [first, redraw], DOSE).verdict is LabVerdict.HOLD
    assert check_pre_dose_labs(protocol, [redraw, first], DOSE).verdict is LabVerdict.OK
