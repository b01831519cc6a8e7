"""What printing prepares once gives the same paper as preparing it again: the fonts' embedded
subsets (KeptSubsetFont, once per process), a paragraph's layout (LaidOutParagraph, once per width),
and plain text drawn as it is where a Paragraph would put it (PlainText)."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from clinic_app.domain.protocol import Protocol
from clinic_app.paths import resource
from clinic_app.printing.dosing_sheet import render_dosing_sheet
from clinic_app.printing.fonts import SANS, KeptSubsetFont, register_fonts
from clinic_app.printing.styles import (
    ARITHMETIC,
    BODY,
    HEADING,
    WARNING,
    LaidOutParagraph,
    PlainText,
    para,
    plain_lines,
)

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
    paragraph = LaidOutParagraph("Diluent and bag: 250 mL of sodium chloride 0.9 % or glucose 5 % (circle the one "
                                 "used)", BODY)
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


def _drawn(flowable: Flowable, width: float) -> tuple[tuple[float, float], str]:
    """The size `flowable` takes in a frame `width` wide and the text a PDF reader finds on the page."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    size = flowable.wrapOn(canvas, width, 800)
    flowable.drawOn(canvas, 72, 700 - size[1])
    canvas.showPage()
    canvas.save()
    return size, PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()


@pytest.mark.parametrize("style", [BODY, HEADING, WARNING], ids=["body", "heading", "centred"])
def test_plain_text_takes_the_room_of_the_paragraph_it_replaces(style: ParagraphStyle) -> None:
    register_fonts()
    for text, width in [("Dose calculation", 400), ("Tom & Jerry <b>not bold</b>", 400),
                        ("prepared at ____________ + 24 hour(s) = ____________ (stable 24 hours at room "
                         "temperature after dilution)", 150)]:
        plain = para(text, style)
        assert isinstance(plain, PlainText)
        size, shown = _drawn(plain, width)
        assert size == _drawn(LaidOutParagraph(escape(text), style), width)[0]
        assert " ".join(shown.split()) == text  # markup characters printed as written, nothing lost
        assert (plain.getSpaceBefore(), plain.getSpaceAfter()) == (style.spaceBefore, style.spaceAfter)


def test_plain_text_is_drawn_without_a_paragraph_only_when_every_line_fits() -> None:
    register_fonts()
    short = plain_lines(["sqrt(170 × 70 / 3600) = 1.8181186857 m²", "1.82 × 80 = 145.6 mg"], ARITHMETIC)
    assert isinstance(short, PlainText)
    assert _drawn(short, 400)[0] == (400, 2 * ARITHMETIC.leading)
    assert short._paragraph is None  # noqa: SLF001
    narrow = plain_lines(["sqrt(170 × 70 / 3600) = 1.8181186857 m²"], ARITHMETIC)
    assert _drawn(narrow, 80)[0][1] > ARITHMETIC.leading  # wrapped by a Paragraph
    assert narrow._paragraph is not None  # noqa: SLF001
    spaced = para("two  spaces", BODY)  # a Paragraph collapses them: so does the fallback
    assert " ".join(_drawn(spaced, 400)[1].split()) == "two spaces"
