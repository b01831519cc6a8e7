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
from clinic_app.files import companions, write_output
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


def open_existing(args: argparse.Namespace, *, verify_audit: bool = True, read_only: bool = False) -> Clinic:
    """Open the clinic database named by --db; refuses to create one by accident. `read_only`
    (due, verify, export) creates, migrates and changes nothing."""
    path = db_path(args)
    if not path.exists():
        raise InputError("database_missing", {"field": "--db", "text": str(path),
                                              "hint": "create it with `init` or `demo`, or name another file"})
    return Clinic.open(path, verify_audit=verify_audit, read_only=read_only)


def add_force_argument(parser: argparse.ArgumentParser) -> None:
    """--force: replace an existing output file (never the database or its files)."""
    parser.add_argument("--force", action="store_true", help="replace the output file if it exists")


def protected_paths(args: argparse.Namespace) -> list[Path]:
    """The database (--db or the default) and the files kept beside it: never an output."""
    paths = companions(default_db_path())
    if getattr(args, "db", None) is not None:
        paths += companions(Path(args.db))
    return paths


def write_output_file(args: argparse.Namespace, target: str, data: bytes) -> Path:
    """Write a command's output file safely (see clinic_app.files.write_output)."""
    return write_output(target, data, protected=protected_paths(args), force=bool(getattr(args, "force", False)),
                        field="--output")


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
