"""Menus and keyboard shortcuts of the main window (keyboard first: every common action has one)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from clinic_app.domain.permissions import Action
from clinic_app.domain.records import DecisionKind
from clinic_app.wording.names import drug_name

from .messages import translate

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar; returns the actions by object name. An action's "requires" property
    names the facade Action it needs, so the window can grey it out for other roles (or hide it,
    when "hidden_unless_allowed": other roles never see account administration)."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()
    menu: Any = None

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
                    translate("MainWindow", "Select a patient in Today, or open one in the Patient tab, first."),
                    10_000)
                return
            document(target.subject_code)
        return run

    menu = bar.addMenu(translate("MainWindow", "&File"))
    add("backup", translate("MainWindow", "&Back up the database..."), window.documents.start_backup, "Ctrl+Shift+B",
        Action.BACKUP)
    add("restore", translate("MainWindow", "&Restore from a backup..."), window.documents.start_restore, None,
        Action.RESTORE)
    menu.addSeparator()
    add("quit", translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit)

    menu = bar.addMenu(translate("MainWindow", "&View"))
    add("show_today", translate("MainWindow", "&Today"), lambda: window.show_tab(window.today_view), "Ctrl+1")
    add("show_patient", translate("MainWindow", "&Patient"), lambda: window.show_tab(window.patient_view), "Ctrl+2")
    add("show_cohorts", translate("MainWindow", "&Cohorts"), lambda: window.show_tab(window.cohorts_view), "Ctrl+3")
    add("show_audit", translate("MainWindow", "&Audit log"), lambda: window.show_tab(window.audit_view), "Ctrl+4",
        Action.VIEW_AUDIT)
    add("find", translate("MainWindow", "&Find patient"), window.focus_search, QKeySequence.StandardKey.Find)
    add("refresh", translate("MainWindow", "&Refresh"), window.refresh_all, QKeySequence.StandardKey.Refresh)
    larger = add("larger_text", translate("MainWindow", "&Larger text"), window.toggle_larger_text, "Ctrl+Shift+T",
        checkable=True)
    larger.setChecked(window.ctx.settings.larger_text)
    add("idle_minutes", translate("MainWindow", "&Idle lock after..."), window.ask_idle_minutes)
    languages = menu.addMenu(translate("MainWindow", "Lan&guage"))
    languages.setObjectName("language_menu")
    group = QActionGroup(window)
    for choice, text in (("system", translate("MainWindow", "&System language")),
                         ("fr", "&Français"), ("en", "&English")):  # each language named in itself
        action = QAction(text, group)
        action.setObjectName(f"language_{choice}")
        action.setCheckable(True)
        action.setChecked(window.ctx.settings.language == choice)
        action.triggered.connect(lambda _checked=False, choice=choice: window.choose_language(choice))
        languages.addAction(action)
        actions[action.objectName()] = action

    flow = window.workflow
    menu = bar.addMenu(translate("MainWindow", "&Patient"))
    add("enrol", translate("MainWindow", "&Enrol a patient..."), flow.enrol, "Ctrl+N", Action.ENROL)
    add("measurement", translate("MainWindow", "Record &height and weight..."), flow.record_measurement, "Ctrl+M",
        Action.RECORD_MEASUREMENT)
    add("labs", translate("MainWindow", "Record &labs..."), flow.record_labs, "Ctrl+L", Action.RECORD_LABS)
    add("dose", translate("MainWindow", "&Dose: calculate, prepare, verify..."), flow.dose, "Ctrl+D",
        Action.CALCULATE_DOSE)
    add("administer", translate("MainWindow", "&Administered (sign)..."), flow.administer, "Ctrl+G", Action.ADMINISTER)
    add("hold", translate("MainWindow", "H&old or omit..."), flow.hold, "Ctrl+H", Action.HOLD)
    add("late_entry", translate("MainWindow", "La&te entry of a dose given on an earlier day..."), flow.late_entry,
        "Ctrl+Shift+G", Action.ADMINISTER)
    add("toxicity", translate("MainWindow", "Adve&rse event..."), flow.record_toxicity, "Ctrl+E",
        Action.RECORD_TOXICITY)
    add("visit", translate("MainWindow", "&Visit done (Week 13 / Week 25)..."), flow.record_visit, "Ctrl+Shift+V",
        Action.RECORD_VISIT)

    protocol = window.ctx.clinic.protocol
    names = {"bsa": drug_name(protocol, protocol.bsa_drug.key),
             "flat": ", ".join(drug_name(protocol, d.key) for d in protocol.flat_drugs),
             "premed": drug_name(protocol, protocol.premedication.drug)}
    menu = bar.addMenu(translate("MainWindow", "&Decisions"))
    add("decide", translate("MainWindow", "&Decide what the highlighted item waits for..."), lambda: flow.decide(),
        "Ctrl+K", Action.DECIDE)
    menu.addSeparator()
    add("decide_level", translate("MainWindow", "{bsa} dose &level...").format(**names),
        lambda: flow.decide(DecisionKind.DOSE_LEVEL), None, Action.DECIDE)
    add("decide_weight", translate("MainWindow", "&Weight change: recalculate or keep..."),
        lambda: flow.decide(DecisionKind.WEIGHT_CHANGE), None, Action.DECIDE)
    add("decide_flat", translate("MainWindow", "{flat} after a {bsa} not given: &give or skip...").format(**names),
        lambda: flow.decide(DecisionKind.FLAT_DOSE_GIVE_SKIP), None, Action.DECIDE)
    add("decide_premedication", translate("MainWindow", "{premed} from cycle 2: &continue or omit...").format(**names),
        lambda: flow.decide(DecisionKind.PREMEDICATION), None, Action.DECIDE)
    add("decide_discontinue", translate("MainWindow", "&Stop a drug for good..."),
        lambda: flow.decide(DecisionKind.DISCONTINUE_DRUG), None, Action.DECIDE)
    add("decide_after",
        translate("MainWindow", "After a drug was stopped: continue {flat} alone or &end treatment...").format(**names),
        lambda: flow.decide(DecisionKind.AFTER_DISCONTINUATION), None, Action.DECIDE)
    menu.addSeparator()
    add("reassign", translate("MainWindow", "&Re-assign cohort..."), flow.reassign_cohort, None, Action.REASSIGN_COHORT)
    add("patient_language", translate("MainWindow", "Patient's lan&guage (calendar)..."),
        flow.patient_language, None, Action.ENROL)

    docs = window.documents
    menu = bar.addMenu(translate("MainWindow", "P&rint"))
    add("print_dosing_sheet", translate("MainWindow", "&Dosing sheet of the last dose..."),
        window.print_last_dosing_sheet, None, Action.PRINT)
    add("print_blinded_copy", translate("MainWindow", "&Blinded checker copy of the last dose..."),
        lambda: window.print_last_dosing_sheet(blinded=True), None, Action.PRINT)
    add("print_visit", translate("MainWindow", "&Visit checklist..."), for_highlighted(docs.visit_checklist), None,
        Action.PRINT)
    add("print_calendar", translate("MainWindow", "Patient &calendar..."), for_highlighted(docs.patient_calendar), None,
        Action.PRINT)
    add("print_worklist", translate("MainWindow", "Preparation &worklist..."), docs.worklist, None, Action.PRINT)
    add("print_batch", translate("MainWindow", "The day's &batch (worklist, dosing sheets and checker copies)..."),
        docs.start_day_batch, "Ctrl+Shift+P", Action.PRINT)

    toolbar = window.addToolBar(translate("MainWindow", "Actions"))
    toolbar.setObjectName("actions_toolbar")
    short = {"show_today": translate("MainWindow", "Today"), "find": translate("MainWindow", "Find"),
             "measurement": translate("MainWindow", "Height/weight"), "labs": translate("MainWindow", "Labs"),
             "dose": translate("MainWindow", "Dose"), "administer": translate("MainWindow", "Administered"),
             "hold": translate("MainWindow", "Hold"), "decide": translate("MainWindow", "Decide")}
    for name, text in short.items():
        actions[name].setIconText(text)
        toolbar.addAction(actions[name])

    menu = bar.addMenu(translate("MainWindow", "&Session"))
    lock = add("lock", translate("MainWindow", "&Lock screen"), window.lock, "Ctrl+Shift+L")
    lock.setIconText(translate("MainWindow", "Lock"))
    toolbar.addAction(lock)
    add("switch_user", translate("MainWindow", "&Switch user..."), window.lock, "Ctrl+Shift+U")
    menu.addSeparator()
    add("change_password", translate("MainWindow", "&Change my password..."), window.change_password)
    add("manage_users", translate("MainWindow", "&Users (add, reset password)..."), window.manage_users, None,
        Action.MANAGE_USERS, hidden_unless_allowed=True)
    add("confirm_reset", translate("MainWindow", "Confirm a password &reset..."), window.confirm_password_reset, None,
        Action.CONFIRM_PASSWORD_RESET, hidden_unless_allowed=True)
    add("site_phone", translate("MainWindow", "Site &phone number..."), window.set_site_phone, None, Action.MANAGE_SITE,
        hidden_unless_allowed=True)
    add("site_language", translate("MainWindow", "Language of printed &documents..."),
        window.set_site_language, None, Action.MANAGE_SITE, hidden_unless_allowed=True)
    return actions
