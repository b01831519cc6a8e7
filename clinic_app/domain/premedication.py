"""Premedication items (dexamethasone here), one before each infusion of the BSA-dosed drug.

Rule (read from `protocol.premedication`): always given, before each infusion, in the cycles of
`always_in_cycles` (REG-4: cycle 1). After them, under "omit_if_tolerated_else_decision": omitted
when every infusion of those cycles was recorded WELL_TOLERATED; a reaction, an unrecorded
tolerance or an infusion that was not given demands an investigator's PREMEDICATION decision
("continue" or "omit") (PREMED-1). The latest such decision always wins. The tool never decides
alone.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .history_index import HistoryIndex, SlotKey
from .planning_context import DoseSlot, PlanContext
from .records import Administration, Decision, DecisionKind, Tolerance
from .schedule_model import ItemCategory, ItemStatus, Rule, ScheduleItem

CONTINUE = "continue"
OMIT = "omit"
_NO_INFUSION = frozenset({ItemStatus.OMITTED, ItemStatus.NOT_APPLICABLE, ItemStatus.DISCONTINUED, ItemStatus.ENDED})


class _Need(StrEnum):
    REQUIRED = "required"
    OMITTED = "omitted"
    PENDING = "pending"
    DECISION = "decision"


def plan_premedication(ctx: PlanContext, records: HistoryIndex, slots: dict[SlotKey, DoseSlot]) -> list[ScheduleItem]:
    """One premedication item per infusion slot of the BSA-dosed drug, with its status and rule."""
    premed = ctx.protocol.premedication
    target = ctx.protocol.bsa_drug.key
    infusions = sorted((key, slot) for key, slot in slots.items() if key[0] == target)
    always = sorted(premed.always_in_cycles)
    cycles_text = ", ".join(str(c) for c in always)
    match premed.after_first_cycles:  # the one policy the protocol file can name today
        case "omit_if_tolerated_else_decision":
            after_rule = _tolerance_rule([slot for key, slot in infusions if key[1] in always], cycles_text)
    decisions = records.decisions(DecisionKind.PREMEDICATION, subject=premed.drug)
    items: list[ScheduleItem] = []
    for (_, cycle, day), slot in infusions:
        # An infusion already given keeps the decision in force on its day; a later decision
        # governs only what is still to come (re-planning never rewrites what happened).
        in_force = [d for d in decisions
                    if slot.item.status is not ItemStatus.DONE or d.decided_at.date() <= slot.item.planned_date]
        decision = in_force[-1] if in_force else None
        need, rule, used = _need_of(cycle in always, cycles_text, after_rule, decision)
        items.append(_item(ctx, records, slot, cycle, day, need, rule, used))
    return items


def _tolerance_rule(first: list[DoseSlot], cycles_text: str) -> tuple[_Need, Rule]:
    """What the infusions of the always-premedicated cycles imply for the later cycles."""
    reaction = next(
        (s for s in first if s.item.administration is not None and s.item.status is ItemStatus.DONE
         and s.item.administration.tolerance not in (None, Tolerance.WELL_TOLERATED)),
        None,
    )
    if reaction is not None:
        assert reaction.item.administration is not None and reaction.item.administration.tolerance is not None
        finding = reaction.item.administration.tolerance.value
        return _Need.DECISION, Rule(code="premedication_decision_required",
                                    values={"infusion": reaction.item.slot, "finding": finding})
    if any(s.item.status is not ItemStatus.DONE and not s.lost for s in first):
        return _Need.PENDING, Rule(code="premedication_pending_tolerance", values={"cycles": cycles_text})
    for s in first:
        if s.lost:
            return _Need.DECISION, Rule(code="premedication_decision_required",
                                        values={"infusion": s.item.slot, "finding": "infusion not given"})
        if s.item.administration is None or s.item.administration.tolerance is None:
            return _Need.DECISION, Rule(code="premedication_decision_required",
                                        values={"infusion": s.item.slot, "finding": "tolerance not recorded"})
    return _Need.OMITTED, Rule(code="premedication_omitted_tolerated",
                               values={"infusions": len(first), "cycles": cycles_text})


def _need_of(
    always: bool, cycles_text: str, after_rule: tuple[_Need, Rule], decision: Decision | None
) -> tuple[_Need, Rule, Decision | None]:
    if always:
        return _Need.REQUIRED, Rule(code="premedication_always", values={"cycles": cycles_text}), None
    if decision is not None and decision.choice == CONTINUE:
        return _Need.REQUIRED, Rule(code="investigator_continue"), decision
    if decision is not None and decision.choice == OMIT:
        return _Need.OMITTED, Rule(code="investigator_omit"), decision
    return after_rule[0], after_rule[1], None


def _item(
    ctx: PlanContext,
    records: HistoryIndex,
    infusion: DoseSlot,
    cycle: int,
    day: int,
    need: _Need,
    rule: Rule,
    decision: Decision | None,
) -> ScheduleItem:
    premed = ctx.protocol.premedication
    target = infusion.item
    own = records.slot(premed.drug, cycle, day)
    given = _for_this_attempt(own.all_given, target, ctx.today)
    record = given or own.last_not_given
    if given is not None:
        status = ItemStatus.DONE
        rule = Rule(code="given", values={"on": given.on, "planned_date": target.planned_date})
    elif own.last_not_given is not None:
        status = ItemStatus.OMITTED
    elif target.status in _NO_INFUSION:
        status = ItemStatus.NOT_APPLICABLE
        rule = Rule(code="no_infusion", values={"infusion_status": target.status.value})
    elif need is _Need.OMITTED:
        status = ItemStatus.OMITTED
    elif need is _Need.DECISION:
        status = ItemStatus.DECISION_REQUIRED
    elif need is _Need.PENDING:
        status = ItemStatus.PLANNED if target.status is ItemStatus.PLANNED else ItemStatus.DECISION_REQUIRED
    elif target.status is ItemStatus.DONE:
        # Nothing is inferred (PREMED-2): an infusion recorded without its premedication leaves the
        # premedication unrecorded, to be entered late or recorded as not given.
        status = ItemStatus.MISSED
        rule = Rule(code="premedication_not_recorded", values={"on": target.planned_date})
    else:
        status = target.status
    return ctx.item(
        uid=f"{premed.drug}-C{cycle}D{day}", kind=premed.drug, category=ItemCategory.PREMEDICATION,
        drug=premed.drug, cycle=cycle, day=day, planned_date=target.planned_date, window=target.window,
        status=status, rule=rule, administration=record, decision=decision,
    )


def _for_this_attempt(given: tuple[Administration, ...], infusion: ScheduleItem, today: date) -> Administration | None:
    """The premedication given for the infusion's current attempt: on the day the infusion was
    given, or (still to give) today. One given for an attempt that did not happen (the infusion was
    held, or not given that day) does not cover a later attempt: it is needed again that day."""
    day = infusion.planned_date if infusion.status is ItemStatus.DONE else today
    return next((g for g in given if g.on == day), None)
