"""Values inside a sentence, written for people: dates as "Mon 05-Jan-2026", times with their zone,
decimals without trailing zeros, lists joined, and the program's own codes ("decision_required",
"low_anc", "open_cohort", "dose_records") replaced by words."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from clinic_app.domain.formatting import format_birth_date, format_date, format_datetime, plain_number

# (context, text) -> translated text: QCoreApplication.translate in the window, `untranslated` elsewhere.
Translate = Callable[[str, str], str]
WORDS_CONTEXT = "ErrorText"  # the words below are translated with the error messages


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark `text` for translation under `context`; returns it unchanged."""
    return text


def drug_names(protocol: Any) -> dict[str, str]:
    """Drug key -> printed name: the protocol's display names, the premedication drug capitalised."""
    if protocol is None:
        return {}
    names = {drug.key: str(drug.display_name) for drug in protocol.drugs}
    names[protocol.premedication.drug] = str(protocol.premedication.drug).capitalize()
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
    "calculate_dose": QT_TRANSLATE_NOOP("ErrorText", "calculate a dose"),
    "prepare": QT_TRANSLATE_NOOP("ErrorText", "sign a preparation"),
    "verify": QT_TRANSLATE_NOOP("ErrorText", "verify a dose"),
    "administer": QT_TRANSLATE_NOOP("ErrorText", "sign an administration"),
    "hold": QT_TRANSLATE_NOOP("ErrorText", "hold or omit a dose"),
    "decide": QT_TRANSLATE_NOOP("ErrorText", "sign an investigator's decision"),
    "reassign_cohort": QT_TRANSLATE_NOOP("ErrorText", "re-assign a cohort"),
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
    # fields named by their code
    "full_name": QT_TRANSLATE_NOOP("ErrorText", "full name"),
    "username": QT_TRANSLATE_NOOP("ErrorText", "user name"),
    "password": QT_TRANSLATE_NOOP("ErrorText", "password"),
    "new_password": QT_TRANSLATE_NOOP("ErrorText", "new password"),
}

# Value keys whose content is one or more of the codes above.
_CODED_KEYS = frozenset({"status", "current", "wanted", "reasons", "problems", "action", "entity", "decision"})


def word(code: str, translate: Translate = untranslated) -> str:
    """The words for a code; an unknown code with its underscores as spaces."""
    found = WORDS.get(code)
    return translate(WORDS_CONTEXT, found) if found is not None else code.replace("_", " ")


def _one(key: str, value: Any, translate: Translate, drug_names: Mapping[str, str]) -> str:
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, datetime):
        return format_datetime(value if value.tzinfo is None else value.astimezone())
    if isinstance(value, date):
        return format_birth_date(value) if key == "date_of_birth" else format_date(value)
    if isinstance(value, Decimal):
        return plain_number(value) if value.is_finite() else str(value)
    text = str(value)
    if not text.isprintable():  # a typed newline or control character must not break the sentence
        text = text.encode("unicode_escape").decode("ascii")
    if key == "text" and len(text) > TEXT_SHOWN:  # what was typed, quoted back: its start says enough
        text = text[:TEXT_SHOWN] + "…"
    if key == "drug" or key == "drugs":
        return drug_names.get(text, text.capitalize())
    if key in _CODED_KEYS or key == "field":
        return word(text, translate)
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
