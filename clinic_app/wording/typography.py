"""Punctuation as each language writes it (LANG-2): French puts a no-break space before ":", ";",
"?" and "!" and inside « guillemets », and writes its points de suspension as the one sign "…"
("Imprimer…", not three full stops); English puts none and keeps "Print...".

Like the decimal comma, this is how a text is written, not what it says: it follows the ambient
writing language (domain.language), so the window, paper and the command line write a label built
in code ("Dexaméthasone : administrée", "C1D16 : ...", clauses joined with " ; ") the same way the
French catalogue writes its own sentences. The catalogue's translations are kept in this form
(`french_spacing` is what `packaging/translations.py update` applies to clinic_fr.ts, and
tests/test_translations.py fails on a translation that is not in it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clinic_app.domain.language import Language, current_language

NBSP = "\u00a0"
# A ":" ";" "?" "!" that ends a word or a label, or opens a tail ("; infuse over..."), followed by a
# space or the end, with the ordinary or missing space before it; never a time (12:40) or an address.
_HIGH_PUNCTUATION = re.compile(r"(?:(?<=\S)|^)[ \u00a0\u202f]?([:;?!])(?=\s|$)")
_OPENING_GUILLEMET = re.compile(r"«[ \u00a0\u202f]?")
_CLOSING_GUILLEMET = re.compile(r"[ \u00a0\u202f]?»")
ELLIPSIS = "\u2026"
_THREE_DOTS = re.compile(r"(?<!\.)\.\.\.(?!\.)")  # exactly three: never "...." or a path's ".."
# What test_translations and the French tests look for: a high punctuation sign that follows a
# word, a bracket, a quote or an ordinary space instead of a no-break space.
BARE_PUNCTUATION = re.compile(r"(?:[^\s\u00a0\u202f]| )[:;?!](?=\s|$)")


def french_spacing(text: str) -> str:
    """`text` with French spacing: a no-break space before ":" ";" "?" "!" ending a word, and inside
    « »; three full stops written as an ellipsis "…"; everything else unchanged."""
    text = _THREE_DOTS.sub(ELLIPSIS, text)
    text = _HIGH_PUNCTUATION.sub(NBSP + r"\1", text)
    text = _OPENING_GUILLEMET.sub("«" + NBSP, text)
    return _CLOSING_GUILLEMET.sub(NBSP + "»", text)


def punctuate(text: str, language: Language | None = None) -> str:
    """`text` punctuated as `language` (default: the current writing language) writes it."""
    return french_spacing(text) if (language or current_language()) == "fr" else text


def colon(language: Language | None = None) -> str:
    """The separator between a label and what it labels: ": " or, in French, " : " (no-break)."""
    return NBSP + ": " if (language or current_language()) == "fr" else ": "


def labelled(label: str, text: str, language: Language | None = None) -> str:
    """"label: text" in the writing language ("Dexaméthasone : administrée")."""
    return f"{label}{colon(language)}{text}"


def clauses(parts: Iterable[str], language: Language | None = None) -> str:
    """Clauses joined by a semicolon: "a; b" or, in French, "a ; b" (no-break space before ";")."""
    separator = NBSP + "; " if (language or current_language()) == "fr" else "; "
    return separator.join(parts)


def bare_punctuation(text: str) -> list[str]:
    """Where a French `text` has ":" ";" "?" "!" without its no-break space (a few characters
    around each), for tests and checks; empty when it is right."""
    return [text[max(0, m.start() - 12):m.end() + 8] for m in BARE_PUNCTUATION.finditer(text)]
