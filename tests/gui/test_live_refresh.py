"""Today and the patient view follow what another window or process records within 2 s, without a
model reset: the highlighted row and the selected calendar cell stay where the user left them.

Two facades on one database file: the window's, and `other` (another window or the command line).
"""

from __future__ import annotations

from pathlib import Path

from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.today_model import COL_ITEM
from clinic_app.window_presence import WindowPresence

from .conftest import USERS, World, enrol


def _rows(window: MainWindow, code: str) -> list[str]:
    model = window.today_view.model
    return [model.index(r, COL_ITEM).data() for r in range(model.rowCount()) if model.index(r, 0).data() == code]


def test_today_and_the_patient_view_follow_another_facade(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, "IMP-A08", "Elena Garcia")
    enrol(world, "IMP-B04", "Chloe Dupont")
    window = MainWindow(world.context(tmp_path), world.login("nina"))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    assert "Dexamethasone C1D1" in _rows(window, "IMP-A08")
    resets: list[str] = []
    window.today_view.model.modelReset.connect(lambda: resets.append("today"))
    window.patient_view.measurements_model.modelReset.connect(lambda: resets.append("measurements"))
    window.patient_view.calendar_model.modelReset.connect(lambda: resets.append("calendar"))
    window.patient_view.load("IMP-B04")
    window.patient_view.calendar.setCurrentIndex(window.patient_view.calendar_model.index(0, 0))
    window.show_tab(window.today_view)
    assert window.today_view.select_patient("IMP-A08")
    window.today_view.table.selectRow(window.today_view.table.currentIndex().row() + 1)
    highlighted = window.today_view.selected_row()
    resets.clear()

    other = world.open_clinic()
    try:
        nina = other.login("nina", USERS["nina"][2])
        other.administer(nina, "IMP-A08", drug="dexamethasone", cycle=1, day=1, tolerance=None,
                         password=USERS["nina"][2])
        other.record_measurement(nina, "IMP-B04", height_cm="171", weight_kg="68", measured_on=world.clock.today())
        qtbot.waitUntil(lambda: "Dexamethasone C1D1" not in _rows(window, "IMP-A08"), timeout=2000)
        qtbot.waitUntil(lambda: window.patient_view.measurements_model.rowCount() == 1, timeout=2000)
    finally:
        other.close()
    assert window.today_view.selected_row() is not None
    assert window.today_view.selected_row().due.item.uid == highlighted.due.item.uid  # the same row, still highlighted
    assert window.patient_view.calendar.currentIndex().row() == 0  # the same cell
    assert resets == []  # updated in place, never reset


def test_quiet_database_costs_one_counter_read_a_second(qtbot, world: World, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch) -> None:
    window = MainWindow(world.context(tmp_path), world.login("nina"))
    qtbot.addWidget(window)
    reloads: list[int] = []
    monkeypatch.setattr(window, "refresh_all", lambda: reloads.append(1))
    window.live.poll()
    window.live.poll()
    assert reloads == []  # nothing moved: nothing re-read or re-planned


def test_a_second_window_on_the_same_file_says_so(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(world.context(tmp_path), world.login("nina"), presence=WindowPresence(world.db_path))
    qtbot.addWidget(first)
    second = MainWindow(world.context(tmp_path), world.login("phil"), presence=WindowPresence(world.db_path))
    qtbot.addWidget(second)
    first.show()
    second.show()
    assert not first.others_notice.isVisible()
    assert second.others_notice.isVisible() and "also open in another window" in second.others_notice.text()
    first.close()
    second.close()
    third = MainWindow(world.context(tmp_path), world.login("nina"), presence=WindowPresence(world.db_path))
    qtbot.addWidget(third)
    third.show()
    assert not third.others_notice.isVisible()  # closed windows leave no mark behind
