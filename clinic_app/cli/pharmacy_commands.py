"""`calculate`, `prepare`, `verify-dose`, `dose-records`: the frozen dose calculation and the pharmacy's
two signatures.

`verify-dose` is the independent double check (ROLE-2): the verifier's own BSA and dose are required
and compared with the record by the facade before anything is signed.
"""

from __future__ import annotations

import argparse

from clinic_app.domain.dose_records import DoseStatus
from clinic_app.domain.formatting import (
    format_bsa_formula,
    format_concentration,
    format_date,
    format_datetime,
    format_exact,
    format_m2,
    format_mg,
    format_mg_per_m2,
    format_ml,
    plain_number,
)
from clinic_app.domain.numbers import UNIT_CM, UNIT_KG
from clinic_app.domain.protocol import Protocol
from clinic_app.facade import DoseRecordView
from clinic_app.wording.command_line import lab_state_word, line
from clinic_app.wording.names import drug_name
from clinic_app.wording.values import word

from .access import open_existing, sign_in, sign_in_to_sign
from .arguments import add_common, add_patient, add_slot, cycle_and_day, dose_record_number
from .common import emit
from .record_json import blinded_record_json, dose_record_json, record_label


def dose_record_lines(protocol: Protocol, r: DoseRecordView) -> list[str]:
    """A dose record for people: the dose, the arithmetic, the preparation, labs, signatures."""
    dose, prep = r.dose, r.preparation
    lines = [
        line("dose_record", {"record": record_label(r.id), "subject": r.subject_code,
                             "drug": drug_name(protocol, r.drug), "cycle": r.cycle, "day": r.day,
                             "dose_date": format_date(r.dose_date), "dose": format_mg(dose.dose_mg),
                             "dose_per_m2": format_mg_per_m2(dose.dose_per_m2_mg), "level": dose.level,
                             "status": word(r.status.value)}),
        line("dose_arithmetic", {"formula": format_bsa_formula(dose.formula),
                                 "height": f"{plain_number(dose.height_cm)} {UNIT_CM}",
                                 "weight": f"{plain_number(dose.weight_kg)} {UNIT_KG}",
                                 "measured_on": format_date(r.measurement.measured_on),
                                 "bsa_exact": format_exact(dose.bsa_exact_m2), "bsa": format_m2(dose.bsa_m2),
                                 "dose_per_m2": format_mg_per_m2(dose.dose_per_m2_mg),
                                 "exact": format_mg(dose.exact_mg), "dose": format_mg(dose.dose_mg)}),
    ]
    if prep.bag_ml is None or prep.final_concentration_mg_per_ml is None:
        lines.append(line("no_bag", {}))
    else:
        lines.append(line("dose_preparation", {"volume": format_ml(prep.volume_ml), "bag": f"{prep.bag_ml} mL",
                                               "concentration": format_concentration(
                                                   prep.final_concentration_mg_per_ml)}))
    lines.append(line("labs_state", {"dose_date": format_date(r.lab_check.dose_date),
                                     "state": lab_state_word(r.lab_check.state.value)}))
    if prep.expires_at is not None and r.status is not DoseStatus.VOID:
        lines.append(line("expires", {"expires_at": format_datetime(prep.expires_at)}))
    if r.status in (DoseStatus.CALCULATED, DoseStatus.PREPARED):
        lines.append(line("not_verified", {}))
    lines += [line("signature", {"meaning": s.meaning.value, "name": s.printed_name, "role": word(s.role.value),
                                 "signed_at": format_datetime(s.signed_at)}) for s in r.signatures]
    if r.void_reason:
        lines.append(line("void", {"reason": r.void_reason}))
    return lines


