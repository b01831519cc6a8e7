"""The translations the window uses, read without Qt for paper and the command line (LANG-1).

The window loads `clinic_<lang>.qm` into a QTranslator; that file is compiled by pyside6-lrelease
from `resources/translations/clinic_<lang>.ts`, kept in the repository. Paper and the command line
read the same `.ts` here with the standard library, so a sentence is translated once and reads the
same on screen and on paper. A message marked unfinished, vanished or obsolete is not a
translation: the English source is used, as Qt would.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from clinic_app.domain.language import DEFAULT, Language, current_language
from clinic_app.paths import resource

_NOT_TRANSLATED = frozenset({"unfinished", "vanished", "obsolete"})


def translations_file(language: Language) -> Path:
    """The `.ts` file of a language in the bundled resources."""
    return resource("translations", f"clinic_{language}.ts")


def plural_form(language: Language, n: int) -> int:
    """Which numerus form Qt's rules pick: English "n == 1", French "n < 2" (0 and 1 are singular)."""
    if language == "fr":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


class Catalogue:
    """`(context, text) -> translation`, with `translate(context, text, None, n)` for `%n` plurals,
    the signature of QCoreApplication.translate (pyside6-lupdate reads calls to it by that name)."""

    def __init__(self, language: Language, messages: dict[tuple[str, str], tuple[str, ...]]) -> None:
        self.language = language
        self._messages = messages

    def __call__(self, context: str, text: str) -> str:
        return self.translate(context, text)

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The translation of `text` under `context` (the source itself when there is none); with
        `n` >= 0 the plural form for n, its "%n" replaced by n."""
        forms = self._messages.get((context, text))
        if n < 0:
            return forms[0] if forms else text
        if forms and len(forms) > 1:
            chosen = forms[min(plural_form(self.language, n), len(forms) - 1)]
        else:
            chosen = forms[0] if forms else text
        return chosen.replace("%n", str(n))

    def sources(self) -> frozenset[tuple[str, str]]:
        """Every (context, source) this catalogue translates."""
        return frozenset(self._messages)


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) -> translation forms of every finished message of a Qt Linguist file."""
    messages: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None or translation.get("type") in _NOT_TRANSLATED:
                continue
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) or (translation.text or "",)
            if any(forms):
                messages[(name, source)] = forms
    return messages


@cache
def catalogue(language: Language = DEFAULT) -> Catalogue:
    """The catalogue of `language` (read once); English reads its file for the plural forms only."""
    path = translations_file(language)
    return Catalogue(language, read_ts(path) if path.is_file() else {})


def words() -> Catalogue:
    """The catalogue of the language values are being written in (domain.language.current_language)."""
    return catalogue(current_language())


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language (`n` >= 0: the plural form for n, "%n" filled); the name and
    signature of QCoreApplication.translate, so pyside6-lupdate collects the call."""
    return words().translate(context, text, disambiguation, n)
