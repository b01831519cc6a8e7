"""Who may do what (ROLE-1), as one table the facade enforces (default deny)."""

from __future__ import annotations

from enum import StrEnum

from .errors import PermissionDenied
from .records import Role, SignatureMeaning


class Action(StrEnum):
    """Every use case of the facade that changes or reveals clinical data."""

    VIEW_PATIENTS = "view_patients"
    ENROL = "enrol"
    RECORD_MEASUREMENT = "record_measurement"
    RECORD_LABS = "record_labs"
    RECORD_VISIT = "record_visit"
    RECORD_TOXICITY = "record_toxicity"
    CALCULATE_DOSE = "calculate_dose"
    PREPARE = "prepare"
    VERIFY = "verify"
    ADMINISTER = "administer"
    HOLD = "hold"
    DECIDE = "decide"
    REASSIGN_COHORT = "reassign_cohort"
    OPEN_COHORT = "open_cohort"
    PRINT = "print"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    BACKUP = "backup"
    RESTORE = "restore"
    LOAD_DEMO = "load_demo"
    MANAGE_SITE = "manage_site"
    CONFIRM_PASSWORD_RESET = "confirm_password_reset"  # the second person of a reset (ROLE-1)


_CLINICAL_VIEW = {Action.VIEW_PATIENTS, Action.PRINT, Action.VIEW_AUDIT}

# Default deny: an action absent from a role's set is refused.
PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.NURSE: frozenset(
        _CLINICAL_VIEW
        | {Action.RECORD_MEASUREMENT, Action.RECORD_LABS, Action.RECORD_VISIT, Action.RECORD_TOXICITY,
           Action.CALCULATE_DOSE, Action.ADMINISTER, Action.HOLD}
    ),
    Role.PHARMACIST: frozenset(_CLINICAL_VIEW | {Action.CALCULATE_DOSE, Action.PREPARE, Action.VERIFY}),
    Role.INVESTIGATOR: frozenset(
        _CLINICAL_VIEW
        | {Action.ENROL, Action.RECORD_MEASUREMENT, Action.RECORD_LABS, Action.RECORD_VISIT, Action.RECORD_TOXICITY,
           Action.CALCULATE_DOSE, Action.HOLD, Action.DECIDE, Action.REASSIGN_COHORT, Action.OPEN_COHORT,
           Action.CONFIRM_PASSWORD_RESET}
    ),
    # Users and backups only: no clinical signature, no patient data beyond the audit trail.
    Role.ADMINISTRATOR: frozenset(
        {Action.MANAGE_USERS, Action.BACKUP, Action.RESTORE, Action.VIEW_AUDIT, Action.LOAD_DEMO,
         Action.MANAGE_SITE}
    ),
}

# The meaning a signature carries, and who may give it (ROLE-3). The store
# applies it inside the transaction that writes the signature (Writer.sign).
SIGNATURE_ROLES: dict[SignatureMeaning, frozenset[Role]] = {
    SignatureMeaning.PREPARED: frozenset({Role.PHARMACIST}),
    SignatureMeaning.VERIFIED: frozenset({Role.PHARMACIST}),
    SignatureMeaning.ADMINISTERED: frozenset({Role.NURSE}),
    SignatureMeaning.APPROVED: frozenset({Role.INVESTIGATOR}),
    SignatureMeaning.HELD: frozenset({Role.NURSE, Role.INVESTIGATOR}),
    SignatureMeaning.AUTHORISED: frozenset({Role.ADMINISTRATOR}),
}


def allowed(role: Role, action: Action) -> bool:
    """True when `role` may perform `action`."""
    return action in PERMISSIONS.get(role, frozenset())


def require_signature_role(role: Role, meaning: SignatureMeaning) -> None:
    """Raise PermissionDenied (code "signature_role_refused", values meaning and role) unless
    `role` may give a signature of that meaning."""
    if role not in SIGNATURE_ROLES.get(SignatureMeaning(meaning), frozenset()):
        raise PermissionDenied("signature_role_refused", {"meaning": SignatureMeaning(meaning).value,
                                                          "role": Role(role).value})


def require(role: Role, action: Action) -> None:
    """Raise PermissionDenied (code "permission_denied", values action and role) unless allowed."""
    if not allowed(role, action):
        raise PermissionDenied("permission_denied", {"action": action.value, "role": role.value})
