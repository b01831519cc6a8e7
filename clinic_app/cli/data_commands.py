"""`init`, `demo`, `due`, `export`, `import`: setting a clinic up and reading it from scripts."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from clinic_app.domain.dates import parse_date
from clinic_app.domain.errors import Hint, InputError
from clinic_app.domain.exchange import exchange_json_schema
from clinic_app.domain.formatting import format_birth_date, format_date
from clinic_app.domain.protocol import Protocol
from clinic_app.facade import Clinic, DueRow
from clinic_app.facade.demo import DEMO_PASSWORD, build_demo
from clinic_app.facade.maintenance import parse_export
from clinic_app.facade.views import LineState
from clinic_app.files import check_output
from clinic_app.paths import demo_db_path
from clinic_app.wording.catalogue import translate, words
from clinic_app.wording.decisions import DECISION_REQUIRED
from clinic_app.wording.errors import describe_code
from clinic_app.wording.names import item_name
from clinic_app.wording.slot import decision_kind_text
from clinic_app.wording.typography import clauses
from clinic_app.wording.values import drug_names, word
from clinic_app.wording.worklist_words import LABS

from .access import (
    NEW_ADMIN_PASSWORD_PROMPT,
    add_db_argument,
    add_force_argument,
    add_user_argument,
    db_path,
    new_database_files,
    open_existing,
    protected_paths,
    read_password,
    sign_in,
    username,
    write_output_file,
)
from .common import EXIT_OK, dump_json


def _today(args: argparse.Namespace) -> date:
    return parse_date(args.date, field="--date") if args.date else date.today()


def run_init(args: argparse.Namespace) -> int:
    path = db_path(args)
    if path.exists():
        raise InputError("database_exists", {"field": "--db", "text": str(path),
                                             "hint": "init only creates a new clinic database"})
    admin = username(args)
    password = read_password(NEW_ADMIN_PASSWORD_PROMPT)
    with new_database_files(path), Clinic.open(path) as clinic:
        session = clinic.first_run(site_name=args.site, username=admin, full_name=args.full_name, password=password)
        if args.phone:
            clinic.set_site_phone(session, args.phone)
        if args.language:
            clinic.set_site_language(session, args.language)
    sys.stdout.write(translate("Commands", "created {path} for site \"{site}\" with administrator {admin}").format(
        path=path, site=args.site, admin=admin) + "\n")
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    # Never the real clinic's default file: without --db, the demo file of the user data folder
    # (the one the window's --demo opens).
    path = Path(args.db) if getattr(args, "db", None) is not None else demo_db_path()
    if path.exists():
        raise InputError("database_exists", {"field": "--db", "text": str(path),
                                             "hint": "the demo is written to a new file only"})
    today = _today(args)
    build_demo(path, today=today, progress=_progress_line if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    sys.stdout.write(translate(
        "Commands", "demo clinic (FICTIONAL patients) written to {path} as of {today}\nsign in as dr.martin "
                    "(investigator), nurse.okafor / nurse.lindqvist (nurses), pharm.chen / pharm.dubois (pharmacists) "
                    "or sam.admin (administrator); password: {password}").format(
        path=path, today=format_date(today), password=DEMO_PASSWORD) + "\n")
    return EXIT_OK


def _progress_line(done: int, total: int) -> None:
    sys.stderr.write("\r" + translate("Commands", "building the demo clinic: {percent} %").format(
        percent=100 * done // max(total, 1)))
    sys.stderr.flush()


def _due_json(row: DueRow) -> dict[str, Any]:
    """One due item as language-neutral data: codes, ISO dates, decimal strings."""
    line = row.line
    state = None
    if line.state is not None:  # the kept line carries more for the window's words (wording.slot) than is printed
        kept = line.state
        decision = kept["decision"]
        state = {key: kept[key] for key in ("progress", "labs", "weight_measured_on", "weight_age_days",
                                            "expires_at")}
        state["decision"] = None if decision is None else {key: decision[key]
                                                           for key in ("kind", "by", "proposed", "because")}
        state["blocking"] = [r["code"] for r in kept["blocking"]]
        state["notes"] = kept["notes"]
    return {"subject": row.subject_code, "date_of_birth": row.date_of_birth, "cohort": row.cohort,
            "kind": line.kind, "cycle": line.cycle, "day": line.day, "date": line.planned_date,
            "window": [line.window_start, line.window_end], "status": row.status, "rule": line.rule,
            "dose": line.dose, "state": state}


def _state_text(state: LineState | None, protocol: Protocol) -> str:
    if state is None:
        return ""
    parts = [word(state.progress, words())]
    if state.labs is not None:
        parts.append(translate("Worklist", LABS[state.labs.state]))
    if state.weight is not None:
        parts.append(translate("Commands", "weight %n day(s) old", None, state.weight.age_days))
    if state.decision is not None:
        # every kind the gate can wait for, drugs as the protocol prints them (wording.slot)
        parts.append(translate("DecisionDialog", DECISION_REQUIRED).format(
            what=decision_kind_text(state.decision.kind, state.decision.drug, protocol, words())))
    if state.blocking:
        parts.append(translate("Commands", "blocked: {why}").format(
            why=describe_code(state.blocking[0].code, state.blocking[0].values, words(), drug_names(protocol))))
    return clauses(parts)


def run_due(args: argparse.Namespace) -> int:
    today = _today(args)
    with open_existing(args, read_only=True) as clinic:
        rows = clinic.due_list(sign_in(clinic, args), today)
        protocol = clinic.protocol
    if args.json:
        dump_json({"date": today, "items": [_due_json(r) for r in rows]})
        return EXIT_OK
    sys.stdout.write(translate("Commands", "Due on {date}").format(date=format_date(today)) + "\n")
    for r in rows:
        line = r.line
        slot = f"C{line.cycle}D{line.day}" if line.cycle else ""
        sys.stdout.write(f"{r.subject_code:<10} {format_birth_date(r.date_of_birth):<12} {r.cohort}  "
                         f"{item_name(protocol, line, words()):<20} {slot:<7} {format_date(line.planned_date):<16} "
                         f"{word(r.status, words()):<18} {r.dose_text:<22} {_state_text(line.gate, protocol)}\n")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    if args.schema:
        write_output_file(args, args.output, (json.dumps(exchange_json_schema(), indent=2) + "\n").encode("utf-8"))
        return EXIT_OK
    username(args)  # --user, wherever it was written, before anything is opened
    check_output(args.output, protected=protected_paths(args), force=args.force, field="--output")
    with open_existing(args, read_only=True) as clinic:
        document = clinic.export_document(sign_in(clinic, args), include_identities=args.include_identities)
    write_output_file(args, args.output, (document.model_dump_json(indent=2) + "\n").encode("utf-8"))
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    raw = Path(args.file).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("invalid_encoding", {"field": "file", "text": args.file, "unit": "UTF-8",
                                              "hint": Hint("at byte {byte}",
                                                           byte=exc.start)}) from None
    document = parse_export(text)
    with open_existing(args) as clinic:
        count = clinic.import_document(sign_in(clinic, args), document)
    sys.stdout.write(translate("Commands", "imported %n patient(s)", None, count) + "\n")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("init", help="create a new clinic database with its first administrator")
    add_db_argument(p)
    p.add_argument("--site", required=True, help="the site's name")
    add_user_argument(p, "the administrator's username")
    p.add_argument("--full-name", required=True, help="the administrator's full name")
    p.add_argument("--phone", default="", help="the clinic's phone number for patients (printed on calendars)")
    p.add_argument("--language", choices=("en", "fr"), default=None,
                   help="the language the site's documents are printed in (default: en)")
    p.set_defaults(run=run_init)

    p = subparsers.add_parser("demo", help="write a database with a fictional clinic (for a first look)")
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                   help="database file (default: demo.sqlite3 in the user data folder, never the clinic's own)")
    p.add_argument("--date", help="the demo's 'today', YYYY-MM-DD (default: today)")
    p.set_defaults(run=run_demo)

    p = subparsers.add_parser("due", help="the next due item of every active patient")
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument("--date", help="the day to look at, YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=run_due)

    p = subparsers.add_parser("export", help="write the clinic's records as the documented JSON format")
    add_db_argument(p)
    add_user_argument(p, "your username (not needed with --schema)")
    p.add_argument("-o", "--output", required=True, help="the JSON file to write")
    p.add_argument("--include-identities", action="store_true",
                   help="also names and hospital numbers (never for the sponsor)")
    p.add_argument("--schema", action="store_true", help="write the JSON Schema of the format instead")
    add_force_argument(p)
    p.set_defaults(run=run_export)

    p = subparsers.add_parser("import", help="load an export into a clinic that has no patients yet")
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument("file", help="the JSON export to load")
    p.set_defaults(run=run_import)
