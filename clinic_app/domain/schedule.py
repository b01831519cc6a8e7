"""Treatment calendar planning: re-planned from what happened, never from the original plan
alone (PLAN-1).

Rules, all read from the protocol (no drug, cycle length or count is known to this code):
- The regimen: the cycle drug (PACLitaxel here) on each of its dose days of every cycle, for
  `cycle_count` cycles and at most `max_administrations` doses (REG-1); an anchored drug (IMP321
  here) on its dose days, up to its own `max_administrations` (REG-2).
- The cycle drug is the first unanchored drug dosed on day 1 (paclitaxel here). Cycle n's D1 is
  planned `cycle_length_days` after the ACTUAL D1 of cycle n-1; other days of unanchored drugs are
  planned from the actual D1 of their cycle (+ day - 1) (PLAN-2).
- A held D1 is postponed, never omitted (MISS-4): it is re-planned `postponed_d1_after_days` after
  the day the nurse recorded the postponement (the latest one), with its dose window around the new
  date, and every later item waits for it. Once given, the plan follows the actual date.
- A dose whose window closed with nothing recorded is MISSED (MISS-1): it is never given late; what
  happened is recorded instead (a late entry on its real date, a hold, or an omission). A missed
  D8/D15 is lost (later doses do not wait for it); a missed D1 still holds the cycle back until it
  is recorded as postponed. A missed D8/D15 recorded as held then follows the missed-dose policy
  below, like any held dose (MISS-3).
- A stopped drug's doses from the day it stopped are DISCONTINUED; after an END_TREATMENT decision
  every later dose is ENDED (treatment_course.py, TOX-5).
- A held non-D1 dose follows `missed_dose_policy` (PLAN-3): "omit" (not made up) or "shift"
  (re-planned one dose interval after the hold; the rest of the cycle and the next D1 move by the
  same amount, by the actual delay once it is given). A held dose is never made up once a later
  dose of its drug (or the next cycle's D1) was given. An OMITTED record always omits.
- A dose never becomes due before the dose it is planned from (the cycle's D1, the paired dose)
  was given: until then it waits (status planned, rule "waits_for_anchor") (PLAN-7).
- An anchored drug (IMP321 here) is planned at its paired dose's actual (else planned) date +
  `anchor_offset_days`; with a positive offset its window never includes the paired dose's day.
  When the paired dose will not be given, the anchored dose needs an investigator's
  FLAT_DOSE_GIVE_SKIP decision: "give" (on the planned day) or "skip" (PLAN-4).
- A dose recorded as given is always shown as it happened; planning never moves it (PLAN-1).
"""

from __future__ import annotations

from datetime import date, timedelta

from .errors import RuleError
from .history_index import HistoryIndex, SlotKey
from .planning_context import DoseSlot, PlanContext
from .premedication import plan_premedication
from .protocol import Drug, Protocol
from .records import Administration, AdministrationStatus, Decision, DecisionKind, PatientHistory
from .schedule_model import ItemCategory, ItemStatus, Rule, Schedule, ScheduleItem, Window
from .treatment_course import Course, treatment_course
from .visits import plan_screening, plan_visits

GIVE = "give"
SKIP = "skip"


def plan_schedule(
    protocol: Protocol,
    history: PatientHistory,
    *,
    today: date,
    closed_days: frozenset[date] = frozenset(),
    c1d1: date | None = None,
) -> Schedule:
    """Plan one patient's whole calendar on `today` from the protocol and what was recorded.

    Study day 1 is the actual C1D1 once given, else `c1d1`, else the patient's `c1d1`, else the
    patient's `planned_c1d1`. Raises RuleError("c1d1_unknown") when none is known.
    """
    patient = history.patient
    start = c1d1 or patient.c1d1 or patient.planned_c1d1
    return _plan(protocol, HistoryIndex(history), patient.subject_code, start, today, closed_days,
                 treatment_course(protocol, history))


