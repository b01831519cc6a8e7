"""What the pharmacy dosing sheet (and its blinded checker copy) is printed from.

The facade fills these from the store; printing never reads the database. The dose and the
preparation plan are the domain's own objects, so no number is recomputed here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import AwareDatetime, Field, model_validator

from clinic_app.domain.dosing import FlatDose, PaclitaxelDose
from clinic_app.domain.lab_check import LabCheck
from clinic_app.domain.plausibility import PlausibilityWarning
from clinic_app.domain.preparation import PreparationPlan
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.schedule_model import ItemStatus, ScheduleItem

from .context import DocumentInput, PatientIdentifiers, PrintContext, SignatureBlock
from .wording import rule_text


class ProtocolStamp(DocumentInput):
    """The protocol a dose was calculated under, as stored with the dose record."""

    name: str
    version: str
    sha256: str = Field(min_length=12)

    @property
    def short_sha(self) -> str:
        """First 12 hex digits, as printed."""
        return self.sha256[:12]


class Premedication(DocumentInput):
    """The premedication due with this infusion and the decision behind it.

    `status`: "give", "omit" or "decision_required" (an investigator must decide before the dose).
    `basis` says why in words (e.g. "cycle 1: given before every infusion"); a signed decision
    adds who decided and when.
    """

    drug: str
    dose_mg: Decimal
    route: str
    timing: str
    status: Literal["give", "omit", "decision_required"]
    basis: str = Field(min_length=1)
    decided_by: str | None = None
    decided_at: AwareDatetime | None = None


    @classmethod
    def from_schedule_item(cls, item: ScheduleItem, protocol: Protocol) -> Premedication:
        """The premedication line of a planner item (its status and the rule behind it)."""
        premed = protocol.premedication
        if item.status is ItemStatus.DECISION_REQUIRED or item.rule.code == "premedication_pending_tolerance":
            status: Literal["give", "omit", "decision_required"] = "decision_required"
        elif item.status in (ItemStatus.OMITTED, ItemStatus.NOT_APPLICABLE):
            status = "omit"
        else:
            status = "give"
        decision = item.decision
        return cls(drug=premed.drug, dose_mg=premed.dose_mg, route=premed.route, timing=premed.timing,
                   status=status, basis=rule_text(item.rule, protocol),
                   decided_by=decision.decided_by if decision else None,
                   decided_at=decision.decided_at if decision else None)


class NextFlatDose(DocumentInput):
    """The flat (cohort) dose due the day after this infusion, e.g. IMP321 on D2."""

    dose: FlatDose
    on: date
    cycle: int = Field(ge=1)
    day: int = Field(ge=1)
    volume_note: str = "volume: per pharmacy manual"


class LevelDecision(DocumentInput):
    """An investigator's signed reason for a dose level below 0."""

    reason: str = Field(min_length=1)
    decided_by: str
    decided_at: AwareDatetime


class CheckerRules(DocumentInput):
    """The protocol's rounding rules, printed on the blinded copy so the checker applies the same ones."""

    bsa_round_places: int = Field(ge=0)
    dose_mg_step: Decimal
    volume_ml_step: Decimal

    @classmethod
    def from_protocol(cls, protocol: Protocol) -> CheckerRules:
        """The rules of the protocol the dose was calculated under."""
        return cls(bsa_round_places=protocol.bsa.round_places, dose_mg_step=protocol.rounding.dose_mg_step,
                   volume_ml_step=protocol.rounding.volume_ml_step)


class DosingSheetInput(DocumentInput):
    """One paclitaxel dose, as the pharmacy prepares and verifies it."""

    ctx: PrintContext
    patient: PatientIdentifiers
    protocol: ProtocolStamp
    cohort: str = Field(pattern=r"^[A-Z]$")
    cycle: int = Field(ge=1)
    day: int = Field(ge=1)
    dose_date: date
    study_day: int | None = None
    height_measured_on: date
    weight_measured_on: date
    dose: PaclitaxelDose
    preparation: PreparationPlan
    rules: CheckerRules
    level_decision: LevelDecision | None = None
    lab_check: LabCheck | None = None
    warnings: tuple[PlausibilityWarning, ...] = ()
    acknowledged: tuple[str, ...] = ()  # codes of the warnings a person confirmed
    premedication: Premedication | None = None
    next_flat_doses: tuple[NextFlatDose, ...] = ()
    prepared: SignatureBlock = SignatureBlock(meaning="Prepared")
    verified_by: SignatureBlock = SignatureBlock(meaning="Verified")
    dose_record_id: str = Field(min_length=1, max_length=24)  # printed as a Code128 beside the identifiers
    verified: bool = False
    void_reason: str | None = None  # a voided record's sheet says VOID on every page (REC-3)
    alerts: tuple[str, ...] = ()  # what stops this dose today (discontinued, level to decide, labs...), worded

    @model_validator(mode="after")
    def _consistent(self) -> DosingSheetInput:
        # A sheet whose parts disagree must never print: that is how a wrong bag reaches a patient.
        if self.preparation.dose_mg != self.dose.dose_mg:
            raise ValueError(f"preparation is for {self.preparation.dose_mg} mg, dose is {self.dose.dose_mg} mg")
        for flat in self.next_flat_doses:
            if flat.dose.cohort != self.cohort:
                raise ValueError(f"flat dose is for cohort {flat.dose.cohort}, patient is in cohort {self.cohort}")
        if self.dose.level != 0 and self.level_decision is None:
            raise ValueError("a dose level below 0 needs the investigator's signed reason")
        if self.verified and self.verified_by.signed_at is None:
            raise ValueError("a verified sheet needs the verifier's signature")
        if self.prepared.meaning != "Prepared" or self.verified_by.meaning != "Verified":
            raise ValueError("signature blocks must be Prepared and Verified")
        return self
