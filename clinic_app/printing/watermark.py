"""A diagonal watermark drawn as a picture, not as text.

Text drawn diagonally across a page lands between the lines of the content in every text
extractor (copy/paste, screen readers, our own tests read "COHORT R A IN"...); as an image it marks
the page just as clearly and leaves the text layer clean. The letters are the bundled DejaVu Sans
Bold, rasterised with Pillow (a reportlab dependency).

The picture is rasterised and encoded for PDF (its colour and its transparency, Flate-compressed)
once per process, and each PDF embeds it once, however many pages it marks: reportlab's own
`drawImage` digests and compresses the picture again for every document, which was a third of a
dosing sheet's time.
"""

from __future__ import annotations

import copy
import functools
import hashlib

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFImageXObject, PDFObjectReference, xObjectName
from reportlab.pdfgen.canvas import Canvas

from clinic_app.paths import resource

_DPI = 100
_ANGLE = 52
_RGBA = (204, 0, 26, 40)  # dark red, ~16 % opaque: content stays legible through it


@functools.lru_cache(maxsize=8)
def _picture(text: str, font_pt: int) -> ImageReader:
    font = ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), size=font_pt * _DPI // 72)
    left, top, right, bottom = (int(edge) for edge in font.getbbox(text))
    image = Image.new("RGBA", (right - left + 8, bottom - top + 8), (255, 255, 255, 0))
    ImageDraw.Draw(image).text((4 - left, 4 - top), text, font=font, fill=_RGBA)
    return ImageReader(image.rotate(_ANGLE, expand=True, resample=Image.Resampling.BICUBIC))


@functools.lru_cache(maxsize=8)
def _encoded(text: str, font_pt: int) -> tuple[PDFImageXObject, PDFImageXObject | None]:
    """The picture as a PDF image and its soft mask, encoded once (names from the text: stable)."""
    name = "Watermark" + hashlib.sha256(f"{text}|{font_pt}".encode()).hexdigest()[:16]
    image = PDFImageXObject(name, _picture(text, font_pt), mask="auto")
    alpha: PDFImageXObject | None = getattr(image, "_smask", None)
    if alpha is not None:  # referred to by name, so the same encoded image serves every document
        alpha.name = name + "Alpha"
        del image._smask  # noqa: SLF001 - reportlab keeps the mask inline; it is written once, by name
        image.smask = PDFObjectReference(xObjectName(alpha.name))
    return image, alpha


def draw_watermark(canvas: Canvas, text: str, page_width: float, page_height: float, font_pt: int = 34) -> None:
    """Draw `text` diagonally across the middle of the page, behind the content."""
    image, alpha = _encoded(text, font_pt)
    doc = canvas._doc  # noqa: SLF001 - the document the page belongs to (reportlab keeps it there)
    if not doc.hasForm(image.name):  # first page of this document that shows it: embed it once
        # A copy per document (reportlab marks an object with the document's name for it); the
        # encoded bytes are shared.
        doc.addForm(image.name, copy.copy(image))
        if alpha is not None:
            doc.Reference(copy.copy(alpha), xObjectName(alpha.name))
    width, height = image.width * 72 / _DPI, image.height * 72 / _DPI
    canvas.saveState()
    canvas.translate((page_width - width) / 2, (page_height - height) / 2)
    canvas.scale(width, height)
    canvas.doForm(image.name)  # an image XObject is drawn with the same operator as a form
    canvas.restoreState()
