"""Values inside a sentence, written for people: dates as "Mon 05-Jan-2026", times with their zone,
decimals without trailing zeros, lists joined, and the program's own codes ("decision_required",
"low_anc", "open_cohort", "dose_records") replaced by words."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from clinic_app.domain.errors import Hint
from clinic_app.domain.formatting import decimal_text, format_birth_date, format_date, format_datetime, plain_number

from .catalogue import words
from .typography import NBSP

# (context, text) -> translated text: QCoreApplication.translate in the window, `untranslated` elsewhere.
Translate = Callable[[str, str], str]
WORDS_CONTEXT = "ErrorText"  # the words below are translated with the error messages


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark `text` for translation under `context`; returns it unchanged."""
    return text


def drug_names(protocol: Any) -> dict[str, str]:
    """Drug key -> printed name: the protocol's display names (tall-man, never translated), the
    premedication drug capitalised in the current language ("Dexamethasone", "Dexaméthasone")."""
    if protocol is None:
        return {}
    names = {drug.key: str(drug.display_name) for drug in protocol.drugs}
    premedication = words()("ProtocolText", str(protocol.premedication.drug))
    names[protocol.premedication.drug] = premedication[:1].upper() + premedication[1:]
    return names


def protocol_names(protocol: Any) -> dict[str, str]:
    """Every key the protocol gives a printed name: drugs (as drug_names) and visits ("week13_assessment"
    -> "Week 13 assessment (complete examination)")."""
    if protocol is None:
        return {}
    return {**drug_names(protocol), **{visit.key: str(visit.name) for visit in protocol.visits}}


def untranslated(context: str, text: str) -> str:
    """The English text as it is (the command line and paper, until they are translated)."""
    return text


TEXT_SHOWN = 40  # characters of a typed value quoted back in a message

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?([+-][0-9]{2}:[0-9]{2}|Z)")

