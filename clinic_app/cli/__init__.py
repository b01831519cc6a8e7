"""Command line: `python -m clinic_app [SUBCOMMAND]`.

Each subcommand lives in its own module exposing `register(subparsers)`; the parsed namespace
carries the `run` function to call. Invalid input exits with code 2 and one line on stderr naming
the field, the unit and the accepted range (plus a JSON error object with --json); never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from clinic_app import __version__
from clinic_app.domain.errors import InputError
from clinic_app.paths import program_name
from clinic_app.window_options import add_window_options

from .common import EXIT_INVALID, EXIT_OK, report_error

# Modules registering subcommands, in the order `--help` lists them.
COMMAND_MODULES: list[str] = ["dose", "schedule", "data_commands", "patient_commands", "pharmacy_commands",
                               "chair_commands", "decision_commands", "print_commands", "user_commands",
                               "maintenance_commands"]


class _Parser(argparse.ArgumentParser):
    """argparse, but a missing or unknown argument is bad input like any other: one line (and a JSON
    error object with --json), exit code 2, instead of the usage text."""

    def error(self, message: str) -> NoReturn:
        raise InputError("invalid_arguments", {"command": self.prog, "hint": message})


def build_parser() -> argparse.ArgumentParser:
    """The whole argument parser with every subcommand registered."""
    parser = _Parser(
        prog=program_name(),
        description="Clinic Dosing Assistant (offline). With no subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # The window's options, listed here (and --db / --user accepted before a subcommand too).
    add_window_options(parser.add_argument_group("the window (no subcommand)"), defaults=False)
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"clinic_app.cli.{name}").register(subparsers)
    return parser


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
    try:
        args = parser.parse_args(arguments)
    except InputError as exc:
        return report_error(exc, "--json" in arguments) or EXIT_INVALID
    _restore_dash_dash(args, arguments)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(args.run(args))
    except BrokenPipeError:  # `... | head` stopped reading: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a face must never show a traceback for bad input
        code = report_error(exc, getattr(args, "json", False))
        if code is None:
            raise
        return code


__all__ = ["main", "build_parser", "command_names", "EXIT_INVALID"]
