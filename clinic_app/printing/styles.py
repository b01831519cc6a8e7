"""Paragraph and table styles shared by the documents; every style uses the bundled DejaVu fonts.

Text that fits its cell on one line is drawn as it is (`cell`, `Lines`); only text that must wrap
goes through reportlab's Paragraph, whose layout was the larger part of a sheet's cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle
from reportlab.rl_config import _FUZZ

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


def _draw_line(canvas: Any, style: ParagraphStyle, width: float, baseline: float, text: str) -> None:
    """One line of plain text placed as a Paragraph of `style` would place it in `width` points."""
    if style.alignment == TA_CENTER:
        canvas.drawCentredString(width / 2, baseline, text)
    elif style.alignment == TA_RIGHT:
        canvas.drawRightString(width, baseline, text)
    else:
        canvas.drawString(0, baseline, text)


class LaidOutParagraph(Paragraph):
    """A Paragraph laid out once per width: a table wraps each cell's paragraphs to size its rows
    and again to draw them, and reportlab's line breaking was a large part of a sheet's cost. The
    layout depends on the width alone, so a second wrap at the same width returns the first."""

    _laid_out_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        if availWidth == self._laid_out_width:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._laid_out_width = availWidth if availWidth >= _FUZZ else None
        return width, height


class PlainText(Flowable):
    """Lines of plain text in one style, drawn as they are when each fits the width (where a
    Paragraph would draw them), else laid out by a Paragraph that wraps them. Most text on paper is
    one short line: a Paragraph parses, measures and breaks it for nothing."""

    def __init__(self, lines: Sequence[str], style: ParagraphStyle) -> None:
        super().__init__()
        self._lines = list(lines)
        self.style = style
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self._paragraph: Paragraph | None = None  # once the text must wrap
        self._available = 0.0
        self._plain_at: float | None = None  # the last width its lines were measured to fit

    @property
    def text(self) -> str:
        """The text, lines joined by newlines."""
        return "\n".join(self._lines)

    def _plain(self, width: float) -> bool:
        style = self.style
        indented = style.leftIndent or style.rightIndent or style.firstLineIndent
        if indented or getattr(style, "autoLeading", "") not in ("", "off"):
            return False
        return all(line and line == " ".join(line.split()) and stringWidth(line, style.fontName, style.fontSize)
                   <= width for line in self._lines)  # Paragraph would keep each on one line, as it is

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        # A table wraps its cells to size the rows and again to draw them: measure the lines once.
        if self._paragraph is None and (availWidth == self._plain_at or self._plain(availWidth)):
            self._plain_at = availWidth
            self._available = availWidth
            self.width, self.height = availWidth, float(self.style.leading * len(self._lines))
            return self.width, self.height
        if self._paragraph is None:
            self._paragraph = LaidOutParagraph("<br/>".join(escape(line) for line in self._lines), self.style)
        self.width, self.height = self._paragraph.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self._paragraph is None:
            return []  # lines that fit the width: moved whole to the next frame, as a Paragraph's one line
        return list(self._paragraph.split(availWidth, availHeight))

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        canvas, style = self.canv, self.style
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        top = self.height
        for line in self._lines:
            _draw_line(canvas, style, self._available, top - style.fontSize, line)
            top -= style.leading


def para(text: str, style: ParagraphStyle = BODY) -> Flowable:
    """A paragraph of plain text (never markup: names and notes may hold '&' or '<'), wrapped when
    it does not fit on one line."""
    return PlainText([text], style)


def plain_lines(lines: Sequence[str], style: ParagraphStyle = BODY) -> Flowable:
    """Lines of plain text, one under the other, each wrapped when it does not fit."""
    return PlainText(lines, style)


def rich(markup: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of trusted reportlab markup built by this package (values escaped by the caller)."""
    return LaidOutParagraph(markup, style)


def esc(text: str) -> str:
    """Escape a value for use inside `rich` markup."""
    return escape(text)


CELL_PADDING = 6  # reportlab's default left and right padding of a table cell

Line = tuple[str, ParagraphStyle]


class Lines(Flowable):
    """Lines of plain text, each in its own style, drawn where a Paragraph would put them (each
    baseline one font size below the top of its line, lines one leading apart). Made by `cell` when
    every line fits the width, so nothing wraps."""

    def __init__(self, lines: Sequence[Line]) -> None:
        super().__init__()
        self._lines = list(lines)
        self._available = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._available = available_width
        self.width, self.height = available_width, float(sum(style.leading for _, style in self._lines))
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        for text, style in self._lines:
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            _draw_line(canvas, style, self._available, top - style.fontSize, text)
            top -= style.leading


def fits(text: str, style: ParagraphStyle, width: float) -> bool:
    """True when `text` stands on one line of `width` points in `style`."""
    return "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width


def cell(lines: Sequence[Line], width: float) -> Flowable | list[Flowable]:
    """Plain text lines for a table cell `width` points wide (its padding included): drawn as they
    are when each fits on one line, else as paragraphs that wrap."""
    inner = width - 2 * CELL_PADDING
    if all(fits(text, style, inner) for text, style in lines):
        return Lines(lines)
    return [para(text, style) for text, style in lines]


class SansCell(CellStyle):
    """A table cell in the bundled font (reportlab's own default is Helvetica)."""

    fontname = SANS


class GridCell(SansCell):
    """A cell of a `GRID` table: what GRID's cell commands would set, as defaults."""

    fontsize = 9
    valign = "TOP"
    topPadding = 1.5  # noqa: N815 (reportlab's names)
    bottomPadding = 2.5  # noqa: N815


class FontTable(Table):
    """A Table whose cells default to the bundled font, or to `cell`'s settings.

    The settings are each cell's defaults from the start: a style command setting them (FONTNAME
    over the whole table) is applied to every cell one by one, for each table of every page, and
    reportlab names each cell's style with the repr of its position."""

    def __init__(self, data: Any, *args: Any, cell: type[CellStyle] = SansCell, **kwargs: Any) -> None:
        if data and "cellStyles" not in kwargs:
            columns = max(len(row) for row in data)
            kwargs["cellStyles"] = [[cell("") for _ in range(columns)] for _ in data]
        super().__init__(data, *args, **kwargs)
        if not data:
            self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS)]))


GRID_LINES = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777"))])


def grid_table(data: Any, col_widths: Sequence[float]) -> FontTable:
    """A table styled as `GRID`: its cells with GridCell's defaults, the grid lines one command."""
    table = FontTable(data, colWidths=list(col_widths), cell=GridCell)
    table.setStyle(GRID_LINES)
    return table