def plan_projection(
    protocol: Protocol, c1d1: date, *, today: date, closed_days: frozenset[date] = frozenset()
) -> Schedule:
    """The calendar of a patient with nothing recorded yet, from a planned C1D1 (subject code "")."""
    return _plan(protocol, HistoryIndex(None), "", c1d1, today, closed_days, Course())


def _plan(
    protocol: Protocol,
    records: HistoryIndex,
    subject_code: str,
    planned_start: date | None,
    today: date,
    closed_days: frozenset[date],
    course: Course,
) -> Schedule:
    cycle_drug = cycle_drug_of(protocol)
    first = records.slot(cycle_drug.key, 1, 1).given
    start = first.on if first is not None else planned_start
    if start is None:
        raise RuleError(
            "c1d1_unknown",
            {"field": "c1d1", "subject_code": subject_code,
             "hint": "give the planned date of C1D1 (first dose), format YYYY-MM-DD"},
        )
    ctx = PlanContext(protocol=protocol, c1d1=start, today=today, closed_days=closed_days, course=course)
    slots = _plan_cycles(ctx, records, cycle_drug)
    _plan_anchored(ctx, records, slots)
    items: list[ScheduleItem] = [plan_screening(ctx, records)]
    items.extend(slot.item for slot in slots.values())
    items.extend(plan_premedication(ctx, records, slots))
    items.extend(plan_visits(ctx, records, slots))
    rank = _kind_rank(protocol)
    items.sort(key=lambda it: (it.planned_date, rank.get(it.kind, len(rank)), it.uid))
    return Schedule(
        protocol_id=protocol.protocol.id,
        protocol_version=protocol.protocol.version,
        subject_code=subject_code,
        today=today,
        c1d1=start,
        c1d1_given=first is not None,
        items=tuple(items),
    )


def cycle_drug_of(protocol: Protocol) -> Drug:
    """The drug whose actual D1 anchors each cycle: the first unanchored drug dosed on day 1."""
    for drug in protocol.drugs:
        if drug.anchor_drug is None and 1 in drug.dose_days:
            return drug
    raise RuleError(
        "no_cycle_drug",
        {"field": "drugs", "hint": "one drug without anchor_drug must be dosed on day 1 of the cycle",
         "protocol": protocol.protocol.id},
    )


def _kind_rank(protocol: Protocol) -> dict[str, int]:
    """Order of items on the same day: screening, visits (before dosing), premedication, doses."""
    kinds = ["screening", *(v.key for v in protocol.visits), protocol.premedication.drug]
    kinds += [d.key for d in protocol.drugs if d.anchor_drug is None]
    kinds += [d.key for d in protocol.drugs if d.anchor_drug is not None]
    return {kind: index for index, kind in enumerate(kinds)}


def _dose_interval(protocol: Protocol, drug: Drug) -> int:
    """Days between consecutive dose days of a drug (the whole cycle for a once-a-cycle drug)."""
    days = sorted(drug.dose_days)
    gaps = [later - earlier for earlier, later in zip(days, days[1:])]
    return min(gaps) if gaps else protocol.calendar.cycle_length_days


def _dose_item(
    ctx: PlanContext,
    drug: Drug,
    cycle: int,
    day: int,
    number: int,
    planned: date,
    *,
    status: ItemStatus,
    rule: Rule,
    administration: Administration | None = None,
    decision: Decision | None = None,
    window_center: date | None = None,
    window: Window | None = None,
) -> ScheduleItem:
    """A dose item on `planned`; a given dose keeps the window of the date it was planned for."""
    if window is None:
        window = ctx.window(window_center or planned, ctx.protocol.calendar.dose_window_days)
    return ctx.item(
        uid=f"{drug.key}-C{cycle}D{day}", kind=drug.key, category=ItemCategory.DOSE, drug=drug.key,
        cycle=cycle, day=day, dose_number=number, planned_date=planned, window=window, status=status,
        rule=rule, administration=administration, decision=decision,
    )


