"""What every view needs, handed down through constructors (no global app or window object)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .settings import WindowSettings, save_settings
from .tasks import TaskRunner

if TYPE_CHECKING:
    from clinic_app.facade import Clinic

    from .language import WindowLanguage


@dataclass
class GuiContext:
    """The facade, the settings (and where they are saved), the task runner and the clock.

    `today` is injected so tests (and screenshots of a demo clinic) control the date.
    `open_clinic` opens the database again (after a restore replaced its content); background work
    uses `worker_clinic`.
    """

    clinic: Clinic
    settings: WindowSettings
    settings_path: Path | None
    tasks: TaskRunner
    today: Callable[[], date]
    open_clinic: Callable[[], Clinic]
    language: WindowLanguage | None = field(default=None)  # the translators the window installed

    def worker_clinic(self) -> Clinic:
        """A facade for a background thread: the window's clinic on a connection of its own (an SQLite
        connection belongs to the thread that opened it), without opening the database again."""
        return self.clinic.sibling()

    def save_settings(self) -> None:
        if self.settings_path is not None:
            save_settings(self.settings, self.settings_path)
