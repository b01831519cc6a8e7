"""Small input widgets shared by the dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

# Unambiguous on screen, like "Mon 05-Jan-2026" (WRITE-2).
DATE_DISPLAY_FORMAT = "ddd dd-MMM-yyyy"


def date_edit(value: date, name: str, parent: QWidget | None = None, maximum: date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    edit.setDisplayFormat(DATE_DISPLAY_FORMAT)
    edit.setCalendarPopup(True)
    if maximum is not None:
        edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
