"""Compiles the window's translations (.ts -> .qm, pyside6-lrelease) before setuptools lists the
data files of pyproject.toml, so a wheel built from a fresh checkout carries them (LANG-1)."""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup


def _release_translations() -> None:
    for ts in sorted(Path("resources/translations").glob("clinic_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        beside = Path(sys.executable).parent / "pyside6-lrelease"
        tool = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
        if tool is None:
            sys.exit(f"{qm} is missing or stale and pyside6-lrelease is not available: "
                     "run `python packaging/translations.py release` (PySide6-Essentials) first")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


_release_translations()
setup()
