"""The window in French: Qt's translators from the committed .ts, French typing, and a language
switch that keeps what a person typed (LANG-1, LANG-3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from clinic_app.domain.language import current_language
from clinic_app.domain.protocol import Protocol
from clinic_app.gui.dialogs.measurement import MeasurementDialog
from clinic_app.gui.language import WindowLanguage, resolve
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.settings import load_settings

from .conftest import World
from .test_validation_as_you_type import TODAY, _clinic


@pytest.fixture
def language(qapp: QApplication) -> Iterator[WindowLanguage]:
    chosen = WindowLanguage(qapp)
    chosen.apply("en")
    yield chosen
    chosen.apply("en")  # the next test starts in English


def _labels(dialog: MeasurementDialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    assert form is not None
    return [label.text() for label in dialog.findChildren(QLabel) if form.indexOf(label) >= 0]


def test_the_system_language_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """LANG-1: LANGUAGE / LC_ALL / LC_MESSAGES / LANG decide; the setting overrides them."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert resolve("system") == "fr"
    assert resolve("en") == "en"


def test_a_french_dialog_reads_and_refuses_in_french(qtbot, protocol: Protocol,  # type: ignore[no-untyped-def]
                                                     language: WindowLanguage) -> None:
    """LANG-1, LANG-3: French labels; "70,5" is 70.5 kg; "1 500" refused naming field, unit and range."""
    language.apply("fr")
    dialog = MeasurementDialog(_clinic(protocol), None, "IMP-A-001", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "&Poids (kg)\u00a0:" in _labels(dialog)
    qtbot.keyClicks(dialog.weight_field.edit, "70,5")
    qtbot.keyClicks(dialog.height_field.edit, "1 500")
    assert not dialog.weight_field.message.isVisible()
    message = dialog.height_field.message.text()
    assert message.startswith("Taille\u00a0: «\u00a01 500\u00a0» contient un séparateur de milliers"), message
    assert "100 à 230 cm" in message
    assert not dialog.ok_button.isEnabled()


def test_switching_language_keeps_what_was_typed(qtbot, protocol: Protocol,  # type: ignore[no-untyped-def]
                                                 language: WindowLanguage) -> None:
    """LANG-1: an open, half-typed dialog is retranslated in place; its typed text stays."""
    dialog = MeasurementDialog(_clinic(protocol), None, "IMP-A-001", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.height_field.edit, "170")
    assert "&Weight (kg):" in _labels(dialog)
    language.apply("fr")
    assert "&Poids (kg)\u00a0:" in _labels(dialog) and "&Taille (cm)\u00a0:" in _labels(dialog)
    assert dialog.height_field.edit.text() == "170"
    assert dialog.weight_field.edit.placeholderText() == "kg, p. ex. 70,5"
    assert current_language() == "fr"
    language.apply("en")
    assert "&Weight (kg):" in _labels(dialog) and dialog.height_field.edit.text() == "170"


def test_the_view_menu_switches_and_remembers(qtbot, world: World, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              language: WindowLanguage) -> None:
    """LANG-1: View > Language applies at once, menus included, and is saved for the next start."""
    ctx = world.context(tmp_path)
    ctx.language = language
    window = MainWindow(ctx, world.login("nina"))
    qtbot.addWidget(window)
    window.actions_by_name["language_fr"].trigger()
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Fichier" in titles and "&Affichage" in titles, titles
    assert window.tabs.tabText(0) == QCoreApplication.translate("MainWindow", "Today") == "Aujourd'hui"
    assert load_settings(tmp_path / "settings.json").language == "fr"
    window.actions_by_name["language_en"].trigger()
    assert "&File" in [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize("scale", [1.0, 1.25])
def test_a_tab_not_chosen_keeps_the_accent_of_its_capital(qtbot, world: World, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          scale: float) -> None:
    """"Événements indésirables" on a tab that is not the current one was drawn "Evénements": Fusion
    draws such a tab lower and cut the accent off. The window's tab widgets leave room for it."""
    from PySide6.QtWidgets import QWidget

    from clinic_app.gui.tab_widgets import AccentRoomTabBar, tab_widget

    def drawn(title: str) -> object:
        tabs = tab_widget()
        qtbot.addWidget(tabs)
        font = tabs.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        tabs.setFont(font)
        tabs.addTab(QWidget(), "Calendrier")
        tabs.addTab(QWidget(), title)  # not the current tab
        tabs.resize(500, 200)
        tabs.show()
        QApplication.processEvents()
        return tabs.tabBar().grab().toImage()

    assert drawn("Événements indésirables") != drawn("Evénements indésirables")
    window = MainWindow(world.context(tmp_path), world.login("nina"))
    qtbot.addWidget(window)
    assert isinstance(window.tabs.tabBar(), AccentRoomTabBar)
    assert isinstance(window.patient_view.tabs.tabBar(), AccentRoomTabBar)
