"""Typed domain errors: a machine-readable code and the values behind it, never UI text.

The faces (GUI, CLI) turn these into messages; `describe()` gives a plain English fallback
that always names the field, the unit and the accepted range where there is one.
"""

from __future__ import annotations

from typing import Any


class Hint(str):
    """A hint built from values (`Hint("one of {choices}", choices="A, B")`): the filled English text,
    which is what every reader of `values["hint"]` sees, with its template and values kept so that
    the wording layer translates the template and then fills it (the values are codes and names)."""

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, **values: object) -> Hint:
        """The template filled with the values (each written with str())."""
        filled = {key: str(value) for key, value in values.items()}
        made = super().__new__(cls, template.format(**filled))
        made.template = template
        made.values = filled
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return _hint, (self.template, self.values)


def _hint(template: str, values: dict[str, str]) -> Hint:
    return Hint(template, **values)


class DomainError(Exception):
    """Base of every rule violation the domain reports.

    `code` is stable (tests and translations key on it); `values` carries what the face needs
    to word a message (field, unit, accepted range, offending text...). Deliberately not a frozen
    dataclass: contextlib assigns `__traceback__` when it re-raises through a `with` block.
    """

    def __init__(self, code: str, values: dict[str, Any] | None = None) -> None:
        super().__init__(code, values or {})
        self.code = code
        self.values: dict[str, Any] = dict(values or {})

    def __str__(self) -> str:
        return self.describe()

    def describe(self) -> str:
        """A plain English one-liner; faces may translate the code instead."""
        v = self.values
        parts = [self.code.replace("_", " ")]
        if "field" in v:
            parts.insert(0, f"{v['field']}:")
        if "reason" in v:
            parts.append(f"({v['reason']})")
        if v.get("row_id") is not None:
            parts.append(f"at row {v['row_id']}")
        if "minimum" in v and "maximum" in v:
            unit = f" {v['unit']}" if v.get("unit") else ""
            parts.append(f"- accepted range {v['minimum']} to {v['maximum']}{unit}")
        elif v.get("unit"):
            parts.append(f"- unit {v['unit']}")
        if "hint" in v:
            parts.append(f"- {v['hint']}")
        return " ".join(parts)


class InputError(DomainError):
    """A value typed by a person was rejected (field, unit and range in `values`)."""


class ProtocolError(DomainError):
    """The protocol file is missing, unreadable or breaks a rule (file, key, problem)."""

    def describe(self) -> str:
        """One line naming the file, the key and the problem."""
        v = self.values
        return f"protocol file {v.get('file', '?')}: key '{v.get('key', '?')}': {v.get('problem', self.code)}"


class RuleError(DomainError):
    """A clinical rule refuses the action (closed cohort, zero dose, duplicate administration...)."""


class PermissionDenied(DomainError):
    """The signed-in role may not perform the action (values: action, role)."""


class AuthError(DomainError):
    """Sign-in or signature failed (bad credentials, locked out, password must change)."""
