"""The trial protocol as data: pydantic models for `resources/protocols/*.toml` and their loader.

Every site-configurable fact lives in the protocol file, never in code. The file is clinical data
(PROT-1): decimal values are written as quoted strings in the file ("80", "0.3") so that no binary
float ever touches a dose, and go through the user-input number grammar; every number has its
unit and a plausible range; nesting and size are bounded; a broken file is refused naming the
key. A key no model declares is refused, so every key of a loaded file is one the models declare
for some code to read (PROT-2).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .errors import ProtocolError

BsaFormulaName = Literal["mosteller", "dubois", "haycock", "gehan-george", "boyd"]


# The same grammar as a number typed by a person (numbers.py): ASCII digits, at most one ".", an
# optional leading "-" so that a negative value is refused by its range (naming it) rather than
# as a typo. Decimal() itself would take "８０", "1_00", "8e1", "1e309", "nan".
_PLAIN_DECIMAL = re.compile(r"-?[0-9]{1,12}(?:\.[0-9]{1,12})?")
MAX_FILE_BYTES = 256 * 1024
MAX_TEXT = 300  # characters of any name or note in the file
MAX_ITEMS = 100  # entries of any list in the file


def _strict_decimal(value: Any) -> Decimal:
    """Accept a quoted plain decimal ("80", "0.3") or an integer; refuse floats (binary rounding),
    exponents, underscores, non-ASCII digits and NaN/Infinity."""
    if isinstance(value, (bool, float)):
        raise ValueError("write decimal values as quoted strings, e.g. \"1.2\" (floats are not exact)")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("must be a finite number")
        return value
    if isinstance(value, int):
        if abs(value) > 10**12:
            raise ValueError("must be a number of at most 12 digits")
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip(" ")
        if _PLAIN_DECIMAL.fullmatch(text) is None:
            raise ValueError(f"'{value}' is not a plain decimal number (digits 0-9 with at most one \".\")")
        return Decimal(text)
    raise ValueError(f"expected a decimal number as a quoted string, got {type(value).__name__}")


Dec = Annotated[Decimal, BeforeValidator(_strict_decimal)]
Int = Annotated[int, Strict()]  # a TOML integer: no float, no bool, no numeric string
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
Key = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class DecRange(_Strict):
    """An inclusive [low, high] range of decimals."""

    low: Dec
    high: Dec

    @model_validator(mode="before")
    @classmethod
    def _from_pair(cls, data: Any) -> Any:
        if isinstance(data, (list, tuple)):
            if len(data) != 2:
                raise ValueError("expected [low, high]")
            return {"low": data[0], "high": data[1]}
        return data

    @model_validator(mode="after")
    def _ordered(self) -> DecRange:
        if self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self

    def contains(self, value: Decimal) -> bool:
        """True when low <= value <= high."""
        return self.low <= value <= self.high

    def within(self, low: str, high: str, unit: str) -> DecRange:
        """Refuse a range reaching outside the plausible [low, high] of its unit (ValueError)."""
        if self.low < Decimal(low) or self.high > Decimal(high):
            raise ValueError(f"[{self.low}, {self.high}] {unit} reaches outside the plausible {low} to {high} {unit}")
        return self


class IntRange(_Strict):
    """An inclusive [low, high] range of integers."""

    low: Annotated[int, Strict()]
    high: Annotated[int, Strict()]

    @model_validator(mode="before")
    @classmethod
    def _from_pair(cls, data: Any) -> Any:
        if isinstance(data, (list, tuple)):
            if len(data) != 2:
                raise ValueError("expected [low, high]")
            return {"low": data[0], "high": data[1]}
        return data

    @model_validator(mode="after")
    def _ordered(self) -> IntRange:
        if self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self


# Every number below carries its unit (the `description`) and the range of values that are
# plausible for it; a value outside is refused when the file is loaded, naming the key.

class ProtocolInfo(_Strict):
    id: Key | Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,59}$")]
    name: Text
    short_name: Text
    version: Annotated[str, Field(min_length=1, max_length=40)]


class CalendarRules(_Strict):
    cycle_length_days: Int = Field(ge=7, le=56, description="days")
    cycle_count: Int = Field(ge=1, le=24, description="cycles")
    screening_window: IntRange
    missed_dose_policy: Literal["omit", "shift"]
    dose_window_days: Int = Field(ge=0, le=3, description="days either side of a dose day")
    postponed_d1_after_days: Int = Field(ge=1, le=28, description="days after a cycle start is postponed")
    closed_day_policy: Literal["flag"]

    @field_validator("screening_window")
    @classmethod
    def _before_day_one(cls, value: IntRange) -> IntRange:
        if value.low < -60 or value.low > -1 or value.high > 1:
            raise ValueError("the screening window starts between study day -60 and -1 and ends by study day 1")
        return value


class BsaRules(_Strict):
    formula: BsaFormulaName
    round_places: Int = Field(ge=1, le=4, description="decimal places")
    cap_m2: Dec | None = Field(default=None, ge=Decimal("1.0"), le=Decimal("3.5"), description="m²")


class RoundingRules(_Strict):
    dose_mg_step: Dec = Field(gt=0, le=Decimal("10"), description="mg")
    volume_ml_step: Dec = Field(gt=0, le=Decimal("1"), description="mL")
    concentration_step: Dec = Field(gt=0, le=Decimal("0.1"), description="mg/mL")


class WeightRules(_Strict):
    max_age_days: Int = Field(ge=0, le=14, description="days")
    recalc_change_percent: Dec = Field(ge=Decimal("1"), le=Decimal("50"), description="%")
    slip_change_percent: Dec = Field(ge=Decimal("5"), le=Decimal("100"), description="%")


class PlausibilityRules(_Strict):
    height_cm: DecRange
    weight_kg: DecRange
    bmi: DecRange
    bsa_m2: DecRange
    age_years: IntRange

    @model_validator(mode="after")
    def _plausible(self) -> PlausibilityRules:
        self.height_cm.within("50", "250", "cm")
        self.weight_kg.within("10", "400", "kg")
        self.bmi.within("5", "100", "kg/m²")
        self.bsa_m2.within("0.3", "4", "m²")
        if self.age_years.low < 0 or self.age_years.high > 120:
            raise ValueError("age_years reaches outside 0 to 120 years")
        return self


class DoseLevel(_Strict):
    level: Int = Field(ge=-5, le=0, description="dose level")
    dose_per_m2_mg: Dec = Field(gt=0, le=Decimal("300"), description="mg/m²")


class Drug(_Strict):
    key: Key
    name: Text
    display_name: Text
    route: Literal["IV", "subcutaneously", "orally"]
    basis: Literal["bsa", "flat"]
    dose_days: list[Annotated[int, Strict(), Field(ge=1, le=56)]] = Field(min_length=1, max_length=28)
    max_administrations: Int = Field(ge=1, le=100, description="doses")
    min_interval_days: Int = Field(ge=1, le=60, description="days between two doses")
    dose_per_m2_mg: Dec | None = Field(default=None, gt=0, le=Decimal("300"), description="mg/m²")
    levels: list[DoseLevel] = Field(default_factory=list, max_length=6)
    infusion_minutes: Int | None = Field(default=None, ge=1, le=1440, description="minutes")
    not_to_be_confused_with: Text | None = None
    anchor_drug: Key | None = None
    anchor_offset_days: Int | None = Field(default=None, ge=0, le=7, description="days")
    held_anchor_policy: Literal["decision"] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Drug:
        if self.basis == "bsa":
            if self.dose_per_m2_mg is None or not self.levels:
                raise ValueError("a BSA-based drug needs dose_per_m2_mg and levels")
            top = max(self.levels, key=lambda lv: lv.level)
            if top.level != 0 or top.dose_per_m2_mg != self.dose_per_m2_mg:
                raise ValueError("level 0 must exist and equal dose_per_m2_mg")
            if any(lv.dose_per_m2_mg > self.dose_per_m2_mg for lv in self.levels):
                raise ValueError("no level may exceed level 0")
            if len({lv.level for lv in self.levels}) != len(self.levels):
                raise ValueError("each dose level once")
        if (self.anchor_drug is None) != (self.anchor_offset_days is None):
            raise ValueError("anchor_drug and anchor_offset_days go together")
        return self

    def level_dose(self, level: int) -> Decimal:
        """mg/m² for a dose level; raises ProtocolError for a level the protocol lacks."""
        for lv in self.levels:
            if lv.level == level:
                return lv.dose_per_m2_mg
        raise ProtocolError(
            "unknown_dose_level",
            {"key": f"drugs.{self.key}.levels", "problem": f"no dose level {level}",
             "levels": [lv.level for lv in self.levels]},
        )


class FlatProduct(_Strict):
    vial_strength_mcg: Int = Field(ge=0, le=1_000_000, description="mcg (0: not set)")
    vial_volume_ml: Dec = Field(ge=0, le=Decimal("100"), description="mL (0: not set)")
    injection_volume_note: Text


class Cohort(_Strict):
    letter: str = Field(pattern=r"^[A-Z]$")
    flat_doses_mcg: dict[Key, Annotated[int, Strict(), Field(ge=1, le=100_000)]]
    min_patients: Int = Field(ge=1, le=100, description="patients")


class CohortGate(_Strict):
    first_open: str = Field(pattern=r"^[A-Z]$")
    order: list[Annotated[str, Field(pattern=r"^[A-Z]$")]] = Field(min_length=1, max_length=26)
    patients_completing_visit: Int = Field(ge=1, le=100, description="patients")
    visit: Key
    decision: Literal["cohort_safety_satisfactory"]


class Premedication(_Strict):
    drug: Key
    dose_mg: Dec = Field(gt=0, le=Decimal("100"), description="mg")
    route: Literal["IV", "orally"]
    timing: Text
    always_in_cycles: list[Annotated[int, Strict(), Field(ge=1, le=24)]] = Field(max_length=24)
    after_first_cycles: Literal["omit_if_tolerated_else_decision"]


class Visit(_Strict):
    key: Key
    name: Text
    nominal_study_day: Int = Field(ge=1, le=730, description="study day")
    anchor: Key
    anchor_index: Int = Field(ge=1, le=100, description="dose number")
    anchor_offset_days: Int = Field(ge=0, le=60, description="days")
    window_days: Int = Field(ge=0, le=14, description="days either side")
    procedures: list[Text] = Field(max_length=MAX_ITEMS)


class HoldRules(_Strict):
    anc_min_10e9_per_l: Dec = Field(ge=Decimal("0.5"), le=Decimal("5"), description="× 10⁹/L")
    platelets_min_10e9_per_l: Dec = Field(ge=Decimal("25"), le=Decimal("500"), description="× 10⁹/L")
    labs_max_age_days: Int = Field(ge=0, le=14, description="days")
    severe_neutropenia_10e9_per_l: Dec = Field(gt=0, le=Decimal("2"), description="× 10⁹/L")
    severe_neutropenia_min_days: Int = Field(ge=1, le=28, description="days")
    reduce_levels_on_severe_toxicity: Int = Field(ge=1, le=3, description="dose levels")


class ToxicityTerm(_Strict):
    key: Key
    name: Text


class ToxicityRules(_Strict):
    """CTCAE v5 terms offered when an adverse event is recorded, and which of them drive a rule."""

    ctcae_version: Literal["5.0"]
    severe_grade: Int = Field(ge=2, le=5, description="CTCAE grade")
    terms: list[ToxicityTerm] = Field(min_length=1, max_length=MAX_ITEMS)
    hypersensitivity_terms: list[Key] = Field(min_length=1, max_length=10)
    neuropathy_terms: list[Key] = Field(min_length=1, max_length=10)
    infusion_reaction_term: Key

    @model_validator(mode="after")
    def _known_terms(self) -> ToxicityRules:
        keys = {t.key for t in self.terms}
        for key in [*self.hypersensitivity_terms, *self.neuropathy_terms, self.infusion_reaction_term]:
            if key not in keys:
                raise ValueError(f"term '{key}' is not one of terms")
        return self

    def term(self, key: str) -> ToxicityTerm | None:
        """The term with this key, or None (a free term)."""
        return next((t for t in self.terms if t.key == key), None)


class LabRanges(_Strict):
    anc_10e9_per_l: DecRange
    platelets_10e9_per_l: DecRange

    @model_validator(mode="after")
    def _plausible(self) -> LabRanges:
        self.anc_10e9_per_l.within("0", "100", "× 10⁹/L")
        self.platelets_10e9_per_l.within("0", "5000", "× 10⁹/L")
        return self


class Vial(_Strict):
    strength_mg: Dec = Field(gt=0, le=Decimal("10000"), description="mg")
    volume_ml: Dec = Field(gt=0, le=Decimal("1000"), description="mL")
    multi_dose: bool = False  # label: the 300 mg/50 mL vial is multi-dose; its remainder may be kept


class Preparation(_Strict):
    concentrate_mg_per_ml: Dec = Field(gt=0, le=Decimal("100"), description="mg/mL")
    vials: list[Vial] = Field(min_length=1, max_length=10)
    diluents: list[Text] = Field(min_length=1, max_length=10)
    bag_volumes_ml: list[Annotated[int, Strict(), Field(ge=10, le=2000)]] = Field(min_length=1, max_length=10)
    preferred_bag_ml: Int
    final_concentration_mg_per_ml: DecRange
    container: Text
    administration_set: Text
    filter: Text
    stability_hours: Int = Field(ge=1, le=168, description="hours")
    stability_note: Text

    # A field validator (not a model one) so the error names preparation.preferred_bag_ml itself.
    @field_validator("preferred_bag_ml")
    @classmethod
    def _preferred_listed(cls, value: int, info: ValidationInfo) -> int:
        if value not in info.data.get("bag_volumes_ml", [value]):
            raise ValueError("must be one of bag_volumes_ml")
        return value

    @field_validator("final_concentration_mg_per_ml")
    @classmethod
    def _plausible_concentration(cls, value: DecRange) -> DecRange:
        if value.low <= 0:
            raise ValueError("the lowest final concentration must be above 0 mg/mL")
        return value.within("0", "10", "mg/mL")


class Protocol(_Strict):
    """A whole trial protocol. `sha256` and `source` are filled in by the loader."""

    protocol: ProtocolInfo
    calendar: CalendarRules
    bsa: BsaRules
    rounding: RoundingRules
    weight: WeightRules
    plausibility: PlausibilityRules
    drugs: list[Drug] = Field(min_length=1, max_length=10)
    imp321_product: FlatProduct
    cohorts: list[Cohort] = Field(min_length=1, max_length=26)
    cohort_gate: CohortGate
    premedication: Premedication
    visits: list[Visit] = Field(max_length=20)
    hold_rules: HoldRules
    toxicities: ToxicityRules
    lab_ranges: LabRanges
    preparation: Preparation
    sha256: str = ""
    source: str = ""

    @model_validator(mode="after")
    def _cross_references(self) -> Protocol:
        keys = {d.key for d in self.drugs}
        if len(keys) != len(self.drugs):
            raise ValueError("drugs: duplicate key")
        letters = [c.letter for c in self.cohorts]
        if len(set(letters)) != len(letters):
            raise ValueError("cohorts: duplicate letter")
        for drug in self.drugs:
            if drug.anchor_drug is not None:
                if drug.anchor_drug not in keys:
                    raise ValueError(f"drugs.{drug.key}.anchor_drug: no drug '{drug.anchor_drug}'")
                anchor = self.drug(drug.anchor_drug)
                offset = drug.anchor_offset_days or 0
                for day in drug.dose_days:
                    if day - offset not in anchor.dose_days:
                        raise ValueError(
                            f"drugs.{drug.key}.dose_days: day {day} has no paired {anchor.key} day {day - offset}"
                        )
            for day in drug.dose_days:
                if not 1 <= day <= self.calendar.cycle_length_days:
                    raise ValueError(f"drugs.{drug.key}.dose_days: day {day} is outside the cycle")
            shortest = shortest_gap_days(drug.dose_days, self.calendar.cycle_length_days)
            if drug.min_interval_days > shortest - self.calendar.dose_window_days:
                raise ValueError(
                    f"drugs.{drug.key}.min_interval_days: {drug.min_interval_days} days would refuse doses given "
                    f"within their window (doses {shortest} days apart, window {self.calendar.dose_window_days} "
                    f"days): at most {shortest - self.calendar.dose_window_days}")
            if drug.basis == "flat":
                for cohort in self.cohorts:
                    if drug.key not in cohort.flat_doses_mcg:
                        raise ValueError(f"cohorts.{cohort.letter}.flat_doses_mcg: no dose for '{drug.key}'")
        if set(self.cohort_gate.order) != set(letters):
            raise ValueError("cohort_gate.order must list every cohort letter once")
        if self.cohort_gate.first_open != self.cohort_gate.order[0]:
            raise ValueError("cohort_gate.first_open must be the first of cohort_gate.order")
        visit_keys = {v.key for v in self.visits}
        if self.cohort_gate.visit not in visit_keys:
            raise ValueError(f"cohort_gate.visit: no visit '{self.cohort_gate.visit}'")
        for visit in self.visits:
            if visit.anchor not in keys:
                raise ValueError(f"visits.{visit.key}.anchor: no drug '{visit.anchor}'")
        return self

    # --- look-ups -------------------------------------------------------------------------
    def drug(self, key: str) -> Drug:
        """The drug with this key; raises ProtocolError when absent."""
        for drug in self.drugs:
            if drug.key == key:
                return drug
        raise ProtocolError("unknown_drug", {"file": self.source, "key": "drugs", "problem": f"no drug '{key}'"})

    @property
    def bsa_drug(self) -> Drug:
        """The (first) BSA-dosed drug: paclitaxel in this trial."""
        return next(d for d in self.drugs if d.basis == "bsa")

    @property
    def flat_drugs(self) -> list[Drug]:
        """Drugs dosed flat by cohort (IMP321 in this trial)."""
        return [d for d in self.drugs if d.basis == "flat"]

    def cohort(self, letter: str) -> Cohort:
        """The cohort with this letter; raises ProtocolError when absent."""
        for cohort in self.cohorts:
            if cohort.letter == letter:
                return cohort
        raise ProtocolError(
            "unknown_cohort",
            {"file": self.source, "key": "cohorts", "problem": f"no cohort '{letter}'",
             "cohorts": [c.letter for c in self.cohorts]},
        )

    def visit(self, key: str) -> Visit:
        """The visit with this key; raises ProtocolError when absent."""
        for visit in self.visits:
            if visit.key == key:
                return visit
        raise ProtocolError("unknown_visit", {"file": self.source, "key": "visits", "problem": f"no visit '{key}'"})

    @property
    def short_sha(self) -> str:
        """First 12 hex digits of the file's SHA-256, as printed on sheets."""
        return self.sha256[:12]


