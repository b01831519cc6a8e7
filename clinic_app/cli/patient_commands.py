"""`enrol`, `measure`, `labs`, `toxicity`, `visit`: what is recorded about a patient before a dose.

Each calls the facade method the window calls; the facade checks the role, the values and the rules.
"""

from __future__ import annotations

import argparse

from clinic_app.domain.dates import parse_date
from clinic_app.domain.formatting import format_birth_date, format_date, plain_number
from clinic_app.domain.numbers import UNIT_10E9_PER_L, UNIT_CM, UNIT_KG
from clinic_app.domain.plausibility import PlausibilityWarning
from clinic_app.domain.schedule_model import SCREENING
from clinic_app.wording.catalogue import words
from clinic_app.wording.command_help import Help
from clinic_app.wording.command_line import lab_state_word, line
from clinic_app.wording.names import drug_name
from clinic_app.wording.values import word
from clinic_app.wording.warnings import lab_problem_text, warning_text

from .access import open_existing, sign_in
from .arguments import add_common, add_patient
from .common import emit
from .record_json import labs_json, measurement_json, patient_json, toxicity_json, visit_json


def _warning_json(w: PlausibilityWarning) -> dict[str, object]:
    return {"code": w.code, "needs": w.needs, "values": dict(w.values)}


def run_enrol(args: argparse.Namespace) -> int:
    with open_existing(args) as clinic:
        patient = clinic.enrol(sign_in(clinic, args), subject_code=args.patient, initials=args.initials,
                               date_of_birth=args.date_of_birth, cohort=args.cohort, planned_c1d1=args.c1d1,
                               full_name=args.full_name, hospital_number=args.hospital_number)
    return emit(args.json, {"patient": patient_json(patient)}, [line("enrolled", {
        "subject": patient.subject_code, "initials": patient.initials,
        "date_of_birth": format_birth_date(patient.date_of_birth), "cohort": patient.cohort,
        "planned_c1d1": format_date(patient.planned_c1d1) if patient.planned_c1d1 else ""})])


def run_measure(args: argparse.Namespace) -> int:
    on = parse_date(args.date, field="--date")
    with open_existing(args) as clinic:
        session = sign_in(clinic, args)
        # Before recording: afterwards the new weight would be compared with itself.
        warnings = clinic.measurement_warnings(args.patient, args.height_cm, args.weight_kg)
        measured = clinic.record_measurement(session, args.patient, height_cm=args.height_cm,
                                             weight_kg=args.weight_kg, measured_on=on,
                                             acknowledged=frozenset(args.confirm))
    lines = [line("measured", {"subject": measured.subject_code, "on": format_date(measured.measured_on),
                               "height": f"{plain_number(measured.height_cm)} {UNIT_CM}",
                               "weight": f"{plain_number(measured.weight_kg)} {UNIT_KG}"})]
    lines += [f"  ! {warning_text(w.code, w.values, words())}" for w in warnings]
    return emit(args.json, {"measurement": measurement_json(measured), "warnings": [_warning_json(w) for w in warnings],
                            "confirmed": sorted(w.code for w in warnings if w.code in args.confirm)}, lines)


def run_labs(args: argparse.Namespace) -> int:
    drawn_on = parse_date(args.drawn_on, field="--drawn-on")
    with open_existing(args) as clinic:
        session = sign_in(clinic, args)
        lab = clinic.record_labs(session, args.patient, anc=args.anc, platelets=args.platelets, drawn_on=drawn_on)
        verdict = clinic.pre_dose_labs(session, args.patient, drawn_on)
    lines = [line("labs_recorded", {"subject": lab.subject_code, "on": format_date(lab.drawn_on),
                                    "anc": f"{plain_number(lab.anc_10e9_per_l)} {UNIT_10E9_PER_L}",
                                    "platelets": f"{plain_number(lab.platelets_10e9_per_l)} {UNIT_10E9_PER_L}"}),
             line("labs_state", {"dose_date": format_date(drawn_on), "state": lab_state_word(verdict.state.value)})]
    lines += [f"  ! {lab_problem_text(p.code, p.values, words())}" for p in verdict.problems]
    return emit(args.json, {"labs": labs_json(lab), "for_a_dose_on": drawn_on, "state": verdict.state.value,
                            "problems": [p.code for p in verdict.problems]}, lines)


NOT_ATTRIBUTED = "none"  # `toxicity --drug none`: an adverse event attributed to no drug


