"""Window settings: a versioned pydantic model stored as JSON in the user's config folder.

Only presentation preferences live here (idle-lock minutes, larger text, window geometry);
nothing clinical. An unreadable or newer file falls back to defaults and is logged, so a broken
settings file can never keep the clinic out of the program.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from clinic_app.files import private_dir, write_output
from clinic_app.paths import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
SETTINGS_FILE = "settings.json"


class WindowSettings(BaseModel):
    """What the user may change about the window; stored with `version` for later migrations."""

    model_config = ConfigDict(extra="ignore")

    version: int = SETTINGS_VERSION
    idle_lock_minutes: int = Field(default=5, ge=1, le=60)
    larger_text: bool = False
    font_scale: float = Field(default=1.25, ge=1.0, le=2.0)  # applied only when larger_text is on
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()


def default_settings_path() -> Path:
    """`settings.json` in the per-user config folder (created on demand)."""
    folder = Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / SETTINGS_FILE


def load_settings(path: Path) -> WindowSettings:
    """The settings stored at `path`, or defaults when the file is missing, unreadable or newer."""
    if not path.exists():
        return WindowSettings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        settings = WindowSettings.model_validate(raw)
    except (OSError, ValueError, ValidationError) as exc:
        log.warning("settings file %s unreadable, using defaults: %s", path, exc)
        return WindowSettings()
    if settings.version > SETTINGS_VERSION:
        log.warning("settings file %s written by a newer version (%s), using defaults", path, settings.version)
        return WindowSettings()
    return settings


def save_settings(settings: WindowSettings, path: Path) -> None:
    """Write `settings` to `path` through clinic_app.files: private (0600 in a 0700 folder), a
    temporary file renamed over the previous settings (the program's own file: replaced without asking)."""
    private_dir(path.parent)
    write_output(path, settings.model_dump_json(indent=2).encode("utf-8"), force=True, field="settings")
