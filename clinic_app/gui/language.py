"""The window's language: Qt's translators for the chosen language, and open windows retranslated
in place when it changes (LANG-1).

The system language is the default (LANGUAGE / LC_ALL / LC_MESSAGES / LANG, else Qt's idea of the
system locale); the View menu's setting overrides it. Switching keeps all work: labels, buttons,
titles, menus, tabs and list entries are swapped for the new language's words where they show a
translated source text, and nothing a person typed is touched. Texts composed with values
("3 items for 2 patients") are rebuilt by the views' refresh.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import partial
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from clinic_app.domain.language import Language, language_from_environment, language_of, set_language
from clinic_app.paths import resource
from clinic_app.wording.catalogue import Catalogue, catalogue

from .dialogs.widgets import date_locale

log = logging.getLogger(__name__)

LanguageChoice = Literal["system", "en", "fr"]
# Each language named in itself, as a person looks for it whatever the window's language is.
LANGUAGE_NAMES: dict[Language, str] = {"fr": "Français", "en": "English"}
Swap = Callable[[str], "str | None"]  # text shown -> the same words in the new language, or None
_QT_LANGUAGE = {"en": QLocale.Language.English, "fr": QLocale.Language.French}
_QT_COUNTRY = {"en": QLocale.Country.UnitedKingdom, "fr": QLocale.Country.France}


def system_language() -> Language:
    """The language the session asks for: the environment's variables when set, else Qt's system locale."""
    if any(os.environ.get(name) for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")):
        return language_from_environment(os.environ)
    return language_of(QLocale.system().name()) or "en"


def resolve(choice: LanguageChoice) -> Language:
    """The language a setting stands for ("system": the session's)."""
    return system_language() if choice == "system" else choice


class WindowLanguage:
    """Holds the installed translators; `apply(choice)` switches them and retranslates open windows."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language: Language | None = None

    def apply(self, choice: LanguageChoice) -> Language:
        """Install the translations of `choice`; returns the language now in use."""
        language = resolve(choice)
        if language == self.language:
            return language
        before = self.language
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = [t for t in (self._load(f"clinic_{language}", str(resource("translations"))),
                                         self._load(f"qtbase_{language}",
                                                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
                             if t is not None]
        for translator in self._translators:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(_QT_LANGUAGE[language], _QT_COUNTRY[language]))
        set_language(language)  # numbers and dates the window writes (LANG-2) and reads (LANG-3)
        self.language = language
        if before is not None and isinstance(self._app, QApplication):
            retranslate_open_windows(catalogue(before), catalogue(language), self._app)
        return language

    def _load(self, name: str, folder: str) -> QTranslator | None:
        translator = QTranslator(self._app)
        if translator.load(name, folder):
            return translator
        if not name.startswith("qtbase_en"):  # Qt speaks English without a file
            log.warning("translation %s not found in %s: the window shows English there", name, folder)
        return None


def _reverse(before: Catalogue, after: Catalogue) -> dict[str, tuple[str, str]]:
    """Text shown in the old language -> (context, source), for every message either catalogue knows."""
    french = catalogue("fr")
    shown: dict[str, tuple[str, str]] = {}
    for context, source in french.sources() | after.sources() | before.sources():
        shown.setdefault(before.translate(context, source), (context, source))
    return shown


def retranslate_open_windows(before: Catalogue, after: Catalogue, app: QApplication) -> None:
    """Swap every translated text of every open window for `after`'s words; typed text stays."""
    shown = _reverse(before, after)

    def swap(text: str) -> str | None:
        found = shown.get(text)
        return None if found is None else after.translate(*found)

    for top in app.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            _retranslate_widget(widget, swap)
        for action in top.findChildren(QAction):
            new = swap(action.text())
            if new is not None:
                action.setText(new)


def _swap_text(swap: Swap, getter: Callable[[], str], setter: Callable[[str], None]) -> None:
    new = swap(getter())
    if new is not None:
        setter(new)


def _retranslate_widget(widget: QWidget, swap: Swap) -> None:
    _swap_text(swap, widget.windowTitle, widget.setWindowTitle)
    _swap_text(swap, widget.toolTip, widget.setToolTip)
    if isinstance(widget, (QLabel, QAbstractButton)):
        _swap_text(swap, widget.text, widget.setText)
    elif isinstance(widget, (QGroupBox, QMenu)):
        _swap_text(swap, widget.title, widget.setTitle)
    elif isinstance(widget, QDateEdit):  # its weekday and month abbreviations; the date itself stays
        widget.setLocale(date_locale())
        widget.setDate(widget.date())
    elif isinstance(widget, QLineEdit):
        _swap_text(swap, widget.placeholderText, widget.setPlaceholderText)  # never its text: a person typed it
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        for i in range(widget.count()):
            _swap_text(swap, partial(widget.itemText, i), partial(widget.setItemText, i))
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            _swap_text(swap, partial(widget.tabText, i), partial(widget.setTabText, i))
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(column)
            if item is not None:
                _swap_text(swap, item.text, item.setText)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()  # models translate in data(): ask the views to read them again
        rows, columns = model.rowCount(), model.columnCount()
        if columns:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if rows and columns:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
