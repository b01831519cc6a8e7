"""The bundled DejaVu fonts, registered once with reportlab.

Base-14 Helvetica cannot draw "²", "≤" or "✓" reliably, and a missing glyph fails silently as a
box: every glyph on our paper comes from the TTFs shipped in `resources/fonts/`, embedded in the PDF.

Each PDF embeds the subset of glyphs it uses (the font file, its widths and its ToUnicode map).
reportlab builds, formats and compresses them again for every document; most documents use the same
glyphs, so they are kept per process (`KeptSubsetFont`, keyed by the glyphs in their order) and the
PDF bytes are the same as reportlab's own.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont, makeToUnicodeCMap

from clinic_app.paths import resource

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}


_SUBSETS_KEPT = 32  # per font: a few glyph sets (per document kind and language) come back all the time


class _Formatted(pdfdoc.PDFObject):
    """A PDF value formatted once (its bytes do not depend on the document)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


@dataclass(frozen=True)
class _Subset:
    """What one glyph subset of a font puts in a PDF, ready to write (streams compressed or not)."""

    widths: _Formatted
    cmap: bytes
    font_file: bytes
    font_file_length: int


def _stream(content: bytes, compressed: bool, **entries: Any) -> pdfdoc.PDFStream:
    stream = pdfdoc.PDFStream(pdfdoc.PDFDictionary(entries))
    stream.content = content
    if compressed:  # already Flate-compressed: the stream writes the bytes as they are
        stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    return stream


class KeptSubsetFont(TTFont):
    """A TrueType font whose embedded subsets are built once per process (reportlab's
    TTFont.addObjects and TTFontFace.addSubsetObjects, writing the same objects)."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._kept: OrderedDict[tuple[int, tuple[int, ...], bool], _Subset] = OrderedDict()

    def _subset(self, n: int, subset: list[int], base_font_name: str, compressed: bool) -> _Subset:
        key = (n, tuple(subset), compressed)
        kept = self._kept.get(key)
        if kept is not None:
            self._kept.move_to_end(key)
            return kept
        face = self.face
        widths = pdfdoc.PDFArray([face.getCharWidth(code) for code in subset])
        cmap = makeToUnicodeCMap(base_font_name, subset).encode("utf8")
        font_file = face.makeSubset(subset)
        kept = _Subset(widths=_Formatted(pdfdoc.format(widths, None)),
                       cmap=zlib.compress(cmap) if compressed else cmap,  # as reportlab's PDFZCompress
                       font_file=zlib.compress(font_file) if compressed else font_file,
                       font_file_length=len(font_file))
        self._kept[key] = kept
        if len(self._kept) > _SUBSETS_KEPT:
            self._kept.popitem(last=False)
        return kept

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (reportlab's name)
        """Add the font's subsets used in `doc` to it (one Font, ToUnicode map, FontDescriptor and
        font file per subset)."""
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        face = self.face
        compressed = bool(doc.compression)
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_font_name = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            kept = self._subset(n, subset, base_font_name, compressed)
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = kept.widths
            pdf_font.ToUnicode = doc.Reference(_stream(kept.cmap, compressed), "toUnicodeCMap:" + base_font_name)
            font_file = _stream(kept.font_file, compressed, Length1=kept.font_file_length)
            descriptor = pdfdoc.PDFDictionary({
                "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
                "Descent": face.descent, "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox), "FontName": pdfdoc.PDFName(base_font_name),
                "ItalicAngle": face.italicAngle, "StemV": face.stemV,
                "FontFile2": doc.Reference(font_file, f"fontFile:{face.filename}({base_font_name})"),
                "MissingWidth": face.defaultWidth,
            })
            pdf_font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + base_font_name)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]


def register_fonts() -> None:
    """Register the bundled fonts (idempotent); raises FileNotFoundError if a TTF is missing."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(KeptSubsetFont(name, str(resource("fonts", filename))))
    # <b> inside a Paragraph must map to the bold TTF, not to Helvetica-Bold.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(MONO, bold, italic, MONO)
