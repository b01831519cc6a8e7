"""Where a dose slot stands, in words: due statuses, the lab verdict, the weight's age, how far the
pharmacy got, the decision a slot waits for and the gate's reasons in a few words.

Everything here words what the dose gate (domain.gate, domain.slot_state) and the planner already
decided; nothing is decided here. The long form of a gate reason is its error message
(wording.errors); `short_reason` is the few words a table column has room for.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from clinic_app.domain.formatting import format_datetime, format_mcg_as_mg, format_mg
from clinic_app.domain.schedule_model import Rule

from .errors import CODED_REASON, describe_code
from .rules import people_value, rule_text
from .values import QT_TRANSLATE_NOOP, Translate, drug_names, people_values, untranslated, word
from .warnings import LAB_PROBLEMS, WARNINGS, lab_problem_text, warning_text

C = "SlotWords"  # the Qt class (gui/messages.py) that translates these at run time

# Due statuses (domain.due.DueStatus) on the Today list.
DUE_STATUS: dict[str, str] = {
    "overdue": QT_TRANSLATE_NOOP("SlotWords", "Overdue"),
    "missed": QT_TRANSLATE_NOOP("SlotWords", "Missed"),
    "due_today": QT_TRANSLATE_NOOP("SlotWords", "Due today"),
    "upcoming": QT_TRANSLATE_NOOP("SlotWords", "Upcoming"),
    "decision_required": QT_TRANSLATE_NOOP("SlotWords", "Decision required"),
    "discontinued": QT_TRANSLATE_NOOP("SlotWords", "Discontinued"),
    "ended": QT_TRANSLATE_NOOP("SlotWords", "Treatment ended"),
}

# Planned item statuses (domain.schedule_model.ItemStatus) in the calendar; a visit is "done", a dose "given".
ITEM_STATUS: dict[str, str] = {
    "planned": QT_TRANSLATE_NOOP("SlotWords", "planned"),
    "due": QT_TRANSLATE_NOOP("SlotWords", "due"),
    "overdue": QT_TRANSLATE_NOOP("SlotWords", "overdue"),
    "missed": QT_TRANSLATE_NOOP("SlotWords", "missed: record what happened"),
    "done": QT_TRANSLATE_NOOP("SlotWords", "given"),
    "omitted": QT_TRANSLATE_NOOP("SlotWords", "omitted"),
    "decision_required": QT_TRANSLATE_NOOP("SlotWords", "decision required"),
    "discontinued": QT_TRANSLATE_NOOP("SlotWords", "discontinued"),
    "ended": QT_TRANSLATE_NOOP("SlotWords", "treatment ended"),
    "not_applicable": QT_TRANSLATE_NOOP("SlotWords", "not applicable"),
}
VISIT_DONE = QT_TRANSLATE_NOOP("SlotWords", "done")

# The lab verdict for a dose day (domain.lab_check.LabState), LAB-1 / LAB-2.
LABS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("SlotWords", "OK"),
    "hold": QT_TRANSLATE_NOOP("SlotWords", "HOLD"),
    "missing": QT_TRANSLATE_NOOP("SlotWords", "pending"),
    "too_old": QT_TRANSLATE_NOOP("SlotWords", "too old"),
}

# How far a dose has come (domain.slot_state.DoseProgress).
PROGRESS: dict[str, str] = {
    "not_calculated": QT_TRANSLATE_NOOP("SlotWords", "not calculated"),
    "calculated": QT_TRANSLATE_NOOP("SlotWords", "calculated"),
    "prepared": QT_TRANSLATE_NOOP("SlotWords", "prepared"),
    "verified": QT_TRANSLATE_NOOP("SlotWords", "verified"),
    "given": QT_TRANSLATE_NOOP("SlotWords", "given"),
    "no_pharmacy_step": QT_TRANSLATE_NOOP("SlotWords", "no pharmacy step"),
}
EXPIRES = QT_TRANSLATE_NOOP("SlotWords", "{progress}, expires {when}")
EXPIRED = QT_TRANSLATE_NOOP("SlotWords", "{progress}, EXPIRED {when}")

WEIGHT_TODAY = QT_TRANSLATE_NOOP("SlotWords", "measured today")
WEIGHT_DAYS = QT_TRANSLATE_NOOP("SlotWords", "{days} d old")
WEIGHT_TOO_OLD = QT_TRANSLATE_NOOP("SlotWords", "{days} d old, too old")
WEIGHT_NONE = QT_TRANSLATE_NOOP("SlotWords", "none")

# The dose column: a figure (marked provisional until the slot's verified record), or why none.
PROVISIONAL = QT_TRANSLATE_NOOP("SlotWords", "{dose} (provisional)")
NO_FIGURE: dict[str, str] = {
    "needs_measurement": QT_TRANSLATE_NOOP("SlotWords", "needs height and weight"),
    "weight_too_old": QT_TRANSLATE_NOOP("SlotWords", "needs a new weight"),
    "level_decision_required": QT_TRANSLATE_NOOP("SlotWords", "dose level to decide"),
}

# Whether the slot can go ahead now, in a few words.
GO_YES = QT_TRANSLATE_NOOP("SlotWords", "Yes")
GO_NO = QT_TRANSLATE_NOOP("SlotWords", "No: {reason}")
GO_NO_MORE = QT_TRANSLATE_NOOP("SlotWords", "No: {reason} (+{more} more)")
GO_WAIT = QT_TRANSLATE_NOOP("SlotWords", "Decision: {decision}")
# The same answers in the few words a table column has room for (the full ones go in its tooltip).
GO_NO_MORE_SHORT = QT_TRANSLATE_NOOP("SlotWords", "No: {reason} (+{more})")

# Decisions the gate waits for (domain.records.DecisionKind), `drug` the drug it is about.
DECISION_KINDS: dict[str, str] = {
    "dose_level": QT_TRANSLATE_NOOP("SlotWords", "dose level"),
    "flat_dose_give_skip": QT_TRANSLATE_NOOP("SlotWords", "give or skip {drug}"),
    "premedication": QT_TRANSLATE_NOOP("SlotWords", "{drug}: continue or omit"),
    "weight_change": QT_TRANSLATE_NOOP("SlotWords", "weight change: recalculate or keep"),
    "discontinue_drug": QT_TRANSLATE_NOOP("SlotWords", "stop {drug}"),
    "after_discontinuation": QT_TRANSLATE_NOOP("SlotWords", "continue {drug} alone or end treatment"),
}
# The same decisions in a few words, after "Decision:" in a table cell (who decides is in the tooltip).
DECISION_KINDS_SHORT: dict[str, str] = {
    "dose_level": QT_TRANSLATE_NOOP("SlotWords", "dose level"),
    "flat_dose_give_skip": QT_TRANSLATE_NOOP("SlotWords", "give {drug}?"),
    "premedication": QT_TRANSLATE_NOOP("SlotWords", "continue {drug}?"),
    "weight_change": QT_TRANSLATE_NOOP("SlotWords", "recalculate?"),
    "discontinue_drug": QT_TRANSLATE_NOOP("SlotWords", "stop {drug}?"),
    "after_discontinuation": QT_TRANSLATE_NOOP("SlotWords", "{drug} alone or end?"),
}
DECISION_BY: dict[str, str] = {
    "investigator": QT_TRANSLATE_NOOP("SlotWords", "{kind} (investigator)"),
}
NEEDED = QT_TRANSLATE_NOOP("SlotWords", "Investigator decision required: {kind}{proposed}, because {because}.")
PROPOSED_LEVEL = QT_TRANSLATE_NOOP("SlotWords", ", proposed {proposed}")
PROPOSED_STOP = QT_TRANSLATE_NOOP("SlotWords", ", proposed: stop (no lower level is left)")
# Why a level or stop decision is asked for (domain.toxicity.SevereEvent codes).
BECAUSE: dict[str, str] = {
    "severe_neutropenia": QT_TRANSLATE_NOOP(
        "SlotWords", "severe neutropenia (ANC below {threshold} from {first_drawn_on} to {drawn_on})"),
    "severe_neuropathy": QT_TRANSLATE_NOOP("SlotWords", "severe neuropathy ({term} grade {grade}, onset {on})"),
    "severe_hypersensitivity": QT_TRANSLATE_NOOP(
        "SlotWords", "severe hypersensitivity ({term} grade {grade}, onset {on})"),
    # the planner's reasons that ask for a decision, without saying again that one is required
    "paired_dose_not_given": QT_TRANSLATE_NOOP("SlotWords", "{anchor} was not given"),
    "after_discontinuation_required": QT_TRANSLATE_NOOP("SlotWords", "{anchor} is discontinued"),
    "premedication_decision_required": QT_TRANSLATE_NOOP("SlotWords", "{infusion}: {finding}"),
    "premedication_pending_tolerance": QT_TRANSLATE_NOOP(
        "SlotWords", "the tolerance of the cycle {cycles} infusions is not all recorded"),
    "decision_choice_unknown": QT_TRANSLATE_NOOP(
        "SlotWords", "the recorded decision \"{choice}\" is neither give nor skip"),
}

# The gate's reasons (domain.gate Reason codes) in the few words a table column has room for.
SHORT: dict[str, str] = {
    "no_such_dose": QT_TRANSLATE_NOOP("SlotWords", "not in the calendar"),
    "patient_not_active": QT_TRANSLATE_NOOP("SlotWords", "off treatment"),
    "not_calculated": QT_TRANSLATE_NOOP("SlotWords", "nothing to calculate"),
    "not_prepared_by_pharmacy": QT_TRANSLATE_NOOP("SlotWords", "no pharmacy step"),
    "dose_already_given": QT_TRANSLATE_NOOP("SlotWords", "already given"),
    "dose_omitted": QT_TRANSLATE_NOOP("SlotWords", "omitted"),
    "not_applicable": QT_TRANSLATE_NOOP("SlotWords", "does not apply"),
    "drug_discontinued": QT_TRANSLATE_NOOP("SlotWords", "discontinued since {on} ({reason})"),
    "treatment_ended": QT_TRANSLATE_NOOP("SlotWords", "treatment ended {on}"),
    "hold_the_infusion": QT_TRANSLATE_NOOP("SlotWords", "hold the infusion itself"),
    "not_yet_due": QT_TRANSLATE_NOOP("SlotWords", "not before {window_start}"),
    "dose_missed": QT_TRANSLATE_NOOP("SlotWords", "missed, record what happened"),
    "late_entry_date_required": QT_TRANSLATE_NOOP("SlotWords", "the real date is needed"),
    "outside_window": QT_TRANSLATE_NOOP("SlotWords", "outside its window"),
    "waits_for_previous_dose": QT_TRANSLATE_NOOP("SlotWords", "waits for the dose before it"),
    "same_drug_same_day": QT_TRANSLATE_NOOP("SlotWords", "{drug} already given {on}"),
    "interval_too_short": QT_TRANSLATE_NOOP("SlotWords", "only {days} d since {given_slot}"),
    "measurement_required": QT_TRANSLATE_NOOP("SlotWords", "no height and weight"),
    "weight_too_old": QT_TRANSLATE_NOOP("SlotWords", "weight {age_days} d old"),
    "dose_record_required": QT_TRANSLATE_NOOP("SlotWords", "no verified dose"),
    "dose_record_unknown": QT_TRANSLATE_NOOP("SlotWords", "no such dose record"),
    "dose_record_mismatch": QT_TRANSLATE_NOOP("SlotWords", "dose record of another slot"),
    "dose_record_void": QT_TRANSLATE_NOOP("SlotWords", "dose record void"),
    "not_current_record": QT_TRANSLATE_NOOP("SlotWords", "dose record replaced"),
    "unsigned_step": QT_TRANSLATE_NOOP("SlotWords", "a pharmacy step is unsigned"),
    "already_prepared": QT_TRANSLATE_NOOP("SlotWords", "already prepared"),
    "not_prepared": QT_TRANSLATE_NOOP("SlotWords", "not prepared yet"),
    "dose_not_verified": QT_TRANSLATE_NOOP("SlotWords", "not verified yet"),
    "already_verified": QT_TRANSLATE_NOOP("SlotWords", "already verified"),
    "four_eyes": QT_TRANSLATE_NOOP("SlotWords", "prepared by {prepared_by}: another pharmacist verifies"),
    "protocol_changed": QT_TRANSLATE_NOOP("SlotWords", "protocol changed: calculate again"),
    "level_changed": QT_TRANSLATE_NOOP("SlotWords", "level changed: calculate again"),
    "cohort_changed": QT_TRANSLATE_NOOP("SlotWords", "cohort changed: calculate again"),
    "weight_changed": QT_TRANSLATE_NOOP("SlotWords", "weight changed: calculate again"),
    "calculation_mismatch": QT_TRANSLATE_NOOP("SlotWords", "calculation does not reproduce"),
    "preparation_expired": QT_TRANSLATE_NOOP("SlotWords", "preparation expired"),
    "verified_after_given": QT_TRANSLATE_NOOP("SlotWords", "verified after that day"),
    "labs_say_hold": QT_TRANSLATE_NOOP("SlotWords", "labs say HOLD"),
    "labs_missing": QT_TRANSLATE_NOOP("SlotWords", "no labs yet"),
    "labs_too_old": QT_TRANSLATE_NOOP("SlotWords", "labs too old"),
    "labs_pending": QT_TRANSLATE_NOOP("SlotWords", "labs pending"),
    "premedication_not_recorded": QT_TRANSLATE_NOOP("SlotWords", "{drug} not recorded yet"),
}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _tr(translate: Translate | None) -> Translate:
    return translate or untranslated


def translate_protocol(translate: Translate, text: str) -> str:
    """A sentence of the protocol file (a CTCAE term, a visit name) in the catalogue's words."""
    return translate("ProtocolText", text)


