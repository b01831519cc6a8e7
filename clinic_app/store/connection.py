"""Opening the database file with durable settings, and the ONE way to write: `write_transaction`.

Why `BEGIN IMMEDIATE`: a deferred `BEGIN` that reads and then writes fails at once with
"database is locked" when another process writes meanwhile (the busy timeout does not apply to
the lock upgrade). `BEGIN IMMEDIATE` takes the write lock first and waits up to the busy timeout.
sqlite-utils' own `db.atomic()` issues a deferred `BEGIN` (4.2), so we open the transaction
ourselves; sqlite-utils calls made inside it join it (they use savepoints when a transaction is
open).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlite_utils import Database

from clinic_app.files import companions, create_private, make_private, private_dir
from clinic_app.store.errors import DatabaseBusy, DatabaseFault, StoreInputError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000


def connect(path: Path | str, *, read_only: bool = False) -> Database:
    """Open (or, unless `read_only`, create) the database file at `path` with the durable settings.

    foreign_keys=ON, journal_mode=WAL, synchronous=FULL (with WAL, what survives power loss),
    busy_timeout 15 s. The driver runs in autocommit mode (isolation_level=None) so that only
    `write_transaction` opens transactions. A file created here is 0600 before SQLite opens it
    (its WAL and SHM files take the main file's mode); an existing one loses group and other
    permissions. `read_only` opens with SQLite's mode=ro: nothing is created or changed.
    Raises StoreInputError (a folder), sqlite3.Error (not a database).
    """
    path = Path(path)
    if path.is_dir():
        raise StoreInputError("database_is_a_folder", {"field": "db", "path": str(path),
                                                        "hint": "name the database file, not its folder"})
    if read_only:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        return Database(conn)
    if not path.exists():
        private_dir(path.parent)
        create_private(path)
    for part in companions(path)[:4]:
        make_private(part)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.warning("journal_mode is %s, not wal, for %s", mode, path)
    conn.execute("PRAGMA synchronous=FULL")
    return Database(conn)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Run the block as one `BEGIN IMMEDIATE` ... `COMMIT` transaction; ROLLBACK on any exception.

    Waits up to the busy timeout for another writer; raises sqlite3.OperationalError
    ("database is locked") after that. Nesting is refused (a RuntimeError): one use case, one
    transaction.
    """
    conn = db.conn
    if conn.in_transaction:
        raise RuntimeError("write_transaction does not nest")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusy("database_busy", {"waited_ms": current_busy_timeout(db)}) from exc
        raise
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def current_busy_timeout(db: Database) -> int:
    """The connection's busy timeout in milliseconds."""
    return int(db.execute("PRAGMA busy_timeout").fetchone()[0])


@contextmanager
def busy_timeout(db: Database, milliseconds: int) -> Iterator[None]:
    """Wait at most `milliseconds` for the write lock inside the block (then DatabaseBusy)."""
    before = current_busy_timeout(db)
    db.execute(f"PRAGMA busy_timeout={int(milliseconds)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA busy_timeout={before}")


@contextmanager
def unreadable_as_fault(path: Path | str) -> Iterator[None]:
    """Turn "file is not a database" / "malformed" / undecodable text into a typed DatabaseFault."""
    try:
        yield
    except UnicodeDecodeError as exc:
        raise DatabaseFault("unreadable_database", {"check": "integrity", "path": str(path),
                                                    "reason": str(exc)}) from exc
    except sqlite3.DatabaseError as exc:
        if type(exc) is not sqlite3.DatabaseError:  # locked, constraint... are not damage
            raise
        raise DatabaseFault("unreadable_database", {"check": "integrity", "path": str(path),
                                                    "reason": str(exc)}) from exc


def integrity_problems(db: Database) -> list[str]:
    """`PRAGMA integrity_check` messages; an empty list means the file is sound."""
    rows = db.execute("PRAGMA integrity_check").fetchall()
    messages = [str(r[0]) for r in rows]
    return [] if messages == ["ok"] else messages


def foreign_key_problems(db: Database) -> list[tuple[str, int, str]]:
    """`PRAGMA foreign_key_check` as (table, rowid, parent table) triples; empty when consistent."""
    return [(str(r[0]), int(r[1]), str(r[2])) for r in db.execute("PRAGMA foreign_key_check").fetchall()]


def fetch_all(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Rows of a query as dicts (column name -> value)."""
    cur = db.execute(sql, list(params))
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def fetch_one(db: Database, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    """The first row of a query as a dict, or None."""
    found = fetch_all(db, sql, params)
    return found[0] if found else None


def table_names(db: Database) -> list[str]:
    """Names of the file's own tables (SQLite's internal ones left out), sorted."""
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                      " ORDER BY name").fetchall()
    return [str(r[0]) for r in rows]
