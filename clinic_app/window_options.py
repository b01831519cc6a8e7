"""The window's command-line options, without Qt: `python -m clinic_app --help` lists them beside the
subcommands, and `__main__` tells a window option's value from a subcommand's name."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from clinic_app.wording.command_help import Help

PASSWORD_ENV = "CLINIC_APP_PASSWORD"
# What an unattended screenshot can show: a view of the window, a dialog over it, or the lock page.
VIEWS = ("today", "patient", "patient_events", "cohorts", "audit", "lock", "dose", "verify", "measurement", "labs",
         "administer", "hold", "decide", "decide_level", "late_entry", "toxicity", "visit", "enrol", "site_phone",
         "users", "confirm_reset")


def add_window_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup, *, defaults: bool = True) -> None:
    """The window's options; with `defaults=False` every default is SUPPRESSed (for the help of the
    command line, whose subcommands read --db and --user themselves)."""
    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    parser.add_argument("--db", type=Path, default=default(None),
                        help="database file (default: clinic.sqlite3 in the user data folder)")
    parser.add_argument("--demo", action="store_true", default=default(False),
                        help="open a demonstration clinic with fictional patients (created on first use)")
    parser.add_argument("--settings", type=Path, default=default(None),
                        help="window settings file (default: the per-user config folder)")
    parser.add_argument("--date", type=date.fromisoformat, default=default(None),
                        help="run the clinic as if it were this day (YYYY-MM-DD), for demonstrations and screenshots")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png", default=default(None),
                        help=Help("render the window once to FILE.png and exit (needs --user and ${variable})",
                                  variable=PASSWORD_ENV))
    parser.add_argument("--view", choices=VIEWS, metavar="VIEW", default=default("today"),
                        help=Help("what the screenshot shows: {views} (default: today)", views=", ".join(VIEWS)))
    parser.add_argument("--patient", default=default(None), help="subject code for the screenshot's patient")
    parser.add_argument("--user", default=default(None),
                        help="user name: who signs in for --screenshot; for a subcommand, who runs it")
    parser.add_argument("--larger-text", action="store_true", default=default(False),
                        help="the screenshot with the window's Larger text setting on")
    parser.add_argument("--lang", dest="language", choices=("en", "fr"), default=default(None),
                        help="language of the window and of messages: en or fr (default: the window's setting, "
                             "else LANGUAGE / LC_ALL / LC_MESSAGES / LANG)")


_WITH_VALUE = frozenset({"--db", "--settings", "--date", "--screenshot", "--view", "--patient", "--user", "--lang"})
_OPTIONS = _WITH_VALUE | {"--demo", "--larger-text"}


def _option(option: str) -> str | None:
    """The window option `option` names ("--db", "--db=X", or an abbreviation argparse accepts)."""
    name = option.split("=", 1)[0]
    if name in _OPTIONS:
        return name
    matches = [known for known in _OPTIONS if name.startswith("--") and known.startswith(name)]
    return matches[0] if len(matches) == 1 else None


def is_window_option(option: str) -> bool:
    """Whether `option` is one of the window's options (else: a mistyped option, refused by the
    command line in the user's language)."""
    return _option(option) is not None


def takes_value(option: str) -> bool:
    """Whether a window option (e.g. "--db") consumes the next argument as its value."""
    name = _option(option)
    return name in _WITH_VALUE and "=" not in option
