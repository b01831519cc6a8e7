"""Menus and keyboard shortcuts of the main window (keyboard first: every common action has one)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence

from clinic_app.domain.permissions import Action
from clinic_app.domain.records import DecisionKind
from clinic_app.wording.names import drug_name

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar; returns the actions by object name. An action's "requires" property
    names the facade Action it needs, so the window can grey it out for other roles (or hide it,
    when "hidden_unless_allowed": other roles never see account administration)."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()
    menu: Any = None
    tr = window.tr

    def add(name: str, text: str, slot: Callable[..., Any],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            requires: Action | None = None, checkable: bool = False, hidden_unless_allowed: bool = False) -> QAction:
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if requires is not None:
            action.setProperty("requires", requires.value)
            action.setProperty("hidden_unless_allowed", hidden_unless_allowed)
        action.setCheckable(checkable)
        action.triggered.connect(lambda checked=False: slot(checked) if checkable else slot())
        window.addAction(action)
        menu.addAction(action)
        actions[name] = action
        return action

    def for_highlighted(document: Callable[[str], Any]) -> Callable[[], None]:
        """Print `document` for the highlighted patient (gui/target.py), or say whom to highlight."""
        def run() -> None:
            target = window.highlighted()
            if target is None:
                window.statusBar().showMessage(
                    tr("Select a patient in Today, or open one in the Patient tab, first."), 10_000)
                return
            document(target.subject_code)
        return run

    menu = bar.addMenu(tr("&File"))
    add("backup", tr("&Back up the database..."), window.documents.start_backup, "Ctrl+Shift+B", Action.BACKUP)
    add("restore", tr("&Restore from a backup..."), window.documents.start_restore, None, Action.RESTORE)
    menu.addSeparator()
    add("quit", tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

    menu = bar.addMenu(tr("&View"))
    add("show_today", tr("&Today"), lambda: window.show_tab(window.today_view), "Ctrl+1")
    add("show_patient", tr("&Patient"), lambda: window.show_tab(window.patient_view), "Ctrl+2")
    add("show_cohorts", tr("&Cohorts"), lambda: window.show_tab(window.cohorts_view), "Ctrl+3")
    add("show_audit", tr("&Audit log"), lambda: window.show_tab(window.audit_view), "Ctrl+4", Action.VIEW_AUDIT)
    add("find", tr("&Find patient"), window.focus_search, QKeySequence.StandardKey.Find)
    add("refresh", tr("&Refresh"), window.refresh_all, QKeySequence.StandardKey.Refresh)
    larger = add("larger_text", tr("&Larger text"), window.toggle_larger_text, "Ctrl+Shift+T", checkable=True)
    larger.setChecked(window.ctx.settings.larger_text)
    add("idle_minutes", tr("&Idle lock after..."), window.ask_idle_minutes)

    flow = window.workflow
    menu = bar.addMenu(tr("&Patient"))
    add("enrol", tr("&Enrol a patient..."), flow.enrol, "Ctrl+N", Action.ENROL)
    add("measurement", tr("Record &height and weight..."), flow.record_measurement, "Ctrl+M",
        Action.RECORD_MEASUREMENT)
    add("labs", tr("Record &labs..."), flow.record_labs, "Ctrl+L", Action.RECORD_LABS)
    add("dose", tr("&Dose: calculate, prepare, verify..."), flow.dose, "Ctrl+D", Action.CALCULATE_DOSE)
    add("administer", tr("&Administered (sign)..."), flow.administer, "Ctrl+G", Action.ADMINISTER)
    add("hold", tr("H&old or omit..."), flow.hold, "Ctrl+H", Action.HOLD)
    add("late_entry", tr("La&te entry of a dose given on an earlier day..."), flow.late_entry, "Ctrl+Shift+G",
        Action.ADMINISTER)
    add("toxicity", tr("Adve&rse event..."), flow.record_toxicity, "Ctrl+E", Action.RECORD_TOXICITY)
    add("visit", tr("&Visit done (Week 13 / Week 25)..."), flow.record_visit, "Ctrl+Shift+V", Action.RECORD_VISIT)

    protocol = window.ctx.clinic.protocol
    names = {"bsa": drug_name(protocol, protocol.bsa_drug.key),
             "flat": ", ".join(drug_name(protocol, d.key) for d in protocol.flat_drugs),
             "premed": drug_name(protocol, protocol.premedication.drug)}
    menu = bar.addMenu(tr("&Decisions"))
    add("decide", tr("&Decide what the highlighted item waits for..."), lambda: flow.decide(), "Ctrl+K",
        Action.DECIDE)
    menu.addSeparator()
    add("decide_level", tr("{bsa} dose &level...").format(**names), lambda: flow.decide(DecisionKind.DOSE_LEVEL),
        None, Action.DECIDE)
    add("decide_weight", tr("&Weight change: recalculate or keep..."),
        lambda: flow.decide(DecisionKind.WEIGHT_CHANGE), None, Action.DECIDE)
    add("decide_flat", tr("{flat} after a {bsa} not given: &give or skip...").format(**names),
        lambda: flow.decide(DecisionKind.FLAT_DOSE_GIVE_SKIP), None, Action.DECIDE)
    add("decide_premedication", tr("{premed} from cycle 2: &continue or omit...").format(**names),
        lambda: flow.decide(DecisionKind.PREMEDICATION), None, Action.DECIDE)
    add("decide_discontinue", tr("&Stop a drug for good..."), lambda: flow.decide(DecisionKind.DISCONTINUE_DRUG),
        None, Action.DECIDE)
    add("decide_after", tr("After a drug was stopped: continue {flat} alone or &end treatment...").format(**names),
        lambda: flow.decide(DecisionKind.AFTER_DISCONTINUATION), None, Action.DECIDE)
    menu.addSeparator()
    add("reassign", tr("&Re-assign cohort..."), flow.reassign_cohort, None, Action.REASSIGN_COHORT)

    docs = window.documents
    menu = bar.addMenu(tr("P&rint"))
    add("print_dosing_sheet", tr("&Dosing sheet of the last dose..."), window.print_last_dosing_sheet, None,
        Action.PRINT)
    add("print_blinded_copy", tr("&Blinded checker copy of the last dose..."),
        lambda: window.print_last_dosing_sheet(blinded=True), None, Action.PRINT)
    add("print_visit", tr("&Visit checklist..."), for_highlighted(docs.visit_checklist), None, Action.PRINT)
    add("print_calendar", tr("Patient &calendar..."), for_highlighted(docs.patient_calendar), None, Action.PRINT)
    add("print_worklist", tr("Preparation &worklist..."), docs.worklist, None, Action.PRINT)
    add("print_batch", tr("The day's &batch (worklist, dosing sheets and checker copies)..."), docs.start_day_batch,
        "Ctrl+Shift+P", Action.PRINT)

    toolbar = window.addToolBar(tr("Actions"))
    toolbar.setObjectName("actions_toolbar")
    short = {"show_today": tr("Today"), "find": tr("Find"), "measurement": tr("Height/weight"),
             "labs": tr("Labs"), "dose": tr("Dose"), "administer": tr("Administered"), "hold": tr("Hold"),
             "decide": tr("Decide")}
    for name, text in short.items():
        actions[name].setIconText(text)
        toolbar.addAction(actions[name])

    menu = bar.addMenu(tr("&Session"))
    lock = add("lock", tr("&Lock screen"), window.lock, "Ctrl+Shift+L")
    lock.setIconText(tr("Lock"))
    toolbar.addAction(lock)
    add("switch_user", tr("&Switch user..."), window.lock, "Ctrl+Shift+U")
    menu.addSeparator()
    add("change_password", tr("&Change my password..."), window.change_password)
    add("manage_users", tr("&Users (add, reset password)..."), window.manage_users, None, Action.MANAGE_USERS,
        hidden_unless_allowed=True)
    add("confirm_reset", tr("Confirm a password &reset..."), window.confirm_password_reset, None,
        Action.CONFIRM_PASSWORD_RESET, hidden_unless_allowed=True)
    add("site_phone", tr("Site &phone number..."), window.set_site_phone, None, Action.MANAGE_SITE,
        hidden_unless_allowed=True)
    return actions
