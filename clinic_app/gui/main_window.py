"""The main window: the views in tabs, the lock screen, menus with shortcuts, remembered state.

Patient data lives only on the workspace page of a QStackedWidget; locking switches to the lock
page (and closes any open dialog), so nothing clinical stays visible on an unattended screen.
"""

from __future__ import annotations

import gc
import logging
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError
from clinic_app.domain.permissions import Action
from clinic_app.window_presence import WindowPresence
from clinic_app.wording.values import word

from .appearance import FontScaler
from .audit_view import AuditView
from .cohorts_view import CohortsView
from .context import GuiContext
from .dialogs.password import ChangePasswordDialog
from .dialogs.password_reset import ConfirmResetDialog
from .dialogs.users import UsersDialog
from .documents import Documents
from .due_loader import DueListLoader
from .full_check import FullCheckSchedule
from .idle_lock import IdleWatcher
from .language import LANGUAGE_NAMES, LanguageChoice, WindowLanguage
from .live_refresh import LiveRefresh
from .lock_page import LockPage
from .menus import build_menus
from .messages import ErrorText, translate
from .patient_view import PatientView
from .tab_widgets import tab_widget
from .target import Target
from .today_view import TodayView
from .workflow import Workflow

log = logging.getLogger(__name__)

PAGE_WORKSPACE = 0
PAGE_LOCKED = 1


