"""The program's log file (user log folder), configured once by whichever face starts first.

It is rotated: at 2 MB clinic_app.log becomes clinic_app.log.1 (.1 becomes .2 ...), and at most
five files are kept, so the log never grows past 10 MB. Every file, the first and each one a
rollover starts, is the user's alone (0600) whatever the umask.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import Any

from clinic_app.files import create_private
from clinic_app.paths import user_log_dir

LOG_NAME = "clinic_app.log"
LOG_MAX_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 4  # besides the file being written: five files in all


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    def _open(self) -> Any:
        create_private(Path(self.baseFilename))
        return super()._open()


def configure_file_logging(folder: Path | None = None) -> None:
    """Send INFO and above to clinic_app.log in the user log folder, or `folder` (once per process)."""
    root = logging.getLogger()
    if any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return
    root.setLevel(logging.INFO)
    handler = _PrivateRotatingFileHandler((folder or user_log_dir()) / LOG_NAME, encoding="utf-8",
                                          maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
