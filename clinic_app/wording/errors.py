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
from .typography import clauses
from .values import QT_TRANSLATE_NOOP, Translate, people_values, untranslated, word
from .warnings import LAB_PROBLEMS, WARNINGS, lab_problem_text, warning_text

C = "ErrorText"  # the Qt class (gui/messages.py) that translates these at run time

TEMPLATES: dict[str, str] = {
    # -- numbers and dates typed by a person ------------------------------------------------
    "empty": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: enter a value in {unit} (accepted range {minimum} to {maximum} {unit})."),
    "thousands_separator": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: \"{text}\" has a thousands separator (accepted range {minimum} to {maximum} {unit})."),
    "decimal_comma": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: \"{text}\" uses a comma (accepted range {minimum} to {maximum} {unit})."),
    "not_a_number": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: \"{text}\" is not a plain number (accepted range {minimum} to {maximum} {unit})."),
    "too_many_decimals": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: \"{text}\" has more than {decimals} decimals (accepted range {minimum} to {maximum} "
                     "{unit})."),
    "out_of_range": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: {text} {unit} is outside the accepted range {minimum} to {maximum} {unit}."),
    "not_finite": QT_TRANSLATE_NOOP("ErrorText", "{field}: a finite number is needed."),
    "not_a_whole_number": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: \"{text}\" is not a whole number in digits 0-9 (accepted {minimum} to {maximum}, "
                     "{unit})."),
    "whole_number_out_of_range": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: {text} is outside the accepted range {minimum} to {maximum} ({unit})."),
    "not_positive": QT_TRANSLATE_NOOP("ErrorText", "{field}: {text} {unit} must be more than 0 {unit}."),
    "date_in_future": QT_TRANSLATE_NOOP("ErrorText", "{field}: {text} is in the future (latest {maximum})."),
    "age_out_of_range": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: {text} gives an age of {age} years; accepted {minimum} to {maximum} years."),
    "c1d1_out_of_range": QT_TRANSLATE_NOOP("ErrorText", "{field}: {text} is outside {minimum} to {maximum}."),
    "invalid_date": QT_TRANSLATE_NOOP("ErrorText", "{field}: \"{text}\" is not a date; {hint}."),
    "no_study_day_zero": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: there is no study day 0 (day 1 is the first dose; the day before is -1)."),
    "naive_datetime": QT_TRANSLATE_NOOP("ErrorText", "{field}: a date and time with its time zone is needed."),
    "naive_time": QT_TRANSLATE_NOOP("ErrorText", "{field}: a time with its time zone is needed."),
    "unknown_dose_level": QT_TRANSLATE_NOOP("ErrorText", "{field}: \"{text}\" is not a dose level of this protocol "
                               "(accepted {minimum} to {maximum})."),
    "unknown_formula": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: \"{text}\" is not a BSA formula this program knows ({hint})."),
    "unknown_cohort": QT_TRANSLATE_NOOP("ErrorText", "{field}: \"{text}\" is not a cohort of this protocol."),
    "unknown_route": QT_TRANSLATE_NOOP("ErrorText", "{field}: \"{text}\" is not a route with an agreed spelling."),
    "unknown_drug": QT_TRANSLATE_NOOP("ErrorText", "{field}: \"{text}\" is not a drug of this protocol ({allowed})."),
    "invalid_choice": QT_TRANSLATE_NOOP("ErrorText", "{field}: \"{text}\" is not one of the choices ({allowed})."),
    "decision_kind_not_here": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: this kind of decision is not made here ({allowed})."),
    "invalid_dose_level_decision": QT_TRANSLATE_NOOP("ErrorText", "{field}: \"{text}\" cannot be chosen ({hint})."),
    "invalid_text": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: {minimum} to {maximum} {unit}, printable characters only."),
    "invalid_subject_code": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: \"{text}\" is not valid ({unit}, {minimum} to {maximum} characters)."),
    "invalid_initials": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: \"{text}\" is not valid ({unit}, {minimum} to {maximum})."),
    "invalid_site_name": QT_TRANSLATE_NOOP("ErrorText", "Site name: {minimum} to {maximum} {unit}."),
    "invalid_phone": QT_TRANSLATE_NOOP(
        "ErrorText", "Phone: \"{text}\" is not a phone number (digits, spaces and . ( ) / - only, "
                          "{minimum} to {maximum} {unit})."),
    "reason_required": QT_TRANSLATE_NOOP("ErrorText", "{field}: write the reason."),
    "note_required": QT_TRANSLATE_NOOP("ErrorText", "Note: {hint}."),
    "slot_required": QT_TRANSLATE_NOOP("ErrorText", "Name the cycle and day this decision applies to."),
    "tolerance_required": QT_TRANSLATE_NOOP("ErrorText", "Tolerance: record how the infusion was tolerated."),
    "reaction_grade_required": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: choose the reaction's {unit}, {minimum} to {maximum}."),
    # -- accounts and signing in -------------------------------------------------------------
    "authentication_failed": QT_TRANSLATE_NOOP("ErrorText", "User name or password is wrong."),
    "one_time_code_expired": QT_TRANSLATE_NOOP(
        "ErrorText", "The one-time code has expired. Ask an administrator for a new one."),
    "account_locked": QT_TRANSLATE_NOOP(
        "ErrorText", "This account is locked until {locked_until} after too many failed attempts."),
    "password_change_required": QT_TRANSLATE_NOOP(
        "ErrorText", "Choose your own password now (the one-time code was right)."),
    "password_length": QT_TRANSLATE_NOOP("ErrorText", "The password must have {minimum} to {maximum} {unit}."),
    "password_contains_username": QT_TRANSLATE_NOOP("ErrorText", "The password must not contain the user name."),
    "password_unchanged": QT_TRANSLATE_NOOP("ErrorText", "The new password must differ from the current one."),
    "password_required": QT_TRANSLATE_NOOP("ErrorText", "Password: {hint}."),
    "invalid_username": QT_TRANSLATE_NOOP("ErrorText", "User name: {minimum} to {maximum} {unit}; {hint}."),
    "shared_login_refused": QT_TRANSLATE_NOOP("ErrorText", "User name: a shared login is refused ({hint})."),
    "full_name_required": QT_TRANSLATE_NOOP("ErrorText", "Full name: write the {hint}."),
    "unknown_user": QT_TRANSLATE_NOOP("ErrorText", "There is no such user account."),
    "unknown_actor": QT_TRANSLATE_NOOP("ErrorText", "There is no user account {username}."),
    "users_exist": QT_TRANSLATE_NOOP("ErrorText", "This clinic is already set up: {hint}."),
    "session_invalid": QT_TRANSLATE_NOOP(
        "ErrorText", "Your account is no longer active or was changed: sign in again."),
    "credentials_changed": QT_TRANSLATE_NOOP(
        "ErrorText", "The password of {username} was changed meanwhile: sign in again."),
    "permission_denied": QT_TRANSLATE_NOOP("ErrorText", "Not allowed: your role ({role}) may not {action}."),
    "signature_role_refused": QT_TRANSLATE_NOOP(
        "ErrorText", "Not allowed: your role ({role}) may not sign \"{meaning}\"."),
    "user_required": QT_TRANSLATE_NOOP("ErrorText", "{field}: {hint}."),
    "invalid_arguments": QT_TRANSLATE_NOOP("ErrorText", "{hint} (see {command} --help)."),
    # -- patients, cohorts, visits -----------------------------------------------------------
    "cohort_closed": QT_TRANSLATE_NOOP(
        "ErrorText", "Cohort {cohort} is closed. Open now: {open_cohorts}. Still missing: {missing}."),
    "cohort_unchanged": QT_TRANSLATE_NOOP("ErrorText", "The patient is already in cohort {cohort}."),
    "cohort_change_needs_reassignment": QT_TRANSLATE_NOOP(
        "ErrorText", "A cohort changes only by an investigator's signed re-assignment."),
    "unknown_subject": QT_TRANSLATE_NOOP("ErrorText", "There is no patient {subject_code}."),
    "identity_subject_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "The name and hospital number belong to another subject code."),
    "c1d1_unknown": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: the first dose date of {subject_code} is not known yet ({hint})."),
    "acknowledgement_required": QT_TRANSLATE_NOOP("ErrorText", "Every warning must be ticked before continuing."),
    "nothing_due": QT_TRANSLATE_NOOP("ErrorText", "Nothing is due for {subject_code} on {date}."),
    "patient_required": QT_TRANSLATE_NOOP("ErrorText", "{field}: name the patient ({hint})."),
    # -- the dose path -----------------------------------------------------------------------
    "measurement_required": QT_TRANSLATE_NOOP("ErrorText", "Record the height and weight first."),
    "weight_too_old": QT_TRANSLATE_NOOP(
        "ErrorText", "The weight was measured {age_days} days before the dose (at most {max_age_days} "
                           "days): measure the patient again."),
    "weight_change_decision_required": QT_TRANSLATE_NOOP("ErrorText",
        "The weight changed by {change_percent} % (from {weight_used_last_dose_kg} kg to {weight_kg} kg): "
        "an investigator must decide to recalculate or keep the dose."),
    "no_such_dose": QT_TRANSLATE_NOOP("ErrorText", "{drug} C{cycle}D{day} is not in this patient's calendar."),
    "dose_not_pending": QT_TRANSLATE_NOOP("ErrorText", "C{cycle}D{day} is not waiting to be given (it is {status})."),
    "not_yet_due": QT_TRANSLATE_NOOP(
        "ErrorText", "{drug} C{cycle}D{day} is planned for {planned_date}; it can be given from {window_start}."),
    "decision_required": QT_TRANSLATE_NOOP(
        "ErrorText", "An investigator must decide on {drug}{slot} first ({decision})."),
    "zero_dose": QT_TRANSLATE_NOOP(
        "ErrorText", "The calculated dose is {dose_mg} mg: a zero dose is refused (hold or omit instead)."),
    "not_flat_dose": QT_TRANSLATE_NOOP("ErrorText", "{drug} is dosed by body surface area, not by cohort."),
    "hold_required": QT_TRANSLATE_NOOP("ErrorText", "The labs require a hold: {reasons}."),
    "four_eyes": QT_TRANSLATE_NOOP("ErrorText", "Refused: {prepared_by} prepared this dose and cannot also verify it. "
                      "A second pharmacist must verify."),
    "independent_check_mismatch": QT_TRANSLATE_NOOP("ErrorText",
        "Not the same as the record ({fields}): your BSA {bsa_m2} m² (record {record_bsa_m2} m²), your dose "
        "{dose_mg} mg (record {record_dose_mg} mg). Not verified: find the difference with the pharmacist "
        "who prepared it."),
    "not_prepared": QT_TRANSLATE_NOOP("ErrorText", "This dose has not been prepared yet (it is {status})."),
    "dose_record_required": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no verified dose for C{cycle}D{day}: the pharmacy must calculate, "
                                 "prepare and verify it first."),
    "dose_record_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "Dose record DR-{dose_record_id} is for another patient or slot, not for "
                                 "this dose."),
    "dose_not_verified": QT_TRANSLATE_NOOP("ErrorText", "The dose is not verified yet (it is {status})."),
    "dose_record_void": QT_TRANSLATE_NOOP("ErrorText", "This dose record is void ({reason}): use the current one."),
    "preparation_expired": QT_TRANSLATE_NOOP(
        "ErrorText", "The preparation expired at {expired_at}: prepare a new one."),
    "calculation_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "The stored calculation ({stored_mg} mg) no longer reproduces "
                                 "({recalculated_mg} mg): recalculate the dose; do not use this record."),
    "protocol_changed": QT_TRANSLATE_NOOP(
        "ErrorText", "This dose was calculated under another version of the protocol file: "
                             "recalculate it."),
    "level_decision_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "Dose level {level} has no signed investigator decision behind it."),
    "no_dose_record": QT_TRANSLATE_NOOP(
        "ErrorText", "No dose has been calculated for {subject_code} on {date} ({hint})."),
    "invalid_transition": QT_TRANSLATE_NOOP("ErrorText", "This {entity} is {current}; it cannot become {wanted}."),
    # -- the dose gate: why an action on a slot cannot go ahead ------------------------------
    "patient_not_active": QT_TRANSLATE_NOOP("ErrorText", "{subject_code} is no longer on treatment."),
    "not_calculated": QT_TRANSLATE_NOOP("ErrorText", "{drug}: no dose has been calculated for this slot yet."),
    "not_prepared_by_pharmacy": QT_TRANSLATE_NOOP("ErrorText", "{drug}: the pharmacy has not prepared this dose yet."),
    "dose_already_given": QT_TRANSLATE_NOOP("ErrorText", "{drug} C{cycle}D{day} is already recorded as given."),
    "dose_omitted": QT_TRANSLATE_NOOP("ErrorText", "{drug} C{cycle}D{day} was omitted: it is not given later."),
    "not_applicable": QT_TRANSLATE_NOOP(
        "ErrorText", "{drug} C{cycle}D{day} does not apply (its infusion was not given)."),
    "drug_discontinued": QT_TRANSLATE_NOOP(
        "ErrorText", "{drug} is discontinued for this patient since {on} ({reason}): C{cycle}D{day} cannot be "
                     "calculated, prepared or given."),
    "treatment_ended": QT_TRANSLATE_NOOP(
        "ErrorText", "Treatment ended for this patient on {on}: {drug} C{cycle}D{day} cannot be given."),
    "hold_the_infusion": QT_TRANSLATE_NOOP(
        "ErrorText", "{drug} C{cycle}D{day} is a premedication: hold the infusion itself."),
    "dose_missed": QT_TRANSLATE_NOOP(
        "ErrorText", "{drug} C{cycle}D{day} was missed: its window ended on {window_end}. Record what "
                        "happened (a late entry on its real date, or an omission)."),
    "late_entry_date_required": QT_TRANSLATE_NOOP(
        "ErrorText", "{drug} C{cycle}D{day}: a late entry needs the real date, before {today}."),
    "outside_window": QT_TRANSLATE_NOOP(
        "ErrorText", "{drug} C{cycle}D{day}: {on} is outside its window, {window_start} to {window_end}."),
    "waits_for_previous_dose": QT_TRANSLATE_NOOP(
        "ErrorText", "{drug} C{cycle}D{day} waits for the dose it follows to be given first."),
    "same_drug_same_day": QT_TRANSLATE_NOOP(
        "ErrorText", "{drug} was already given on {on} ({given_slot}): never two doses of one drug on "
                               "one day."),
    "interval_too_short": QT_TRANSLATE_NOOP(
        "ErrorText", "{drug} was given {days} days before {on} ({given_slot}, {given_on}); at least "
                               "{minimum} days must pass."),
    "dose_record_unknown": QT_TRANSLATE_NOOP("ErrorText", "There is no such dose record for C{cycle}D{day}."),
    "not_current_record": QT_TRANSLATE_NOOP(
        "ErrorText", "Dose record DR-{dose_record_id} was replaced by DR-{current}: use the current one."),
    "unsigned_step": QT_TRANSLATE_NOOP(
        "ErrorText", "Dose record DR-{dose_record_id} has a step nobody signed ({steps}): withdraw it and "
                          "calculate again."),
    "already_prepared": QT_TRANSLATE_NOOP("ErrorText", "This dose is already prepared (it is {status})."),
    "already_verified": QT_TRANSLATE_NOOP("ErrorText", "This dose is already verified."),
    "level_changed": QT_TRANSLATE_NOOP(
        "ErrorText", "The dose level changed since the calculation (level {record_level} then, {level} "
                          "now): calculate the dose again."),
    "cohort_changed": QT_TRANSLATE_NOOP(
        "ErrorText", "The cohort changed since the calculation ({record_cohort} then, {cohort} now): "
                           "calculate the dose again."),
    "weight_changed": QT_TRANSLATE_NOOP(
        "ErrorText", "Height or weight changed since the calculation ({record_height_cm} cm and "
                           "{record_weight_kg} kg then, {height_cm} cm and {weight_kg} kg now): calculate the dose "
                           "again."),
    "verified_after_given": QT_TRANSLATE_NOOP("ErrorText", "This dose was already given on {on}."),
    "labs_say_hold": QT_TRANSLATE_NOOP("ErrorText", "The labs say hold: {problems}."),
    "labs_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "No blood counts drawn within {max_age_days} days before the dose: record the labs first."),
    "labs_too_old": QT_TRANSLATE_NOOP(
        "ErrorText", "The blood counts are too old (more than {max_age_days} days before the dose): record "
                         "new labs first."),
    "labs_pending": QT_TRANSLATE_NOOP("ErrorText", "The labs for this dose are still pending."),
    "premedication_not_recorded": QT_TRANSLATE_NOOP(
        "ErrorText", "Record {drug} C{cycle}D{day} first: the infusion follows its "
                                       "premedication."),
    # -- levels, toxicities, stopping a drug -------------------------------------------------
    "reduction_required": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: a reduction to level {proposed} is required; \"{text}\" cannot be "
                               "chosen."),
    "stop_required": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: below level {lowest} there is no lower level: the investigator decides to "
                          "stop the drug."),
    "no_re_escalation": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: \"{text}\" would raise the level above {current}; reductions are never "
                             "reversed."),
    "nothing_discontinued": QT_TRANSLATE_NOOP("ErrorText", "Nothing is discontinued for {subject_code}."),
    "grade_out_of_range": QT_TRANSLATE_NOOP("ErrorText", "{field}: {text} is not a grade from {minimum} to {maximum}."),
    "grade_without_reaction": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: a grade is recorded only with a reaction (\"{text}\")."),
    "term_text_required": QT_TRANSLATE_NOOP("ErrorText", "{field}: write the term ({minimum} to {maximum} {unit})."),
    "unknown_toxicity_term": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: \"{text}\" is not a toxicity term of this protocol ({accepted})."),
    "not_voidable": QT_TRANSLATE_NOOP("ErrorText", "This record cannot be made void."),
    "not_signable": QT_TRANSLATE_NOOP("ErrorText", "This record cannot be signed."),
    # -- the database and its files ----------------------------------------------------------
    "not_found": QT_TRANSLATE_NOOP("ErrorText", "The {entity} asked for does not exist (any more)."),
    "referenced_row_missing": QT_TRANSLATE_NOOP("ErrorText", "The {entity} refers to a record that does not exist."),
    "duplicate_record": QT_TRANSLATE_NOOP("ErrorText", "This {entity} is already recorded."),
    "row_version_conflict": QT_TRANSLATE_NOOP(
        "ErrorText", "Someone else changed this {entity} meanwhile: look at it again, then retry."),
    "database_busy": QT_TRANSLATE_NOOP(
        "ErrorText", "The database is busy with another program (waited {waited_ms} ms): nothing was "
                          "written; try again in a moment."),
    "database_exists": QT_TRANSLATE_NOOP("ErrorText", "{field}: {text} already exists ({hint})."),
    "database_missing": QT_TRANSLATE_NOOP("ErrorText", "{field}: there is no database at {text} ({hint})."),
    "unreadable_database": QT_TRANSLATE_NOOP("ErrorText", "{path} is not a readable clinic database: {reason}."),
    "not_a_clinic_database": QT_TRANSLATE_NOOP("ErrorText", "{path} is not a database of this program."),
    "integrity_check_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "The database file is damaged ({reason}): restore the latest backup."),
    "audit_truncated_or_rewritten": QT_TRANSLATE_NOOP(
        "ErrorText", "The audit trail was shortened or rewritten (at entry {row_id}): "
                                         "the database may have been tampered with."),
    "head_unreadable": QT_TRANSLATE_NOOP("ErrorText", "The audit trail's head file cannot be read: {reason}."),
    "head_forged": QT_TRANSLATE_NOOP(
        "ErrorText", "The audit trail's head file does not match the audit key: {reason}."),
    "head_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "The audit entry at the recorded head was replaced (entry {row_id})."),
    "seq_gap": QT_TRANSLATE_NOOP("ErrorText", "An audit entry is missing (entry {row_id})."),
    "mac_mismatch": QT_TRANSLATE_NOOP("ErrorText", "Audit entry {row_id} was changed after it was written."),
    "truncated": QT_TRANSLATE_NOOP("ErrorText", "The last audit entries were removed (from entry {row_id})."),
    "foreign_key_violation": QT_TRANSLATE_NOOP(
        "ErrorText", "A record refers to one that does not exist (row {row_id}): {reason}."),
    "audit_key_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "The audit key file {path} is missing: restore it from its own backup."),
    "audit_key_unreadable": QT_TRANSLATE_NOOP("ErrorText", "The audit key file {path} cannot be read: {reason}."),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "ErrorText", "This database was written by a newer version of the program (version {file_version}; "
                           "this one knows {known_version}): use the newer program."),
    "backup_exists": QT_TRANSLATE_NOOP("ErrorText", "{field}: {path} already exists; choose a new file name."),
    "backup_folder_unusable": QT_TRANSLATE_NOOP("ErrorText", "{field}: {path} cannot be written ({hint})."),
    "backup_missing": QT_TRANSLATE_NOOP("ErrorText", "{field}: there is no backup at {path}."),
    "backup_not_from_this_trail": QT_TRANSLATE_NOOP(
        "ErrorText", "This backup does not belong to this clinic's audit trail (entry {row_id})."),
    "clinic_not_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "The clinic already has {patients} patients: import only into an empty clinic."),
    "protocol_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "The export was made under another protocol file: import refused."),
    "invalid_export": QT_TRANSLATE_NOOP("ErrorText", "The export file is not valid at {field}: {hint}."),
    "audit_key_of_another_database": QT_TRANSLATE_NOOP(
        "ErrorText", "The audit key file {path} belongs to another database ({hint})."),
    "backup_trail_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} holds records but no audit trail: it cannot be restored."),
    "backup_schema_differs": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} was written by another version of the program: it cannot be restored here."),
    "backup_of_another_site": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is a backup of another clinic: it cannot be restored here."),
    "database_is_a_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: {path} is a folder, not a database file ({hint})."),
    "database_restored": QT_TRANSLATE_NOOP(
        "ErrorText", "The database was restored from a backup meanwhile ({hint}): sign in again."),
    "records_without_trail": QT_TRANSLATE_NOOP(
        "ErrorText", "The database holds records but its audit trail is missing: restore the latest backup."),
    "row_not_audited": QT_TRANSLATE_NOOP("ErrorText", "A record is not on the audit trail (row {row_id}): {reason}."),
    "row_altered": QT_TRANSLATE_NOOP(
        "ErrorText", "A record was changed without an audit entry (row {row_id}): {reason}."),
    "row_missing": QT_TRANSLATE_NOOP("ErrorText", "A record on the audit trail is gone (row {row_id}): {reason}."),
    "signature_content_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "A signed record no longer matches what was signed (signature {row_id}): {reason}."),
    "snapshot_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "A dose record's frozen calculation was changed (row {row_id}): {reason}."),
    "wrong_signature_meaning": QT_TRANSLATE_NOOP(
        "ErrorText", "A signature has the wrong meaning for its record (row {row_id}): {reason}."),
    "signed_twice": QT_TRANSLATE_NOOP("ErrorText", "A record was signed twice (row {row_id}): {reason}."),
    "unsigned_record": QT_TRANSLATE_NOOP("ErrorText", "A record that must be signed is not (row {row_id}): {reason}."),
    "status_without_step": QT_TRANSLATE_NOOP(
        "ErrorText", "A dose record's status has no signed step behind it (row {row_id}): {reason}."),
    "schema_altered": QT_TRANSLATE_NOOP(
        "ErrorText", "The database's structure was changed outside the program ({reason}): a protection of the "
                     "records may be gone."),
    "derived_state_forged": QT_TRANSLATE_NOOP(
        "ErrorText", "Kept state was written without the audit key (row {row_id}): {reason}."),
    "due_state_differs": QT_TRANSLATE_NOOP(
        "ErrorText", "A patient's kept due list differs from the dose gate's answer (patient row {row_id}): "
                     "{reason}."),
    "schema_upgrade_needed": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} must be upgraded to this version ({known_version}) before it is read: {hint}."),
    "file_write_failed": QT_TRANSLATE_NOOP("ErrorText", "{field}: {path} could not be written: {reason}."),
    "output_exists": QT_TRANSLATE_NOOP("ErrorText", "{field}: {path} already exists ({hint})."),
    "output_folder_missing": QT_TRANSLATE_NOOP("ErrorText", "{field}: the folder of {path} does not exist ({hint})."),
    "output_is_folder": QT_TRANSLATE_NOOP("ErrorText", "{field}: {path} is a folder ({hint})."),
    "output_is_protected": QT_TRANSLATE_NOOP("ErrorText", "{field}: {path} is never written over ({hint})."),
    "output_not_a_file": QT_TRANSLATE_NOOP("ErrorText", "{field}: {path} is not a plain file ({hint})."),
    "invalid_encoding": QT_TRANSLATE_NOOP("ErrorText", "{field}: the file is not {unit} text ({hint})."),
    "invalid_import_record": QT_TRANSLATE_NOOP("ErrorText", "The export file is refused at {field}: {reason}."),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: {text} is outside the accepted range {minimum} to {maximum}."),
    # -- accounts (second person, names) -----------------------------------------------------
    "cannot_deactivate_self": QT_TRANSLATE_NOOP("ErrorText", "You cannot deactivate your own account ({username})."),
    "no_pending_reset": QT_TRANSLATE_NOOP(
        "ErrorText", "No password reset of {username} waits for confirmation ({hint})."),
    "second_person_required": QT_TRANSLATE_NOOP(
        "ErrorText", "A second person must confirm this for {username} ({hint})."),
    "full_name_character_refused": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: the character {code_point} at position {position} is refused ({hint})."),
    "full_name_length": QT_TRANSLATE_NOOP("ErrorText", "{field}: {minimum} to {maximum} {unit}."),
    "full_name_lookalike": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: too like the name of {username} ({hint}); write it so the two cannot be confused."),
    # -- program faults a person can still meet ----------------------------------------------
    "wrong_type": QT_TRANSLATE_NOOP(
        "ErrorText", "Program fault: {field} has the wrong type ({got} instead of {expected})."),
    "invalid_value": QT_TRANSLATE_NOOP(
        "ErrorText", "Program fault: a {entity} value was refused by the database ({detail})."),
    "invalid_actor": QT_TRANSLATE_NOOP("ErrorText", "Program fault: no user is named for this change."),
    "actor_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "Program fault: the signer is not the user who records the change."),
    "invalid_sha256": QT_TRANSLATE_NOOP("ErrorText", "Program fault: the protocol fingerprint is not valid."),
    "empty_key": QT_TRANSLATE_NOOP("ErrorText", "Program fault: a site setting needs a name."),
    "no_cycle_drug": QT_TRANSLATE_NOOP("ErrorText", "The protocol file has no drug given in cycles ({hint})."),
    # -- the protocol file (ProtocolError: file, key, problem) --------------------------------
    "protocol_error": QT_TRANSLATE_NOOP("ErrorText", "Protocol file {file}, setting \"{key}\": {problem}."),
}

# Codes a ProtocolError raises; their message is "protocol_error".
# Codes whose "reason" value is itself a code (why a drug stopped), written as words.
CODED_REASON = frozenset({"drug_discontinued", "discontinued"})
PROTOCOL_CODES = frozenset({"invalid_protocol", "not_utf8", "reserved_key", "toml_syntax", "unknown_visit",
                            "unreadable", "unknown_drug", "unknown_cohort", "unknown_dose_level", "protocol_too_large",
                            "toml_too_deep"})
HINT = QT_TRANSLATE_NOOP("ErrorText", "Hint: {hint}.")
FALLBACK = QT_TRANSLATE_NOOP("ErrorText", "Not done: {words}.")
AND = QT_TRANSLATE_NOOP("ErrorText", " and ")


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
        shown["missing"] = clauses(missing_text(str(item.get("code")), item, tr) for item in items
                                     if isinstance(item, dict))
    if code in CODED_REASON and isinstance(values.get("reason"), str):
        shown["reason"] = word(str(values["reason"]), tr)
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
