"""The documented JSON exchange format (`export` / `import`).

One document holds the site's clinical records for the protocol it was written under. The JSON
Schema is generated from these models (`exchange_json_schema()`), so the format and its
documentation cannot drift apart. Sponsor exports carry the subject code only: point-of-care
identities (name, hospital number) are included only when asked for explicitly.

The document has no export timestamp on purpose: export -> import -> export must be identical.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .records import (
    Administration,
    Decision,
    LabResult,
    Measurement,
    Patient,
    PointOfCareIdentity,
    Role,
    VisitCompletion,
)

FORMAT_NAME: Literal["clinic-dosing-assistant/export"] = "clinic-dosing-assistant/export"
FORMAT_VERSION: Literal[1] = 1


class _Doc(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


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


class ExportedPatient(_Doc):
    """Everything recorded for one patient, in a stable order."""

    patient: Patient
    identity: PointOfCareIdentity | None = None
    measurements: list[Measurement] = Field(default_factory=list)
    labs: list[LabResult] = Field(default_factory=list)
    administrations: list[Administration] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    visits: list[VisitCompletion] = Field(default_factory=list)


class ExportDocument(_Doc):
    """The whole exchange file."""

    format: Literal["clinic-dosing-assistant/export"] = FORMAT_NAME
    format_version: Literal[1] = FORMAT_VERSION
    site_name: str
    protocol: ExportedProtocol
    includes_identities: bool
    users: list[ExportedUser] = Field(default_factory=list)
    closed_days: list[date] = Field(default_factory=list)
    trial_decisions: list[Decision] = Field(default_factory=list)
    patients: list[ExportedPatient] = Field(default_factory=list)


def exchange_json_schema() -> dict[str, Any]:
    """The JSON Schema of the export document (draft 2020-12, as pydantic writes it)."""
    schema = ExportDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Clinic Dosing Assistant export"
    return schema
