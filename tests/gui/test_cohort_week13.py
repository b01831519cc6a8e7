"""The Cohorts view shows each patient's Week 13 assessment (done on / planned / not yet planned)
for the selected cohort, from the facade's schedule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from clinic_app.gui.cohort_models import WEEK13_COL_PATIENT, WEEK13_COL_PROGRESS, Week13ProgressModel, Week13Row
from clinic_app.gui.main_window import MainWindow

from .conftest import World, enrol


def _progress(window: MainWindow) -> dict[str, str]:
    model = window.cohorts_view.week13_model
    return {model.index(r, WEEK13_COL_PATIENT).data(): model.index(r, WEEK13_COL_PROGRESS).data()
            for r in range(model.rowCount())}


def test_week13_progress_per_patient_of_the_selected_cohort(qtbot, qtmodeltester, world: World,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    enrol(world, "IMP-A-001", "Ann Smith")
    enrol(world, "IMP-A-002", "Bea Jones", c1d1=date(2026, 1, 12))
    world.clinic.record_visit(world.login("nina"), "IMP-A-001", visit="week13_assessment", on=date(2026, 1, 5))
    window = MainWindow(world.context(tmp_path), world.login("ivan"))
    qtbot.addWidget(window)
    window.show()
    window.actions_by_name["show_cohorts"].trigger()
    view = window.cohorts_view
    assert view.selected_letter() == "A"
    qtmodeltester.check(view.week13_model)
    # Nothing given yet, so the visit sits at its nominal study day 85: C1D1 + 84 days
    # (Mon 12-Jan-2026 + 84 days = Mon 06-Apr-2026).
    assert _progress(window) == {"IMP-A-001": "done on Mon 05-Jan-2026",
                                 "IMP-A-002": "planned Mon 06-Apr-2026"}
    assert view.week13.isVisible()
    assert view.week13_title.text() == "Week 13 assessment, patient by patient (1 of 2 done):"
    view.table.selectRow(1)  # cohort B: nobody enrolled
    assert view.selected_letter() == "B" and _progress(window) == {}


def test_week13_model_words_every_state(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = Week13ProgressModel()
    model.set_rows([Week13Row("IMP-A-009", None)])
    qtmodeltester.check(model)
    assert model.index(0, WEEK13_COL_PROGRESS).data() == "not yet planned"



def test_week13_due_then_overdue_as_the_days_pass(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, "IMP-A-002", "Bea Jones", c1d1=date(2026, 1, 12))
    window = MainWindow(world.context(tmp_path), world.login("ivan"))
    qtbot.addWidget(window)
    # Planned Mon 06-Apr-2026 with a window of 3 days either side: 03-Apr to 09-Apr.
    for today, expected in ((date(2026, 4, 2), "planned Mon 06-Apr-2026"),
                            (date(2026, 4, 6), "due now (planned Mon 06-Apr-2026)"),
                            (date(2026, 4, 10), "overdue (planned Mon 06-Apr-2026)")):
        world.clock.advance(days=(today - world.clock.today()).days)
        window.cohorts_view.reload_now()
        assert _progress(window) == {"IMP-A-002": expected}
