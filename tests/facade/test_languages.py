"""The site's language prints the documents, the patient's language the calendar; both audited and
only the right people change them (LANG-1); the command line speaks the user's language and its
JSON does not change (LANG-5)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from clinic_app.cli import main
from clinic_app.cli.access import PASSWORD_ENV
from clinic_app.domain.errors import DomainError, InputError
from clinic_app.facade import Clinic
from clinic_app.facade.demo import DEMO_PASSWORD

from .test_documents import text_of

TODAY = date(2026, 11, 23)  # the demo clinic's "today"


@pytest.fixture
def clinic(demo_db: Path) -> Iterator[Clinic]:
    at_nine = datetime(2026, 11, 23, 9, tzinfo=timezone(timedelta(hours=1)))
    with Clinic.open(demo_db, clock=lambda: at_nine) as opened:
        yield opened


def test_the_site_language_prints_every_document_and_the_patient_language_the_calendar(clinic: Clinic) -> None:
    """LANG-1: documents follow the site's setting; the calendar follows the patient's language."""
    admin, investigator = clinic.login("sam.admin", DEMO_PASSWORD), clinic.login("dr.martin", DEMO_PASSWORD)
    pharmacist = clinic.login("pharm.chen", DEMO_PASSWORD)
    record = clinic.dose_records(pharmacist, "IMP-A04")[-1]
    assert clinic.site_language == "en" and clinic.patient_language(pharmacist, "IMP-A04") == "en"
    assert "Pharmacy dosing sheet" in text_of(clinic.dosing_sheet_pdf(pharmacist, record.id))

    assert clinic.set_site_language(admin, "fr") == "fr"
    sheet = text_of(clinic.dosing_sheet_pdf(pharmacist, record.id))
    assert "Fiche de préparation" in sheet and "Pharmacy dosing sheet" not in sheet
    assert "(pharmacien)" in sheet  # who printed it, in the page's language
    assert "Liste de préparation" in text_of(clinic.worklist_pdf(pharmacist, TODAY))
    assert "Mon calendrier de traitement" in text_of(clinic.patient_calendar_pdf(pharmacist, "IMP-A04", TODAY))

    clinic.set_patient_language(investigator, "IMP-A04", "en", reason="reads English")
    assert clinic.patient_language(pharmacist, "IMP-A04") == "en"
    calendar = text_of(clinic.patient_calendar_pdf(pharmacist, "IMP-A04", TODAY))
    assert "My treatment calendar" in calendar
    assert "Fiche de préparation" in text_of(clinic.dosing_sheet_pdf(pharmacist, record.id))  # still the site's
    changes = [(e.action, e.entity) for e in clinic.audit_log(admin) if e.entity in ("site_settings",
                                                                                    "patient_languages")]
    assert ("set_language", "patient_languages") in changes and any(e == "site_settings" for _, e in changes)


def test_who_may_set_the_languages(clinic: Clinic) -> None:
    """LANG-1: the site language is the administrator's, the patient's language the investigator's
    (a change needs a reason); a language the program does not speak is refused naming the field."""
    nurse, investigator = clinic.login("nurse.okafor", DEMO_PASSWORD), clinic.login("dr.martin", DEMO_PASSWORD)
    with pytest.raises(DomainError) as refused:
        clinic.set_site_language(nurse, "fr")
    assert refused.value.code == "permission_denied"
    with pytest.raises(InputError) as unknown:
        clinic.set_site_language(clinic.login("sam.admin", DEMO_PASSWORD), "de")
    assert (unknown.value.code, unknown.value.values["field"]) == ("invalid_choice", "language")
    clinic.set_patient_language(investigator, "IMP-A07", "fr", reason="")  # first record: no reason needed
    with pytest.raises(InputError) as no_reason:
        clinic.set_patient_language(investigator, "IMP-A07", "en", reason=" ")
    assert no_reason.value.code == "reason_required"
    assert clinic.patient_language(investigator, "IMP-A07") == "fr"


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_command_line_messages_in_the_user_language_and_json_unchanged(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """LANG-5: --lang or the environment chooses the words; the JSON is byte for byte the same."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, out, err = _cli(["dose", "--height-cm", "1 500", "--weight-kg", "70"], capsys)
    assert code == 2 and out == ""
    assert err.startswith("erreur\u00a0: Taille\u00a0: «\u00a01 500\u00a0» contient un séparateur de milliers"), err
    assert "100 à 230 cm" in err
    code, out, _ = _cli(["dose", "--height-cm", "170", "--weight-kg", "70,5", "--cohort", "A"], capsys)
    assert code == 0 and "Taille 170 cm, poids 70,5 kg" in out and "0,25 mg par voie sous-cutanée" in out
    french_json = _cli(["dose", "--height-cm", "170", "--weight-kg", "70,5", "--json"], capsys)[1]
    english_json = _cli(["dose", "--lang", "en", "--height-cm", "170", "--weight-kg", "70.5", "--json"], capsys)[1]
    assert french_json == english_json and json.loads(french_json)["input"]["weight_kg"] == "70.5"
    french = _cli(["schedule", "--c1d1", "2026-01-05", "--today", "2026-01-02", "--json"], capsys)[1]
    english = _cli(["schedule", "--lang", "en", "--c1d1", "2026-01-05", "--today", "2026-01-02", "--json"],
                   capsys)[1]
    assert french == english
    code, _, err = _cli(["--lang", "en", "dose", "--height-cm", "1 500", "--weight-kg", "70"], capsys)
    assert err.startswith("error: Height: \"1 500\" has a thousands separator"), err


def test_init_sets_the_site_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """LANG-1: `init --language fr`: the new clinic prints in French from its first sheet."""
    db = tmp_path / "new.sqlite3"
    monkeypatch.setenv(PASSWORD_ENV, "first-admin-secret-1")
    code, out, _ = _cli(["init", "--db", str(db), "--site", "Hôpital de jour", "--user", "ada.admin",
                         "--full-name", "Ada Admin", "--language", "fr", "--lang", "fr"], capsys)
    assert code == 0 and out.startswith(f"{db} créé pour le centre «\u00a0Hôpital de jour\u00a0»"), out
    with Clinic.open(db) as clinic:
        assert clinic.site_language == "fr"
    assert os.environ[PASSWORD_ENV]
