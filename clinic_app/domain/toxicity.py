"""Adverse events and the severe ones that change treatment (rules TOX-1 to TOX-5).

- The tolerance a nurse records with an infusion is itself an adverse event: a reaction is the
  protocol's `infusion_reaction_term` at the grade chosen (TOX-1).
- Severe hypersensitivity (a grade >= `severe_grade` event of a `hypersensitivity_terms` term
  attributed to the BSA drug, or an infusion recorded with tolerance "severe hypersensitivity")
  discontinues that drug for good from its onset (TOX-5).
- Severe neutropenia: an ANC below `severe_neutropenia_10e9_per_l` and a later one still below it
  at least `severe_neutropenia_min_days` later, with none at or above it between (TOX-2).
- Severe neuropathy: a grade >= `severe_grade` event of a `neuropathy_terms` term (TOX-3).
Pure functions of the protocol and the recorded history; nothing here is inferred from absence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict

from .errors import InputError
from .protocol import Protocol
from .records import Administration, AdministrationStatus, LabResult, PatientHistory, Tolerance, Toxicity

OTHER_TERM = "other"
# The grades a tolerance class can carry (CTCAE v5 infusion related reaction: 1-2 mild, 3-4 severe).
TOLERANCE_GRADES: dict[Tolerance, tuple[int, ...]] = {
    Tolerance.MILD_REACTION: (1, 2),
    Tolerance.SEVERE_HYPERSENSITIVITY: (3, 4),
}


class SevereEvent(BaseModel):
    """A severe event that changes treatment: a stable code, the day it counts from, its values."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: str  # severe_hypersensitivity | severe_neutropenia | severe_neuropathy
    on: date
    values: dict[str, str]


def tolerance_grade(tolerance: Tolerance | None, grade: int | None) -> int | None:
    """The CTCAE grade of the reaction recorded with an infusion, or None when well tolerated.

    `grade` is what the nurse chose; without it the tolerance class gives its lowest grade (a
    mild reaction counts as grade 1, a severe one as grade 3: never less severe than recorded).
    Raises InputError (field "grade") for a grade outside the tolerance class.
    """
    if tolerance is None or tolerance is Tolerance.WELL_TOLERATED:
        if grade is not None:
            raise InputError("grade_without_reaction", {"field": "grade", "text": str(grade)})
        return None
    allowed = TOLERANCE_GRADES[tolerance]
    if grade is None:
        return allowed[0]
    if grade not in allowed:
        raise InputError("grade_out_of_range", {"field": "grade", "unit": "CTCAE grade", "minimum": str(allowed[0]),
                                                "maximum": str(allowed[-1]), "text": str(grade)})
    return grade


def tolerance_toxicity(protocol: Protocol, administration: Administration, grade: int | None) -> Toxicity | None:
    """The adverse event an infusion's tolerance records (None when well tolerated), TOX-1."""
    level = tolerance_grade(administration.tolerance, grade)
    if level is None:
        return None
    return Toxicity(subject_code=administration.subject_code, term=protocol.toxicities.infusion_reaction_term,
                    grade=level, onset=administration.on, drug=administration.drug, from_infusion=True,
                    recorded_by=administration.recorded_by)


def check_toxicity(protocol: Protocol, toxicity: Toxicity, *, today: date) -> None:
    """Refuse a toxicity whose term is unknown (free terms need `term_text`) or whose onset is in
    the future (InputError naming the field)."""
    rules = protocol.toxicities
    if rules.term(toxicity.term) is None:
        raise InputError("unknown_toxicity_term", {"field": "term", "text": toxicity.term,
                                                   "accepted": [t.key for t in rules.terms]})
    if toxicity.term == OTHER_TERM and len(toxicity.term_text.strip()) < 3:
        raise InputError("term_text_required", {"field": "term text", "unit": "characters", "minimum": "3",
                                                "maximum": "120"})
    if toxicity.onset > today:
        raise InputError("date_in_future", {"field": "onset", "unit": "date", "maximum": today.isoformat(),
                                            "text": toxicity.onset.isoformat()})


def hypersensitivity(protocol: Protocol, history: PatientHistory) -> SevereEvent | None:
    """The first severe hypersensitivity to the BSA drug (TOX-5), or None."""
    drug = protocol.bsa_drug.key
    rules = protocol.toxicities
    found: list[SevereEvent] = [
        SevereEvent(code="severe_hypersensitivity", on=t.onset,
                    values={"term": t.term, "grade": str(t.grade), "drug": drug})
        for t in history.toxicities
        if t.drug == drug and t.term in rules.hypersensitivity_terms and t.grade >= rules.severe_grade
    ]
    found += [  # an infusion recorded with this tolerance counts even without its event row
        SevereEvent(code="severe_hypersensitivity", on=a.on,
                    values={"term": rules.infusion_reaction_term, "grade": str(rules.severe_grade), "drug": drug})
        for a in history.administrations
        if a.drug == drug and a.status is AdministrationStatus.GIVEN
        and a.tolerance is Tolerance.SEVERE_HYPERSENSITIVITY
    ]
    return min(found, key=lambda e: e.on) if found else None


def neutropenia_episodes(protocol: Protocol, labs: Sequence[LabResult]) -> list[SevereEvent]:
    """Each run of ANC values below the severe threshold that lasts the minimum days (TOX-2).

    The event counts from the draw that completes the run: a value below the threshold at least
    `severe_neutropenia_min_days` after the run's first one, with none at or above it between.
    Labs are taken in date order; of two draws the same day the one recorded last counts.
    """
    rules = protocol.hold_rules
    limit, days = rules.severe_neutropenia_10e9_per_l, rules.severe_neutropenia_min_days
    by_day: dict[date, LabResult] = {}
    for lab in labs:  # recording order: the last draw of a day wins
        by_day[lab.drawn_on] = lab
    events: list[SevereEvent] = []
    run_start: LabResult | None = None
    counted = False
    for day in sorted(by_day):
        lab = by_day[day]
        if lab.anc_10e9_per_l >= limit:
            run_start, counted = None, False
            continue
        if run_start is None:
            run_start = lab
        elif not counted and (day - run_start.drawn_on).days >= days:
            counted = True
            events.append(SevereEvent(code="severe_neutropenia", on=day, values={
                "first_drawn_on": run_start.drawn_on.isoformat(), "first_anc": str(run_start.anc_10e9_per_l),
                "drawn_on": day.isoformat(), "anc": str(lab.anc_10e9_per_l), "threshold": str(limit),
                "min_days": str(days)}))
    return events


def neuropathy_events(protocol: Protocol, toxicities: Sequence[Toxicity]) -> list[SevereEvent]:
    """Every recorded neuropathy of grade >= severe_grade (TOX-3)."""
    rules = protocol.toxicities
    return [SevereEvent(code="severe_neuropathy", on=t.onset, values={"term": t.term, "grade": str(t.grade)})
            for t in toxicities if t.term in rules.neuropathy_terms and t.grade >= rules.severe_grade]
