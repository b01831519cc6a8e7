"""Administration and audit tables: qtmodeltester plus what a reader sees in each column."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from clinic_app.domain.formatting import format_datetime
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Administration, AdministrationStatus, HoldReason, Tolerance
from clinic_app.gui.record_models import (
    ADMIN_COL_DATE,
    ADMIN_COL_DETAIL,
    ADMIN_COL_DOSE,
    ADMIN_COL_DRUG,
    AUDIT_COL_AT,
    AUDIT_COL_CHANGE,
    AUDIT_COL_ENTITY,
    AUDIT_COL_REASON,
    AdministrationsModel,
    AuditModel,
)
from clinic_app.store.models import AuditEntry


def test_administrations_read_as_written(qtmodeltester, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    model = AdministrationsModel(protocol)
    model.set_rows([
        Administration(subject_code="IMP-A-001", drug="paclitaxel", cycle=1, day=1,
                       status=AdministrationStatus.GIVEN, on=date(2026, 1, 5), dose_mg=Decimal("146"),
                       tolerance=Tolerance.WELL_TOLERATED, recorded_by="nurse1"),
        Administration(subject_code="IMP-A-001", drug="imp321", cycle=1, day=2,
                       status=AdministrationStatus.GIVEN, on=date(2026, 1, 6), dose_mcg=250, recorded_by="nurse1"),
        Administration(subject_code="IMP-A-001", drug="paclitaxel", cycle=1, day=8,
                       status=AdministrationStatus.HELD, on=date(2026, 1, 12), reason=HoldReason.LOW_ANC,
                       note="ANC 0.9", recorded_by="nurse1"),
    ])
    qtmodeltester.check(model)
    assert model.index(0, ADMIN_COL_DRUG).data() == "PACLitaxel"
    assert model.index(0, ADMIN_COL_DOSE).data() == "146 mg"
    assert model.index(1, ADMIN_COL_DOSE).data() == "0.25 mg"
    assert model.index(2, ADMIN_COL_DATE).data() == "Mon 12-Jan-2026"
    assert model.index(2, ADMIN_COL_DETAIL).data() == "ANC below the threshold: ANC 0.9"


def test_audit_rows_newest_first_in_local_time_with_readable_changes(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    cet = timezone(timedelta(hours=1))
    at = datetime(2026, 1, 5, 14, 30, tzinfo=cet)
    model = AuditModel()
    model.set_rows([
        AuditEntry(seq=1, at_utc=at, actor="inv1", action="enrol", entity="patients", entity_id="7", old=None,
                   new={"id": 7, "cohort": "A", "date_of_birth": "1970-03-01", "row_version": 1}, reason=""),
        AuditEntry(seq=2, at_utc=at + timedelta(minutes=5), actor="nina", action="correct_measurement",
                   entity="measurements", entity_id="3", old={"weight_kg": "70", "row_version": 1},
                   new={"weight_kg": "72.5", "row_version": 2}, reason="typing slip"),
    ])
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["2", "1"]  # newest first
    assert model.index(1, AUDIT_COL_AT).data() == format_datetime(at.astimezone())  # the workstation's zone
    assert model.index(1, AUDIT_COL_CHANGE).data() == "cohort: A; date of birth: 01-Mar-1970"
    assert model.index(0, AUDIT_COL_CHANGE).data() == "weight (kg): 70 -> 72.5"
    assert model.index(0, AUDIT_COL_REASON).data() == "typing slip"
    assert model.index(1, AUDIT_COL_ENTITY).data() == "patient 7"
    assert model.csv_rows()[1][:3] == ["1", "2026-01-05T14:30:00+01:00", "inv1"]  # the file keeps ISO, oldest first
