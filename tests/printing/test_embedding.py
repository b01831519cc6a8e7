"""What is prepared once per process for printing gives the same PDFs as preparing it per document:
the fonts' embedded subsets (KeptSubsetFont) and a paragraph's layout (LaidOutParagraph)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from clinic_app.domain.protocol import Protocol
from clinic_app.paths import resource
from clinic_app.printing.dosing_sheet import render_dosing_sheet
from clinic_app.printing.fonts import SANS, KeptSubsetFont, register_fonts
from clinic_app.printing.styles import BODY, LaidOutParagraph, para

from .samples import dosing_input


def _sans() -> KeptSubsetFont:
    register_fonts()
    font = pdfmetrics.getFont(SANS)
    assert isinstance(font, KeptSubsetFont)
    return font


def test_a_kept_subset_gives_the_bytes_of_reportlabs_own_embedding(protocol: Protocol,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = dosing_input(protocol, demo=True)
    kept = render_dosing_sheet(sheet)
    assert render_dosing_sheet(sheet) == kept  # the second time from the kept subsets
    stock = TTFont(SANS, str(resource("fonts", "DejaVuSans.ttf")))  # reportlab's, subset per document
    monkeypatch.setitem(pdfmetrics._fonts, SANS, stock)  # noqa: SLF001 - the registry has no public setter
    assert render_dosing_sheet(sheet) == kept


def _page(text: str, *, compression: int = 1) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=compression, invariant=1)
    canvas.setFont(SANS, 10)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_subset_is_built_once_per_glyph_set(protocol: Protocol, monkeypatch: pytest.MonkeyPatch) -> None:
    font = _sans()
    sheet = dosing_input(protocol)
    render_dosing_sheet(sheet)
    built: list[int] = []
    make_subset = font.face.makeSubset
    monkeypatch.setattr(font.face, "makeSubset", lambda subset: built.append(len(subset)) or make_subset(subset))
    render_dosing_sheet(sheet)
    assert built == []  # the same glyphs: nothing subset again
    text = "Ωmega ≤ ≥ ∑ ∂"  # glyphs no sheet uses: a new subset, then kept
    first = _page(text)
    assert len(built) == 1
    assert _page(text) == first and len(built) == 1
    assert text in PdfReader(io.BytesIO(first)).pages[0].extract_text()


def test_an_uncompressed_pdf_embeds_the_subset_as_it_is() -> None:
    _sans()
    compressed = _page("PACLitaxel 146 mg")
    plain = _page("PACLitaxel 146 mg", compression=0)
    assert b"/FlateDecode" in compressed and b"glyf" not in compressed
    assert b"/FlateDecode" not in plain and b"glyf" in plain  # the TrueType tables, stored raw
    for data in (compressed, plain):
        assert "PACLitaxel 146 mg" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_a_paragraph_is_laid_out_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = para("Diluent and bag: 250 mL of sodium chloride 0.9 % or glucose 5 % (circle the one used)")
    assert isinstance(paragraph, LaidOutParagraph)
    breaks: list[float] = []
    break_lines = paragraph.breakLines
    monkeypatch.setattr(paragraph, "breakLines", lambda widths: breaks.append(widths[0]) or break_lines(widths))
    narrow = paragraph.wrap(100, 1000)
    assert paragraph.wrap(100, 50) == narrow  # a table wraps again to draw: the same layout
    assert len(breaks) == 1
    wide = paragraph.wrap(400, 1000)  # another width is laid out again
    assert len(breaks) == 2 and wide[1] < narrow[1]
    assert paragraph.wrap(100, 1000) == narrow and len(breaks) == 3
    assert BODY.leading == narrow[1] / len(paragraph.blPara.lines)
