"""Audit entries as people read them: "weight (kg): 70 -> 72.5" for a change, "field: value" for
what was recorded, the action in words; never the stored JSON. Secrets (password hashes) and
bookkeeping (row ids, row versions, content digests) are left out; a frozen calculation is named,
not dumped."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .typography import clauses
from .values import QT_TRANSLATE_NOOP, Translate, people_values, untranslated, word

C = "AuditModel"  # the Qt class (gui/record_models.py) that shows these

FIELDS: dict[str, str] = {
    "anc_10e9_per_l": QT_TRANSLATE_NOOP("AuditModel", "ANC (× 10⁹/L)"),
    "platelets_10e9_per_l": QT_TRANSLATE_NOOP("AuditModel", "platelets (× 10⁹/L)"),
    "height_cm": QT_TRANSLATE_NOOP("AuditModel", "height (cm)"),
    "weight_kg": QT_TRANSLATE_NOOP("AuditModel", "weight (kg)"),
    "dose_mg": QT_TRANSLATE_NOOP("AuditModel", "dose (mg)"),
    "dose_mcg": QT_TRANSLATE_NOOP("AuditModel", "dose (mcg)"),
    "given_on": QT_TRANSLATE_NOOP("AuditModel", "date"),
    "drawn_on": QT_TRANSLATE_NOOP("AuditModel", "drawn on"),
    "measured_on": QT_TRANSLATE_NOOP("AuditModel", "measured on"),
    "done_on": QT_TRANSLATE_NOOP("AuditModel", "done on"),
    "must_change": QT_TRANSLATE_NOOP("AuditModel", "must choose a password"),
    "active": QT_TRANSLATE_NOOP("AuditModel", "active"),
    "planned_c1d1": QT_TRANSLATE_NOOP("AuditModel", "planned C1D1"),
    "c1d1": QT_TRANSLATE_NOOP("AuditModel", "C1D1"),
    "date_of_birth": QT_TRANSLATE_NOOP("AuditModel", "date of birth"),
    "full_name": QT_TRANSLATE_NOOP("AuditModel", "name"),
    "hospital_number": QT_TRANSLATE_NOOP("AuditModel", "hospital number"),
    "snapshot_json": QT_TRANSLATE_NOOP("AuditModel", "calculation"),
    "details_json": QT_TRANSLATE_NOOP("AuditModel", "preparation details"),
    "password_hash": QT_TRANSLATE_NOOP("AuditModel", "password"),
    "credentials_version": QT_TRANSLATE_NOOP("AuditModel", "credentials"),
    "failed_attempts": QT_TRANSLATE_NOOP("AuditModel", "failed sign-ins"),
    "locked_until": QT_TRANSLATE_NOOP("AuditModel", "locked until"),
    "reset_expires_at": QT_TRANSLATE_NOOP("AuditModel", "one-time code valid until"),
    "language": QT_TRANSLATE_NOOP("AuditModel", "language"),
    "administration_id": QT_TRANSLATE_NOOP("AuditModel", "administration"),
    "applied_at": QT_TRANSLATE_NOOP("AuditModel", "applied at"),
    "applied_version": QT_TRANSLATE_NOOP("AuditModel", "applied version"),
    "assigned_by": QT_TRANSLATE_NOOP("AuditModel", "assigned by"),
    "assigned_on": QT_TRANSLATE_NOOP("AuditModel", "assigned on"),
    "calculated_at": QT_TRANSLATE_NOOP("AuditModel", "calculated at"),
    "calculated_by": QT_TRANSLATE_NOOP("AuditModel", "calculated by"),
    "confirmed_at": QT_TRANSLATE_NOOP("AuditModel", "confirmed at"),
    "confirmed_by": QT_TRANSLATE_NOOP("AuditModel", "confirmed by"),
    "created_at": QT_TRANSLATE_NOOP("AuditModel", "created at"),
    "cycle": QT_TRANSLATE_NOOP("AuditModel", "cycle"),
    "decided_at": QT_TRANSLATE_NOOP("AuditModel", "decided at"),
    "decided_by": QT_TRANSLATE_NOOP("AuditModel", "decided by"),
    "dose_record_id": QT_TRANSLATE_NOOP("AuditModel", "dose record"),
    "drug": QT_TRANSLATE_NOOP("AuditModel", "drug"),
    "ended_at": QT_TRANSLATE_NOOP("AuditModel", "ended at"),
    "enrolled_on": QT_TRANSLATE_NOOP("AuditModel", "enrolled on"),
    "entity": QT_TRANSLATE_NOOP("AuditModel", "record"),
    "entity_id": QT_TRANSLATE_NOOP("AuditModel", "record number"),
    "expires_at": QT_TRANSLATE_NOOP("AuditModel", "expires at"),
    "imported_at": QT_TRANSLATE_NOOP("AuditModel", "imported at"),
    "imported_by": QT_TRANSLATE_NOOP("AuditModel", "imported by"),
    "key": QT_TRANSLATE_NOOP("AuditModel", "setting"),
    "kind": QT_TRANSLATE_NOOP("AuditModel", "kind"),
    "late_entry_reason": QT_TRANSLATE_NOOP("AuditModel", "reason for the late entry"),
    "meaning": QT_TRANSLATE_NOOP("AuditModel", "meaning"),
    "name": QT_TRANSLATE_NOOP("AuditModel", "name"),
    "prepared_at": QT_TRANSLATE_NOOP("AuditModel", "prepared at"),
    "prepared_by": QT_TRANSLATE_NOOP("AuditModel", "prepared by"),
    "printed_name": QT_TRANSLATE_NOOP("AuditModel", "printed name"),
    "protocol_version": QT_TRANSLATE_NOOP("AuditModel", "protocol version"),
    "recorded_at": QT_TRANSLATE_NOOP("AuditModel", "recorded at"),
    "recorded_by": QT_TRANSLATE_NOOP("AuditModel", "recorded by"),
    "requested_at": QT_TRANSLATE_NOOP("AuditModel", "requested at"),
    "requested_by": QT_TRANSLATE_NOOP("AuditModel", "requested by"),
    "role": QT_TRANSLATE_NOOP("AuditModel", "role"),
    "signed_at": QT_TRANSLATE_NOOP("AuditModel", "signed at"),
    "signer": QT_TRANSLATE_NOOP("AuditModel", "signer"),
    "source_actor": QT_TRANSLATE_NOOP("AuditModel", "at the source"),
    "source_site": QT_TRANSLATE_NOOP("AuditModel", "source site"),
    "started_at": QT_TRANSLATE_NOOP("AuditModel", "started at"),
    "status": QT_TRANSLATE_NOOP("AuditModel", "status"),
    "subject": QT_TRANSLATE_NOOP("AuditModel", "patient"),
    "subject_code": QT_TRANSLATE_NOOP("AuditModel", "subject code"),
    "term_text": QT_TRANSLATE_NOOP("AuditModel", "term"),
    "value": QT_TRANSLATE_NOOP("AuditModel", "value"),
    "verified_at": QT_TRANSLATE_NOOP("AuditModel", "verified at"),
    "verified_by": QT_TRANSLATE_NOOP("AuditModel", "verified by"),
    "visit": QT_TRANSLATE_NOOP("AuditModel", "visit"),
    "voided_at": QT_TRANSLATE_NOOP("AuditModel", "voided at"),
    "voided_by": QT_TRANSLATE_NOOP("AuditModel", "voided by"),
    "day": QT_TRANSLATE_NOOP("AuditModel", "day"),
    "cohort": QT_TRANSLATE_NOOP("AuditModel", "cohort"),
    "reason": QT_TRANSLATE_NOOP("AuditModel", "reason"),
    "choice": QT_TRANSLATE_NOOP("AuditModel", "choice"),
    "grade": QT_TRANSLATE_NOOP("AuditModel", "grade"),
    "onset": QT_TRANSLATE_NOOP("AuditModel", "onset"),
    "term": QT_TRANSLATE_NOOP("AuditModel", "term"),
    "tolerance": QT_TRANSLATE_NOOP("AuditModel", "tolerance"),
    "initials": QT_TRANSLATE_NOOP("AuditModel", "initials"),
    "level": QT_TRANSLATE_NOOP("AuditModel", "level"),
    "username": QT_TRANSLATE_NOOP("AuditModel", "user name"),
    "note": QT_TRANSLATE_NOOP("AuditModel", "note"),
}
_HIDDEN = frozenset({"id", "row_version", "patient_id", "content_sha256", "user_id", "entity_row_version"})
_SECRET = frozenset({"password_hash"})
_BLOBS = frozenset({"snapshot_json", "details_json"})
_YES_NO = frozenset({"active", "must_change"})
_CODED = frozenset({"status", "reason", "tolerance", "kind", "choice", "role", "meaning", "visit"})
_NAMED = frozenset({"drug", "visit", "subject"})  # protocol keys: drugs and visits by their printed names
CHANGED = QT_TRANSLATE_NOOP("AuditModel", "changed")
RECORDED = QT_TRANSLATE_NOOP("AuditModel", "recorded")
YES = QT_TRANSLATE_NOOP("AuditModel", "yes")
NO = QT_TRANSLATE_NOOP("AuditModel", "no")
FIELD_CHANGE = QT_TRANSLATE_NOOP("AuditModel", "{field}: {old} -> {new}")
FIELD_VALUE = QT_TRANSLATE_NOOP("AuditModel", "{field}: {value}")


def _field(name: str, tr: Translate) -> str:
    found = FIELDS.get(name)
    return tr(C, found) if found is not None else word(name, tr)


def _value(name: str, value: Any, tr: Translate, names: Mapping[str, str]) -> str:
    if name in _YES_NO and value in (0, 1, True, False):
        return tr(C, YES) if value else tr(C, NO)
    if name in _NAMED and isinstance(value, str) and value in names:
        return names[value]
    if name in _CODED and isinstance(value, str):
        return word(value, tr)
    return people_values({name: value}, tr).get(name, "")


def change_text(old: Any, new: Any, translate: Translate | None = None, names: Mapping[str, str] | None = None) -> str:
    """What an audit entry changed, in words: changed fields as "field: old -> new"; for a record
    created (or removed) its fields as "field: value". `names` gives protocol keys their printed
    names (wording.values.protocol_names)."""
    tr = translate or untranslated
    known = names or {}
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        parts = []
        for name in sorted(set(old) | set(new)):
            if name in _HIDDEN or old.get(name) == new.get(name):
                continue
            if name in _SECRET or name in _BLOBS:
                parts.append(tr(C, FIELD_VALUE).format(field=_field(name, tr), value=tr(C, CHANGED)))
            else:
                parts.append(tr(C, FIELD_CHANGE).format(field=_field(name, tr),
                                                        old=_value(name, old.get(name), tr, known) or "-",
                                                        new=_value(name, new.get(name), tr, known) or "-"))
        return clauses(parts)
    record = new if isinstance(new, Mapping) else old
    if isinstance(record, Mapping):
        parts = []
        for name in sorted(record):
            value = record[name]
            if name in _HIDDEN or value in (None, "") or name in _SECRET:
                continue
            shown = tr(C, RECORDED) if name in _BLOBS else _value(name, value, tr, known)
            parts.append(tr(C, FIELD_VALUE).format(field=_field(name, tr), value=shown))
        return clauses(parts)
    values = [v for v in (old, new) if v is not None]
    return " -> ".join(", ".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v) for v in values)


def action_text(action: str, translate: Translate | None = None) -> str:
    """The action in words ("record_measurement" -> "record measurement")."""
    return word(action, translate or untranslated)


def entity_text(entity: str, entity_id: str, translate: Translate | None = None) -> str:
    """The record an entry is about ("dose_records", "1" -> "dose record 1")."""
    return f"{word(entity, translate or untranslated)} {entity_id}"
