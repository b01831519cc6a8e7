"""Printing layer: domain objects in, PDF bytes out (reportlab, bundled DejaVu fonts).

Knows nothing of the database or of Qt: the facade fills the input models below from the store.
Entry points (each returns the PDF as bytes):

- render_dosing_sheet(DosingSheetInput)          pharmacy sheet of one paclitaxel dose
- render_blinded_checker_copy(DosingSheetInput)  the same without any computed figure
- render_visit_checklist(VisitChecklistInput)    chair-side checklist of one visit day
- render_patient_calendar(PatientCalendarInput)  take-home calendar of the remaining plan
- render_worklist(WorklistInput)                 the pharmacy's preparation worklist of a day
- render_day_batch(WorklistInput, [(DosingSheetInput, blinded copy?)...])  the day's worklist, sheets
                                                 and checker copies as ONE PDF

The names load their module on first use (reportlab takes a few hundred milliseconds to import and
to read the fonts): a command that prints nothing never pays for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch import render_day_batch
    from .blinded_copy import render_blinded_checker_copy
    from .checklist import VisitChecklistInput, render_visit_checklist
    from .context import PatientIdentifiers, PrintContext, SignatureBlock
    from .dosing_input import CheckerRules, DosingSheetInput, LevelDecision, NextFlatDose, Premedication, ProtocolStamp
    from .dosing_sheet import render_dosing_sheet
    from .patient_calendar import PatientCalendarInput, render_patient_calendar
    from .worklist import WorklistEntry, WorklistInput, render_worklist

_HOME = {
    "render_day_batch": "batch",
    "render_blinded_checker_copy": "blinded_copy",
    "VisitChecklistInput": "checklist", "render_visit_checklist": "checklist",
    "PatientIdentifiers": "context", "PrintContext": "context", "SignatureBlock": "context",
    "CheckerRules": "dosing_input", "DosingSheetInput": "dosing_input", "LevelDecision": "dosing_input",
    "NextFlatDose": "dosing_input", "Premedication": "dosing_input", "ProtocolStamp": "dosing_input",
    "render_dosing_sheet": "dosing_sheet",
    "PatientCalendarInput": "patient_calendar", "render_patient_calendar": "patient_calendar",
    "WorklistEntry": "worklist", "WorklistInput": "worklist", "render_worklist": "worklist",
}

__all__ = [
    "CheckerRules", "DosingSheetInput", "LevelDecision", "NextFlatDose", "PatientCalendarInput", "PatientIdentifiers",
    "Premedication", "PrintContext", "ProtocolStamp", "SignatureBlock", "VisitChecklistInput", "WorklistEntry",
    "WorklistInput", "render_blinded_checker_copy", "render_day_batch", "render_dosing_sheet",
    "render_patient_calendar", "render_visit_checklist", "render_worklist",
]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value  # found once
    return value
