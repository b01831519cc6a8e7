"""Investigator decisions (per patient or trial-wide) and completed protocol visits."""

from __future__ import annotations

from clinic_app.domain.records import Decision, DecisionKind, VisitCompletion
from clinic_app.store.connection import fetch_all
from clinic_app.store.models import Stored
from clinic_app.store.patients import patient_id_of
from clinic_app.store.rows import decision_of, decision_row, require_type, visit_of, visit_row
from clinic_app.store.writer import StoreContext, writing


class Decisions:
    """Decisions and visit completions; each write audited with its author as actor."""

    def __init__(self, ctx: StoreContext) -> None:
        self._ctx = ctx

    def record_decision(self, decision: Decision) -> Stored[Decision]:
        """Store a decision (actor: `decision.decided_by`). A None subject_code makes it
        trial-wide (e.g. cohort safety). Raises NotFound (subject or user), StoreInputError."""
        require_type(decision, Decision, "decision")
        pid = None if decision.subject_code is None else patient_id_of(self._ctx, decision.subject_code)
        with writing(self._ctx, decision.decided_by) as w:
            row_id = w.insert("decisions", decision_row(decision, pid), action=f"decide_{decision.kind.value}",
                              reason=decision.reason)
        return Stored(row_id, 1, decision)

    def decisions(self, subject_code: str) -> list[Stored[Decision]]:
        """The patient's decisions, in the order they were made."""
        pid = patient_id_of(self._ctx, subject_code)
        rows = fetch_all(self._ctx.db, "SELECT * FROM decisions WHERE patient_id = ? ORDER BY decided_at, id", [pid])
        return [Stored(r["id"], r["row_version"], decision_of(subject_code, r)) for r in rows]

    def trial_decisions(self, kind: DecisionKind | None = None) -> list[Stored[Decision]]:
        """Trial-wide decisions (no patient), optionally of one kind, oldest first."""
        sql, params = "SELECT * FROM decisions WHERE patient_id IS NULL", []
        if kind is not None:
            sql += " AND kind = ?"
            params.append(DecisionKind(kind).value)
        rows = fetch_all(self._ctx.db, sql + " ORDER BY decided_at, id", params)
        return [Stored(r["id"], r["row_version"], decision_of(None, r)) for r in rows]

    def record_visit(self, visit: VisitCompletion) -> Stored[VisitCompletion]:
        """Mark a protocol visit done on a date (actor: `visit.recorded_by`).

        Raises DuplicateRecord when that visit is already recorded for the patient.
        """
        require_type(visit, VisitCompletion, "visit")
        pid = patient_id_of(self._ctx, visit.subject_code)
        with writing(self._ctx, visit.recorded_by) as w:
            row_id = w.insert("visit_completions", visit_row(visit, pid), action="record_visit")
        return Stored(row_id, 1, visit)

    def visits(self, subject_code: str) -> list[Stored[VisitCompletion]]:
        """The patient's completed visits, by date."""
        pid = patient_id_of(self._ctx, subject_code)
        rows = fetch_all(self._ctx.db, "SELECT * FROM visit_completions WHERE patient_id = ? ORDER BY done_on, id",
                         [pid])
        return [Stored(r["id"], r["row_version"], visit_of(subject_code, r)) for r in rows]