def _shown(code: str, values: Mapping[str, Any], tr: Translate, protocol: Any) -> _Blank:
    shown = _Blank(people_values(values, tr, drug_names(protocol)))
    if code in CODED_REASON and isinstance(values.get("reason"), str):  # why a drug stopped: a code
        shown["reason"] = word(str(values["reason"]), tr)
    term = protocol.toxicities.term(str(values.get("term"))) if protocol is not None else None
    if term is not None:  # the protocol file's CTCAE term, in the words of the language's CTCAE
        shown["term"] = translate_protocol(tr, str(term.name))
    for key in ("anchor", "infusion"):  # "paclitaxel C2D1" -> "PACLitaxel C2D1"
        if key in values:
            shown[key] = people_value(values[key], protocol)
    if "finding" in values:  # a tolerance code ("mild_reaction") or "infusion not given", in words
        shown["finding"] = word(str(values["finding"]), tr)
    return shown


def due_status_text(status: str, translate: Translate | None = None) -> str:
    """A due status in words ("Missed", "Discontinued"...); an unknown one with spaces."""
    template = DUE_STATUS.get(status)
    return _tr(translate)(C, template) if template else status.replace("_", " ")


def item_status_text(status: str, category: str = "dose", translate: Translate | None = None) -> str:
    """A planned item's status as the calendar shows it (a visit is "done", a dose "given")."""
    tr = _tr(translate)
    if status == "done" and category in ("visit", "screening"):
        return tr(C, VISIT_DONE)
    template = ITEM_STATUS.get(status)
    return tr(C, template) if template else status.replace("_", " ")


