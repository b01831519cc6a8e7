"""The connection's durability settings and the single write helper."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from clinic_app.store import connect, write_transaction


def test_every_connection_is_durable(tmp_path: Path) -> None:
    db = connect(tmp_path / "c.sqlite3")
    pragma = {name: db.execute(f"PRAGMA {name}").fetchone()[0]
              for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")}
    assert pragma == {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "busy_timeout": 15000}
    db.close()


def test_write_transaction_rolls_back_everything_on_error(tmp_path: Path) -> None:
    db = connect(tmp_path / "c.sqlite3")
    db.execute("CREATE TABLE t (x INTEGER NOT NULL)")
    with pytest.raises(sqlite3.IntegrityError):
        with write_transaction(db):
            db.table("t").insert({"x": 1})  # a sqlite-utils write joins the open transaction
            db.execute("INSERT INTO t VALUES (NULL)")
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    with write_transaction(db):
        db.table("t").insert({"x": 2})
    assert db.execute("SELECT x FROM t").fetchall() == [(2,)]
    with pytest.raises(RuntimeError):
        with write_transaction(db):
            with write_transaction(db):
                pass
    db.close()


def test_a_second_writer_waits_for_the_first_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    first = connect(path)
    first.execute("CREATE TABLE t (x INTEGER)")
    done: list[float] = []

    def second_writer() -> None:
        other = connect(path)
        with write_transaction(other):  # reads then writes: needs BEGIN IMMEDIATE to wait properly
            n = other.execute("SELECT count(*) FROM t").fetchone()[0]
            other.execute("INSERT INTO t VALUES (?)", [n + 10])
        done.append(time.monotonic())
        other.close()

    with write_transaction(first):
        first.execute("INSERT INTO t VALUES (1)")
        thread = threading.Thread(target=second_writer)
        thread.start()
        time.sleep(0.3)
        released = time.monotonic()
    thread.join(timeout=20)
    assert done and done[0] >= released
    assert first.execute("SELECT x FROM t ORDER BY rowid").fetchall() == [(1,), (11,)]
    first.close()
