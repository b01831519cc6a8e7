"""Opening the clinic database and signing in from the command line.

The password comes from the CLINIC_APP_PASSWORD environment variable (for scripts) or is asked
for on the terminal; it is never a command-line argument (it would show in the process list).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from clinic_app.domain.errors import InputError
from clinic_app.facade import Clinic, Session
from clinic_app.paths import default_db_path

PASSWORD_ENV = "CLINIC_APP_PASSWORD"


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """--db PATH, defaulting to the database in the user data folder."""
    parser.add_argument("--db", type=Path, default=None,
                        help="database file (default: clinic.sqlite3 in the user data folder)")


def add_user_argument(parser: argparse.ArgumentParser) -> None:
    """--user NAME (password from CLINIC_APP_PASSWORD or the terminal)."""
    parser.add_argument("--user", required=True,
                        help=f"your username; the password is read from {PASSWORD_ENV} or asked for")


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db is not None else default_db_path()


def open_existing(args: argparse.Namespace, *, verify_audit: bool = True) -> Clinic:
    """Open the clinic database named by --db; refuses to create one by accident."""
    path = db_path(args)
    if not path.exists():
        raise InputError("database_missing", {"field": "--db", "text": str(path),
                                              "hint": "create it with `init` or `demo`, or name another file"})
    return Clinic.open(path, verify_audit=verify_audit)


def read_password(prompt: str = "Password: ") -> str:
    """The password from the environment, else from the terminal; InputError when neither is possible."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise InputError("password_required", {"field": "password",
                                                "hint": f"set {PASSWORD_ENV} when no terminal is attached"})
    return getpass.getpass(prompt)


def sign_in(clinic: Clinic, args: argparse.Namespace) -> Session:
    """Sign the --user in (AuthenticationFailed / AccountLocked on failure)."""
    return clinic.login(args.user, read_password())
