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
            "authentication_failed": self.tr("User name or password is wrong."),
            "one_time_code_expired": self.tr("The one-time code has expired. Ask an administrator for a new one."),
            "account_locked": self.tr("This account is locked until {locked_until} after too many failed attempts."),
            "password_change_required": self.tr("Choose your own password now (the one-time code was right)."),
            "password_length": self.tr("The password must have {minimum} to {maximum} characters."),
            "password_contains_username": self.tr("The password must not contain the user name."),
            "password_unchanged": self.tr("The new password must differ from the current one."),
            "invalid_username": self.tr("User name: {minimum} to {maximum} {unit}; {hint}."),
            "shared_login_refused": self.tr("User name: a shared login is refused ({hint})."),
            "full_name_required": self.tr("Full name: write the {hint}."),
            "unknown_user": self.tr("There is no user {username}."),
            "invalid_site_name": self.tr("Site name: {minimum} to {maximum} {unit}."),
            "session_invalid": self.tr("Your account is no longer active: log in again."),
            "permission_denied": self.tr("Not allowed: a {role} may not do this ({action})."),
            "cohort_closed": self.tr("Cohort {cohort} is closed. Open now: {open_cohorts}. Still missing: {missing}."),
            "cohort_unchanged": self.tr("The patient is already in cohort {cohort}."),
            "acknowledgement_required": self.tr("Every warning must be acknowledged before continuing."),
            "four_eyes": self.tr("Refused: {prepared_by} prepared this dose and cannot also verify it. "
                                 "A second pharmacist must verify."),
            "not_prepared": self.tr("This dose has not been prepared yet (status {status})."),
            "dose_record_required": self.tr("There is no verified dose for C{cycle}D{day}: the pharmacy must "
                                            "calculate, prepare and verify it first."),
            "dose_not_verified": self.tr("The dose is not verified yet (status {status})."),
            "decision_required": self.tr("An investigator must decide on {drug} C{cycle}D{day} first."),
            "dose_not_pending": self.tr("{drug} C{cycle}D{day} is not pending (it is {status})."),
            "hold_required": self.tr("The labs require a hold: {reasons}."),
            "tolerance_required": self.tr("Record how the infusion was tolerated."),
            "note_required": self.tr("Write a note saying why (the reason is 'other')."),
            "reason_required": self.tr("{field}: write a reason ({minimum} to {maximum} characters)."),
            "slot_required": self.tr("Name the cycle and day this decision applies to."),
            "preparation_expired": self.tr("The preparation expired at {expired_at}: prepare a new one."),
            "measurement_required": self.tr("Record the height and weight first."),
            "weight_change_decision_required": self.tr(
                "The weight changed by {change_percent} % (from {weight_used_last_dose_kg} kg to {weight_kg} kg): "
                "an investigator must decide to recalculate or keep the dose."),
            "date_in_future": self.tr("{field}: the date {text} is in the future (latest {maximum})."),
            "c1d1_out_of_range": self.tr("{field}: {text} is outside {minimum} to {maximum}."),
            "invalid_subject_code": self.tr("{field}: \"{text}\" is not valid ({unit}, {minimum} to {maximum} "
                                            "characters)."),
            "invalid_initials": self.tr("{field}: \"{text}\" is not valid ({unit}, {minimum} to {maximum})."),
        }
