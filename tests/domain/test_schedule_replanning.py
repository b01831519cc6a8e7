"""Re-planning after delays, holds, decisions and reactions (PLAN-1 to PLAN-4, PLAN-7, MISS-3,
MISS-4, PREMED-1), with every expected date worked out by hand on a calendar from C1D1 = Mon
05-Jan-2026."""

from __future__ import annotations

from schedule_builders import completed, d, decision, given, held, history, omitted

from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import DecisionKind, Tolerance
from clinic_app.domain.schedule import plan_schedule
from clinic_app.domain.schedule_model import ItemStatus

CYCLE_1 = [given("paclitaxel", 1, 1, "2026-01-05"), given("imp321", 1, 2, "2026-01-06"),
           given("paclitaxel", 1, 8, "2026-01-12"), given("paclitaxel", 1, 15, "2026-01-19"),
           given("imp321", 1, 16, "2026-01-20")]


def _shift_protocol(protocol: Protocol) -> Protocol:
    calendar = protocol.calendar.model_copy(update={"missed_dose_policy": "shift"})
    return protocol.model_copy(update={"calendar": calendar})


def _dates(schedule: object, uids: list[str]) -> dict[str, str]:
    return {uid: schedule.item(uid).planned_date.isoformat() for uid in uids}  # type: ignore[attr-defined]


# --- C2D1 delayed 7 days --------------------------------------------------------------------------

def test_c2d1_held_then_given_seven_days_later_shifts_everything_after(protocol: Protocol) -> None:
    """PLAN-2: C2D1 given 7 days late; every later date follows its actual date."""
    records = CYCLE_1 + [held("paclitaxel", 2, 1, "2026-02-02"), given("paclitaxel", 2, 1, "2026-02-09")]
    schedule = plan_schedule(protocol, history(*records), today=d("2026-02-09"))
    assert _dates(schedule, [
        "paclitaxel-C2D1", "imp321-C2D2", "paclitaxel-C2D8", "paclitaxel-C2D15", "imp321-C2D16",
        "paclitaxel-C3D1", "imp321-C3D16", "paclitaxel-C4D1", "paclitaxel-C5D1", "paclitaxel-C6D1",
        "paclitaxel-C6D15", "imp321-C6D16", "week13_assessment", "week25_post_study",
    ]) == {
        "paclitaxel-C2D1": "2026-02-09", "imp321-C2D2": "2026-02-10", "paclitaxel-C2D8": "2026-02-16",
        "paclitaxel-C2D15": "2026-02-23", "imp321-C2D16": "2026-02-24", "paclitaxel-C3D1": "2026-03-09",
        "imp321-C3D16": "2026-03-24", "paclitaxel-C4D1": "2026-04-06", "paclitaxel-C5D1": "2026-05-04",
        "paclitaxel-C6D1": "2026-06-01", "paclitaxel-C6D15": "2026-06-15", "imp321-C6D16": "2026-06-16",
        "week13_assessment": "2026-04-06", "week25_post_study": "2026-06-29",
    }
    c2d1 = schedule.item("paclitaxel-C2D1")
    assert (c2d1.status, c2d1.study_day, c2d1.study_week) == (ItemStatus.DONE, 36, 6)
    c2d8 = schedule.item("paclitaxel-C2D8")
    assert c2d8.rule.code == "anchored"
    assert c2d8.rule.values == {"basis": "actual", "anchor": "paclitaxel C2D1", "anchor_date": d("2026-02-09"),
                                "offset_days": 7}
    assert c2d8.rule.describe() == "anchored on actual paclitaxel C2D1 2026-02-09 + 7 days"
    week13 = schedule.item("week13_assessment")
    assert (week13.study_day, week13.nominal_date) == (92, d("2026-03-30"))
    week25 = schedule.item("week25_post_study")
    assert (week25.study_day, week25.nominal_date) == (176, d("2026-06-22"))


