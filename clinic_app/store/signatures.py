"""Electronic signatures bound to one exact version of one stored row (reading them).

A signature records meaning, signer (id, printed name, role at the time), the time with its
zone, and (entity, id, row_version) plus the SHA-256 of the row's canonical JSON at signing. If
the row changes afterwards its version and hash move on, and `matches` turns False: the
signature no longer covers what is stored. Signatures are WRITTEN only by `Writer.sign`, inside
the transaction that writes the signed record, with a `Signer` (the password checked once); which
role may give which meaning is `clinic_app.domain.permissions.SIGNATURE_ROLES`, applied there.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from clinic_app.domain.records import Role, Signature, SignatureMeaning
from clinic_app.store.connection import fetch_all, fetch_one
from clinic_app.store.errors import NotFound
from clinic_app.store.writer import SIGNABLE, StoreContext, content_sha256

__all__ = ["SIGNABLE", "Signatures", "content_sha256", "signature_of"]


def signature_of(r: dict[str, Any]) -> Signature:
    """A signature row as the domain record."""
    return Signature(
        id=r["id"], meaning=SignatureMeaning(r["meaning"]), user_id=r["user_id"], printed_name=r["printed_name"],
        role=Role(r["role"]), signed_at=datetime.fromisoformat(r["signed_at"]), entity=r["entity"],
        entity_id=r["entity_id"], entity_row_version=r["entity_row_version"], content_sha256=r["content_sha256"],
    )


class Signatures:
    """Append-only signatures (triggers refuse UPDATE and DELETE)."""

    def __init__(self, ctx: StoreContext) -> None:
        self._ctx = ctx

    def get(self, signature_id: int) -> Signature:
        """One signature; NotFound when absent."""
        r = fetch_one(self._ctx.db, "SELECT * FROM signatures WHERE id = ?", [signature_id])
        if r is None:
            raise NotFound("not_found", {"entity": "signatures", "id": signature_id})
        return signature_of(r)

    def for_record(self, entity: str, entity_id: int) -> list[Signature]:
        """Every signature given on that row (any version), oldest first."""
        rows = fetch_all(self._ctx.db, "SELECT * FROM signatures WHERE entity = ? AND entity_id = ? ORDER BY id",
                         [entity, entity_id])
        return [signature_of(r) for r in rows]

    def matches(self, signature: Signature) -> bool:
        """True when the signed row still exists at the signed version with the signed content."""
        if signature.entity not in SIGNABLE:
            return False
        row = fetch_one(self._ctx.db, f"SELECT * FROM {signature.entity} WHERE id = ?", [signature.entity_id])
        return (row is not None and row["row_version"] == signature.entity_row_version
                and content_sha256(row) == signature.content_sha256)
