"""The window's own file saves (Save PDF, the audit CSV, a screenshot) through clinic_app.files: private
0600 files, never over the database or its files, written to a temporary file and renamed; an
existing file is replaced only when the user confirmed it (Qt's save dialog asks before it returns
an existing file's name)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from clinic_app.domain.errors import DomainError
from clinic_app.files import companions, write_output

from .messages import ErrorText

log = logging.getLogger(__name__)


def protected_files(db_path: Path | None) -> list[Path]:
    """The database and the files kept beside it: never an output."""
    return companions(db_path) if db_path is not None else []


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """The file the user chose to save to (None when cancelled). Qt's dialog asks before it returns
    a file that exists, so a chosen existing file is one the user agreed to replace."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return Path(name) if name else None


class SavedFile(QObject):
    """Writes the outputs of one widget safely; a refusal (the database, a folder, an existing file
    not confirmed, a full disk) is shown in words, without blocking, and kept in `refusal`."""

    def __init__(self, parent: QWidget, protected: Iterable[Path]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._protected = list(protected)
        self.refusal = ""
        self.message: QMessageBox | None = None

    def write(self, path: Path, data: bytes, *, replace: bool, field: str) -> Path | None:
        """Write `data` to `path` (replacing an existing file only when `replace`); the target, or None."""
        try:
            target = write_output(path, data, protected=self._protected, force=replace, field=field)
        except DomainError as exc:
            self.refusal = ErrorText(self).describe(exc)
            log.warning("not saved (%s): %s", field, exc.code)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), self.refusal,
                              QMessageBox.StandardButton.Ok, self._parent)
            box.setObjectName("save_refused")
            self.message = box
            box.open()
            return None
        self.refusal = ""
        log.info("%s saved (%d bytes)", field, len(data))
        return target
