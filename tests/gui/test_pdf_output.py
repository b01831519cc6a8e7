"""Previewing and printing PDFs through QtPdf, onto white, with no printer installed."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from clinic_app.gui.pdf_output import load_pdf, pdf_printer, print_batch, print_pdf, render_page_on_white
from clinic_app.gui.pdf_preview import PdfPreviewDialog


def _two_page_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for text in ("first page", "second page"):
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_page_is_rendered_on_opaque_white(qapp) -> None:  # type: ignore[no-untyped-def]
    document, _buffer = load_pdf(_two_page_pdf())
    image = render_page_on_white(document, 0, QSize(210, 297))
    corner = QColor(image.pixel(5, 5))
    assert (corner.red(), corner.green(), corner.blue(), corner.alpha()) == (255, 255, 255, 255)


def test_print_writes_every_page(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "printed.pdf"
    assert print_pdf(_two_page_pdf(), pdf_printer(str(target))) == 2
    assert len(PdfReader(target).pages) == 2


def test_preview_shows_the_document(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PdfPreviewDialog(_two_page_pdf(), "Test")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.view.document().pageCount() == 2


def test_batch_prints_documents_in_one_job_and_can_stop(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "batch.pdf"
    assert print_batch([_two_page_pdf(), _two_page_pdf()], pdf_printer(str(target))) == 4
    assert len(PdfReader(target).pages) == 4

    class Stop(Exception):
        pass

    def stop_after_first(number: int) -> None:
        if number == 1:
            raise Stop()

    stopped = tmp_path / "stopped.pdf"
    try:
        print_batch([_two_page_pdf(), _two_page_pdf()], pdf_printer(str(stopped)), stop_after_first)
    except Stop:
        pass
    assert len(PdfReader(stopped).pages) == 2
