"""`python -m clinic_app dose`: BSA, paclitaxel dose, preparation and the cohort's flat dose, offline.

The text output writes the arithmetic the way a pharmacist checks it by hand; `--json` prints the
same report as one JSON object (decimal values as strings).
"""

from __future__ import annotations

import argparse
import sys
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path

from clinic_app.domain.bsa import FORMULAS
from clinic_app.domain.formatting import (
    format_bsa_formula,
    format_concentration,
    format_exact,
    format_m2,
    format_mcg_as_mg,
    format_mg,
    format_mg_per_m2,
    format_ml,
    format_route,
    plain_number,
)
from clinic_app.domain.numbers import parse_dose_level
from clinic_app.domain.plausibility import PlausibilityWarning
from clinic_app.domain.protocol import load_protocol
from clinic_app.facade.calculator import DoseReport, dose_report
from clinic_app.paths import default_protocol_path
from clinic_app.wording.arithmetic import step_expression
from clinic_app.wording.catalogue import translate, words
from clinic_app.wording.command_help import Help
from clinic_app.wording.protocol_text import protocol_text
from clinic_app.wording.warnings import warning_text

from .common import EXIT_OK, dump_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `dose` subcommand."""
    parser = subparsers.add_parser("dose", help="calculate BSA, paclitaxel dose, preparation and IMP321 dose")
    parser.add_argument("--height-cm", required=True, metavar="H", help="height in cm (digits, optional '.')")
    parser.add_argument("--weight-kg", required=True, metavar="W", help="weight in kg (digits, optional '.')")
    # Not argparse choices: an unknown name is refused by the domain like any other bad input (one line, exit 2).
    parser.add_argument("--formula", default=None, metavar="NAME",
                        help=Help("BSA formula: {formulas} (default: the protocol's)", formulas=", ".join(FORMULAS)))
    parser.add_argument("--level", default="0", metavar="LEVEL", help="dose level: 0, -1 or -2 (default 0)")
    parser.add_argument("--cohort", default=None, metavar="LETTER", help="IMP321 cohort letter (A, B, C)")
    parser.add_argument("--protocol", default=None, metavar="FILE", help="protocol TOML (default: the shipped one)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Calculate and print; domain errors propagate to the common error reporter (exit code 2)."""
    protocol = load_protocol(default_protocol_path() if args.protocol is None else Path(args.protocol))
    report = dose_report(protocol, args.height_cm, args.weight_kg, formula=args.formula,
                         level=parse_dose_level(protocol, args.level), cohort=args.cohort)
    if args.json:
        dump_json(report.to_json_dict())
    else:
        sys.stdout.write("\n".join(render_text(report)) + "\n")
    return EXIT_OK


def _warning_line(warning: PlausibilityWarning) -> str:
    text = warning_text(warning.code, warning.values, words())
    action = translate("DoseCommand", "decision required") if warning.needs == "decision" \
        else translate("DoseCommand", "confirm")
    return f"  ! {text} [{action}]"


def _places_of(value: Decimal) -> str:
    """The rounding step a quantized value shows, e.g. 1.82 -> "0.01"."""
    exponent = value.as_tuple().exponent
    return plain_number(Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0))


