"""Reading our PDFs back the way a person or a scanner would: text, fonts, rendered pages."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader
from required_tools import require_tool

# ISMP (WRITE-1): trailing zero before a unit, a naked leading point, banned abbreviations.
TRAILING_ZERO = re.compile(r"\b\d+\.\d*0 ?(?:mg|mL|mcg)\b")
NAKED_POINT = re.compile(r"(?<![\w.])\.\d")
BANNED = re.compile(r"µg|μg|\bSC\b|\bSQ\b|\bs\.c\.", re.IGNORECASE)


def pages_text(pdf: bytes) -> list[str]:
    """Text of each page in drawing order (pypdf), whitespace collapsed: a table reads row by row,
    cell by cell, which is the order a person follows the sheet in."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def poppler_text(pdf: bytes) -> str:
    """The text as poppler's `pdftotext -layout` lays it out (what a viewer's copy/paste gives)."""
    pdftotext = require_tool("pdftotext", "poppler-utils")
    out = subprocess.run([pdftotext, "-layout", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True,
                         check=True)
    return out.stdout.decode("utf-8")


def text(pdf: bytes) -> str:
    """All pages' text, whitespace collapsed to single spaces."""
    return " ".join(pages_text(pdf))


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def font_names(pdf: bytes) -> set[str]:
    """BaseFont names of every font resource in the document (subset prefix kept)."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def embedded_font_names(pdf: bytes) -> set[str]:
    """BaseFont names of fonts whose program is embedded (FontFile2 = TrueType)."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def ismp_problems(content: str) -> list[str]:
    """Every ISMP violation found in a document's text."""
    return ([f"trailing zero: {m.group(0)!r}" for m in TRAILING_ZERO.finditer(content)]
            + [f"naked decimal point: {m.group(0)!r}" for m in NAKED_POINT.finditer(content)]
            + [f"banned abbreviation: {m.group(0)!r}" for m in BANNED.finditer(content)])


def render_png(pdf: bytes, out: Path, *, dpi: int = 80, page: int = 1) -> Path:
    """Render one page with pdftoppm; skips the test when poppler is absent (fails it under CI)."""
    pdftoppm = require_tool("pdftoppm", "poppler-utils")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        stem = Path(tmp) / "page"
        subprocess.run([pdftoppm, "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                        str(source), str(stem)], check=True)
        shutil.copyfile(stem.with_suffix(".png"), out)
    return out


def decode_barcodes(png: Path) -> list[str]:
    """Every symbol zbarimg finds on a rendered page; skips the test when zbarimg is absent (fails it
    under CI)."""
    zbarimg = require_tool("zbarimg", "zbar-tools", "barcode not decoded")
    out = subprocess.run([zbarimg, "--quiet", "--raw", str(png)], capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line]
