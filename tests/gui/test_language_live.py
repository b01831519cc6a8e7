"""View > Language at once in every open window (LANG-1): the texts written with values (Today's date,
summary and details, the patient view's identity and standing lines, an open dose dialog's headline,
status, labs and patient banner) follow a switch fr -> en -> fr, not only the plain words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from clinic_app.facade import Clinic
from clinic_app.gui.context import GuiContext
from clinic_app.gui.dialogs.dose import DoseDialog
from clinic_app.gui.language import WindowLanguage
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.settings import WindowSettings
from clinic_app.gui.tasks import TaskRunner

DAY = date(2026, 11, 23)  # the demo clinic's "today" (tests/conftest.py DEMO_TODAY)
PASSWORD = "demo-clinic-2026"


def _clock() -> datetime:
    return datetime.now().astimezone().replace(year=DAY.year, month=DAY.month, day=DAY.day)


@pytest.fixture
def clinic(demo_db: Path) -> Iterator[Clinic]:
    with Clinic.open(demo_db, clock=_clock) as opened:
        yield opened


@pytest.fixture
def language(qapp: QApplication) -> Iterator[WindowLanguage]:
    chosen = WindowLanguage(qapp)
    chosen.apply("fr")
    yield chosen
    chosen.apply("en")


def test_open_windows_follow_a_language_switch(qtbot, clinic: Clinic, language: WindowLanguage,  # type: ignore[no-untyped-def]
                                               demo_db: Path, tmp_path: Path) -> None:
    ctx = GuiContext(clinic=clinic, settings=WindowSettings(), settings_path=tmp_path / "settings.json",
                     tasks=TaskRunner(), today=lambda: DAY, open_clinic=lambda: Clinic.open(demo_db, clock=_clock),
                     language=language)
    window = MainWindow(ctx, clinic.login("nurse.okafor", PASSWORD))
    window.remember_state = False
    qtbot.addWidget(window)
    window.show()
    today = window.today_view
    today.reload_now()
    assert today.select_patient("IMP-B04")
    assert window.patient_view.load("IMP-B04")
    dialog = DoseDialog(clinic, clinic.login("pharm.chen", PASSWORD), "IMP-A08", 5, 8)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.calculate()
    assert dialog.record is not None, dialog.error.text()
    qtbot.keyClicks(dialog.own_bsa.edit, "1,7")  # typed text stays through every switch

    def shown() -> dict[str, str]:
        patient = window.patient_view
        assert dialog.banner is not None
        return {"day": today.day_label.text(), "summary": today.summary.text(), "details": today.details.text(),
                "identity": patient.identity.text(), "standing": patient.standing.text(),
                "title": dialog.windowTitle(), "status": dialog.status.text(), "labs": dialog.labs.text(),
                "banner": dialog.banner.details.text()}

    french: dict[str, Callable[[str], bool]] = {
        "day": lambda text: text == "Liste du lun. 23-nov.-2026",
        "summary": lambda text: text.startswith("lun. 23-nov.-2026\u00a0: ") and " pour " in text,
        "details": lambda text: "\nPourquoi\u00a0: " in text and "prévue le" in text,
        "identity": lambda text: text == "IMP-B04 - né(e) le 19-août-1978 - Chloe Dupont",
        "standing": lambda text: "Décision de l'investigateur requise\u00a0: " in text,
        "title": lambda text: text == "Dose - IMP-A08 C5D8",
        "status": lambda text: text.startswith("Jour de la dose lun. 23-nov.-2026"),
        "labs": lambda text: text.startswith("Biologie\u00a0: "),
        "banner": lambda text: text.startswith("né(e) le 29-juil.-1972 · IMP-A08 · IPP "),
    }
    english: dict[str, Callable[[str], bool]] = {
        "day": lambda text: text == "List for Mon 23-Nov-2026",
        "summary": lambda text: text.startswith("Mon 23-Nov-2026: ") and " for " in text,
        "details": lambda text: "\nWhy: " in text and "planned" in text,
        "identity": lambda text: text == "IMP-B04 - born 19-Aug-1978 - Chloe Dupont",
        "standing": lambda text: "Investigator decision required: " in text,
        "title": lambda text: text == "Dose - IMP-A08 C5D8",
        "status": lambda text: text.startswith("Dose day Mon 23-Nov-2026 - status: calculated"),
        "labs": lambda text: text.startswith("Labs: "),
        "banner": lambda text: text.startswith("born 29-Jul-1972 · IMP-A08 · hospital number "),
    }

    def wrong(expected: dict[str, Callable[[str], bool]]) -> dict[str, str]:
        now = shown()
        return {key: now[key] for key, check in expected.items() if not check(now[key])}

    assert not wrong(french), wrong(french)
    for choice, expected in (("en", english), ("fr", french)):
        window.actions_by_name[f"language_{choice}"].trigger()
        qtbot.waitUntil(lambda expected=expected: not wrong(expected), timeout=3000)  # type: ignore[misc]
        assert dialog.own_bsa.edit.text() == "1,7"