def _plan_cycles(ctx: PlanContext, records: HistoryIndex, cycle_drug: Drug) -> dict[SlotKey, DoseSlot]:
    protocol = ctx.protocol
    calendar = protocol.calendar
    unanchored = [d for d in protocol.drugs if d.anchor_drug is None]
    counts = {drug.key: 0 for drug in unanchored}
    slots: dict[SlotKey, DoseSlot] = {}
    nominal = ctx.c1d1
    rule = Rule(code="c1d1_planned", values={"planned_date": nominal})
    for cycle in range(1, calendar.cycle_count + 1):
        counts[cycle_drug.key] += 1
        start = _plan_cycle_start(ctx, records, cycle_drug, cycle, counts[cycle_drug.key], nominal, rule)
        slots[(cycle_drug.key, cycle, 1)] = start
        shift_by_drug = {drug.key: 0 for drug in unanchored}
        for drug in unanchored:
            for day in sorted(drug.dose_days):
                if (drug is cycle_drug and day == 1) or counts[drug.key] >= drug.max_administrations:
                    continue
                counts[drug.key] += 1
                slot, shift = _plan_cycle_day(
                    ctx, records, drug, cycle_drug, (cycle, day), counts[drug.key], start, shift_by_drug[drug.key]
                )
                slots[(drug.key, cycle, day)] = slot
                shift_by_drug[drug.key] = shift
        offset = calendar.cycle_length_days + shift_by_drug[cycle_drug.key]
        nominal = start.anchor_date + timedelta(days=offset)
        rule = Rule(code="anchored", values={"basis": start.basis, "anchor": f"{cycle_drug.key} C{cycle}D1",
                                             "anchor_date": start.anchor_date, "offset_days": offset})
        if counts[cycle_drug.key] >= cycle_drug.max_administrations:
            break
    return slots


def _plan_cycle_start(
    ctx: PlanContext, records: HistoryIndex, drug: Drug, cycle: int, number: int, nominal: date, rule: Rule
) -> DoseSlot:
    """The cycle drug's D1: given, postponed after a hold, omitted, or planned."""
    recs = records.slot(drug.key, cycle, 1)
    if recs.given is not None:
        item = _dose_item(ctx, drug, cycle, 1, number, recs.given.on, status=ItemStatus.DONE,
                          rule=Rule(code="given", values={"on": recs.given.on, "planned_date": nominal}),
                          administration=recs.given, window_center=nominal)
        return DoseSlot(item=item, anchor_date=recs.given.on, basis="actual")
    hold = recs.last_not_given
    if hold is not None and hold.status is AdministrationStatus.OMITTED:
        item = _dose_item(ctx, drug, cycle, 1, number, nominal, status=ItemStatus.OMITTED,
                          rule=Rule(code="d1_omitted", values={"omitted_on": hold.on}), administration=hold)
        return DoseSlot(item=item, anchor_date=nominal, basis="skipped", lost=True)
    planned, basis = nominal, "planned"
    if hold is not None:  # postponed: re-planned from the day the postponement was recorded
        planned = hold.on + timedelta(days=ctx.protocol.calendar.postponed_d1_after_days)
        rule = Rule(code="d1_postponed", values={"held_on": hold.on, "planned_date": planned,
                                                 "nominal_date": nominal})
        basis = "postponed"
    window = ctx.window(planned, ctx.protocol.calendar.dose_window_days)
    status = ctx.dose_timing(window)
    if status is ItemStatus.MISSED:
        rule = Rule(code="missed", values={"window_end": window.end, "planned_date": planned})
        basis = "missed"
    course = _course_overlay(ctx, drug, window)
    if course is not None:
        status, rule = course
        basis = "discontinued"
    item = _dose_item(ctx, drug, cycle, 1, number, planned, status=status, rule=rule, window=window,
                      administration=hold)
    return DoseSlot(item=item, anchor_date=planned, basis=basis, lost=course is not None)


