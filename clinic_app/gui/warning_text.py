"""Words for the plausibility and dose warnings the domain returns as codes with values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from .messages import _Values


class WarningText(QObject):
    """`describe(code, values)`: a sentence a person can confirm, with the numbers and units."""

    def describe(self, code: str, values: dict[str, Any]) -> str:
        template = self._templates().get(code)
        formatted = _Values({k: v for k, v in values.items()})
        if template is None:
            details = ", ".join(f"{k} {v}" for k, v in values.items())
            return self.tr("I have checked: {code} ({details}).").format(code=code.replace("_", " "),
                                                                         details=details)
        return template.format_map(formatted)

    def _templates(self) -> dict[str, str]:
        return {
            "bmi_out_of_range": self.tr(
                "I have checked: BMI {bmi} {unit} is outside {minimum} to {maximum} {unit}."),
            "bsa_out_of_range": self.tr(
                "I have checked: BSA {bsa_m2} {unit} is outside {minimum} to {maximum} {unit}."),
            "height_weight_swapped": self.tr(
                "I have checked: height and weight look swapped (height {height_cm} cm, weight {weight_kg} kg)."),
            "weight_change_slip": self.tr(
                "I have checked: weight {weight_kg} kg changed by {change_percent} % since the last visit "
                "(from {previous_weight_kg} kg; more than {limit_percent} %): not a pounds/kg slip."),
            "weight_change_recalculate": self.tr(
                "I have checked: weight {weight_kg} kg changed by {change_percent} % against the weight used "
                "for the previous dose ({weight_used_last_dose_kg} kg)."),
            "weight_too_old": self.tr(
                "I have checked: the weight was measured {age_days} days before the dose "
                "(at most {max_age_days} days)."),
        }