def labs_text(state: Any, translate: Translate | None = None) -> str:
    """The lab verdict of a slot state: OK, HOLD, pending (none yet) or too old; "" without one."""
    if state is None or state.labs is None:
        return ""
    return _tr(translate)(C, LABS[str(state.labs.state)])


def weight_text(state: Any, translate: Translate | None = None) -> str:
    """How old the weight a BSA dose would use is ("3 d old", "14 d old: TOO OLD", "none")."""
    tr = _tr(translate)
    if state is None or str(state.progress) in ("given", "no_pharmacy_step"):
        return ""
    weight = state.weight
    if weight is None:
        return tr(C, WEIGHT_NONE)
    if weight.too_old:
        return tr(C, WEIGHT_TOO_OLD).format(days=weight.age_days)
    if weight.age_days == 0:
        return tr(C, WEIGHT_TODAY)
    return tr(C, WEIGHT_DAYS).format(days=weight.age_days)


def progress_text(state: Any, now: datetime | None = None, translate: Translate | None = None) -> str:
    """How far the dose has come; a prepared or verified one with its expiry (EXPIRED once past)."""
    tr = _tr(translate)
    if state is None:
        return ""
    words = tr(C, PROGRESS[str(state.progress)])
    if state.expires_at is not None and str(state.progress) in ("prepared", "verified"):
        expired = now is not None and now > state.expires_at
        return tr(C, EXPIRED if expired else EXPIRES).format(progress=words,
                                                             when=format_datetime(state.expires_at))
    return words


