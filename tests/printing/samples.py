"""Inputs for the printing tests, built with the domain's own calculators (printing recomputes
nothing, so the expected values in the tests are the fields of these inputs)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from clinic_app.domain.dosing import calculate_paclitaxel, flat_dose
from clinic_app.domain.preparation import plan_preparation
from clinic_app.domain.protocol import Protocol
from clinic_app.printing.context import PatientIdentifiers, PrintContext, SignatureBlock
from clinic_app.printing.dosing_input import (
    CheckerRules,
    DosingSheetInput,
    LevelDecision,
    NextFlatDose,
    Premedication,
    ProtocolStamp,
)

CET = timezone(timedelta(hours=1), "CET")
PRINTED_AT = datetime(2026, 1, 5, 7, 45, tzinfo=CET)


def context(serial: str = "DS-2026-000123", *, demo: bool = False, page_size: str = "A4",
            deterministic: bool = True) -> PrintContext:
    return PrintContext(app_version="0.1.0", printed_at=PRINTED_AT, printed_by="P. Harmacist (pharmacist)",
                        serial=serial, page_size=page_size, demo=demo, deterministic=deterministic)


def patient(code: str = "IMP-A-001", *, name: str | None = "Anna Example") -> PatientIdentifiers:
    return PatientIdentifiers(subject_code=code, date_of_birth=date(1961, 3, 14), initials="AE",
                              full_name=name, hospital_number="H0042317" if name else None)


def dosing_input(protocol: Protocol, *, height: str = "170", weight: str = "70", level: int = 0,
                 cohort: str = "B", cycle: int = 1, day: int = 1, verified: bool = False,
                 formula: str | None = None, prepared: bool = True, serial: str = "DS-2026-000123",
                 demo: bool = False, page_size: str = "A4", record_id: str = "DR-000123") -> DosingSheetInput:
    dose = calculate_paclitaxel(protocol, Decimal(height), Decimal(weight), level=level, formula=formula)
    prepared_at = datetime(2026, 1, 5, 9, 10, tzinfo=CET) if prepared else None
    prep = plan_preparation(protocol, dose.dose_mg, prepared_at=prepared_at)
    dose_date = date(2026, 1, 5) + timedelta(days=28 * (cycle - 1) + day - 1)
    premed = protocol.premedication
    flat_days = {d - (protocol.drug("imp321").anchor_offset_days or 0): d for d in protocol.drug("imp321").dose_days}
    next_flat = ()
    if day in flat_days:
        next_flat = (NextFlatDose(dose=flat_dose(protocol, "imp321", cohort), on=dose_date + timedelta(days=1),
                                  cycle=cycle, day=flat_days[day]),)
    return DosingSheetInput(
        ctx=context(serial, demo=demo, page_size=page_size),
        patient=patient(),
        protocol=ProtocolStamp(name=protocol.protocol.name, version=protocol.protocol.version,
                               sha256=protocol.sha256),
        cohort=cohort, cycle=cycle, day=day, dose_date=dose_date, study_day=28 * (cycle - 1) + day,
        height_measured_on=date(2025, 12, 20), weight_measured_on=dose_date - timedelta(days=2),
        dose=dose, preparation=prep, rules=CheckerRules.from_protocol(protocol),
        level_decision=None if level == 0 else LevelDecision(
            reason="grade 3 neuropathy", decided_by="Dr I. Nvestigator",
            decided_at=datetime(2026, 1, 2, 16, 5, tzinfo=CET)),
        not_to_be_confused_with=protocol.bsa_drug.not_to_be_confused_with,
        premedication=Premedication(drug=premed.drug, dose_mg=premed.dose_mg, route=premed.route,
                                    timing=premed.timing, status="give",
                                    basis="cycle 1: given before every infusion"),
        next_flat_doses=next_flat,
        prepared=SignatureBlock(meaning="Prepared", printed_name="P. Harmacist", role="pharmacist",
                           signed_at=datetime(2026, 1, 5, 9, 12, tzinfo=CET)),
        verified_by=(SignatureBlock(meaning="Verified", printed_name="V. Erifier", role="pharmacist",
                               signed_at=datetime(2026, 1, 5, 9, 30, tzinfo=CET))
                     if verified else SignatureBlock(meaning="Verified")),
        dose_record_id=record_id, verified=verified,
    )
