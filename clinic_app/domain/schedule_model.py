"""What the planner produces: one `ScheduleItem` per dose, premedication or visit, and the
`Schedule` that holds them.

Every item carries a `Rule` (a stable code and the values behind it) saying why it has its date and
status, so a face can explain it ("anchored on actual C2D1 2026-02-09 + 7 days").
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from .records import Administration, Decision, VisitCompletion

SCREENING = "screening"

# Dates first: a value read back from JSON (a kept due state) is a date again, not its ISO text.
RuleValue = Annotated[date | int | str, Field(union_mode="left_to_right")]

# Plain English wording of the planner's rule codes (a fallback: faces may translate the codes).
RULE_TEXT: dict[str, str] = {
    "c1d1_planned": "C1D1 planned on {planned_date}",
    "anchored": "anchored on {basis} {anchor} {anchor_date} + {offset_days} days",
    "waits_for_anchor": "waits for {anchor} ({basis} {anchor_date}) to be given; then + {offset_days} days",
    "given": "given on {on} (planned {planned_date})",
    "completed": "completed on {on} (planned {planned_date})",
    "d1_held_postponed": "held on {held_on}: postponed, not omitted; later doses wait for it "
                         "(projected from {projected_date})",
    "d1_omitted": "omitted on {omitted_on}; the cycle runs from its planned D1",
    "held_omitted": "held on {held_on}: omitted, not made up (missed dose policy {policy})",
    "held_not_made_up": "held on {held_on}: not made up, {later_dose} was given on {later_on}",
    "held_shifted": "held on {held_on}: shifted {shift_days} days (missed dose policy shift)",
    "anchored_dose_not_given": "recorded {status} on {on}: not made up",
    "paired_dose_not_given": "paired {anchor} was not given: investigator decision required (give or skip)",
    "investigator_give": "paired {anchor} was not given: investigator decided give on the planned day",
    "investigator_skip": "paired {anchor} was not given: investigator decided skip",
    "decision_choice_unknown": "investigator decision '{choice}' is not give or skip: decision required",
    "premedication_always": "premedication before every infusion of cycle(s) {cycles}",
    "premedication_omitted_tolerated": "omitted: all {infusions} infusions of cycle(s) {cycles} "
                                       "recorded well tolerated",
    "premedication_pending_tolerance": "depends on the tolerance of the cycle {cycles} infusions "
                                       "(not all recorded yet)",
    "premedication_decision_required": "{infusion}: {finding}: investigator decision required "
                                       "(continue or omit)",
    "investigator_continue": "investigator decided to continue premedication",
    "investigator_omit": "investigator decided to omit premedication",
    "premedication_with_recorded_infusion": "given with the infusion recorded on {on} (no separate record)",
    "no_infusion": "no infusion on this slot ({infusion_status}): no premedication",
    "visit_anchored": "{basis} {anchor} {anchor_date} + {offset_days} days (nominal day "
                      "{nominal_study_day}, {nominal_date})",
    "screening_window": "study days {first_day} to {last_day} before C1D1",
    "missed": "missed: its window closed on {window_end} with nothing recorded; record what happened",
    "d1_postponed": "held on {held_on}: the cycle is postponed to {planned_date} (planned {nominal_date})",
    "discontinued": "discontinued since {on} ({reason})",
    "treatment_ended": "treatment ended on {on}",
    "continued_alone": "paired {anchor} discontinued: investigator decided to continue alone",
    "after_discontinuation_required": "paired {anchor} discontinued: investigator decision required "
                                      "(continue alone or end treatment)",
}


class ItemStatus(StrEnum):
    """Where an item stands on the planning day."""

    PLANNED = "planned"                      # before its window
    DUE = "due"                              # today is within its window
    OVERDUE = "overdue"                      # a visit whose window has ended and that was not done
    MISSED = "missed"                        # a dose whose window closed unrecorded: never given now (MISS-1)
    DONE = "done"                            # recorded as given / completed
    OMITTED = "omitted"                      # will not happen (held under the omit policy, skipped)
    DECISION_REQUIRED = "decision_required"  # waits for an investigator's decision
    DISCONTINUED = "discontinued"            # its drug was stopped for good (TOX-5, DISCONTINUE_DRUG)
    ENDED = "ended"                          # treatment ended by the investigator's decision
    NOT_APPLICABLE = "not_applicable"        # e.g. premedication of an infusion that was not given


class ItemCategory(StrEnum):
    """What sort of thing an item is (the `kind` says which one)."""

    SCREENING = "screening"
    DOSE = "dose"
    PREMEDICATION = "premedication"
    VISIT = "visit"


class Rule(BaseModel):
    """Why an item has its date and status: a stable code plus the values it was computed from."""

    # Strict: built from typed values only (no coercion), which also validates three times faster.
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, defer_build=True)

    code: str
    values: dict[str, RuleValue] = {}

    def describe(self) -> str:
        """A plain English fallback; faces may word the code themselves."""
        shown = {key: value.isoformat() if isinstance(value, date) else str(value)
                 for key, value in self.values.items()}
        template = RULE_TEXT.get(self.code)
        if template is not None:
            try:
                return template.format(**shown)
            except KeyError:
                pass  # a value the template needs is absent: fall back to the generic wording
        if not shown:
            return self.code.replace("_", " ")
        listed = ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in shown.items())
        return f"{self.code.replace('_', ' ')}: {listed}"


class Window(BaseModel):
    """An inclusive date window [start, end]."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, defer_build=True)

    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> Window:
        if self.start > self.end:
            raise ValueError(f"window start {self.start} is after its end {self.end}")
        return self

    def contains(self, day: date) -> bool:
        """True when start <= day <= end."""
        return self.start <= day <= self.end


class ScheduleItem(BaseModel):
    """One planned or recorded event of a patient's treatment calendar.

    `planned_date` is the date the item is for: the actual date once done, otherwise the planned
    one. `nominal_date` is the unshifted protocol date of a visit. `uid` is stable across
    re-planning (e.g. "paclitaxel-C2D8") and names the item in calendars and tests.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, defer_build=True)

    uid: str
    kind: str
    category: ItemCategory
    drug: str | None = None
    cycle: int | None = None
    day: int | None = None
    dose_number: int | None = None  # 1-based position of this dose among the drug's slots
    study_day: int
    study_week: int
    planned_date: date
    nominal_date: date | None = None
    window: Window
    status: ItemStatus
    rule: Rule
    closed_day: bool = False
    administration: Administration | None = None
    decision: Decision | None = None
    completion: VisitCompletion | None = None

    @property
    def slot(self) -> str:
        """"C2D8" for a cycle day, "" for items outside the cycles."""
        return f"C{self.cycle}D{self.day}" if self.cycle is not None and self.day is not None else ""


class Schedule(BaseModel):
    """A patient's whole treatment calendar, planned on `today` from what was recorded."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    protocol_id: str
    protocol_version: str
    subject_code: str
    today: date
    c1d1: date
    c1d1_given: bool
    items: tuple[ScheduleItem, ...]

    _by_uid: dict[str, ScheduleItem] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        """Index the items by uid once (a schedule is looked up item by item by every face)."""
        self._by_uid.update((item.uid, item) for item in self.items)

    def item(self, uid: str) -> ScheduleItem:
        """The item with this uid; raises KeyError when the plan has none."""
        return self._by_uid[uid]

    def of_kind(self, kind: str) -> tuple[ScheduleItem, ...]:
        """Every item of one kind (a drug key, the premedication drug, a visit key, "screening")."""
        return tuple(item for item in self.items if item.kind == kind)
