"""Plausibility warnings and pre-dose lab problems in words, for the window, paper and the command line."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .typography import labelled
from .values import QT_TRANSLATE_NOOP, Translate, people_values, untranslated

C = "WarningText"  # the Qt class (gui/warning_text.py) that translates these at run time

WARNINGS: dict[str, str] = {
    "bmi_out_of_range": QT_TRANSLATE_NOOP("WarningText", "BMI {bmi} kg/m² is outside {minimum} to {maximum} kg/m²"),
    "bsa_out_of_range": QT_TRANSLATE_NOOP("WarningText", "BSA {bsa_m2} m² is outside {minimum} to {maximum} m²"),
    "height_weight_swapped": QT_TRANSLATE_NOOP(
        "WarningText", "height {height_cm} cm and weight {weight_kg} kg look swapped"),
    "weight_change_slip": QT_TRANSLATE_NOOP(
        "WarningText", "weight {weight_kg} kg changed by {change_percent} % since the previous weight "
                               "{previous_weight_kg} kg (more than {limit_percent} %: a pounds/kg slip?)"),
    "weight_change_recalculate": QT_TRANSLATE_NOOP(
        "WarningText", "weight {weight_kg} kg differs by {change_percent} % from the "
                                      "{weight_used_last_dose_kg} kg used for the last dose ({limit_percent} % or "
                                      "more: recalculate or keep)"),
    "weight_too_old": QT_TRANSLATE_NOOP(
        "WarningText", "weight measured {measured_on}, {age_days} days before the dose (at most "
                           "{max_age_days} days)"),
}
LAB_PROBLEMS: dict[str, str] = {
    "labs_missing": QT_TRANSLATE_NOOP(
        "WarningText", "no blood counts drawn within {max_age_days} days before the dose"),
    "anc_below_threshold": QT_TRANSLATE_NOOP("WarningText", "ANC {value} × 10⁹/L is below {minimum} × 10⁹/L"),
    "platelets_below_threshold": QT_TRANSLATE_NOOP(
        "WarningText", "platelets {value} × 10⁹/L are below {minimum} × 10⁹/L"),
}
CHECKED = QT_TRANSLATE_NOOP("WarningText", "I have checked: {warning}.")


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _coded(templates: Mapping[str, str], code: str, values: Mapping[str, Any], tr: Translate) -> str:
    shown = people_values(values, tr)
    template = templates.get(code)
    if template is None:
        listed = ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in shown.items())
        return labelled(code.replace("_", " "), listed) if listed else code.replace("_", " ")
    return tr(C, template).format_map(_Blank(shown))


def warning_text(code: str, values: Mapping[str, Any], translate: Translate | None = None) -> str:
    """A plausibility warning (domain.plausibility codes) as a phrase."""
    return _coded(WARNINGS, code, values, translate or untranslated)


def lab_problem_text(code: str, values: Mapping[str, Any], translate: Translate | None = None) -> str:
    """A pre-dose lab problem (domain.lab_check codes) as a phrase."""
    return _coded(LAB_PROBLEMS, code, values, translate or untranslated)
