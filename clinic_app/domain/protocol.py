"""The trial protocol as data: pydantic models for `resources/protocols/*.toml` and their loader.

Every site-configurable fact lives in the protocol file, never in code. Decimal values are
written as quoted strings in the file ("80", "0.3") so that no binary float ever touches a dose;
an unquoted float is refused with the key named.
"""

from __future__ import annotations

import hashlib
import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .errors import ProtocolError

BsaFormulaName = Literal["mosteller", "dubois", "haycock", "gehan-george", "boyd"]


def _strict_decimal(value: Any) -> Decimal:
    """Accept a quoted decimal string or an integer; refuse floats (binary rounding) and NaN/Inf."""
    if isinstance(value, (bool, float)):
        raise ValueError("write decimal values as quoted strings, e.g. \"1.2\" (floats are not exact)")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"'{value}' is not a decimal number") from None
    else:
        raise ValueError(f"expected a decimal number as a quoted string, got {type(value).__name__}")
    if not result.is_finite():
        raise ValueError("must be a finite number")
    return result


Dec = Annotated[Decimal, BeforeValidator(_strict_decimal)]
# Steps, strengths, concentrations and doses are divided by or multiplied into a dose: zero or
# negative there is a broken file, refused at load time rather than as a division by zero later.
PosDec = Annotated[Decimal, BeforeValidator(_strict_decimal), Field(gt=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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


class IntRange(_Strict):
    """An inclusive [low, high] range of integers."""

    low: int
    high: int

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


class ProtocolInfo(_Strict):
    id: str
    name: str
    short_name: str
    version: str


class CalendarRules(_Strict):
    cycle_length_days: int = Field(gt=0, le=365)
    cycle_count: int = Field(gt=0, le=100)
    screening_window: IntRange
    missed_dose_policy: Literal["omit", "shift"]
    dose_window_days: int = Field(ge=0, le=14)
    closed_day_policy: Literal["flag"]


class BsaRules(_Strict):
    formula: BsaFormulaName
    round_places: int = Field(ge=1, le=4)
    cap_m2: PosDec | None = None


class RoundingRules(_Strict):
    dose_mg_step: PosDec
    volume_ml_step: PosDec
    concentration_step: PosDec


class WeightRules(_Strict):
    max_age_days: int = Field(ge=0, le=60)
    recalc_change_percent: PosDec
    slip_change_percent: PosDec


class PlausibilityRules(_Strict):
    height_cm: DecRange
    weight_kg: DecRange
    bmi: DecRange
    bsa_m2: DecRange
    age_years: IntRange


class DoseLevel(_Strict):
    level: int = Field(le=0)
    dose_per_m2_mg: PosDec


class Drug(_Strict):
    key: str
    name: str
    display_name: str
    route: Literal["IV", "subcutaneously", "orally"]
    basis: Literal["bsa", "flat"]
    dose_days: list[int] = Field(min_length=1)
    max_administrations: int = Field(gt=0)
    dose_per_m2_mg: PosDec | None = None
    levels: list[DoseLevel] = Field(default_factory=list)
    infusion_minutes: int | None = None
    not_to_be_confused_with: str | None = None
    anchor_drug: str | None = None
    anchor_offset_days: int | None = None
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
    vial_strength_mcg: int = Field(ge=0)
    vial_volume_ml: Dec
    injection_volume_note: str


class Cohort(_Strict):
    letter: str = Field(pattern=r"^[A-Z]$")
    flat_doses_mcg: dict[str, int]
    min_patients: int = Field(gt=0)

    @model_validator(mode="after")
    def _positive(self) -> Cohort:
        for drug, mcg in self.flat_doses_mcg.items():
            if mcg <= 0:
                raise ValueError(f"flat dose of {drug} must be above 0 mcg")
        return self


class CohortGate(_Strict):
    first_open: str
    order: list[str] = Field(min_length=1)
    patients_completing_visit: int = Field(gt=0)
    visit: str
    decision: str


class Premedication(_Strict):
    drug: str
    dose_mg: Dec
    route: Literal["IV", "orally"]
    timing: str
    always_in_cycles: list[int]
    after_first_cycles: Literal["omit_if_tolerated_else_decision"]


class Visit(_Strict):
    key: str
    name: str
    nominal_study_day: int
    anchor: str
    anchor_index: int = Field(gt=0)
    anchor_offset_days: int
    window_days: int = Field(ge=0)
    procedures: list[str]


class HoldRules(_Strict):
    anc_min_10e9_per_l: Dec
    platelets_min_10e9_per_l: Dec
    labs_max_age_days: int = Field(ge=0)
    severe_neutropenia_10e9_per_l: Dec
    severe_neutropenia_min_days: int = Field(gt=0)
    reduce_levels_on_severe_toxicity: int = Field(ge=1)


class LabRanges(_Strict):
    anc_10e9_per_l: DecRange
    platelets_10e9_per_l: DecRange


class Vial(_Strict):
    strength_mg: PosDec
    volume_ml: PosDec
    multi_dose: bool = False  # label: the 300 mg/50 mL vial is multi-dose; its remainder may be kept


class Preparation(_Strict):
    concentrate_mg_per_ml: PosDec
    vials: list[Vial] = Field(min_length=1)
    diluents: list[str] = Field(min_length=1)
    bag_volumes_ml: list[Annotated[int, Field(gt=0)]] = Field(min_length=1)
    preferred_bag_ml: int
    final_concentration_mg_per_ml: DecRange
    container: str
    administration_set: str
    filter: str
    stability_hours: int = Field(gt=0)
    stability_note: str

    # A field validator (not a model one) so the error names preparation.preferred_bag_ml itself.
    @field_validator("preferred_bag_ml")
    @classmethod
    def _preferred_listed(cls, value: int, info: ValidationInfo) -> int:
        if value not in info.data.get("bag_volumes_ml", [value]):
            raise ValueError("must be one of bag_volumes_ml")
        return value


class Protocol(_Strict):
    """A whole trial protocol. `sha256` and `source` are filled in by the loader."""

    protocol: ProtocolInfo
    calendar: CalendarRules
    bsa: BsaRules
    rounding: RoundingRules
    weight: WeightRules
    plausibility: PlausibilityRules
    drugs: list[Drug] = Field(min_length=1)
    imp321_product: FlatProduct
    cohorts: list[Cohort] = Field(min_length=1)
    cohort_gate: CohortGate
    premedication: Premedication
    visits: list[Visit]
    hold_rules: HoldRules
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
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ProtocolError("not_utf8", {"file": source, "key": "(file)",
                                         "problem": f"not UTF-8 text: {exc}"}) from None
    except tomllib.TOMLDecodeError as exc:
        raise ProtocolError("toml_syntax", {"file": source, "key": "(syntax)", "problem": str(exc)}) from None
    for reserved in ("sha256", "source"):
        if reserved in data:
            raise ProtocolError("reserved_key", {"file": source, "key": reserved,
                                                 "problem": "set by the loader, not the file"})
    try:
        return Protocol.model_validate(
            {**data, "sha256": hashlib.sha256(raw).hexdigest(), "source": source}
        )
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
