"""`decide` (an investigator's signed decision on a patient) and `check` (what the dose gate says of
an action on a slot, for a script to ask before it acts)."""

from __future__ import annotations

import argparse

from clinic_app.domain.dates import parse_date
from clinic_app.domain.gate_model import GateAction, Verdict
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import DecisionKind
from clinic_app.facade.decisions import PATIENT_DECISION_KINDS
from clinic_app.wording.catalogue import words
from clinic_app.wording.command_help import Help
from clinic_app.wording.command_line import cli_word, line
from clinic_app.wording.errors import describe_code
from clinic_app.wording.names import drug_name
from clinic_app.wording.values import drug_names, word

from .access import open_existing, sign_in, sign_in_to_sign
from .arguments import add_common, add_patient, add_slot, choice, cycle_and_day, dose_record_number
from .common import EXIT_FAULT, EXIT_OK, emit
from .record_json import decision_json, verdict_json


def run_decide(args: argparse.Namespace) -> int:
    kind = choice(args.kind, DecisionKind, field="--kind", allowed=PATIENT_DECISION_KINDS)
    with open_existing(args) as clinic:
        cycle = day = None
        if args.cycle is not None or args.day is not None:
            cycle, day = cycle_and_day(clinic.protocol, args.cycle or "", args.day or "")
        session, password = sign_in_to_sign(clinic, args)
        decision = clinic.decide(session, args.patient, kind=kind, choice=args.choice, reason=args.reason,
                                 password=password, cycle=cycle, day=day, drug=args.drug)
    slot = "" if decision.cycle is None else line("decided_slot", {"cycle": decision.cycle, "day": decision.day})
    return emit(args.json, {"decision": decision_json(decision)}, [line("decided", {
        "subject": decision.subject_code, "kind": cli_word(decision.kind.value),
        "choice": word(decision.choice, words()), "slot": slot, "name": session.full_name})])


def verdict_lines(protocol: Protocol, subject_code: str, drug: str, cycle: int, day: int, v: Verdict) -> list[str]:
    """The gate's verdict for people: the outcome, then each refusal, the decision awaited, each note."""
    names = drug_names(protocol)
    lines = [line("verdict", {"subject": subject_code, "drug": drug_name(protocol, drug), "cycle": cycle, "day": day,
                              "action": cli_word(v.action.value), "outcome": cli_word(v.outcome.value)})]
    lines += [line("verdict_reason", {"message": describe_code(r.code, r.values, words(), drug_names=names)})
              for r in v.reasons]
    if v.decision is not None:
        d = v.decision
        proposed = line("proposed", {"choice": word(d.proposed, words())}) if d.proposed else ""
        lines.append(line("verdict_decision", {"by": word(d.by.value, words()), "kind": cli_word(d.kind.value),
                                               "proposed": proposed}))
    lines += [line("verdict_note", {"message": describe_code(n.code, n.values, words(), drug_names=names)})
              for n in v.notes]
    return lines


def run_check(args: argparse.Namespace) -> int:
    action = choice(args.action, GateAction, field="--action")
    on = None if args.on is None else parse_date(args.on, field="--on")
    record_id = None if args.dose_record is None else dose_record_number(args.dose_record)
    with open_existing(args, read_only=True) as clinic:
        cycle, day = cycle_and_day(clinic.protocol, args.cycle, args.day)
        verdict = clinic.check_action(sign_in(clinic, args), args.patient, drug=args.drug, cycle=cycle, day=day,
                                      action=action, on=on, dose_record_id=record_id)
        lines = verdict_lines(clinic.protocol, args.patient, args.drug, cycle, day, verdict)
    emit(args.json, {"verdict": verdict_json(args.patient, args.drug, cycle, day, verdict)}, lines)
    return EXIT_OK if verdict.allowed else EXIT_FAULT


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("decide", help="sign \"Approved\" on an investigator's decision for a patient")
    add_patient(p)
    p.add_argument("--kind", required=True, metavar="KIND",
                   help=Help("the kind of decision: {kinds}", kinds="; ".join(k.value for k in PATIENT_DECISION_KINDS)))
    p.add_argument("--choice", required=True, metavar="CHOICE",
                   help="dose_level: a level (0, -1, -2); flat_dose_give_skip: give or skip; premedication: "
                        "continue or omit; weight_change: recalculate or keep; discontinue_drug: discontinue; "
                        "after_discontinuation: continue_flat or end_treatment")
    p.add_argument("--reason", required=True, help="why (kept with the signature)")
    p.add_argument("--cycle", default=None, metavar="C", help="the cycle decided on (flat_dose_give_skip, "
                                                              "weight_change)")
    p.add_argument("--day", default=None, metavar="D", help="the day decided on (flat_dose_give_skip, weight_change)")
    p.add_argument("--drug", default=None, metavar="KEY", help="the drug, where the kind names one (the flat drug "
                                                               "given or skipped, the drug discontinued)")
    add_common(p)
    p.set_defaults(run=run_decide)

    p = subparsers.add_parser("check", help="what the dose gate says of an action on a slot today: allowed "
                                            "(exit 0), refused or waiting for a decision (exit 1)")
    add_patient(p)
    add_slot(p)
    p.add_argument("--action", required=True, metavar="ACTION",
                   help=Help("the action asked about: {actions}", actions=", ".join(a.value for a in GateAction)))
    p.add_argument("--on", default=None, metavar="YYYY-MM-DD", help="record_late: the day the dose was really given")
    p.add_argument("--dose-record", default=None, metavar="N", help="the dose record acted on (default: the "
                                                                     "slot's current one)")
    add_common(p, json_help="print the verdict as one JSON object")
    p.set_defaults(run=run_check)
