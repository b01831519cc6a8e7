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
