"""The planner's reasons (schedule `Rule`s) in words: dates written "Mon 05-Jan-2026", never ISO, and
drugs by the names the protocol prints ("PACLitaxel"), never their keys."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from clinic_app.domain.formatting import format_date
from clinic_app.domain.schedule_model import RULE_TEXT, Rule

from .values import QT_TRANSLATE_NOOP, Translate, drug_names, untranslated

C = "RuleWords"  # the Qt class (gui/messages.py) that translates these at run time

# The planner's codes (domain.schedule_model.RULE_TEXT) with the same placeholders, for translation.
RULES: dict[str, str] = {
    "c1d1_planned": QT_TRANSLATE_NOOP("RuleWords", "C1D1 planned on {planned_date}"),
    "anchored": QT_TRANSLATE_NOOP("RuleWords", "anchored on {basis} {anchor} {anchor_date} + {offset_days} days"),
    "waits_for_anchor": QT_TRANSLATE_NOOP(
        "RuleWords", "waits for {anchor} ({basis} {anchor_date}) to be given; then + {offset_days} days"),
    "given": QT_TRANSLATE_NOOP("RuleWords", "given on {on} (planned {planned_date})"),
    "completed": QT_TRANSLATE_NOOP("RuleWords", "completed on {on} (planned {planned_date})"),
    "d1_held_postponed": QT_TRANSLATE_NOOP(
        "RuleWords", "held on {held_on}: postponed, not omitted; later doses wait for it "
                              "(projected from {projected_date})"),
    "d1_omitted": QT_TRANSLATE_NOOP("RuleWords", "omitted on {omitted_on}; the cycle runs from its planned D1"),
    "held_omitted": QT_TRANSLATE_NOOP(
        "RuleWords", "held on {held_on}: omitted, not made up (missed dose policy {policy})"),
    "held_not_made_up": QT_TRANSLATE_NOOP(
        "RuleWords", "held on {held_on}: not made up, {later_dose} was given on {later_on}"),
    "held_shifted": QT_TRANSLATE_NOOP(
        "RuleWords", "held on {held_on}: shifted {shift_days} days (missed dose policy shift)"),
    "anchored_dose_not_given": QT_TRANSLATE_NOOP("RuleWords", "recorded {status} on {on}: not made up"),
    "paired_dose_not_given": QT_TRANSLATE_NOOP(
        "RuleWords", "paired {anchor} was not given: investigator decision required (give or skip)"),
    "investigator_give": QT_TRANSLATE_NOOP(
        "RuleWords", "paired {anchor} was not given: investigator decided give on the planned day"),
    "investigator_skip": QT_TRANSLATE_NOOP("RuleWords", "paired {anchor} was not given: investigator decided skip"),
    "decision_choice_unknown": QT_TRANSLATE_NOOP(
        "RuleWords", "the investigator's decision \"{choice}\" is neither give nor skip: "
                                    "decision required"),
    "premedication_always": QT_TRANSLATE_NOOP("RuleWords", "premedication before every infusion of cycle(s) {cycles}"),
    "premedication_omitted_tolerated": QT_TRANSLATE_NOOP(
        "RuleWords", "omitted: all {infusions} infusions of cycle(s) {cycles} recorded "
                                            "well tolerated"),
    "premedication_pending_tolerance": QT_TRANSLATE_NOOP(
        "RuleWords", "depends on the tolerance of the cycle {cycles} infusions "
                                            "(not all recorded yet)"),
    "premedication_decision_required": QT_TRANSLATE_NOOP(
        "RuleWords", "{infusion}: {finding}: investigator decision required "
                                            "(continue or omit)"),
    "investigator_continue": QT_TRANSLATE_NOOP("RuleWords", "investigator decided to continue premedication"),
    "investigator_omit": QT_TRANSLATE_NOOP("RuleWords", "investigator decided to omit premedication"),
    "premedication_with_recorded_infusion": QT_TRANSLATE_NOOP(
        "RuleWords", "given with the infusion recorded on {on} (no separate record)"),
    "no_infusion": QT_TRANSLATE_NOOP("RuleWords", "no infusion on this slot ({infusion_status}): no premedication"),
    "visit_anchored": QT_TRANSLATE_NOOP(
        "RuleWords", "{basis} {anchor} {anchor_date} + {offset_days} days (nominal day {nominal_study_day}, "
                           "{nominal_date})"),
    "screening_window": QT_TRANSLATE_NOOP("RuleWords", "study days {first_day} to {last_day} before C1D1"),
    "missed": QT_TRANSLATE_NOOP(
        "RuleWords", "missed: its window closed on {window_end} with nothing recorded; record what happened"),
    "d1_postponed": QT_TRANSLATE_NOOP(
        "RuleWords", "held on {held_on}: the cycle is postponed to {planned_date} (planned {nominal_date})"),
    "discontinued": QT_TRANSLATE_NOOP("RuleWords", "discontinued since {on} ({reason})"),
    "treatment_ended": QT_TRANSLATE_NOOP("RuleWords", "treatment ended on {on}"),
    "continued_alone": QT_TRANSLATE_NOOP(
        "RuleWords", "paired {anchor} discontinued: investigator decided to continue alone"),
    "after_discontinuation_required": QT_TRANSLATE_NOOP(
        "RuleWords", "paired {anchor} discontinued: investigator decision required (continue alone or end "
                     "treatment)"),
}
_ISO_DATE = re.compile(r"\b([0-9]{4}-[0-9]{2}-[0-9]{2})\b")


def _people(value: Any, names: dict[str, str]) -> str:
    if isinstance(value, date):
        return format_date(value)
    text = _ISO_DATE.sub(lambda m: format_date(date.fromisoformat(m.group(1))), str(value))
    for key, name in names.items():
        text = re.sub(rf"\b{re.escape(key)}\b", name, text)
    return text.replace("_", " ")  # codes inside values ("mild_reaction") are read by people here


def people_value(value: Any, protocol: Any = None) -> str:
    """A value inside a reason for people: dates "Mon 05-Jan-2026", drug keys by their printed names."""
    return _people(value, drug_names(protocol))


def rule_text(rule: Rule, protocol: Any = None, translate: Translate | None = None) -> str:
    """The reason in words (`protocol` gives the drugs' printed names); the planner's own wording
    for a code without a template here."""
    tr = translate or untranslated
    template = RULES.get(rule.code)
    names = drug_names(protocol)
    shown = {key: _people(value, names) for key, value in rule.values.items()}
    for text in ((tr(C, template),) if template else ()) + ((RULE_TEXT[rule.code],) if rule.code in RULE_TEXT else ()):
        try:
            return text.format(**shown)
        except KeyError:
            continue  # a value the template needs is absent
    return _people(rule.describe(), names)
