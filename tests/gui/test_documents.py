"""Previewing the four documents, the day's batch printed in the background (progress, cancel) and a
background backup, all through the real facade."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from clinic_app.gui.documents import Documents
from clinic_app.gui.pdf_output import pdf_printer

from .conftest import USERS, World, enrol

CODE = "IMP-A-001"


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _verified_dose(world: World) -> int:
    clinic, today = world.clinic, world.clock.today()
    nina = world.login("nina")
    enrol(world, CODE, "Ann Smith")
    clinic.record_measurement(nina, CODE, height_cm="165", weight_kg="65", measured_on=today)
    clinic.record_labs(nina, CODE, anc="2.1", platelets="210", drawn_on=today)
    record = clinic.calculate_dose(world.login("phil"), CODE, cycle=1, day=1)
    clinic.prepare(world.login("phil"), record.id, password=USERS["phil"][2])
    clinic.verify(world.login("petra"), record.id, password=USERS["petra"][2])
    return int(record.id)


def _documents(qtbot, world: World, tmp_path: Path, username: str) -> Documents:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    session = world.login(username)
    return Documents(world.context(tmp_path), lambda: session, parent)


def test_each_document_opens_in_the_preview(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    record_id = _verified_dose(world)
    docs = _documents(qtbot, world, tmp_path, "phil")
    for dialog in (docs.dosing_sheet(record_id, modal=False), docs.visit_checklist(CODE, modal=False),
                   docs.patient_calendar(CODE, modal=False), docs.worklist(modal=False)):
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert dialog.view.document().pageCount() >= 1
        dialog.close()


def test_day_batch_prints_one_pdf_of_worklist_and_sheets_in_the_background(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    record_id = _verified_dose(world)
    phil = world.login("phil")
    docs = _documents(qtbot, world, tmp_path, "phil")
    target = tmp_path / "batch.pdf"
    expected = (_pages(world.clinic.worklist_pdf(phil, world.clock.today()))
                + _pages(world.clinic.dosing_sheet_pdf(phil, record_id)))  # verified: no checker copy
    assert _pages(world.clinic.day_batch_pdf(phil, world.clock.today())) == expected  # one PDF
    # Connected before the work starts (Documents wires the task's signals before starting it).
    with qtbot.waitSignal(docs.finished, timeout=60_000) as blocker:
        assert docs.start_day_batch(pdf_printer(str(target))) is not None
    assert blocker.args == [f"Printed {expected} pages."]
    assert len(PdfReader(target).pages) == expected


def test_day_batch_can_be_cancelled(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _verified_dose(world)
    docs = _documents(qtbot, world, tmp_path, "phil")
    with qtbot.waitSignal(docs.finished, timeout=60_000) as blocker:
        handle = docs.start_day_batch(pdf_printer(str(tmp_path / "cancelled.pdf")))
        assert handle is not None
        handle.cancel()  # the work stops at its next check, after the worklist at the latest
    assert blocker.args == ["Stopped."]


def test_backup_runs_in_the_background_for_the_administrator_only(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docs = _documents(qtbot, world, tmp_path, "ada")
    dest = tmp_path / "backup.sqlite3"
    with qtbot.waitSignal(docs.finished, timeout=60_000) as blocker:
        assert docs.start_backup(dest) is not None
    assert blocker.args == [f"Backup written to {dest}."]
    assert dest.exists() and dest.stat().st_size > 0

    nurse_docs = _documents(qtbot, world, tmp_path, "nina")
    with qtbot.waitSignal(nurse_docs.finished, timeout=60_000) as blocker:
        assert nurse_docs.start_backup(tmp_path / "nurse.sqlite3") is not None
    assert blocker.args == ["Failed."]
    assert nurse_docs.last_message is not None
    assert "may not" in nurse_docs.last_message.text()
    assert not (tmp_path / "nurse.sqlite3").exists()


def test_restore_from_the_menu_replaces_the_content_and_asks_to_sign_in_again(qtbot, world: World,  # type: ignore[no-untyped-def]
                                                                               tmp_path: Path) -> None:
    from clinic_app.gui.main_window import PAGE_LOCKED, MainWindow

    backup = tmp_path / "before.sqlite3"
    world.clinic.backup(world.login("ada"), backup)
    enrol(world, CODE, "Ann Smith")  # made after the backup: the restore takes it away
    ctx = world.context(tmp_path)
    window = MainWindow(ctx, world.login("ada"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.documents.finished, timeout=60_000) as blocker:
        assert window.documents.start_restore(backup, confirmed=True) is not None
    assert str(blocker.args[0]).startswith(f"Restored from {backup}")
    assert window.stack.currentIndex() == PAGE_LOCKED
    assert ctx.clinic is not world.clinic
    assert ctx.clinic.patients(ctx.clinic.login("ivan", USERS["ivan"][2])) == []
    ctx.clinic.close()


def test_blinded_checker_copy_previews_without_the_dose(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from clinic_app.gui.main_window import MainWindow

    record_id = _verified_dose(world)
    window = MainWindow(world.context(tmp_path), world.login("petra"))
    qtbot.addWidget(window)
    # Offered in the Print menu right after the dosing sheet, to the pharmacists who check.
    print_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "P&rint")
    names = [a.objectName() for a in print_menu.actions()]
    assert names[names.index("print_dosing_sheet") + 1] == "print_blinded_copy"
    action = window.actions_by_name["print_blinded_copy"]
    assert action.isEnabled()
    action.trigger()  # no dose dialog open yet: says what to do first
    assert window.statusBar().currentMessage() == "Calculate a dose first (Ctrl+D)."

    full = window.documents.dosing_sheet(record_id, modal=False)
    blinded = window.documents.blinded_checker_copy(record_id, modal=False)
    assert full is not None and blinded is not None
    qtbot.addWidget(full)
    qtbot.addWidget(blinded)
    assert blinded.windowTitle() == "Blinded checker copy" and blinded.view.document().pageCount() >= 1
    full_text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(full.data)).pages)
    blinded_text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(blinded.data)).pages)
    # Hand-worked: Mosteller sqrt(165 x 65 / 3600) = 1.726 -> 1.73 m2; x 80 mg/m2 = 138.4 -> 138 mg;
    # 138 mg / 6 mg/mL = 23 mL. The full sheet carries them, the checker's copy none of them.
    for figure in ("1.73 m²", "138 mg", "23 mL"):
        assert figure in full_text
        assert figure not in blinded_text
    assert "BLINDED CHECKER COPY" in blinded_text


def test_save_pdf_writes_the_program_s_own_pdf(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    enrol(world, CODE, "Ann Smith")
    world.clinic.set_site_phone(world.clinic.login("ada", "site-admin-secret-1"), "+33 1 45 67 89 00")
    docs = _documents(qtbot, world, tmp_path, "nina")
    preview = docs.patient_calendar(CODE, modal=False)
    assert preview is not None and preview.file_name == f"calendar-{CODE}-2026-01-05.pdf"
    target = tmp_path / "calendar.pdf"
    assert preview.save_pdf(target) == target
    saved = target.read_bytes()
    assert saved == preview.data  # byte for byte what the program made, not a printer's image of it
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(saved)).pages)
    assert "Ann Smith" in text and "Phone: +33 1 45 67 89 00" in text  # real text, searchable
    preview.close()
