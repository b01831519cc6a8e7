"""Today says what the dose gate says, through the real facade and window: the day the list is for,
the lab verdict, the weight's age, how far the pharmacy got (with the preparation's expiry), the
decision an item waits for, and why a dose cannot be given now, in the catalogue's words; missed
doses (MISS-1), discontinued PACLitaxel (TOX-5), a decision however old; and the refusals a nurse
meets when she presses Administered on such a row (a missed dose, discontinued PACLitaxel, a
cycle-1 infusion without its dexamethasone, PREMED-2).

Reference numbers, worked by hand: 165 cm, 65 kg -> Mosteller sqrt(165 × 65 / 3600) = 1.72603 ->
1.73 m²; 1.73 m² × 80 mg/m² = 138.4 -> 138 mg.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QRadioButton

from clinic_app.domain.records import HoldReason
from clinic_app.gui.dialogs.administration import AdministerDialog
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.today_model import (
    COL_DOSE,
    COL_GO,
    COL_ITEM,
    COL_LABS,
    COL_PROGRESS,
    COL_STATUS,
    COL_WEIGHT,
    FILTER_OVERDUE,
)

from .conftest import USERS, World, enrol, give_paclitaxel

CODE = "IMP-A-001"


def _window(qtbot, world: World, tmp_path: Path, username: str = "nina") -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(world.context(tmp_path), world.login(username))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    return window


def _row(window: MainWindow, item: str, code: str = CODE) -> dict[int, str]:
    """The Today row of `item` for `code`, column -> text (after a fresh load)."""
    window.today_view.reload_now()
    model = window.today_view.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == code and model.index(r, COL_ITEM).data() == item:
            return {c: model.index(r, c).data() for c in range(model.columnCount())}
    raise AssertionError(f"no row {item} for {code}")


def _select(window: MainWindow, item: str, code: str = CODE) -> None:
    model = window.today_view.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == code and model.index(r, COL_ITEM).data() == item:
            window.today_view.table.selectRow(r)
            return
    raise AssertionError(f"no row {item} for {code}")


def test_today_shows_the_day_labs_weight_pharmacy_and_why_not_yet(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """LAB-1, LAB-2: labs that say hold, then ok; the figure provisional until verified; the
    preparation's expiry shown; the infusion waits for its dexamethasone (PREMED-2)."""
    enrol(world, CODE, "Ann Smith")
    clinic, today, nina = world.clinic, world.clock.today(), world.login("nina")
    window = _window(qtbot, world, tmp_path)
    assert window.today_view.day_label.text() == "List for Mon 05-Jan-2026"
    row = _row(window, "PACLitaxel C1D1")
    assert (row[COL_LABS], row[COL_WEIGHT], row[COL_PROGRESS]) == ("pending", "none", "not calculated")
    assert row[COL_DOSE] == "needs height and weight"

    clinic.record_measurement(nina, CODE, height_cm="165", weight_kg="65", measured_on=today)
    clinic.record_labs(nina, CODE, anc="0.9", platelets="210", drawn_on=today)
    row = _row(window, "PACLitaxel C1D1")
    assert (row[COL_LABS], row[COL_WEIGHT], row[COL_DOSE]) == ("HOLD", "measured today", "138 mg (provisional)")
    assert row[COL_GO].startswith("No: no verified dose (+")
    _select(window, "PACLitaxel C1D1")
    details = window.today_view.details.text()
    assert "The labs say hold" in details and "ANC 0.9 × 10⁹/L is below 1.5 × 10⁹/L" in details

    clinic.record_labs(nina, CODE, anc="2.1", platelets="210", drawn_on=today)
    record = clinic.calculate_dose(world.login("phil"), CODE, cycle=1, day=1)
    clinic.prepare(world.login("phil"), record.id, password=USERS["phil"][2])
    row = _row(window, "PACLitaxel C1D1")
    assert row[COL_LABS] == "OK" and row[COL_PROGRESS].startswith("prepared, expires Tue 06-Jan-2026 12:00 UTC+01:00")
    clinic.verify(world.login("petra"), record.id, password=USERS["petra"][2])
    row = _row(window, "PACLitaxel C1D1")
    assert row[COL_DOSE] == "138 mg"  # the verified record's dose: no longer provisional
    assert row[COL_PROGRESS] == "verified, expires Tue 06-Jan-2026 12:00 UTC+01:00"
    assert row[COL_GO] == "No: Dexamethasone not recorded yet"
    clinic.administer(nina, CODE, drug="dexamethasone", cycle=1, day=1, tolerance=None, password=USERS["nina"][2])
    assert _row(window, "PACLitaxel C1D1")[COL_GO] == "Yes"