# Codes that travel inside error values, and the words they stand for.
WORDS: dict[str, str] = {
    # statuses of planned items and dose records
    "planned": QT_TRANSLATE_NOOP("ErrorText", "planned"),
    "due": QT_TRANSLATE_NOOP("ErrorText", "due"),
    "due_today": QT_TRANSLATE_NOOP("ErrorText", "due today"),
    "overdue": QT_TRANSLATE_NOOP("ErrorText", "overdue"),
    "upcoming": QT_TRANSLATE_NOOP("ErrorText", "upcoming"),
    "done": QT_TRANSLATE_NOOP("ErrorText", "done"),
    "held": QT_TRANSLATE_NOOP("ErrorText", "held"),
    "omitted": QT_TRANSLATE_NOOP("ErrorText", "omitted"),
    "given": QT_TRANSLATE_NOOP("ErrorText", "given"),
    "decision_required": QT_TRANSLATE_NOOP("ErrorText", "waiting for an investigator's decision"),
    "not_applicable": QT_TRANSLATE_NOOP("ErrorText", "not applicable"),
    "screening": QT_TRANSLATE_NOOP("ErrorText", "screening"),
    "actual": QT_TRANSLATE_NOOP("ErrorText", "actual"),
    # roles, and what a signature means (ROLE-3), as people read them
    "nurse": QT_TRANSLATE_NOOP("ErrorText", "nurse"),
    "pharmacist": QT_TRANSLATE_NOOP("ErrorText", "pharmacist"),
    "investigator": QT_TRANSLATE_NOOP("ErrorText", "investigator"),
    "administrator": QT_TRANSLATE_NOOP("ErrorText", "administrator"),
    "Prepared": QT_TRANSLATE_NOOP("ErrorText", "Prepared"),
    "Verified": QT_TRANSLATE_NOOP("ErrorText", "Verified"),
    "Checked": QT_TRANSLATE_NOOP("ErrorText", "Checked"),
    "Administered": QT_TRANSLATE_NOOP("ErrorText", "Administered"),
    "Approved": QT_TRANSLATE_NOOP("ErrorText", "Approved"),
    "Held": QT_TRANSLATE_NOOP("ErrorText", "Held"),
    # audit actions
    "account_locked": QT_TRANSLATE_NOOP("ErrorText", "account locked"),
    "activate_user": QT_TRANSLATE_NOOP("ErrorText", "activate a user"),
    "assign_cohort": QT_TRANSLATE_NOOP("ErrorText", "assign a cohort"),
    "calculate_dose": QT_TRANSLATE_NOOP("ErrorText", "calculate a dose"),
    "change_language": QT_TRANSLATE_NOOP("ErrorText", "change the language"),
    "change_password": QT_TRANSLATE_NOOP("ErrorText", "change the password"),
    "change_setting": QT_TRANSLATE_NOOP("ErrorText", "change a setting"),
    "close_day": QT_TRANSLATE_NOOP("ErrorText", "close a day"),
    "correct_administration": QT_TRANSLATE_NOOP("ErrorText", "correct an administration"),
    "correct_identity": QT_TRANSLATE_NOOP("ErrorText", "correct the identity"),
    "create_first_administrator": QT_TRANSLATE_NOOP("ErrorText", "create the first administrator"),
    "create_setting": QT_TRANSLATE_NOOP("ErrorText", "create a setting"),
    "create_site_id": QT_TRANSLATE_NOOP("ErrorText", "create the site's identity"),
    "create_user": QT_TRANSLATE_NOOP("ErrorText", "create a user"),
    "import_closed_days": QT_TRANSLATE_NOOP("ErrorText", "import closed days"),
    "import_document": QT_TRANSLATE_NOOP("ErrorText", "import a document"),
    "import_identity": QT_TRANSLATE_NOOP("ErrorText", "import an identity"),
    "import_patients": QT_TRANSLATE_NOOP("ErrorText", "import patients"),
    "import_provenance": QT_TRANSLATE_NOOP("ErrorText", "import provenance"),
    "import_signature": QT_TRANSLATE_NOOP("ErrorText", "import a signature"),
    "migrate": QT_TRANSLATE_NOOP("ErrorText", "upgrade the database"),
    "migrate_row": QT_TRANSLATE_NOOP("ErrorText", "record a row after an upgrade"),
    "prepare_dose": QT_TRANSLATE_NOOP("ErrorText", "prepare a dose"),
    "reassign_cohort": QT_TRANSLATE_NOOP("ErrorText", "re-assign a cohort"),
    "record_lab": QT_TRANSLATE_NOOP("ErrorText", "record labs"),
    "reopen_day": QT_TRANSLATE_NOOP("ErrorText", "reopen a day"),
    "request_password_reset": QT_TRANSLATE_NOOP("ErrorText", "request a password reset"),
    "reset_password": QT_TRANSLATE_NOOP("ErrorText", "reset a password"),
    "set_identity": QT_TRANSLATE_NOOP("ErrorText", "record the identity"),
    "set_language": QT_TRANSLATE_NOOP("ErrorText", "record the language"),
    "sign_in_after_failures": QT_TRANSLATE_NOOP("ErrorText", "sign in after failures"),
    "sign_in_failed_while_locked": QT_TRANSLATE_NOOP("ErrorText", "sign-in refused while locked"),
    "update_patient": QT_TRANSLATE_NOOP("ErrorText", "update the patient"),
    "verify_dose": QT_TRANSLATE_NOOP("ErrorText", "verify a dose"),
    "decide_cohort_safety_satisfactory": QT_TRANSLATE_NOOP("ErrorText", "decide cohort safety satisfactory"),
    "decide_dose_level": QT_TRANSLATE_NOOP("ErrorText", "decide the dose level"),
    "decide_flat_dose_give_skip": QT_TRANSLATE_NOOP("ErrorText", "decide give or skip"),
    "decide_premedication": QT_TRANSLATE_NOOP("ErrorText", "decide the premedication"),
    "decide_weight_change": QT_TRANSLATE_NOOP("ErrorText", "decide on a weight change"),
    "dose_prepared": QT_TRANSLATE_NOOP("ErrorText", "dose prepared"),
    "dose_verified": QT_TRANSLATE_NOOP("ErrorText", "dose verified"),
    "dose_calculated": QT_TRANSLATE_NOOP("ErrorText", "dose calculated"),
    "dose_void": QT_TRANSLATE_NOOP("ErrorText", "dose void"),
    "record_given": QT_TRANSLATE_NOOP("ErrorText", "record given"),
    "record_held": QT_TRANSLATE_NOOP("ErrorText", "record held"),
    "record_omitted": QT_TRANSLATE_NOOP("ErrorText", "record omitted"),
    "sign_administered": QT_TRANSLATE_NOOP("ErrorText", "sign administered"),
    "sign_approved": QT_TRANSLATE_NOOP("ErrorText", "sign approved"),
    "sign_held": QT_TRANSLATE_NOOP("ErrorText", "sign held"),
    "sign_prepared": QT_TRANSLATE_NOOP("ErrorText", "sign prepared"),
    "sign_verified": QT_TRANSLATE_NOOP("ErrorText", "sign verified"),
    # where a dose stands for the pharmacy, and its labs
    "not_calculated": QT_TRANSLATE_NOOP("ErrorText", "not calculated"),
    "no_pharmacy_step": QT_TRANSLATE_NOOP("ErrorText", "no pharmacy step"),
    "ok": QT_TRANSLATE_NOOP("ErrorText", "ok"),
    "missing": QT_TRANSLATE_NOOP("ErrorText", "missing"),
    "too_old": QT_TRANSLATE_NOOP("ErrorText", "too old"),
    "calculated": QT_TRANSLATE_NOOP("ErrorText", "calculated"),
    "prepared": QT_TRANSLATE_NOOP("ErrorText", "prepared"),
    "verified": QT_TRANSLATE_NOOP("ErrorText", "verified"),
    "void": QT_TRANSLATE_NOOP("ErrorText", "void"),
    # kinds of investigator decision (what a dose waits for)
    "dose_level": QT_TRANSLATE_NOOP("ErrorText", "dose level"),
    "flat_dose_give_skip": QT_TRANSLATE_NOOP("ErrorText", "flat dose after a held infusion: give or skip"),
    "premedication": QT_TRANSLATE_NOOP("ErrorText", "premedication after cycle 1: continue or omit"),
    "weight_change": QT_TRANSLATE_NOOP("ErrorText", "weight change: recalculate or keep the dose"),
    "discontinue_drug": QT_TRANSLATE_NOOP("ErrorText", "discontinuation for good"),
    "after_discontinuation": QT_TRANSLATE_NOOP(
        "ErrorText", "after a discontinuation: continue the flat dose alone or end treatment"),
    # how an infusion was tolerated
    "well_tolerated": QT_TRANSLATE_NOOP("ErrorText", "well tolerated"),
    "mild_reaction": QT_TRANSLATE_NOOP("ErrorText", "mild reaction"),
    # what the premedication rule found about an infusion (domain.premedication)
    "infusion not given": QT_TRANSLATE_NOOP("ErrorText", "infusion not given"),
    "tolerance not recorded": QT_TRANSLATE_NOOP("ErrorText", "tolerance not recorded"),
    "severe_hypersensitivity": QT_TRANSLATE_NOOP("ErrorText", "severe hypersensitivity"),
    # why a drug was stopped for good (besides severe hypersensitivity)
    "investigator_decision": QT_TRANSLATE_NOOP("ErrorText", "investigator's decision"),
    # hold reasons
    "low_anc": QT_TRANSLATE_NOOP("ErrorText", "ANC below the threshold"),
    "low_platelets": QT_TRANSLATE_NOOP("ErrorText", "platelets below the threshold"),
    "labs_missing": QT_TRANSLATE_NOOP("ErrorText", "no blood counts recent enough"),
    "anc_below_threshold": QT_TRANSLATE_NOOP("ErrorText", "ANC below the threshold"),
    "platelets_below_threshold": QT_TRANSLATE_NOOP("ErrorText", "platelets below the threshold"),
    # actions of the permission table
    "view_patients": QT_TRANSLATE_NOOP("ErrorText", "see patients"),
    "enrol": QT_TRANSLATE_NOOP("ErrorText", "enrol a patient"),
    "record_measurement": QT_TRANSLATE_NOOP("ErrorText", "record height and weight"),
    "record_labs": QT_TRANSLATE_NOOP("ErrorText", "record labs"),
    "record_visit": QT_TRANSLATE_NOOP("ErrorText", "record a visit"),
    "prepare": QT_TRANSLATE_NOOP("ErrorText", "sign a preparation"),
    "verify": QT_TRANSLATE_NOOP("ErrorText", "verify a dose"),
    "administer": QT_TRANSLATE_NOOP("ErrorText", "sign an administration"),
    "hold": QT_TRANSLATE_NOOP("ErrorText", "hold or omit a dose"),
    "decide": QT_TRANSLATE_NOOP("ErrorText", "sign an investigator's decision"),
    "open_cohort": QT_TRANSLATE_NOOP("ErrorText", "open a cohort"),
    "print": QT_TRANSLATE_NOOP("ErrorText", "print"),
    "view_audit": QT_TRANSLATE_NOOP("ErrorText", "see the audit log"),
    "manage_users": QT_TRANSLATE_NOOP("ErrorText", "manage user accounts"),
    "backup": QT_TRANSLATE_NOOP("ErrorText", "back up the database"),
    "restore": QT_TRANSLATE_NOOP("ErrorText", "restore the database"),
    "load_demo": QT_TRANSLATE_NOOP("ErrorText", "load the demo clinic"),
    "manage_site": QT_TRANSLATE_NOOP("ErrorText", "change the site's settings"),
    "record_toxicity": QT_TRANSLATE_NOOP("ErrorText", "record an adverse event"),
    "confirm_password_reset": QT_TRANSLATE_NOOP("ErrorText", "confirm a password reset"),
    # records (table names)
    "patients": QT_TRANSLATE_NOOP("ErrorText", "patient"),
    "users": QT_TRANSLATE_NOOP("ErrorText", "user account"),
    "measurements": QT_TRANSLATE_NOOP("ErrorText", "measurement"),
    "labs": QT_TRANSLATE_NOOP("ErrorText", "lab result"),
    "administrations": QT_TRANSLATE_NOOP("ErrorText", "administration"),
    "decisions": QT_TRANSLATE_NOOP("ErrorText", "decision"),
    "dose_records": QT_TRANSLATE_NOOP("ErrorText", "dose record"),
    "preparations": QT_TRANSLATE_NOOP("ErrorText", "preparation"),
    "verifications": QT_TRANSLATE_NOOP("ErrorText", "verification"),
    "signatures": QT_TRANSLATE_NOOP("ErrorText", "signature"),
    "site_settings": QT_TRANSLATE_NOOP("ErrorText", "site setting"),
    "closed_days": QT_TRANSLATE_NOOP("ErrorText", "closed day"),
    "visit_completions": QT_TRANSLATE_NOOP("ErrorText", "visit"),
    "point_of_care": QT_TRANSLATE_NOOP("ErrorText", "patient identity"),
    "cohort_assignments": QT_TRANSLATE_NOOP("ErrorText", "cohort assignment"),
    "toxicities": QT_TRANSLATE_NOOP("ErrorText", "toxicity"),
    "patient_languages": QT_TRANSLATE_NOOP("ErrorText", "patient's language"),
    # fields named by their code
    "full_name": QT_TRANSLATE_NOOP("ErrorText", "full name"),
    "username": QT_TRANSLATE_NOOP("ErrorText", "user name"),
    "password": QT_TRANSLATE_NOOP("ErrorText", "password"),
    "new_password": QT_TRANSLATE_NOOP("ErrorText", "new password"),
    # fields a person types into, as the raise sites name them
    "file": QT_TRANSLATE_NOOP("ErrorText", "file"),
    "height": QT_TRANSLATE_NOOP("ErrorText", "height"),
    "weight": QT_TRANSLATE_NOOP("ErrorText", "weight"),
    "ANC": QT_TRANSLATE_NOOP("ErrorText", "ANC"),
    "platelets": QT_TRANSLATE_NOOP("ErrorText", "platelets"),
    "your BSA": QT_TRANSLATE_NOOP("ErrorText", "your BSA"),
    "your dose": QT_TRANSLATE_NOOP("ErrorText", "your dose"),
    "BSA": QT_TRANSLATE_NOOP("ErrorText", "BSA"),
    "level": QT_TRANSLATE_NOOP("ErrorText", "level"),
    "cohort": QT_TRANSLATE_NOOP("ErrorText", "cohort"),
    "reason": QT_TRANSLATE_NOOP("ErrorText", "reason"),
    "grade": QT_TRANSLATE_NOOP("ErrorText", "grade"),
    "date of birth": QT_TRANSLATE_NOOP("ErrorText", "date of birth"),
    "cycle/day": QT_TRANSLATE_NOOP("ErrorText", "cycle/day"),
    "visit date": QT_TRANSLATE_NOOP("ErrorText", "visit date"),
    "reason for the late entry": QT_TRANSLATE_NOOP("ErrorText", "reason for the late entry"),
    "planned C1D1": QT_TRANSLATE_NOOP("ErrorText", "planned C1D1"),
    "measurement date": QT_TRANSLATE_NOOP("ErrorText", "measurement date"),
    "hospital number": QT_TRANSLATE_NOOP("ErrorText", "hospital number"),
    "full name": QT_TRANSLATE_NOOP("ErrorText", "full name"),
    "date drawn": QT_TRANSLATE_NOOP("ErrorText", "date drawn"),
    "tolerance": QT_TRANSLATE_NOOP("ErrorText", "tolerance"),
    "term": QT_TRANSLATE_NOOP("ErrorText", "term"),
    "term text": QT_TRANSLATE_NOOP("ErrorText", "term text"),
    "subject code": QT_TRANSLATE_NOOP("ErrorText", "subject code"),
    "site name": QT_TRANSLATE_NOOP("ErrorText", "site name"),
    "phone": QT_TRANSLATE_NOOP("ErrorText", "phone"),
    "onset": QT_TRANSLATE_NOOP("ErrorText", "onset"),
    "note": QT_TRANSLATE_NOOP("ErrorText", "note"),
    "initials": QT_TRANSLATE_NOOP("ErrorText", "initials"),
    "formula": QT_TRANSLATE_NOOP("ErrorText", "formula"),
    "choice": QT_TRANSLATE_NOOP("ErrorText", "choice"),
    "date": QT_TRANSLATE_NOOP("ErrorText", "date"),
    "time": QT_TRANSLATE_NOOP("ErrorText", "time"),
    "language": QT_TRANSLATE_NOOP("ErrorText", "language"),
    "drug": QT_TRANSLATE_NOOP("ErrorText", "drug"),
    "kind": QT_TRANSLATE_NOOP("ErrorText", "kind"),
    "cycle number": QT_TRANSLATE_NOOP("ErrorText", "cycle number"),
    "day of the cycle": QT_TRANSLATE_NOOP("ErrorText", "day of the cycle"),
    "dose record number, e.g. 12 or DR-000012": QT_TRANSLATE_NOOP("ErrorText",
                                                                  "dose record number, e.g. 12 or DR-000012"),
    # units named in words
    "characters": QT_TRANSLATE_NOOP("ErrorText", "characters"),
    "day": QT_TRANSLATE_NOOP("ErrorText", "day"),
    "date and time with time zone": QT_TRANSLATE_NOOP("ErrorText", "date and time with time zone"),
    "CTCAE grade": QT_TRANSLATE_NOOP("ErrorText", "CTCAE grade"),
    "years of age": QT_TRANSLATE_NOOP("ErrorText", "years of age"),
    "letters A-Z": QT_TRANSLATE_NOOP("ErrorText", "letters A-Z"),
    "date (YYYY-MM-DD)": QT_TRANSLATE_NOOP("ErrorText", "date (YYYY-MM-DD)"),
    "characters A-Z, 0-9, -": QT_TRANSLATE_NOOP("ErrorText", "characters A-Z, 0-9, -"),
}

