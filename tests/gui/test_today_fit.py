"""Today in a 1200-px-wide window (the screenshots' width), in French and English, at normal and
larger text: whether a dose can be given now stays in view, its header whole, each cell's answer
("Yes", "No", "Decision") readable; the words cut off are in the tooltip (LANG-1)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from clinic_app.facade import Clinic
from clinic_app.gui.appearance import FontScaler
from clinic_app.gui.context import GuiContext
from clinic_app.gui.language import WindowLanguage
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.settings import WindowSettings
from clinic_app.gui.tasks import TaskRunner
from clinic_app.gui.today_model import COL_GO, COL_ITEM

DAY = date(2026, 11, 23)  # the demo clinic's "today" (tests/conftest.py DEMO_TODAY)
ANSWERS = {"en": ("Yes", "No", "Decision"), "fr": ("Oui", "Non", "Décision")}


def _clock() -> datetime:
    return datetime.now().astimezone().replace(year=DAY.year, month=DAY.month, day=DAY.day)


@pytest.fixture
def demo_window(qtbot, qapp: QApplication, demo_db: Path,  # type: ignore[no-untyped-def]
                tmp_path: Path) -> Iterator[tuple[MainWindow, FontScaler, WindowLanguage]]:
    language = WindowLanguage(qapp)
    scaler = FontScaler(qapp)
    clinic = Clinic.open(demo_db, clock=_clock)
    ctx = GuiContext(clinic=clinic, settings=WindowSettings(), settings_path=tmp_path / "settings.json",
                     tasks=TaskRunner(), today=lambda: DAY, open_clinic=lambda: Clinic.open(demo_db, clock=_clock),
                     language=language)
    window = MainWindow(ctx, clinic.login("nurse.okafor", "demo-clinic-2026"), font_scaler=scaler)
    window.remember_state = False
    qtbot.addWidget(window)
    try:
        yield window, scaler, language
    finally:
        window.close()
        ctx.settings.larger_text = False
        scaler.apply(ctx.settings)
        language.apply("en")
        clinic.close()


def _go_column_fits(window: MainWindow, language: str) -> list[str]:
    """What is wrong with the GO column now (empty when it fits)."""
    table = window.today_view.table
    header = table.horizontalHeader()
    problems = []
    right = header.sectionViewportPosition(COL_GO) + header.sectionSize(COL_GO)
    if right > table.viewport().width():
        problems.append(f"right edge {right} past the viewport's {table.viewport().width()}")
    if header.sectionSize(COL_GO) < header.sectionSizeHint(COL_GO):
        problems.append(f"header elided: {header.sectionSize(COL_GO)} < {header.sectionSizeHint(COL_GO)}")
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    model = table.model()
    for row in range(model.rowCount()):
        text = model.index(row, COL_GO).data() or ""
        answer = text.split(":")[0].strip("\u00a0 ")
        if text and answer not in ANSWERS[language]:
            problems.append(f"row {row}: {text!r} does not start with an answer")
        if metrics.horizontalAdvance(answer + "\u00a0: …") + 12 > header.sectionSize(COL_GO):
            problems.append(f"row {row}: the answer {answer!r} does not show")
    return problems


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_go_column_fits_a_1200_px_window(qtbot, demo_window: tuple[MainWindow, FontScaler, WindowLanguage],  # type: ignore[no-untyped-def]
                                             language: str) -> None:
    window, scaler, chosen = demo_window
    chosen.apply(language)
    window.resize(1200, 760)
    window.show()
    window.today_view.reload_now()
    model = window.today_view.model
    assert model.rowCount() >= 10
    full_question = {"fr": "Administrable maintenant\u00a0?", "en": "Can it be given now?"}[language]
    assert model.headerData(COL_GO, window.today_view.table.horizontalHeader().orientation(),
                            Qt.ItemDataRole.ToolTipRole) == full_question
    texts = [model.index(row, COL_GO).data() for row in range(model.rowCount())]
    assert any(text.startswith(ANSWERS[language][2]) for text in texts), texts  # a decision row is there
    for larger in (False, True):
        window.ctx.settings.larger_text = larger
        scaler.apply(window.ctx.settings)
        qtbot.waitUntil(lambda: not _go_column_fits(window, language), timeout=3000)
        assert window.today_view.table.horizontalScrollBar().value() == 0
    assert not window.today_view.table.wordWrap()  # a narrowed cell is one line ending in "…"
    # what a narrowed cell cannot show is in its tooltip, and the item's words in full in theirs
    for row in range(model.rowCount()):
        assert model.index(row, COL_ITEM).data(Qt.ItemDataRole.ToolTipRole) == model.index(row, COL_ITEM).data()
        if texts[row] and not texts[row].startswith(ANSWERS[language][0]):
            assert model.index(row, COL_GO).data(Qt.ItemDataRole.ToolTipRole), texts[row]