def test_a_weight_too_old_is_said_and_no_figure_is_worked_out_from_it(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """DOSE-5: a weight measured more than 7 days before the dose."""
    enrol(world, CODE, "Ann Smith", c1d1=world.clock.today().replace(day=15))
    world.clinic.record_measurement(world.login("nina"), CODE, height_cm="165", weight_kg="65",
                                    measured_on=world.clock.today())
    world.clock.advance(days=10)
    row = _row(_window(qtbot, world, tmp_path), "PACLitaxel C1D1")
    assert row[COL_WEIGHT] == "10 d old, too old" and row[COL_DOSE] == "needs a new weight"


def test_missed_doses_and_old_decisions_are_in_the_attention_filter(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """MISS-1: a dose whose window closed reads Missed (to record, never to give); an item waiting
    for a decision 11 days shows however old it is."""
    enrol(world, CODE, "Ann Smith")
    enrol(world, "IMP-A-002", "Beth Jones")
    nina = world.login("nina")
    give_paclitaxel(world, "IMP-A-002", 1, 1)
    world.clock.advance(days=1)
    world.clinic.administer(nina, "IMP-A-002", drug="imp321", cycle=1, day=2, tolerance=None,
                            password=USERS["nina"][2])
    world.clock.advance(days=6)
    world.clinic.hold(nina, "IMP-A-002", drug="paclitaxel", cycle=1, day=8, reason=HoldReason.LOW_ANC,
                      password=USERS["nina"][2])
    world.clock.advance(days=7)
    world.clinic.hold(nina, "IMP-A-002", drug="paclitaxel", cycle=1, day=15, reason=HoldReason.LOW_ANC,
                      password=USERS["nina"][2])
    world.clock.advance(days=12)  # IMP321 C1D16 has waited for a decision for 11 days
    window = _window(qtbot, world, tmp_path)
    missed = _row(window, "PACLitaxel C1D1")
    assert missed[COL_STATUS] == "Missed"
    assert missed[COL_GO] == "No: missed, record what happened"
    decision = _row(window, "IMP321 C1D16", "IMP-A-002")
    assert decision[COL_STATUS] == "Decision required"
    assert decision[COL_GO] == "Decision: give IMP321?"  # in the column's few words, in full in the tooltip
    model = window.today_view.model
    tooltip = next(model.index(r, COL_GO).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())
                   if model.index(r, COL_ITEM).data() == "IMP321 C1D16")
    assert tooltip.startswith("Investigator decision required: give or skip IMP321"), tooltip
    window.today_view.findChild(QRadioButton, f"filter_{FILTER_OVERDUE}").setChecked(True)
    model = window.today_view.model
    shown = {(model.index(r, 0).data(), model.index(r, COL_ITEM).data()) for r in range(model.rowCount())}
    assert {(CODE, "PACLitaxel C1D1"), ("IMP-A-002", "IMP321 C1D16")} <= shown


def test_discontinued_paclitaxel_reads_so_with_date_reason_no_figure(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """TOX-5: after anaphylaxis (grade 3) to PACLitaxel, its next item reads Discontinued, with the
    date and the reason, and shows no dose to give."""
    enrol(world, CODE, "Ann Smith")
    world.clinic.record_toxicity(world.login("nina"), CODE, term="anaphylaxis", grade=3,
                                 onset=world.clock.today(), drug="paclitaxel")
    row = _row(_window(qtbot, world, tmp_path), "PACLitaxel C1D1")
    assert row[COL_STATUS] == "Discontinued" and row[COL_DOSE] == ""
    assert row[COL_GO] == "No: discontinued since Mon 05-Jan-2026 (severe hypersensitivity)"


def _administer_refusal(window: MainWindow, item: str, code: str = CODE) -> tuple[str, bool]:
    """Highlight `item` in Today, press Administered; what the dialog says above Sign, and whether
    Sign is on. The dialog is closed unsigned."""
    _select(window, item, code)
    seen: list[tuple[str, bool]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AdministerDialog):
            QTimer.singleShot(10, look)
            return
        seen.append((dialog.gate.text(), dialog.ok_button.isEnabled()))
        dialog.reject()

    QTimer.singleShot(0, look)
    window.actions_by_name["administer"].trigger()
    return seen[0]


def test_a_nurse_is_refused_a_missed_dose_in_words(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """MISS-1 through the window: Administered on a missed dose says what to record instead."""
    enrol(world, CODE, "Ann Smith")
    world.clock.advance(days=3)
    text, sign = _administer_refusal(_window(qtbot, world, tmp_path), "PACLitaxel C1D1")
    assert not sign
    assert text == ("PACLitaxel C1D1 was missed: its window ended on Tue 06-Jan-2026. Record what happened "
                    "(a late entry on its real date, or an omission).")


def test_a_nurse_is_refused_discontinued_paclitaxel_in_words(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """TOX-5 through the window."""
    enrol(world, CODE, "Ann Smith")
    world.clinic.record_toxicity(world.login("nina"), CODE, term="anaphylaxis", grade=4,
                                 onset=world.clock.today(), drug="paclitaxel")
    text, sign = _administer_refusal(_window(qtbot, world, tmp_path), "PACLitaxel C1D1")
    assert not sign
    assert text == ("PACLitaxel is discontinued for this patient since Mon 05-Jan-2026 (severe hypersensitivity): "
                    "C1D1 cannot be calculated, prepared or given.")


def test_a_nurse_is_refused_an_infusion_without_its_dexamethasone(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """PREMED-2 through the window: the verified C1D1 waits for that day's dexamethasone."""
    enrol(world, CODE, "Ann Smith")
    clinic, today, nina = world.clinic, world.clock.today(), world.login("nina")
    clinic.record_measurement(nina, CODE, height_cm="165", weight_kg="65", measured_on=today)
    clinic.record_labs(nina, CODE, anc="2.1", platelets="210", drawn_on=today)
    record = clinic.calculate_dose(world.login("phil"), CODE, cycle=1, day=1)
    clinic.prepare(world.login("phil"), record.id, password=USERS["phil"][2])
    clinic.verify(world.login("petra"), record.id, password=USERS["petra"][2])
    window = _window(qtbot, world, tmp_path)
    text, sign = _administer_refusal(window, "PACLitaxel C1D1")
    assert not sign
    assert text == "Record Dexamethasone C1D1 first: the infusion follows its premedication."
    clinic.administer(nina, CODE, drug="dexamethasone", cycle=1, day=1, tolerance=None, password=USERS["nina"][2])
    text, sign = _administer_refusal(window, "PACLitaxel C1D1")
    assert sign and text == ""


def test_the_calendar_and_the_patient_view_word_the_new_statuses(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """MISS-1 and TOX-5 in the calendar grid and the patient view: "missed: record what happened",
    "discontinued since ... (reason)", each with its colour; no "held" status any more."""
    enrol(world, CODE, "Ann Smith")
    world.clock.advance(days=3)  # C1D1 missed
    window = _window(qtbot, world, tmp_path)
    window.open_patient(CODE)
    grid = window.patient_view.calendar_model
    cell = grid.index(0, 0)
    assert "PACLitaxel: missed: record what happened" in cell.data()
    assert cell.data(0x8) is not None  # BackgroundRole: the missed colour
    world.clinic.record_toxicity(world.login("nina"), CODE, term="anaphylaxis", grade=3, onset=world.clock.today(),
                                 drug="paclitaxel")
    window.patient_view.reload_now()
    texts = [grid.index(r, c).data() or "" for r in range(grid.rowCount()) for c in range(grid.columnCount())]
    assert any("PACLitaxel: discontinued since Thu 08-Jan-2026 (severe hypersensitivity)" in t for t in texts)
    assert not any("held" in t for t in texts)
    assert window.patient_view.standing.text().splitlines() == [
        "Dexamethasone C1D1: missed: record what happened",
        "PACLitaxel C1D1: missed: record what happened",
        "PACLitaxel C1D8: discontinued since Thu 08-Jan-2026 (severe hypersensitivity)",
        "IMP321 C1D16: Investigator decision required: continue IMP321 alone or end treatment, because PACLitaxel "
        "C1D15 is discontinued."]

