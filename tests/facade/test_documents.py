"""Documents printed through the facade from stored records: the text on the page equals the record."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from clinic_app.cli import main
from clinic_app.cli.access import PASSWORD_ENV
from clinic_app.domain.formatting import format_date, format_mg, format_ml
from clinic_app.facade import Clinic
from clinic_app.facade.demo import DEMO_PASSWORD

TODAY = date(2026, 11, 23)  # the demo clinic's "today" (tests/conftest.py)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def clinic(demo_db: Path) -> Iterator[Clinic]:
    at_nine = datetime(2026, 11, 23, 9, tzinfo=timezone(timedelta(hours=1)))
    with Clinic.open(demo_db, clock=lambda: at_nine) as opened:
        yield opened


def test_every_dosing_sheet_of_three_patients_matches_its_record(clinic: Clinic) -> None:
    pharmacist = clinic.login("pharm.chen", DEMO_PASSWORD)
    serials = set()
    checked = 0
    for code in ("IMP-A04", "IMP-A07", "IMP-B02"):  # level -1, a reaction, a held C1D15
        for record in clinic.dose_records(pharmacist, code):
            text = text_of(clinic.dosing_sheet_pdf(pharmacist, record.id))
            assert code in text and "DEMO DATA - FICTIONAL PATIENTS" in text
            assert f"{format_mg(record.dose.dose_mg)} IV" in text
            assert f"{record.dose.bsa_m2} m²" in text
            assert format_ml(record.preparation.volume_ml) in text
            assert format_date(record.dose_date) in text
            assert f"C{record.cycle}D{record.day}" in text
            assert "NOT VERIFIED" not in text  # every demo dose was verified by a second pharmacist
            assert "Louise Dubois" in text and "Wei Chen" in text
            serial = next(line for line in text.splitlines() if line.startswith("sheet DS-"))
            assert serial not in serials
            serials.add(serial)
            checked += 1
    assert checked >= 40


def test_new_calculation_is_marked_and_blinded_copy_hides_the_dose(clinic: Clinic) -> None:
    """ROLE-2: the verifier's blinded copy shows neither the BSA nor the dose to work out again."""
    pharmacist = clinic.login("pharm.chen", DEMO_PASSWORD)
    # IMP-A08's C5D8 is due today; its weight was measured a week ago, so measure again first.
    nurse = clinic.login("nurse.okafor", DEMO_PASSWORD)
    clinic.record_measurement(nurse, "IMP-A08", height_cm="169", weight_kg="71", measured_on=TODAY)
    record = clinic.calculate_dose(pharmacist, "IMP-A08", cycle=5, day=8)
    sheet = text_of(clinic.dosing_sheet_pdf(pharmacist, record.id))
    assert "NOT VERIFIED - DO NOT ADMINISTER" in sheet
    blinded = text_of(clinic.dosing_sheet_pdf(pharmacist, record.id, blinded=True))
    assert "IMP-A08" in blinded
    assert format_mg(record.dose.dose_mg) not in blinded
    assert str(record.dose.bsa_m2) not in blinded


def test_checklist_calendar_and_worklist(clinic: Clinic) -> None:
    nurse = clinic.login("nurse.okafor", DEMO_PASSWORD)
    checklist = text_of(clinic.visit_checklist_pdf(nurse, "IMP-A08", TODAY))
    assert "IMP-A08" in checklist and "Elena Garcia" in checklist and format_date(TODAY) in checklist
    calendar = text_of(clinic.patient_calendar_pdf(nurse, "IMP-B05", TODAY))
    assert "IMP-B05" in calendar and "µg" not in calendar
    worklist = text_of(clinic.worklist_pdf(nurse, TODAY))
    assert "IMP-A08" in worklist and "146 mg" in worklist


