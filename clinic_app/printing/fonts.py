"""The bundled DejaVu fonts, registered once with reportlab.

Base-14 Helvetica cannot draw "²", "≤" or "✓" reliably, and a missing glyph fails silently as a
box: every glyph on our paper comes from the TTFs shipped in `resources/fonts/`, embedded in the PDF.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from clinic_app.paths import resource

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}


def register_fonts() -> None:
    """Register the bundled fonts (idempotent); raises FileNotFoundError if a TTF is missing."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    # <b> inside a Paragraph must map to the bold TTF, not to Helvetica-Bold.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(MONO, bold, italic, MONO)
