"""Adverse events through the window and the real facade (TOX-1): a nurse or an investigator records
one from the menu, the shortcut or the patient view, choosing term, grade and drug (none
pre-selected); the patient view lists them; a severe one visibly changes treatment after saving
(TOX-5 hypersensitivity discontinues PACLitaxel, TOX-3 neuropathy asks for a lower level)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from clinic_app.domain.records import Tolerance
from clinic_app.gui.dialogs.toxicity import ToxicityDialog
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.record_models import TOX_COL_BY, TOX_COL_DRUG, TOX_COL_GRADE, TOX_COL_ONSET, TOX_COL_SOURCE
from clinic_app.gui.today_model import COL_GO, COL_ITEM, COL_STATUS

from .conftest import USERS, World, enrol

CODE = "IMP-A-001"


def _window(qtbot, world: World, tmp_path: Path, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(world.context(tmp_path), world.login(username))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    return window


def _fill(term: str, grade: int, drug: str | None, text: str = "", check: Any = None) -> None:
    """Fill the adverse event dialog once it is open, then save."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ToxicityDialog):
            QTimer.singleShot(10, look)
            return
        assert (dialog.term.currentData(), dialog.grade.currentData(), dialog.drug.currentData()) == (None,) * 3
        if check is not None:
            check(dialog)
        dialog.term.setCurrentIndex(dialog.term.findData(term))
        dialog.term_text.setText(text)
        dialog.grade.setCurrentIndex(dialog.grade.findData(grade))
        dialog.drug.setCurrentIndex(dialog.drug.findData(drug if drug is not None else ""))
        dialog.ok_button.click()
        if dialog.isVisible():
            dialog.reject()
    QTimer.singleShot(0, look)


def _today(window: MainWindow, item: str) -> tuple[str, str]:
    window.today_view.reload_now()
    model = window.today_view.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == CODE and model.index(r, COL_ITEM).data() == item:
            return model.index(r, COL_STATUS).data(), model.index(r, COL_GO).data()
    raise AssertionError(item)


def test_severe_hypersensitivity_recorded_by_a_nurse_discontinues_paclitaxel_visibly(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                                      tmp_path: Path) -> None:
    """TOX-1, TOX-5: Ctrl+E on the highlighted row; after saving, Today reads Discontinued and the
    status bar says what changed."""
    enrol(world, CODE, "Ann Smith")
    window = _window(qtbot, world, tmp_path, "nina")
    assert window.today_view.select_patient(CODE)
    action = window.actions_by_name["toxicity"]
    assert action.isEnabled() and action.shortcut() == QKeySequence("Ctrl+E")
    _fill("anaphylaxis", 3, "paclitaxel")
    action.trigger()
    assert _today(window, "PACLitaxel C1D1") == (
        "Discontinued", "No: discontinued since Mon 05-Jan-2026 (severe hypersensitivity)")
    assert any("PACLitaxel is discontinued for this patient since Mon 05-Jan-2026" in line
               for line in window.workflow.last_consequences)
    assert "PACLitaxel is discontinued" in window.statusBar().currentMessage()


def test_severe_neuropathy_recorded_by_an_investigator_asks_for_a_lower_level(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                              tmp_path: Path) -> None:
    """TOX-3, TOX-4: from the patient view's button; the next PACLitaxel waits for a level decision."""
    enrol(world, CODE, "Ann Smith")
    window = _window(qtbot, world, tmp_path, "ivan")
    window.open_patient(CODE)
    view = window.patient_view
    assert view.toxicity_button.isEnabled()
    _fill("peripheral_sensory_neuropathy", 3, None)
    view.toxicity_button.click()
    assert window.workflow.last_consequences == [
        "Investigator decision required: dose level, proposed -1, because severe neuropathy (Peripheral sensory "
        "neuropathy grade 3, onset Mon 05-Jan-2026)."]
    assert _today(window, "PACLitaxel C1D1")[1] == "Decision: dose level"
    model = view.toxicities_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in (TOX_COL_GRADE, TOX_COL_ONSET, TOX_COL_DRUG, TOX_COL_SOURCE,
                                               TOX_COL_BY)] == [
        "3 (severe)", "Mon 05-Jan-2026", "not attributed", "as an adverse event", "ivan"]
    assert "Investigator decision required: dose level" in view.standing.text()


def test_the_patient_view_lists_the_tolerance_of_an_infusion_and_free_terms(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                             tmp_path: Path) -> None:
    """TOX-1: the reaction recorded with an infusion is an adverse event of its own; "other" needs its
    text, which is then shown as the term."""
    enrol(world, CODE, "Ann Smith")
    clinic, today, nina = world.clinic, world.clock.today(), world.login("nina")
    clinic.record_measurement(nina, CODE, height_cm="165", weight_kg="65", measured_on=today)
    clinic.record_labs(nina, CODE, anc="2.1", platelets="210", drawn_on=today)
    record = clinic.calculate_dose(world.login("phil"), CODE, cycle=1, day=1)
    clinic.prepare(world.login("phil"), record.id, password=USERS["phil"][2])
    clinic.verify(world.login("petra"), record.id, password=USERS["petra"][2])
    clinic.administer(nina, CODE, drug="dexamethasone", cycle=1, day=1, tolerance=None, password=USERS["nina"][2])
    clinic.administer(nina, CODE, drug="paclitaxel", cycle=1, day=1, tolerance=Tolerance.MILD_REACTION,
                      password=USERS["nina"][2], dose_record_id=record.id, reaction_grade=2)
    window = _window(qtbot, world, tmp_path, "nina")
    window.open_patient(CODE)
    refused: list[str] = []

    def no_text(dialog: ToxicityDialog) -> None:
        dialog.term.setCurrentIndex(dialog.term.findData("other"))
        assert dialog.term_text.isEnabled()
        dialog.grade.setCurrentIndex(dialog.grade.findData(1))
        dialog.drug.setCurrentIndex(dialog.drug.findData(""))
        dialog.ok_button.click()
        refused.append(dialog.error.text())
        dialog.term.setCurrentIndex(0)
        dialog.grade.setCurrentIndex(0)
        dialog.drug.setCurrentIndex(0)

    _fill("other", 2, "imp321", text="Injection site itch", check=no_text)
    window.patient_view.toxicity_button.click()
    assert refused == ["Term text: write the term (3 to 120 characters)."]
    model = window.patient_view.toxicities_model
    assert [[model.index(r, c).data() for c in (0, TOX_COL_GRADE, TOX_COL_DRUG, TOX_COL_SOURCE)]
            for r in range(model.rowCount())] == [
        ["Infusion related reaction", "2", "PACLitaxel", "with an infusion (its tolerance)"],
        ["Other: Injection site itch", "2", "IMP321", "as an adverse event"]]


def test_a_pharmacist_cannot_record_an_adverse_event(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """ROLE-1: adverse events are recorded by nurses and investigators."""
    enrol(world, CODE, "Ann Smith")
    window = _window(qtbot, world, tmp_path, "phil")
    assert not window.actions_by_name["toxicity"].isEnabled()
    window.open_patient(CODE)
    assert not window.patient_view.toxicity_button.isEnabled()