def test_held_c2d1_is_postponed_and_everything_after_waits(protocol: Protocol) -> None:
    """MISS-4: C2D1 (nominal Mon 02-Feb) held on 02-Feb is re-planned 7 days after the postponement:
    Mon 09-Feb, window 08..10-Feb; C2D2 then 10-Feb, C2D8 09-Feb + 7 = 16-Feb, C3D1 09-Feb + 28 = 09-Mar."""
    records = CYCLE_1 + [held("paclitaxel", 2, 1, "2026-02-02")]
    on_the_day = plan_schedule(protocol, history(*records), today=d("2026-02-02"))
    c2d1 = on_the_day.item("paclitaxel-C2D1")
    assert (c2d1.status, c2d1.planned_date, c2d1.rule.code) == (ItemStatus.PLANNED, d("2026-02-09"), "d1_postponed")
    assert (c2d1.window.start, c2d1.window.end) == (d("2026-02-08"), d("2026-02-10"))
    assert c2d1.rule.values["nominal_date"] == d("2026-02-02")
    assert c2d1.administration is not None and c2d1.administration.on == d("2026-02-02")
    assert _dates(on_the_day, ["imp321-C2D2", "paclitaxel-C2D8", "paclitaxel-C3D1"]) == {
        "imp321-C2D2": "2026-02-10", "paclitaxel-C2D8": "2026-02-16", "paclitaxel-C3D1": "2026-03-09"}
    assert on_the_day.item("imp321-C2D2").status is ItemStatus.PLANNED
    assert plan_schedule(protocol, history(*records), today=d("2026-02-09")).item(
        "paclitaxel-C2D1").status is ItemStatus.DUE
    # Its new window closes unrecorded: missed, and the cycle still waits for it.
    later = plan_schedule(protocol, history(*records), today=d("2026-02-11"))
    assert later.item("paclitaxel-C2D1").status is ItemStatus.MISSED
    assert later.item("paclitaxel-C2D8").rule.values["basis"] == "missed"
    assert later.item("paclitaxel-C2D8").status is ItemStatus.PLANNED
    # Held again on 11-Feb: re-planned from that day, 18-Feb.
    again = plan_schedule(protocol, history(*records, held("paclitaxel", 2, 1, "2026-02-11")), today=d("2026-02-11"))
    assert again.item("paclitaxel-C2D1").planned_date == d("2026-02-18")


# --- C1D8 held ------------------------------------------------------------------------------------

def test_held_c1d8_is_omitted_not_made_up(protocol: Protocol) -> None:
    """PLAN-3 (a held D8 is omitted) and PREMED-1 (a cycle-1 infusion not given: decision)."""
    records = [given("paclitaxel", 1, 1, "2026-01-05"), given("imp321", 1, 2, "2026-01-06"),
               held("paclitaxel", 1, 8, "2026-01-12")]
    schedule = plan_schedule(protocol, history(*records), today=d("2026-01-12"))
    c1d8 = schedule.item("paclitaxel-C1D8")
    assert (c1d8.status, c1d8.planned_date, c1d8.rule.code) == (ItemStatus.OMITTED, d("2026-01-12"), "held_omitted")
    assert schedule.item("dexamethasone-C1D8").status is ItemStatus.NOT_APPLICABLE
    assert _dates(schedule, ["paclitaxel-C1D15", "imp321-C1D16", "paclitaxel-C2D1", "week13_assessment"]) == {
        "paclitaxel-C1D15": "2026-01-19", "imp321-C1D16": "2026-01-20", "paclitaxel-C2D1": "2026-02-02",
        "week13_assessment": "2026-03-30"}
    assert schedule.item("imp321-C1D16").status is ItemStatus.PLANNED
    assert len([i for i in schedule.of_kind("paclitaxel") if i.status is not ItemStatus.OMITTED]) == 17
    # C1D15 given and well tolerated: one cycle-1 infusion was never given, so dexamethasone from
    # cycle 2 needs the investigator.
    after = plan_schedule(protocol, history(*records, given("paclitaxel", 1, 15, "2026-01-19")),
                          today=d("2026-01-20"))
    dex = after.item("dexamethasone-C2D1")
    assert dex.status is ItemStatus.DECISION_REQUIRED
    assert dex.rule.values == {"infusion": "C1D8", "finding": "infusion not given"}


