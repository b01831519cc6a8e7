"""The premedication line of a sheet follows the planner's item and prints the decision behind it."""

from __future__ import annotations

from datetime import datetime, timedelta

from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Decision, DecisionKind
from clinic_app.domain.schedule import plan_schedule
from clinic_app.printing.dose_text import premedication_text
from clinic_app.printing.dosing_input import Premedication

from .samples import C1D1, CET, history_until


def line(protocol: Protocol, slot: str, *, days: int, reaction: bool = False,
         decision: Decision | None = None) -> Premedication:
    history = history_until(protocol, until=C1D1 + timedelta(days=days), reaction_in_cycle_1=reaction)
    if decision is not None:
        history = history.model_copy(update={"decisions": (decision,)})
    schedule = plan_schedule(protocol, history, today=C1D1 + timedelta(days=days))
    return Premedication.from_schedule_item(schedule.item(f"dexamethasone-{slot}"), protocol)


def test_cycle_1_is_always_given(protocol: Protocol) -> None:
    premed = line(protocol, "C1D8", days=7)
    assert premed.status == "give"
    assert premedication_text(premed) == ("GIVE: dexamethasone 20 mg IV before each paclitaxel infusion. "
                                          "Basis: premedication before every infusion of cycle(s) 1")


def test_omitted_after_a_well_tolerated_cycle_1(protocol: Protocol) -> None:
    premed = line(protocol, "C2D1", days=28)
    assert premed.status == "omit"
    assert "all 3 infusions of cycle(s) 1 recorded well tolerated" in premedication_text(premed)


def test_a_reaction_demands_a_decision(protocol: Protocol) -> None:
    premed = line(protocol, "C2D1", days=28, reaction=True)
    assert premed.status == "decision_required"
    assert premedication_text(premed).startswith("INVESTIGATOR DECISION REQUIRED")
    assert "C1D8: mild reaction" in premedication_text(premed)


def test_the_investigators_decision_is_printed_with_who_and_when(protocol: Protocol) -> None:
    decided_at = datetime(2026, 1, 30, 11, 0, tzinfo=CET)
    decision = Decision(subject_code="IMP-B-004", kind=DecisionKind.PREMEDICATION, choice="continue",
                        reason="mild flushing at C1D8", decided_by="Dr I. Nvestigator", decided_at=decided_at,
                        subject="dexamethasone")
    premed = line(protocol, "C2D1", days=28, reaction=True, decision=decision)
    assert premed.status == "give"
    assert premedication_text(premed).endswith(
        "Basis: investigator decided to continue premedication; decided by Dr I. Nvestigator, "
        "Fri 30-Jan-2026 11:00 UTC+01:00")
