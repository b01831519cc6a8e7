"""Fixtures for the store tests: a fresh database with one account per role."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import open_store, patient, populate_users

from clinic_app.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite3"


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with one account per role, made once per session (schema, users, audit chain)."""
    path = tmp_path_factory.mktemp("store-template") / "clinic.sqlite3"
    s = open_store(path)
    populate_users(s)
    s.close()
    return path


@pytest.fixture
def store(db_path: Path, store_template: Path) -> Iterator[Store]:
    """A private copy of the template (database, audit key and chain head), opened: the same content
    as making it afresh, without the schema and six accounts being written again for every test."""
    for part in store_template.parent.glob(store_template.name + "*"):
        shutil.copy2(part, db_path.parent / (db_path.name + part.name[len(store_template.name):]))
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def enrolled(store: Store) -> Store:
    store.patients.enrol(patient(), actor="ivan.inv")
    return store
