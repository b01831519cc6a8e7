"""Render the application icon (resources/icons/org.clinicdosing.ClinicDosingAssistant.svg) to PNG, ICO and ICNS.

    .venv/bin/python packaging/make_icons.py

Qt's SVG renderer draws each size from the vector source (a small icon drawn from the SVG is
sharper than a large PNG scaled down); Pillow writes the files, so the output carries no
timestamps and the same inputs give the same bytes. The renders are committed: the desktop entry,
the window and the PyInstaller spec (.ico on Windows, .icns on macOS) use them as they are.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "org.clinicdosing.ClinicDosingAssistant"  # the application id is the icon name
SVG = ICON_DIR / f"{NAME}.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 512 and 1024 are the Retina slots


def render(svg: Path, size: int) -> Image.Image:
    """The SVG drawn at `size` x `size` pixels on a transparent background."""
    # a QApplication, not a QGuiApplication: widget code (tests) in the same process may come next
    QApplication.instance() or QApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return Image.frombuffer("RGBA", (size, size), bytes(rgba.constBits()), "raw", "RGBA", rgba.bytesPerLine(), 1)


def write_icons(svg: Path = SVG, out_dir: Path = ICON_DIR) -> list[Path]:
    """Write NAME-<size>.png, NAME.ico and NAME.icns next to each other; returns the paths written."""
    renders = {size: render(svg, size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    written: list[Path] = []
    for size in PNG_SIZES:
        path = out_dir / f"{NAME}-{size}.png"
        renders[size].save(path, format="PNG")
        written.append(path)
    ico = out_dir / f"{NAME}.ico"
    renders[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                      append_images=[renders[s] for s in ICO_SIZES if s != 256])
    icns = out_dir / f"{NAME}.icns"
    renders[1024].save(icns, format="ICNS", append_images=[renders[s] for s in ICNS_SIZES if s != 1024])
    return written + [ico, icns]


if __name__ == "__main__":
    for written_path in write_icons():
        print(written_path.relative_to(ICON_DIR.parent.parent))
