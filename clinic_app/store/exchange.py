"""Rows as the exchange format needs them (every record, void and signature, voided and unsigned
ones included), and the write path of an import.

An import is ONE transaction of the importing user (`Store.transaction`): every row is written by
and credited to them (their username in the row's actor column and on the trail); who did the act
at the source is kept in `provenance`, the source's signatures in `imported_signatures`, both
append-only and on the trail. Reading back, `actor` gives the source's actor where there is one,
so an export of imported records names the people the source named.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from clinic_app.store.audit import canonical_json
from clinic_app.store.connection import fetch_all
from clinic_app.store.writer import StoreContext, Writer

# The column naming who did the act, by table.
ACTOR_COLUMN = {
    "cohort_assignments": "assigned_by", "measurements": "recorded_by", "labs": "recorded_by",
    "dose_records": "calculated_by", "preparations": "prepared_by", "verifications": "verified_by",
    "administrations": "recorded_by", "decisions": "decided_by", "visit_completions": "recorded_by",
    "voids": "voided_by", "toxicities": "recorded_by",
}


class Exchange:
    """Reading everything for an export; writing an import's rows, provenance and signatures."""

    def __init__(self, ctx: StoreContext) -> None:
        self._ctx = ctx
        self._sources: dict[tuple[str, int], str] | None = None

    # -- reading ---------------------------------------------------------------------------
    def _source_actors(self) -> dict[tuple[str, int], str]:
        if self._sources is None:
            rows = self._ctx.db.execute("SELECT entity, entity_id, source_actor FROM provenance").fetchall()
            self._sources = {(str(e), int(i)): str(a) for e, i, a in rows}
        return self._sources

    def actor(self, table: str, row: dict[str, Any]) -> str:
        """Who did the act: the source's actor for an imported row, else the row's own."""
        return self._source_actors().get((table, int(row["id"])), str(row[ACTOR_COLUMN[table]]))

    def rows(self, table: str, where: str = "", params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of one of this package's tables in entry order (`where` is a fixed SQL condition)."""
        if table not in ACTOR_COLUMN and table not in ("patients", "point_of_care", "closed_days"):
            raise ValueError(f"not an exchanged table: {table}")
        sql = f"SELECT * FROM {table}" + (f" WHERE {where}" if where else "") + " ORDER BY id"  # noqa: S608
        return fetch_all(self._ctx.db, sql, params or [])

    def signatures(self, entity: str) -> dict[int, list[dict[str, Any]]]:
        """Every signature on rows of `entity` (given here, then imported), by row id, as
        {meaning, signer, printed_name, role, signed_at}."""
        found: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in fetch_all(self._ctx.db, "SELECT s.entity_id, s.meaning, u.username AS signer, s.printed_name,"
                                         " s.role, s.signed_at FROM signatures s JOIN users u ON u.id = s.user_id"
                                         " WHERE s.entity = ? ORDER BY s.id", [entity]):
            found[int(r.pop("entity_id"))].append(r)
        for r in fetch_all(self._ctx.db, "SELECT entity_id, meaning, signer, printed_name, role, signed_at"
                                         " FROM imported_signatures WHERE entity = ? ORDER BY id", [entity]):
            found[int(r.pop("entity_id"))].append(r)
        return found

    def voids(self, entity: str) -> dict[int, dict[str, Any]]:
        """The void of each voided row of `entity`: {reason, voided_at, voided_by (the source's)}."""
        return {int(r["entity_id"]): {"reason": r["reason"], "voided_at": r["voided_at"],
                                      "voided_by": self.actor("voids", r)}
                for r in self.rows("voids", "entity = ?", [entity])}

    # -- writing an import -----------------------------------------------------------------
    def start_import(self, w: Writer, *, source_site: str, document_sha256: str,
                     staff: list[dict[str, str]]) -> int:
        """The import's own row (who, when, from which site, the document's SHA-256, and the
        source's staff identities as data: no account is made for them)."""
        return w.insert("imports", {"imported_at": w.at_utc.isoformat(), "imported_by": w.actor,
                                    "source_site": source_site, "document_sha256": document_sha256,
                                    "staff_json": canonical_json(staff)}, action="import_document")

    def source_staff(self) -> dict[str, dict[str, str]]:
        """Staff identities imported with records, by username (later imports win)."""
        found: dict[str, dict[str, str]] = {}
        for (text,) in self._ctx.db.execute("SELECT staff_json FROM imports ORDER BY id"):
            found.update({str(p["username"]): p for p in json.loads(text)})
        return found

    def add(self, w: Writer, import_id: int, table: str, values: dict[str, Any], *,
            source_actor: str | None = None) -> int:
        """Insert an imported row credited to the importing user; the source's actor kept as data."""
        if table in ACTOR_COLUMN:
            values = {**values, ACTOR_COLUMN[table]: w.actor}
        row_id = w.insert(table, values, action=f"import_{table}")
        if source_actor is not None and source_actor != w.actor:
            w.insert("provenance", {"import_id": import_id, "entity": table, "entity_id": row_id,
                                    "source_actor": source_actor}, action="import_provenance")
        return row_id

    def add_signature(self, w: Writer, import_id: int, entity: str, entity_id: int, signature: dict[str, Any]) -> int:
        """A source signature kept as data on an imported row (it never counts as a signature given here)."""
        return w.insert("imported_signatures", {"import_id": import_id, "entity": entity, "entity_id": entity_id,
                                                **signature}, action="import_signature")
