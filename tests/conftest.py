"""Test set-up shared by every test.

Qt must be told to draw offscreen *before* it is imported, otherwise a machine without a display
aborts the whole run (exit 134) instead of failing a test.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTEST_QT_API", "pyside6")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from clinic_app.domain.protocol import Protocol, load_protocol  # noqa: E402
from clinic_app.paths import default_protocol_path  # noqa: E402

settings.register_profile("default", deadline=None)
settings.load_profile("default")

DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def protocol() -> Protocol:
    """The shipped trial protocol."""
    return load_protocol(default_protocol_path())


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA_DIR
