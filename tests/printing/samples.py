"""Inputs for the printing tests, built with the domain's own calculators (printing recomputes
nothing, so the expected values in the tests are the fields of these inputs)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from clinic_app.domain.dosing import calculate_paclitaxel, flat_dose
from clinic_app.domain.due import DueItem, next_due
from clinic_app.domain.lab_check import check_pre_dose_labs
from clinic_app.domain.plausibility import check_body
from clinic_app.domain.preparation import plan_preparation
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import (
    Administration,
    AdministrationStatus,
    LabResult,
    Measurement,
    Patient,
    PatientHistory,
    Tolerance,
    VisitCompletion,
)
from clinic_app.domain.schedule import plan_schedule
from clinic_app.domain.schedule_model import ItemCategory, ItemStatus
from clinic_app.printing.checklist import VisitChecklistInput
from clinic_app.printing.context import PatientIdentifiers, PrintContext, SignatureBlock
from clinic_app.printing.dosing_input import (
    CheckerRules,
    DosingSheetInput,
    LevelDecision,
    NextFlatDose,
    Premedication,
    ProtocolStamp,
)
from clinic_app.printing.patient_calendar import PatientCalendarInput
from clinic_app.printing.worklist import WorklistEntry, WorklistInput

CET = timezone(timedelta(hours=1), "CET")
PRINTED_AT = datetime(2026, 1, 5, 7, 45, tzinfo=CET)


def context(serial: str = "DS-2026-000123", *, demo: bool = False, page_size: str = "A4",
            deterministic: bool = True, printed_at: datetime = PRINTED_AT) -> PrintContext:
    return PrintContext(app_version="0.1.0", printed_at=printed_at, printed_by="P. Harmacist (pharmacist)",
                        serial=serial, page_size=page_size, demo=demo, deterministic=deterministic)


def patient(code: str = "IMP-A-001", *, name: str | None = "Anna Example") -> PatientIdentifiers:
    return PatientIdentifiers(subject_code=code, date_of_birth=date(1961, 3, 14), initials="AE",
                              full_name=name, hospital_number="H0042317" if name else None)


def dosing_input(protocol: Protocol, *, height: str = "170", weight: str = "70", level: int = 0,
                 cohort: str = "B", cycle: int = 1, day: int = 1, verified: bool = False,
                 formula: str | None = None, prepared: bool = True, serial: str = "DS-2026-000123",
                 demo: bool = False, page_size: str = "A4", record_id: str = "DR-000123",
                 anc: str = "2.4") -> DosingSheetInput:
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
        lab_check=check_pre_dose_labs(protocol, [LabResult(
            subject_code="IMP-A-001", drawn_on=dose_date - timedelta(days=1), anc_10e9_per_l=Decimal(anc),
            platelets_10e9_per_l=Decimal("212"), recorded_by="nurse")], dose_date),
        warnings=tuple(check_body(protocol, dose.height_cm, dose.weight_kg, dose.bsa_m2)),
        acknowledged=tuple(w.code for w in check_body(protocol, dose.height_cm, dose.weight_kg, dose.bsa_m2)),
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


C1D1 = date(2026, 1, 5)  # a Monday


def history_until(protocol: Protocol, *, cohort: str = "B", until: date, code: str = "IMP-B-004",
                  reaction_in_cycle_1: bool = False) -> PatientHistory:
    """A patient who had every dose and visit before `until` on its planned day (well tolerated unless
    told otherwise), with one measurement two days before `until`."""
    patient_rec = Patient(subject_code=code, initials="AE", date_of_birth=date(1961, 3, 14), cohort=cohort,
                          planned_c1d1=C1D1, enrolled_on=C1D1 - timedelta(days=10))
    measurement = Measurement(subject_code=code, measured_on=until - timedelta(days=2), height_cm=Decimal("163"),
                              weight_kg=Decimal("61.5"), recorded_by="nurse")
    history = PatientHistory(patient=patient_rec, measurements=(measurement,))
    for _ in range(80):  # each pass records one item the previous plan put before `until`
        schedule = plan_schedule(protocol, history, today=until)
        pending = [it for it in schedule.items if it.planned_date < until and it.status is not ItemStatus.DONE
                   and it.category in (ItemCategory.DOSE, ItemCategory.VISIT, ItemCategory.SCREENING)]
        if not pending:
            return history
        item = pending[0]
        if item.category is ItemCategory.DOSE:
            assert item.drug is not None and item.cycle is not None and item.day is not None
            tolerance = (Tolerance.MILD_REACTION if reaction_in_cycle_1 and item.slot == "C1D8"
                         else Tolerance.WELL_TOLERATED)
            given = Administration(subject_code=code, drug=item.drug, cycle=item.cycle, day=item.day,
                                   status=AdministrationStatus.GIVEN, on=item.planned_date,
                                   tolerance=tolerance if item.drug == "paclitaxel" else None,
                                   dose_mg=Decimal("140") if item.drug == "paclitaxel" else None,
                                   dose_mcg=None if item.drug == "paclitaxel" else 1250, recorded_by="nurse")
            history = history.model_copy(update={"administrations": (*history.administrations, given)})
        else:
            done = VisitCompletion(subject_code=code, visit=item.kind, on=item.planned_date, recorded_by="nurse")
            history = history.model_copy(update={"visits": (*history.visits, done)})
    raise AssertionError("history did not settle")


def day_items(protocol: Protocol, history: PatientHistory, on: date) -> tuple[DueItem, ...]:
    """The planner's due items of one day."""
    return tuple(due for due in next_due(protocol, history, today=on) if due.item.planned_date == on)


