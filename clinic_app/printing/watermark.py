"""A diagonal watermark drawn as a picture, not as text.

Text drawn diagonally across a page lands between the lines of the content in every text
extractor (copy/paste, screen readers, our own tests read "COHORT R A IN"...); as an image it marks
the page just as clearly and leaves the text layer clean. The letters are the bundled DejaVu Sans
Bold, rasterised with Pillow (a reportlab dependency).
"""

from __future__ import annotations

import functools

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
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


def draw_watermark(canvas: Canvas, text: str, page_width: float, page_height: float, font_pt: int = 34) -> None:
    """Draw `text` diagonally across the middle of the page, behind the content."""
    picture = _picture(text, font_pt)
    pixels_w, pixels_h = picture.getSize()
    width, height = pixels_w * 72 / _DPI, pixels_h * 72 / _DPI
    canvas.drawImage(picture, (page_width - width) / 2, (page_height - height) / 2, width, height, mask="auto")
