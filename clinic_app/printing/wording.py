"""The planner's reasons (schedule `Rule`s) in words for paper: dates written "Mon 05-Jan-2026"
by the domain's formatter, never ISO."""

from __future__ import annotations

from datetime import date

from clinic_app.domain.formatting import format_date
from clinic_app.domain.schedule_model import RULE_TEXT, Rule


def rule_text(rule: Rule) -> str:
    """The reason in words; the planner's own fallback wording for a code without a template."""
    template = RULE_TEXT.get(rule.code)
    if template is not None:
        # Codes inside values ("mild_reaction") are read by people here: underscores become spaces.
        shown = {key: format_date(value) if isinstance(value, date) else str(value).replace("_", " ")
                 for key, value in rule.values.items()}
        try:
            return template.format(**shown)
        except KeyError:
            pass  # a value the template needs is absent
    return rule.describe()


_WARNINGS = {
    "bmi_out_of_range": "BMI {bmi} kg/m² is outside {minimum} to {maximum} kg/m²",
    "bsa_out_of_range": "BSA {bsa_m2} m² is outside {minimum} to {maximum} m²",
    "height_weight_swapped": "height {height_cm} cm and weight {weight_kg} kg look swapped",
    "weight_change_slip": "weight {weight_kg} kg changed {change_percent} % since the previous weight "
                          "{previous_weight_kg} kg (over {limit_percent} %: a pounds/kilograms slip?)",
    "weight_change_recalculate": "weight {weight_kg} kg differs {change_percent} % from the {weight_used_last_dose_kg} "
                                 "kg used for the last dose ({limit_percent} % or more: recalculate or keep)",
    "weight_too_old": "weight measured {measured_on}, {age_days} days before the dose (limit {max_age_days} days)",
}
_LAB_PROBLEMS = {
    "labs_missing": "no blood counts drawn within {max_age_days} days before the dose",
    "anc_below_threshold": "ANC {value} × 10⁹/L is below {minimum} × 10⁹/L",
    "platelets_below_threshold": "platelets {value} × 10⁹/L are below {minimum} × 10⁹/L",
}


def _paper_values(values: dict[str, str]) -> dict[str, str]:
    """ISO dates in a warning's values written for paper."""
    shown = {}
    for key, value in values.items():
        try:
            shown[key] = format_date(date.fromisoformat(value)) if len(value) == 10 else value
        except ValueError:
            shown[key] = value
    return shown


def coded_text(code: str, values: dict[str, str], templates: dict[str, str]) -> str:
    """A coded warning or problem in words; an unknown code is written with its values listed."""
    shown = _paper_values(values)
    template = templates.get(code)
    if template is not None:
        try:
            return template.format(**shown)
        except KeyError:
            pass
    listed = ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in shown.items())
    return f"{code.replace('_', ' ')}: {listed}" if listed else code.replace("_", " ")


def warning_text(code: str, values: dict[str, str]) -> str:
    """A plausibility warning (domain.plausibility codes) in words."""
    return coded_text(code, values, _WARNINGS)


def lab_problem_text(code: str, values: dict[str, str]) -> str:
    """A pre-dose lab problem (domain.lab_check codes) in words."""
    return coded_text(code, values, _LAB_PROBLEMS)
