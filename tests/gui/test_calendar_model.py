"""The calendar grid shows the planner's schedule (cycles × days) with statuses in words and dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Patient, PatientHistory
from clinic_app.domain.schedule import plan_schedule
from clinic_app.gui.calendar_model import CalendarGridModel, OtherItemsModel

C1D1 = date(2026, 1, 5)  # a Monday


def _schedule(protocol: Protocol):  # type: ignore[no-untyped-def]
    patient = Patient(subject_code="IMP-A-001", initials="AB", date_of_birth=date(1970, 3, 1), cohort="A",
                      planned_c1d1=C1D1, enrolled_on=date(2025, 12, 20))
    return plan_schedule(protocol, PatientHistory(patient=patient), today=date(2025, 12, 22))


def _cell(model: CalendarGridModel, cycle: int, day: int) -> str:
    for row in range(model.rowCount()):
        if model.headerData(row, Qt.Orientation.Vertical) != f"Cycle {cycle}":
            continue
        for column in range(model.columnCount()):
            if model.headerData(column, Qt.Orientation.Horizontal) == f"Day {day}":
                return str(model.index(row, column).data())
    raise AssertionError(f"no cell C{cycle}D{day}")


def test_grid_places_both_drugs_on_their_days(qtmodeltester, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    model = CalendarGridModel(protocol)
    model.set_schedule(_schedule(protocol))
    qtmodeltester.check(model)
    assert model.rowCount() == 6  # six 28-day cycles
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Day 1", "Day 2", "Day 8", "Day 15", "Day 16"]
    first = _cell(model, 1, 1)
    assert "PACLitaxel: planned" in first and "Mon 05-Jan-2026" in first
    assert "Dexamethasone" in first  # cycle 1 premedication before every infusion
    assert "Tue 06-Jan-2026" in _cell(model, 1, 2) and "IMP321" in _cell(model, 1, 2)
    assert "Mon 12-Jan-2026" in _cell(model, 1, 8)
    assert "Mon 02-Feb-2026" in _cell(model, 2, 1)  # 28 days after C1D1


def test_other_items_list_visits_off_the_grid(qtmodeltester, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    model = OtherItemsModel(protocol)
    model.set_schedule(_schedule(protocol))
    qtmodeltester.check(model)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Week 25 post-study visit" in names
