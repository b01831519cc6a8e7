"""`administer`, `late-entry`, `hold`, `omit`: what happened to a planned dose at the chair, signed.

The tolerance and the reaction grade are the nurse's choice (PREMED-3): nothing defaults them.
"""

from __future__ import annotations

import argparse

from clinic_app.domain.dates import parse_date
from clinic_app.domain.errors import InputError
from clinic_app.domain.formatting import format_date, format_mcg_as_mg, format_mg
from clinic_app.domain.records import Administration, HoldReason, Tolerance
from clinic_app.domain.toxicity import TOLERANCE_GRADES
from clinic_app.facade import Clinic, Session
from clinic_app.facade.patients import parse_grade
from clinic_app.wording.catalogue import words
from clinic_app.wording.command_help import Help
from clinic_app.wording.command_line import line
from clinic_app.wording.names import drug_name
from clinic_app.wording.values import word

from .access import open_existing, sign_in_to_sign
from .arguments import add_common, add_patient, add_slot, choice, cycle_and_day, dose_record_number
from .common import emit
from .record_json import administration_json


def _tolerance(args: argparse.Namespace) -> tuple[Tolerance | None, int | None]:
    """--tolerance and --reaction-grade: a reaction's grade is chosen, never assumed."""
    tolerance = None if args.tolerance is None else choice(args.tolerance, Tolerance, field="--tolerance")
    grade = None if args.reaction_grade is None else parse_grade(args.reaction_grade)
    if tolerance in TOLERANCE_GRADES and grade is None:
        grades = TOLERANCE_GRADES[tolerance]
        raise InputError("reaction_grade_required", {"field": "--reaction-grade", "unit": "CTCAE grade",
                                                     "minimum": str(grades[0]), "maximum": str(grades[-1])})
    return tolerance, grade


def _given_lines(clinic: Clinic, session: Session, given: Administration) -> list[str]:
    dose = format_mcg_as_mg(given.dose_mcg) if given.dose_mcg is not None else \
        format_mg(given.dose_mg) if given.dose_mg is not None else ""
    values = {"subject": given.subject_code, "drug": drug_name(clinic.protocol, given.drug), "dose": dose,
              "cycle": given.cycle, "day": given.day, "on": format_date(given.on), "name": session.full_name,
              "reason": given.late_entry_reason}
    return [line("given_late" if given.late_entry_reason else "given", values)]


def _give(args: argparse.Namespace, *, late: bool) -> int:
    tolerance, grade = _tolerance(args)
    record_id = None if args.dose_record is None else dose_record_number(args.dose_record)
    given_on = parse_date(args.given_on, field="--given-on") if late else None
    with open_existing(args) as clinic:
        cycle, day = cycle_and_day(clinic.protocol, args.cycle, args.day)
        session, password = sign_in_to_sign(clinic, args)
        if given_on is not None:
            given = clinic.record_late_administration(
                session, args.patient, drug=args.drug, cycle=cycle, day=day, on=given_on, reason=args.reason,
                tolerance=tolerance, password=password, dose_record_id=record_id, reaction_grade=grade)
        else:
            given = clinic.administer(session, args.patient, drug=args.drug, cycle=cycle, day=day, tolerance=tolerance,
                                      password=password, dose_record_id=record_id, reaction_grade=grade)
        lines = _given_lines(clinic, session, given)
    return emit(args.json, {"administration": administration_json(given)}, lines)


def run_administer(args: argparse.Namespace) -> int:
    return _give(args, late=False)


def run_late_entry(args: argparse.Namespace) -> int:
    return _give(args, late=True)


def _not_given(args: argparse.Namespace, *, omit: bool) -> int:
    reason = choice(args.reason, HoldReason, field="--reason")
    with open_existing(args) as clinic:
        cycle, day = cycle_and_day(clinic.protocol, args.cycle, args.day)
        session, password = sign_in_to_sign(clinic, args)
        record = (clinic.omit if omit else clinic.hold)(session, args.patient, drug=args.drug, cycle=cycle, day=day,
                                                        reason=reason, note=args.note, password=password)
        text = line("not_given", {
            "subject": record.subject_code, "drug": drug_name(clinic.protocol, record.drug), "cycle": record.cycle,
            "day": record.day, "status": word(record.status.value, words()), "on": format_date(record.on),
            "reason": word(reason.value, words()), "name": session.full_name})
    return emit(args.json, {"administration": administration_json(record)}, [text])


def run_hold(args: argparse.Namespace) -> int:
    return _not_given(args, omit=False)


def run_omit(args: argparse.Namespace) -> int:
    return _not_given(args, omit=True)


def _add_giving(p: argparse.ArgumentParser) -> None:
    add_patient(p)
    add_slot(p)
    p.add_argument("--tolerance", default=None, metavar="CODE",
                   help=Help("how the infusion was tolerated, chosen by the nurse: {codes} (required for PACLitaxel)",
                             codes=", ".join(t.value for t in Tolerance)))
    p.add_argument("--reaction-grade", default=None, metavar="N",
                   help="the reaction's CTCAE grade (required with a reaction: mild 1-2, severe 3-4)")
    p.add_argument("--dose-record", default=None, metavar="N",
                   help="the verified dose record given (PACLitaxel; default: the slot's current one)")
    add_common(p)


def _add_not_giving(p: argparse.ArgumentParser) -> None:
    add_patient(p)
    add_slot(p)
    p.add_argument("--reason", required=True, metavar="CODE", help=Help("coded reason: {codes}",
                                                               codes=", ".join(r.value for r in HoldReason)))
    p.add_argument("--note", default="", help="a note (required with the reason 'other')")
    add_common(p)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("administer", help="sign \"Administered\" for a dose given today (nurse)")
    _add_giving(p)
    p.set_defaults(run=run_administer)

    p = subparsers.add_parser("late-entry", help="record a dose given earlier, on its real date inside its window, "
                                                 "with the reason it is entered late (nurse)")
    _add_giving(p)
    p.add_argument("--given-on", required=True, metavar="YYYY-MM-DD", help="the day the dose was really given")
    p.add_argument("--reason", required=True, help="why it is entered late")
    p.set_defaults(run=run_late_entry)

    p = subparsers.add_parser("hold", help="sign \"Held\": a dose not given today, with a coded reason (nurse)")
    _add_not_giving(p)
    p.set_defaults(run=run_hold)

    p = subparsers.add_parser("omit", help="sign \"Approved\": a dose omitted for good (investigator)")
    _add_not_giving(p)
    p.set_defaults(run=run_omit)