def dose_figure(dose: Any, translate: Translate | None = None) -> str:
    """The dose's figure as `dose_text` writes it, or "" when there is none yet."""
    return dose_text(dose, translate) if dose is not None and str(dose.code) not in NO_FIGURE else ""


def dose_text(dose: Any, translate: Translate | None = None) -> str:
    """A due dose as written (ISMP formatter), "(provisional)" unless it is the slot's verified
    record's; or why there is no figure yet."""
    tr = _tr(translate)
    if dose is None:
        return ""
    code = str(dose.code)
    if code == "bsa" and dose.bsa is not None:
        figure = format_mg(dose.bsa.dose_mg)
        return tr(C, PROVISIONAL).format(dose=figure) if dose.provisional else figure
    if code == "flat" and dose.flat is not None:
        return format_mcg_as_mg(dose.flat.mcg)
    if code == "premedication" and dose.premedication_mg is not None:
        return format_mg(dose.premedication_mg)
    template = NO_FIGURE.get(code)
    return tr(C, template) if template else ""


def figure_text(figure: Mapping[str, Any] | None, translate: Translate | None = None) -> str:
    """`dose_text` of a due dose kept as codes and figures (a kept due line's "dose": code, mg and
    mcg as text, provisional): the same words, without reading the dose back into the domain's model."""
    tr = _tr(translate)
    if figure is None:
        return ""
    code, mg, mcg = str(figure["code"]), figure.get("mg"), figure.get("mcg")
    if code == "bsa" and mg is not None:
        text = format_mg(Decimal(mg))
        return tr(C, PROVISIONAL).format(dose=text) if figure.get("provisional") else text
    if code == "flat" and mcg is not None:
        return format_mcg_as_mg(int(mcg))
    if code == "premedication" and mg is not None:
        return format_mg(Decimal(mg))
    template = NO_FIGURE.get(code)
    return tr(C, template) if template else ""