# The hints the program's own code gives with an error (fixed text, translated like a word).
HINTS = frozenset({
    QT_TRANSLATE_NOOP("ErrorText", 'use "." as decimal separator'),
    QT_TRANSLATE_NOOP("ErrorText",
                      'type digits 0-9 with at most one "." (no signs, exponents, spaces or other characters)'),
    QT_TRANSLATE_NOOP("ErrorText",
                      'type digits 0-9 with at most one "," (no signs, exponents, spaces or other characters)'),
    QT_TRANSLATE_NOOP("ErrorText", "type the number without a thousands separator"),
    QT_TRANSLATE_NOOP("ErrorText",
                      "enter the height in cm: inches or metres were probably typed (1 inch = 2.54 cm, 1 m = 100 cm)"),
    QT_TRANSLATE_NOOP("ErrorText", "enter the weight in kg"),
    QT_TRANSLATE_NOOP("ErrorText", "enter the weight in kg: pounds or grams were probably typed (1 lb = 0.4536 kg)"),
    QT_TRANSLATE_NOOP("ErrorText", "enter the count in × 10⁹/L (e.g. 1.5, not 1500)"),
    QT_TRANSLATE_NOOP("ErrorText", "enter the count in × 10⁹/L (e.g. 150, not 150000)"),
    QT_TRANSLATE_NOOP("ErrorText", "write the date as YYYY-MM-DD, e.g. 2026-01-05"),
    QT_TRANSLATE_NOOP("ErrorText", "study day -1 is followed by study day 1"),
    QT_TRANSLATE_NOOP("ErrorText", "a whole number such as 0, -1 or -2"),
    QT_TRANSLATE_NOOP("ErrorText", "given name and family name"),
    QT_TRANSLATE_NOOP("ErrorText", "name the cycle and day decided on"),
    QT_TRANSLATE_NOOP("ErrorText", "say why the record changes"),
    QT_TRANSLATE_NOOP("ErrorText", "say why when the reason is 'other'"),
    QT_TRANSLATE_NOOP("ErrorText", "calculate the dose first"),
    QT_TRANSLATE_NOOP("ErrorText", "one login per person"),
    QT_TRANSLATE_NOOP("ErrorText",
                      "lower-case letters, digits, '.', '_' or '-', starting with a letter"),
    QT_TRANSLATE_NOOP("ErrorText",
                      "letters, spaces, hyphens and apostrophes only: no line breaks or invisible characters"),
    QT_TRANSLATE_NOOP("ErrorText", "someone other than the person and the requester"),
    QT_TRANSLATE_NOOP("ErrorText", "an administrator requests the reset first"),
    QT_TRANSLATE_NOOP("ErrorText", "sign in as an administrator"),
    QT_TRANSLATE_NOOP("ErrorText", "the database was restored: close and open it again"),
    # the command line's own (clinic_app/cli/access.py)
    QT_TRANSLATE_NOOP("ErrorText", "name the user who signs in"),
    QT_TRANSLATE_NOOP("ErrorText", "create it with `init` or `demo`, or name another file"),
    QT_TRANSLATE_NOOP("ErrorText", "set CLINIC_APP_PASSWORD when no terminal is attached"),
    QT_TRANSLATE_NOOP("ErrorText", "init only creates a new clinic database"),
    QT_TRANSLATE_NOOP("ErrorText", "the demo is written to a new file only"),
    QT_TRANSLATE_NOOP("ErrorText", "or name the record with --dose-record"),
    # output files (clinic_app/files.py), the database and its key (store/)
    QT_TRANSLATE_NOOP("ErrorText", "name a file, not a folder"),
    QT_TRANSLATE_NOOP("ErrorText", "that file is the clinic database, one of its files or another database: choose "
                                   "another name"),
    QT_TRANSLATE_NOOP("ErrorText", "name an ordinary file"),
    QT_TRANSLATE_NOOP("ErrorText", "choose another name, or --force to replace it"),
    QT_TRANSLATE_NOOP("ErrorText", "the folder does not exist"),
    QT_TRANSLATE_NOOP("ErrorText", "choose an existing folder you may write to"),
    QT_TRANSLATE_NOOP("ErrorText", "name the database file, not its folder"),
    QT_TRANSLATE_NOOP("ErrorText", "restore the key file kept with this database"),
    QT_TRANSLATE_NOOP("ErrorText", "this key belongs to a database that is not here: move it away"),
    QT_TRANSLATE_NOOP("ErrorText", "open it once with the window or a command that writes"),
    # the protocol file's calendar (domain/schedule.py)
    QT_TRANSLATE_NOOP("ErrorText", "one drug without anchor_drug must be dosed on day 1 of the cycle"),
    QT_TRANSLATE_NOOP("ErrorText", "give the planned date of C1D1 (first dose), format YYYY-MM-DD"),
    # program faults a person can still meet
    QT_TRANSLATE_NOOP("ErrorText", "64 hexadecimal digits"),
    QT_TRANSLATE_NOOP("ErrorText", "a timezone-aware datetime"),
    QT_TRANSLATE_NOOP("ErrorText", "a username"),
    # built from values (domain.errors.Hint): the template translated, then filled
    QT_TRANSLATE_NOOP("ErrorText", "one of {choices}"),
    QT_TRANSLATE_NOOP("ErrorText", "at byte {byte}"),
    QT_TRANSLATE_NOOP("ErrorText", "{document} is for one patient"),
    QT_TRANSLATE_NOOP("ErrorText", "looks like the name of {username}: add a middle initial or write it differently"),
})

