"""The full check on a schedule the user can see: the status bar says when it last ran and what it
found, and the window runs it in the background when the last one is older than a day."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from clinic_app.gui.main_window import MainWindow

from .conftest import World, enrol


def _window(qtbot, world: World, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(world.context(tmp_path), world.login("nina"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_runs_the_full_check_when_it_is_due_and_shows_the_result(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path) -> None:
    enrol(world, "IMP-A-001", "Ann Smith")
    window = _window(qtbot, world, tmp_path)
    label = window.full_check_label
    assert label.text() == "Full check: not run yet"
    handle = window.full_check.run_if_due()
    assert handle is not None and label.text() == "Full check: running..."
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    assert label.text().startswith("Full check ") and label.text().endswith(": ok")
    assert world.clinic.full_check() is not None and world.clinic.full_check().ok
    assert window.full_check.run_if_due() is None  # ran less than a day ago
    world.clock.advance(days=1)
    again = window.full_check.run_if_due()
    assert again is not None
    with qtbot.waitSignal(again.finished, timeout=20_000):
        pass


def test_a_fault_found_is_shown_in_red(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, "IMP-A-001", "Ann Smith")
    conn = sqlite3.connect(str(world.db_path))
    conn.execute("UPDATE point_of_care SET full_name = 'Someone Else'")
    conn.commit()
    conn.close()
    window = _window(qtbot, world, tmp_path)
    with qtbot.waitSignal(window.full_check.run_now().finished, timeout=20_000):
        pass
    assert "FAULT" in window.full_check_label.text() and "row_altered" in window.full_check_label.text()
    assert "b00020" in window.full_check_label.styleSheet()
    assert not world.clinic.full_check().ok