def reason_text(reason: Any, protocol: Any = None, translate: Translate | None = None) -> str:
    """A gate reason in full: its error message (drugs by their printed names)."""
    return describe_code(reason.code, reason.values, translate, drug_names(protocol))


def short_reason(reason: Any, protocol: Any = None, translate: Translate | None = None) -> str:
    """A gate reason in a few words; a reason without short words is given in full."""
    tr = _tr(translate)
    template = SHORT.get(reason.code)
    if template is not None:
        return tr(C, template).format_map(_shown(reason.code, reason.values, tr, protocol))
    if reason.code in LAB_PROBLEMS:
        return lab_problem_text(reason.code, reason.values, tr)
    return reason_text(reason, protocol, tr)


def decision_kind_text(kind: str, drug: str | None = None, protocol: Any = None,
                       translate: Translate | None = None) -> str:
    """What an investigator decides ("dose level", "give or skip IMP321", "stop PACLitaxel")."""
    tr = _tr(translate)
    template = DECISION_KINDS.get(kind)
    if template is None:
        return kind.replace("_", " ")
    names = drug_names(protocol)
    return tr(C, template).format(drug=names.get(drug or "", drug or ""))


def because_text(because: Any, protocol: Any = None, translate: Translate | None = None) -> str:
    """Why a decision is asked for: a severe event, a planner reason or a weight change, in words."""
    tr = _tr(translate)
    template = BECAUSE.get(because.code)
    if template is not None:
        return tr(C, template).format_map(_shown(because.code, because.values, tr, protocol))
    if because.code in WARNINGS:
        return warning_text(because.code, because.values, tr)
    return rule_text(Rule(code=because.code, values={k: str(v) for k, v in because.values.items()}), protocol, tr)


