"""Opening the clinic database and signing in from the command line.

The password comes from the CLINIC_APP_PASSWORD environment variable (for scripts) or is asked
for on the terminal; it is never a command-line argument (it would show in the process list).
"""

from __future__ import annotations

import argparse
import getpass
import glob
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from clinic_app.domain.errors import InputError
from clinic_app.facade import Clinic, Session
from clinic_app.files import companions, write_output
from clinic_app.paths import default_db_path
from clinic_app.wording.catalogue import translate
from clinic_app.wording.command_help import Help
from clinic_app.wording.values import QT_TRANSLATE_NOOP

PASSWORD_ENV = "CLINIC_APP_PASSWORD"


# --db and --user may be written before the subcommand, after it or after its action ("user add
# NAME --user ADMIN" as well as "user --user ADMIN add NAME"): every level declares them with a
# SUPPRESSed default, so a later level never overwrites what an earlier one read.
DB_HELP = "database file (default: clinic.sqlite3 in the user data folder)"
USER_HELP = Help("your username; the password is read from {variable} or asked for", variable=PASSWORD_ENV)


def add_db_argument(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """--db PATH, defaulting to the database in the user data folder."""
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=DB_HELP)


def add_user_argument(parser: argparse.ArgumentParser | argparse._ArgumentGroup, help_text: str = USER_HELP) -> None:
    """--user NAME (password from CLINIC_APP_PASSWORD or the terminal); required where it is used."""
    parser.add_argument("--user", default=argparse.SUPPRESS, help=help_text)


def db_path(args: argparse.Namespace) -> Path:
    db = getattr(args, "db", None)
    return Path(db) if db is not None else default_db_path()


def username(args: argparse.Namespace) -> str:
    """The --user given at any level; InputError `user_required` when there is none."""
    name = getattr(args, "user", None)
    if not name:
        raise InputError("user_required", {"field": "--user", "hint": "name the user who signs in"})
    return str(name)


@contextmanager
def new_database_files(path: Path) -> Iterator[None]:
    """Around the creation of a new database at `path`: when the block fails, remove every file it
    created (the database, its journal, audit key and chain head), so a refused `init` can be re-run."""
    before = set(path.parent.glob(glob.escape(path.name) + "*"))
    try:
        yield
    except BaseException:
        for created in set(path.parent.glob(glob.escape(path.name) + "*")) - before:
            created.unlink(missing_ok=True)
        raise


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


PASSWORD_PROMPT = QT_TRANSLATE_NOOP("Commands", "Password: ")
NEW_ADMIN_PASSWORD_PROMPT = QT_TRANSLATE_NOOP("Commands", "Password for the new administrator: ")


def read_password(prompt: str = PASSWORD_PROMPT) -> str:
    """The password from the environment, else from the terminal; InputError when neither is possible."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise InputError("password_required", {"field": "password",
                                                "hint": "set CLINIC_APP_PASSWORD when no terminal is attached"})
    return getpass.getpass(translate("Commands", prompt))


def sign_in(clinic: Clinic, args: argparse.Namespace) -> Session:
    """Sign the --user in (AuthenticationFailed / AccountLocked on failure)."""
    return clinic.login(username(args), read_password())


def sign_in_to_sign(clinic: Clinic, args: argparse.Namespace) -> tuple[Session, str]:
    """Sign the --user in for a signed act: the session and the password the act is signed with
    (read once; the facade checks it again when it signs)."""
    password = read_password()
    return clinic.login(username(args), password), password