# Value keys whose content is one or more of the codes above.
_CODED_KEYS = frozenset({"status", "current", "wanted", "reasons", "problems", "action", "entity", "decision",
                         "unit", "basis", "role", "meaning"})
# Value keys that hold a plain decimal as text ("0.3"): written with the language's separator.
_DECIMAL_KEYS = frozenset({"minimum", "maximum", "lowest", "proposed", "change_percent", "weight_kg",
                           "weight_used_last_dose_kg", "height_cm", "record_height_cm", "record_weight_kg",
                           "bsa_m2", "record_bsa_m2", "dose_mg", "record_dose_mg", "stored_mg", "recalculated_mg",
                           "threshold", "value"})
_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+")


def word(code: str, translate: Translate = untranslated) -> str:
    """The words for a code; an unknown code with its underscores as spaces."""
    found = WORDS.get(code)
    return translate(WORDS_CONTEXT, found) if found is not None else code.replace("_", " ")


def _one(key: str, value: Any, translate: Translate, drug_names: Mapping[str, str]) -> str:
    if isinstance(value, bool) or value is None:
        return str(value)
    if key == "hint" and isinstance(value, Hint):  # built from values: the template translated, then filled
        return translate(WORDS_CONTEXT, value.template).format_map(value.values) if value.template in HINTS \
            else str(value)
    if isinstance(value, datetime):
        return format_datetime(value if value.tzinfo is None else value.astimezone())
    if isinstance(value, date):
        return format_birth_date(value) if key == "date_of_birth" else format_date(value)
    if isinstance(value, Decimal):
        return plain_number(value) if value.is_finite() else str(value)
    text = str(value)
    # a typed newline or control character must not break the sentence (a no-break space is French punctuation)
    if not text.replace(NBSP, " ").isprintable():
        text = text.encode("unicode_escape").decode("ascii")
    if key == "text" and len(text) > TEXT_SHOWN:  # what was typed, quoted back: its start says enough
        text = text[:TEXT_SHOWN] + "…"
    if key == "drug" or key == "drugs":
        return drug_names.get(text, text.capitalize())
    if key in _CODED_KEYS or key == "field":
        return word(text, translate)
    if key == "hint" and text in HINTS:
        return translate(WORDS_CONTEXT, text)
    if key in _DECIMAL_KEYS and _DECIMAL.fullmatch(text):
        return decimal_text(text)
    if _ISO_DATETIME.fullmatch(text):
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return format_datetime(moment.astimezone())
    if _ISO_DATE.fullmatch(text):
        try:
            day = date.fromisoformat(text)
            return format_birth_date(day) if key == "date_of_birth" else format_date(day)
        except ValueError:
            return text
    return text


def people_values(values: Mapping[str, Any], translate: Translate = untranslated,
                  drug_names: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every value of an error as text for a sentence (lists joined with ", ")."""
    names = drug_names or {}
    shown: dict[str, str] = {}
    for key, value in values.items():
        if isinstance(value, (list, tuple, set, frozenset)):
            shown[key] = ", ".join(_one(key, item, translate, names) for item in value)
        elif isinstance(value, dict):
            continue  # structured values are read by the template's own code, never printed raw
        else:
            shown[key] = _one(key, value, translate, names)
    return shown
