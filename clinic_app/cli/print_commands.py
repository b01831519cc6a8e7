"""`print dosing-sheet|visit-sheet|calendar|worklist|day-batch ... -o FILE.pdf`: the documents, from
scripts. `day-batch` is the pharmacy's day in one PDF: the worklist, every dosing sheet of the day
and the blinded checker copy of each dose not yet verified."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from clinic_app.domain.dates import parse_date
from clinic_app.domain.errors import Hint, InputError, RuleError
from clinic_app.facade import Clinic, Session
from clinic_app.files import check_output
from clinic_app.wording.catalogue import translate

from .access import (
    add_db_argument,
    add_force_argument,
    add_user_argument,
    open_existing,
    protected_paths,
    sign_in,
    write_output_file,
)
from .common import EXIT_OK

DOCUMENTS = ("dosing-sheet", "visit-sheet", "calendar", "worklist", "day-batch")


def _dose_record_id(clinic: Clinic, session: Session, args: argparse.Namespace, day: date) -> int:
    if args.dose_record is not None:
        return int(args.dose_record)
    if not args.patient:
        raise InputError("patient_required", {"field": "--patient", "hint": "or name the record with --dose-record"})
    records = [r for r in clinic.dose_records(session, args.patient) if r.dose_date == day]
    if not records:
        raise RuleError("no_dose_record", {"field": "--date", "subject_code": args.patient, "date": day.isoformat(),
                                           "hint": "calculate the dose first"})
    return records[-1].id


def run_print(args: argparse.Namespace) -> int:
    day = parse_date(args.date, field="--date") if args.date else date.today()
    if args.document in ("visit-sheet", "calendar") and not args.patient:
        raise InputError("patient_required", {"field": "--patient",
                                               "hint": Hint("{document} is for one patient", document=args.document)})
    check_output(args.output, protected=protected_paths(args), force=args.force, field="--output")
    with open_existing(args) as clinic:
        session = sign_in(clinic, args)
        if args.document == "dosing-sheet":
            pdf = clinic.dosing_sheet_pdf(session, _dose_record_id(clinic, session, args, day), blinded=args.blinded,
                                          page_size=args.paper)
        elif args.document == "visit-sheet":
            pdf = clinic.visit_checklist_pdf(session, args.patient, day, page_size=args.paper)
        elif args.document == "calendar":
            pdf = clinic.patient_calendar_pdf(session, args.patient, day, page_size=args.paper)
        elif args.document == "worklist":
            pdf = clinic.worklist_pdf(session, day, page_size=args.paper)
        else:
            pdf = clinic.day_batch_pdf(session, day, page_size=args.paper)
    write_output_file(args, args.output, pdf)
    sys.stdout.write(translate("Commands", "wrote {path} ({size} bytes)").format(path=args.output, size=len(pdf))
                     + "\n")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("print", help="write a document as PDF")
    p.add_argument("document", choices=DOCUMENTS)
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument("--patient", help="subject code (visit-sheet, calendar; dosing-sheet with --date)")
    p.add_argument("--date", help="the day, YYYY-MM-DD (default: today)")
    p.add_argument("--dose-record", type=int, help="dosing-sheet: the dose record number")
    p.add_argument("--blinded", action="store_true", help="dosing-sheet: the checker's copy without the dose")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    p.add_argument("-o", "--output", required=True, help="the PDF file to write")
    add_force_argument(p)
    p.set_defaults(run=run_print)