def _course_overlay(ctx: PlanContext, drug: Drug, window: Window) -> tuple[ItemStatus, Rule] | None:
    """DISCONTINUED when the drug was stopped before this pending dose's window closed; ENDED
    likewise after an END_TREATMENT decision; None otherwise (TOX-5)."""
    stop = ctx.course.stop_of(drug.key)
    if stop is not None and window.end >= stop.on:
        return ItemStatus.DISCONTINUED, Rule(code="discontinued", values={"on": stop.on, "reason": stop.code})
    ended = ctx.course.ended_on
    if ended is not None and window.end >= ended:
        return ItemStatus.ENDED, Rule(code="treatment_ended", values={"on": ended})
    return None


def _plan_cycle_day(
    ctx: PlanContext,
    records: HistoryIndex,
    drug: Drug,
    cycle_drug: Drug,
    slot_of: tuple[int, int],
    number: int,
    start: DoseSlot,
    shift: int,
) -> tuple[DoseSlot, int]:
    """A non-D1 dose of an unanchored drug; returns the slot and the cycle's accumulated shift."""
    protocol = ctx.protocol
    cycle, day = slot_of
    d1_label = f"{cycle_drug.key} C{cycle}D1"
    offset = day - 1 + shift
    planned = start.anchor_date + timedelta(days=offset)
    rule = Rule(code="anchored", values={"basis": start.basis, "anchor": d1_label,
                                         "anchor_date": start.anchor_date, "offset_days": offset})
    recs = records.slot(drug.key, cycle, day)
    hold = recs.last_not_given
    basis = "planned"
    shifting = (hold is not None and hold.status is AdministrationStatus.HELD
                and protocol.calendar.missed_dose_policy == "shift")
    later = _later_given(records, drug, cycle_drug, cycle, day) if shifting and recs.given is None else None
    if hold is not None and shifting and later is None:
        # The held dose is not lost: it moves one dose interval later and pushes the rest of the cycle.
        shifted = max(hold.on, planned) + timedelta(days=_dose_interval(protocol, drug))
        # Once made up, the actual date sets how far the rest of the cycle moves.
        shift += ((recs.given.on if recs.given is not None else shifted) - planned).days
        rule = Rule(code="held_shifted", values={"held_on": hold.on, "shift_days": (shifted - planned).days,
                                                 "planned_date": planned})
        planned, basis = shifted, "shifted"
    if recs.given is not None:
        item = _dose_item(ctx, drug, cycle, day, number, recs.given.on, status=ItemStatus.DONE,
                          rule=Rule(code="given", values={"on": recs.given.on, "planned_date": planned}),
                          administration=recs.given, window_center=planned)
        return DoseSlot(item=item, anchor_date=recs.given.on, basis="actual"), shift
    if hold is not None and basis != "shifted":
        if later is not None:  # a later dose was given first: this one can no longer be made up
            omit_rule = Rule(code="held_not_made_up", values={
                "held_on": hold.on, "later_dose": f"{later.drug} C{later.cycle}D{later.day}", "later_on": later.on})
        else:
            omit_rule = Rule(code="held_omitted", values={"held_on": hold.on,
                                                          "policy": protocol.calendar.missed_dose_policy})
        item = _dose_item(ctx, drug, cycle, day, number, planned, status=ItemStatus.OMITTED,
                          rule=omit_rule, administration=hold)
        return DoseSlot(item=item, anchor_date=planned, basis="skipped", lost=True), shift
    window = ctx.window(planned, protocol.calendar.dose_window_days)
    # An omitted D1 lets the cycle run from its planned date; a planned, postponed or missed one holds it back.
    status, rule = _waiting(ctx, window, rule, anchor_given=start.basis not in ("planned", "postponed", "missed"))
    lost = status is ItemStatus.MISSED
    if lost:
        basis = "missed"
    course = _course_overlay(ctx, drug, window)
    if course is not None:
        (status, rule), basis, lost = course, "discontinued", True
    item = _dose_item(ctx, drug, cycle, day, number, planned, status=status, rule=rule,
                      administration=hold, window=window)
    return DoseSlot(item=item, anchor_date=planned, basis=basis, lost=lost), shift


