"""Words for the plausibility and dose warnings the domain returns as codes with values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from clinic_app.wording.warnings import CHECKED, lab_problem_text, warning_text
from clinic_app.wording.warnings import C as CONTEXT

from .messages import translate


class WarningText(QObject):
    """`describe(code, values)`: a sentence a person can confirm ("I have checked: ..."), with the
    numbers and units; `phrase` without it; `lab_problem` for a pre-dose lab problem."""

    def describe(self, code: str, values: dict[str, Any]) -> str:
        return translate(CONTEXT, CHECKED).format(warning=self.phrase(code, values))

    def phrase(self, code: str, values: dict[str, Any]) -> str:
        return warning_text(code, values, translate)

    def lab_problem(self, code: str, values: dict[str, Any]) -> str:
        return lab_problem_text(code, values, translate)
