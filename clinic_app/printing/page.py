"""The page template every document shares, and the one function that turns stories into PDF bytes.

Every page carries: the document title and a running head (the patient's two identifiers where
there is a patient), the sheet serial, the app version, printed at / by, "page X of Y", and a
"DEMO DATA - FICTIONAL PATIENTS" band when the data are fictional. "Y" is only known at the end,
so the furniture is drawn when the canvas saves (reportlab's two-pass page-count recipe).

Several documents can share one PDF (a day's batch, `build_parts`): each starts on a new page with
its own paper, furniture and page count, and the fonts and pictures they share are embedded once.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from clinic_app.domain.formatting import format_datetime
from clinic_app.wording.values import QT_TRANSLATE_NOOP

from .context import PrintContext
from .fonts import SANS, SANS_BOLD, register_fonts
from .words import translate

APP_NAME = QT_TRANSLATE_NOOP("Paper", "Clinic Dosing Assistant")
DEMO_TEXT = QT_TRANSLATE_NOOP("Paper", "DEMO DATA - FICTIONAL PATIENTS")
MARGIN = 11 * mm
_HEAD = 14 * mm  # room above the frame for the title band
_FOOT = 12 * mm
_PAGE_SIZES = {"A4": A4, "Letter": LETTER}

# Binary (Flate only) streams instead of ASCII85 text: reportlab's pure-Python ASCII85 encoder was
# half the time of a dosing sheet (the watermark picture and the fonts), and the files get smaller.
rl_config.useA85 = 0


PageHook = Callable[[Canvas, Any], None]


def page_size(ctx: PrintContext, *, landscape: bool = False) -> tuple[float, float]:
    """Width and height in points of the context's paper (turned sideways for `landscape`)."""
    width, height = _PAGE_SIZES[ctx.page_size]
    return (height, width) if landscape else (width, height)


def frame_width(ctx: PrintContext, *, landscape: bool = False) -> float:
    """Usable width in points between the margins."""
    return float(page_size(ctx, landscape=landscape)[0] - 2 * MARGIN)


def _furniture(canvas: Canvas, ctx: PrintContext, title: str, running_head: str,
               page: int, pages: int) -> None:
    width, height = canvas._pagesize  # noqa: SLF001 (reportlab keeps the page size there)
    canvas.saveState()
    top = height - MARGIN
    if ctx.demo:
        canvas.setFillColor(colors.HexColor("#b00020"))
        canvas.rect(MARGIN, top - 6 * mm, width - 2 * MARGIN, 6 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(SANS_BOLD, 10)
        canvas.drawCentredString(width / 2, top - 4.3 * mm, translate("Paper", DEMO_TEXT))
        top -= 7 * mm
    canvas.setFillColor(colors.black)
    canvas.setFont(SANS_BOLD, 11)
    canvas.drawString(MARGIN, top - 4 * mm, title)
    canvas.setFont(SANS, 9)
    canvas.drawRightString(width - MARGIN, top - 4 * mm, running_head)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 6 * mm, width - MARGIN, top - 6 * mm)

    bottom = MARGIN
    canvas.line(MARGIN, bottom + 8 * mm, width - MARGIN, bottom + 8 * mm)
    canvas.setFont(SANS, 7.5)
    canvas.drawString(MARGIN, bottom + 4.5 * mm, translate("Paper", APP_NAME) + f" {ctx.app_version}"
                                                  + (f"   {ctx.trail}" if ctx.trail else ""))
    canvas.drawString(MARGIN, bottom + 1 * mm, translate("Paper", "printed {when} by {who}").format(
        when=format_datetime(ctx.printed_at), who=ctx.printed_by))
    canvas.setFont(SANS_BOLD, 8)
    canvas.drawRightString(width - MARGIN, bottom + 4.5 * mm, translate("Paper", "sheet {serial}").format(
        serial=ctx.serial))
    canvas.drawRightString(width - MARGIN, bottom + 1 * mm, translate("Paper", "page {page} of {pages}").format(
        page=page, pages=pages))
    canvas.restoreState()


@dataclass(frozen=True)
class Part:
    """One document of a PDF: its story and what its pages carry (see the module docstring).
    `on_page` draws behind the content of every page (e.g. a NOT VERIFIED watermark)."""

    story: Sequence[Flowable]
    ctx: PrintContext
    title: str
    running_head: str = ""
    on_page: PageHook | None = None
    subject: str = ""
    landscape: bool = False


def _canvas_class(parts: Sequence[Part]) -> type[Canvas]:
    class _FurnishedCanvas(Canvas):
        """Holds every page back until save() so that each document's page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.part = 0  # the document the page being drawn belongs to (set by its page template)

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals = Counter(state["part"] for state in self._pages)
            numbers: Counter[int] = Counter()
            for state in self._pages:
                self.__dict__.update(state)
                numbers[self.part] += 1
                part = parts[self.part]
                _furniture(self, part.ctx, part.title, part.running_head, numbers[self.part], totals[self.part])
                super().showPage()
            super().save()

    return _FurnishedCanvas


def _template(index: int, part: Part) -> PageTemplate:
    width, height = page_size(part.ctx, landscape=part.landscape)
    top = MARGIN + _HEAD + (7 * mm if part.ctx.demo else 0)
    bottom = MARGIN + _FOOT
    frame = Frame(MARGIN, bottom, width - 2 * MARGIN, height - top - bottom, id=f"body{index}",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_page(canvas: Canvas, doc: Any) -> None:
        canvas.part = index  # the furnished canvas above counts pages by document
        if part.on_page is not None:
            part.on_page(canvas, doc)

    return PageTemplate(id=f"part{index}", frames=[frame], onPage=on_page, pagesize=(width, height))


def build_pdf(story: Sequence[Flowable], ctx: PrintContext, *, title: str, running_head: str = "",
              on_page: PageHook | None = None, subject: str = "", landscape: bool = False) -> bytes:
    """Lay `story` out on the shared page template and return the PDF bytes."""
    return build_parts([Part(story, ctx, title, running_head, on_page, subject, landscape)], title=title,
                       subject=subject)


def build_parts(parts: Sequence[Part], *, title: str, subject: str = "") -> bytes:
    """Lay several documents out in one PDF, each from a new page with its own furniture and page
    count; the PDF's metadata says `title`. Output is byte-identical when the first part's context
    asks for it (`deterministic`)."""
    if not parts:
        raise ValueError("a PDF needs at least one document")
    register_fonts()
    first = parts[0]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=page_size(first.ctx, landscape=first.landscape),
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + _HEAD, bottomMargin=MARGIN + _FOOT,
        title=title, author=APP_NAME, subject=subject, creator=f"{APP_NAME} {first.ctx.app_version}",
        invariant=1 if first.ctx.deterministic else 0, initialFontName=SANS, initialFontSize=9,
    )
    doc.addPageTemplates([_template(n, part) for n, part in enumerate(parts)])
    story: list[Flowable] = list(first.story)
    for n, part in enumerate(parts[1:], start=1):
        story += [NextPageTemplate(f"part{n}"), PageBreak(), *part.story]
    doc.build(story, canvasmaker=_canvas_class(parts))
    return buffer.getvalue()