def test_held_c1d8_under_the_shift_policy_moves_the_rest(protocol: Protocol) -> None:
    """PLAN-3: under "shift" the held D8 moves one dose interval, the rest with it."""
    shifted = _shift_protocol(protocol)
    records = [given("paclitaxel", 1, 1, "2026-01-05"), given("imp321", 1, 2, "2026-01-06"),
               held("paclitaxel", 1, 8, "2026-01-12")]
    schedule = plan_schedule(shifted, history(*records), today=d("2026-01-12"))
    assert _dates(schedule, [
        "paclitaxel-C1D8", "paclitaxel-C1D15", "imp321-C1D16", "paclitaxel-C2D1", "imp321-C2D2",
        "paclitaxel-C3D1", "week13_assessment",
    ]) == {
        "paclitaxel-C1D8": "2026-01-19", "paclitaxel-C1D15": "2026-01-26", "imp321-C1D16": "2026-01-27",
        "paclitaxel-C2D1": "2026-02-09", "imp321-C2D2": "2026-02-10", "paclitaxel-C3D1": "2026-03-09",
        "week13_assessment": "2026-04-06",
    }
    c1d8 = schedule.item("paclitaxel-C1D8")
    assert (c1d8.status, c1d8.rule.code, c1d8.rule.values["shift_days"]) == (ItemStatus.PLANNED, "held_shifted", 7)
    assert len(schedule.of_kind("paclitaxel")) == 18  # nothing lost, nothing added
    # Given on its new day, the rest stays where the shift put it.
    done = plan_schedule(shifted, history(*records, given("paclitaxel", 1, 8, "2026-01-19")), today=d("2026-01-19"))
    assert done.item("paclitaxel-C1D8").status is ItemStatus.DONE
    assert done.item("paclitaxel-C1D15").planned_date == d("2026-01-26")


def test_missed_c1d8_recorded_as_omitted_follows_the_policy(protocol: Protocol) -> None:
    """MISS-3: C1D8 (Mon 12-Jan, window 11..13-Jan) with nothing recorded is missed on 14-Jan and
    later doses do not wait for it (C1D15 stays on 19-Jan). Once the omission is recorded (19-Jan)
    it reads omitted, not made up, under the "omit" policy: C1D15 19-Jan, C2D1 02-Feb unchanged."""
    records = [given("paclitaxel", 1, 1, "2026-01-05"), given("imp321", 1, 2, "2026-01-06")]
    missed = plan_schedule(protocol, history(*records), today=d("2026-01-14"))
    assert missed.item("paclitaxel-C1D8").status is ItemStatus.MISSED
    assert missed.item("paclitaxel-C1D15").planned_date == d("2026-01-19")
    recorded = plan_schedule(protocol, history(*records, omitted("paclitaxel", 1, 8, "2026-01-19")),
                             today=d("2026-01-19"))
    c1d8 = recorded.item("paclitaxel-C1D8")
    assert (c1d8.status, c1d8.rule.code, c1d8.rule.values["policy"]) == (ItemStatus.OMITTED, "held_omitted", "omit")
    assert _dates(recorded, ["paclitaxel-C1D15", "paclitaxel-C2D1"]) == {
        "paclitaxel-C1D15": "2026-01-19", "paclitaxel-C2D1": "2026-02-02"}
    assert recorded.item("paclitaxel-C1D15").status is ItemStatus.DUE


# --- C1D15 held: IMP321 C1D16 needs the investigator ---------------------------------------------

C1D15_HELD = [given("paclitaxel", 1, 1, "2026-01-05"), given("imp321", 1, 2, "2026-01-06"),
              given("paclitaxel", 1, 8, "2026-01-12"), held("paclitaxel", 1, 15, "2026-01-19")]


def test_held_c1d15_makes_imp321_c1d16_a_decision(protocol: Protocol) -> None:
    """PLAN-4: the paired infusion was held, so IMP321 waits for the investigator."""
    schedule = plan_schedule(protocol, history(*C1D15_HELD), today=d("2026-01-19"))
    imp = schedule.item("imp321-C1D16")
    assert (imp.status, imp.planned_date, imp.rule.code) == (
        ItemStatus.DECISION_REQUIRED, d("2026-01-20"), "paired_dose_not_given")
    assert imp.rule.values == {"anchor": "paclitaxel C1D15"}
    assert schedule.item("paclitaxel-C1D15").status is ItemStatus.OMITTED
    assert schedule.item("week13_assessment").planned_date == d("2026-03-30")


