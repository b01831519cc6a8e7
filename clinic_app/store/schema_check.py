"""The file's schema against the one the migrations write (REC-6). Dropping an append-only trigger or
adding one that rewrites rows as they are written leaves every row and the audit chain intact, so
only the schema tells: `verify` names a table, index or trigger that is missing, added or changed."""

from __future__ import annotations

from functools import cache

from sqlite_utils import Database

from clinic_app.store.migrations import KNOWN, applied_names, upgrade
from clinic_app.store.models import Fault

_SCHEMA = ("SELECT type, name, tbl_name, sql FROM sqlite_master "
           "WHERE type IN ('table', 'index', 'trigger') AND name NOT LIKE 'sqlite_%'")


def _schema(db: Database) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, name) -> (table, SQL with its whitespace collapsed)."""
    return {(str(kind), str(name)): (str(table), " ".join(str(sql or "").split()))
            for kind, name, table, sql in db.execute(_SCHEMA).fetchall()}


@cache
def _expected() -> dict[tuple[str, str], tuple[str, str]]:
    """The schema every migration applied in order gives an empty database (once per process)."""
    db = Database(memory=True)
    upgrade(db, None)
    return _schema(db)


def schema_fault(db: Database) -> Fault | None:
    """The first difference between the file's schema and the program's, or None. A file at another
    migration (a backup of an older version) is compared by its migrations, not here."""
    if applied_names(db) != KNOWN:
        return None
    found, expected = _schema(db), _expected()
    for key in sorted(expected.keys() | found.keys()):
        if found.get(key) != expected.get(key):
            kind, name = key
            table = (found.get(key) or expected[key])[0]
            what = "missing" if key not in found else "added" if key not in expected else "changed"
            return Fault("schema", "schema_altered", None, f"{kind} {name} on {table} {what}", table=table)
    return None