def test_print_command_writes_each_document(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, DEMO_PASSWORD)
    base = ["--db", str(demo_db), "--user", "nurse.okafor", "--date", TODAY.isoformat()]
    for document, extra in [("worklist", []), ("visit-sheet", ["--patient", "IMP-A08"]),
                            ("calendar", ["--patient", "IMP-B05", "--paper", "Letter"]),
                            ("dosing-sheet", ["--dose-record", "1"])]:
        out = tmp_path / f"{document}.pdf"
        assert main(["print", document, *base, *extra, "-o", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
    assert main(["print", "calendar", *base, "-o", str(tmp_path / "x.pdf")]) == 2  # no --patient


def test_the_sheet_of_a_voided_record_says_void(clinic: Clinic) -> None:
    """REC-3 (with REC-1): IMP-A08's C5D8 calculated twice; the second calculation voids the first,
    whose sheet then says VOID with the reason (the record that replaced it), never NOT VERIFIED;
    the current record's sheet does not say VOID."""
    pharmacist = clinic.login("pharm.chen", DEMO_PASSWORD)
    nurse = clinic.login("nurse.okafor", DEMO_PASSWORD)
    clinic.record_measurement(nurse, "IMP-A08", height_cm="169", weight_kg="71", measured_on=TODAY)
    first = clinic.calculate_dose(pharmacist, "IMP-A08", cycle=5, day=8)
    second = clinic.calculate_dose(pharmacist, "IMP-A08", cycle=5, day=8)
    void = text_of(clinic.dosing_sheet_pdf(pharmacist, first.id))
    assert f"VOID - DO NOT USE: replaced by dose record DR-{second.id:06d}" in void
    assert "NOT VERIFIED" not in void
    current = text_of(clinic.dosing_sheet_pdf(pharmacist, second.id))
    assert "VOID" not in current and "NOT VERIFIED - DO NOT ADMINISTER" in current


def test_every_sheet_carries_the_chain_head_just_after_its_serial(clinic: Clinic) -> None:
    nurse = clinic.login("nurse.okafor", DEMO_PASSWORD)
    text = text_of(clinic.worklist_pdf(nurse, TODAY))
    head = clinic.store.chain_head()
    assert f"trail {head.seq} · {head.mac[:8]}" in text
    assert clinic.store.audit_entries()[-1].entity == "site_settings"  # the serial is the last row


def test_the_days_batch_is_one_pdf_with_a_serial_and_page_count_per_sheet(clinic: Clinic, demo_db: Path,
                                                                          tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The worklist, every dosing sheet of the day and the blinded copy (ROLE-2) of each dose not yet
    verified, in ONE PDF; the serials are counted in one transaction."""
    pharmacist = clinic.login("pharm.chen", DEMO_PASSWORD)
    nurse = clinic.login("nurse.okafor", DEMO_PASSWORD)
    clinic.record_measurement(nurse, "IMP-A08", height_cm="169", weight_kg="71", measured_on=TODAY)
    record = clinic.calculate_dose(pharmacist, "IMP-A08", cycle=5, day=8)
    before = len(clinic.store.audit_entries())
    pages = PdfReader(io.BytesIO(clinic.day_batch_pdf(pharmacist, TODAY))).pages
    assert len(clinic.store.audit_entries()) == before + 1  # one serial counter change for every sheet
    texts = [page.extract_text() for page in pages]
    serials = [next(line for line in t.splitlines() if line.startswith("sheet ")) for t in texts]
    assert serials[0].startswith("sheet WL-") and len(set(serials)) == len(serials) == len(texts)
    assert f"DR-{record.id:06d}" in texts[0]  # on the worklist
    sheets = [t for t in texts[1:] if f"DR-{record.id:06d}" in t]
    assert len(sheets) == 2 and "NOT VERIFIED - DO NOT ADMINISTER" in sheets[0]
    assert "BLINDED CHECKER COPY" in sheets[1]
    assert format_mg(record.dose.dose_mg) not in sheets[1]
    assert all("page 1 of 1" in t for t in texts[1:])  # each sheet counts its own pages
    monkeypatch.setenv(PASSWORD_ENV, DEMO_PASSWORD)
    out = tmp_path / "day.pdf"
    assert main(["print", "day-batch", "--db", str(demo_db), "--user", "pharm.chen", "--date", TODAY.isoformat(),
                 "-o", str(out)]) == 0
    assert len(PdfReader(out).pages) == len(pages)
