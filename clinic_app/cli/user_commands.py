"""`user add|reset|list`: accounts from the command line (administrator), for set-up by IT.

The administrator never chooses anyone's password: `add` and `reset` print a one-time code (valid
24 hours) that the person exchanges for a password of their own at first sign-in.
"""

from __future__ import annotations

import argparse
import sys

from clinic_app.domain.records import Role

from .access import add_db_argument, add_user_argument, open_existing, sign_in
from .common import EXIT_OK, dump_json

_CODE_NOTE = "one-time code (show it once to the person; valid 24 hours; they choose their password at first sign-in)"


def run_user(args: argparse.Namespace) -> int:
    with open_existing(args) as clinic:
        admin = sign_in(clinic, args)
        if args.action == "list":
            users = clinic.users(admin)
            if args.json:
                dump_json([{"username": u.username, "full_name": u.full_name, "role": u.role.value,
                            "active": u.active, "must_change_password": u.must_change_password,
                            "locked_until": u.locked_until} for u in users])
            else:
                for u in users:
                    state = "active" if u.active else "inactive"
                    extra = " (must set a password)" if u.must_change_password else ""
                    sys.stdout.write(f"{u.username:<20} {u.role.value:<13} {state:<8} {u.full_name}{extra}\n")
            return EXIT_OK
        if args.action == "add":
            code = clinic.create_user(admin, username=args.username, full_name=args.full_name, role=Role(args.role))
        else:
            code = clinic.reset_password(admin, args.username)
    sys.stdout.write(f"{args.username}: {_CODE_NOTE}: {code}\n")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("user", help="accounts: add, reset a password, list (administrator)")
    add_db_argument(p)
    add_user_argument(p)
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="create an account; prints its one-time code")
    add.add_argument("username")
    add.add_argument("--full-name", required=True, help="the person's full name (printed on signatures)")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    reset = actions.add_parser("reset", help="replace a password by a one-time code (also unlocks)")
    reset.add_argument("username")
    listing = actions.add_parser("list", help="every account")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    for action in (add, reset, listing):  # accepted after the action too
        add_db_argument(action)
        add_user_argument(action)
    p.set_defaults(run=run_user)