def _waiting(ctx: PlanContext, window: Window, rule: Rule, *, anchor_given: bool) -> tuple[ItemStatus, Rule]:
    """A dose never becomes due before the dose it is planned from was given: it waits (planned)
    (PLAN-7). Once due, its window closing makes it missed (MISS-1)."""
    status = ctx.dose_timing(window)
    if anchor_given or status is ItemStatus.PLANNED:
        if status is ItemStatus.MISSED:
            return status, Rule(code="missed", values={"window_end": window.end, **rule.values})
        return status, rule
    return ItemStatus.PLANNED, Rule(code="waits_for_anchor", values=dict(rule.values))


def _later_given(records: HistoryIndex, drug: Drug, cycle_drug: Drug, cycle: int, day: int) -> Administration | None:
    """The first later dose of `drug` in this cycle, or the next cycle's D1, already given."""
    for later_day in sorted(drug.dose_days):
        if later_day > day and (found := records.slot(drug.key, cycle, later_day).given) is not None:
            return found
    return records.slot(cycle_drug.key, cycle + 1, 1).given


def _plan_anchored(ctx: PlanContext, records: HistoryIndex, slots: dict[SlotKey, DoseSlot]) -> None:
    """Doses planned from a paired dose of another drug (IMP321 the day after paclitaxel)."""
    pending = [d for d in ctx.protocol.drugs if d.anchor_drug is not None]
    while pending:  # an anchored drug may anchor on another anchored drug: plan in dependency order
        ready = [d for d in pending if any(key[0] == d.anchor_drug for key in slots)]
        if not ready:
            return  # the paired drug has no planned slot (e.g. capped): nothing to anchor on
        for drug in ready:
            _plan_anchored_drug(ctx, records, slots, drug)
            pending.remove(drug)


def _plan_anchored_drug(
    ctx: PlanContext, records: HistoryIndex, slots: dict[SlotKey, DoseSlot], drug: Drug
) -> None:
    assert drug.anchor_drug is not None and drug.anchor_offset_days is not None  # validated protocol
    offset = drug.anchor_offset_days
    number = 0
    for cycle in range(1, ctx.protocol.calendar.cycle_count + 1):
        for day in sorted(drug.dose_days):
            paired = slots.get((drug.anchor_drug, cycle, day - offset))
            if paired is None or number >= drug.max_administrations:
                continue
            number += 1
            slots[(drug.key, cycle, day)] = _plan_anchored_dose(ctx, records, drug, cycle, day, number, paired)


