"""What every printed page carries, whatever the document: who printed it, when, with which
program, the sheet serial, the paper size and whether the data are fictional."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from clinic_app.domain.language import Language
from clinic_app.domain.records import Signature


class DocumentInput(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True, defer_build=True)


class PrintContext(DocumentInput):
    """Page furniture shared by all documents.

    `deterministic` asks for byte-identical output (reportlab invariant mode: fixed document ID and
    a fixed creation date) so that golden files can be compared byte for byte.
    """

    app_version: str = Field(min_length=1)
    printed_at: AwareDatetime
    printed_by: str = Field(min_length=1)
    serial: str = Field(min_length=1)
    page_size: Literal["A4", "Letter"] = "A4"
    demo: bool = False
    deterministic: bool = False
    trail: str = ""  # the audit chain head when printed ("trail 1234 · a1b2c3d4"): paper anchors the trail
    language: Language = "en"  # the whole document's words, numbers and dates (LANG-1, LANG-2)


class PatientIdentifiers(DocumentInput):
    """Two identifiers wherever a patient appears: subject code + date of birth always; the name
    and hospital number too when the document is for the point of care and they are known."""

    subject_code: str = Field(min_length=1)
    date_of_birth: date
    initials: str = Field(min_length=1)
    full_name: str | None = None
    hospital_number: str | None = None


class SignatureBlock(DocumentInput):
    """A signature block: empty (to be signed by hand) or filled from a recorded e-signature."""

    meaning: Literal["Prepared", "Verified", "Checked", "Administered", "Approved"]
    printed_name: str | None = None
    role: str | None = None
    signed_at: AwareDatetime | None = None

    @classmethod
    def from_signature(cls, signature: Signature) -> SignatureBlock:
        """The block of a stored electronic signature (printed name, role, time with zone)."""
        return cls(meaning=signature.meaning.value, printed_name=signature.printed_name,
                   role=signature.role.value, signed_at=signature.signed_at)
