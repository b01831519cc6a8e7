"""Words on paper come from the shared catalogue (clinic_app.wording): the planner's reasons,
plausibility warnings and lab problems."""

from __future__ import annotations

from clinic_app.wording.rules import rule_text
from clinic_app.wording.warnings import lab_problem_text, warning_text

__all__ = ["lab_problem_text", "rule_text", "warning_text"]