def _plan_anchored_dose(
    ctx: PlanContext, records: HistoryIndex, drug: Drug, cycle: int, day: int, number: int, paired: DoseSlot
) -> DoseSlot:
    offset = drug.anchor_offset_days or 0
    planned = paired.anchor_date + timedelta(days=offset)
    anchor = f"{paired.item.kind} {paired.item.slot}"
    recs = records.slot(drug.key, cycle, day)
    decision = records.latest_decision(DecisionKind.FLAT_DOSE_GIVE_SKIP, cycle=cycle, day=day, subject=drug.key)
    if recs.given is not None:
        item = _dose_item(ctx, drug, cycle, day, number, recs.given.on, status=ItemStatus.DONE,
                          rule=Rule(code="given", values={"on": recs.given.on, "planned_date": planned}),
                          administration=recs.given, decision=decision if paired.lost else None,
                          window_center=planned)
        return DoseSlot(item=item, anchor_date=recs.given.on, basis="actual")
    if recs.last_not_given is not None:
        record = recs.last_not_given
        rule = Rule(code="anchored_dose_not_given", values={"status": record.status.value, "on": record.on})
        item = _dose_item(ctx, drug, cycle, day, number, planned, status=ItemStatus.OMITTED, rule=rule,
                          administration=record)
        return DoseSlot(item=item, anchor_date=planned, basis="skipped", lost=True)
    window = ctx.window(planned, ctx.protocol.calendar.dose_window_days)
    if paired.basis == "actual" and offset > 0 and window.start <= paired.anchor_date:
        # "The day which follows": never on the day of the paired dose, let alone before it.
        window = Window(start=paired.anchor_date + timedelta(days=1), end=max(window.end, planned))
    course = _course_overlay(ctx, drug, window)
    if course is not None:
        status, rule = course
        item = _dose_item(ctx, drug, cycle, day, number, planned, status=status, rule=rule, window=window)
        return DoseSlot(item=item, anchor_date=planned, basis="discontinued", lost=True)
    if not paired.lost:
        rule = Rule(code="anchored", values={"basis": paired.basis, "anchor": anchor,
                                             "anchor_date": paired.anchor_date, "offset_days": offset})
        status, rule = _waiting(ctx, window, rule, anchor_given=paired.basis == "actual" or offset <= 0)
        item = _dose_item(ctx, drug, cycle, day, number, planned, status=status, rule=rule, window=window)
        return DoseSlot(item=item, anchor_date=planned, basis="planned", lost=status is ItemStatus.MISSED)
    if paired.basis == "discontinued":
        return _after_discontinuation(ctx, drug, (cycle, day), number, planned, window, anchor)
    if drug.held_anchor_policy != "decision":  # no decision asked for: the dose follows its pair
        rule = Rule(code="paired_dose_not_given", values={"anchor": anchor})
        item = _dose_item(ctx, drug, cycle, day, number, planned, status=ItemStatus.OMITTED, rule=rule,
                          window=window)
        return DoseSlot(item=item, anchor_date=planned, basis="skipped", lost=True)
    if decision is None:
        rule = Rule(code="paired_dose_not_given", values={"anchor": anchor})
        status, basis, lost = ItemStatus.DECISION_REQUIRED, "undecided", False
    elif decision.choice == GIVE:
        rule = Rule(code="investigator_give", values={"anchor": anchor})
        status, basis, lost = ctx.dose_timing(window), "planned", False
    elif decision.choice == SKIP:
        rule = Rule(code="investigator_skip", values={"anchor": anchor})
        status, basis, lost = ItemStatus.OMITTED, "skipped", True
    else:
        rule = Rule(code="decision_choice_unknown", values={"choice": decision.choice})
        status, basis, lost = ItemStatus.DECISION_REQUIRED, "undecided", False
    item = _dose_item(ctx, drug, cycle, day, number, planned, status=status, rule=rule, decision=decision,
                      window=window)
    return DoseSlot(item=item, anchor_date=planned, basis=basis, lost=lost or status is ItemStatus.MISSED)


def _after_discontinuation(ctx: PlanContext, drug: Drug, slot: tuple[int, int], number: int, planned: date,
                           window: Window, anchor: str) -> DoseSlot:
    """A flat dose whose paired drug was stopped for good: the investigator decides whether the
    flat drug goes on alone (on its planned days) or treatment ends (TOX-5)."""
    cycle, day = slot
    after = ctx.course.after
    if ctx.course.flat_alone:
        rule = Rule(code="continued_alone", values={"anchor": anchor})
        status = ctx.dose_timing(window)
    else:
        rule = Rule(code="after_discontinuation_required", values={"anchor": anchor})
        status = ItemStatus.DECISION_REQUIRED
    item = _dose_item(ctx, drug, cycle, day, number, planned, status=status, rule=rule, window=window,
                      decision=after)
    return DoseSlot(item=item, anchor_date=planned, basis="planned", lost=status is ItemStatus.MISSED)
