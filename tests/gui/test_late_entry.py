"""A late entry through the window and the real facade (MISS-2): a dose given on Mon 05-Jan-2026 but
not recorded that day is missed by Thu 08-Jan (its window, 04-Jan to 06-Jan, closed; MISS-1). The
nurse highlights the missed row and records it on its real date with the reason, the tolerance
chosen by her (never pre-selected, PREMED-3); only the window's days before today can be chosen,
and the gate applies that day's rules (dexamethasone first that same day, PREMED-2).

Reference numbers: 165 cm, 65 kg -> 1.73 m² -> 138 mg (see test_workflow.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication

from clinic_app.domain.records import Tolerance
from clinic_app.gui.dialogs.late_entry import LateEntryDialog
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.today_model import COL_ITEM

from .conftest import USERS, World, enrol

CODE = "IMP-A-001"


def _given_but_not_recorded(world: World) -> int:
    """C1D1 verified on Mon 05-Jan (labs that day), given, recorded nowhere; three days pass."""
    clinic, today, nina = world.clinic, world.clock.today(), world.login("nina")
    clinic.record_measurement(nina, CODE, height_cm="165", weight_kg="65", measured_on=today)
    clinic.record_labs(nina, CODE, anc="2.1", platelets="210", drawn_on=today)
    record = clinic.calculate_dose(world.login("phil"), CODE, cycle=1, day=1)
    clinic.prepare(world.login("phil"), record.id, password=USERS["phil"][2])
    clinic.verify(world.login("petra"), record.id, password=USERS["petra"][2])
    world.clock.advance(days=3)
    return int(record.id)


def _late_entry(window: MainWindow, item: str, act: Any) -> bool:
    """Highlight `item` in Today, open the late entry (Ctrl+Shift+G) and run `act(dialog)`."""
    model = window.today_view.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data() == CODE and model.index(r, COL_ITEM).data() == item)
    window.today_view.table.selectRow(row)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LateEntryDialog):
            QTimer.singleShot(10, look)
            return
        act(dialog)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, look)
    return bool(window.workflow.late_entry())


def test_a_missed_dose_is_entered_late_on_its_real_date_with_the_reason(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, CODE, "Ann Smith")
    _given_but_not_recorded(world)
    window = MainWindow(world.context(tmp_path), world.login("nina"))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    seen: dict[str, Any] = {}

    def infusion_first(dialog: LateEntryDialog) -> None:
        seen["banner"] = dialog.banner.text() if dialog.banner else ""
        seen["tolerance"] = dialog.tolerance.currentData()
        dialog.given_on.setDate(QDate(2026, 1, 5))
        seen["gate"] = dialog.gate.text()  # the dexamethasone of that day is not recorded yet
        seen["sign"] = dialog.ok_button.isEnabled()

    assert not _late_entry(window, "PACLitaxel C1D1", infusion_first)
    assert seen["banner"].startswith("Ann Smith - born 01-Mar-1970 · IMP-A-001")
    assert seen["tolerance"] is None and not seen["sign"]
    assert seen["gate"] == "Record Dexamethasone C1D1 first: the infusion follows its premedication."

    def dexamethasone(dialog: LateEntryDialog) -> None:
        dialog.given_on.setDate(QDate(2026, 1, 5))
        dialog.reason.setPlainText("recorded on paper at the chair; entered after the network outage")
        dialog.password.setText(USERS["nina"][2])
        dialog.ok_button.click()

    window.today_view.reload_now()
    assert _late_entry(window, "Dexamethasone C1D1", dexamethasone)

    def infusion(dialog: LateEntryDialog) -> None:
        # Only the window's days before today can be typed; on 06-Jan that day's rules apply (no
        # dexamethasone recorded on 06-Jan).
        seen["range"] = (dialog.given_on.minimumDate(), dialog.given_on.maximumDate())
        dialog.given_on.setDate(QDate(2026, 1, 6))
        seen["other_day"] = (dialog.gate.text(), dialog.ok_button.isEnabled())
        dialog.given_on.setDate(QDate(2026, 1, 5))
        assert dialog.ok_button.isEnabled(), dialog.gate.text()
        dialog.reason.setPlainText("recorded on paper at the chair; entered after the network outage")
        dialog.tolerance.setCurrentIndex(dialog.tolerance.findData(Tolerance.WELL_TOLERATED))
        dialog.password.setText(USERS["nina"][2])
        dialog.ok_button.click()

    window.today_view.reload_now()
    assert _late_entry(window, "PACLitaxel C1D1", infusion)
    assert seen["range"] == (QDate(2026, 1, 4), QDate(2026, 1, 6))
    assert seen["other_day"] == ("Record Dexamethasone C1D1 first: the infusion follows its premedication.", False)
    given = world.clinic.patient_view(world.login("nina"), CODE, world.clock.today()).administrations
    assert [(a.drug, a.on, a.tolerance, a.late_entry_reason) for a in given] == [
        ("dexamethasone", date(2026, 1, 5), None,
         "recorded on paper at the chair; entered after the network outage"),
        ("paclitaxel", date(2026, 1, 5), Tolerance.WELL_TOLERATED,
         "recorded on paper at the chair; entered after the network outage")]
    assert "recorded as given (late entry)" in window.statusBar().currentMessage()
