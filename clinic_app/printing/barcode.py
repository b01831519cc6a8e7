"""A Code128 barcode of a record ID, with the ID printed under it in the bundled font.

Code128 (not QR) because every pharmacy hand scanner reads it and the IDs are short ASCII.
"""

from __future__ import annotations

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .fonts import MONO

_BAR_WIDTH = 0.33 * mm  # ~13 mil: wide enough to scan from a laser print and from a 150 dpi render
_BAR_HEIGHT = 12 * mm


class RecordBarcode(Flowable):
    """Code128 of `value` with the human-readable value beneath (drawn with DejaVu Sans Mono)."""

    def __init__(self, value: str) -> None:
        super().__init__()
        if not value or not value.isascii() or not value.isprintable():
            raise ValueError(f"barcode value must be printable ASCII, got {value!r}")
        self.value = value
        self._code = Code128(value, barWidth=_BAR_WIDTH, barHeight=_BAR_HEIGHT, humanReadable=0)
        self.width = float(self._code.width)
        self.height = _BAR_HEIGHT + 4.5 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self._code.drawOn(self.canv, 0, 4.5 * mm)
        self.canv.setFont(MONO, 9)
        self.canv.drawCentredString(self.width / 2, 1 * mm, self.value)
