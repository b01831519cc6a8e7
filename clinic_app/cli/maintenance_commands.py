"""`backup`, `restore`, `verify`: keeping the database safe."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clinic_app.files import check_output
from clinic_app.wording.catalogue import translate, words
from clinic_app.wording.errors import describe_code
from clinic_app.wording.values import word

from .access import add_db_argument, add_user_argument, open_existing, protected_paths, sign_in
from .common import EXIT_FAULT, EXIT_OK, dump_json


def run_backup(args: argparse.Namespace) -> int:
    check_output(args.output, protected=protected_paths(args), field="--output")
    with open_existing(args) as clinic:
        report = clinic.backup(sign_in(clinic, args), Path(args.output))
    sys.stdout.write(translate("Commands", "backup written and verified: {path} ({size} bytes, {rows} audit rows)")
                     .format(path=report.path, size=report.size_bytes, rows=report.audit_rows) + "\n")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    with open_existing(args) as clinic:
        report = clinic.restore(sign_in(clinic, args), Path(args.file))
    sys.stdout.write(translate("Commands", "restored from {path}: {count} acknowledged records (audit rows) rolled "
                                           "back; the previous content is kept in {kept}").format(
        path=args.file, count=report.rolled_back, kept=report.kept_in) + "\n")
    return EXIT_OK


def run_verify(args: argparse.Namespace) -> int:
    with open_existing(args, verify_audit=False, read_only=True) as clinic:  # report faults, do not refuse
        result = clinic.verify_database()
    if args.json:
        dump_json({"ok": result.ok, "check": result.check, "code": result.code, "row_id": result.row_id,
                   "table": result.table, "field": result.field, "detail": result.detail,
                   "faults": [{"check": f.check, "code": f.code, "table": f.table, "row_id": f.row_id,
                               "field": f.field, "detail": f.detail} for f in result.faults]})
    elif result.ok:
        sys.stdout.write(translate("Commands", "ok: integrity check, foreign keys, audit chain, every record against "
                                               "the trail, signatures, dose snapshots and the schema") + "\n")
    else:
        for f in result.faults:  # in words (the codes are in --json)
            message = describe_code(f.code, {"check": f.check, "row_id": f.row_id, "reason": f.detail}, words())
            sys.stderr.write(translate("Commands", "FAULT: {message}").format(message=message)
                             + _where(f.table, f.row_id, f.field) + "\n")
    return EXIT_OK if result.ok else EXIT_FAULT


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("backup", help="write a verified copy of the database (administrator)")
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument("-o", "--output", required=True, help="the backup file to create")
    p.set_defaults(run=run_backup)

    p = subparsers.add_parser("restore", help="replace the database by a verified backup (administrator)")
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument("file", help="the backup file")
    p.set_defaults(run=run_restore)

    p = subparsers.add_parser("verify", help="integrity check and audit chain; non-zero exit on any fault")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=run_verify)


def _where(table: str | None, row_id: int | None, field: str | None) -> str:
    """" (table row 12, field dose)": as much of the place as the fault names, nothing when none."""
    parts = []
    if table and row_id is not None:
        parts.append(translate("Commands", "{table} row {row}").format(table=word(table, words()), row=row_id))
    elif table:
        parts.append(word(table, words()))
    elif row_id is not None:
        parts.append(translate("Commands", "row {row}").format(row=row_id))
    if field:
        parts.append(translate("Commands", "field {field}").format(field=word(field, words())))
    return f" ({', '.join(parts)})" if parts else ""
