"""A dose record as the gate reads it: the calculation frozen in it (a typed snapshot) and where it
stands in the pharmacy (calculated, prepared, verified, or void), with who did what and when.

`PatientChart` is everything recorded for one patient that a dose decision rests on: the history
the planner reads plus the patient's dose records. Rules REC-1 to REC-4 read it.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict

from .dosing import PaclitaxelDose
from .lab_check import LabCheck
from .plausibility import PlausibilityWarning
from .preparation import PreparationPlan
from .records import AdministrationStatus, Measurement, PatientHistory


class DoseStatus(StrEnum):
    """A dose record moves calculated -> prepared -> verified, never back; any of them may be
    voided (replaced by a new calculation, made stale by a change, or withdrawn with a reason)."""

    CALCULATED = "calculated"
    PREPARED = "prepared"
    VERIFIED = "verified"
    VOID = "void"


class ProtocolRef(BaseModel):
    """The protocol file a calculation was made under."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    id: str
    version: str
    sha256: str


class DoseSnapshot(BaseModel):
    """A calculation exactly as it was shown and frozen (the dose record's snapshot JSON).

    `cohort` and `level` were added after the first release: older snapshots lack them (the
    level is then the one inside `dose`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    protocol: ProtocolRef
    dose_date: date
    measurement: Measurement
    dose: PaclitaxelDose
    preparation: PreparationPlan
    warnings: tuple[PlausibilityWarning, ...] = ()
    acknowledged: tuple[str, ...] = ()
    lab_check: LabCheck
    cohort: str | None = None


class DoseRecordState(BaseModel):
    """One dose record of a patient and its pharmacy steps."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    id: int
    drug: str
    cycle: int
    day: int
    status: DoseStatus
    snapshot: DoseSnapshot
    protocol_sha256: str
    calculated_by: str
    calculated_at: AwareDatetime
    prepared_by: str | None = None
    prepared_at: AwareDatetime | None = None
    prepared_plan: PreparationPlan | None = None  # the plan as prepared: its expiry runs from then
    verified_by: str | None = None
    verified_at: AwareDatetime | None = None
    void_reason: str | None = None
    unsigned_steps: tuple[str, ...] = ()  # steps an older version left without their signature

    @property
    def expires_at(self) -> datetime | None:
        """When the prepared infusion's stability runs out (None before preparation)."""
        return self.prepared_plan.expires_at if self.prepared_plan is not None else None

    @property
    def plan(self) -> PreparationPlan:
        """The preparation plan: as prepared once prepared, else as calculated."""
        return self.prepared_plan or self.snapshot.preparation

    @property
    def live(self) -> bool:
        """True unless voided."""
        return self.status is not DoseStatus.VOID

    def expired(self, now: datetime) -> bool:
        """True when the preparation's stability has run out at `now` (aware)."""
        return self.expires_at is not None and now > self.expires_at


class PatientChart(BaseModel):
    """What a dose decision rests on for one patient: the recorded history and the dose records."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    history: PatientHistory
    dose_records: tuple[DoseRecordState, ...] = ()

    def live_record(self, drug: str, cycle: int, day: int) -> DoseRecordState | None:
        """The slot's current dose record (the newest one not voided), or None (REC-1)."""
        found = [r for r in self.dose_records if (r.drug, r.cycle, r.day) == (drug, cycle, day) and r.live]
        return max(found, key=lambda r: r.id) if found else None

    def record(self, dose_record_id: int) -> DoseRecordState | None:
        """The dose record with this id, or None."""
        return next((r for r in self.dose_records if r.id == dose_record_id), None)

    def weight_used_last(self, drug: str) -> Measurement | None:
        """The measurement the most recent GIVEN dose of `drug` was calculated from (DOSE-6)."""
        given = {(a.cycle, a.day) for a in self.history.administrations
                 if a.drug == drug and a.status is AdministrationStatus.GIVEN}
        used = [r for r in self.dose_records if r.drug == drug and (r.cycle, r.day) in given and r.live]
        return max(used, key=lambda r: r.id).snapshot.measurement if used else None