def blinded_lines(protocol: Protocol, r: DoseRecordView) -> list[str]:
    """A dose record as a verifier reads it before working the dose out (no BSA, no dose)."""
    dose = r.dose
    return [line("dose_record_blinded", {
        "record": record_label(r.id), "subject": r.subject_code, "drug": drug_name(protocol, r.drug),
        "cycle": r.cycle, "day": r.day, "dose_date": format_date(r.dose_date), "status": word(r.status.value),
        "height": f"{plain_number(dose.height_cm)} {UNIT_CM}", "weight": f"{plain_number(dose.weight_kg)} {UNIT_KG}",
        "measured_on": format_date(r.measurement.measured_on), "formula": format_bsa_formula(dose.formula),
        "places": protocol.bsa.round_places,
        "cap": "" if dose.cap_m2 is None else line("bsa_cap", {"cap": format_m2(dose.cap_m2)}),
        "dose_per_m2": format_mg_per_m2(dose.dose_per_m2_mg), "level": dose.level,
        "step": format_mg(protocol.rounding.dose_mg_step)})]


def run_calculate(args: argparse.Namespace) -> int:
    with open_existing(args) as clinic:
        cycle, day = cycle_and_day(clinic.protocol, args.cycle, args.day)
        record = clinic.calculate_dose(sign_in(clinic, args), args.patient, cycle=cycle, day=day,
                                       acknowledged=frozenset(args.confirm))
        lines = dose_record_lines(clinic.protocol, record)
    return emit(args.json, {"dose_record": dose_record_json(record)}, lines)


def run_prepare(args: argparse.Namespace) -> int:
    record_id = dose_record_number(args.dose_record)
    with open_existing(args) as clinic:
        session, password = sign_in_to_sign(clinic, args)
        record = clinic.prepare(session, record_id, password=password)
        lines = dose_record_lines(clinic.protocol, record)
    return emit(args.json, {"dose_record": dose_record_json(record)}, lines)


def run_verify_dose(args: argparse.Namespace) -> int:
    record_id = dose_record_number(args.dose_record)
    with open_existing(args) as clinic:
        session, password = sign_in_to_sign(clinic, args)
        record = clinic.verify(session, record_id, password=password, independent_bsa_m2=args.bsa_m2,
                               independent_dose_mg=args.dose_mg)
        lines = dose_record_lines(clinic.protocol, record)
    return emit(args.json, {"dose_record": dose_record_json(record)}, lines)


def run_dose_records(args: argparse.Namespace) -> int:
    with open_existing(args, read_only=True) as clinic:
        protocol = clinic.protocol
        records = clinic.dose_records(sign_in(clinic, args), args.patient)
    if args.blinded:
        lines = [text for r in records for text in blinded_lines(protocol, r)]
        documents = [blinded_record_json(protocol, r) for r in records]
    else:
        lines = [text for r in records for text in dose_record_lines(protocol, r)]
        documents = [dose_record_json(r) for r in records]
    return emit(args.json, {"subject": args.patient, "blinded": args.blinded, "dose_records": documents},
                lines or [line("no_dose_records", {"subject": args.patient})])


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("calculate", help="calculate and freeze the PACLitaxel dose of a slot (a dose record)")
    add_patient(p)
    add_slot(p, drug=False)
    p.add_argument("--confirm", action="append", default=[], metavar="CODE",
                   help="confirm one plausibility warning on the height and weight by its code (repeat for each)")
    add_common(p)
    p.set_defaults(run=run_calculate)

    p = subparsers.add_parser("prepare", help="sign \"Prepared\" on a dose record (pharmacist)")
    p.add_argument("--dose-record", required=True, metavar="N", help="the record's number (12 or DR-000012)")
    add_common(p)
    p.set_defaults(run=run_prepare)

    p = subparsers.add_parser("verify-dose", help="the independent double check: sign \"Verified\" with your own "
                                                  "BSA and dose (a second pharmacist)")
    p.add_argument("--dose-record", required=True, metavar="N", help="the record's number (12 or DR-000012)")
    p.add_argument("--bsa-m2", required=True, metavar="BSA",
                   help="the BSA you worked out yourself from the height and weight, in m²")
    p.add_argument("--dose-mg", required=True, metavar="MG", help="the dose you worked out yourself, in mg")
    add_common(p)
    p.set_defaults(run=run_verify_dose)

    p = subparsers.add_parser("dose-records", help="a patient's dose records (voided ones too), oldest first")
    add_patient(p)
    p.add_argument("--blinded", action="store_true",
                   help="only what the dose is worked out from (for the verifier, before verify-dose): no BSA, "
                        "no dose")
    add_common(p)
    p.set_defaults(run=run_dose_records)