def shortest_gap_days(dose_days: list[int], cycle_length_days: int) -> int:
    """The fewest days between two planned doses of a drug, across the end of a cycle too."""
    days = sorted(set(dose_days))
    gaps = [later - earlier for earlier, later in zip(days, days[1:])]
    gaps.append(cycle_length_days - days[-1] + days[0])
    return min(gaps)


def _key_of(loc: tuple[int | str, ...], data: dict[str, Any]) -> str:
    """Turn a pydantic error location into a dotted TOML key, naming list items by their key."""
    parts: list[str] = []
    node: Any = data
    for item in loc:
        if isinstance(item, int) and isinstance(node, list) and 0 <= item < len(node):
            node = node[item]
            label = node.get("key") or node.get("letter") if isinstance(node, dict) else None
            parts.append(f"[{label}]" if label else f"[{item}]")
            continue
        if isinstance(node, dict):
            node = node.get(item) if isinstance(item, str) else None
        else:
            node = None
        parts.append(str(item))
    return ".".join(parts).replace(".[", "[")


def parse_protocol(raw: bytes, source: str = "<memory>") -> Protocol:
    """Parse and validate protocol TOML bytes.

    Raises ProtocolError whose values name the file, the dotted key and the problem.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise ProtocolError("protocol_too_large", {"file": source, "key": "(file)",
                                                   "problem": f"{len(raw)} bytes; at most {MAX_FILE_BYTES}"})
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ProtocolError("not_utf8", {"file": source, "key": "(file)",
                                         "problem": f"not UTF-8 text: {exc}"}) from None
    except tomllib.TOMLDecodeError as exc:
        raise ProtocolError("toml_syntax", {"file": source, "key": "(syntax)", "problem": str(exc)}) from None
    except RecursionError:
        raise ProtocolError("toml_too_deep", {"file": source, "key": "(syntax)",
                                              "problem": "values nested too deeply"}) from None
    for reserved in ("sha256", "source"):
        if reserved in data:
            raise ProtocolError("reserved_key", {"file": source, "key": reserved,
                                                 "problem": "set by the loader, not the file"})
    try:
        return Protocol.model_validate(
            {**data, "sha256": hashlib.sha256(raw).hexdigest(), "source": source}
        )
    except RecursionError:
        raise ProtocolError("toml_too_deep", {"file": source, "key": "(file)",
                                              "problem": "values nested too deeply"}) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        key = _key_of(tuple(first["loc"]), data) or "(top level)"
        problem = first["msg"]
        if first["type"] == "missing":
            problem = "required key is missing"
        elif first["type"] == "extra_forbidden":
            problem = "unknown key (misspelt?)"
        raise ProtocolError(
            "invalid_protocol",
            {"file": source, "key": key, "problem": problem, "error_count": exc.error_count()},
        ) from None


def load_protocol(path: Path) -> Protocol:
    """Load and validate a protocol file; raises ProtocolError naming the file, key and problem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProtocolError("unreadable", {"file": str(path), "key": "(file)",
                                           "problem": exc.strerror or str(exc)}) from None
    return parse_protocol(raw, str(path))
