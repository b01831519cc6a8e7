"""Paragraph and table styles shared by the documents; every style uses the bundled DejaVu fonts."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from .fonts import MONO, SANS, SANS_BOLD, register_fonts

# Paragraphs resolve their fonts when they are built, before any document is: register first.
register_fonts()

BODY = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=11)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
LABEL = ParagraphStyle("label", parent=BODY, fontName=SANS_BOLD, fontSize=8, leading=10,
                       textColor=colors.HexColor("#333333"))
HEADING = ParagraphStyle("heading", parent=BODY, fontName=SANS_BOLD, fontSize=11, leading=13,
                         spaceBefore=4, spaceAfter=2)
ARITHMETIC = ParagraphStyle("arithmetic", parent=BODY, fontName=MONO, fontSize=8, leading=10)
BIG = ParagraphStyle("big", parent=BODY, fontName=SANS_BOLD, fontSize=20, leading=24)
LARGE = ParagraphStyle("large", parent=BODY, fontName=SANS_BOLD, fontSize=28, leading=30, alignment=TA_CENTER)
HUGE = ParagraphStyle("huge", parent=BODY, fontName=SANS_BOLD, fontSize=40, leading=44, alignment=TA_CENTER)
CALENDAR = ParagraphStyle("calendar", parent=BODY, fontSize=13, leading=17)
CALENDAR_DATE = ParagraphStyle("calendar_date", parent=CALENDAR, fontName=SANS_BOLD)
WARNING = ParagraphStyle("warning", parent=BODY, fontName=SANS_BOLD, fontSize=15, leading=19,
                         alignment=TA_CENTER, textColor=colors.HexColor("#b00020"))

GRID = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), SANS),
    ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
])
HEADER_ROW = TableStyle([
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
    ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
])


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (escaped: names and notes may hold '&' or '<')."""
    return Paragraph(escape(text), style)


def rich(markup: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of trusted reportlab markup built by this package (values escaped by the caller)."""
    return Paragraph(markup, style)


def esc(text: str) -> str:
    """Escape a value for use inside `rich` markup."""
    return escape(text)


class FontTable(Table):
    """A Table whose cells default to the bundled font (reportlab's own default is Helvetica)."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS)]))
