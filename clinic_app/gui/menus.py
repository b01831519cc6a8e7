"""Menus and keyboard shortcuts of the main window (keyboard first: every common action has one)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from clinic_app.domain.permissions import Action
from clinic_app.domain.records import DecisionKind

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
                    QCoreApplication.translate("MainWindow", "Select a patient in Today, or open one in the Patient tab, first."), 10_000)
                return
            document(target.subject_code)
        return run

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    add("backup", QCoreApplication.translate("MainWindow", "&Back up the database..."), window.documents.start_backup, "Ctrl+Shift+B", Action.BACKUP)
    add("restore", QCoreApplication.translate("MainWindow", "&Restore from a backup..."), window.documents.start_restore, None, Action.RESTORE)
    menu.addSeparator()
    add("quit", QCoreApplication.translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit)

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    add("show_today", QCoreApplication.translate("MainWindow", "&Today"), lambda: window.show_tab(window.today_view), "Ctrl+1")
    add("show_patient", QCoreApplication.translate("MainWindow", "&Patient"), lambda: window.show_tab(window.patient_view), "Ctrl+2")
    add("show_cohorts", QCoreApplication.translate("MainWindow", "&Cohorts"), lambda: window.show_tab(window.cohorts_view), "Ctrl+3")
    add("show_audit", QCoreApplication.translate("MainWindow", "&Audit log"), lambda: window.show_tab(window.audit_view), "Ctrl+4", Action.VIEW_AUDIT)
    add("find", QCoreApplication.translate("MainWindow", "&Find patient"), window.focus_search, QKeySequence.StandardKey.Find)
    add("refresh", QCoreApplication.translate("MainWindow", "&Refresh"), window.refresh_all, QKeySequence.StandardKey.Refresh)
    larger = add("larger_text", QCoreApplication.translate("MainWindow", "&Larger text"), window.toggle_larger_text, "Ctrl+Shift+T", checkable=True)
    larger.setChecked(window.ctx.settings.larger_text)
    add("idle_minutes", QCoreApplication.translate("MainWindow", "&Idle lock after..."), window.ask_idle_minutes)
    languages = menu.addMenu(QCoreApplication.translate("MainWindow", "Lan&guage"))
    languages.setObjectName("language_menu")
    group = QActionGroup(window)
    for choice, text in (("system", QCoreApplication.translate("MainWindow", "&System language")),
                         ("fr", "&Français"), ("en", "&English")):  # each language named in itself
        action = QAction(text, group)
        action.setObjectName(f"language_{choice}")
        action.setCheckable(True)
        action.setChecked(window.ctx.settings.language == choice)
        action.triggered.connect(lambda _checked=False, choice=choice: window.choose_language(choice))
        languages.addAction(action)
        actions[action.objectName()] = action

    flow = window.workflow
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Patient"))
    add("enrol", QCoreApplication.translate("MainWindow", "&Enrol a patient..."), flow.enrol, "Ctrl+N", Action.ENROL)
    add("measurement", QCoreApplication.translate("MainWindow", "Record &height and weight..."), flow.record_measurement, "Ctrl+M",
        Action.RECORD_MEASUREMENT)
    add("labs", QCoreApplication.translate("MainWindow", "Record &labs..."), flow.record_labs, "Ctrl+L", Action.RECORD_LABS)
    add("dose", QCoreApplication.translate("MainWindow", "&Dose: calculate, prepare, verify..."), flow.dose, "Ctrl+D", Action.CALCULATE_DOSE)
    add("administer", QCoreApplication.translate("MainWindow", "&Administered (sign)..."), flow.administer, "Ctrl+G", Action.ADMINISTER)
    add("hold", QCoreApplication.translate("MainWindow", "H&old or omit..."), flow.hold, "Ctrl+H", Action.HOLD)
    add("visit", QCoreApplication.translate("MainWindow", "&Visit done (Week 13 / Week 25)..."), flow.record_visit, "Ctrl+Shift+V", Action.RECORD_VISIT)

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Decisions"))
    add("decide", QCoreApplication.translate("MainWindow", "&Decide the item waiting for a decision..."), lambda: flow.decide(), "Ctrl+K", Action.DECIDE)
    add("decide_level", QCoreApplication.translate("MainWindow", "Change the dose &level..."), lambda: flow.decide(DecisionKind.DOSE_LEVEL), None,
        Action.DECIDE)
    add("decide_weight", QCoreApplication.translate("MainWindow", "&Weight change: recalculate or keep..."),
        lambda: flow.decide(DecisionKind.WEIGHT_CHANGE), None, Action.DECIDE)
    add("reassign", QCoreApplication.translate("MainWindow", "&Re-assign cohort..."), flow.reassign_cohort, None, Action.REASSIGN_COHORT)
    add("patient_language", QCoreApplication.translate("MainWindow", "Patient's lan&guage (calendar)..."),
        flow.patient_language, None, Action.ENROL)

    docs = window.documents
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "P&rint"))
    add("print_dosing_sheet", QCoreApplication.translate("MainWindow", "&Dosing sheet of the last dose..."), window.print_last_dosing_sheet, None,
        Action.PRINT)
    add("print_blinded_copy", QCoreApplication.translate("MainWindow", "&Blinded checker copy of the last dose..."),
        lambda: window.print_last_dosing_sheet(blinded=True), None, Action.PRINT)
    add("print_visit", QCoreApplication.translate("MainWindow", "&Visit checklist..."), for_highlighted(docs.visit_checklist), None, Action.PRINT)
    add("print_calendar", QCoreApplication.translate("MainWindow", "Patient &calendar..."), for_highlighted(docs.patient_calendar), None, Action.PRINT)
    add("print_worklist", QCoreApplication.translate("MainWindow", "Preparation &worklist..."), docs.worklist, None, Action.PRINT)
    add("print_batch", QCoreApplication.translate("MainWindow", "The day's &batch (worklist and dosing sheets)..."), docs.start_day_batch,
        "Ctrl+Shift+P", Action.PRINT)

    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Actions"))
    toolbar.setObjectName("actions_toolbar")
    short = {"show_today": QCoreApplication.translate("MainWindow", "Today"), "find": QCoreApplication.translate("MainWindow", "Find"), "measurement": QCoreApplication.translate("MainWindow", "Height/weight"),
             "labs": QCoreApplication.translate("MainWindow", "Labs"), "dose": QCoreApplication.translate("MainWindow", "Dose"), "administer": QCoreApplication.translate("MainWindow", "Administered"), "hold": QCoreApplication.translate("MainWindow", "Hold"),
             "decide": QCoreApplication.translate("MainWindow", "Decide")}
    for name, text in short.items():
        actions[name].setIconText(text)
        toolbar.addAction(actions[name])

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Session"))
    lock = add("lock", QCoreApplication.translate("MainWindow", "&Lock screen"), window.lock, "Ctrl+Shift+L")
    lock.setIconText(QCoreApplication.translate("MainWindow", "Lock"))
    toolbar.addAction(lock)
    add("switch_user", QCoreApplication.translate("MainWindow", "&Switch user..."), window.lock, "Ctrl+Shift+U")
    menu.addSeparator()
    add("change_password", QCoreApplication.translate("MainWindow", "&Change my password..."), window.change_password)
    add("manage_users", QCoreApplication.translate("MainWindow", "&Users (add, reset password)..."), window.manage_users, None, Action.MANAGE_USERS,
        hidden_unless_allowed=True)
    add("site_phone", QCoreApplication.translate("MainWindow", "Site &phone number..."), window.set_site_phone, None, Action.MANAGE_SITE,
        hidden_unless_allowed=True)
    add("site_language", QCoreApplication.translate("MainWindow", "Language of printed &documents..."),
        window.set_site_language, None, Action.MANAGE_SITE, hidden_unless_allowed=True)
    return actions
