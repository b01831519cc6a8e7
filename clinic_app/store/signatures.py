"""Electronic signatures bound to one exact version of one stored row.

A signature records meaning, signer (id, printed name, role at the time), the time with its
zone, and (entity, id, row_version) plus the SHA-256 of the row's canonical JSON at signing. If
the row changes afterwards its version and hash move on, and `matches` turns False: the
signature no longer covers what is stored. Signing re-checks the signer's password (a failed
attempt counts towards lockout). Which role may give which meaning is the facade's rule
(`clinic_app.domain.permissions.SIGNATURE_ROLES`).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from clinic_app.domain.records import Role, Signature, SignatureMeaning
from clinic_app.store.audit import canonical_json
from clinic_app.store.connection import fetch_all, fetch_one
from clinic_app.store.errors import ConcurrencyConflict, NotFound, StoreInputError
from clinic_app.store.users import Users
from clinic_app.store.writer import StoreContext, writing

SIGNABLE = frozenset({
    "patients", "cohort_assignments", "measurements", "labs", "dose_records", "preparations",
    "verifications", "administrations", "decisions", "visit_completions",
})


def content_sha256(row: dict[str, Any]) -> str:
    """SHA-256 (hex) of a row's canonical JSON: every column, including id and row_version."""
    return hashlib.sha256(canonical_json(row).encode("utf-8")).hexdigest()


def _signature_of(r: dict[str, Any]) -> Signature:
    return Signature(
        id=r["id"], meaning=SignatureMeaning(r["meaning"]), user_id=r["user_id"], printed_name=r["printed_name"],
        role=Role(r["role"]), signed_at=datetime.fromisoformat(r["signed_at"]), entity=r["entity"],
        entity_id=r["entity_id"], entity_row_version=r["entity_row_version"], content_sha256=r["content_sha256"],
    )


class Signatures:
    """Append-only signatures (triggers refuse UPDATE and DELETE)."""

    def __init__(self, ctx: StoreContext, users: Users) -> None:
        self._ctx = ctx
        self._users = users

    def sign(self, *, username: str, password: str, meaning: SignatureMeaning, entity: str, entity_id: int,
             expected_version: int, now: datetime) -> Signature:
        """Sign row `entity`/`entity_id` as it is at `expected_version`, at `now` (aware; its zone
        is kept). Raises AuthenticationFailed/AccountLocked/PasswordChangeRequired (password),
        StoreInputError (entity not signable, naive time), NotFound, ConcurrencyConflict (the row
        moved on since the signer looked at it)."""
        meaning = SignatureMeaning(meaning)
        if entity not in SIGNABLE:
            raise StoreInputError("not_signable", {"field": "entity", "got": entity})
        if not isinstance(now, datetime) or now.tzinfo is None:
            raise StoreInputError("naive_time", {"field": "now", "hint": "a timezone-aware datetime"})
        account = self._users.authenticate(username, password, now)
        with writing(self._ctx, account.username) as w:
            row = w.row(entity, entity_id)
            if row is None:
                raise NotFound("not_found", {"entity": entity, "id": entity_id})
            if row["row_version"] != expected_version:
                raise ConcurrencyConflict("row_version_conflict", {
                    "entity": entity, "id": entity_id, "expected_version": expected_version,
                    "current_version": row["row_version"]})
            sig_id = w.insert("signatures", {
                "meaning": meaning.value, "user_id": account.id, "printed_name": account.full_name,
                "role": account.role.value, "signed_at": now.isoformat(), "entity": entity,
                "entity_id": entity_id, "entity_row_version": row["row_version"],
                "content_sha256": content_sha256(row),
            }, action=f"sign_{meaning.value.lower()}")
        return self.get(sig_id)

    def get(self, signature_id: int) -> Signature:
        """One signature; NotFound when absent."""
        r = fetch_one(self._ctx.db, "SELECT * FROM signatures WHERE id = ?", [signature_id])
        if r is None:
            raise NotFound("not_found", {"entity": "signatures", "id": signature_id})
        return _signature_of(r)

    def for_record(self, entity: str, entity_id: int) -> list[Signature]:
        """Every signature given on that row (any version), oldest first."""
        rows = fetch_all(self._ctx.db, "SELECT * FROM signatures WHERE entity = ? AND entity_id = ? ORDER BY id",
                         [entity, entity_id])
        return [_signature_of(r) for r in rows]

    def matches(self, signature: Signature) -> bool:
        """True when the signed row still exists at the signed version with the signed content."""
        if signature.entity not in SIGNABLE:
            return False
        row = fetch_one(self._ctx.db, f"SELECT * FROM {signature.entity} WHERE id = ?", [signature.entity_id])
        return (row is not None and row["row_version"] == signature.entity_row_version
                and content_sha256(row) == signature.content_sha256)
