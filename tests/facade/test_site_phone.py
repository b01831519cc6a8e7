"""The clinic's phone number: set by the administrator, printed under the clinic's name on the calendar."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from clinic_app.domain.errors import InputError, PermissionDenied
from clinic_app.facade import Clinic

from .conftest import Staff


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_administrator_sets_the_phone_and_the_calendar_prints_it(clinic: Clinic, staff: Staff) -> None:
    assert clinic.site_phone == ""
    assert clinic.set_site_phone(staff.admin, "  +33 1 45  67 89 00 ") == "+33 1 45 67 89 00"
    assert clinic.site_phone == "+33 1 45 67 89 00"
    clinic.enrol(staff.investigator, subject_code="IMP-001", initials="JD", date_of_birth="1961-04-12", cohort="A",
                 planned_c1d1="2026-01-05", full_name="Jane Doe", hospital_number="H001")
    text = _text(clinic.patient_calendar_pdf(staff.nurse, "IMP-001", date(2026, 1, 2)))
    assert "Questions or feeling unwell: Test Oncology Day Unit Phone: +33 1 45 67 89 00" in text


def test_only_the_administrator_and_only_a_phone_number(clinic: Clinic, staff: Staff) -> None:
    with pytest.raises(PermissionDenied):
        clinic.set_site_phone(staff.nurse, "01 45 67 89 00")
    with pytest.raises(InputError) as refused:
        clinic.set_site_phone(staff.admin, "call reception")
    assert refused.value.code == "invalid_phone" and refused.value.values["field"] == "phone"
    assert clinic.set_site_phone(staff.admin, "") == ""
