"""The program's log file (user log folder), configured once by whichever face starts first."""

from __future__ import annotations

import logging

from clinic_app.files import create_private
from clinic_app.paths import user_log_dir

LOG_NAME = "clinic_app.log"


def configure_file_logging() -> None:
    """Send INFO and above to clinic_app.log in the user log folder (once per process)."""
    root = logging.getLogger()
    if any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return
    root.setLevel(logging.INFO)
    path = user_log_dir() / LOG_NAME
    create_private(path)  # the log is the user's alone, whatever the umask
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
