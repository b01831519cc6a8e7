"""The site's settings people see: the clinic's phone number (printed on the patient calendar) and
the language its documents are printed in."""

from __future__ import annotations

import re

from clinic_app.domain.errors import InputError
from clinic_app.domain.language import DEFAULT, LANGUAGES, Language, language_of
from clinic_app.domain.permissions import Action
from clinic_app.store import Store

from .base import ClinicBase
from .views import Session

SITE_PHONE_KEY = "site_phone"
SITE_LANGUAGE_KEY = "site_language"
# Digits with the separators people write in phone numbers; a leading "+" for the country code.
_PHONE = re.compile(r"\+?[0-9][0-9 .()/-]{2,28}[0-9]")


class SiteMixin(ClinicBase):
    @property
    def site_phone(self) -> str:
        """The clinic's phone number for patients ("" until the administrator sets it)."""
        found = self._store.site.setting(SITE_PHONE_KEY)
        return found[0] if found else ""

    def set_site_phone(self, session: Session, phone: str) -> str:
        """Set (or clear with "") the clinic's phone number (administrator); returns it as stored.

        Raises InputError `invalid_phone` (digits, spaces and . ( ) / - only, 4 to 30 characters).
        """
        self._require(session, Action.MANAGE_SITE)
        text = " ".join(phone.split())
        if text and _PHONE.fullmatch(text) is None:
            raise InputError("invalid_phone", {"field": "phone", "unit": "characters", "minimum": 4, "maximum": 30,
                                               "text": phone})
        found = self._store.site.setting(SITE_PHONE_KEY)
        if found is None or found[0] != text:
            self._store.site.set_setting(SITE_PHONE_KEY, text, found[1] if found else None, actor=session.username)
        return text

    @property
    def site_language(self) -> Language:
        """The language the site's documents are printed in (LANG-1); English until set."""
        return site_language(self._store)

    def set_site_language(self, session: Session, language: str) -> Language:
        """Set the site's printing language (administrator; audited as a site setting).

        Raises InputError `invalid_choice` (field "language") for a language the program does not speak.
        """
        self._require(session, Action.MANAGE_SITE)
        chosen = parse_language(language)
        found = self._store.site.setting(SITE_LANGUAGE_KEY)
        if found is None or found[0] != chosen:
            self._store.site.set_setting(SITE_LANGUAGE_KEY, chosen, found[1] if found else None,
                                         actor=session.username)
        return chosen

    def patient_language(self, session: Session, subject_code: str) -> Language:
        """The language the patient reads (the calendar is printed in it): as recorded at enrolment
        or since, else the site's (LANG-1)."""
        self._require(session, Action.VIEW_PATIENTS)
        return patient_language(self._store, subject_code)

    def set_patient_language(self, session: Session, subject_code: str, language: str, *, reason: str) -> Language:
        """Record or change the language the patient reads (whoever may enrol; audited, with a reason
        when it changes). Raises InputError (language, reason), NotFound (unknown subject)."""
        self._require(session, Action.ENROL)
        chosen = parse_language(language)
        found = self._store.patients.language(subject_code)
        if found is None:
            return self._store.patients.set_language(subject_code, chosen, None, actor=session.username,
                                                     reason=reason).value
        if found.value == chosen:
            return chosen
        if not reason.strip():
            raise InputError("reason_required", {"field": "reason", "hint": "say why the record changes"})
        return self._store.patients.set_language(subject_code, chosen, found.row_version, actor=session.username,
                                                 reason=reason).value


def site_language(store: Store) -> Language:
    """The site's printing language as stored; English until the administrator sets it."""
    found = store.site.setting(SITE_LANGUAGE_KEY)
    return (language_of(found[0]) if found else None) or DEFAULT


def patient_language(store: Store, subject_code: str) -> Language:
    """The language recorded for the patient, else the site's."""
    found = store.patients.language(subject_code)
    return found.value if found is not None else site_language(store)


def parse_language(text: str) -> Language:
    """"fr" or "en" as typed or chosen; raises InputError `invalid_choice` (field "language")."""
    found = language_of(text) if isinstance(text, str) and text.strip().lower() in LANGUAGES else None
    if found is None:
        raise InputError("invalid_choice", {"field": "language", "text": str(text), "allowed": list(LANGUAGES)})
    return found
