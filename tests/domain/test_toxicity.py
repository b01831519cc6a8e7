"""Adverse events and the severe ones that change the dose (TOX-1 to TOX-4), with every value
worked out by hand from the shipped protocol: severe = CTCAE grade 3 or more; severe neutropenia =
an ANC below 0.5 × 10⁹/L and a later one still below 0.5 at least 7 days after it, none at or
above 0.5 between; levels 0, -1, -2; one level lower per severe event.

Calendar: C1D1 = Mon 05-Jan-2026; C1D8 Mon 12-Jan, C1D15 Mon 19-Jan, C2D1 Mon 02-Feb.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from schedule_builders import NURSE, d, decision, patient

from clinic_app.domain.dose_level import check_level_choice, level_state
from clinic_app.domain.errors import InputError, RuleError
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import (
    Administration,
    AdministrationStatus,
    Decision,
    DecisionKind,
    LabResult,
    PatientHistory,
    Tolerance,
    Toxicity,
)
from clinic_app.domain.toxicity import (
    check_toxicity,
    neuropathy_events,
    neutropenia_episodes,
    tolerance_grade,
    tolerance_toxicity,
)


def anc(on: str, value: str) -> LabResult:
    """A blood count drawn on `on` with this ANC (platelets fine)."""
    return LabResult(subject_code="S001", drawn_on=d(on), anc_10e9_per_l=Decimal(value),
                     platelets_10e9_per_l=Decimal("200"), recorded_by=NURSE)


def toxicity(on: str, term: str, grade: int, term_text: str = "") -> Toxicity:
    return Toxicity(subject_code="S001", term=term, term_text=term_text, grade=grade, onset=d(on),
                    recorded_by=NURSE)


def chart(*records: object) -> PatientHistory:
    """A history holding labs, toxicities and decisions, in the order given (recording order)."""
    return PatientHistory(
        patient=patient(),
        labs=tuple(r for r in records if isinstance(r, LabResult)),
        toxicities=tuple(r for r in records if isinstance(r, Toxicity)),
        decisions=tuple(r for r in records if isinstance(r, Decision)),
    )


def level(choice: str, on: str) -> Decision:
    return decision(DecisionKind.DOSE_LEVEL, choice, on)


# --- TOX-2: severe neutropenia read from the recorded ANC values -----------------------------------

def test_a_run_of_exactly_seven_days_is_severe_neutropenia(protocol: Protocol) -> None:
    """TOX-2: 0.4 on 12-Jan and 0.4 on 19-Jan: 19 - 12 = 7 days >= 7, none >= 0.5 between: one
    event, counted on 19-Jan (the draw that completes the run), from the 12-Jan draw."""
    [event] = neutropenia_episodes(protocol, [anc("2026-01-12", "0.4"), anc("2026-01-19", "0.4")])
    assert (event.code, event.on) == ("severe_neutropenia", d("2026-01-19"))
    assert (event.values["first_drawn_on"], event.values["first_anc"]) == ("2026-01-12", "0.4")


def test_six_days_below_is_not_enough(protocol: Protocol) -> None:
    """TOX-2: 0.4 on 12-Jan and 0.3 on 18-Jan: 18 - 12 = 6 days < 7: no event (yet)."""
    assert neutropenia_episodes(protocol, [anc("2026-01-12", "0.4"), anc("2026-01-18", "0.3")]) == []


def test_the_threshold_itself_is_not_below_it(protocol: Protocol) -> None:
    """TOX-2: 0.49 is below 0.5 and counts; 0.5 exactly is not below 0.5 and never starts a run."""
    assert len(neutropenia_episodes(protocol, [anc("2026-01-12", "0.49"), anc("2026-01-19", "0.49")])) == 1
    assert neutropenia_episodes(protocol, [anc("2026-01-12", "0.5"), anc("2026-01-19", "0.4")]) == []


def test_a_value_at_or_above_the_threshold_between_resets_the_run(protocol: Protocol) -> None:
    """TOX-2: 0.4 on 12-Jan, 0.5 on 15-Jan (at the threshold: the run ends), 0.4 on 19-Jan: the run
    restarts on 19-Jan, so 19-Jan is not severe (0 days); 0.4 again on 26-Jan = 19-Jan + 7: severe
    on 26-Jan, counted from 19-Jan."""
    broken = [anc("2026-01-12", "0.4"), anc("2026-01-15", "0.5"), anc("2026-01-19", "0.4")]
    assert neutropenia_episodes(protocol, broken) == []
    [event] = neutropenia_episodes(protocol, [*broken, anc("2026-01-26", "0.4")])
    assert (event.on, event.values["first_drawn_on"]) == (d("2026-01-26"), "2026-01-19")


def test_of_two_draws_on_one_day_the_one_recorded_last_counts(protocol: Protocol) -> None:
    """TOX-2: on 19-Jan a draw of 0.4 and a redraw of 0.6. Recorded 0.4 then 0.6: the day reads 0.6
    (>= 0.5), no event. Recorded 0.6 then 0.4: the day reads 0.4, 7 days after 12-Jan: severe."""
    first = anc("2026-01-12", "0.4")
    assert neutropenia_episodes(protocol, [first, anc("2026-01-19", "0.4"), anc("2026-01-19", "0.6")]) == []
    [event] = neutropenia_episodes(protocol, [first, anc("2026-01-19", "0.6"), anc("2026-01-19", "0.4")])
    assert event.on == d("2026-01-19")


def test_draws_are_read_in_date_order_and_a_run_counts_once(protocol: Protocol) -> None:
    """TOX-2: the 12-Jan draw entered after the 19-Jan one still starts the run (dates, not entry
    order, make the run); a third low value on 26-Jan belongs to the same run: still one event."""
    late_entry = [anc("2026-01-19", "0.4"), anc("2026-01-12", "0.4")]
    assert [e.on for e in neutropenia_episodes(protocol, late_entry)] == [d("2026-01-19")]
    three = [anc("2026-01-12", "0.4"), anc("2026-01-19", "0.3"), anc("2026-01-26", "0.2")]
    assert [e.on for e in neutropenia_episodes(protocol, three)] == [d("2026-01-19")]


# --- TOX-3: severe neuropathy -----------------------------------------------------------------------

def test_neuropathy_of_grade_three_or_more_is_severe(protocol: Protocol) -> None:
    """TOX-3: a peripheral sensory neuropathy of grade 2 is not severe, grade 3 is; a grade 3 term
    that is not a neuropathy (fatigue) is no neuropathy."""
    events = neuropathy_events(protocol, [
        toxicity("2026-01-12", "peripheral_sensory_neuropathy", 2),
        toxicity("2026-01-13", "fatigue", 3),
        toxicity("2026-01-19", "peripheral_sensory_neuropathy", 3),
        toxicity("2026-01-20", "peripheral_motor_neuropathy", 4),
    ])
    assert [(e.code, e.on) for e in events] == [("severe_neuropathy", d("2026-01-19")),
                                                ("severe_neuropathy", d("2026-01-20"))]


# --- TOX-4: the level to decide after a severe event ------------------------------------------------

NEUTROPENIA = (anc("2026-01-12", "0.4"), anc("2026-01-19", "0.4"))  # severe on 19-Jan (see TOX-2)


def test_without_a_severe_event_nothing_is_asked(protocol: Protocol) -> None:
    """TOX-4: level 0 in force, the lowest is -2, no decision required."""
    state = level_state(protocol, chart(anc("2026-01-12", "0.4")))
    assert (state.current, state.lowest, state.decision_required, state.pending) == (0, -2, False, ())


def test_severe_neutropenia_proposes_the_next_lower_level(protocol: Protocol) -> None:
    """TOX-4: at level 0, severe neutropenia on 19-Jan proposes 0 - 1 = -1; keeping 0 is refused
    (reduction_required), -1 and the still lower -2 are accepted, +1 is re-escalation."""
    state = level_state(protocol, chart(*NEUTROPENIA))
    assert (state.current, state.proposed, state.decision_required, state.stop_required) == (0, -1, True, False)
    assert [(e.code, e.on) for e in state.pending] == [("severe_neutropenia", d("2026-01-19"))]
    with pytest.raises(RuleError) as kept:
        check_level_choice(state, 0)
    assert (kept.value.code, kept.value.values["proposed"]) == ("reduction_required", "-1")
    check_level_choice(state, -1)
    check_level_choice(state, -2)
    with pytest.raises(RuleError) as up:
        check_level_choice(state, 1)
    assert up.value.code == "no_re_escalation"


def test_a_reduction_signed_after_the_event_answers_it_and_persists(protocol: Protocol) -> None:
    """TOX-4: level -1 signed on 02-Feb (after the 19-Jan event): -1 in force, nothing pending;
    going back to 0 is refused (no re-escalation); staying at -1 is allowed."""
    state = level_state(protocol, chart(*NEUTROPENIA, level("-1", "2026-02-02")))
    assert (state.current, state.decision_required) == (-1, False)
    with pytest.raises(RuleError) as up:
        check_level_choice(state, 0)
    assert (up.value.code, up.value.values["current"]) == ("no_re_escalation", "-1")
    check_level_choice(state, -1)


def test_a_decision_signed_on_the_day_of_the_event_answers_it(protocol: Protocol) -> None:
    """TOX-4: "dated on or after the event": -1 signed on 19-Jan, the day of the event."""
    assert not level_state(protocol, chart(*NEUTROPENIA, level("-1", "2026-01-19"))).decision_required


def test_a_decision_dated_before_the_event_does_not_answer_it(protocol: Protocol) -> None:
    """TOX-4: -1 signed on 15-Jan, before the event of 19-Jan: the event is still pending and
    proposes one level below the -1 in force: -2."""
    state = level_state(protocol, chart(*NEUTROPENIA, level("-1", "2026-01-15")))
    assert (state.current, state.decision_required, state.proposed) == (-1, True, -2)
    with pytest.raises(RuleError) as kept:
        check_level_choice(state, -1)
    assert kept.value.code == "reduction_required"


def test_below_the_lowest_level_the_decision_left_is_to_stop(protocol: Protocol) -> None:
    """TOX-4: at -2 (signed 05-Jan) a grade 3 neuropathy on 12-Jan asks for -3, which the protocol
    lacks: no level is proposed, stopping is required and staying at -2 is refused."""
    state = level_state(protocol, chart(level("-2", "2026-01-05"),
                                        toxicity("2026-01-12", "peripheral_sensory_neuropathy", 3)))
    assert (state.current, state.proposed, state.stop_required) == (-2, None, True)
    with pytest.raises(RuleError) as caught:
        check_level_choice(state, -2)
    assert (caught.value.code, caught.value.values["lowest"]) == ("stop_required", "-2")


def test_a_decision_that_did_not_reduce_does_not_answer_a_later_recorded_event(protocol: Protocol) -> None:
    """TOX-4: level 0 confirmed on 20-Jan (nothing severe recorded yet), then the 12-Jan and 19-Jan
    ANC values of 0.4 are entered: severe neutropenia on 19-Jan. The 20-Jan decision is dated after
    the event but is not "at least that low" (-1): the reduction to -1 is still to decide."""
    state = level_state(protocol, chart(level("0", "2026-01-20"), *NEUTROPENIA))
    assert (state.current, state.decision_required, state.proposed) == (0, True, -1)


# --- TOX-1: adverse events, the infusion tolerance among them ------------------------------------

def given(tolerance: Tolerance | None) -> Administration:
    return Administration(subject_code="S001", drug="paclitaxel", cycle=1, day=8, status=AdministrationStatus.GIVEN,
                          on=date(2026, 1, 12), tolerance=tolerance, recorded_by=NURSE)


@pytest.mark.parametrize(("tolerance", "grade", "expected"), [
    (Tolerance.WELL_TOLERATED, None, None),
    (Tolerance.MILD_REACTION, 1, 1), (Tolerance.MILD_REACTION, 2, 2),
    (Tolerance.SEVERE_HYPERSENSITIVITY, 3, 3), (Tolerance.SEVERE_HYPERSENSITIVITY, 4, 4),
])
def test_the_reaction_grade_is_the_one_chosen(tolerance: Tolerance, grade: int | None, expected: int | None) -> None:
    """TOX-1: a mild reaction is CTCAE grade 1 or 2, a severe hypersensitivity 3 or 4, as chosen;
    a well tolerated infusion has no grade."""
    assert tolerance_grade(tolerance, grade) == expected


@pytest.mark.parametrize(("tolerance", "grade", "code"), [
    (Tolerance.WELL_TOLERATED, 1, "grade_without_reaction"),
    (Tolerance.MILD_REACTION, 3, "grade_out_of_range"),
    (Tolerance.SEVERE_HYPERSENSITIVITY, 2, "grade_out_of_range"),
])
def test_a_grade_that_contradicts_the_tolerance_is_refused(tolerance: Tolerance, grade: int, code: str) -> None:
    """TOX-1: a grade outside the chosen class names the field "grade"."""
    with pytest.raises(InputError) as caught:
        tolerance_grade(tolerance, grade)
    assert (caught.value.code, caught.value.values["field"]) == (code, "grade")


def test_the_tolerance_is_recorded_as_an_adverse_event(protocol: Protocol) -> None:
    """TOX-1: a grade 2 reaction to C1D8 (12-Jan) is the event "infusion_related_reaction", grade 2,
    onset 12-Jan, attributed to paclitaxel, written by the infusion, recorded by the same nurse; a
    well tolerated infusion writes none."""
    event = tolerance_toxicity(protocol, given(Tolerance.MILD_REACTION), 2)
    assert event is not None
    assert (event.term, event.grade, event.onset, event.drug, event.from_infusion, event.recorded_by) == (
        "infusion_related_reaction", 2, date(2026, 1, 12), "paclitaxel", True, NURSE)
    assert tolerance_toxicity(protocol, given(Tolerance.WELL_TOLERATED), None) is None


def test_an_adverse_event_needs_a_known_term_a_free_text_for_other_and_no_future_onset(protocol: Protocol) -> None:
    """TOX-1: CTCAE v5 terms of the protocol only; "other" needs at least 3 characters saying what;
    the onset is not after today (12-Jan)."""
    today = date(2026, 1, 12)
    check_toxicity(protocol, toxicity("2026-01-12", "peripheral_sensory_neuropathy", 2), today=today)
    check_toxicity(protocol, toxicity("2026-01-10", "other", 1, term_text="hiccups"), today=today)
    for bad, code, field in [
        (toxicity("2026-01-12", "neuropathy", 2), "unknown_toxicity_term", "term"),
        (toxicity("2026-01-12", "other", 1, term_text="  "), "term_text_required", "term text"),
        (toxicity((today + timedelta(days=1)).isoformat(), "fatigue", 1), "date_in_future", "onset"),
    ]:
        with pytest.raises(InputError) as caught:
            check_toxicity(protocol, bad, today=today)
        assert (caught.value.code, caught.value.values["field"]) == (code, field)