def checklist_input(protocol: Protocol, on: date, *, cohort: str = "B", serial: str = "VC-2026-000045",
                    reaction_in_cycle_1: bool = False, page_size: str = "A4",
                    demo: bool = False) -> VisitChecklistInput:
    history = history_until(protocol, cohort=cohort, until=on, reaction_in_cycle_1=reaction_in_cycle_1)
    previous = history.measurements[0] if on > C1D1 else None  # no previous dose on C1D1
    return VisitChecklistInput(ctx=context(serial, page_size=page_size, demo=demo), patient=patient("IMP-B-004"),
                               protocol=protocol, cohort=cohort, visit_date=on,
                               items=day_items(protocol, history, on), previous_weight=previous)


def calendar_input(protocol: Protocol, on: date, *, cohort: str = "B", page_size: str = "A4",
                   demo: bool = False, reaction_in_cycle_1: bool = False) -> PatientCalendarInput:
    history = history_until(protocol, cohort=cohort, until=on, reaction_in_cycle_1=reaction_in_cycle_1)
    printed_at = datetime(on.year, on.month, on.day, 16, 20, tzinfo=CET)
    return PatientCalendarInput(ctx=context("PC-2026-000007", page_size=page_size, demo=demo, printed_at=printed_at),
                                patient=patient("IMP-B-004"), protocol=protocol,
                                schedule=plan_schedule(protocol, history, today=on), produced_on=on,
                                clinic_contact="Day unit (08:00-18:00)", clinic_phone="+44 20 7946 0000")


WORK_BODIES = [("170", "70"), ("158", "52.5"), ("182", "96"), ("165", "120.4"), ("150", "45"), ("200", "72"),
               ("176", "81"), ("161", "64.2")]


def worklist_input(protocol: Protocol, doses: int, *, page_size: str = "A4", demo: bool = False) -> WorklistInput:
    """`doses` entries: alternately a PACLitaxel infusion (bodies, levels and pharmacy progress cycling, the
    unverified ones provisional) and an IMP321 injection (cohorts cycling)."""
    entries = []
    for n in range(doses):
        cohort = "ABC"[n % 3]
        who = PatientIdentifiers(subject_code=f"IMP-{cohort}-{n + 1:03d}",
                                 date_of_birth=date(1950 + n % 30, 1 + n % 12, 1 + n % 27), initials="AB")
        if n % 2 == 0:
            height, weight = WORK_BODIES[(n // 2) % len(WORK_BODIES)]
            dose = calculate_paclitaxel(protocol, Decimal(height), Decimal(weight), level=-(n // 2 % 3))
            progress = ("verified", "calculated", "prepared", "not_calculated")[(n // 2) % 4]
            entries.append(WorklistEntry(patient=who, cohort=cohort, slot="C2D8",
                                         dose_record_id=None if progress == "not_calculated" else f"DR-{n:06d}",
                                         progress=progress, provisional=progress != "verified",
                                         labs=("ok", "missing")[n % 2 if n % 4 else 0], bsa_dose=dose,
                                         preparation=plan_preparation(protocol, dose.dose_mg)))
        else:
            entries.append(WorklistEntry(patient=who, cohort=cohort, slot="C2D16", progress="no_pharmacy_step",
                                         flat_dose=flat_dose(protocol, "imp321", cohort)))
    return WorklistInput(ctx=context("WL-2026-000031", page_size=page_size, demo=demo), work_date=date(2026, 2, 16),
                         entries=tuple(entries), flat_volume_note=protocol.imp321_product.injection_volume_note)
