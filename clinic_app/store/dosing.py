"""Dose records (a calculation frozen with its protocol), their preparation and verification,
and what happened at the chair (administrations: given, held or omitted).

A dose record moves calculated -> prepared -> verified; each step is its own row linked to the
record and bumps the record's `row_version`. Who may prepare or verify (and that they differ)
is the facade's rule, not the store's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from clinic_app.domain.records import Administration
from clinic_app.store.audit import canonical_json
from clinic_app.store.connection import fetch_all, fetch_one
from clinic_app.store.errors import InvalidTransition, NotFound, StoreInputError
from clinic_app.store.models import DoseRecord, DoseStatus, Preparation, Stored, Verification
from clinic_app.store.patients import patient_id_of
from clinic_app.store.rows import administration_of, administration_row, require_type
from clinic_app.store.writer import StoreContext, Writer, writing

_SHA256_HEX = frozenset("0123456789abcdef")


def _dose_record_of(r: dict[str, Any]) -> DoseRecord:
    return DoseRecord(
        id=r["id"], row_version=r["row_version"], subject_code=r["subject_code"], drug=r["drug"],
        cycle=r["cycle"], day=r["day"], snapshot_json=r["snapshot_json"], snapshot_sha256=r["snapshot_sha256"],
        protocol_version=r["protocol_version"], protocol_sha256=r["protocol_sha256"],
        status=DoseStatus(r["status"]), calculated_by=r["calculated_by"],
        calculated_at=datetime.fromisoformat(r["calculated_at"]),
    )


_DOSE_SQL = ("SELECT d.*, p.subject_code FROM dose_records d JOIN patients p ON p.id = d.patient_id")


class Dosing:
    """Dose records, preparations, verifications and administrations."""

    def __init__(self, ctx: StoreContext) -> None:
        self._ctx = ctx

    # -- dose records ---------------------------------------------------------------------
    def create_dose_record(
        self, subject_code: str, drug: str, cycle: int, day: int, snapshot: Mapping[str, Any], *,
        protocol_version: str, protocol_sha256: str, actor: str,
    ) -> DoseRecord:
        """Freeze a calculation: `snapshot` (JSON-ready; Decimals become strings) is stored as
        canonical JSON with its SHA-256, the protocol's version and SHA-256 (64 hex digits).

        Raises NotFound (subject, actor), StoreInputError (bad hash, types).
        """
        require_type(snapshot, Mapping, "snapshot")
        require_type(cycle, int, "cycle")
        require_type(day, int, "day")
        digest = protocol_sha256.lower() if isinstance(protocol_sha256, str) else ""
        if len(digest) != 64 or not set(digest) <= _SHA256_HEX:
            raise StoreInputError("invalid_sha256", {"field": "protocol_sha256", "hint": "64 hexadecimal digits"})
        text = canonical_json(dict(snapshot))
        pid = patient_id_of(self._ctx, subject_code)
        with writing(self._ctx, actor) as w:
            row_id = w.insert("dose_records", {
                "patient_id": pid, "drug": drug, "cycle": cycle, "day": day, "snapshot_json": text,
                "snapshot_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "protocol_version": protocol_version, "protocol_sha256": digest,
                "status": DoseStatus.CALCULATED.value, "calculated_by": actor,
                "calculated_at": w.at_utc.isoformat(),
            }, action="calculate_dose")
        return self.dose_record(row_id)

    def dose_record(self, dose_record_id: int) -> DoseRecord:
        """One dose record; NotFound when absent."""
        row = fetch_one(self._ctx.db, _DOSE_SQL + " WHERE d.id = ?", [dose_record_id])
        if row is None:
            raise NotFound("not_found", {"entity": "dose_records", "id": dose_record_id})
        return _dose_record_of(row)

    def dose_records(self, subject_code: str) -> list[DoseRecord]:
        """The patient's dose records, oldest first."""
        pid = patient_id_of(self._ctx, subject_code)
        return [_dose_record_of(r) for r in fetch_all(self._ctx.db, _DOSE_SQL + " WHERE d.patient_id = ?"
                                                       " ORDER BY d.id", [pid])]

    @staticmethod
    def _advance(w: Writer, dose_record_id: int, expected_version: int, current: DoseStatus,
                 wanted: DoseStatus) -> None:
        # Checked inside the write transaction, so no one can move the record in between.
        row = w.row("dose_records", dose_record_id)
        if row is None:
            raise NotFound("not_found", {"entity": "dose_records", "id": dose_record_id})
        if row["status"] != current.value:
            raise InvalidTransition("invalid_transition", {
                "entity": "dose_records", "id": dose_record_id, "current": row["status"], "wanted": wanted.value})
        w.update("dose_records", dose_record_id, expected_version, {"status": wanted.value},
                 action=f"dose_{wanted.value}")

    def record_preparation(
        self, dose_record_id: int, expected_version: int, *, actor: str, details: Mapping[str, Any]
    ) -> Preparation:
        """Mark a calculated dose record prepared by `actor`, with `details` (vials, bag, expiry...).

        Raises InvalidTransition (not in status calculated), ConcurrencyConflict, NotFound.
        """
        require_type(details, Mapping, "details")
        with writing(self._ctx, actor) as w:
            self._advance(w, dose_record_id, expected_version, DoseStatus.CALCULATED, DoseStatus.PREPARED)
            w.insert("preparations", {"dose_record_id": dose_record_id, "prepared_by": actor,
                                      "prepared_at": w.at_utc.isoformat(),
                                      "details_json": canonical_json(dict(details))}, action="prepare_dose")
        found = self.preparation(dose_record_id)
        assert found is not None  # written just above
        return found

    def record_verification(self, dose_record_id: int, expected_version: int, *, actor: str,
                            note: str = "") -> Verification:
        """Mark a prepared dose record verified by `actor`.

        Raises InvalidTransition (not in status prepared), ConcurrencyConflict, NotFound.
        """
        with writing(self._ctx, actor) as w:
            self._advance(w, dose_record_id, expected_version, DoseStatus.PREPARED, DoseStatus.VERIFIED)
            w.insert("verifications", {"dose_record_id": dose_record_id, "verified_by": actor,
                                       "verified_at": w.at_utc.isoformat(), "note": note}, action="verify_dose")
        found = self.verification(dose_record_id)
        assert found is not None  # written just above
        return found

    def preparation(self, dose_record_id: int) -> Preparation | None:
        """The preparation of a dose record, if any."""
        r = fetch_one(self._ctx.db, "SELECT * FROM preparations WHERE dose_record_id = ?", [dose_record_id])
        return None if r is None else Preparation(
            id=r["id"], row_version=r["row_version"], dose_record_id=r["dose_record_id"],
            prepared_by=r["prepared_by"], prepared_at=datetime.fromisoformat(r["prepared_at"]),
            details=json.loads(r["details_json"]))

    def verification(self, dose_record_id: int) -> Verification | None:
        """The verification of a dose record, if any."""
        r = fetch_one(self._ctx.db, "SELECT * FROM verifications WHERE dose_record_id = ?", [dose_record_id])
        return None if r is None else Verification(
            id=r["id"], row_version=r["row_version"], dose_record_id=r["dose_record_id"],
            verified_by=r["verified_by"], verified_at=datetime.fromisoformat(r["verified_at"]), note=r["note"])

    # -- administrations ------------------------------------------------------------------
    def record_administration(self, administration: Administration, *,
                              dose_record_id: int | None = None) -> Stored[Administration]:
        """Record a given (dose, times, tolerance), held or omitted (coded reason) dose.

        The actor is `administration.recorded_by`. Raises DuplicateRecord (that drug already
        given in that cycle/day slot), StoreInputError (given without a dose, held without a
        reason...), NotFound (subject, actor or dose record unknown).
        """
        require_type(administration, Administration, "administration")
        pid = patient_id_of(self._ctx, administration.subject_code)
        with writing(self._ctx, administration.recorded_by) as w:
            row_id = w.insert("administrations", administration_row(administration, pid, dose_record_id),
                              action=f"record_{administration.status.value}")
        return Stored(row_id, 1, administration)

    def correct_administration(self, administration_id: int, expected_version: int, administration: Administration,
                               *, actor: str, reason: str) -> Stored[Administration]:
        """Replace a recorded administration (a correction, with a reason) if still at
        `expected_version`. Raises ConcurrencyConflict, NotFound, DuplicateRecord, StoreInputError."""
        require_type(administration, Administration, "administration")
        if not isinstance(reason, str) or not reason.strip():
            raise StoreInputError("reason_required", {"field": "reason"})
        pid = patient_id_of(self._ctx, administration.subject_code)
        current = fetch_one(self._ctx.db, "SELECT * FROM administrations WHERE id = ?", [administration_id])
        if current is None or current["patient_id"] != pid:
            raise NotFound("not_found", {"entity": "administrations", "id": administration_id})
        row = administration_row(administration, pid, current["dose_record_id"])
        with writing(self._ctx, actor) as w:
            version = w.update("administrations", administration_id, expected_version, row,
                               action="correct_administration", reason=reason)
        return Stored(administration_id, version, administration)

    def administrations(self, subject_code: str) -> list[Stored[Administration]]:
        """The patient's administrations in date order."""
        pid = patient_id_of(self._ctx, subject_code)
        rows = fetch_all(self._ctx.db, "SELECT * FROM administrations WHERE patient_id = ?"
                                       " ORDER BY given_on, id", [pid])
        return [Stored(r["id"], r["row_version"], administration_of(subject_code, r)) for r in rows]
