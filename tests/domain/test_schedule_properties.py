"""Properties of re-planning over thousands of generated, consistent histories.

A history is built by walking the plan the way a clinic lives it: on each visit day every item
that is actionable may be given, held or left waiting (a delay); decisions are recorded when the
plan asks for one. After every step the new plan is checked against the previous one and against
the protocol's invariants.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schedule_builders import C1D1, completed, decision, held, history
from schedule_builders import given as given_record
from suite_profile import count

from clinic_app.domain.protocol import Protocol, load_protocol
from clinic_app.domain.records import DecisionKind, Tolerance
from clinic_app.domain.schedule import plan_schedule
from clinic_app.domain.schedule_model import ItemStatus, Schedule, ScheduleItem
from clinic_app.paths import default_protocol_path

_PROTOCOL_VISITS = load_protocol(default_protocol_path()).visits
ACT = (ItemStatus.DUE, ItemStatus.MISSED, ItemStatus.OVERDUE, ItemStatus.DECISION_REQUIRED)
MAX_STEPS = 100


def _variant(protocol: Protocol, policy: str, cycles: int) -> Protocol:
    calendar = protocol.calendar.model_copy(update={"missed_dose_policy": policy, "cycle_count": cycles})
    return protocol.model_copy(update={"calendar": calendar})


def _paired(schedule: Schedule, item: ScheduleItem) -> ScheduleItem:
    return schedule.item(f"paclitaxel-C{item.cycle}D{(item.day or 0) - 1}")


def _in_turn(schedule: Schedule, item: ScheduleItem) -> bool:
    """A clinic records the doses of a drug in order: every earlier one is given or omitted."""
    slot = (item.cycle or 0, item.day or 0)
    earlier = [i for i in schedule.of_kind(item.kind) if (i.cycle or 0, i.day or 0) < slot]
    return all(i.status in (ItemStatus.DONE, ItemStatus.OMITTED) for i in earlier)


def _may_give(schedule: Schedule, item: ScheduleItem) -> bool:
    """What a consistent clinic would give today: never before what the dose hangs on, and only
    inside its window (MISS-1: a missed dose is never given)."""
    if item.kind == "imp321" and _paired(schedule, item).status is not ItemStatus.DONE and item.decision is None:
        return False
    return item.status is ItemStatus.DUE


def _walk(data: st.DataObject, protocol: Protocol) -> list[Schedule]:
    """Plans seen on each visit day, the last one after the final records."""
    records: list[object] = []
    today = C1D1 - timedelta(days=1)
    plans = [plan_schedule(protocol, history(), today=today)]
    for _ in range(MAX_STEPS):
        future = [i.window.start for i in plans[-1].items if i.status is ItemStatus.PLANNED]
        if not future and not any(i.status in ACT for i in plans[-1].items
                                  if i.kind not in ("screening", "dexamethasone")):
            break
        step = max(today + timedelta(days=1), min(future, default=today + timedelta(days=1)))
        today = step + timedelta(days=data.draw(st.integers(0, 2), label="lag"))
        schedule = plan_schedule(protocol, history(*records), today=today)
        plans.append(schedule)
        for item in schedule.items:
            if item.status in ACT and item.kind not in ("screening", "dexamethasone"):
                records.extend(_act(data, schedule, item, today))
    plans.append(plan_schedule(protocol, history(*records), today=today))
    return plans


def _act(data: st.DataObject, schedule: Schedule, item: ScheduleItem, today: date) -> list[object]:
    """What the clinic records today for one actionable item. An item inside its window may be left
    waiting; a missed one is recorded as held (a D1 is then postponed, MISS-4). Dexamethasone is
    recorded with its infusion when the plan asks for it (PREMED-2)."""
    cycle, day = item.cycle or 0, item.day or 0
    if item.status is ItemStatus.DECISION_REQUIRED:
        if item.kind == "imp321":
            choice = data.draw(st.sampled_from(["give", "skip"]), label="imp321 decision")
            return [decision(DecisionKind.FLAT_DOSE_GIVE_SKIP, choice, today, cycle=cycle, day=day)]
        if item.kind == "dexamethasone":
            choice = data.draw(st.sampled_from(["continue", "omit"]), label="premedication decision")
            return [decision(DecisionKind.PREMEDICATION, choice, today, cycle=cycle, day=day)]
        return []
    if item.category.value == "visit":
        visit = next(v for v in _PROTOCOL_VISITS if v.key == item.kind)
        anchors = sorted(schedule.of_kind(visit.anchor), key=lambda i: (i.cycle or 0, i.day or 0))
        if anchors[visit.anchor_index - 1].status not in (ItemStatus.DONE, ItemStatus.OMITTED):
            return []
        if item.status is ItemStatus.OVERDUE or data.draw(st.booleans(), label="visit"):
            return [completed(item.kind, today)]
        return []
    if item.kind not in ("paclitaxel", "imp321") or not _in_turn(schedule, item):
        return []
    if item.kind == "imp321" and _paired(schedule, item).status not in (ItemStatus.DONE, ItemStatus.OMITTED):
        return []  # the injection is recorded after what happened to its paclitaxel
    may_wait = item.status is not ItemStatus.MISSED
    options = (["give"] * 3 if _may_give(schedule, item) else []) + ["hold"] + (["wait"] if may_wait else [])
    action = data.draw(st.sampled_from(options), label=item.uid)
    if action == "give":
        tolerance = data.draw(st.sampled_from([Tolerance.WELL_TOLERATED, Tolerance.WELL_TOLERATED,
                                               Tolerance.MILD_REACTION, None]), label="tolerance")
        premed = schedule.item(f"dexamethasone-C{cycle}D{day}") if item.kind == "paclitaxel" else None
        first = [given_record("dexamethasone", cycle, day, today)] if premed is not None and premed.status in (
            ItemStatus.DUE, ItemStatus.PLANNED) else []
        return [*first, given_record(item.kind, cycle, day, today, tolerance=tolerance)]
    if action == "hold":
        return [held(item.kind, cycle, day, today)]
    return []


@pytest.mark.slow
@settings(max_examples=count(full=2000, default=100),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data(), policy=st.sampled_from(["omit", "shift"]), cycles=st.sampled_from([2, 3, 4, 6]))
def test_replanning_invariants(protocol: Protocol, data: st.DataObject, policy: str, cycles: int) -> None:
    """Cycle counts other than the trial's 6 check the planner reads the protocol (3 cycles hold
    only 6 injections: Week 25 then has no anchor and is not planned).
    PLAN-1: re-planning from what happened never changes a dose already given."""
    proto = _variant(protocol, policy, cycles)
    plans = _walk(data, proto)
    for before, after in zip(plans, plans[1:]):
        # Re-planning never changes an item already done (study days are renumbered only on the
        # day C1D1 itself happens).
        for item in before.items:
            if item.status is ItemStatus.DONE:
                again = after.item(item.uid)
                if before.c1d1_given:
                    assert again == item, item.uid
                else:
                    assert again.model_copy(update={"study_day": 0, "study_week": 0}) == item.model_copy(
                        update={"study_day": 0, "study_week": 0}), item.uid
    for schedule in plans:
        _check_plan(schedule, cycles)


def _check_plan(schedule: Schedule, cycles: int) -> None:
    paclitaxel = schedule.of_kind("paclitaxel")
    imp321 = schedule.of_kind("imp321")
    assert len(paclitaxel) <= 18 and len(imp321) <= 12
    assert len(paclitaxel) == 3 * cycles and len(imp321) == 2 * cycles  # one item per slot, none lost
    assert len(schedule.of_kind("week25_post_study")) == (1 if cycles >= 6 else 0)
    assert len({i.uid for i in schedule.items}) == len(schedule.items)
    for item in imp321:
        paired = _paired(schedule, item)
        if item.status is ItemStatus.DONE:
            # Given after its paclitaxel, or on an investigator's decision.
            assert item.decision is not None or (
                paired.status is ItemStatus.DONE and item.planned_date > paired.planned_date), item.uid
        elif item.status in (ItemStatus.PLANNED, ItemStatus.DUE, ItemStatus.MISSED) and item.decision is None:
            # Planned the day after its paclitaxel (actual date once given, re-planned date once postponed).
            assert item.planned_date == paired.planned_date + timedelta(days=1), item.uid
    for item in schedule.items:
        if item.category.value in ("dose", "premedication"):
            # MISS-1: due only inside its window, missed only once it has closed.
            if item.status is ItemStatus.DUE:
                assert item.window.contains(schedule.today), item.uid
            if item.status is ItemStatus.MISSED and item.rule.code == "missed":
                assert schedule.today > item.window.end, item.uid
            assert item.status is not ItemStatus.OVERDUE, item.uid  # doses are missed, only visits overdue
    infusions = sorted((i for i in paclitaxel if i.status is not ItemStatus.OMITTED), key=lambda i: i.planned_date)
    for earlier, later in zip(infusions, infusions[1:]):
        if earlier.status is ItemStatus.DONE and later.status is ItemStatus.DONE:
            continue  # what happened happened (each inside its own +/-1 day window)
        gap = (later.planned_date - earlier.planned_date).days
        assert gap >= 6, (earlier.uid, later.uid, gap)
