"""The offline dose calculation use case, shared by the window and the `dose` command.

Text typed by a person goes in; a `DoseReport` comes out: the parsed measurements, the BSA dose
with every arithmetic step, the preparation plan, the flat doses of the cohort and the
plausibility warnings a person must acknowledge. No database, no clock.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from clinic_app.domain.dosing import FlatDose, PaclitaxelDose, calculate_paclitaxel, flat_dose
from clinic_app.domain.formatting import plain_notation
from clinic_app.domain.numbers import parse_height_cm, parse_weight_kg
from clinic_app.domain.plausibility import PlausibilityWarning, check_body
from clinic_app.domain.preparation import PreparationPlan, plan_preparation
from clinic_app.domain.protocol import Protocol


class DoseReport(BaseModel):
    """Everything one calculation produced, for display, printing and JSON."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    protocol_id: str
    protocol_version: str
    protocol_sha256: str
    dose: PaclitaxelDose
    preparation: PreparationPlan
    flat_doses: list[FlatDose]
    warnings: list[PlausibilityWarning]

    def to_json_dict(self) -> dict[str, Any]:
        """The `dose --json` document: decimal values as strings, keys named by the protocol's drugs."""
        dose, prep = self.dose, self.preparation
        result: dict[str, Any] = {
            "protocol": {"id": self.protocol_id, "version": self.protocol_version, "sha256": self.protocol_sha256},
            "input": {"height_cm": str(dose.height_cm), "weight_kg": str(dose.weight_kg)},
            "bsa": {
                "formula": dose.formula, "exact_m2": str(dose.bsa_exact_m2), "rounded_m2": str(dose.bsa_rounded_m2),
                "m2": str(dose.bsa_m2), "capped": dose.capped,
                "cap_m2": None if dose.cap_m2 is None else str(dose.cap_m2),
            },
            dose.drug: {
                "display_name": dose.display_name,
                "level": dose.level,
                "dose_per_m2_mg": str(dose.dose_per_m2_mg),
                "exact_mg": str(dose.exact_mg),
                "dose_mg": str(dose.dose_mg),
                "volume_ml": str(prep.volume_ml),
                "vials": [{"strength_mg": str(v.strength_mg), "volume_ml": str(v.volume_ml), "count": v.count,
                           "multi_dose": v.multi_dose} for v in prep.vial_plan.vials],
                "vial_waste_mg": str(prep.vial_plan.waste_mg),
                "bag_ml": prep.bag_ml,
                "final_concentration_mg_per_ml": (None if prep.final_concentration_mg_per_ml is None
                                                  else str(prep.final_concentration_mg_per_ml)),
                "flags": list(prep.flags),
            },
            "warnings": [{"code": w.code, "needs": w.needs, "values": dict(w.values)} for w in self.warnings],
            "calculation": [{"code": s.code, "expression": s.expression, "result": str(s.result), "unit": s.unit}
                            for s in [*dose.steps, *prep.steps]],
        }
        for flat in self.flat_doses:
            result[flat.drug] = {
                "display_name": flat.display_name, "cohort": flat.cohort, "dose_mcg": flat.mcg,
                "dose_mg": plain_notation(flat.mg),
                "route": flat.route, "basis": flat.basis,
            }
        return result


def dose_report(protocol: Protocol, height_text: str, weight_text: str, *, formula: str | None = None,
                level: int = 0, cohort: str | None = None, prepared_at: datetime | None = None) -> DoseReport:
    """Parse height (cm) and weight (kg) strictly, calculate the BSA dose, plan its preparation,
    add the cohort's flat doses and the plausibility warnings.

    Raises InputError for rejected text, an unknown formula, level or cohort; RuleError for a zero dose.
    """
    height_cm = parse_height_cm(protocol, height_text)
    weight_kg = parse_weight_kg(protocol, weight_text)
    dose = calculate_paclitaxel(protocol, height_cm, weight_kg, level=level, formula=formula)
    flats = [] if cohort is None else [flat_dose(protocol, drug.key, cohort) for drug in protocol.flat_drugs]
    return DoseReport(
        protocol_id=protocol.protocol.id, protocol_version=protocol.protocol.version,
        protocol_sha256=protocol.sha256, dose=dose,
        preparation=plan_preparation(protocol, dose.dose_mg, prepared_at=prepared_at),
        flat_doses=flats, warnings=check_body(protocol, height_cm, weight_kg, dose.bsa_m2),
    )
