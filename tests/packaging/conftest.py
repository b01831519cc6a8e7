"""Shared paths for the packaging tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
APP_NAME = "clinic-dosing-assistant"  # distribution, console script, frozen folder and executable
APP_ID = "org.clinicdosing.ClinicDosingAssistant"  # desktop entry, metainfo, icon, desktopFileName


def resource_digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder`, keyed by its path relative to `folder` (POSIX form)."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}
