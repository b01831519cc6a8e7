"""Fixtures for the store tests: a fresh database with one account per role."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import open_store, patient, populate_users

from clinic_app.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path)
    populate_users(s)
    yield s
    s.close()


@pytest.fixture
def enrolled(store: Store) -> Store:
    store.patients.enrol(patient(), actor="ivan.inv")
    return store
