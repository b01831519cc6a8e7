"""Dose, preparation and premedication written out as lines of text, for the dosing sheet and the
worklist. Numbers come from the domain's objects and are written by the domain's ISMP formatter;
nothing is computed here."""

from __future__ import annotations

from decimal import Decimal

from clinic_app.domain.dosing import CalculationStep, PaclitaxelDose
from clinic_app.domain.formatting import (
    format_concentration,
    format_datetime,
    format_exact,
    format_m2,
    format_mg,
    format_mg_per_m2,
    format_ml,
    format_route,
    plain_number,
)
from clinic_app.domain.preparation import PreparationPlan, VialPlan
from clinic_app.wording.arithmetic import step_expression
from clinic_app.wording.protocol_text import protocol_text

from .dosing_input import Premedication
from .words import translate, words

ROUNDED_BSA_STEPS = frozenset({"bsa_rounded", "bsa_capped"})


def flat_mark() -> str:
    """What every flat dose on paper says beside it."""
    return translate("Paper", "flat dose - not BSA-based")


def step_line(step: CalculationStep) -> str:
    """One line of the domain's arithmetic: "sqrt(170 × 70 / 3600) = 1.8181186857 m²", "1.8181186857
    rounded half-up to 0.01 = 1.82 m²" (10 decimals, truncated: as many as a checker's calculator
    shows, never rounded up to a tie)."""
    return f"{step_expression(step.expression, words())} = {step_result(step)}".rstrip()


def step_result(step: CalculationStep) -> str:
    """A step's result with its unit; a rounded BSA keeps its places ("1.50 m²", as everywhere else)."""
    if step.code in ROUNDED_BSA_STEPS:
        return format_m2(step.result)
    return f"{format_exact(step.result)} {step.unit}"


def level_text(dose: PaclitaxelDose) -> str:
    """"level 0: 80 mg/m²"."""
    return translate("Paper", "level {level}: {per_m2}").format(level=dose.level,
                                                               per_m2=format_mg_per_m2(dose.dose_per_m2_mg))


def paclitaxel_headline(dose: PaclitaxelDose) -> str:
    """"PACLitaxel 146 mg IV (80 mg/m² × 1.82 m²)": mg/m² always beside the mg dose."""
    return (f"{dose.display_name} {format_mg(dose.dose_mg)} {format_route(dose.route)} "
            f"({format_mg_per_m2(dose.dose_per_m2_mg)} × {format_m2(dose.bsa_m2)})")


def vials_text(plan: VialPlan) -> str:
    """"1 × 100 mg/16.7 mL + 2 × 30 mg/5 mL"."""
    multi = translate("Paper", " (multi-dose)")
    return " + ".join(f"{use.count} × {format_mg(use.strength_mg)}/{format_ml(use.volume_ml)}"
                      + (multi if use.multi_dose else "") for use in plan.vials)


def vial_plan_text(plan: VialPlan) -> str:
    """"1 × 100 mg/16.7 mL + 2 × 30 mg/5 mL; opened 160 mg, left over 14.4 mg"."""
    return translate("Paper", "{vials}; opened {opened}, left over {left}").format(
        vials=vials_text(plan), opened=format_mg(plan.total_mg), left=format_mg(plan.waste_mg))


def bag_text(prep: PreparationPlan) -> str:
    """"250 mL" or the no-bag warning."""
    if prep.bag_ml is None:
        return translate("Paper", "NO BAG GIVES A FINAL CONCENTRATION IN RANGE - pharmacist to decide")
    return format_ml(Decimal(prep.bag_ml))


def concentration_text(prep: PreparationPlan) -> str:
    """"0.53 mg/mL (accepted 0.3 to 1.2 mg/mL)"."""
    low, high = prep.concentration_range_mg_per_ml
    accepted = translate("Paper", "accepted {low} to {high}").format(low=plain_number(low),
                                                                     high=format_concentration(high))
    if prep.final_concentration_mg_per_ml is None:
        return translate("Paper", "none in range ({accepted})").format(accepted=accepted)
    return f"{format_concentration(prep.final_concentration_mg_per_ml)} ({accepted})"


def infusion_text(prep: PreparationPlan, route: str) -> str:
    """"IV over 60 minutes"."""
    if not prep.infusion_minutes:
        return format_route(route)
    return translate("Paper", "{route} over %n minute(s)", None, prep.infusion_minutes).format(
        route=format_route(route))


def expiry_text(prep: PreparationPlan) -> str:
    """The expiry time, or the rule with blanks to fill in when the preparation time is not known yet."""
    note = protocol_text(prep.stability_note)
    if prep.expires_at is None or prep.prepared_at is None:
        return translate("Paper", "prepared at ____________ + %n hour(s) = ____________ ({note})", None,
                         prep.stability_hours).format(note=note)
    return translate("Paper", "{expires} (prepared {prepared} + %n hour(s); {note})", None,
                     prep.stability_hours).format(expires=format_datetime(prep.expires_at),
                                                  prepared=format_datetime(prep.prepared_at), note=note)


def premedication_text(premed: Premedication) -> str:
    """The premedication line with its status and the decision behind it."""
    what = (f"{protocol_text(premed.drug)} {format_mg(premed.dose_mg)} {format_route(premed.route)} "
            f"{protocol_text(premed.timing)}")
    status = {"give": translate("Paper", "GIVE"), "omit": translate("Paper", "OMIT"),
              "decision_required": translate("Paper", "INVESTIGATOR DECISION REQUIRED")}[premed.status]
    decided = ""
    if premed.decided_by and premed.decided_at:
        decided = translate("Paper", "; decided by {who}, {when}").format(
            who=premed.decided_by, when=format_datetime(premed.decided_at))
    return translate("Paper", "{status}: {what}. Basis: {basis}{decided}").format(
        status=status, what=what, basis=premed.basis, decided=decided)
