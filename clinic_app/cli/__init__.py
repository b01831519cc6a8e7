"""Command line: `python -m clinic_app [SUBCOMMAND]`.

Each subcommand lives in its own module exposing `register(subparsers)`; the parsed namespace
carries the `run` function to call. Invalid input exits with code 2 and one line on stderr naming
the field, the unit and the accepted range (plus a JSON error object with --json); never a traceback.

Messages and text output are in the user's language (LANG-5): `--lang en|fr` anywhere on the line,
else LANGUAGE / LC_ALL / LC_MESSAGES / LANG. JSON output is the same in every language: codes, ISO
dates and decimal strings, its few words in English.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import clinic_app
from clinic_app.domain.errors import InputError
from clinic_app.domain.language import Language, language_from_environment, language_of, set_language, writing_in
from clinic_app.paths import program_name
from clinic_app.window_options import add_window_options

from .common import EXIT_INVALID, EXIT_OK, report_error
from .help_text import Formatter, argparse_in_user_language

# Modules registering subcommands, in the order `--help` lists them.
COMMAND_MODULES: list[str] = ["dose", "schedule", "data_commands", "patient_commands", "pharmacy_commands",
                               "chair_commands", "decision_commands", "print_commands", "user_commands",
                               "maintenance_commands"]


class _Parser(argparse.ArgumentParser):
    """argparse, but a missing or unknown argument is bad input like any other: one line (and a JSON
    error object with --json), exit code 2, instead of the usage text."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)  # every subcommand's parser too (argparse makes them by class)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise InputError("invalid_arguments", {"command": self.prog, "hint": message})


class _Version(argparse._VersionAction):  # noqa: SLF001 - argparse's own --version, with the text made late
    """`--version`: the package's version read only when asked for (reading the installed metadata
    costs every other command's start tens of milliseconds)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> NoReturn:
        self.version = f"%(prog)s {clinic_app.__version__}"
        super().__call__(parser, namespace, values, option_string)
        raise SystemExit(0)  # not reached: the base action exits


def build_parser() -> argparse.ArgumentParser:
    """The whole argument parser with every subcommand registered."""
    parser = _Parser(
        prog=program_name(),
        description="Clinic Dosing Assistant (offline). With no subcommand, opens the window.",
    )
    parser.add_argument("--version", action=_Version)
    # The window's options, listed here (and --db / --user accepted before a subcommand too).
    add_window_options(parser.add_argument_group("the window (no subcommand)"), defaults=False)
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"clinic_app.cli.{name}").register(subparsers)
    _accept_lang_anywhere(subparsers)
    return parser


def _accept_lang_anywhere(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`--lang` after the subcommand too (and after a sub-subcommand such as `user add`)."""
    for sub in subparsers.choices.values():
        sub.add_argument("--lang", dest="language", choices=("en", "fr"), default=argparse.SUPPRESS,
                         help="language of messages and text output: en or fr (default: LANGUAGE / LC_ALL / "
                              "LC_MESSAGES / LANG)")
        for action in sub._actions:  # noqa: SLF001 - argparse has no public way to list subcommands
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                _accept_lang_anywhere(action)


def user_language(args: argparse.Namespace) -> Language:
    """--lang, else the environment's language (LANG-5)."""
    chosen: Language | None = getattr(args, "language", None)
    return chosen or language_from_environment(os.environ)


def _language_typed(arguments: Sequence[str]) -> Language:
    """The language of a command line argparse refused (no namespace to read --lang from): a
    `--lang X` or `--lang=X` anywhere, else the environment's."""
    for i, token in enumerate(arguments):
        typed = token[len("--lang="):] if token.startswith("--lang=") else (
            arguments[i + 1] if token == "--lang" and i + 1 < len(arguments) else None)
        if typed is not None and (found := language_of(typed)) is not None:
            return found
    return language_from_environment(os.environ)


def _refusal_in_english(parser: argparse.ArgumentParser, arguments: Sequence[str]) -> InputError | None:
    """argparse's refusal of `arguments` worded in English, for the JSON error object (language-neutral)."""
    with writing_in("en"):
        try:
            parser.parse_args(arguments)
        except InputError as exc:
            return exc
    return None


def command_names() -> frozenset[str]:
    """Every subcommand name (`dose`, `due`, ...), for telling the window's options from a command."""
    parser = build_parser()
    for action in parser._actions:  # noqa: SLF001 - argparse has no public way to list subcommands
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return frozenset(action.choices)
    return frozenset()


def _restore_dash_dash(args: argparse.Namespace, argv: Sequence[str]) -> None:
    """CPython before 3.12.2 (and 3.11.9) parses `--option=--` as [] instead of the text "--"
    (gh-109475), which then reached the parsers as a list: give the option its text back, so that it
    is refused like any other bad value (field, unit, range; exit 2)."""
    for token in argv:
        if token.startswith("--") and token.endswith("=--"):
            prefix = token[2:-3].replace("-", "_")  # argparse also accepts an unambiguous abbreviation
            emptied = [dest for dest, value in vars(args).items() if value == [] and dest.startswith(prefix)]
            if len(emptied) == 1:
                setattr(args, emptied[0], "--")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_typed(arguments))  # --help and argparse's refusals in the user's language
    try:
        with argparse_in_user_language():
            args = parser.parse_args(arguments)
    except InputError as exc:
        as_json = "--json" in arguments
        return report_error(exc, as_json, _language_typed(arguments),
                            _refusal_in_english(parser, arguments) if as_json else None) or EXIT_INVALID
    _restore_dash_dash(args, arguments)
    if args.command is None:
        parser.print_help()
        return 0
    language = user_language(args)
    as_json = bool(getattr(args, "json", False))
    set_language(language)  # numbers typed and text written in it; JSON builders write in English
    try:
        return int(args.run(args))
    except BrokenPipeError:  # `... | head` stopped reading: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a face must never show a traceback for bad input
        code = report_error(exc, as_json, language)
        if code is None:
            raise
        return code


__all__ = ["main", "build_parser", "command_names", "EXIT_INVALID"]
