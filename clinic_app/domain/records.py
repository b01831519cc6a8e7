"""What the clinic records: the shared vocabulary of the store (persists it), the planner
(re-plans from it) and the faces (show it).

All models are immutable pydantic models. Doses of flat drugs are integer micrograms; BSA doses are
Decimal mg. Times are timezone-aware datetimes; dates are `datetime.date`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class Role(StrEnum):
    """Who may do what (ROLE-1)."""

    NURSE = "nurse"
    PHARMACIST = "pharmacist"
    INVESTIGATOR = "investigator"
    ADMINISTRATOR = "administrator"


class Tolerance(StrEnum):
    """How an infusion was tolerated; drives the dexamethasone rule from cycle 2."""

    WELL_TOLERATED = "well_tolerated"
    MILD_REACTION = "mild_reaction"
    SEVERE_HYPERSENSITIVITY = "severe_hypersensitivity"


class AdministrationStatus(StrEnum):
    GIVEN = "given"
    HELD = "held"
    OMITTED = "omitted"


class HoldReason(StrEnum):
    """Coded reasons for not giving a planned dose."""

    LOW_ANC = "low_anc"
    LOW_PLATELETS = "low_platelets"
    LABS_MISSING = "labs_missing"
    NEUROPATHY = "neuropathy"
    HYPERSENSITIVITY = "hypersensitivity"
    INTERCURRENT_ILLNESS = "intercurrent_illness"
    PATIENT_DECLINED = "patient_declined"
    PATIENT_ABSENT = "patient_absent"
    INVESTIGATOR_DECISION = "investigator_decision"
    OTHER = "other"


class DecisionKind(StrEnum):
    """Investigator decisions the planner and the gate read."""

    DOSE_LEVEL = "dose_level"                    # choice: "0", "-1", "-2"
    FLAT_DOSE_GIVE_SKIP = "flat_dose_give_skip"  # choice: "give" | "skip" (IMP321 after a held paclitaxel)
    PREMEDICATION = "premedication"              # choice: "continue" | "omit" (dexamethasone from cycle 2)
    WEIGHT_CHANGE = "weight_change"              # choice: "recalculate" | "keep"
    COHORT_SAFETY = "cohort_safety_satisfactory"  # choice: "satisfactory"; subject: the cohort letter
    COHORT_REASSIGNMENT = "cohort_reassignment"  # choice: the new cohort letter
    DISCONTINUE_DRUG = "discontinue_drug"        # choice: "discontinue"; subject: the drug stopped for good
    AFTER_DISCONTINUATION = "after_discontinuation"  # choice: "continue_flat" | "end_treatment"


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Patient(_Record):
    """A patient on study. Name and hospital number are point-of-care identifiers kept apart."""

    subject_code: str = Field(pattern=r"^[A-Z0-9][A-Z0-9-]{1,19}$")
    initials: str = Field(pattern=r"^[A-Z]{2,4}$")
    date_of_birth: date
    cohort: str
    c1d1: date | None = None  # date of the first paclitaxel (study day 1); None until given/planned
    planned_c1d1: date | None = None
    enrolled_on: date
    active: bool = True


class PointOfCareIdentity(_Record):
    """Name and hospital number: shown at the chair, never exported to the sponsor."""

    subject_code: str
    full_name: str
    hospital_number: str


class Measurement(_Record):
    """Height (cm) and weight (kg) measured on a date by a user."""

    subject_code: str
    measured_on: date
    height_cm: Decimal
    weight_kg: Decimal
    recorded_by: str


class LabResult(_Record):
    """Pre-treatment blood counts in 10^9/L, drawn on a date."""

    subject_code: str
    drawn_on: date
    anc_10e9_per_l: Decimal
    platelets_10e9_per_l: Decimal
    recorded_by: str


class Administration(_Record):
    """What happened to one planned dose: given (with the date and the actual dose), held or omitted.

    `cycle`/`day` name the protocol slot (e.g. paclitaxel C1D8). For a given flat drug the amount
    is `dose_mcg`; for a BSA drug it is `dose_mg`.
    """

    subject_code: str
    drug: str
    cycle: int = Field(ge=1)
    day: int = Field(ge=1)
    status: AdministrationStatus
    on: date
    dose_mg: Decimal | None = None
    dose_mcg: int | None = None
    tolerance: Tolerance | None = None
    reason: HoldReason | None = None
    note: str = ""
    recorded_by: str = ""
    started_at: AwareDatetime | None = None  # infusion/injection start (given doses)
    ended_at: AwareDatetime | None = None
    late_entry_reason: str = ""  # recorded after the slot's window closed: why it was entered late
    premedication: bool = False  # a premedication (given once per attempt at its infusion, not once per slot)
    signed: bool = True  # False only for a row an older version left without its signature


class Decision(_Record):
    """An investigator's signed decision. `cycle`/`day` locate it where it applies."""

    subject_code: str | None  # None for trial-wide decisions (cohort safety)
    kind: DecisionKind
    choice: str
    reason: str = Field(min_length=1)
    cycle: int | None = None
    day: int | None = None
    subject: str | None = None  # e.g. the cohort letter for COHORT_SAFETY
    decided_by: str
    decided_at: AwareDatetime


class VisitCompletion(_Record):
    """A protocol visit (Week 13 assessment, Week 25 post-study) recorded as done on a date."""

    subject_code: str
    visit: str
    on: date
    recorded_by: str


class Toxicity(_Record):
    """An adverse event as CTCAE v5 names it: a term, a grade (1-5) and the onset date.

    `term` is a key of the protocol's toxicity terms (e.g. "infusion_related_reaction") or
    "other" with `term_text` saying what; `drug` the drug it is attributed to, if any;
    `from_infusion` is True when it was written by the tolerance recorded with an infusion.
    """

    subject_code: str
    term: str
    term_text: str = ""
    grade: int = Field(ge=1, le=5)
    onset: date
    drug: str | None = None
    from_infusion: bool = False
    note: str = ""
    recorded_by: str


class PatientHistory(_Record):
    """Everything recorded for one patient, as the planner needs it."""

    patient: Patient
    administrations: tuple[Administration, ...] = ()
    decisions: tuple[Decision, ...] = ()
    visits: tuple[VisitCompletion, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    labs: tuple[LabResult, ...] = ()
    toxicities: tuple[Toxicity, ...] = ()



class SignatureMeaning(StrEnum):
    """What a signature attests (ROLE-3); values match the permissions table."""

    PREPARED = "Prepared"
    VERIFIED = "Verified"
    ADMINISTERED = "Administered"
    APPROVED = "Approved"
    HELD = "Held"              # a dose not given today, with its coded reason
    AUTHORISED = "Authorised"  # an administrator's account change


class Signature(_Record):
    """An electronic signature bound to one version of one stored record.

    `entity`/`entity_id`/`entity_row_version` name the exact row signed; `content_sha256` is the
    hash of its content at signing. `signed_at` carries the signer's time zone.
    """

    id: int
    meaning: SignatureMeaning
    user_id: int
    printed_name: str
    role: Role
    signed_at: AwareDatetime
    entity: str
    entity_id: int
    entity_row_version: int
    content_sha256: str
