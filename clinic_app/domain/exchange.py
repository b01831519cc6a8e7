"""The documented JSON exchange format (`export` / `import`).

One document holds ALL the site's clinical records for the protocol it was written under: each
patient's cohort history, measurements, labs, dose records with their preparation and
verification, administrations, decisions, visits and toxicities, every void and every signature
(meaning, signer, role, time). The JSON Schema is generated from these models
(`exchange_json_schema()`), so the format and its documentation cannot drift apart. Sponsor
exports carry the subject code and usernames only: point-of-care identities (name, hospital
number) and staff identities (full names, printed names on signatures) are included only when
asked for explicitly. Actors are the people who did each act at the source; an importing clinic
keeps them as data and credits the rows to the person importing.

Records refer to each other by their position in the patient's lists (`dose_record`,
`administration`), never by database ids. The document has no export timestamp on purpose:
export -> import -> export must be identical.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from .records import (
    Administration,
    Decision,
    LabResult,
    Measurement,
    Patient,
    PointOfCareIdentity,
    Role,
    SignatureMeaning,
    Toxicity,
    VisitCompletion,
)

FORMAT_NAME: Literal["clinic-dosing-assistant/export"] = "clinic-dosing-assistant/export"
FORMAT_VERSION: Literal[2] = 2


class _Doc(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class ExportedProtocol(_Doc):
    """The protocol the records were made under; import refuses a different SHA-256 unless told."""

    id: str
    version: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class ExportedUser(_Doc):
    """A person named in the records (no credentials ever leave the database)."""

    username: str
    full_name: str
    role: Role


class ExportedSignature(_Doc):
    """A signature as data: what it attests, who gave it (username; printed name only with
    identities), their role then, and when (with the signer's zone)."""

    meaning: SignatureMeaning
    signer: str = Field(min_length=1, max_length=40)
    printed_name: str | None = Field(default=None, max_length=120)
    role: Role
    signed_at: AwareDatetime


class ExportedVoid(_Doc):
    """Why, when and by whom a record was withdrawn."""

    reason: str = Field(min_length=3, max_length=500)
    voided_at: AwareDatetime
    voided_by: str = Field(min_length=1, max_length=40)


class ExportedStep(_Doc):
    """A pharmacy step of a dose record (preparation or verification) and its signatures."""

    by: str = Field(min_length=1, max_length=40)
    at: AwareDatetime
    details_json: str = Field(default="{}", max_length=100_000)  # a preparation's vials, bag, expiry
    note: str = Field(default="", max_length=500)  # a verification's note
    signatures: list[ExportedSignature] = Field(default_factory=list, max_length=10)


class ExportedDoseRecord(_Doc):
    """A dose calculation frozen with its protocol (the snapshot exactly as stored)."""

    drug: str = Field(max_length=40)
    cycle: int
    day: int
    snapshot_json: str = Field(max_length=100_000)
    protocol_version: str = Field(max_length=40)
    protocol_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    status: Literal["calculated", "prepared", "verified"]
    calculated_by: str = Field(min_length=1, max_length=40)
    calculated_at: AwareDatetime
    preparation: ExportedStep | None = None
    verification: ExportedStep | None = None
    void: ExportedVoid | None = None


class ExportedAdministration(_Doc):
    """What happened to a planned dose, with the dose record it gave (its position) and signatures."""

    record: Administration
    dose_record: int | None = None
    signatures: list[ExportedSignature] = Field(default_factory=list, max_length=10)
    void: ExportedVoid | None = None


class ExportedDecision(_Doc):
    """An investigator's decision with its signatures (in force only when signed and not void)."""

    record: Decision
    signatures: list[ExportedSignature] = Field(default_factory=list, max_length=10)
    void: ExportedVoid | None = None


class ExportedToxicity(_Doc):
    """An adverse event, the administration whose tolerance recorded it (its position), when recorded."""

    record: Toxicity
    administration: int | None = None
    recorded_at: AwareDatetime
    void: ExportedVoid | None = None


class ExportedCohortAssignment(_Doc):
    """One step of the patient's cohort history (enrolment, then each re-assignment)."""

    cohort: str = Field(max_length=4)
    assigned_on: date
    assigned_by: str = Field(min_length=1, max_length=40)
    reason: str = Field(min_length=1, max_length=500)


class ExportedPatient(_Doc):
    """Everything recorded for one patient, in a stable order (entry order)."""

    patient: Patient
    identity: PointOfCareIdentity | None = None
    cohort_history: list[ExportedCohortAssignment] = Field(default_factory=list)
    measurements: list[Measurement] = Field(default_factory=list)
    labs: list[LabResult] = Field(default_factory=list)
    dose_records: list[ExportedDoseRecord] = Field(default_factory=list)
    administrations: list[ExportedAdministration] = Field(default_factory=list)
    decisions: list[ExportedDecision] = Field(default_factory=list)
    visits: list[VisitCompletion] = Field(default_factory=list)
    toxicities: list[ExportedToxicity] = Field(default_factory=list)


class ExportedClosedDay(_Doc):
    day: date
    reason: str = Field(max_length=200)


class ExportDocument(_Doc):
    """The whole exchange file."""

    format: Literal["clinic-dosing-assistant/export"] = FORMAT_NAME
    format_version: Literal[2] = FORMAT_VERSION
    site_name: str = Field(max_length=80)
    protocol: ExportedProtocol
    includes_identities: bool
    users: list[ExportedUser] = Field(default_factory=list)
    closed_days: list[ExportedClosedDay] = Field(default_factory=list)
    trial_decisions: list[ExportedDecision] = Field(default_factory=list)
    patients: list[ExportedPatient] = Field(default_factory=list)


def exchange_json_schema() -> dict[str, Any]:
    """The JSON Schema of the export document (draft 2020-12, as pydantic writes it)."""
    schema = ExportDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Clinic Dosing Assistant export"
    return schema