class MainWindow(QMainWindow):
    """One window per logged-in session; `session_changed` when another user takes over."""

    session_changed = Signal(object)

    def __init__(self, ctx: GuiContext, session: Any, parent: QWidget | None = None,
                 font_scaler: FontScaler | None = None, presence: WindowPresence | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.presence = presence  # marks the database open in this window until it closes
        self.font_scaler = font_scaler
        self.session = session
        self.setObjectName("main_window")

        self.due_loader = DueListLoader(ctx.worker_clinic, self)
        self.today_view = TodayView(ctx, session, loader=self.due_loader)
        self.patient_view = PatientView(ctx, session)
        self.cohorts_view = CohortsView(ctx, session)
        self.audit_view = AuditView(ctx, session)
        self.tabs = tab_widget()  # room for the accent of "Événements" (gui.tab_widgets)
        self.tabs.setObjectName("views")
        self.tabs.addTab(self.today_view, self.tr("Today"))
        self.tabs.addTab(self.patient_view, self.tr("Patient"))
        self.tabs.addTab(self.cohorts_view, self.tr("Cohorts"))
        self.tabs.addTab(self.audit_view, self.tr("Audit log"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.workflow = Workflow(ctx, lambda: self.session, self.highlighted, self, locked=self.is_locked)
        self.workflow.changed.connect(self.refresh_all)
        self.workflow.saved.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.documents = Documents(ctx, lambda: self.session, self)
        self.documents.finished.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.documents.restored.connect(self._after_restore)
        self.today_view.patient_requested.connect(self.open_patient)
        self.patient_view.record_toxicity_requested.connect(self.workflow.record_toxicity)
        self.today_view.refreshed.connect(lambda: self.cohorts_view.set_due_rows(self.today_view.rows()))
        self.today_view.refreshed.connect(_freeze_start_objects)
        self.cohorts_view.patient_requested.connect(self.open_patient)
        self.cohorts_view.open_cohort_requested.connect(self.workflow.open_cohort)

        workspace = QWidget()
        workspace_layout = QVBoxLayout(workspace)
        workspace_layout.setContentsMargins(0, 0, 0, 0)
        self.demo_banner = QLabel(self.tr("DEMO DATA - FICTIONAL PATIENTS"))
        self.demo_banner.setObjectName("demo_banner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet("background: #ffd54f; color: black; font-weight: bold; padding: 4px;")
        workspace_layout.addWidget(self.demo_banner)
        self.others_notice = QLabel(self.tr(
            "This database is also open in another window: what is recorded there appears here within "
            "2 seconds, and the other way round."))
        self.others_notice.setObjectName("others_notice")
        self.others_notice.setWordWrap(True)
        self.others_notice.setStyleSheet("background: #e3f2fd; color: black; padding: 4px;")
        self.others_notice.setVisible(presence is not None and presence.others)
        workspace_layout.addWidget(self.others_notice)
        workspace_layout.addWidget(self.tabs, 1)

        self.lock_page = LockPage(lambda: self.ctx.clinic)
        self.lock_page.unlocked.connect(self._on_unlocked)
        self.stack = QStackedWidget()
        self.stack.addWidget(workspace)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)

        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.full_check_label = QLabel()
        self.statusBar().addPermanentWidget(self.full_check_label)
        self.full_check = FullCheckSchedule(ctx, self.full_check_label, self)
        self._build_menus()
        self._show_session()

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.idle = IdleWatcher(app, ctx.settings.idle_lock_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()
        # Other windows and processes write to the same file: follow them (cheap when nothing moved).
        self.live = LiveRefresh(lambda: self.ctx.clinic, self)
        self.live.moved.connect(self.refresh_all)
        self.live.start()
        self._restore_state()

    # --- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.actions_by_name = build_menus(self)
        self._enable_for_role()

    def _enable_for_role(self) -> None:
        """Every action on, then grey out what the role may not do (the facade still enforces it)."""
        can = self.ctx.clinic.can
        self._set_all_actions_enabled(True)
        for action in self.actions_by_name.values():
            required = action.property("requires")
            if required:
                allowed = can(self.session, Action(required))
                action.setEnabled(allowed)
                if action.property("hidden_unless_allowed"):
                    action.setVisible(allowed)

    def _set_all_actions_enabled(self, enabled: bool) -> None:
        """Every QAction and QShortcut of the window (menus, toolbar, keyboard) on or off."""
        for action in self.findChildren(QAction):
            action.setEnabled(enabled)
        for shortcut in self.findChildren(QShortcut):
            shortcut.setEnabled(enabled)
        self.menuBar().setEnabled(enabled)

    # --- views -----------------------------------------------------------------------------
    def highlighted(self) -> Target | None:
        """The patient the user highlighted: the selected Today row while Today is shown, the open
        patient while the Patient tab is shown; None anywhere else or when locked."""
        if self.is_locked():
            return None
        current = self.tabs.currentWidget()
        if current is self.today_view:
            return self.today_view.target()
        if current is self.patient_view:
            return self.patient_view.target()
        return None

    def show_tab(self, widget: QWidget) -> None:
        if not self.is_locked():
            self.tabs.setCurrentWidget(widget)

    def focus_search(self) -> None:
        self.show_tab(self.today_view)
        self.today_view.search.setFocus()
        self.today_view.search.selectAll()

    def refresh_all(self) -> None:
        """Reload every view after a change (the Today reload is coalesced; returns at once)."""
        self.today_view.schedule_refresh()
        if self.patient_view.subject_code is not None:
            self.patient_view.reload_now()
        current = self.tabs.currentWidget()
        if current in (self.cohorts_view, self.audit_view):
            current.reload_now()

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current in (self.cohorts_view, self.audit_view) and not self.is_locked():
            current.reload_now()

    def print_last_dosing_sheet(self, blinded: bool = False) -> None:
        """The dosing sheet (or its blinded checker copy) of the dose record of the last dose dialog."""
        dialog = self.workflow.last_dialog
        record = getattr(dialog, "record", None)
        if record is None:
            self.statusBar().showMessage(self.tr("Calculate a dose first (Ctrl+D)."), 10_000)
            return
        if blinded:
            self.documents.blinded_checker_copy(record.id)
        else:
            self.documents.dosing_sheet(record.id)

    # --- accounts --------------------------------------------------------------------------
    def set_site_phone(self) -> None:
        """The clinic's phone number for patients (printed on their calendar), set by the administrator."""
        phone, ok = QInputDialog.getText(self, self.tr("Site phone number"), self.tr(
            "The clinic's phone number, printed on every patient calendar under the clinic's name:"),
            text=self.ctx.clinic.site_phone)
        if not ok:
            return
        try:
            stored = self.ctx.clinic.set_site_phone(self.session, phone)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Site phone number"), ErrorText(self).describe(exc))
            return
        self.statusBar().showMessage(self.tr("Site phone number saved: {phone}.").format(phone=stored or "-"),
                                     15_000)

    def set_site_language(self) -> None:
        """The language every document is printed in (LANG-1), set by the administrator."""
        names = list(LANGUAGE_NAMES.values())
        current = names.index(LANGUAGE_NAMES[self.ctx.clinic.site_language])
        name, ok = QInputDialog.getItem(self, self.tr("Language of printed documents"), self.tr(
            "Dosing sheets, checklists and worklists are printed in this language; a patient's calendar in "
            "the patient's own:"), names, current, False)
        if not ok:
            return
        language = next(code for code, text in LANGUAGE_NAMES.items() if text == name)
        try:
            self.ctx.clinic.set_site_language(self.session, language)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Language of printed documents"), ErrorText(self).describe(exc))
            return
        self.statusBar().showMessage(self.tr("Documents are now printed in {language}.").format(language=name),
                                     15_000)

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.ctx.clinic, self.session, self)
        self.last_account_dialog: QDialog = dialog
        dialog.accepted.connect(lambda: self._password_changed(dialog.result_value))
        dialog.open()

    def _password_changed(self, session: Any) -> None:
        """The change moved the account's credentials version: carry on under the new session."""
        if session is not None:
            self.apply_session(session)
        self.statusBar().showMessage(self.tr("Password changed."), 10_000)

    def manage_users(self) -> None:
        dialog = UsersDialog(self.ctx.clinic, self.session, self)
        self.last_account_dialog = dialog
        dialog.open()

    def confirm_password_reset(self) -> None:
        """The second person of a password reset (investigator, ROLE-4)."""
        dialog = ConfirmResetDialog(self.ctx.clinic, self.session, self)
        self.last_account_dialog = dialog
        dialog.open()

    def open_patient(self, subject_code: str) -> None:
        if self.patient_view.load(subject_code):
            self.show_tab(self.patient_view)

    def ask_idle_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Idle lock"), self.tr("Lock the screen after this many minutes without input:"),
            self.ctx.settings.idle_lock_minutes, 1, 60)
        if ok:
            self.set_idle_minutes(minutes)

    def set_idle_minutes(self, minutes: int) -> None:
        self.ctx.settings.idle_lock_minutes = minutes
        self.ctx.save_settings()
        self.idle.set_timeout_ms(minutes * 60_000)

    def choose_language(self, choice: LanguageChoice) -> None:
        """The window's language setting (LANG-1): applied at once, open work kept, saved for next time."""
        self.ctx.settings.language = choice
        self.ctx.save_settings()
        if self.ctx.language is None:
            self.ctx.language = WindowLanguage(QCoreApplication.instance())
        self.ctx.language.apply(choice)
        self.refresh_all()  # texts composed with values are rebuilt in the new language

    def toggle_larger_text(self, on: bool) -> None:
        self.ctx.settings.larger_text = on
        self.ctx.save_settings()
        if self.font_scaler is not None:
            self.font_scaler.apply(self.ctx.settings)

    def _show_session(self) -> None:
        clinic = self.ctx.clinic
        user = self.session
        self.setWindowTitle(self.tr("{site} - Clinic Dosing Assistant").format(site=clinic.site_name))
        self.user_label.setText(self.tr("{name} ({role})").format(name=user.full_name,
                                                                  role=word(user.role.value, translate)))
        self.demo_banner.setVisible(clinic.has_demo_data)

    # --- locking ---------------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self.stack.currentIndex() == PAGE_LOCKED

    def lock(self) -> None:
        """Hide all patient data until a user proves who they are."""
        if self.is_locked():
            return
        log.info("screen locked for %s", self.session.username)
        app = QApplication.instance()
        for widget in app.topLevelWidgets() if isinstance(app, QApplication) else []:
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.idle.stop()
        self.live.stop()
        self._set_all_actions_enabled(False)  # no menu, toolbar button or shortcut acts while locked
        self.statusBar().clearMessage()
        self.lock_page.prepare(self.session.username)
        self.stack.setCurrentIndex(PAGE_LOCKED)
        self.lock_page.password.setFocus()

    def _on_unlocked(self, session: Any) -> None:
        changed = session.username != self.session.username
        self.session = session
        self.stack.setCurrentIndex(PAGE_WORKSPACE)
        if changed:
            log.info("user switched to %s", session.username)
            self.apply_session(session)
            self.session_changed.emit(session)
        self._enable_for_role()  # the unlocking user's role, whoever was locked out
        self.idle.start()
        self.live.start()
        self.refresh_all()

    def apply_session(self, session: Any) -> None:
        """Hand the new session to the window and every view; the previous user's patient is closed."""
        self.session = session
        for view in (self.today_view, self.patient_view, self.cohorts_view, self.audit_view):
            view.session = session
        self.patient_view.clear()
        self.show_tab(self.today_view)
        self._show_session()
        self._enable_for_role()

    def _after_restore(self) -> None:
        """The database content was replaced: reopen the facade and the list's thread, and make
        everyone sign in again (the restored users and passwords are the ones that count now)."""
        self.due_loader.shutdown()
        self.ctx.clinic.close()
        self.ctx.clinic = self.ctx.open_clinic()
        self.due_loader = DueListLoader(self.ctx.worker_clinic, self)
        self.today_view.set_loader(self.due_loader)
        self.patient_view.clear()
        self.full_check.show_last(self.ctx.clinic.full_check())
        self.lock()

    # --- window state ----------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.settings
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
        else:
            self.resize(1200, 760)
        if settings.window_state:
            self.restoreState(QByteArray.fromBase64(settings.window_state.encode("ascii")))

    def save_window_state(self) -> None:
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.ctx.settings.window_state = bytes(self.saveState().toBase64().data()).decode("ascii")
        self.ctx.save_settings()

    # Off for unattended screenshots, which are nobody's window layout.
    remember_state = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.remember_state:
            self.save_window_state()
        self.idle.uninstall()
        self.live.stop()
        self.full_check.stop()
        if self.presence is not None:
            self.presence.close()
        self.due_loader.shutdown()
        self.ctx.tasks.wait_for_done(10_000)
        super().closeEvent(event)


def _freeze_start_objects() -> None:
    """Once the first list is shown: what the start made (modules, the protocol, widgets, the
    rows) stays for the whole session, so Python's cyclic collector stops scanning it (gc.freeze).
    Its full passes otherwise grew with the clinic and held the UI thread for 100 ms at 1,000
    patients while the list's thread allocated. Objects freed by their count still are."""
    if not _FROZEN:
        _FROZEN.append(True)
        gc.freeze()


_FROZEN: list[bool] = []

