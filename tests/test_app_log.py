"""The program's log (clinic_app/app_log.py) rotates instead of growing forever, and every file of
it, rotated ones included, is private whatever the umask."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from clinic_app.app_log import configure_file_logging


def test_the_log_rotates_at_five_files_of_two_megabytes_each_private(tmp_path: Path) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    # pytest keeps a FileHandler of its own on the root logger, which configure_file_logging
    # would take for an earlier call of its own: set it aside for the test.
    for handler in handlers:
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
    umask = os.umask(0o022)  # a usual umask: without care each new file would be 0644
    try:
        configure_file_logging(tmp_path)
        added = [h for h in root.handlers if h not in handlers]
        assert len(added) == 1 and isinstance(added[0], RotatingFileHandler)
        configure_file_logging(tmp_path)
        assert [h for h in root.handlers if h not in handlers] == added, "once per process"
        log = logging.getLogger("clinic_app.rotation_test")
        line = "x" * 10_000
        for n in range(1_300):  # 13 MB: more than the five files hold
            log.info("record %d %s", n, line)
        added[0].flush()
        names = sorted(p.name for p in tmp_path.iterdir())
        assert names == ["clinic_app.log"] + [f"clinic_app.log.{i}" for i in range(1, 5)]
        assert all((tmp_path / name).stat().st_size <= 2 * 1024 * 1024 for name in names)
        assert {oct((tmp_path / name).stat().st_mode & 0o777) for name in names} == {"0o600"}, "private, all five"
        assert "record 1299 " in (tmp_path / "clinic_app.log").read_text(encoding="utf-8")
        assert "record 0 " not in "".join((tmp_path / name).read_text(encoding="utf-8") for name in names)
    finally:
        os.umask(umask)
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        for handler in handlers:
            if handler not in root.handlers:
                root.addHandler(handler)
        root.setLevel(level)
