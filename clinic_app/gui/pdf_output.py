"""Showing and printing the facade's PDFs with QtPdf: one source of truth for paper.

`QPdfDocument.render()` returns a transparent background, so every page is painted onto white
before it goes to the screen or the printer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)


class PdfLoadError(Exception):
    """The bytes could not be read as a PDF (QPdfDocument's error status in `args`)."""


def load_pdf(data: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over `data`; keep the returned buffer alive as long as the document."""
    # PySide6 takes None for "no parent"; its stub only lists the QObject overload.
    document = QPdfDocument(cast(QObject, parent))
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PdfLoadError(document.error())
    return document, buffer


def render_page_on_white(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """Page `page` rendered at `size` pixels on an opaque white background."""
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.drawImage(QPoint(0, 0), rendered)
    painter.end()
    return image


# Pages are rasterised at no more than this; 1200 dpi A4 pages would need about 0.5 GB each.
RENDER_DPI = 300


def _paint_pages(data: bytes, printer: QPrinter, painter: QPainter, first_page: bool) -> int:
    document, _buffer = load_pdf(data)
    count = document.pageCount()
    for page in range(count):
        if page or not first_page:
            printer.newPage()
        target: QRect = printer.pageLayout().paintRectPixels(printer.resolution())
        points = document.pagePointSize(page)
        scale = min(target.width() / points.width(), target.height() / points.height())
        shown = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
        dpi = min(printer.resolution(), RENDER_DPI)
        size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
        painter.drawImage(shown, render_page_on_white(document, page, size))
    return count


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Send every page of the PDF to `printer` at its resolution; returns the number of pages printed."""
    return print_batch([data], printer)


def print_batch(documents: Iterable[bytes], printer: QPrinter,
                after_each: Callable[[int], None] | None = None) -> int:
    """Print several PDFs as one job (one page sequence); returns the pages printed.

    `after_each(n)` is called after the n-th document (1-based); it may raise to stop the batch
    (e.g. TaskCancelled). Painting on a QPrinter is allowed off the UI thread, so a background task
    may call this with a printer the UI configured and no longer touches.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    pages = 0
    try:
        for number, data in enumerate(documents, start=1):
            pages += _paint_pages(data, printer, painter, first_page=pages == 0)
            if after_each is not None:
                after_each(number)
    finally:
        painter.end()
    log.info("printed %d page(s) to %s", pages, printer.printerName() or printer.outputFileName())
    return pages


def pdf_printer(output_file: str | None = None) -> QPrinter:
    """A high-resolution printer; with `output_file`, one that writes a PDF (no printer needed)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    if output_file is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(output_file)
    return printer
