"""Administration and audit tables: qtmodeltester plus what a reader sees in each column."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Administration, AdministrationStatus, HoldReason, Tolerance
from clinic_app.gui.record_models import (
    ADMIN_COL_DATE,
    ADMIN_COL_DETAIL,
    ADMIN_COL_DOSE,
    ADMIN_COL_DRUG,
    AUDIT_COL_AT,
    AUDIT_COL_CHANGE,
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
    assert model.index(2, ADMIN_COL_DETAIL).data() == "low anc: ANC 0.9"


def test_audit_rows_show_zone_and_export_iso(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    cet = timezone(timedelta(hours=1))
    model = AuditModel()
    model.set_rows([AuditEntry(seq=1, at_utc=datetime(2026, 1, 5, 14, 30, tzinfo=cet), actor="inv1",
                               action="enrol", entity="patient", entity_id="IMP-A-001", old=None,
                               new={"cohort": "A"}, reason="")])
    qtmodeltester.check(model)
    assert model.index(0, AUDIT_COL_AT).data() == "Mon 05-Jan-2026 14:30 UTC+01:00"
    assert model.index(0, AUDIT_COL_CHANGE).data() == '{"cohort": "A"}'
    assert model.csv_rows()[1][:3] == ["1", "2026-01-05T14:30:00+01:00", "inv1"]
