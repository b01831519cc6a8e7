"""Open the window: `python -m clinic_app [--db PATH] [--demo] [--screenshot FILE.png ...]`.

`run_window(argv)` is the entry point the top-level `python -m clinic_app` calls when no
subcommand is given. `--demo` opens (building it on first use) a fictional clinic in the user data
folder; its staff (dr.martin, nurse.okafor, pharm.chen, pharm.dubois, sam.admin) share the demo
password of `clinic_app.facade.demo`. For an unattended screenshot (`--screenshot`), the window
logs in as `--user` with the password from the environment variable CLINIC_APP_PASSWORD (never a
command line argument, which other users of the machine could read), renders once and exits 0.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from clinic_app.app_log import configure_file_logging
from clinic_app.domain.errors import DomainError
from clinic_app.paths import APP_ID, default_db_path, demo_db_path, program_name
from clinic_app.window_options import PASSWORD_ENV, add_window_options
from clinic_app.window_presence import WindowPresence

from .appearance import FontScaler, set_high_dpi_policy
from .context import GuiContext
from .demo_progress import DemoProgress
from .exception_hook import install_exception_hook, show_unexpected_error
from .language import WindowLanguage
from .login_dialogs import FirstRunDialog, LoginDialog
from .main_window import MainWindow
from .messages import ErrorText
from .settings import WindowSettings, default_settings_path, load_settings
from .tasks import TaskRunner

log = logging.getLogger(__name__)



def build_window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=program_name(), description="Open the Clinic Dosing Assistant window.")
    add_window_options(parser)
    return parser


def _clock_for(day: date | None) -> Callable[[], datetime]:
    """The wall clock, or the wall-clock time of day on a fixed `day` (local zone)."""
    if day is None:
        return lambda: datetime.now().astimezone()

    def clock() -> datetime:
        now = datetime.now().astimezone()
        return now.replace(year=day.year, month=day.month, day=day.day)

    return clock


def _open_clinic(db_path: Path, clock: Callable[[], datetime]) -> Any:
    from clinic_app.facade import Clinic

    return Clinic.open(db_path, clock=clock)


def ensure_demo(db_path: Path, clock: Callable[[], datetime]) -> Path:
    """The demo clinic at `db_path`, built as of the clock's day when the file does not exist yet,
    with a progress window while the months of fictional clinic days are replayed."""
    if not db_path.exists():
        from clinic_app.facade.demo import build_demo

        log.info("building the demonstration clinic in %s", db_path)
        progress = DemoProgress()
        try:
            build_demo(db_path, today=clock().date(), progress=progress.report)
        finally:
            progress.close()
    return db_path


def sign_in(clinic: Any, db_path: Path, clock: Callable[[], datetime],
            args: argparse.Namespace) -> tuple[Any, Path, Any]:
    """Log in: unattended for a screenshot, otherwise through the first-run or login dialog.

    Returns (clinic, database path, session or None when cancelled). On an empty database the
    first-run dialog may choose the demo clinic instead: the empty database is closed untouched and
    the demo one is opened exactly as `--demo` opens it (built on first use), then signed in to.
    """
    if args.screenshot is not None:
        if not args.user or PASSWORD_ENV not in os.environ:
            raise SystemExit(f"--screenshot needs --user and the password in ${PASSWORD_ENV}")
        return clinic, db_path, clinic.login(args.user, os.environ[PASSWORD_ENV])
    if clinic.needs_first_run():
        dialog = FirstRunDialog(clinic)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return clinic, db_path, None
        if not dialog.demo_chosen:
            return clinic, db_path, dialog.session
        clinic.close()
        db_path = ensure_demo(demo_db_path(), clock)
        clinic = _open_clinic(db_path, clock)
    login = LoginDialog(clinic)
    return clinic, db_path, (login.session if login.exec() == QDialog.DialogCode.Accepted else None)


def build_main_window(clinic: Any, session: Any, db_path: Path, clock: Callable[[], datetime],
                      settings: WindowSettings, settings_path: Path | None,
                      font_scaler: FontScaler | None, language: WindowLanguage | None = None) -> MainWindow:
    """The window over a signed-in session; background work opens its own facade on `db_path`.
    A second window on the same file says so (window_presence); it is not refused."""
    ctx = GuiContext(clinic=clinic, settings=settings, settings_path=settings_path, tasks=TaskRunner(),
                     today=clinic.today, open_clinic=lambda: _open_clinic(db_path, clock), language=language)
    return MainWindow(ctx, session, font_scaler=font_scaler, presence=WindowPresence(db_path))


def identify_application(app: QApplication) -> None:
    """Name the program, and tie its windows to the desktop entry (Wayland app id, taskbar icon)."""
    app.setApplicationName("Clinic Dosing Assistant")
    QGuiApplication.setDesktopFileName(APP_ID)


def run_window(argv: Sequence[str] | None = None) -> int:
    """Open the window (or render a screenshot); returns the process exit code."""
    args = build_window_parser().parse_args(list(argv) if argv is not None else None)
    configure_file_logging()
    set_high_dpi_policy()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    identify_application(app)
    # An unattended screenshot must never wait on a dialog nobody will close: log and carry on.
    install_exception_hook((lambda exc: None) if args.screenshot is not None else show_unexpected_error)

    settings_path = args.settings or default_settings_path()
    settings = load_settings(settings_path)
    if args.larger_text:
        settings.larger_text = True
    font_scaler = FontScaler(app)
    font_scaler.apply(settings)
    language = WindowLanguage(app)
    language.apply(args.language or settings.language)  # before the first dialog shows a word
    db_path: Path = args.db or (demo_db_path() if args.demo else default_db_path())
    clock = _clock_for(args.date)
    if args.demo:
        ensure_demo(db_path, clock)
    try:
        clinic = _open_clinic(db_path, clock)
    except DomainError as exc:  # a damaged, foreign or newer database: say so, never a traceback
        log.error("cannot open %s: %s", db_path, exc)
        if args.screenshot is None:
            QMessageBox.critical(None, app.translate("Launch", "Cannot open the database"),
                                 app.translate("Launch", "{path}: {problem}").format(
                                     path=db_path, problem=ErrorText().describe(exc)))
        return 2
    if args.date is not None and args.screenshot is None and not clinic.has_demo_data:
        # A window that signs "Administered" or records labs dated by a chosen day would forge the
        # clinic's dates and the trail's: --date is for pictures and the fictional demo clinic only.
        log.error("--date refused on %s: not the demo clinic and no --screenshot", db_path)
        sys.stderr.write(f"--date runs the window as if it were another day: only with --screenshot or on the "
                         f"demo clinic (--demo), never on a clinic's own records ({db_path})\n")
        clinic.close()
        return 2
    try:
        clinic, db_path, session = sign_in(clinic, db_path, clock, args)
        if session is None:
            return 0
        window = build_main_window(clinic, session, db_path, clock, settings, settings_path, font_scaler, language)
        window.remember_state = args.screenshot is None
        window.show()
        window.today_view.schedule_refresh()  # filled in the background; the window paints at once
        try:
            if args.screenshot is not None:
                from .screenshot import take_screenshot

                return take_screenshot(app, window, args.view, args.patient, args.screenshot)
            return int(app.exec())
        finally:
            window.close()  # stops the background threads before the interpreter goes
    finally:
        clinic.close()