def render_text(report: DoseReport) -> list[str]:
    """The report as lines of plain text, arithmetic written out."""
    dose, prep = report.dose, report.preparation
    bsa_step = next(s for s in dose.steps if s.code == "bsa_exact")
    shown_exact = format_exact(dose.bsa_exact_m2)
    multi = translate("Paper", " (multi-dose)")
    lines = [
        translate("DoseCommand", "Protocol {id} {version} (sha256 {sha})").format(
            id=report.protocol_id, version=report.protocol_version, sha=report.protocol_sha256[:12]),
        translate("DoseCommand", "Height {height} cm, weight {weight} kg").format(
            height=plain_number(dose.height_cm), weight=plain_number(dose.weight_kg)),
        translate("DoseCommand", "BSA ({formula}) = {expression} = {exact} m²").format(
            formula=format_bsa_formula(dose.formula), expression=step_expression(bsa_step.expression, words()),
            exact=shown_exact),
        translate("DoseCommand", "  rounded half-up to {step} m²: {bsa}").format(
            step=_places_of(dose.bsa_rounded_m2), bsa=format_m2(dose.bsa_rounded_m2)),
    ]
    if dose.capped:
        lines.append(translate("DoseCommand", "  capped by the protocol at {bsa}").format(bsa=format_m2(dose.bsa_m2)))
    lines += [
        translate("DoseCommand", "  BSA used: {bsa}").format(bsa=format_m2(dose.bsa_m2)),
        translate("DoseCommand",
                  "{drug} (level {level}): {bsa} × {per_m2} = {exact} -> {dose} (rounded half-up)").format(
            drug=dose.display_name, level=dose.level, bsa=format_m2(dose.bsa_m2),
            per_m2=format_mg_per_m2(dose.dose_per_m2_mg), exact=format_mg(dose.exact_mg), dose=format_mg(dose.dose_mg)),
        translate("DoseCommand", "  dose: {dose} ({per_m2}) {route}").format(
            dose=format_mg(dose.dose_mg), per_m2=format_mg_per_m2(dose.dose_per_m2_mg), route=format_route(dose.route)),
        translate("DoseCommand", "  volume to draw = {dose} / {conc} = {volume} (half-up to {step} mL)").format(
            dose=format_mg(prep.dose_mg), conc=format_concentration(prep.concentrate_mg_per_ml),
            volume=format_ml(prep.volume_ml), step=_places_of(prep.volume_ml)),
        translate("DoseCommand", "  vials: {vials} (total {total}, left over {left})").format(
            vials=", ".join(f"{v.count} × {format_mg(v.strength_mg)}/{format_ml(v.volume_ml)}"
                            + (multi if v.multi_dose else "") for v in prep.vial_plan.vials),
            total=format_mg(prep.vial_plan.total_mg), left=format_mg(prep.vial_plan.waste_mg)),
    ]
    low, high = prep.concentration_range_mg_per_ml
    accepted = f"{plain_number(low)}-{format_concentration(high)}"
    for trial in prep.bags_tried:
        if not trial.in_range:
            # Rounded away from the range so an out-of-range value never prints as an in-range one.
            away = ROUND_FLOOR if trial.concentration_mg_per_ml < low else ROUND_CEILING
            shown = plain_number(trial.concentration_mg_per_ml.quantize(Decimal("0.001"), rounding=away))
            lines.append(translate("DoseCommand", "  {bag} mL bag: {dose} / ({bag} mL + {volume}) = {conc} mg/mL, "
                                                  "outside {accepted}").format(
                bag=trial.bag_ml, dose=format_mg(prep.dose_mg), volume=format_ml(prep.volume_ml), conc=shown,
                accepted=accepted))
    if prep.bag_ml is None or prep.final_concentration_mg_per_ml is None:
        tried = ", ".join(f"{t.bag_ml} mL" for t in prep.bags_tried)
        lines.append(translate("DoseCommand", "  ! no bag keeps the final concentration within {accepted} "
                                              "(tried {tried})").format(accepted=accepted, tried=tried))
    else:
        lines.append(translate("DoseCommand", "  bag: {bag} mL of {diluents}; final concentration = {dose} / "
                                              "({bag} mL + {volume}) = {conc} (accepted {accepted})").format(
            bag=prep.bag_ml, diluents=translate("DosingSheet", " or ").join(protocol_text(d) for d in prep.diluents),
            dose=format_mg(prep.dose_mg), volume=format_ml(prep.volume_ml),
            conc=format_concentration(prep.final_concentration_mg_per_ml), accepted=accepted))
    minutes = translate("DoseCommand", "; infuse over %n minute(s)", None, prep.infusion_minutes) \
        if prep.infusion_minutes else ""
    lines.append(translate("DoseCommand", "  {container}, {set}, {filter}{minutes}; {stability}").format(
        container=protocol_text(prep.container), set=protocol_text(prep.administration_set),
        filter=protocol_text(prep.filter), minutes=minutes, stability=protocol_text(prep.stability_note)))
    if prep.not_to_be_confused_with:
        lines.append(translate("DoseCommand", "  not to be confused with {drug}").format(
            drug=protocol_text(prep.not_to_be_confused_with)))
    for flat in report.flat_doses:
        lines.append(translate("DoseCommand",
                               "{drug} cohort {cohort}: {dose} {route} (flat dose, not BSA-based)").format(
            drug=flat.display_name, cohort=flat.cohort, dose=format_mcg_as_mg(flat.mcg),
            route=format_route(flat.route)))
    if report.warnings:
        lines.append(translate("DoseCommand", "Warnings (a person must acknowledge each before use):"))
        lines += [_warning_line(w) for w in report.warnings]
    return lines