def needed_decision_text(decision: Any, protocol: Any = None, translate: Translate | None = None) -> str:
    """The decision a slot waits for in a sentence: "Investigator decision required: dose level,
    proposed -1, because severe neutropenia (ANC below 0.5 from ... to ...)."."""
    tr = _tr(translate)
    kind = str(decision.kind)
    proposed = ""
    if kind == "dose_level" and decision.proposed:
        proposed = tr(C, PROPOSED_LEVEL).format(proposed=decision.proposed)
    elif kind == "discontinue_drug":
        proposed = tr(C, PROPOSED_STOP)
    return tr(C, NEEDED).format(kind=decision_kind_text(kind, decision.drug, protocol, tr), proposed=proposed,
                                because=because_text(decision.because, protocol, tr))


def waiting_text(decision: Any, protocol: Any = None, translate: Translate | None = None) -> str:
    """The decision a slot waits for, in a few words ("dose level (investigator)")."""
    tr = _tr(translate)
    kind = decision_kind_text(str(decision.kind), decision.drug, protocol, tr)
    template = DECISION_BY.get(str(decision.by))
    return tr(C, template).format(kind=kind) if template else kind


def short_decision_text(decision: Any, protocol: Any = None, translate: Translate | None = None) -> str:
    """The decision a slot waits for in the fewest words ("give IMP321?"), for a table cell."""
    tr = _tr(translate)
    template = DECISION_KINDS_SHORT.get(str(decision.kind))
    if template is None:
        return decision_kind_text(str(decision.kind), decision.drug, protocol, tr)
    names = drug_names(protocol)
    drug = decision.drug or ""
    return tr(C, template).format(drug=names.get(drug, drug))


def go_ahead_text(state: Any, protocol: Any = None, translate: Translate | None = None, *,
                  short: bool = False) -> str:
    """Whether a dose can be given now: "Decision: <decision>", "No: <first reason>" or "Yes".
    `short`: in a table column's few words ("Decision: give IMP321?", "No: <reason> (+1)")."""
    tr = _tr(translate)
    if state is None:
        return ""
    if state.decision is not None:  # the decision comes first: nothing else moves until it is signed
        decision = (short_decision_text(state.decision, protocol, tr) if short
                    else waiting_text(state.decision, protocol, tr))
        return tr(C, GO_WAIT).format(decision=decision)
    if state.blocking:
        first = short_reason(state.blocking[0], protocol, tr)
        more = len(state.blocking) - 1
        return (tr(C, GO_NO_MORE_SHORT if short else GO_NO_MORE).format(reason=first, more=more) if more
                else tr(C, GO_NO).format(reason=first))
    return tr(C, GO_YES)
