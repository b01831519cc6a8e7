"""Every action acts on the patient the user highlighted, never on the one opened last.

IMP-B04 is opened in the Patient tab first; then the user goes back to Today and highlights
IMP-A08. Labs, height/weight and Dose must all name and act on IMP-A08.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from clinic_app.gui.dialogs.dose import DoseDialog
from clinic_app.gui.dialogs.measurement import LabsDialog
from clinic_app.gui.main_window import MainWindow

from .conftest import World, enrol


def _window(qtbot, world: World, tmp_path: Path, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(world.context(tmp_path), world.login(username))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    return window


def _when_open(act: Any) -> None:
    """Run `act(dialog)` on the next modal dialog once it is open."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)
            return
        act(dialog)
    QTimer.singleShot(0, look)


def _two_patients(qtbot, world: World, tmp_path: Path, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    enrol(world, "IMP-A08", "Elena Garcia", dob="1972-07-29", hospital_number="H700108")
    enrol(world, "IMP-B04", "Chloe Dupont", dob="1978-08-19", hospital_number="H700112")
    window = _window(qtbot, world, tmp_path, username)
    window.open_patient("IMP-B04")  # opened first ...
    window.show_tab(window.today_view)
    assert window.today_view.select_patient("IMP-A08")  # ... then A08 highlighted in Today
    return window


def test_labs_for_the_highlighted_row_name_it_and_are_saved_to_it(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _two_patients(qtbot, world, tmp_path, "nina")
    seen: dict[str, str] = {}

    def fill(dialog: LabsDialog) -> None:
        seen["banner"] = dialog.banner.text() if dialog.banner else ""
        seen["title"] = dialog.windowTitle()
        qtbot.keyClicks(dialog.anc.edit, "2.4")
        qtbot.keyClicks(dialog.platelets.edit, "230")
        dialog.ok_button.click()

    _when_open(fill)
    window.actions_by_name["labs"].trigger()
    assert seen["banner"] == "Elena Garcia - born 29-Jul-1972 · IMP-A08 · hospital number H700108"
    assert "IMP-A08" in seen["title"]
    nina = world.login("nina")
    assert [lab.anc_10e9_per_l for lab in world.clinic.patient_view(nina, "IMP-A08", world.clock.today()).history.labs]
    assert world.clinic.patient_view(nina, "IMP-B04", world.clock.today()).history.labs == ()
    assert window.statusBar().currentMessage() == "Labs saved for IMP-A08."


def test_dose_acts_on_the_highlighted_row_s_slot(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _two_patients(qtbot, world, tmp_path, "phil")
    seen: dict[str, Any] = {}

    def look(dialog: DoseDialog) -> None:
        seen["code"], seen["slot"] = dialog.slot[0], dialog.slot[1:]
        seen["banner"] = dialog.banner.text() if dialog.banner else ""
        dialog.reject()

    _when_open(look)
    window.actions_by_name["dose"].trigger()
    assert seen["code"] == "IMP-A08" and seen["slot"] == (1, 1) and "Elena Garcia" in seen["banner"]


def test_the_patient_tab_acts_on_its_patient_and_other_tabs_on_nobody(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                       tmp_path: Path, monkeypatch) -> None:
    window = _two_patients(qtbot, world, tmp_path, "nina")
    window.show_tab(window.patient_view)
    assert window.highlighted().subject_code == "IMP-B04"
    window.show_tab(window.cohorts_view)
    told: list[str] = []
    monkeypatch.setattr(window.workflow, "_tell", told.append)
    assert window.highlighted() is None and not window.workflow.record_labs()
    assert told == ["Select a patient in Today, or open one in the Patient tab, first."]
    window.show_tab(window.today_view)
    window.today_view.table.clearSelection()
    assert window.highlighted() is None


def _banners(window: MainWindow, names: tuple[str, ...]) -> dict[str, str]:
    banners: dict[str, str] = {}

    def record(name: str) -> Any:
        def grab(dialog: QDialog) -> None:
            banner = getattr(dialog, "banner", None)
            banners[name] = banner.text() if banner is not None else ""
            dialog.reject()
        return grab

    for name in names:
        assert window.actions_by_name[name].isEnabled(), name
        _when_open(record(name))
        window.actions_by_name[name].trigger()
    return banners


def test_every_recording_dialog_names_the_patient(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    investigator = ("measurement", "labs", "hold", "toxicity", "decide_level", "decide_weight", "decide_flat",
                    "decide_premedication", "decide_discontinue", "decide_after", "reassign")
    banners = _banners(_two_patients(qtbot, world, tmp_path, "ivan"), investigator)
    assert set(banners) == set(investigator)
    for name, text in banners.items():
        assert text == "Elena Garcia - born 29-Jul-1972 · IMP-A08 · hospital number H700108", name


def test_the_administered_dialog_names_the_patient(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    banners = _banners(_two_patients(qtbot, world, tmp_path, "nina"), ("administer", "late_entry", "toxicity"))
    assert banners == dict.fromkeys(("administer", "late_entry", "toxicity"),
                                    "Elena Garcia - born 29-Jul-1972 · IMP-A08 · hospital number H700108")
