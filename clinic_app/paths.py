"""Where things live: bundled resources, the user's data folder, logs and backups.

Resources sit outside the package (top-level `resources/`); one function finds them whether the
program runs from the source tree, an installed wheel (shared-data under sys.prefix) or a frozen
PyInstaller folder (sys._MEIPASS).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from clinic_app.files import private_dir

APP_NAME = "ClinicDosingAssistant"
APP_AUTHOR = "ClinicDosing"
# Reverse-DNS application id: the desktop entry's and the AppStream metainfo's file name, the icon
# name, and QGuiApplication.desktopFileName().
APP_ID = "org.clinicdosing.ClinicDosingAssistant"
_RESOURCES_ENV = "CLINIC_APP_RESOURCES"


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get(_RESOURCES_ENV)
    if override:
        found.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "resources")
    found.append(Path(__file__).resolve().parent.parent / "resources")  # source tree / editable
    found.append(Path(sys.prefix) / "share" / "clinic-dosing-assistant" / "resources")  # wheel
    return found


def resources_dir() -> Path:
    """The bundled `resources/` folder; raises FileNotFoundError naming every place looked at."""
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / "protocols").is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"resources folder not found (looked in: {looked})")


def resource(*parts: str) -> Path:
    """A file inside `resources/`, e.g. resource("fonts", "DejaVuSans.ttf")."""
    return resources_dir().joinpath(*parts)


def default_protocol_path() -> Path:
    """The trial's protocol file shipped with the program."""
    return resource("protocols", "imp321-paclitaxel-mbc.toml")


def program_name() -> str:
    """How the user starts the program, for usage and --version lines: the executable's own name in
    a frozen app (clinic-dosing-assistant, clinic-dosing-assistant-cli.exe), else `python -m clinic_app`."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).name
    return "python -m clinic_app"


def user_data_dir() -> Path:
    """Per-user data folder (database, audit key, settings); created on demand (0700)."""
    return private_dir(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))


def default_db_path() -> Path:
    """The default local database file (nothing is created here: a read-only command creates nothing;
    the folder is made, private, when the database is)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "clinic.sqlite3"


def demo_db_path() -> Path:
    """Where the fictional demo clinic lives: beside the real database, never in it."""
    return user_data_dir() / "demo.sqlite3"


def user_log_dir() -> Path:
    """Log folder; created on demand (0700)."""
    return private_dir(Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)))
