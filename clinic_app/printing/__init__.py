"""Printing layer: domain objects in, PDF bytes out (reportlab, bundled DejaVu fonts).

Knows nothing of the database or of Qt: the facade fills the input models below from the store.
Entry points (each returns the PDF as bytes):

- render_dosing_sheet(DosingSheetInput)          pharmacy sheet of one paclitaxel dose
- render_blinded_checker_copy(DosingSheetInput)  the same without any computed figure
- render_visit_checklist(VisitChecklistInput)    chair-side checklist of one visit day
- render_patient_calendar(PatientCalendarInput)  take-home calendar of the remaining plan
- render_worklist(WorklistInput)                 the pharmacy's preparation worklist of a day
"""

from .blinded_copy import render_blinded_checker_copy
from .checklist import VisitChecklistInput, render_visit_checklist
from .context import PatientIdentifiers, PrintContext, SignatureBlock
from .dosing_input import CheckerRules, DosingSheetInput, LevelDecision, NextFlatDose, Premedication, ProtocolStamp
from .dosing_sheet import render_dosing_sheet
from .patient_calendar import PatientCalendarInput, render_patient_calendar
from .worklist import WorklistEntry, WorklistInput, render_worklist

__all__ = [
    "CheckerRules",
    "DosingSheetInput",
    "LevelDecision",
    "NextFlatDose",
    "PatientCalendarInput",
    "PatientIdentifiers",
    "Premedication",
    "PrintContext",
    "ProtocolStamp",
    "SignatureBlock",
    "VisitChecklistInput",
    "WorklistEntry",
    "WorklistInput",
    "render_blinded_checker_copy",
    "render_dosing_sheet",
    "render_patient_calendar",
    "render_visit_checklist",
    "render_worklist",
]