def run_toxicity(args: argparse.Namespace) -> int:
    onset = parse_date(args.onset, field="--onset")
    with open_existing(args) as clinic:
        toxicity = clinic.record_toxicity(sign_in(clinic, args), args.patient, term=args.term, grade=args.grade,
                                          onset=onset, drug=None if args.drug == NOT_ATTRIBUTED else args.drug,
                                          term_text=args.term_text, note=args.note)
        known = clinic.protocol.toxicities.term(toxicity.term)  # the CTCAE term in the user's language
        term = toxicity.term_text or (words()("ProtocolText", str(known.name)) if known is not None
                                      else word(toxicity.term, words()))
        if toxicity.drug is not None:
            term = f"{term}, {drug_name(clinic.protocol, toxicity.drug)}"
    return emit(args.json, {"toxicity": toxicity_json(toxicity)}, [line("toxicity_recorded", {
        "subject": toxicity.subject_code, "term": term, "grade": toxicity.grade,
        "onset": format_date(toxicity.onset)})])


def run_visit(args: argparse.Namespace) -> int:
    on = parse_date(args.date, field="--date")
    with open_existing(args) as clinic:
        visit = clinic.record_visit(sign_in(clinic, args), args.patient, visit=args.visit, on=on)
        name = word(visit.visit, words()) if visit.visit == SCREENING \
            else words()("ProtocolText", clinic.protocol.visit(visit.visit).name)
    return emit(args.json, {"visit": visit_json(visit)},
                [line("visit_recorded", {"subject": visit.subject_code, "visit": name, "on": format_date(visit.on)})])


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("enrol", help="enrol a patient into an open cohort (investigator)")
    add_patient(p)
    p.add_argument("--initials", required=True, help="2 to 4 letters")
    p.add_argument("--date-of-birth", required=True, metavar="YYYY-MM-DD", help="an adult's date of birth")
    p.add_argument("--cohort", required=True, metavar="LETTER", help="an open cohort (A, B, C)")
    p.add_argument("--c1d1", required=True, metavar="YYYY-MM-DD",
                   help="the planned first PACLitaxel day (today up to the end of the screening window)")
    p.add_argument("--full-name", required=True, help="the patient's name (point of care only, never exported)")
    p.add_argument("--hospital-number", required=True, help="the hospital number (point of care only)")
    add_common(p)
    p.set_defaults(run=run_enrol)

    p = subparsers.add_parser("measure", help="record height (cm) and weight (kg) measured on a date")
    add_patient(p)
    p.add_argument("--height-cm", required=True, metavar="H", help="height in cm (digits, optional '.')")
    p.add_argument("--weight-kg", required=True, metavar="W", help="weight in kg (digits, optional '.')")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day measured (not in the future)")
    p.add_argument("--confirm", action="append", default=[], metavar="CODE",
                   help="confirm one plausibility warning by its code after checking it (repeat for each)")
    add_common(p)
    p.set_defaults(run=run_measure)

    p = subparsers.add_parser("labs", help="record pre-treatment ANC and platelets (× 10⁹/L) drawn on a date")
    add_patient(p)
    p.add_argument("--anc", required=True, metavar="N",
                   help=Help("absolute neutrophil count in {unit}", unit=UNIT_10E9_PER_L))
    p.add_argument("--platelets", required=True, metavar="N", help=Help("platelets in {unit}", unit=UNIT_10E9_PER_L))
    p.add_argument("--drawn-on", required=True, metavar="YYYY-MM-DD", help="the day the blood was drawn")
    add_common(p)
    p.set_defaults(run=run_labs)

    p = subparsers.add_parser("toxicity", help="record an adverse event: CTCAE v5 term, grade and onset")
    add_patient(p)
    p.add_argument("--term", required=True, metavar="KEY",
                   help="a CTCAE term key of the protocol (e.g. peripheral_sensory_neuropathy) or 'other'")
    p.add_argument("--grade", required=True, metavar="N", help="CTCAE grade 1 to 5")
    p.add_argument("--onset", required=True, metavar="YYYY-MM-DD", help="the day it began (not in the future)")
    # Chosen by the person, never assumed (TOX-1): a missing --drug used to read as "attributed to no
    # drug", so a severe reaction to PACLitaxel typed without it never discontinued it (TOX-5).
    p.add_argument("--drug", required=True, metavar="KEY|none",
                   help=Help("the drug it is attributed to (e.g. paclitaxel), or '{none}' when it is attributed to no "
                             "drug (required: the window asks the same)", none=NOT_ATTRIBUTED))
    p.add_argument("--term-text", default="", help="what it is, for the term 'other'")
    p.add_argument("--note", default="", help="a note")
    add_common(p)
    p.set_defaults(run=run_toxicity)

    p = subparsers.add_parser("visit", help="record screening or a protocol visit as done on a date")
    add_patient(p)
    p.add_argument("--visit", required=True, metavar="KEY",
                   help=Help("{screening} or a visit key of the protocol (e.g. week13_assessment)",
                             screening=SCREENING))
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day it was done (not in the future)")
    add_common(p)
    p.set_defaults(run=run_visit)

