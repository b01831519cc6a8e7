"""The language numbers, dates, units and routes are written and typed in (LANG-1, LANG-2).

Writing is ambient, like the pen a sheet is written with: the document, the window or the command
line sets it once (`writing_in("fr")`) where it starts, and the few hundred places that write a
dose, a date or a range all write it the same way. It changes only how a value is written, never
the value (LANG-4). English is the default: a thread that set nothing writes as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal, get_args

Language = Literal["en", "fr"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
DEFAULT: Language = "en"

_CURRENT: ContextVar[Language] = ContextVar("writing_language", default=DEFAULT)
# Where the C library looks for the language of messages, in its order (LANGUAGE is a list).
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def current_language() -> Language:
    """The language values are written and typed in here and now."""
    return _CURRENT.get()


@contextmanager
def writing_in(language: Language) -> Iterator[None]:
    """Write and read values in `language` inside the block (the previous language after it)."""
    token = _CURRENT.set(language)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def set_language(language: Language) -> None:
    """Write in `language` from now on in this thread (the window and the command line, set once)."""
    _CURRENT.set(language)


def language_of(tag: str) -> Language | None:
    """The program's language for a locale or language tag ("fr_FR.UTF-8", "fr-CA", "en"), or None
    when the tag names no language the program speaks ("C", "POSIX", "de_DE")."""
    code = tag.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    for language in LANGUAGES:
        if code == language:
            return language
    return None


def language_from_environment(environ: Mapping[str, str]) -> Language:
    """The user's language as the C library would read it: LANGUAGE (a list, first known wins),
    then LC_ALL, LC_MESSAGES, LANG; English when none names French or English (LANG-1).

    Only the variables are read: this machine may have no French locale installed, and
    `locale.setlocale` would fail where reading the name does not.
    """
    for name in _ENVIRONMENT:
        value = environ.get(name, "")
        if not value:
            continue
        tags = value.split(":") if name == "LANGUAGE" else [value]
        for tag in tags:
            found = language_of(tag)
            if found is not None:
                return found
        if name != "LANGUAGE":
            return DEFAULT  # the first variable set decides, as for the C library ("C" means English)
    return DEFAULT
