"""The dose dialog and the decision dialog ask the dose gate before anything is signed, through the
real facade: each step's button is off with the gate's words beside it (TOX-5 discontinued
PACLitaxel, TOX-2/TOX-4 a level reduction waiting, LAB-2 labs that say hold or are pending); an
investigator reaches every decision kind from the window, the proposed level offered but never
pre-selected (DOSE-4), and a signed decision frees the dose.

Severe neutropenia worked by hand (TOX-2): ANC 0.4 drawn Mon 05-Jan and 0.4 again Mon 12-Jan, 7 days
later with none at or above 0.5 between: a run below 0.5 lasting 7 days, counted on 12-Jan.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clinic_app.domain.records import DecisionKind
from clinic_app.gui.dialogs.decisions import DecisionDialog
from clinic_app.gui.dialogs.dose import DoseDialog
from clinic_app.gui.main_window import MainWindow

from .conftest import USERS, World, enrol

CODE = "IMP-A-001"


def _measured(world: World, anc: str | None = "2.1") -> None:
    nina, today = world.login("nina"), world.clock.today()
    world.clinic.record_measurement(nina, CODE, height_cm="165", weight_kg="65", measured_on=today)
    if anc is not None:
        world.clinic.record_labs(nina, CODE, anc=anc, platelets="210", drawn_on=today)


def _dose(qtbot, world: World, username: str = "phil") -> DoseDialog:  # type: ignore[no-untyped-def]
    dialog = DoseDialog(world.clinic, world.login(username), CODE, 1, 1)
    qtbot.addWidget(dialog)
    return dialog


def test_discontinued_paclitaxel_cannot_be_calculated_and_the_dialog_says_why(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    """TOX-5 in the dose dialog."""
    enrol(world, CODE, "Ann Smith")
    _measured(world)
    world.clinic.record_toxicity(world.login("nina"), CODE, term="infusion_related_reaction", grade=3,
                                 onset=world.clock.today(), drug="paclitaxel")
    dialog = _dose(qtbot, world)
    assert not dialog.calculate_button.isEnabled()
    assert dialog.calculate_reason.text() == (
        "PACLitaxel is discontinued for this patient since Mon 05-Jan-2026 (severe hypersensitivity): C1D1 cannot "
        "be calculated, prepared or given.")


def test_a_pending_level_reduction_stops_the_calculation_until_the_investigator_signs(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                                       tmp_path: Path) -> None:
    """TOX-2, TOX-4, DOSE-4: the dialog names the decision waited for; the investigator sees the
    proposed level marked but not chosen; once signed, the dose is calculated at level -1."""
    enrol(world, CODE, "Ann Smith", c1d1=world.clock.today().replace(day=12))
    nina = world.login("nina")
    world.clinic.record_labs(nina, CODE, anc="0.4", platelets="210", drawn_on=world.clock.today())
    world.clock.advance(days=7)
    _measured(world, anc=None)
    world.clinic.record_labs(nina, CODE, anc="0.4", platelets="210", drawn_on=world.clock.today())
    dialog = _dose(qtbot, world)
    assert not dialog.calculate_button.isEnabled()
    assert dialog.calculate_reason.text() == (
        "Investigator decision required: dose level, proposed -1, because severe neutropenia (ANC below 0.5 from "
        "Mon 05-Jan-2026 to Mon 12-Jan-2026).")

    window = MainWindow(world.context(tmp_path), world.login("ivan"))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    assert window.today_view.select_patient(CODE)
    seen: list[Any] = []

    def sign() -> None:
        decision = QApplication.activeModalWidget()
        if not isinstance(decision, DecisionDialog):
            QTimer.singleShot(10, sign)
            return
        seen.append((decision.windowTitle(), decision.gate.text(), decision.choice.currentData(),
                     [decision.choice.itemText(i) for i in range(decision.choice.count())]))
        decision.choose("-1")
        decision.reason.setPlainText("severe neutropenia for 7 days")
        decision.password.setText(USERS["ivan"][2])
        decision.ok_button.click()
        if decision.isVisible():
            seen.append(decision.error.text())
            decision.reject()

    QTimer.singleShot(0, sign)
    assert window.workflow.decide()  # Ctrl+K: the decision the gate says the highlighted item waits for
    title, gate, chosen, choices = seen[0]
    assert title == "Decision - PACLitaxel dose level" and "proposed -1" in gate
    assert chosen is None  # nothing pre-selected, not even the proposal
    assert choices == ["- choose -", "Level 0: 80 mg/m²", "Level -1: 70 mg/m² (proposed)", "Level -2: 60 mg/m²"]
    assert len(seen) == 1, seen
    dialog = _dose(qtbot, world)
    assert dialog.calculate_button.isEnabled() and dialog.calculate_reason.text() == ""
    dialog.calculate()
    assert "(70 mg/m² × 1.73 m²)" in dialog.headline.text()  # 1.73 × 70 = 121.1 -> 121 mg
    assert "121 mg" in dialog.headline.text()


def test_preparing_waits_for_labs_that_say_hold_and_notes_labs_pending(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    """LAB-2: no labs yet: preparing is allowed and "labs pending" is said beside it; labs that say
    hold: Prepared is off with the reason."""
    enrol(world, CODE, "Ann Smith")
    _measured(world, anc=None)
    dialog = _dose(qtbot, world)
    dialog.calculate()
    assert dialog.prepare_button.isEnabled()
    assert dialog.prepare_reason.text() == "The labs for this dose are still pending."
    world.clinic.record_labs(world.login("nina"), CODE, anc="0.9", platelets="210", drawn_on=world.clock.today())
    dialog = _dose(qtbot, world)
    assert not dialog.prepare_button.isEnabled()
    assert dialog.prepare_reason.text().splitlines()[0] == "The labs say hold: ANC below the threshold."
    assert not dialog.verify_button.isEnabled() and "not been prepared" in dialog.verify_reason.text()


def test_a_nurse_sees_why_she_cannot_prepare(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    """ROLE-1: a nurse may calculate, never sign a preparation; the dialog says so beside the step."""
    enrol(world, CODE, "Ann Smith")
    _measured(world)
    dialog = _dose(qtbot, world, "nina")
    dialog.calculate()
    assert not dialog.prepare_button.isEnabled()
    assert dialog.prepare_reason.text() == "Not allowed: your role (nurse) may not sign a preparation."


def _decision_from_menu(window: MainWindow, action: str) -> dict[str, Any]:
    """Trigger a Decisions menu action; what the decision dialog shows (it is closed unsigned)."""
    seen: dict[str, Any] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DecisionDialog):
            QTimer.singleShot(10, look)
            return
        seen.update(kind=dialog.kind, title=dialog.windowTitle(), gate=dialog.gate.text(),
                    chosen=dialog.choice.currentData(),
                    choices=[dialog.choice.itemText(i) for i in range(1, dialog.choice.count())])
        dialog.reject()

    QTimer.singleShot(0, look)
    window.actions_by_name[action].trigger()
    return seen


def test_every_decision_kind_is_reached_from_the_window_with_nothing_pre_selected(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                                   tmp_path: Path) -> None:
    """DOSE-4, DOSE-6, PLAN-4, PREMED-1, TOX-5: every kind an investigator decides has its menu entry."""
    enrol(world, CODE, "Ann Smith")
    window = MainWindow(world.context(tmp_path), world.login("ivan"))
    qtbot.addWidget(window)
    window.show()
    window.today_view.reload_now()
    assert window.today_view.select_patient(CODE)
    expected = {
        "decide_level": (DecisionKind.DOSE_LEVEL, "Level -1: 70 mg/m²"),
        "decide_weight": (DecisionKind.WEIGHT_CHANGE, "Keep the weight the previous dose used"),
        "decide_flat": (DecisionKind.FLAT_DOSE_GIVE_SKIP, "Give on the planned day"),
        "decide_premedication": (DecisionKind.PREMEDICATION, "Omit Dexamethasone"),
        "decide_discontinue": (DecisionKind.DISCONTINUE_DRUG, "Stop PACLitaxel for good"),
        "decide_after": (DecisionKind.AFTER_DISCONTINUATION, "End treatment"),
    }
    for action, (kind, offered) in expected.items():
        seen = _decision_from_menu(window, action)
        assert seen["kind"] == kind, action
        assert seen["chosen"] is None, action
        assert offered in seen["choices"], (action, seen["choices"])
        assert seen["gate"], action  # what the rules ask for here, or that they ask for nothing


def test_stopping_paclitaxel_from_the_window_then_continuing_imp321_alone(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    """TOX-5: the investigator stops PACLitaxel; IMP321 then waits for "after discontinuation",
    which the gate names in the next dialog; continuing alone frees it."""
    enrol(world, CODE, "Ann Smith")
    ivan = world.login("ivan")

    def decide(kind: DecisionKind, value: str, stopped: str | None = None, **slot: Any) -> DecisionDialog:
        dialog = DecisionDialog(world.clinic, ivan, CODE, kind, **slot)
        qtbot.addWidget(dialog)
        dialog.choose(value, stopped)
        dialog.reason.setPlainText("investigator's assessment")
        dialog.password.setText(USERS["ivan"][2])
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.error.text()
        return dialog

    decide(DecisionKind.DISCONTINUE_DRUG, "discontinue", "paclitaxel")
    waiting = DecisionDialog(world.clinic, ivan, CODE, DecisionKind.AFTER_DISCONTINUATION, drug="imp321", cycle=1,
                             day=2)
    qtbot.addWidget(waiting)
    assert waiting.gate.text() == ("Investigator decision required: continue IMP321 alone or end treatment, because "
                                   "PACLitaxel C1D1 is discontinued.")
    decide(DecisionKind.AFTER_DISCONTINUATION, "continue_flat", drug="imp321", cycle=1, day=2)
    due = {d.item.slot: d for d in world.clinic.next_due(ivan, CODE, world.clock.today()) if d.item.drug == "imp321"}
    assert all(d.state is None or d.state.decision is None for d in due.values())