def test_investigator_gives_imp321_c1d16_on_the_planned_day(protocol: Protocol) -> None:
    """PLAN-4: "give" keeps the planned day."""
    give = decision(DecisionKind.FLAT_DOSE_GIVE_SKIP, "give", "2026-01-19", cycle=1, day=16)
    schedule = plan_schedule(protocol, history(*C1D15_HELD, give), today=d("2026-01-20"))
    imp = schedule.item("imp321-C1D16")
    assert (imp.status, imp.planned_date, imp.rule.code, imp.decision) == (
        ItemStatus.DUE, d("2026-01-20"), "investigator_give", give)
    given_later = plan_schedule(protocol, history(*C1D15_HELD, give, given("imp321", 1, 16, "2026-01-20")),
                                today=d("2026-01-21"))
    assert given_later.item("imp321-C1D16").status is ItemStatus.DONE
    assert given_later.item("imp321-C1D16").decision == give


def test_investigator_skips_imp321_c1d16(protocol: Protocol) -> None:
    """PLAN-4: "skip" omits the injection."""
    skip = decision(DecisionKind.FLAT_DOSE_GIVE_SKIP, "skip", "2026-01-19", cycle=1, day=16)
    schedule = plan_schedule(protocol, history(*C1D15_HELD, skip), today=d("2026-01-20"))
    imp = schedule.item("imp321-C1D16")
    assert (imp.status, imp.rule.code, imp.decision) == (ItemStatus.OMITTED, "investigator_skip", skip)
    # Week 13 stays on the 6th IMP321 slot (C3D16 17-Mar + 13).
    assert schedule.item("week13_assessment").planned_date == d("2026-03-30")


# --- a reaction at C1D8: dexamethasone from cycle 2 needs a decision ----------------------------

REACTION = [given("paclitaxel", 1, 1, "2026-01-05"), given("imp321", 1, 2, "2026-01-06"),
            given("paclitaxel", 1, 8, "2026-01-12", tolerance=Tolerance.MILD_REACTION),
            given("paclitaxel", 1, 15, "2026-01-19"), given("imp321", 1, 16, "2026-01-20")]


def test_reaction_at_c1d8_requires_a_premedication_decision(protocol: Protocol) -> None:
    """PREMED-1: a reaction in cycle 1 makes every later dexamethasone a decision."""
    schedule = plan_schedule(protocol, history(*REACTION), today=d("2026-01-25"))
    dex = schedule.item("dexamethasone-C2D1")
    assert (dex.status, dex.planned_date) == (ItemStatus.DECISION_REQUIRED, d("2026-02-02"))
    assert dex.rule.values == {"infusion": "C1D8", "finding": "mild_reaction"}
    assert all(i.status is ItemStatus.DECISION_REQUIRED for i in schedule.of_kind("dexamethasone")[3:])


def test_reaction_then_investigator_continues(protocol: Protocol) -> None:
    """PREMED-1: the investigator's "continue"."""
    keep = decision(DecisionKind.PREMEDICATION, "continue", "2026-01-26", cycle=2)
    schedule = plan_schedule(protocol, history(*REACTION, keep), today=d("2026-01-26"))
    later = schedule.of_kind("dexamethasone")[3:]
    assert [i.status for i in later] == [ItemStatus.PLANNED] * 15
    assert later[0].planned_date == d("2026-02-02") and later[0].decision == keep
    assert later[-1].planned_date == d("2026-06-08")  # C6D15


def test_reaction_then_investigator_omits(protocol: Protocol) -> None:
    """PREMED-1: the investigator's "omit"."""
    omit = decision(DecisionKind.PREMEDICATION, "omit", "2026-01-26", cycle=2)
    schedule = plan_schedule(protocol, history(*REACTION, omit), today=d("2026-01-26"))
    later = schedule.of_kind("dexamethasone")[3:]
    assert [(i.status, i.rule.code) for i in later] == [(ItemStatus.OMITTED, "investigator_omit")] * 15


def test_unrecorded_tolerance_also_requires_a_decision(protocol: Protocol) -> None:
    """PREMED-1: a tolerance not recorded is never read as well tolerated."""
    records = [given("paclitaxel", 1, 1, "2026-01-05"), given("paclitaxel", 1, 8, "2026-01-12", tolerance=None),
               given("paclitaxel", 1, 15, "2026-01-19")]
    dex = plan_schedule(protocol, history(*records), today=d("2026-01-20")).item("dexamethasone-C2D1")
    assert dex.status is ItemStatus.DECISION_REQUIRED
    assert dex.rule.values == {"infusion": "C1D8", "finding": "tolerance not recorded"}


