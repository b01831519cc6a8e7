"""Setting up accounts in bulk: the demo clinic's staff, and test fixtures' staff.

Accounts are created the way an administrator would (a one-time code), then each person sets
their own password, so the administrator never chooses anyone's password.
"""

from __future__ import annotations

from dataclasses import dataclass

from clinic_app.domain.records import Role

from .clinic import Clinic
from .views import Session


@dataclass(frozen=True)
class Person:
    username: str
    full_name: str
    role: Role


def add_staff(clinic: Clinic, admin: Session, people: list[Person], password: str) -> dict[str, Session]:
    """Create each account and set `password` through the one-time code; returns signed-in sessions."""
    sessions: dict[str, Session] = {}
    for person in people:
        code = clinic.create_user(admin, username=person.username, full_name=person.full_name, role=person.role)
        sessions[person.username] = clinic.change_password(person.username, code, password)
    return sessions
