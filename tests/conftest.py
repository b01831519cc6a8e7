"""Test set-up shared by every test.

Qt must be told to draw offscreen *before* it is imported, otherwise a machine without a display
aborts the whole run (exit 134) instead of failing a test.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTEST_QT_API", "pyside6")

import shutil  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import demo_build  # noqa: E402 - tests/ is on sys.path (this conftest's folder)
import pytest  # noqa: E402
import suite_profile  # noqa: E402
from hypothesis import settings  # noqa: E402

from clinic_app.domain.protocol import Protocol, load_protocol  # noqa: E402
from clinic_app.paths import default_protocol_path  # noqa: E402

# Examples per property test without its own count: Hypothesis' 100 by default, 1,000 when thorough.
settings.register_profile("default", deadline=None, max_examples=100)
settings.register_profile("thorough", deadline=None, max_examples=1000)
settings.load_profile(suite_profile.NAME)

DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def protocol() -> Protocol:
    """The shipped trial protocol."""
    return load_protocol(default_protocol_path())


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA_DIR

DEMO_TODAY = "2026-11-23"  # a Monday; the demo's "today" in every test that uses it


_owned_demo_folder: list[str] = []  # the folder this process made (the main one, not a worker)


def pytest_configure(config: pytest.Config) -> None:
    """Name the folder of this session's demo build; pytest-xdist workers inherit the name."""
    if demo_build.FOLDER_ENV not in os.environ:
        _owned_demo_folder.append(tempfile.mkdtemp(prefix="clinic-test-demo-"))
        os.environ[demo_build.FOLDER_ENV] = _owned_demo_folder[0]


def pytest_unconfigure(config: pytest.Config) -> None:
    while _owned_demo_folder:
        shutil.rmtree(_owned_demo_folder.pop(), ignore_errors=True)
        os.environ.pop(demo_build.FOLDER_ENV, None)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests needing the demo go last and its build starts now, beside the other tests."""
    needs = [item for item in items if "demo_template" in getattr(item, "fixturenames", ())]
    if needs and not config.option.collectonly:
        demo_build.start(Path(os.environ[demo_build.FOLDER_ENV]), DEMO_TODAY)
        later = {id(item) for item in needs}
        items[:] = [item for item in items if id(item) not in later] + needs


@pytest.fixture(scope="session")
def demo_template() -> Path:
    """The demo clinic, built once per test session by the real `build_demo` in a background process
    (7-25 s; tests/demo_build.py), shared by pytest-xdist's workers: copy it with `demo_db`."""
    return demo_build.wait(Path(os.environ[demo_build.FOLDER_ENV]), DEMO_TODAY)


def copy_demo(template: Path, target: Path) -> Path:
    """Copy the demo clinic's database, audit key and chain head to `target` (and its siblings)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for part in template.parent.glob(template.name + "*"):
        shutil.copy2(part, target.parent / (target.name + part.name[len(template.name):]))
    return target


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo clinic (database, audit key and chain head) for one test."""
    return copy_demo(demo_template, tmp_path / "demo.sqlite3")


@pytest.fixture
def demo_builder(demo_template: Path) -> Iterator[list[tuple[Path, date]]]:
    """For code that builds the demo on first use: while this fixture is active,
    `clinic_app.facade.demo.build_demo` records each call and writes a copy of this session's demo
    clinic (which the real `build_demo` made as of DEMO_TODAY). Like the real one it refuses an
    existing file; it refuses any day but DEMO_TODAY."""
    calls: list[tuple[Path, date]] = []

    def build(db_path: Path, *, today: date, progress: object = None) -> None:
        if db_path.exists():
            raise FileExistsError(str(db_path))
        assert today == date.fromisoformat(DEMO_TODAY), f"the session's demo clinic is as of {DEMO_TODAY}"
        calls.append((db_path, today))
        copy_demo(demo_template, db_path)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("clinic_app.facade.demo.build_demo", build)
        yield calls
