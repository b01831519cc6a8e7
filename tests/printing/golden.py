"""The golden documents: one fixed input per document, rendered in deterministic mode.

Regenerate after an intended change of layout or wording (then LOOK at the PNGs before committing):

    .venv/bin/python -m tests.printing.golden

It rewrites tests/data/golden/<name>.pdf (compared byte for byte by test_golden.py) and
<name>.png (page 1 at 80 dpi, for a person to look at; not compared: poppler versions differ).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from clinic_app.domain.protocol import Protocol, load_protocol
from clinic_app.paths import default_protocol_path
from clinic_app.printing.blinded_copy import render_blinded_checker_copy
from clinic_app.printing.checklist import render_visit_checklist
from clinic_app.printing.dosing_sheet import render_dosing_sheet
from clinic_app.printing.patient_calendar import render_patient_calendar
from clinic_app.printing.worklist import render_worklist

from .samples import C1D1, calendar_input, checklist_input, dosing_input, worklist_input

GOLDEN_DIR = Path(__file__).resolve().parent.parent / "data" / "golden"

GOLDEN: dict[str, Callable[[Protocol], bytes]] = {
    "dosing_sheet": lambda p: render_dosing_sheet(dosing_input(p, demo=True)),
    "blinded_checker_copy": lambda p: render_blinded_checker_copy(dosing_input(p, demo=True)),
    "visit_checklist": lambda p: render_visit_checklist(checklist_input(p, C1D1 + timedelta(days=84), demo=True)),
    "patient_calendar": lambda p: render_patient_calendar(calendar_input(p, C1D1 - timedelta(days=3), demo=True)),
    "worklist": lambda p: render_worklist(worklist_input(p, 12, demo=True)),
}


def regenerate(protocol: Protocol) -> list[Path]:
    """Write every golden PDF and its page-1 PNG; returns the files written."""
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, render in GOLDEN.items():
        pdf = GOLDEN_DIR / f"{name}.pdf"
        pdf.write_bytes(render(protocol))
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(GOLDEN_DIR / name)], check=True)
        written += [pdf, GOLDEN_DIR / f"{name}.png"]
    return written


if __name__ == "__main__":
    for path in regenerate(load_protocol(default_protocol_path())):
        sys.stdout.write(f"wrote {path}\n")
