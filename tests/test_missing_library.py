"""A machine without a library the window needs (here libGL, replaced by an empty file the loader
rejects) gets one clear message and a log line, never a traceback; the command line still works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_LIBRARY_PATH is how the loader is fooled")
def test_no_libgl_is_one_message_and_a_log_line(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "libGL.so.1").write_bytes(b"")
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path / "lib"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.run([sys.executable, "-m", "clinic_app", "--demo"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert window.returncode == 3 and "Traceback" not in window.stderr
    assert window.stderr.startswith("The window cannot start: a system library is missing (")
    assert "apt-get install libgl1 libegl1 libfontconfig1" in window.stderr
    in_french = subprocess.run([sys.executable, "-m", "clinic_app", "--demo"], capture_output=True, text=True,
                               env={**env, "LANGUAGE": "fr_FR"}, timeout=60)
    assert in_french.returncode == 3 and in_french.stderr.startswith("La fenêtre ne peut pas démarrer")
    assert "apt-get install libgl1 libegl1 libfontconfig1" in in_french.stderr
    logs = list((tmp_path / "state").rglob("clinic_app.log"))
    assert logs and "a system library is missing" in logs[0].read_text(encoding="utf-8")
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").rglob("*.sqlite3"))
    cli = subprocess.run([sys.executable, "-m", "clinic_app", "dose", "--height-cm", "170", "--weight-kg", "70"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert cli.returncode == 0 and "146 mg" in cli.stdout
