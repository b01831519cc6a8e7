"""Staff full names as signatures print them: one clean line that cannot pass for someone else.

A full name is normalised to NFC with runs of spaces collapsed; control characters (a newline
could forge a second signature line), format characters (bidi overrides, zero-width spaces and
joiners), NUL, private-use and unassigned code points are refused, and so is a name longer than
MAX_LENGTH. A name whose confusable skeleton (Unicode TR39: each character folded to its
prototype, from the Unicode confusables data shipped by `confusable_homoglyphs`) equals an
existing account's is refused: Cyrillic "а" for Latin "a" prints the same.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from clinic_app.domain.errors import Hint
from clinic_app.store.errors import StoreInputError

MAX_LENGTH = 80
# Cc control, Cf format (bidi, zero-width), Cs surrogate, Co private use, Cn unassigned, Zl/Zp breaks.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def clean_full_name(text: str) -> str:
    """The name in NFC with single spaces; StoreInputError (field full_name) for a refused
    character (values: position, code point) or a length outside 3..MAX_LENGTH."""
    name = unicodedata.normalize("NFC", text)
    for position, char in enumerate(name):
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            raise StoreInputError("full_name_character_refused", {
                "field": "full_name", "position": position, "code_point": f"U+{ord(char):04X}",
                "hint": "letters, spaces, hyphens and apostrophes only: no line breaks or invisible characters"})
    name = " ".join(name.split())
    if not 3 <= len(name) <= MAX_LENGTH:
        raise StoreInputError("full_name_length", {"field": "full_name", "unit": "characters", "minimum": 3,
                                                   "maximum": MAX_LENGTH})
    return name


@cache
def _prototype(char: str) -> str:
    # Unicode's table loads when a name is first checked, not at every start of the program.
    from confusable_homoglyphs.confusables import confusables_data

    candidates = [char, *(str(h["c"]) for h in confusables_data.get(char, []))]
    return min(candidates, key=lambda c: (len(c), [ord(x) for x in c]))


def skeleton(name: str) -> str:
    """What a name looks like: case folded, decomposed, each character replaced by its prototype
    among its confusables, spaces dropped (two names with one skeleton print alike)."""
    folded = unicodedata.normalize("NFD", name.casefold())
    mapped = "".join(_prototype(c) for c in folded if not c.isspace())
    return unicodedata.normalize("NFD", mapped.casefold())


def refuse_lookalike(name: str, others: dict[str, str]) -> None:
    """StoreInputError (full_name_lookalike) when `name` prints like the full name of one of
    `others` (username -> full name)."""
    mine = skeleton(name)
    for username, full_name in others.items():
        if skeleton(full_name) == mine:
            raise StoreInputError("full_name_lookalike", {"field": "full_name", "username": username,
                                                          "hint": Hint("looks like the name of {username}: add a "
                                                                       "middle initial or write it differently",
                                                                       username=username)})
