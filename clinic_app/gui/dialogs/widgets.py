"""Small input widgets shared by the dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from clinic_app.domain.language import current_language

# Unambiguous on screen, like "Mon 05-Jan-2026" (WRITE-2); a date of birth without its weekday,
# like "05-Jan-1970" (as formatting.format_birth_date writes it). In French Qt's own abbreviations
# give "lun. 05-janv.-2026", as formatting writes it (LANG-2).
DATE_DISPLAY_FORMAT = "ddd dd-MMM-yyyy"
BIRTH_DATE_DISPLAY_FORMAT = "dd-MMM-yyyy"


def date_edit(value: date, name: str, parent: QWidget | None = None, maximum: date | None = None,
              display_format: str = DATE_DISPLAY_FORMAT) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setLocale(date_locale())
    edit.setDisplayFormat(display_format)
    edit.setCalendarPopup(True)
    if maximum is not None:
        edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def date_locale() -> QLocale:
    """The locale a date is shown in: the window's language, never the machine's other settings."""
    if current_language() == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
