"""The Today table and its filters, checked with qtmodeltester on the facade's DueRows. Sorting and
filtering are worked out off the UI thread (today_listing.listing); the model shows the result."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from clinic_app.domain.due import DueItem, DueStatus
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.schedule_model import ItemCategory, ItemStatus, Rule, ScheduleItem, Window
from clinic_app.facade import DueRow
from clinic_app.facade.due_state import ITEMS, DueItems, line_of
from clinic_app.facade.views import DueLine
from clinic_app.gui.today_listing import View, Words, listing
from clinic_app.gui.today_model import (
    COL_DATE,
    COL_DOSE,
    COL_IDENTIFIER,
    COL_ITEM,
    COL_STATUS,
    FILTER_ALL,
    FILTER_OVERDUE,
    FILTER_TODAY,
    FILTER_WEEK,
    DueTableModel,
)
from clinic_app.store import DueState

TODAY = date(2026, 1, 5)  # Monday


def _row(code: str, dob: date, name: str, cohort: str, drug: str, cycle: int, day: int, when: date,
         status: str, dose_text: str) -> DueRow:
    """A real facade DueRow around a hand-set schedule item (values chosen for each filter case)."""
    item = ScheduleItem(uid=f"{drug}-C{cycle}D{day}", kind=drug, category=ItemCategory.DOSE, drug=drug, cycle=cycle,
                        day=day, study_day=1, study_week=1, planned_date=when,
                        window=Window(start=when - timedelta(days=1), end=when + timedelta(days=1)),
                        status=ItemStatus.PLANNED, rule=Rule(code="anchored"))
    due = DueItem(item=item, status=DueStatus(status))
    kept = DueState(planned_on=TODAY, computed_at=datetime(2026, 1, 5, 9, tzinfo=timezone.utc), holds_until=TODAY,
                    expires_at=None, protocol_sha256="", lines_json="[]", items_json=ITEMS.dump_json([due]).decode())
    return DueRow(subject_code=code, date_of_birth=dob, initials="XX", full_name=name, cohort=cohort,
                  line=DueLine.of(line_of(0, due)), dose_text=dose_text, answer=DueItems(kept, [due]))


ROWS = [
    _row("IMP-A-001", date(1970, 3, 1), "Ann Smith", "A", "paclitaxel", 1, 8, date(2026, 1, 2), "overdue", "146 mg"),
    _row("IMP-A-002", date(1965, 7, 9), "Beth Jones", "A", "paclitaxel", 2, 1, TODAY, "due_today", "134 mg"),
    _row("IMP-A-003", date(1980, 1, 31), "Cara Lee", "A", "imp321", 1, 2, date(2026, 1, 9), "upcoming", "0.25 mg"),
    _row("IMP-B-001", date(1959, 12, 24), "Dana Ray", "B", "imp321", 1, 16, TODAY, "decision_required", "1.25 mg"),
    _row("IMP-B-002", date(1975, 5, 5), "Eve Moss", "B", "paclitaxel", 3, 1, date(2026, 1, 19), "upcoming",
         "needs height and weight"),
]


def _shown(protocol: Protocol, view: View) -> DueTableModel:
    model = DueTableModel(protocol)
    model.set_rows(listing(Words(protocol), ROWS, view).shown)
    return model


def _codes(model: DueTableModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(_shown(protocol, View(TODAY)))


def test_columns_show_two_identifiers_item_date_status_words_and_dose(qapp, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    model = _shown(protocol, View(TODAY))
    row = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    first = row["IMP-A-001"]
    assert model.index(first, COL_IDENTIFIER).data() == "01-Mar-1970 / Ann Smith"
    assert model.index(first, COL_ITEM).data() == "PACLitaxel C1D8"
    assert model.index(first, COL_DATE).data() == "Fri 02-Jan-2026"
    assert [model.index(row[code], COL_STATUS).data() for code in ("IMP-A-001", "IMP-A-002", "IMP-A-003",
                                                                    "IMP-B-001")] == [
        "Overdue", "Due today", "Upcoming", "Decision required"]
    assert model.index(row["IMP-B-002"], COL_DOSE).data() == "needs height and weight"
    # Colour is never the only signal, but it is there.
    assert model.index(first, COL_STATUS).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_rows_arrive_sorted_by_date_and_resort_by_status_in_place(qapp, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    model = _shown(protocol, View(TODAY))
    assert _codes(model) == ["IMP-A-001", "IMP-A-002", "IMP-B-001", "IMP-A-003", "IMP-B-002"]
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows(listing(Words(protocol), ROWS, View(TODAY, sort_column=COL_STATUS)).shown)
    assert [model.index(r, COL_STATUS).data() for r in range(model.rowCount())][:2] == ["Overdue",
                                                                                       "Decision required"]
    assert resets == []


@pytest.mark.parametrize(("period", "expected"), [
    (FILTER_OVERDUE, {"IMP-A-001", "IMP-B-001"}),  # overdue, and the item waiting for a decision
    (FILTER_TODAY, {"IMP-A-001", "IMP-A-002", "IMP-B-001"}),
    (FILTER_WEEK, {"IMP-A-001", "IMP-A-002", "IMP-A-003", "IMP-B-001"}),
    (FILTER_ALL, {r.subject_code for r in ROWS}),
])
def test_period_filters(protocol: Protocol, period: str, expected: set[str]) -> None:
    assert {r.subject_code for r in listing(Words(protocol), ROWS, View(TODAY, period=period)).shown} == expected


@pytest.mark.parametrize(("text", "expected"), [("b-00", {"IMP-B-001", "IMP-B-002"}), ("jones", {"IMP-A-002"}),
                                                ("nobody", set())])
def test_search_by_code_or_name(protocol: Protocol, text: str, expected: set[str]) -> None:
    assert {r.subject_code for r in listing(Words(protocol), ROWS, View(TODAY, search=text)).shown} == expected


def test_the_attention_filter_shows_overdue_missed_and_decisions_however_old(qapp, protocol: Protocol) -> None:  # type: ignore[no-untyped-def]
    """An 11-day-old decision and a missed dose (MISS-1: to record) are shown with the overdue visit;
    the new statuses read in words, each with its colour."""
    extra = [
        _row("IMP-C-001", date(1970, 1, 1), "Cleo Fox", "A", "paclitaxel", 1, 8, TODAY - timedelta(days=3), "missed",
             "146 mg (provisional)"),
        _row("IMP-C-002", date(1970, 1, 2), "Dora Kay", "A", "imp321", 1, 16, TODAY - timedelta(days=11),
             "decision_required", "0.25 mg"),
        _row("IMP-C-003", date(1970, 1, 3), "Emma Bay", "A", "paclitaxel", 2, 1, TODAY, "discontinued", ""),
        _row("IMP-C-004", date(1970, 1, 4), "Fay Orr", "A", "imp321", 2, 2, TODAY, "ended", ""),
    ]
    words = Words(protocol)
    attention = listing(words, [*ROWS, *extra], View(TODAY, period=FILTER_OVERDUE)).shown
    assert {r.subject_code for r in attention} == {"IMP-A-001", "IMP-B-001", "IMP-C-001", "IMP-C-002"}
    model = DueTableModel(protocol)
    model.set_rows(listing(words, [*ROWS, *extra], View(TODAY)).shown)
    status = {model.index(r, 0).data(): model.index(r, COL_STATUS).data() for r in range(model.rowCount())}
    assert [status[c] for c in ("IMP-C-001", "IMP-C-002", "IMP-C-003", "IMP-C-004")] == [
        "Missed", "Decision required", "Discontinued", "Treatment ended"]
    colours = {model.index(r, 0).data(): model.index(r, COL_STATUS).data(Qt.ItemDataRole.BackgroundRole)
               for r in range(model.rowCount())}
    assert all(colours[c] is not None for c in ("IMP-C-001", "IMP-C-003", "IMP-C-004"))
    model.set_rows(listing(words, [*ROWS, *extra], View(TODAY, sort_column=COL_STATUS)).shown)
    assert model.index(0, COL_STATUS).data() == "Missed"
