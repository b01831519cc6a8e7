"""The window's own file saves go through clinic_app.files: private 0600 files, never over the
database or its files, an existing file replaced only when the user confirmed it (Qt's save dialog
asks; `replace=True` stands for that answer here), a refusal said in words."""

from __future__ import annotations

import stat
from pathlib import Path

from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.settings import WindowSettings, save_settings

from .conftest import World, enrol

CODE = "IMP-A-001"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _window(qtbot, world: World, tmp_path: Path, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(world.context(tmp_path), world.login(username))
    qtbot.addWidget(window)
    window.show()
    return window


def test_save_pdf_is_private_never_over_the_database_and_replaces_only_when_confirmed(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                                       tmp_path: Path) -> None:
    enrol(world, CODE, "Ann Smith")
    window = _window(qtbot, world, tmp_path, "nina")
    preview = window.documents.patient_calendar(CODE, modal=False)
    assert preview is not None
    target = tmp_path / "calendar.pdf"
    assert preview.save_pdf(target) == target and _mode(target) == 0o600 and target.read_bytes() == preview.data

    target.write_bytes(b"older file")
    assert preview.save_pdf(target) is None  # exists, and nobody confirmed replacing it
    assert "already exists" in preview.saver.refusal and target.read_bytes() == b"older file"
    assert preview.saver.message is not None and preview.saver.message.isVisible()
    preview.saver.message.close()
    assert preview.save_pdf(target, replace=True) == target and target.read_bytes() == preview.data

    database = world.db_path.read_bytes()
    for protected in (world.db_path, world.db_path.with_name(world.db_path.name + "-wal")):
        assert preview.save_pdf(protected, replace=True) is None, protected
        assert "is never written over" in preview.saver.refusal
    assert world.db_path.read_bytes() == database
    preview.close()


def test_the_audit_csv_is_private_and_never_over_the_database(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, CODE, "Ann Smith")
    window = _window(qtbot, world, tmp_path, "ivan")
    window.show_tab(window.audit_view)
    audit = window.audit_view
    target = tmp_path / "audit.csv"
    assert audit.export_csv(target) == audit.model.rowCount() and _mode(target) == 0o600
    assert audit.export_csv(target) is None and "already exists" in audit.message.text()
    assert audit.export_csv(world.db_path, replace=True) is None
    assert "is never written over" in audit.message.text()


def test_the_window_settings_are_private(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    save_settings(WindowSettings(larger_text=True), path)
    save_settings(WindowSettings(larger_text=False), path)  # the program's own file: replaced
    assert _mode(path) == 0o600 and '"larger_text": false' in path.read_text(encoding="utf-8")
    assert _mode(path.parent) == 0o700
