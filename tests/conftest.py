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

DEMO_TODAY = "2026-11-23"  # a Monday; the demo's "today" in every test that uses it


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo clinic, built once per test session (about 20 s): copy it with `demo_db`."""
    from datetime import date

    from clinic_app.facade.demo import build_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    build_demo(path, today=date.fromisoformat(DEMO_TODAY))
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo clinic (database, audit key and chain head) for one test."""
    import shutil

    target = tmp_path / "demo.sqlite3"
    for part in demo_template.parent.glob(demo_template.name + "*"):
        shutil.copy2(part, target.parent / (target.name + part.name[len(demo_template.name):]))
    return target
