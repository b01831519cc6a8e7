"""The site's settings people see: the clinic's phone number (printed on the patient calendar)."""

from __future__ import annotations

import re

from clinic_app.domain.errors import InputError
from clinic_app.domain.permissions import Action

from .base import ClinicBase
from .views import Session

SITE_PHONE_KEY = "site_phone"
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
