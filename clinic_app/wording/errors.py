"""One plain message for every error code the program raises, for the window and the command line.

`TEMPLATES` maps each code to an English template whose placeholders are the error's value keys
(field, unit, minimum, maximum, text...); `describe_error` fills it with the values written for
people (wording.values). A test walks the source and fails when a raised code has no template here,
or when a template names a value its raise sites do not carry.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from clinic_app.domain.errors import DomainError, ProtocolError

from .cohort_gate import missing_text
from .values import QT_TRANSLATE_NOOP, Translate, people_values, untranslated
from .warnings import LAB_PROBLEMS, WARNINGS, lab_problem_text, warning_text

_ = QT_TRANSLATE_NOOP
C = "ErrorText"  # the Qt class (gui/messages.py) that translates these at run time

TEMPLATES: dict[str, str] = {
    # -- numbers and dates typed by a person ------------------------------------------------
    "empty": _(C, "{field}: enter a value in {unit} (accepted range {minimum} to {maximum} {unit})."),
    "decimal_comma": _(C, "{field}: \"{text}\" uses a comma (accepted range {minimum} to {maximum} {unit})."),
    "not_a_number": _(C, "{field}: \"{text}\" is not a plain number (accepted range {minimum} to {maximum} {unit})."),
    "out_of_range": _(C, "{field}: {text} {unit} is outside the accepted range {minimum} to {maximum} {unit}."),
    "not_finite": _(C, "{field}: a finite number is needed."),
    "not_positive": _(C, "{field}: {text} {unit} must be more than 0 {unit}."),
    "date_in_future": _(C, "{field}: {text} is in the future (latest {maximum})."),
    "age_out_of_range": _(C, "{field}: {text} gives an age of {age} years; accepted {minimum} to {maximum} years."),
    "c1d1_out_of_range": _(C, "{field}: {text} is outside {minimum} to {maximum}."),
    "invalid_date": _(C, "{field}: \"{text}\" is not a date; write it as YYYY-MM-DD, e.g. 2026-01-05."),
    "no_study_day_zero": _(C, "{field}: there is no study day 0 (day 1 is the first dose; the day before is -1)."),
    "naive_datetime": _(C, "{field}: a date and time with its time zone is needed."),
    "naive_time": _(C, "{field}: a time with its time zone is needed."),
    "unknown_dose_level": _(C, "{field}: \"{text}\" is not a dose level of this protocol "
                               "(accepted {minimum} to {maximum})."),
    "unknown_formula": _(C, "{field}: \"{text}\" is not a BSA formula this program knows ({hint})."),
    "unknown_cohort": _(C, "{field}: \"{text}\" is not a cohort of this protocol."),
    "unknown_route": _(C, "{field}: \"{text}\" is not a route with an agreed spelling."),
    "unknown_drug": _(C, "{field}: \"{text}\" is not a drug of this protocol."),
    "invalid_choice": _(C, "{field}: \"{text}\" is not one of the choices ({allowed})."),
    "decision_kind_not_here": _(C, "{field}: this kind of decision is not made here ({allowed})."),
    "invalid_dose_level_decision": _(C, "{field}: \"{text}\" cannot be chosen ({hint})."),
    "invalid_text": _(C, "{field}: {minimum} to {maximum} {unit}, printable characters only."),
    "invalid_subject_code": _(C, "{field}: \"{text}\" is not valid ({unit}, {minimum} to {maximum} characters)."),
    "invalid_initials": _(C, "{field}: \"{text}\" is not valid ({unit}, {minimum} to {maximum})."),
    "invalid_site_name": _(C, "Site name: {minimum} to {maximum} {unit}."),
    "invalid_phone": _(C, "Phone: \"{text}\" is not a phone number (digits, spaces and . ( ) / - only, "
                          "{minimum} to {maximum} {unit})."),
    "reason_required": _(C, "{field}: write the reason."),
    "note_required": _(C, "Note: {hint}."),
    "slot_required": _(C, "Name the cycle and day this decision applies to."),
    "tolerance_required": _(C, "Tolerance: record how the infusion was tolerated."),
    # -- accounts and signing in -------------------------------------------------------------
    "authentication_failed": _(C, "User name or password is wrong."),
    "one_time_code_expired": _(C, "The one-time code has expired. Ask an administrator for a new one."),
    "account_locked": _(C, "This account is locked until {locked_until} after too many failed attempts."),
    "password_change_required": _(C, "Choose your own password now (the one-time code was right)."),
    "password_length": _(C, "The password must have {minimum} to {maximum} {unit}."),
    "password_contains_username": _(C, "The password must not contain the user name."),
    "password_unchanged": _(C, "The new password must differ from the current one."),
    "password_required": _(C, "Password: {hint}."),
    "invalid_username": _(C, "User name: {minimum} to {maximum} {unit}; {hint}."),
    "shared_login_refused": _(C, "User name: a shared login is refused ({hint})."),
    "full_name_required": _(C, "Full name: write the {hint}."),
    "unknown_user": _(C, "There is no such user account."),
    "unknown_actor": _(C, "There is no user account {username}."),
    "users_exist": _(C, "This clinic is already set up: {hint}."),
    "session_invalid": _(C, "Your account is no longer active or was changed: sign in again."),
    "credentials_changed": _(C, "The password of {username} was changed meanwhile: sign in again."),
    "permission_denied": _(C, "Not allowed: your role ({role}) may not {action}."),
    "signature_role_refused": _(C, "Not allowed: your role ({role}) may not sign \"{meaning}\"."),
    "user_required": _(C, "{field}: {hint}."),
    # -- patients, cohorts, visits -----------------------------------------------------------
    "cohort_closed": _(C, "Cohort {cohort} is closed. Open now: {open_cohorts}. Still missing: {missing}."),
    "cohort_unchanged": _(C, "The patient is already in cohort {cohort}."),
    "cohort_change_needs_reassignment": _(C, "A cohort changes only by an investigator's signed re-assignment."),
    "unknown_subject": _(C, "There is no patient {subject_code}."),
    "identity_subject_mismatch": _(C, "The name and hospital number belong to another subject code."),
    "c1d1_unknown": _(C, "{field}: the first dose date of {subject_code} is not known yet ({hint})."),
    "acknowledgement_required": _(C, "Every warning must be ticked before continuing."),
    "nothing_due": _(C, "Nothing is due for {subject_code} on {date}."),
    "patient_required": _(C, "{field}: name the patient ({hint})."),
    # -- the dose path -----------------------------------------------------------------------
    "measurement_required": _(C, "Record the height and weight first."),
    "weight_too_old": _(C, "The weight was measured {age_days} days before the dose (at most {max_age_days} "
                           "days): measure the patient again."),
    "weight_change_decision_required": _(C,
        "The weight changed by {change_percent} % (from {weight_used_last_dose_kg} kg to {weight_kg} kg): "
        "an investigator must decide to recalculate or keep the dose."),
    "no_such_dose": _(C, "{drug} C{cycle}D{day} is not in this patient's calendar."),
    "dose_not_pending": _(C, "C{cycle}D{day} is not waiting to be given (it is {status})."),
    "not_yet_due": _(C, "{drug} C{cycle}D{day} is planned for {planned_date}; it can be given from {window_start}."),
    "decision_required": _(C, "An investigator must decide on {drug} C{cycle}D{day} first."),
    "zero_dose": _(C, "The calculated dose is {dose_mg} mg: a zero dose is refused (hold or omit instead)."),
    "not_flat_dose": _(C, "{drug} is dosed by body surface area, not by cohort."),
    "hold_required": _(C, "The labs require a hold: {reasons}."),
    "four_eyes": _(C, "Refused: {prepared_by} prepared this dose and cannot also verify it. "
                      "A second pharmacist must verify."),
    "independent_check_mismatch": _(C,
        "Not the same as the record ({fields}): your BSA {bsa_m2} m² (record {record_bsa_m2} m²), your dose "
        "{dose_mg} mg (record {record_dose_mg} mg). Not verified: find the difference with the pharmacist "
        "who prepared it."),
    "not_prepared": _(C, "This dose has not been prepared yet (it is {status})."),
    "dose_record_required": _(C, "There is no verified dose for C{cycle}D{day}: the pharmacy must calculate, "
                                 "prepare and verify it first."),
    "dose_record_mismatch": _(C, "Dose record DR-{dose_record_id} is for another patient or slot, not for "
                                 "this dose."),
    "dose_not_verified": _(C, "The dose is not verified yet (it is {status})."),
    "dose_record_void": _(C, "This dose record is void ({reason}): use the current one."),
    "preparation_expired": _(C, "The preparation expired at {expired_at}: prepare a new one."),
    "calculation_mismatch": _(C, "The stored calculation ({stored_mg} mg) no longer reproduces "
                                 "({recalculated_mg} mg): recalculate the dose; do not use this record."),
    "protocol_changed": _(C, "This dose was calculated under another version of the protocol file: "
                             "recalculate it."),
    "level_decision_missing": _(C, "Dose level {level} has no signed investigator decision behind it."),
    "no_dose_record": _(C, "No dose has been calculated for {subject_code} on {date} ({hint})."),
    "invalid_transition": _(C, "This {entity} is {current}; it cannot become {wanted}."),
    # -- the dose gate: why an action on a slot cannot go ahead ------------------------------
    "patient_not_active": _(C, "{subject_code} is no longer on treatment."),
    "not_calculated": _(C, "{drug}: no dose has been calculated for this slot yet."),
    "not_prepared_by_pharmacy": _(C, "{drug}: the pharmacy has not prepared this dose yet."),
    "dose_already_given": _(C, "{drug} C{cycle}D{day} is already recorded as given."),
    "dose_omitted": _(C, "{drug} C{cycle}D{day} was omitted: it is not given later."),
    "not_applicable": _(C, "{drug} C{cycle}D{day} does not apply (its infusion was not given)."),
    "drug_discontinued": _(C, "{drug} is discontinued for this patient: C{cycle}D{day} cannot be given."),
    "treatment_ended": _(C, "Treatment has ended for this patient: {drug} C{cycle}D{day} cannot be given."),
    "hold_the_infusion": _(C, "{drug} C{cycle}D{day} is a premedication: hold the infusion itself."),
    "dose_missed": _(C, "{drug} C{cycle}D{day} was missed: its window ended on {window_end}. Record what "
                        "happened (a late entry on its real date, or an omission)."),
    "late_entry_date_required": _(C, "{drug} C{cycle}D{day}: a late entry needs the real date, before {today}."),
    "outside_window": _(C, "{drug} C{cycle}D{day}: {on} is outside its window, {window_start} to {window_end}."),
    "waits_for_previous_dose": _(C, "{drug} C{cycle}D{day} waits for the dose it follows to be given first."),
    "same_drug_same_day": _(C, "{drug} was already given on {on} ({given_slot}): never two doses of one drug on "
                               "one day."),
    "interval_too_short": _(C, "{drug} was given {days} days before {on} ({given_slot}, {given_on}); at least "
                               "{minimum} days must pass."),
    "dose_record_unknown": _(C, "There is no such dose record for C{cycle}D{day}."),
    "not_current_record": _(C, "Dose record DR-{dose_record_id} was replaced by DR-{current}: use the current one."),
    "unsigned_step": _(C, "Dose record DR-{dose_record_id} has a step nobody signed ({steps}): withdraw it and "
                          "calculate again."),
    "already_prepared": _(C, "This dose is already prepared (it is {status})."),
    "already_verified": _(C, "This dose is already verified."),
    "level_changed": _(C, "The dose level changed since the calculation (level {record_level} then, {level} "
                          "now): calculate the dose again."),
    "cohort_changed": _(C, "The cohort changed since the calculation ({record_cohort} then, {cohort} now): "
                           "calculate the dose again."),
    "weight_changed": _(C, "Height or weight changed since the calculation ({record_height_cm} cm and "
                           "{record_weight_kg} kg then, {height_cm} cm and {weight_kg} kg now): calculate the dose "
                           "again."),
    "verified_after_given": _(C, "This dose was already given on {on}."),
    "labs_say_hold": _(C, "The labs say hold: {problems}."),
    "labs_missing": _(C, "No blood counts drawn within {max_age_days} days before the dose: record the labs first."),
    "labs_too_old": _(C, "The blood counts are too old (more than {max_age_days} days before the dose): record "
                         "new labs first."),
    "labs_pending": _(C, "The labs for this dose are still pending."),
    "premedication_not_recorded": _(C, "Record {drug} C{cycle}D{day} first: the infusion follows its "
                                       "premedication."),
    # -- levels, toxicities, stopping a drug -------------------------------------------------
    "reduction_required": _(C, "{field}: a reduction to level {proposed} is required; \"{text}\" cannot be "
                               "chosen."),
    "stop_required": _(C, "{field}: below level {lowest} there is no lower level: the investigator decides to "
                          "stop the drug."),
    "no_re_escalation": _(C, "{field}: \"{text}\" would raise the level above {current}; reductions are never "
                             "reversed."),
    "nothing_discontinued": _(C, "Nothing is discontinued for {subject_code}."),
    "grade_out_of_range": _(C, "{field}: {text} is not a grade from {minimum} to {maximum}."),
    "grade_without_reaction": _(C, "{field}: a grade is recorded only with a reaction (\"{text}\")."),
    "term_text_required": _(C, "{field}: write the term ({minimum} to {maximum} {unit})."),
    "unknown_toxicity_term": _(C, "{field}: \"{text}\" is not a toxicity term of this protocol ({accepted})."),
    "not_voidable": _(C, "This record cannot be made void."),
    "not_signable": _(C, "This record cannot be signed."),
    # -- the database and its files ----------------------------------------------------------
    "not_found": _(C, "The {entity} asked for does not exist (any more)."),
    "referenced_row_missing": _(C, "The {entity} refers to a record that does not exist."),
    "duplicate_record": _(C, "This {entity} is already recorded."),
    "row_version_conflict": _(C, "Someone else changed this {entity} meanwhile: look at it again, then retry."),
    "database_busy": _(C, "The database is busy with another program (waited {waited_ms} ms): nothing was "
                          "written; try again in a moment."),
    "database_exists": _(C, "{field}: {text} already exists ({hint})."),
    "database_missing": _(C, "{field}: there is no database at {text} ({hint})."),
    "unreadable_database": _(C, "{path} is not a readable clinic database: {reason}."),
    "not_a_clinic_database": _(C, "{path} is not a database of this program."),
    "integrity_check_failed": _(C, "The database file is damaged ({reason}): restore the latest backup."),
    "audit_truncated_or_rewritten": _(C, "The audit trail was shortened or rewritten (at entry {row_id}): "
                                         "the database may have been tampered with."),
    "head_unreadable": _(C, "The audit trail's head file cannot be read: {reason}."),
    "head_forged": _(C, "The audit trail's head file does not match the audit key: {reason}."),
    "head_mismatch": _(C, "The audit entry at the recorded head was replaced (entry {row_id})."),
    "seq_gap": _(C, "An audit entry is missing (entry {row_id})."),
    "mac_mismatch": _(C, "Audit entry {row_id} was changed after it was written."),
    "truncated": _(C, "The last audit entries were removed (from entry {row_id})."),
    "foreign_key_violation": _(C, "A record refers to one that does not exist (row {row_id}): {reason}."),
    "audit_key_missing": _(C, "The audit key file {path} is missing: restore it from its own backup."),
    "audit_key_unreadable": _(C, "The audit key file {path} cannot be read: {reason}."),
    "schema_too_new": _(C, "This database was written by a newer version of the program (version {file_version}; "
                           "this one knows {known_version}): use the newer program."),
    "backup_exists": _(C, "{field}: {path} already exists; choose a new file name."),
    "backup_folder_unusable": _(C, "{field}: {path} cannot be written ({hint})."),
    "backup_missing": _(C, "{field}: there is no backup at {path}."),
    "backup_not_from_this_trail": _(C, "This backup does not belong to this clinic's audit trail (entry {row_id})."),
    "clinic_not_empty": _(C, "The clinic already has {patients} patients: import only into an empty clinic."),
    "protocol_mismatch": _(C, "The export was made under another protocol file: import refused."),
    "invalid_export": _(C, "The export file is not valid at {field}: {hint}."),
    # -- program faults a person can still meet ----------------------------------------------
    "wrong_type": _(C, "Program fault: {field} has the wrong type ({got} instead of {expected})."),
    "invalid_value": _(C, "Program fault: a {entity} value was refused by the database ({detail})."),
    "invalid_actor": _(C, "Program fault: no user is named for this change."),
    "actor_mismatch": _(C, "Program fault: the signer is not the user who records the change."),
    "invalid_sha256": _(C, "Program fault: the protocol fingerprint is not valid."),
    "empty_key": _(C, "Program fault: a site setting needs a name."),
    "no_cycle_drug": _(C, "The protocol file has no drug given in cycles ({hint})."),
    # -- the protocol file (ProtocolError: file, key, problem) --------------------------------
    "protocol_error": _(C, "Protocol file {file}, setting \"{key}\": {problem}."),
}

# Codes a ProtocolError raises; their message is "protocol_error".
PROTOCOL_CODES = frozenset({"invalid_protocol", "not_utf8", "reserved_key", "toml_syntax", "unknown_visit",
                            "unreadable", "unknown_drug", "unknown_cohort", "unknown_dose_level", "protocol_too_large",
                            "toml_too_deep"})
HINT = _(C, "Hint: {hint}.")
FALLBACK = _(C, "Not done: {words}.")
AND = _(C, " and ")


class _Blank(dict[str, str]):
    """A value the raise site did not carry is left out rather than shown as a placeholder."""

    def __missing__(self, key: str) -> str:
        return ""


def placeholders(template: str) -> set[str]:
    """The value names a template uses."""
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def describe_error(exc: BaseException, translate: Translate | None = None,
                   drug_names: Mapping[str, str] | None = None) -> str:
    """The message for a DomainError (any other exception: its own text), translated by `translate`."""
    tr = translate or untranslated
    if not isinstance(exc, DomainError):
        return str(exc)
    code = "protocol_error" if isinstance(exc, ProtocolError) else exc.code
    return describe_code(code, exc.values, tr, drug_names)


def describe_code(code: str, values: Mapping[str, Any], translate: Translate | None = None,
                  drug_names: Mapping[str, str] | None = None) -> str:
    """The message for an error code with its values (for faults reported without an exception)."""
    tr = translate or untranslated
    shown = _Blank(people_values(values, tr, drug_names))
    items = values.get("missing_items")
    if code == "cohort_closed" and isinstance(items, list):  # the gate's own words for what is missing
        shown["missing"] = "; ".join(missing_text(str(item.get("code")), item, tr) for item in items
                                     if isinstance(item, dict))
    if code == "independent_check_mismatch":
        shown["fields"] = tr(C, AND).join(values.get("fields", ()))
    template = TEMPLATES.get(code)
    if template is None:
        return _from_other_vocabularies(code, values, tr)
    text = _sentence(tr(C, template).format_map(shown))
    if shown.get("hint") and "hint" not in placeholders(template):
        text += " " + tr(C, HINT).format_map(shown)
    return text


def _from_other_vocabularies(code: str, values: Mapping[str, Any], tr: Translate) -> str:
    """A code the gate forwards from another vocabulary (a plausibility warning, a lab problem, a
    planner reason), in that vocabulary's words; anything else as words."""
    if code in WARNINGS:
        return _sentence(warning_text(code, values, tr)) + "."
    if code in LAB_PROBLEMS:
        return _sentence(lab_problem_text(code, values, tr)) + "."
    return tr(C, FALLBACK).format_map(_Blank(words=code.replace("_", " ")))