def test_before_cycle_one_ends_the_premedication_is_pending(protocol: Protocol) -> None:
    records = [given("paclitaxel", 1, 1, "2026-01-05"), given("paclitaxel", 1, 8, "2026-01-12")]
    dex = plan_schedule(protocol, history(*records), today=d("2026-01-13")).item("dexamethasone-C2D1")
    assert (dex.status, dex.rule.code) == (ItemStatus.PLANNED, "premedication_pending_tolerance")


# --- C3D16 injection given two days late ---------------------------------------------------------

def test_late_sixth_injection_moves_week13_not_its_nominal_day(protocol: Protocol) -> None:
    on_time = {
        (1, 1): "2026-01-05", (1, 8): "2026-01-12", (1, 15): "2026-01-19", (2, 1): "2026-02-02",
        (2, 8): "2026-02-09", (2, 15): "2026-02-16", (3, 1): "2026-03-02", (3, 8): "2026-03-09",
        (3, 15): "2026-03-16",
    }
    records = [given("paclitaxel", c, day, on) for (c, day), on in on_time.items()]
    records += [given("imp321", 1, 2, "2026-01-06"), given("imp321", 1, 16, "2026-01-20"),
                given("imp321", 2, 2, "2026-02-03"), given("imp321", 2, 16, "2026-02-17"),
                given("imp321", 3, 2, "2026-03-03"), given("imp321", 3, 16, "2026-03-19")]
    schedule = plan_schedule(protocol, history(*records), today=d("2026-03-20"))
    week13 = schedule.item("week13_assessment")
    assert (week13.planned_date, week13.nominal_date, week13.study_day, week13.study_week) == (
        d("2026-04-01"), d("2026-03-30"), 87, 13)
    assert (week13.window.start, week13.window.end) == (d("2026-03-29"), d("2026-04-04"))
    assert week13.rule.values["anchor"] == "imp321 #6 (C3D16)"
    assert week13.rule.values["basis"] == "actual"
    assert schedule.item("paclitaxel-C4D1").planned_date == d("2026-03-30")  # paclitaxel is not moved
    done = plan_schedule(protocol, history(*records, completed("week13_assessment", "2026-04-01")),
                         today=d("2026-04-02"))
    assert done.item("week13_assessment").status is ItemStatus.DONE


# --- nothing becomes due before what it is planned from ------------------------------------------

def test_imp321_is_never_due_on_the_day_of_its_infusion(protocol: Protocol) -> None:
    """PLAN-4 (paclitaxel date + 1) and PLAN-7 (waits for its infusion)."""
    before = plan_schedule(protocol, history(), today=d("2026-01-05")).item("imp321-C1D2")
    assert (before.status, before.rule.code) == (ItemStatus.PLANNED, "waits_for_anchor")
    infused = history(given("paclitaxel", 1, 1, "2026-01-05"))
    same_day = plan_schedule(protocol, infused, today=d("2026-01-05")).item("imp321-C1D2")
    assert (same_day.window.start, same_day.window.end) == (d("2026-01-06"), d("2026-01-07"))
    assert same_day.status is ItemStatus.PLANNED
    assert plan_schedule(protocol, infused, today=d("2026-01-06")).item("imp321-C1D2").status is ItemStatus.DUE


def test_c1d8_waits_for_an_unrecorded_c1d1(protocol: Protocol) -> None:
    """PLAN-7: C1D8 never becomes due before C1D1 was given."""
    schedule = plan_schedule(protocol, history(), today=d("2026-01-12"))
    assert schedule.item("paclitaxel-C1D1").status is ItemStatus.MISSED  # window 04..06-Jan closed
    c1d8 = schedule.item("paclitaxel-C1D8")
    assert (c1d8.status, c1d8.planned_date, c1d8.rule.code) == (ItemStatus.PLANNED, d("2026-01-12"), "waits_for_anchor")
    assert c1d8.rule.describe() == "waits for paclitaxel C1D1 (missed 2026-01-05) to be given; then + 7 days"
