"""Screening and protocol visits (Week 13 assessment, Week 25 post-study visit here).

Screening lies in the protocol's screening study days before C1D1 (REG-5). A visit is anchored
on the `anchor_index`-th dose slot of its anchor drug (the 6th IMP321 injection for Week 13):
the actual injection date when given, else its planned date, plus `anchor_offset_days`; its
nominal study day is shown beside (REG-6). Anchoring on the slot (not on the n-th injection
given) keeps a visit on the calendar when an earlier injection was skipped.
"""

from __future__ import annotations

from datetime import timedelta

from .history_index import HistoryIndex, SlotKey
from .planning_context import DoseSlot, PlanContext
from .schedule_model import SCREENING, ItemCategory, ItemStatus, Rule, ScheduleItem, Window
from .study_calendar import date_of_study_day


def plan_screening(ctx: PlanContext, records: HistoryIndex) -> ScheduleItem:
    """The screening item: its window is the protocol's screening study days before C1D1 (REG-5).

    Done when a VisitCompletion with visit "screening" is recorded.
    """
    first, last = ctx.protocol.calendar.screening_window.low, ctx.protocol.calendar.screening_window.high
    window = Window(start=date_of_study_day(ctx.c1d1, first), end=date_of_study_day(ctx.c1d1, last))
    completion = records.completion(SCREENING)
    rule = Rule(code="screening_window", values={"first_day": first, "last_day": last})
    if completion is not None:
        return ctx.item(uid=SCREENING, kind=SCREENING, category=ItemCategory.SCREENING,
                        planned_date=completion.on, window=window, status=ItemStatus.DONE,
                        rule=rule, completion=completion)
    return ctx.item(uid=SCREENING, kind=SCREENING, category=ItemCategory.SCREENING,
                    planned_date=window.start, window=window, status=ctx.timing(window), rule=rule)


def plan_visits(ctx: PlanContext, records: HistoryIndex, slots: dict[SlotKey, DoseSlot]) -> list[ScheduleItem]:
    """One item per protocol visit whose anchor dose exists in the plan, planned on the anchor
    injection + `anchor_offset_days` with the nominal study day beside it (REG-6)."""
    items: list[ScheduleItem] = []
    for visit in ctx.protocol.visits:
        anchors = sorted((key, slot) for key, slot in slots.items() if key[0] == visit.anchor)
        if len(anchors) < visit.anchor_index:
            continue  # the protocol's regimen has fewer doses than the visit counts on
        _, anchor = anchors[visit.anchor_index - 1]
        planned = anchor.anchor_date + timedelta(days=visit.anchor_offset_days)
        nominal = date_of_study_day(ctx.c1d1, visit.nominal_study_day)
        window = ctx.window(planned, visit.window_days)
        rule = Rule(code="visit_anchored", values={
            "basis": anchor.basis, "anchor": f"{visit.anchor} #{visit.anchor_index} ({anchor.item.slot})",
            "anchor_date": anchor.anchor_date, "offset_days": visit.anchor_offset_days,
            "nominal_study_day": visit.nominal_study_day, "nominal_date": nominal,
        })
        completion = records.completion(visit.key)
        status = ItemStatus.DONE if completion is not None else ctx.timing(window)
        items.append(ctx.item(
            uid=visit.key, kind=visit.key, category=ItemCategory.VISIT,
            planned_date=completion.on if completion is not None else planned, nominal_date=nominal,
            window=window, status=status, rule=rule, completion=completion,
        ))
    return items
