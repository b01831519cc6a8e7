"""Paper: preview and print the four documents, the day's batch in the background, and backups.

The PDFs come from the facade (`*_pdf` methods); this module only shows and prints them. Work
that can take a while (a batch, a backup) runs on the task runner with a second facade opened in
the worker thread, because a SQLite connection belongs to the thread that opened it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from clinic_app.domain.errors import DomainError
from clinic_app.domain.formatting import format_date

from .context import GuiContext
from .file_output import protected_files
from .messages import ErrorText
from .pdf_output import pdf_printer, print_batch
from .pdf_preview import PdfPreviewDialog
from .task_progress import TaskProgressDialog
from .tasks import TaskContext, TaskHandle

log = logging.getLogger(__name__)


def _with_worker_clinic(ctx: GuiContext, work: Callable[[Any, TaskContext], Any]) -> Callable[[TaskContext], Any]:
    """Wrap `work(clinic, task)` so it runs with a facade of its own, closed afterwards."""

    def run(task: TaskContext) -> Any:
        clinic = ctx.worker_clinic()
        try:
            return work(clinic, task)
        finally:
            clinic.close()

    return run


def day_batch(clinic: Any, session: Any, day: date, task: TaskContext, printer: QPrinter) -> int:
    """The day's batch (worklist, dosing sheets, checker copies: ONE PDF from the facade) printed as
    one job; returns the pages printed."""
    task.report(0, 2, "preparing the documents")
    task.check_cancelled()
    pdf = clinic.day_batch_pdf(session, day)
    task.check_cancelled()
    task.report(1, 2, "printing")
    return print_batch([pdf], printer, lambda _n: task.report(2, 2, ""))


class Documents(QObject):
    """Preview/print single documents; start the day's batch and backups in the background."""

    finished = Signal(str)  # a sentence for the status bar
    restored = Signal()  # the database content was replaced

    def __init__(self, ctx: GuiContext, session_of: Callable[[], Any], parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = ctx
        self._session_of = session_of
        self._parent = parent_widget
        self.last_preview: PdfPreviewDialog | None = None
        self.last_task: TaskHandle | None = None
        self.last_message: QMessageBox | None = None

    def _fail(self, exc: BaseException) -> None:
        """Say why, without blocking (a background task may end while the user does something else)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not done"), ErrorText(self).describe(exc),
                          QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("refusal")
        self.last_message = box
        box.open()

    def preview(self, title: str, make_pdf: Callable[[], bytes], modal: bool = True,
                file_name: str = "document.pdf") -> PdfPreviewDialog | None:
        try:
            data = make_pdf()
        except DomainError as exc:
            self._fail(exc)
            return None
        dialog = PdfPreviewDialog(data, title, self._parent, file_name=file_name,
                                  protected=protected_files(self._ctx.clinic.store.path))
        self.last_preview = dialog
        if modal:
            dialog.exec()
        else:
            dialog.show()
        return dialog

    def dosing_sheet(self, record_id: int, modal: bool = True) -> PdfPreviewDialog | None:
        return self.preview(self.tr("Dosing sheet"), lambda: self._ctx.clinic.dosing_sheet_pdf(
            self._session_of(), record_id), modal, f"dosing-sheet-DR-{record_id:06d}.pdf")

    def blinded_checker_copy(self, record_id: int, modal: bool = True) -> PdfPreviewDialog | None:
        """The second pharmacist's copy: no BSA result, dose or volume, so they work the dose out independently."""
        return self.preview(self.tr("Blinded checker copy"), lambda: self._ctx.clinic.dosing_sheet_pdf(
            self._session_of(), record_id, blinded=True), modal, f"checker-copy-DR-{record_id:06d}.pdf")

    def visit_checklist(self, subject_code: str, modal: bool = True) -> PdfPreviewDialog | None:
        return self.preview(self.tr("Visit checklist"), lambda: self._ctx.clinic.visit_checklist_pdf(
            self._session_of(), subject_code, self._ctx.today()), modal,
            f"visit-checklist-{subject_code}-{self._ctx.today().isoformat()}.pdf")

    def patient_calendar(self, subject_code: str, modal: bool = True) -> PdfPreviewDialog | None:
        return self.preview(self.tr("Patient calendar"), lambda: self._ctx.clinic.patient_calendar_pdf(
            self._session_of(), subject_code, self._ctx.today()), modal,
            f"calendar-{subject_code}-{self._ctx.today().isoformat()}.pdf")

    def worklist(self, modal: bool = True) -> PdfPreviewDialog | None:
        return self.preview(self.tr("Preparation worklist"), lambda: self._ctx.clinic.worklist_pdf(
            self._session_of(), self._ctx.today()), modal, f"worklist-{self._ctx.today().isoformat()}.pdf")

    # --- background work -------------------------------------------------------------------
    def start_day_batch(self, printer: QPrinter | None = None) -> TaskHandle | None:
        """Ask for a printer (unless given), then print the day's batch in the background."""
        if printer is None:
            printer = pdf_printer()
            if QPrintDialog(printer, self._parent).exec() != QDialog.DialogCode.Accepted:
                return None
        session, day = self._session_of(), self._ctx.today()
        handle = self._ctx.tasks.task(_with_worker_clinic(
            self._ctx, lambda clinic, task: day_batch(clinic, session, day, task, printer)))
        self._watch(handle, self.tr("Printing the documents of {day}").format(day=format_date(day)),
                    lambda pages: self.tr("Printed {pages} pages.").format(pages=pages))
        handle.start()
        return handle

    def start_backup(self, dest: Path | None = None) -> TaskHandle | None:
        if dest is None:
            name, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Back up the database"),
                                                  "clinic-backup.sqlite3", self.tr("Database backups (*.sqlite3)"))
            if not name:
                return None
            dest = Path(name)
        session = self._session_of()
        target = dest
        handle = self._ctx.tasks.task(_with_worker_clinic(
            self._ctx, lambda clinic, _task: clinic.backup(session, target)))
        self._watch(handle, self.tr("Backing up"), lambda _r: self.tr("Backup written to {path}.").format(path=target))
        handle.start()
        return handle

    def start_restore(self, src: Path | None = None, *, confirmed: bool = False) -> TaskHandle | None:
        """Replace the database by a verified backup (administrator), after a confirmation."""
        if src is None:
            name, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Restore the database from a backup"), "",
                                                  self.tr("Database backups (*.sqlite3)"))
            if not name:
                return None
            src = Path(name)
        if not confirmed:
            answer = QMessageBox.question(
                self._parent, self.tr("Restore"),
                self.tr("Replace everything in the database by the backup {path}? The current content is kept "
                        "in a safety copy first. Everyone signs in again afterwards.").format(path=src))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        session, source = self._session_of(), src
        handle = self._ctx.tasks.task(_with_worker_clinic(
            self._ctx, lambda clinic, _task: clinic.restore(session, source)))
        handle.succeeded.connect(lambda _safety: self.restored.emit())
        self._watch(handle, self.tr("Restoring"),
                    lambda report: self.tr("Restored from {src}: %n acknowledged record(s) rolled back; the "
                                           "previous content is kept in {safety}.", "", report.rolled_back).format(
                        src=source, safety=report.kept_in))
        handle.start()
        return handle

    def _task_failed(self, exc: BaseException) -> None:
        self.finished.emit(self.tr("Failed."))
        self._fail(exc)

    def _watch(self, handle: TaskHandle, title: str, done_text: Callable[[Any], str]) -> None:
        self.last_task = handle
        progress = TaskProgressDialog(handle, title, self._parent)
        handle.succeeded.connect(lambda result: self.finished.emit(done_text(result)))
        handle.cancelled.connect(lambda: self.finished.emit(self.tr("Stopped.")))
        handle.failed.connect(self._task_failed)
        progress.show()
