"""The pharmacy's day as ONE PDF: the worklist, then each dose's dosing sheet, each followed by its
blinded checker copy when there is one. One document embeds the fonts and the watermark once, where
separate files embedded them for every sheet; each sheet keeps its own serial, furniture and
page count."""

from __future__ import annotations

from collections.abc import Sequence

from clinic_app.domain.language import writing_in

from .blinded_copy import blinded_copy_part
from .dosing_input import DosingSheetInput
from .dosing_sheet import dosing_sheet_part
from .page import Part, build_parts
from .words import translate
from .worklist import WorklistInput, worklist_part


def render_day_batch(worklist: WorklistInput,
                     sheets: Sequence[tuple[DosingSheetInput, DosingSheetInput | None]]) -> bytes:
    """The worklist, then each dosing sheet followed by its blinded checker copy (its own input, for
    its own serial; None: no copy), as PDF bytes, in the worklist's language (the site's: every
    part of the batch is printed in it)."""
    with writing_in(worklist.ctx.language):
        parts: list[Part] = [worklist_part(worklist)]
        for sheet, blinded in sheets:
            parts.append(dosing_sheet_part(sheet))
            if blinded is not None:
                parts.append(blinded_copy_part(blinded))
        return build_parts(parts, title=translate("Paper", "Pharmacy day {date}").format(
            date=worklist.work_date.isoformat()),
                           subject=translate("Paper", "worklist and %n dosing sheet(s)", None, len(sheets)))
