"""Small input widgets shared by the dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

# Unambiguous on screen, like "Mon 05-Jan-2026" (WRITE-2); a date of birth without its weekday,
# like "05-Jan-1970" (as formatting.format_birth_date writes it).
DATE_DISPLAY_FORMAT = "ddd dd-MMM-yyyy"
BIRTH_DATE_DISPLAY_FORMAT = "dd-MMM-yyyy"


def date_edit(value: date, name: str, parent: QWidget | None = None, maximum: date | None = None,
              display_format: str = DATE_DISPLAY_FORMAT) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    edit.setDisplayFormat(display_format)
    edit.setCalendarPopup(True)
    if maximum is not None:
        edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
