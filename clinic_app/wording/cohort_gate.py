"""What a closed cohort still needs, in words (the gate's Missing codes; CLINICAL.md section 8)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .values import QT_TRANSLATE_NOOP, Translate, people_values, untranslated

C = "GateWords"  # the Qt class (gui/messages.py) that translates these at run time
PROTOCOL_TEXT = "ProtocolText"  # the protocol file's own sentences (wording/protocol_text.py)

MISSING: dict[str, str] = {
    "previous_cohort_closed": QT_TRANSLATE_NOOP("GateWords", "cohort {previous} is not open yet"),
    "too_few_enrolled": QT_TRANSLATE_NOOP(
        "GateWords", "cohort {previous} has {enrolled} of {needed} patients enrolled"),
    "visit_not_completed": QT_TRANSLATE_NOOP(
        "GateWords", "patient {position} of cohort {previous} ({subject_code}) has not completed the "
                                "{visit_name} ({completed} of {needed} done)"),
    "decision_missing": QT_TRANSLATE_NOOP(
        "GateWords", "no signed investigator decision that cohort {previous} safety is satisfactory"),
    "decision_before_visit": QT_TRANSLATE_NOOP(
        "GateWords", "the investigator decision for cohort {previous} ({decided_on}) predates the "
                                  "{visit_name} of patient {position} ({completed_on})"),
}


def missing_text(code: str, values: Mapping[str, Any], translate: Translate | None = None) -> str:
    """One missing condition in words; an unknown code with its underscores as spaces."""
    tr = translate or untranslated
    template = MISSING.get(code)
    if template is None:
        return code.replace("_", " ")
    shown = people_values({k: v for k, v in values.items() if k != "code"}, tr)
    if "visit_name" in shown:  # the protocol file's visit name, translated as on paper
        shown["visit_name"] = tr(PROTOCOL_TEXT, shown["visit_name"])
    return tr(C, template).format_map(shown)
