"""What the facade hands to the faces: read-only views assembled from the store and the domain."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from clinic_app.domain.dose_records import DoseRecordState, DoseStatus
from clinic_app.domain.dosing import PaclitaxelDose
from clinic_app.domain.due import DueItem
from clinic_app.domain.lab_check import LabCheck
from clinic_app.domain.plausibility import PlausibilityWarning
from clinic_app.domain.preparation import PreparationPlan
from clinic_app.domain.records import (
    Administration,
    Measurement,
    Patient,
    PatientHistory,
    PointOfCareIdentity,
    Role,
    Signature,
)
from clinic_app.domain.schedule_model import Schedule
from clinic_app.store import AuditEntry, Fault, PendingReset

from .due_state import DueItems


@dataclass(frozen=True)
class Session:
    """A signed-in user. Only `Clinic.login` / `Clinic.first_run` make one. `credentials_version`
    is the account's at sign-in: a password change or reset moves it and ends the session."""

    user_id: int
    username: str
    full_name: str
    role: Role
    credentials_version: int = 1


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    role: Role
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    pending_reset: PendingReset | None = None  # a reset asked for, waiting for its second person (ROLE-4)


@dataclass(frozen=True)
class PatientSummary:
    patient: Patient
    identity: PointOfCareIdentity | None


@dataclass(frozen=True, slots=True)
class LineReason:
    """A reason of the dose gate as a kept line holds it (code and values)."""

    code: str
    values: dict[str, Any]


@dataclass(frozen=True, slots=True)
class LineDecision:
    """The decision a slot waits for, as a kept line holds it (what wording.slot reads of a
    domain.gate_model.NeededDecision)."""

    kind: str
    by: str
    drug: str | None
    proposed: str | None
    because: LineReason


@dataclass(frozen=True, slots=True)
class LineLabs:
    state: str  # domain.lab_check.LabState


@dataclass(frozen=True, slots=True)
class LineWeight:
    measured_on: date
    age_days: int
    too_old: bool


@dataclass(frozen=True, slots=True)
class LineState:
    """Where a dose slot stands, read from a kept line: the attributes wording.slot reads of a
    domain.slot_state.SlotState (the lab verdict, the weight's age, how far the pharmacy got, the
    expiry, the decision it waits for, why it cannot be given now), so a list words the gate's
    answer without reading the patient's whole items."""

    progress: str
    labs: LineLabs | None
    weight: LineWeight | None
    expires_at: datetime | None
    decision: LineDecision | None
    blocking: tuple[LineReason, ...]

    @classmethod
    def of(cls, state: dict[str, Any]) -> LineState:
        """The `state` of a kept line (due_state.line_of) as attributes."""
        decision = state["decision"]
        measured = state["weight_measured_on"]
        expires = state["expires_at"]
        return cls(
            progress=state["progress"],
            labs=LineLabs(state["labs"]) if state["labs"] is not None else None,
            weight=None if measured is None else LineWeight(date.fromisoformat(measured), state["weight_age_days"],
                                                            bool(state["weight_too_old"])),
            expires_at=datetime.fromisoformat(expires) if expires is not None else None,
            decision=None if decision is None else LineDecision(
                decision["kind"], decision["by"], decision["drug"], decision["proposed"],
                LineReason(decision["because"], decision["because_values"])),
            blocking=tuple(LineReason(r["code"], r["values"]) for r in state["blocking"]))


@dataclass(frozen=True, slots=True)
class DueLine:
    """What a list shows of one due item: codes, dates and figures (`dose` and `state` as the
    `due --json` output carries them). `index` is the item's place among the patient's items."""

    index: int
    uid: str
    kind: str
    category: str
    drug: str | None
    cycle: int | None
    day: int | None
    planned_date: date
    window_start: date
    window_end: date
    status: str
    rule: str
    dose: dict[str, Any] | None
    state: dict[str, Any] | None
    gate: LineState | None  # `state` as attributes, for the words of a list (wording.slot)

    @classmethod
    def of(cls, line: dict[str, Any]) -> DueLine:
        """A line as kept (JSON) made typed again."""
        start, end = line["window"]
        state = line["state"]
        return cls(line["index"], line["uid"], line["kind"], line["category"], line["drug"], line["cycle"],
                   line["day"], date.fromisoformat(line["date"]), date.fromisoformat(start), date.fromisoformat(end),
                   line["status"], line["rule"], line["dose"], state, LineState.of(state) if state else None)

    @property
    def slot(self) -> str:
        """"C2D8" for a cycle day, "" for items outside the cycles."""
        return f"C{self.cycle}D{self.day}" if self.cycle is not None and self.day is not None else ""


