"""`user add|reset|confirm-reset|deactivate|list`: accounts from the command line, for set-up by IT.

The administrator never chooses anyone's password: `add` prints a one-time code (valid 24 hours)
that the person exchanges for a password of their own at first sign-in. A reset needs two people
(an administrator can never sign as the person, ROLE-1): `reset` (administrator) prints the first half of the new code,
`confirm-reset` (an investigator who is not the person, with their own password) makes it take
effect and prints the second half; the person types both halves.
"""

from __future__ import annotations

import argparse
import sys

from clinic_app.domain.records import Role
from clinic_app.wording.catalogue import translate, words
from clinic_app.wording.values import QT_TRANSLATE_NOOP, word

from .access import add_db_argument, add_user_argument, open_existing, read_password, username
from .common import EXIT_OK, dump_json

# What each action prints beside the code, in the user's language (LANG-5).
_CODE_NOTE = QT_TRANSLATE_NOOP("Commands", "one-time code (show it once to the person; valid 24 hours; they choose "
                                           "their password at first sign-in)")
_FIRST_HALF_NOTE = QT_TRANSLATE_NOOP("Commands", "FIRST half of the one-time code (give it to the person only; an "
                                                 "investigator confirms the reset with `user confirm-reset` and gets "
                                                 "the second half; nothing changes until then)")
_SECOND_HALF_NOTE = QT_TRANSLATE_NOOP("Commands", "SECOND half of the one-time code (give it to the person only; the "
                                                  "reset is done, their old password and open sessions have ended; "
                                                  "they type the first half, then this one)")


def run_user(args: argparse.Namespace) -> int:
    with open_existing(args) as clinic:
        password = read_password()
        admin = clinic.login(username(args), password)
        if args.action == "list":
            users = clinic.users(admin)
            if args.json:
                dump_json([{"username": u.username, "full_name": u.full_name, "role": u.role.value,
                            "active": u.active, "must_change_password": u.must_change_password,
                            "locked_until": u.locked_until} for u in users])
            else:
                for u in users:
                    state = translate("Commands", "active") if u.active else translate("Commands", "inactive")
                    extra = translate("Commands", " (must set a password)") if u.must_change_password else ""
                    role = word(u.role.value, words())
                    sys.stdout.write(f"{u.username:<20} {role:<15} {state:<8} {u.full_name}{extra}\n")
            return EXIT_OK
        if args.action == "add":
            code = clinic.create_user(admin, username=args.username, full_name=args.full_name, role=Role(args.role))
            note = _CODE_NOTE
        elif args.action == "deactivate":
            clinic.deactivate_user(admin, args.username, reason=args.reason)
            sys.stdout.write(translate("Commands", "{username}: deactivated; their open sessions end now").format(
                username=args.username) + "\n")
            return EXIT_OK
        elif args.action == "reset":
            code = clinic.request_password_reset(admin, args.username)
            note = _FIRST_HALF_NOTE
        else:
            code = clinic.confirm_password_reset(admin, args.username, password=password)
            note = _SECOND_HALF_NOTE
    sys.stdout.write(translate("Commands", "{username}: {note}: {code}").format(
        username=args.username, note=translate("Commands", note), code=code) + "\n")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("user", help="accounts: add, reset a password (two people), deactivate, list")
    add_db_argument(p)
    add_user_argument(p)
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="create an account; prints its one-time code")
    add.add_argument("username")
    add.add_argument("--full-name", required=True, help="the person's full name (printed on signatures)")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    reset = actions.add_parser("reset", help="request a password reset (administrator): the code's first half")
    reset.add_argument("username")
    confirm = actions.add_parser("confirm-reset", help="confirm a requested reset (an investigator, not the "
                                                      "person): it takes effect; the code's second half")
    confirm.add_argument("username")
    deactivate = actions.add_parser("deactivate", help="deactivate an account with a reason (administrator)")
    deactivate.add_argument("username")
    deactivate.add_argument("--reason", required=True, help="why (kept in the audit trail)")
    listing = actions.add_parser("list", help="every account")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    for action in (add, reset, confirm, deactivate, listing):  # accepted after the action too
        add_db_argument(action)
        add_user_argument(action)
    p.set_defaults(run=run_user)
