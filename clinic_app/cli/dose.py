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
from clinic_app.wording.warnings import warning_text

from .common import EXIT_OK, dump_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `dose` subcommand."""
    parser = subparsers.add_parser("dose", help="calculate BSA, paclitaxel dose, preparation and IMP321 dose")
    parser.add_argument("--height-cm", required=True, metavar="H", help="height in cm (digits, optional '.')")
    parser.add_argument("--weight-kg", required=True, metavar="W", help="weight in kg (digits, optional '.')")
    # Not argparse choices: an unknown name is refused by the domain like any other bad input (one line, exit 2).
    parser.add_argument("--formula", default=None, metavar="NAME",
                        help="BSA formula: " + ", ".join(FORMULAS) + " (default: the protocol's)")
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
    text = warning_text(warning.code, warning.values)
    action = "decision required" if warning.needs == "decision" else "confirm"
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
    lines = [
        f"Protocol {report.protocol_id} {report.protocol_version} (sha256 {report.protocol_sha256[:12]})",
        f"Height {plain_number(dose.height_cm)} cm, weight {plain_number(dose.weight_kg)} kg",
        f"BSA ({format_bsa_formula(dose.formula)}) = {bsa_step.expression} = {shown_exact} m²",
        f"  rounded half-up to {_places_of(dose.bsa_rounded_m2)} m²: {format_m2(dose.bsa_rounded_m2)}",
    ]
    if dose.capped:
        lines.append(f"  capped by the protocol at {format_m2(dose.bsa_m2)}")
    lines += [
        f"  BSA used: {format_m2(dose.bsa_m2)}",
        f"{dose.display_name} (level {dose.level}): {format_m2(dose.bsa_m2)} × {format_mg_per_m2(dose.dose_per_m2_mg)}"
        f" = {format_mg(dose.exact_mg)} -> {format_mg(dose.dose_mg)} (rounded half-up)",
        f"  dose: {format_mg(dose.dose_mg)} ({format_mg_per_m2(dose.dose_per_m2_mg)}) {format_route(dose.route)}",
        f"  volume to draw = {format_mg(prep.dose_mg)} / {format_concentration(prep.concentrate_mg_per_ml)}"
        f" = {format_ml(prep.volume_ml)} (half-up to {_places_of(prep.volume_ml)} mL)",
        "  vials: " + ", ".join(
            f"{v.count} × {format_mg(v.strength_mg)}/{format_ml(v.volume_ml)}"
            + (" (multi-dose)" if v.multi_dose else "")
            for v in prep.vial_plan.vials
        ) + f" (total {format_mg(prep.vial_plan.total_mg)}, left over {format_mg(prep.vial_plan.waste_mg)})",
    ]
    low, high = prep.concentration_range_mg_per_ml
    accepted = f"{plain_number(low)}-{format_concentration(high)}"
    for trial in prep.bags_tried:
        if not trial.in_range:
            # Rounded away from the range so an out-of-range value never prints as an in-range one.
            away = ROUND_FLOOR if trial.concentration_mg_per_ml < low else ROUND_CEILING
            shown = plain_number(trial.concentration_mg_per_ml.quantize(Decimal("0.001"), rounding=away))
            lines.append(f"  {trial.bag_ml} mL bag: {format_mg(prep.dose_mg)} / ({trial.bag_ml} mL + "
                         f"{format_ml(prep.volume_ml)}) = {shown} mg/mL, outside {accepted}")
    if prep.bag_ml is None or prep.final_concentration_mg_per_ml is None:
        tried = ", ".join(f"{t.bag_ml} mL" for t in prep.bags_tried)
        lines.append(f"  ! no bag keeps the final concentration within {accepted} (tried {tried})")
    else:
        lines.append(f"  bag: {prep.bag_ml} mL of {' or '.join(prep.diluents)}; final concentration = "
                     f"{format_mg(prep.dose_mg)} / ({prep.bag_ml} mL + {format_ml(prep.volume_ml)}) = "
                     f"{format_concentration(prep.final_concentration_mg_per_ml)} (accepted {accepted})")
    minutes = f"; infuse over {prep.infusion_minutes} minutes" if prep.infusion_minutes else ""
    lines.append(f"  {prep.container}, {prep.administration_set}, {prep.filter}{minutes}; {prep.stability_note}")
    if prep.not_to_be_confused_with:
        lines.append(f"  not to be confused with {prep.not_to_be_confused_with}")
    for flat in report.flat_doses:
        lines.append(f"{flat.display_name} cohort {flat.cohort}: {format_mcg_as_mg(flat.mcg)} "
                     f"{format_route(flat.route)} (flat dose, not BSA-based)")
    if report.warnings:
        lines.append("Warnings (a person must acknowledge each before use):")
        lines += [_warning_line(w) for w in report.warnings]
    return lines
