"""The dose gate on hand-built charts: rules it applies whatever way the records got there.

Calendar: C1D1 = Mon 05-Jan-2026; C1D8 Mon 12-Jan, C1D15 Mon 19-Jan, IMP321 C1D16 Tue 20-Jan.
Patient 170 cm, 70 kg: sqrt(170 × 70 / 3600) = 1.8181 -> 1.82 m²; 1.82 × 80 = 145.6 -> 146 mg.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from schedule_builders import d, given, history, measured

from clinic_app.domain.dose_records import DoseRecordState, DoseSnapshot, DoseStatus, PatientChart, ProtocolRef
from clinic_app.domain.dosing import calculate_paclitaxel
from clinic_app.domain.gate import GateInput, Slot, check, stale_reasons
from clinic_app.domain.gate_model import GateAction, Outcome
from clinic_app.domain.lab_check import check_pre_dose_labs
from clinic_app.domain.preparation import plan_preparation
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import PatientHistory

CET = timezone(timedelta(hours=1))


def _gate(protocol: Protocol, chart: PatientChart, today: str) -> GateInput:
    day = d(today)
    return GateInput.plan(protocol, chart, today=day, now=datetime(day.year, day.month, day.day, 9, tzinfo=CET))


CYCLE_1_TO_D15 = [given("dexamethasone", 1, 1, "2026-01-05"), given("paclitaxel", 1, 1, "2026-01-05"),
                  given("imp321", 1, 2, "2026-01-06"), given("dexamethasone", 1, 8, "2026-01-12"),
                  given("paclitaxel", 1, 8, "2026-01-12"), given("paclitaxel", 1, 15, "2026-01-19")]


def test_never_two_doses_of_one_drug_on_one_day_whatever_the_slot(protocol: Protocol) -> None:
    """INT-1: a chart already holding a dose of a drug on a day (here an older record that put
    IMP321 C1D2 on 20-Jan) refuses a second dose of that drug the same day, even for a slot that is
    due (IMP321 C1D16: C1D15 given 19-Jan + 1 = 20-Jan). Dexamethasone, which has no minimum
    interval, is refused the same way: C1D8's recorded on 19-Jan refuses C1D15's on 19-Jan."""
    imp321_twice = [r for r in CYCLE_1_TO_D15 if (r.drug, r.day) != ("imp321", 2)]
    imp321_twice.append(given("imp321", 1, 2, "2026-01-20"))
    verdict = check(_gate(protocol, PatientChart(history=history(*imp321_twice)), "2026-01-20"),
                    Slot("imp321", 1, 16), GateAction.ADMINISTER)
    assert verdict.outcome is Outcome.REFUSED
    assert [(r.code, r.values["given_slot"]) for r in verdict.reasons] == [("same_drug_same_day", "C1D2")]

    dex_twice = [r for r in CYCLE_1_TO_D15 if (r.drug, r.day) not in (("dexamethasone", 8), ("paclitaxel", 15))]
    dex_twice.append(given("dexamethasone", 1, 8, "2026-01-19"))
    verdict = check(_gate(protocol, PatientChart(history=history(*dex_twice)), "2026-01-19"),
                    Slot("dexamethasone", 1, 15), GateAction.ADMINISTER)
    assert [(r.code, r.values["on"]) for r in verdict.reasons] == [("same_drug_same_day", "2026-01-19")]
    # The same chart a day later has no dexamethasone on 20-Jan: nothing refused for spacing.
    later = check(_gate(protocol, PatientChart(history=history(*dex_twice)), "2026-01-20"),
                  Slot("dexamethasone", 1, 15), GateAction.ADMINISTER)
    assert "same_drug_same_day" not in [r.code for r in later.reasons]


def _record(protocol: Protocol, chart: PatientHistory) -> DoseRecordState:
    """The C1D1 record a pharmacist calculated on 05-Jan from 170 cm / 70 kg: 146 mg."""
    measurement = chart.measurements[-1]
    dose = calculate_paclitaxel(protocol, measurement.height_cm, measurement.weight_kg)
    snapshot = DoseSnapshot(
        protocol=ProtocolRef(id=protocol.protocol.id, version=protocol.protocol.version, sha256=protocol.sha256),
        dose_date=d("2026-01-05"), measurement=measurement, dose=dose,
        preparation=plan_preparation(protocol, dose.dose_mg),
        lab_check=check_pre_dose_labs(protocol, chart.labs, d("2026-01-05")), cohort=chart.patient.cohort)
    return DoseRecordState(id=1, drug="paclitaxel", cycle=1, day=1, status=DoseStatus.CALCULATED, snapshot=snapshot,
                           protocol_sha256=protocol.sha256, calculated_by="pharm.paul",
                           calculated_at=datetime(2026, 1, 5, 8, 30, tzinfo=CET))


def test_a_record_that_no_longer_reproduces_or_comes_from_another_protocol_is_refused(protocol: Protocol) -> None:
    """REC-4: the record re-runs its arithmetic: as calculated it reproduces (146 mg, nothing
    stale); with its dose changed to 164 mg behind the program it no longer does; made under
    another protocol file (another SHA-256) it is refused as such."""
    chart = history(measured("2026-01-05", "170", "70"))
    record = _record(protocol, chart)
    assert record.snapshot.dose.dose_mg == Decimal("146")

    def stale(rec: DoseRecordState) -> list[tuple[str, str]]:
        gi = _gate(protocol, PatientChart(history=chart, dose_records=(rec,)), "2026-01-05")
        return [(r.code, str(r.values.get("stored_mg", r.values.get("record_sha256", ""))))
                for r in stale_reasons(gi, rec)]

    assert stale(record) == []
    edited_dose = record.snapshot.dose.model_copy(update={"dose_mg": Decimal("164")})
    edited = record.model_copy(update={"snapshot": record.snapshot.model_copy(update={"dose": edited_dose})})
    assert stale(edited) == [("calculation_mismatch", "164")]
    other = record.model_copy(update={"protocol_sha256": "0" * 64})
    assert stale(other) == [("protocol_changed", "0" * 12)]
