"""The role matrix of ROLE-1, written out by hand (not derived from the code)."""

from __future__ import annotations

import pytest

from clinic_app.domain.errors import PermissionDenied
from clinic_app.domain.permissions import Action, allowed, require
from clinic_app.domain.records import Role

N, P, I, A = Role.NURSE, Role.PHARMACIST, Role.INVESTIGATOR, Role.ADMINISTRATOR  # noqa: E741 - the table's role initials

# action -> roles allowed; every other role is refused.
EXPECTED: dict[Action, set[Role]] = {
    Action.VIEW_PATIENTS: {N, P, I},
    Action.ENROL: {I},
    Action.RECORD_MEASUREMENT: {N, I},
    Action.RECORD_LABS: {N, I},
    Action.RECORD_VISIT: {N, I},
    Action.RECORD_TOXICITY: {N, I},
    Action.CALCULATE_DOSE: {N, P, I},
    Action.PREPARE: {P},
    Action.VERIFY: {P},
    Action.ADMINISTER: {N},
    Action.HOLD: {N, I},
    Action.DECIDE: {I},
    Action.REASSIGN_COHORT: {I},
    Action.OPEN_COHORT: {I},
    Action.CONFIRM_PASSWORD_RESET: {I},  # the second person of a reset, never the administrator
    Action.PRINT: {N, P, I},
    Action.VIEW_AUDIT: {N, P, I, A},
    Action.MANAGE_USERS: {A},
    Action.BACKUP: {A},
    Action.RESTORE: {A},
    Action.LOAD_DEMO: {A},
    Action.MANAGE_SITE: {A},
}


def test_every_action_is_in_the_table() -> None:
    assert set(EXPECTED) == set(Action)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_role_matrix(role: Role, action: Action) -> None:
    """ROLE-1: each role does exactly its actions; every other is refused."""
    should = role in EXPECTED[action]
    assert allowed(role, action) is should
    if should:
        require(role, action)
    else:
        with pytest.raises(PermissionDenied) as err:
            require(role, action)
        assert err.value.code == "permission_denied"
        assert err.value.values == {"action": action.value, "role": role.value}


def test_administrator_has_no_clinical_action() -> None:
    """ROLE-1: administrators manage users and backups only."""
    clinical = {Action.ENROL, Action.ADMINISTER, Action.PREPARE, Action.VERIFY, Action.DECIDE,
                Action.CALCULATE_DOSE, Action.VIEW_PATIENTS, Action.PRINT}
    assert not any(allowed(Role.ADMINISTRATOR, a) for a in clinical)
