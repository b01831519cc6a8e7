"""Turning the domain's typed errors (code + values) into translatable sentences.

The domain never writes UI text; this is the one place the window words an error. Every input
rejection names the field, the unit and the accepted range, taken from the error's values.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from clinic_app.domain.errors import DomainError


class _Values(dict[str, Any]):
    """Format values; a key the error did not carry shows as '?' instead of raising."""

    def __missing__(self, key: str) -> str:
        return "?"


class ErrorText(QObject):
    """Words for error codes (`describe(exc)`); unknown codes fall back to the domain's own line."""

    def describe(self, exc: BaseException) -> str:
        if not isinstance(exc, DomainError):
            return str(exc)
        values = _Values({k: (", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
                          for k, v in exc.values.items()})
        template = self._templates().get(exc.code)
        if template is None:
            return exc.describe()
        text = template.format_map(values)
        if exc.values.get("hint") and "{hint}" not in template:
            text += " " + self.tr("Hint: {hint}.").format_map(values)
        return text

    def _templates(self) -> dict[str, str]:
        return {
            "empty": self.tr("{field}: enter a value in {unit} (accepted range {minimum} to {maximum} {unit})."),
            "decimal_comma": self.tr(
                "{field}: \"{text}\" uses a comma; use \".\" as decimal separator "
                "(accepted range {minimum} to {maximum} {unit})."),
            "not_a_number": self.tr(
                "{field}: \"{text}\" is not a plain number; type digits 0-9 with at most one \".\" "
                "(accepted range {minimum} to {maximum} {unit})."),
            "out_of_range": self.tr(
                "{field}: {text} {unit} is outside the accepted range {minimum} to {maximum} {unit}."),
            "bad_credentials": self.tr("User name or password is wrong."),
            "locked_out": self.tr("This account is locked after too many failed attempts. "
                                  "Ask an administrator to reset the password."),
            "must_change_password": self.tr("The password must be changed before this account can be used."),
            "password_too_short": self.tr("The password is too short (at least {minimum} characters)."),
            "permission_denied": self.tr("A {role} may not do this ({action})."),
            "cohort_closed": self.tr("Cohort {cohort} is closed. Still missing: {missing}."),
            "acknowledgement_required": self.tr("Every warning must be acknowledged before continuing."),
            "same_person": self.tr("The pharmacist who prepared this dose cannot verify it: "
                                   "a second pharmacist must verify."),
        }
