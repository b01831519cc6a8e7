"""Pre-treatment blood counts against the protocol's hold thresholds (LAB-1).

Before each dose of the BSA drug: ANC >= hold_rules.anc_min and platelets >= hold_rules.platelets_min
from labs drawn within hold_rules.labs_max_age_days before the dose (and not after it); otherwise
the dose is held. The result is data: the faces show it, the facade refuses an administration
against it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from .protocol import Protocol
from .records import HoldReason, LabResult


class LabVerdict(StrEnum):
    OK = "ok"
    HOLD = "hold"


class LabProblem(BaseModel):
    """One reason to hold: a stable code, the hold reason to record, and the values behind it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: str
    reason: HoldReason
    values: dict[str, str]


class LabState(StrEnum):
    """What the labs say for a dose date, as a nurse or pharmacist reads it (LAB-1, LAB-2)."""

    OK = "ok"
    HOLD = "hold"          # the latest qualifying draw is below a threshold
    MISSING = "missing"    # no draw at all on or before the dose date
    TOO_OLD = "too_old"    # draws exist, none within labs_max_age_days


class LabCheck(BaseModel):
    """The verdict for one dose date, the lab result it rests on (None when none qualifies) and why."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    verdict: LabVerdict
    dose_date: date
    lab: LabResult | None
    problems: tuple[LabProblem, ...] = ()

    @property
    def state(self) -> LabState:
        """ok / hold (a count below its threshold) / missing / too old."""
        if self.verdict is LabVerdict.OK:
            return LabState.OK
        if self.lab is not None:
            return LabState.HOLD
        latest = next((p.values.get("latest_drawn_on") for p in self.problems if p.code == "labs_missing"), "")
        return LabState.TOO_OLD if latest else LabState.MISSING


def check_pre_dose_labs(protocol: Protocol, labs: Sequence[LabResult], dose_date: date) -> LabCheck:
    """Check the most recent labs drawn on or up to `labs_max_age_days` before `dose_date`.

    `labs` in recording order. ANC and platelets are in 10^9/L. A missing or too old result is a hold
    (`labs_missing`), never a pass.
    """
    rules = protocol.hold_rules
    eligible = [lab for lab in labs if 0 <= (dose_date - lab.drawn_on).days <= rules.labs_max_age_days]
    if not eligible:
        latest = max((lab.drawn_on for lab in labs if lab.drawn_on <= dose_date), default=None)
        return LabCheck(verdict=LabVerdict.HOLD, dose_date=dose_date, lab=None, problems=(LabProblem(
            code="labs_missing", reason=HoldReason.LABS_MISSING, values={
                "max_age_days": str(rules.labs_max_age_days), "dose_date": dose_date.isoformat(),
                "latest_drawn_on": latest.isoformat() if latest else ""}),))
    # The newest draw counts; of two draws the same day, the one recorded last (labs come in recording order).
    lab = sorted(eligible, key=lambda r: r.drawn_on)[-1]
    problems: list[LabProblem] = []
    if lab.anc_10e9_per_l < rules.anc_min_10e9_per_l:
        problems.append(LabProblem(code="anc_below_threshold", reason=HoldReason.LOW_ANC, values={
            "field": "ANC", "unit": "10^9/L", "value": str(lab.anc_10e9_per_l),
            "minimum": str(rules.anc_min_10e9_per_l)}))
    if lab.platelets_10e9_per_l < rules.platelets_min_10e9_per_l:
        problems.append(LabProblem(code="platelets_below_threshold", reason=HoldReason.LOW_PLATELETS, values={
            "field": "platelets", "unit": "10^9/L", "value": str(lab.platelets_10e9_per_l),
            "minimum": str(rules.platelets_min_10e9_per_l)}))
    verdict = LabVerdict.HOLD if problems else LabVerdict.OK
    return LabCheck(verdict=verdict, dose_date=dose_date, lab=lab, problems=tuple(problems))
