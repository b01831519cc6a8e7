"""What every page carries, the bundled fonts, the barcode, and the layer's independence."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from clinic_app.domain.protocol import Protocol
from clinic_app.printing.barcode import RecordBarcode
from clinic_app.printing.blinded_copy import render_blinded_checker_copy
from clinic_app.printing.checklist import render_visit_checklist
from clinic_app.printing.dosing_sheet import render_dosing_sheet
from clinic_app.printing.page import DEMO_TEXT
from clinic_app.printing.patient_calendar import render_patient_calendar
from clinic_app.printing.worklist import render_worklist

from .pdftools import decode_barcodes, embedded_font_names, font_names, pages_text, poppler_text, render_png
from .samples import C1D1, calendar_input, checklist_input, dosing_input, worklist_input

Render = Callable[[Protocol, bool, str], bytes]
DOCUMENTS: dict[str, Render] = {
    "dosing_sheet": lambda p, demo, size: render_dosing_sheet(dosing_input(p, demo=demo, page_size=size)),
    "blinded_copy": lambda p, demo, size: render_blinded_checker_copy(dosing_input(p, demo=demo, page_size=size)),
    "checklist": lambda p, demo, size: render_visit_checklist(checklist_input(p, C1D1, demo=demo, page_size=size)),
    "calendar": lambda p, demo, size: render_patient_calendar(calendar_input(p, C1D1, demo=demo, page_size=size)),
    "worklist": lambda p, demo, size: render_worklist(worklist_input(p, 40, demo=demo, page_size=size)),
}
# Points: A4 is 210 × 297 mm, US Letter 8.5 × 11 in (72 pt per inch).
PAPER = {"A4": (595, 842), "Letter": (612, 792)}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_every_page_carries_the_furniture(protocol: Protocol, name: str) -> None:
    pages = pages_text(DOCUMENTS[name](protocol, True, "A4"))
    for number, page in enumerate(pages, start=1):
        assert DEMO_TEXT in page
        assert f"page {number} of {len(pages)}" in page
        assert "Clinic Dosing Assistant 0.1.0" in page
        assert "printed Mon 05-Jan-2026 07:45 UTC+01:00 by P. Harmacist (pharmacist)" in page \
            or "printed Mon 05-Jan-2026 16:20 UTC+01:00" in page
        assert "sheet " in page
    if name == "worklist":
        assert len(pages) > 1  # 40 doses: the "of Y" is really counted


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_no_demo_band_on_real_data(protocol: Protocol, name: str) -> None:
    assert all(DEMO_TEXT not in page for page in pages_text(DOCUMENTS[name](protocol, False, "A4")))


@pytest.mark.parametrize("size", sorted(PAPER))
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_paper_size(protocol: Protocol, name: str, size: str) -> None:
    box = PdfReader(io.BytesIO(DOCUMENTS[name](protocol, False, size))).pages[0].mediabox
    dims = sorted((round(float(box.width)), round(float(box.height))))
    assert dims == sorted(PAPER[size])  # the worklist is landscape: compare unordered


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_only_the_bundled_dejavu_fonts_and_all_embedded(protocol: Protocol, name: str) -> None:
    pdf = DOCUMENTS[name](protocol, True, "A4")
    fonts = font_names(pdf)
    assert fonts == embedded_font_names(pdf), "a font is referenced but not embedded"
    assert any(f.endswith("+DejaVuSans") for f in fonts)
    assert all("DejaVu" in f for f in fonts), fonts  # never Helvetica: it has no ², ≤, ✓ or ☐


def test_special_glyphs_survive_in_the_text_layer(protocol: Protocol) -> None:
    # If a glyph were missing the PDF would still "work" and show boxes; the text layer keeps the characters.
    content = poppler_text(render_visit_checklist(checklist_input(protocol, C1D1)))
    for glyph in ("²", "≥", "☐", "⁹", "×", "·"):
        assert glyph in content, glyph


@pytest.mark.parametrize("record_id", ["DR-000123", "DR-2026-0001-A", "7"])
def test_barcode_decodes_to_the_record_id(protocol: Protocol, tmp_path: Path, record_id: str) -> None:
    pdf = render_dosing_sheet(dosing_input(protocol, record_id=record_id))
    png = render_png(pdf, tmp_path / "sheet.png", dpi=150)
    assert decode_barcodes(png) == [record_id]


def test_barcode_refuses_what_code128_cannot_carry() -> None:
    with pytest.raises(ValueError):
        RecordBarcode("DR-0001\n")
    with pytest.raises(ValueError):
        RecordBarcode("Dosis-µ")


def test_printing_needs_no_database_or_qt() -> None:
    code = (
        "import json, sys\n"
        "import clinic_app.printing.dosing_sheet, clinic_app.printing.blinded_copy, clinic_app.printing.checklist\n"
        "import clinic_app.printing.patient_calendar, clinic_app.printing.worklist\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlite3', 'sqlite_utils') or m.startswith(('clinic_app.store', 'clinic_app.facade', "
        "'clinic_app.gui')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert json.loads(out.stdout) == []

