"""Dose records (a calculation frozen with its protocol), their preparation and verification,
voids, and what happened at the chair (administrations: given, held or omitted).

A dose record moves calculated -> prepared -> verified; each step is its own row linked to the
record and bumps the record's `row_version`. Any record may be voided (a row in `voids`) and is
then dead: read back with status VOID. Preparation, verification and administration are signed
acts: the caller opens the transaction with a `Signer` (`Store.transaction`), writes the row here
and signs it with `Writer.sign` before the transaction commits. Who may prepare or verify (and
that they differ) is the facade's rule, not the store's.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from clinic_app.domain.dose_records import DoseRecordState, DoseSnapshot
from clinic_app.domain.preparation import PreparationPlan
from clinic_app.domain.records import Administration, Signature, SignatureMeaning
from clinic_app.store.audit import canonical_json
from clinic_app.store.connection import fetch_all, fetch_one
from clinic_app.store.errors import InvalidTransition, NotFound, StoreInputError
from clinic_app.store.models import DoseRecord, DoseStatus, Preparation, Stored, Verification, VoidRecord
from clinic_app.store.patients import patient_id_of
from clinic_app.store.rows import administration_of, administration_row, require_type
from clinic_app.store.signatures import signature_of
from clinic_app.store.writer import StoreContext, Writer, writing

_SHA256_HEX = frozenset("0123456789abcdef")

# The signature each pharmacy step must carry before it counts (older versions wrote the
# signature in a second transaction; a row without it is "unsigned" and can only be voided).
_STEP_MEANING = {"preparations": SignatureMeaning.PREPARED, "verifications": SignatureMeaning.VERIFIED}

_DOSE_SQL = (
    "SELECT d.*, p.subject_code, v.reason AS void_reason, v.voided_at, v.voided_by,"
    " pr.id AS preparation_id, vf.id AS verification_id,"
    " EXISTS (SELECT 1 FROM signatures s WHERE s.entity = 'preparations' AND s.entity_id = pr.id"
    "         AND s.meaning = 'Prepared' UNION ALL SELECT 1 FROM imported_signatures s"
    "         WHERE s.entity = 'preparations' AND s.entity_id = pr.id AND s.meaning = 'Prepared')"
    "     AS preparation_signed,"
    " EXISTS (SELECT 1 FROM signatures s WHERE s.entity = 'verifications' AND s.entity_id = vf.id"
    "         AND s.meaning = 'Verified' UNION ALL SELECT 1 FROM imported_signatures s"
    "         WHERE s.entity = 'verifications' AND s.entity_id = vf.id AND s.meaning = 'Verified')"
    "     AS verification_signed"
    " FROM dose_records d JOIN patients p ON p.id = d.patient_id"
    " LEFT JOIN voids v ON v.entity = 'dose_records' AND v.entity_id = d.id"
    " LEFT JOIN preparations pr ON pr.dose_record_id = d.id"
    " LEFT JOIN verifications vf ON vf.dose_record_id = d.id"
)


def _dose_record_of(r: dict[str, Any]) -> DoseRecord:
    unsigned = tuple(step for step, row_id, signed in (
        ("preparation", r["preparation_id"], r["preparation_signed"]),
        ("verification", r["verification_id"], r["verification_signed"]),
    ) if row_id is not None and not signed)
    status = DoseStatus.VOID if r["void_reason"] is not None else DoseStatus(r["status"])
    return DoseRecord(
        id=r["id"], row_version=r["row_version"], subject_code=r["subject_code"], drug=r["drug"],
        cycle=r["cycle"], day=r["day"], snapshot_json=r["snapshot_json"], snapshot_sha256=r["snapshot_sha256"],
        protocol_version=r["protocol_version"], protocol_sha256=r["protocol_sha256"],
        status=status, calculated_by=r["calculated_by"],
        calculated_at=datetime.fromisoformat(r["calculated_at"]),
        void=None if r["void_reason"] is None else VoidRecord(
            reason=r["void_reason"], voided_at=datetime.fromisoformat(r["voided_at"]), voided_by=r["voided_by"]),
        unsigned_steps=unsigned,
    )


# A frozen calculation and a preparation's plan never change once written, and a patient's chart is
# read at every change (the due state moves with it): each text is parsed once per process. The
# models are frozen, so sharing them is safe.
@functools.lru_cache(maxsize=4096)
def _snapshot(text: str) -> DoseSnapshot:
    return DoseSnapshot.model_validate_json(text)


@functools.lru_cache(maxsize=4096)
def _plan(details_json: str) -> PreparationPlan:
    return PreparationPlan.model_validate(json.loads(details_json)["plan"])


def _record_state(r: dict[str, Any]) -> DoseRecordState:
    record = _dose_record_of(r)
    plan = None if r["details_json"] is None else _plan(r["details_json"])
    return DoseRecordState(
        id=record.id, drug=record.drug, cycle=record.cycle, day=record.day, status=record.status,
        snapshot=_snapshot(record.snapshot_json), protocol_sha256=record.protocol_sha256,
        calculated_by=record.calculated_by, calculated_at=record.calculated_at,
        prepared_by=r["prepared_by"], prepared_at=None if r["prepared_at"] is None else datetime.fromisoformat(
            r["prepared_at"]), prepared_plan=plan,
        verified_by=r["verified_by"], verified_at=None if r["verified_at"] is None else datetime.fromisoformat(
            r["verified_at"]), void_reason=record.void.reason if record.void is not None else None,
        unsigned_steps=record.unsigned_steps)


def _signed_column(entity: str, meaning: SignatureMeaning, alias: str) -> str:
    """Signed here, or (an imported record) at the source, kept as data."""
    return (f"EXISTS (SELECT 1 FROM signatures s WHERE s.entity = '{entity}' AND s.entity_id = {alias}.id"
            f" AND s.meaning = '{meaning.value}' UNION ALL SELECT 1 FROM imported_signatures s"
            f" WHERE s.entity = '{entity}' AND s.entity_id = {alias}.id AND s.meaning = '{meaning.value}')")


class Dosing:
    """Dose records, preparations, verifications, voids and administrations."""

    def __init__(self, ctx: StoreContext) -> None:
        self._ctx = ctx

    # -- dose records ---------------------------------------------------------------------
    def create_dose_record(
        self, w: Writer, subject_code: str, drug: str, cycle: int, day: int, snapshot: Mapping[str, Any], *,
        protocol_version: str, protocol_sha256: str,
    ) -> int:
        """Freeze a calculation (actor: the writer's): `snapshot` (JSON-ready; Decimals become
        strings) is stored as canonical JSON with its SHA-256, the protocol's version and SHA-256
        (64 hex digits). Returns the new record's id.

        Raises NotFound (subject), StoreInputError (bad hash, types).
        """
        require_type(snapshot, Mapping, "snapshot")
        require_type(cycle, int, "cycle")
        require_type(day, int, "day")
        digest = protocol_sha256.lower() if isinstance(protocol_sha256, str) else ""
        if len(digest) != 64 or not set(digest) <= _SHA256_HEX:
            raise StoreInputError("invalid_sha256", {"field": "protocol_sha256", "hint": "64 hexadecimal digits"})
        text = canonical_json(dict(snapshot))
        pid = patient_id_of(self._ctx, subject_code)
        return w.insert("dose_records", {
            "patient_id": pid, "drug": drug, "cycle": cycle, "day": day, "snapshot_json": text,
            "snapshot_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "protocol_version": protocol_version, "protocol_sha256": digest,
            "status": DoseStatus.CALCULATED.value, "calculated_by": w.actor,
            "calculated_at": w.at_utc.isoformat(),
        }, action="calculate_dose")

    def dose_record(self, dose_record_id: int) -> DoseRecord:
        """One dose record (status VOID when voided); NotFound when absent."""
        row = fetch_one(self._ctx.db, _DOSE_SQL + " WHERE d.id = ?", [dose_record_id])
        if row is None:
            raise NotFound("not_found", {"entity": "dose_records", "id": dose_record_id})
        return _dose_record_of(row)

    def dose_records(self, subject_code: str) -> list[DoseRecord]:
        """The patient's dose records (voided ones included), oldest first."""
        pid = patient_id_of(self._ctx, subject_code)
        return [_dose_record_of(r) for r in fetch_all(self._ctx.db, _DOSE_SQL + " WHERE d.patient_id = ?"
                                                       " ORDER BY d.id", [pid])]

    def record_states(self, subject_code: str) -> list[DoseRecordState]:
        """The patient's dose records as the gate reads them: typed snapshot, pharmacy steps with who
        and when, the preparation's expiry, void reason and unsigned steps; oldest first."""
        pid = patient_id_of(self._ctx, subject_code)
        rows = fetch_all(self._ctx.db, _DOSE_SQL.replace(" pr.id AS preparation_id,", " pr.id AS preparation_id,"
                         " pr.prepared_by, pr.prepared_at, pr.details_json, vf.verified_by, vf.verified_at,")
                         + " WHERE d.patient_id = ? ORDER BY d.id", [pid])
        return [_record_state(r) for r in rows]

    def latest_for_day(self, day: date) -> list[tuple[str, int]]:
        """(subject code, dose record id) of the latest record of each slot calculated for a dose on
        `day` (voided ones included: their sheet says VOID), by subject code then slot."""
        rows = self._ctx.db.execute(
            "SELECT p.subject_code, max(d.id) FROM dose_records d JOIN patients p ON p.id = d.patient_id"
            " WHERE json_extract(d.snapshot_json, '$.dose_date') = ?"
            " GROUP BY d.patient_id, d.drug, d.cycle, d.day ORDER BY p.subject_code, d.cycle, d.day, d.drug",
            [day.isoformat()]).fetchall()
        return [(str(code), int(record_id)) for code, record_id in rows]

    def signatures_of(self, dose_record_ids: list[int]) -> dict[int, list[Signature]]:
        """Every signature of each dose record and of its preparation and verification, oldest first."""
        found: dict[int, list[Signature]] = {i: [] for i in dose_record_ids}
        if not dose_record_ids:
            return found
        marks = ", ".join("?" for _ in dose_record_ids)
        rows = fetch_all(self._ctx.db, f"""
            SELECT s.*, d.id AS record FROM dose_records d
            LEFT JOIN preparations p ON p.dose_record_id = d.id
            LEFT JOIN verifications v ON v.dose_record_id = d.id
            JOIN signatures s ON (s.entity = 'dose_records' AND s.entity_id = d.id)
                              OR (s.entity = 'preparations' AND s.entity_id = p.id)
                              OR (s.entity = 'verifications' AND s.entity_id = v.id)
            WHERE d.id IN ({marks}) ORDER BY s.id""", dose_record_ids)
        for r in rows:
            found[r["record"]].append(signature_of(r))
        return found

    @staticmethod
    def _advance(w: Writer, dose_record_id: int, expected_version: int, current: DoseStatus,
                 wanted: DoseStatus) -> None:
        # Checked inside the write transaction, so no one can move the record in between.
        row = w.row("dose_records", dose_record_id)
        if row is None:
            raise NotFound("not_found", {"entity": "dose_records", "id": dose_record_id})
        voided = w.row_where("voids", entity="dose_records", entity_id=dose_record_id)
        if voided is not None:
            raise InvalidTransition("dose_record_void", {
                "entity": "dose_records", "id": dose_record_id, "reason": voided["reason"]})
        if row["status"] != current.value:
            raise InvalidTransition("invalid_transition", {
                "entity": "dose_records", "id": dose_record_id, "current": row["status"], "wanted": wanted.value})
        w.update("dose_records", dose_record_id, expected_version, {"status": wanted.value},
                 action=f"dose_{wanted.value}")

    def record_preparation(self, w: Writer, dose_record_id: int, expected_version: int, *,
                           details: Mapping[str, Any]) -> int:
        """Mark a calculated dose record prepared by the writer's actor, with `details` (vials,
        bag, expiry...); returns the preparation's id (the caller signs it in the same transaction).

        Raises InvalidTransition (not in status calculated, or void), ConcurrencyConflict, NotFound.
        """
        require_type(details, Mapping, "details")
        self._advance(w, dose_record_id, expected_version, DoseStatus.CALCULATED, DoseStatus.PREPARED)
        return w.insert("preparations", {"dose_record_id": dose_record_id, "prepared_by": w.actor,
                                         "prepared_at": w.at_utc.isoformat(),
                                         "details_json": canonical_json(dict(details))}, action="prepare_dose")

    def record_verification(self, w: Writer, dose_record_id: int, expected_version: int, *, note: str = "") -> int:
        """Mark a prepared dose record verified by the writer's actor; returns the verification's id.

        Raises InvalidTransition (not in status prepared, or void), ConcurrencyConflict, NotFound.
        """
        self._advance(w, dose_record_id, expected_version, DoseStatus.PREPARED, DoseStatus.VERIFIED)
        return w.insert("verifications", {"dose_record_id": dose_record_id, "verified_by": w.actor,
                                          "verified_at": w.at_utc.isoformat(), "note": note}, action="verify_dose")

    def preparation(self, dose_record_id: int) -> Preparation | None:
        """The preparation of a dose record, if any (`signed` False: an older version's half-done step)."""
        r = fetch_one(self._ctx.db, "SELECT p.*, " + _signed_column("preparations", SignatureMeaning.PREPARED, "p")
                      + " AS signed FROM preparations p WHERE p.dose_record_id = ?", [dose_record_id])
        return None if r is None else Preparation(
            id=r["id"], row_version=r["row_version"], dose_record_id=r["dose_record_id"],
            prepared_by=r["prepared_by"], prepared_at=datetime.fromisoformat(r["prepared_at"]),
            details=json.loads(r["details_json"]), signed=bool(r["signed"]))

    def verification(self, dose_record_id: int) -> Verification | None:
        """The verification of a dose record, if any (`signed` False: an older version's half-done step)."""
        r = fetch_one(self._ctx.db, "SELECT v.*, " + _signed_column("verifications", SignatureMeaning.VERIFIED, "v")
                      + " AS signed FROM verifications v WHERE v.dose_record_id = ?", [dose_record_id])
        return None if r is None else Verification(
            id=r["id"], row_version=r["row_version"], dose_record_id=r["dose_record_id"],
            verified_by=r["verified_by"], verified_at=datetime.fromisoformat(r["verified_at"]), note=r["note"],
            signed=bool(r["signed"]))

    # -- voids ----------------------------------------------------------------------------
    def void(self, w: Writer, entity: str, entity_id: int, reason: str) -> int:
        """Withdraw a record with a reason (actor: the writer's); returns the void's id.

        Raises NotFound (no such row), DuplicateRecord (already void), StoreInputError (reason
        shorter than 3 characters, or a table whose rows are never voided).
        """
        if entity not in _VOIDABLE:
            raise StoreInputError("not_voidable", {"field": "entity", "text": entity})
        if not isinstance(reason, str) or len(reason.strip()) < 3:
            raise StoreInputError("reason_required", {"field": "reason", "unit": "characters", "minimum": 3,
                                                      "maximum": 500})
        if w.row(entity, entity_id) is None:
            raise NotFound("not_found", {"entity": entity, "id": entity_id})
        return w.insert("voids", {"entity": entity, "entity_id": entity_id, "voided_at": w.at_utc.isoformat(),
                                  "voided_by": w.actor, "reason": reason.strip()}, action="void", reason=reason.strip())

    # -- administrations ------------------------------------------------------------------
    def record_administration(self, w: Writer, administration: Administration, *,
                              dose_record_id: int | None = None) -> int:
        """Record a given (dose, times, tolerance), held or omitted (coded reason) dose; returns
        its id. The writer's actor must be `administration.recorded_by` (the caller signs the row).

        Raises DuplicateRecord (that drug already given in that cycle/day slot), StoreInputError
        (given without a dose, held without a reason, another actor...), NotFound (subject,
        dose record unknown).
        """
        require_type(administration, Administration, "administration")
        if administration.recorded_by != w.actor:
            raise StoreInputError("actor_mismatch", {"field": "recorded_by", "text": administration.recorded_by})
        pid = patient_id_of(self._ctx, administration.subject_code)
        return w.insert("administrations", administration_row(administration, pid, dose_record_id),
                        action=f"record_{administration.status.value}", reason=administration.late_entry_reason)

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
        """The patient's administrations in date order (voided ones left out; `signed` False on a
        row an older version left without its signature)."""
        pid = patient_id_of(self._ctx, subject_code)
        signed = ("EXISTS (SELECT 1 FROM signatures s WHERE s.entity = 'administrations' AND s.entity_id = a.id"
                  " AND s.meaning IN ('Administered', 'Held', 'Approved') UNION ALL SELECT 1 FROM"
                  " imported_signatures s WHERE s.entity = 'administrations' AND s.entity_id = a.id"
                  " AND s.meaning IN ('Administered', 'Held', 'Approved'))")
        rows = fetch_all(self._ctx.db, f"SELECT a.*, {signed} AS signed FROM administrations a"
                                       " WHERE a.patient_id = ? AND NOT EXISTS (SELECT 1 FROM voids v"
                                       " WHERE v.entity = 'administrations' AND v.entity_id = a.id)"
                                       " ORDER BY a.given_on, a.id", [pid])
        return [Stored(r["id"], r["row_version"], administration_of(subject_code, r)) for r in rows]


# Tables whose rows may be withdrawn with a reason (never deleted).
_VOIDABLE = frozenset({"dose_records", "administrations", "decisions", "toxicities"})
