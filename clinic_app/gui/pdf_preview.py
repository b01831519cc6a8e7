"""Preview a document (QPdfView), print it (QPrintDialog) or save it: Save PDF writes the program's own
PDF bytes (text, fonts, barcodes as printed), never Qt's "Print to File" image of the pages."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from .file_output import SavedFile, ask_save_path
from .pdf_output import load_pdf, pdf_printer, print_pdf

log = logging.getLogger(__name__)


class PdfPreviewDialog(QDialog):
    """The PDF exactly as it will print; Ctrl+P prints."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None, file_name: str = "document.pdf",
                 protected: Iterable[Path] = ()) -> None:
        super().__init__(parent)
        self.saver = SavedFile(self, protected)
        self.setWindowTitle(title)
        self.data = data
        self.document, self._buffer = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # The page itself is drawn on white by QPdfView; the margin around it stays grey.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("&Print..."), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = buttons.addButton(self.tr("&Save PDF..."), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.file_name = file_name
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(820, 900)

    def save_pdf(self, path: Path | None = None, *, replace: bool = False) -> Path | None:
        """Write the document's own PDF bytes to `path` (asked for when None, Qt's dialog confirming
        a replacement), through clinic_app.files; returns where, or None (refused or cancelled)."""
        if path is None:
            path = ask_save_path(self, self.tr("Save PDF"), self.file_name, self.tr("PDF documents (*.pdf)"))
            if path is None:
                return None
            replace = True
        return self.saver.write(path, self.data, replace=replace, field=self.tr("PDF file"))

    def print_document(self) -> None:
        printer = pdf_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.data, printer)
        except OSError as exc:
            log.warning("printing failed: %s", exc)
            QMessageBox.warning(self, self.tr("Printing failed"),
                                self.tr("The document could not be printed: {error}").format(error=exc))
