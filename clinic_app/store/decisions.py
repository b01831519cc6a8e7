"""Investigator decisions (per patient or trial-wide) and completed protocol visits."""

from __future__ import annotations

from clinic_app.domain.records import Decision, DecisionKind, VisitCompletion
from clinic_app.store.connection import fetch_all
from clinic_app.store.errors import StoreInputError
from clinic_app.store.models import Stored
from clinic_app.store.patients import patient_id_of
from clinic_app.store.rows import decision_of, decision_row, require_type, visit_of, visit_row
from clinic_app.store.writer import StoreContext, Writer, joined

# Signed here, or (an imported decision) signed at the source and kept as data.
_SIGNED = ("(EXISTS (SELECT 1 FROM signatures s WHERE s.entity = 'decisions' AND s.entity_id = d.id"
           " AND s.meaning = 'Approved') OR EXISTS (SELECT 1 FROM imported_signatures s"
           " WHERE s.entity = 'decisions' AND s.entity_id = d.id AND s.meaning = 'Approved'))")
_VOIDED = "EXISTS (SELECT 1 FROM voids v WHERE v.entity = 'decisions' AND v.entity_id = d.id)"
_IN_FORCE = f" AND {_SIGNED} AND NOT {_VOIDED}"


class Decisions:
    """Decisions and visit completions; each write audited with its author as actor."""

    def __init__(self, ctx: StoreContext) -> None:
        self._ctx = ctx

    def record_decision(self, w: Writer, decision: Decision) -> int:
        """Store a decision (the writer's actor must be `decision.decided_by`; the caller signs it
        "Approved" in the same transaction); returns its id. A None subject_code makes it
        trial-wide (e.g. cohort safety). Raises NotFound (subject), StoreInputError."""
        require_type(decision, Decision, "decision")
        if decision.decided_by != w.actor:
            raise StoreInputError("actor_mismatch", {"field": "decided_by", "text": decision.decided_by})
        pid = None if decision.subject_code is None else patient_id_of(self._ctx, decision.subject_code)
        return w.insert("decisions", decision_row(decision, pid), action=f"decide_{decision.kind.value}",
                        reason=decision.reason)

    def decisions(self, subject_code: str) -> list[Stored[Decision]]:
        """The patient's decisions in force, in the order they were made: only signed ones (an
        unsigned decision left by an older version never takes effect) and none voided."""
        pid = patient_id_of(self._ctx, subject_code)
        rows = fetch_all(self._ctx.db, "SELECT * FROM decisions d WHERE patient_id = ?" + _IN_FORCE
                         + " ORDER BY decided_at, id", [pid])
        return [Stored(r["id"], r["row_version"], decision_of(subject_code, r)) for r in rows]

    def unsigned(self) -> list[Stored[Decision]]:
        """Decisions an older version left without their signature (and not voided): they take no
        effect and can be voided with a reason."""
        rows = fetch_all(self._ctx.db, "SELECT d.*, p.subject_code FROM decisions d LEFT JOIN patients p"
                                       " ON p.id = d.patient_id WHERE NOT " + _SIGNED + " AND NOT " + _VOIDED
                                       + " ORDER BY d.id")
        return [Stored(r["id"], r["row_version"], decision_of(r["subject_code"], r)) for r in rows]

    def trial_decisions(self, kind: DecisionKind | None = None) -> list[Stored[Decision]]:
        """Trial-wide decisions in force (no patient, signed, not voided), optionally of one kind, oldest first."""
        sql, params = "SELECT * FROM decisions d WHERE patient_id IS NULL" + _IN_FORCE, []
        if kind is not None:
            sql += " AND kind = ?"
            params.append(DecisionKind(kind).value)
        rows = fetch_all(self._ctx.db, sql + " ORDER BY decided_at, id", params)
        return [Stored(r["id"], r["row_version"], decision_of(None, r)) for r in rows]

    def record_visit(self, visit: VisitCompletion, *, w: Writer | None = None) -> Stored[VisitCompletion]:
        """Mark a protocol visit done on a date (actor: `visit.recorded_by`; in `w` when given).

        Raises DuplicateRecord when that visit is already recorded for the patient.
        """
        require_type(visit, VisitCompletion, "visit")
        pid = patient_id_of(self._ctx, visit.subject_code)
        with joined(self._ctx, w, visit.recorded_by) as tx:
            row_id = tx.insert("visit_completions", visit_row(visit, pid), action="record_visit")
        return Stored(row_id, 1, visit)

    def visits(self, subject_code: str) -> list[Stored[VisitCompletion]]:
        """The patient's completed visits, by date."""
        pid = patient_id_of(self._ctx, subject_code)
        rows = fetch_all(self._ctx.db, "SELECT * FROM visit_completions WHERE patient_id = ? ORDER BY done_on, id",
                         [pid])
        return [Stored(r["id"], r["row_version"], visit_of(subject_code, r)) for r in rows]