@dataclass(frozen=True)
class DueRow:
    """One line of the Today list: a patient's next actionable item and its dose. `due` is the
    item as the dose gate answered it (read from the kept answer on first use)."""

    subject_code: str
    date_of_birth: date
    initials: str
    full_name: str
    cohort: str
    line: DueLine
    dose_text: str
    answer: DueItems = field(repr=False)

    @property
    def due(self) -> DueItem:
        return self.answer.items[self.line.index]

    @property
    def status(self) -> str:
        return self.line.status

    @property
    def date(self) -> date:
        return self.line.planned_date


@dataclass(frozen=True)
class MeasurementView:
    """A measurement with the BSA it gives (protocol formula, 2 dp) and its alerts."""

    measurement: Measurement
    bsa_m2: Decimal
    warnings: tuple[PlausibilityWarning, ...]


@dataclass(frozen=True)
class DoseRecordView:
    """A frozen dose calculation and where it stands in the pharmacy (calculated / prepared /
    verified, or void with the reason), with every signature given on it and its steps."""

    id: int
    subject_code: str
    drug: str
    cycle: int
    day: int
    dose_date: date
    dose: PaclitaxelDose
    preparation: PreparationPlan
    warnings: tuple[PlausibilityWarning, ...]
    acknowledged: tuple[str, ...]
    lab_check: LabCheck
    measurement: Measurement
    status: DoseStatus
    protocol_version: str
    protocol_sha256: str
    calculated_by: str
    calculated_at: datetime
    signatures: tuple[Signature, ...] = ()
    void_reason: str | None = None
    cohort: str | None = None
    calculated_by_name: str = ""  # the calculator's full name, as signatures print theirs

    @classmethod
    def of(cls, subject_code: str, state: DoseRecordState, signatures: tuple[Signature, ...],
           calculated_by_name: str = "") -> DoseRecordView:
        """The view of one dose record read from the store."""
        snap = state.snapshot
        return cls(id=state.id, subject_code=subject_code, drug=state.drug, cycle=state.cycle, day=state.day,
                   dose_date=snap.dose_date, dose=snap.dose, preparation=state.plan, warnings=snap.warnings,
                   acknowledged=snap.acknowledged, lab_check=snap.lab_check, measurement=snap.measurement,
                   status=state.status, protocol_version=snap.protocol.version, protocol_sha256=state.protocol_sha256,
                   calculated_by=state.calculated_by, calculated_at=state.calculated_at, signatures=signatures,
                   void_reason=state.void_reason, cohort=snap.cohort,
                   calculated_by_name=calculated_by_name or state.calculated_by)

    def signed(self, meaning: str) -> Signature | None:
        """The signature with this meaning ("Prepared", "Verified"), if any."""
        return next((s for s in self.signatures if s.meaning.value == meaning), None)


@dataclass(frozen=True)
class PatientView:
    patient: Patient
    identity: PointOfCareIdentity | None
    history: PatientHistory
    schedule: Schedule
    due: tuple[DueItem, ...]
    measurements: tuple[MeasurementView, ...]
    administrations: tuple[Administration, ...]
    dose_records: tuple[DoseRecordView, ...]
    audit: tuple[AuditEntry, ...]
    cohort_history: tuple[tuple[date, str, str, str], ...] = field(default=())


@dataclass(frozen=True)
class VerifyResult:
    """The first fault (check, code, table, row, first differing field) and every fault found."""

    ok: bool
    check: str | None = None
    code: str | None = None
    row_id: int | None = None
    detail: str | None = None
    table: str | None = None
    field: str | None = None
    faults: tuple[Fault, ...] = ()
