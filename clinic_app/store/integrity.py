"""Every stored row held to the audit trail, and the workflow's signature rules, checked read-only.

The trail's MACs prove the audit rows themselves; this module proves the clinical rows against
them. Every insert and update audits the whole row (secret columns as their digest) and a
migration that widens rows re-records them, so the LAST audit row of (table, id) is the row's
current content, or "deleted". Anything else was done behind the program's back:

- row_altered: the row differs from its last audit row (`field` names the first differing column);
- row_not_audited: a row the trail never saw (or saw deleted): inserted with an SQLite tool;
- row_missing: the trail says the row exists and it does not: deleted with an SQLite tool;
- signature_content_mismatch: a signature's (row_version, content SHA-256) is not what the
  signed row was, on the trail, when the signature was written;
- snapshot_mismatch: a dose record's snapshot does not hash to its `snapshot_sha256`;
- workflow faults: a preparation, verification, given administration or decision without exactly
  its one signature of the right meaning (an older version's half-done record counts until it is
  voided), a signature of a meaning its record does not take, a dose record whose status has no
  step behind it.

Call `find_faults` on a database whose audit chain verified: it trusts the audit rows.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from clinic_app.store.audit import canonical_json
from clinic_app.store.connection import table_names
from clinic_app.store.migrations import DERIVED_TABLES
from clinic_app.store.models import Fault
from clinic_app.store.writer import audited_value

# Tables the program never writes through the audited path (derived state is held to the records
# by the facade's check instead).
_UNAUDITED = frozenset({"audit_log", "sqlite_sequence", "_sqlite_migrations", *DERIVED_TABLES})

# Which signature meaning a record takes, by table (and, for administrations, by status): a hold
# is signed Held (nurse or investigator), an omission for good Approved by an investigator.
_REQUIRED: dict[str, frozenset[str]] = {
    "preparations": frozenset({"Prepared"}),
    "verifications": frozenset({"Verified"}),
    "decisions": frozenset({"Approved"}),
    "administrations:given": frozenset({"Administered"}),
    "administrations:held": frozenset({"Held", "Approved"}),
    "administrations:omitted": frozenset({"Held", "Approved"}),
}


@dataclass
class _Trail:
    """What the checks need from one pass over the audit rows."""

    last: dict[tuple[str, str], tuple[int, Any]] = field(default_factory=dict)  # -> (seq, new)
    history: dict[tuple[str, str], list[tuple[int, Any]]] = field(default_factory=lambda: defaultdict(list))
    signed_at_seq: dict[int, int] = field(default_factory=dict)  # signature id -> seq of its insert


def _tables(db: Database) -> list[str]:
    return [t for t in table_names(db) if t not in _UNAUDITED]


def _read_trail(db: Database, tables: set[str], signed: set[tuple[str, str]]) -> _Trail:
    trail = _Trail()
    cur = db.execute("SELECT seq, entity, entity_id, new_json FROM audit_log ORDER BY seq")
    for seq, entity, entity_id, new_json in cur:
        if entity not in tables:
            continue
        key = (str(entity), str(entity_id))
        new = None if new_json is None else json.loads(new_json)
        trail.last[key] = (int(seq), new)
        if key in signed:
            trail.history[key].append((int(seq), new))
        if entity == "signatures":
            trail.signed_at_seq.setdefault(int(entity_id), int(seq))
    return trail


def _rows(db: Database, table: str) -> Iterator[dict[str, Any]]:
    cur = db.execute(f"SELECT * FROM {table} ORDER BY rowid")  # noqa: S608 - names from sqlite_master
    names = [c[0] for c in cur.description]
    for values in cur:
        yield dict(zip(names, values))


def _first_difference(stored: dict[str, Any], audited: dict[str, Any]) -> str | None:
    for name in [*stored, *(k for k in audited if k not in stored)]:
        if name not in stored or name not in audited or stored[name] != audited[name]:
            return name
    return None


def _row_faults(db: Database, tables: list[str], trail: _Trail) -> Iterator[Fault]:
    seen: set[tuple[str, str]] = set()
    for table in tables:
        for row in _rows(db, table):
            row_id = row.get("id")
            key = (table, str(row_id))
            seen.add(key)
            found = trail.last.get(key)
            if found is None or found[1] is None:
                yield Fault("records", "row_not_audited", row_id, f"{table} row {row_id} is not on the audit trail",
                            table=table)
                continue
            current = json.loads(canonical_json(audited_value(row)))
            name = _first_difference(current, found[1])
            if name is not None:
                yield Fault("records", "row_altered", row_id,
                            f"{table} row {row_id}: {name} is {current.get(name)!r}, the trail (audit row "
                            f"{found[0]}) says {found[1].get(name)!r}", table=table, field=name)
    for (table, row_id), (seq, new) in trail.last.items():
        if new is not None and (table, row_id) not in seen:
            yield Fault("records", "row_missing", int(row_id),
                        f"{table} row {row_id} is on the audit trail (audit row {seq}) but not in the table",
                        table=table)


def _signature_faults(signatures: list[dict[str, Any]], trail: _Trail) -> Iterator[Fault]:
    for sig in signatures:
        at = trail.signed_at_seq.get(int(sig["id"]))
        key = (str(sig["entity"]), str(sig["entity_id"]))
        before = [new for seq, new in trail.history.get(key, []) if at is not None and seq < at]
        state = before[-1] if before else None
        if state is None or state.get("row_version") != sig["entity_row_version"] or \
                hashlib.sha256(canonical_json(state).encode("utf-8")).hexdigest() != sig["content_sha256"]:
            yield Fault("signatures", "signature_content_mismatch", sig["id"],
                        f"signature {sig['id']} ({sig['meaning']}) does not match {key[0]} row {key[1]} "
                        f"version {sig['entity_row_version']} as the trail recorded it when it was signed",
                        table="signatures", field="content_sha256")


def _snapshot_faults(db: Database) -> Iterator[Fault]:
    for row_id, text, digest in db.execute("SELECT id, snapshot_json, snapshot_sha256 FROM dose_records ORDER BY id"):
        if hashlib.sha256(str(text).encode("utf-8")).hexdigest() != digest:
            yield Fault("records", "snapshot_mismatch", int(row_id),
                        f"dose record {row_id}: the snapshot does not hash to snapshot_sha256",
                        table="dose_records", field="snapshot_json")


def _meanings(db: Database) -> dict[tuple[str, int], list[str]]:
    found: dict[tuple[str, int], list[str]] = defaultdict(list)
    sources = ["SELECT entity, entity_id, meaning FROM signatures"]
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'imported_signatures'").fetchone():
        sources.append("SELECT entity, entity_id, meaning FROM imported_signatures")
    for sql in sources:
        for entity, entity_id, meaning in db.execute(sql):
            found[(str(entity), int(entity_id))].append(str(meaning))
    return found


def _workflow_faults(db: Database) -> Iterator[Fault]:
    meanings = _meanings(db)
    voided = {(str(e), int(i)) for e, i in db.execute("SELECT entity, entity_id FROM voids")}
    records: list[tuple[str, int, str, bool]] = []  # (table, id, rule, voided)
    for table, sql in (
        ("preparations", "SELECT id, dose_record_id FROM preparations"),
        ("verifications", "SELECT id, dose_record_id FROM verifications"),
    ):
        for row_id, dose_id in db.execute(sql):
            records.append((table, int(row_id), table, ("dose_records", int(dose_id)) in voided))
    for row_id, status in db.execute("SELECT id, status FROM administrations"):
        records.append(("administrations", int(row_id), f"administrations:{status}",
                        ("administrations", int(row_id)) in voided))
    for (row_id,) in db.execute("SELECT id FROM decisions"):
        records.append(("decisions", int(row_id), "decisions", ("decisions", int(row_id)) in voided))
    for table, row_id, rule, is_void in sorted(records):
        given = meanings.get((table, row_id), [])
        wanted = _REQUIRED.get(rule, frozenset())
        wrong = [m for m in given if m not in wanted]
        if wrong:
            yield Fault("workflow", "wrong_signature_meaning", row_id,
                        f"{table} row {row_id} carries a {wrong[0]} signature", table=table, field="meaning")
        elif len(given) > 1:
            yield Fault("workflow", "signed_twice", row_id, f"{table} row {row_id} carries {len(given)} signatures",
                        table=table)
        elif not given and rule in _REQUIRED and not is_void:
            yield Fault("workflow", "unsigned_record", row_id,
                        f"{table} row {row_id} has no {'/'.join(sorted(wanted))} signature (void it with a reason)",
                        table=table)
    steps = {"prepared": "preparations", "verified": "verifications"}
    for row_id, status in db.execute("SELECT id, status FROM dose_records ORDER BY id"):
        needed = ["preparations"] if status == "prepared" else list(steps.values()) if status == "verified" else []
        for table in needed:
            if db.execute(f"SELECT 1 FROM {table} WHERE dose_record_id = ?", [row_id]).fetchone() is None:
                yield Fault("workflow", "status_without_step", int(row_id),
                            f"dose record {row_id} is {status} but has no row in {table}",
                            table="dose_records", field="status")


def find_faults(db: Database, *, limit: int = 100, workflow: bool = True) -> list[Fault]:
    """Up to `limit` faults of the rows against the (already verified) audit trail: rows, then
    signatures, snapshots and (with `workflow`) the signature rules."""
    tables = _tables(db)
    signatures = list(_rows(db, "signatures"))
    signed = {(str(s["entity"]), str(s["entity_id"])) for s in signatures}
    trail = _read_trail(db, set(tables), signed)
    found: list[Fault] = []
    sources = [_row_faults(db, tables, trail), _signature_faults(signatures, trail), _snapshot_faults(db)]
    for source in [*sources, *([_workflow_faults(db)] if workflow else [])]:
        for fault in source:
            found.append(fault)
            if len(found) >= limit:
                return found
    return found
