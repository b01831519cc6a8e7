"""Tables get their cell settings as defaults (FontTable, grid_table) rather than as style commands
applied cell by cell: the PDF is the same byte for byte."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from clinic_app.printing.fonts import SANS
from clinic_app.printing.styles import BODY, GRID, LABEL, FontTable, GridCell, grid_table, para

DATA = [["Label", "a plain string cell"], [para("Dose", LABEL), para("PACLitaxel 138 mg in 250 mL", BODY)],
        ["", "second line\nwith a newline"]]
WIDTHS = [120.0, 300.0]


def _pdf(table: Table) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build([table])
    return out.getvalue()


def _data() -> list[list[object]]:
    return [list(row) for row in DATA]


def test_grid_table_draws_what_the_grid_style_draws() -> None:
    by_commands = Table(_data(), colWidths=WIDTHS)
    by_commands.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS)]))
    by_commands.setStyle(GRID)
    assert _pdf(grid_table(_data(), WIDTHS)) == _pdf(by_commands)


def test_font_table_draws_what_a_fontname_command_draws() -> None:
    by_command = Table(_data(), colWidths=WIDTHS)
    by_command.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    table = FontTable(_data(), colWidths=WIDTHS)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    assert _pdf(table) == _pdf(by_command)


def test_each_cell_has_its_own_settings() -> None:
    """A command on one cell changes that cell only (reportlab changes cell styles in place)."""
    table = FontTable(_data(), colWidths=WIDTHS, cell=GridCell)
    table.setStyle(TableStyle([("FONTSIZE", (0, 0), (0, 0), 14)]))
    sizes = [[style.fontsize for style in row] for row in table._cellStyles]  # noqa: SLF001
    assert sizes == [[14, 9], [9, 9], [9, 9]]


def test_a_split_table_keeps_its_cell_settings() -> None:
    rows = [[f"row {n}", "x"] for n in range(200)]
    table = FontTable(rows, colWidths=WIDTHS, cell=GridCell, repeatRows=1)
    table.wrap(*A4)
    parts = table.split(A4[0], 300)
    assert len(parts) == 2
    assert all(style.fontname == SANS and style.fontsize == 9 for part in parts
               for row in part._cellStyles for style in row)  # noqa: SLF001
