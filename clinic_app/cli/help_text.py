"""The command line's help and argparse's own messages in the user's language (LANG-5).

Help texts, descriptions and group titles stay written in English where each subcommand is
registered; `Formatter` looks each up under the context "CommandHelp" when `--help` is printed, in
the language being written (domain.language, set from --lang or the environment before the line is
parsed). A help text built from values (a list of codes, a unit) is a `wording.command_help.Help`:
its template is translated, then filled. pyside6-lupdate reads only literal strings, so the parser's
help texts are listed, marked `QT_TRANSLATE_NOOP("CommandHelp", ...)`, in the generated module
`help_strings.py` (`python packaging/translations.py help` writes it, `update` first of all; a test
compares it with the parser). argparse's own sentences ("usage: ", "show this help message and
exit", "the following arguments are required: %s", ...) are marked below under "ArgumentParser",
and `argparse_in_user_language()` has argparse ask the catalogue for them while a command line is
parsed. No other dictionary: a sentence is translated once, in resources/translations/clinic_fr.ts.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from clinic_app.wording.catalogue import words
from clinic_app.wording.command_help import Help
from clinic_app.wording.typography import punctuate
from clinic_app.wording.values import QT_TRANSLATE_NOOP

HELP = "CommandHelp"
ARGPARSE = "ArgumentParser"

# argparse's own messages (CPython 3.12-3.13), as its gettext calls ask for them.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("ArgumentParser", "usage: "),
    QT_TRANSLATE_NOOP("ArgumentParser", "options"),
    QT_TRANSLATE_NOOP("ArgumentParser", "positional arguments"),
    QT_TRANSLATE_NOOP("ArgumentParser", "show this help message and exit"),
    QT_TRANSLATE_NOOP("ArgumentParser", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("ArgumentParser", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("ArgumentParser", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected at most one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected at least one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected %s argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected %s arguments"),
    QT_TRANSLATE_NOOP("ArgumentParser", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("ArgumentParser", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgumentParser", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("ArgumentParser", "can't open '%(filename)s': %(error)s"),
)


def help_words(text: str) -> str:
    """A help text, description or title in the language being written (itself when untranslated);
    a `Help` built from values: its template translated, then filled."""
    if isinstance(text, Help):
        return text.worded(help_words)
    catalogue = words()
    found = catalogue.translate(HELP, text)
    return found if found != text else catalogue.translate(ARGPARSE, text)


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every text `--help` can show for `parser` and its subcommands, templates of `Help` texts
    rather than their filled English, argparse's own left out (marked above), in order, once each."""
    found: list[str] = []

    def add(text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            found.append(text.template if isinstance(text, Help) else text)

    def walk(p: argparse.ArgumentParser) -> None:
        add(p.description)
        add(p.epilog)
        for group in p._action_groups:  # noqa: SLF001 - argparse has no public way to list them
            add(group.title)
            add(group.description)
        for action in p._actions:  # noqa: SLF001
            add(action.help)
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                for choice in action._choices_actions:  # noqa: SLF001
                    add(choice.help)
                for sub in dict.fromkeys(action.choices.values()):
                    walk(sub)

    walk(parser)
    own = set(ARGPARSE_MESSAGES)
    return [text for text in dict.fromkeys(found) if text not in own]


# The generated module: one QT_TRANSLATE_NOOP line per help text, long ones split at spaces.
_MODULE_HEAD = '''"""Every help text of the command line, marked for pyside6-lupdate under "CommandHelp".

Generated from the parser by `python packaging/translations.py help` (run by `packaging/dev.sh
translations`): do not edit. tests/cli/test_help_language.py fails when it differs from the parser.
"""

from __future__ import annotations

from clinic_app.wording.values import QT_TRANSLATE_NOOP

HELP_TEXTS = (
'''
_OPEN = '    QT_TRANSLATE_NOOP("CommandHelp", '
_WIDTH = 120


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _marked(text: str) -> str:
    """One entry of HELP_TEXTS, its string split into pieces that keep every line within the width."""
    room = _WIDTH - len(_OPEN) - len("),")
    pieces: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and len(_literal(candidate + " ")) > room:
            pieces.append(current + " ")
            current = word
        else:
            current = candidate
    pieces.append(current)
    indent = "\n" + " " * len(_OPEN)
    return _OPEN + indent.join(_literal(piece) for piece in pieces) + "),\n"


def help_strings_module(texts: list[str]) -> str:
    """The text of clinic_app/cli/help_strings.py for these help texts."""
    return _MODULE_HEAD + "".join(_marked(text) for text in texts) + ")\n"


def argparse_words(text: str) -> str:
    """argparse's gettext: one of its messages in the language being written."""
    return words().translate(ARGPARSE, text)


def argparse_plural_words(singular: str, plural: str, n: int) -> str:
    """argparse's ngettext, with English's rule (the %s forms above are translated each)."""
    return argparse_words(singular if n == 1 else plural)


@contextmanager
def argparse_in_user_language() -> Iterator[None]:
    """While the block runs, argparse's own messages come from the catalogue (argparse reads its
    module-level `_` and `ngettext` when it words a message); restored after."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = argparse_words  # type: ignore[attr-defined]
    argparse.ngettext = argparse_plural_words  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class Formatter(argparse.HelpFormatter):
    """argparse's help, each help text, description and section title looked up when printed."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return help_words(action.help) if action.help else action.help

    def _format_text(self, text: str) -> str:
        return super()._format_text(help_words(text))

    def start_section(self, heading: str | None) -> None:
        # argparse writes the ":" after the title itself: French puts its no-break space before it
        super().start_section(punctuate(help_words(heading) + ":")[:-1] if heading else heading)

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        return super()._format_usage(usage, actions, groups, argparse_words("usage: ") if prefix is None else prefix)
