"""The actions of the day, opened from menus, shortcuts and buttons: each opens one workflow
dialog over the facade and announces `changed` when something was recorded.

The item an action applies to (which drug, cycle and day) is the one the planner marked
actionable, or the calendar cell the user selected; this class never decides clinical questions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from clinic_app.domain.errors import DomainError
from clinic_app.domain.records import DecisionKind
from clinic_app.facade.due_list import dose_text

from .context import GuiContext
from .dialogs.administration import AdministerDialog, HoldDialog
from .dialogs.decisions import DecisionDialog, OpenCohortDialog, ReassignCohortDialog
from .dialogs.dose import DoseDialog
from .dialogs.enrol import EnrolDialog
from .dialogs.measurement import LabsDialog, MeasurementDialog
from .dialogs.visit import VisitDialog
from .messages import ErrorText
from clinic_app.wording.names import drug_name

log = logging.getLogger(__name__)

# What an investigator decides for an item waiting on a decision, by the item's category.
_DECISION_FOR_CATEGORY = {
    "dose": DecisionKind.FLAT_DOSE_GIVE_SKIP,
    "premedication": DecisionKind.PREMEDICATION,
}


class Workflow(QObject):
    """Opens the dialogs for the current session and patient."""

    changed = Signal()

    def __init__(self, ctx: GuiContext, session_of: Callable[[], Any], patient_of: Callable[[], Any],
                 parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = ctx
        self._session_of = session_of
        self._patient_of = patient_of  # the PatientView
        self._parent = parent_widget
        self.last_dialog: QDialog | None = None

    # --- helpers ---------------------------------------------------------------------------
    @property
    def clinic(self) -> Any:
        return self._ctx.clinic

    def _code(self) -> str | None:
        code: str | None = self._patient_of().subject_code
        if code is None:
            self._tell(self.tr("Open a patient first (double-click a row in Today)."))
        return code

    def _tell(self, text: str) -> None:
        QMessageBox.information(self._parent, self.tr("Clinic Dosing Assistant"), text)

    def _run(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.changed.emit()
        return accepted

    def _item(self, category: str = "dose", drug: str | None = None) -> Any:
        item = self._patient_of().action_item(category, drug)
        if item is None:
            self._tell(self.tr("Nothing of this kind is due: select a cell in the calendar."))
        return item

    def drug_name(self, key: str) -> str:
        return drug_name(self.clinic.protocol, key)

    # --- actions ---------------------------------------------------------------------------
    def enrol(self) -> bool:
        from .cohort_models import gate_summary

        session = self._session_of()
        try:
            gate = gate_summary(self, self.clinic.cohort_status(session))
        except DomainError as exc:
            gate = ErrorText(self).describe(exc)
        return self._run(EnrolDialog(self.clinic, session, self._ctx.today(), gate, self._parent))

    def record_measurement(self) -> bool:
        code = self._code()
        return code is not None and self._run(
            MeasurementDialog(self.clinic, self._session_of(), code, self._ctx.today(), self._parent))

    def record_labs(self) -> bool:
        code = self._code()
        return code is not None and self._run(
            LabsDialog(self.clinic, self._session_of(), code, self._ctx.today(), self._parent))

    def dose(self) -> bool:
        code = self._code()
        item = self._item("dose", self.clinic.protocol.bsa_drug.key) if code else None
        if code is None or item is None:
            return False
        dialog = DoseDialog(self.clinic, self._session_of(), code, item.cycle, item.day, self._parent,
                            patient_text=self._patient_of().identity.text())
        self.last_dialog = dialog
        dialog.exec()
        # Calculating, preparing and verifying each record something even if the dialog is closed.
        if dialog.record is not None:
            self.changed.emit()
        return dialog.record is not None

    def administer(self) -> bool:
        code = self._code()
        item = self._item("dose") if code else None
        if code is None or item is None:
            return False
        view = self._patient_of().view
        due = next((d for d in view.due if d.item.uid == item.uid), None)
        # The verified dose record of this slot, if the pharmacy has one (the facade checks it).
        records = [r for r in view.dose_records if (r.drug, r.cycle, r.day) == (item.drug, item.cycle, item.day)
                   and r.status == "verified"]
        return self._run(AdministerDialog(
            self.clinic, self._session_of(), code, drug=item.drug, drug_name=self.drug_name(item.drug),
            cycle=item.cycle, day=item.day, dose_text=dose_text(due.dose if due else None), today=self._ctx.today(),
            dose_record_id=records[-1].id if records else None, parent=self._parent))

    def record_visit(self) -> bool:
        code = self._code()
        item = self._item("visit") if code else None
        if code is None or item is None:
            return False
        name = str(self.clinic.protocol.visit(item.kind).name)
        return self._run(VisitDialog(self.clinic, self._session_of(), code, item.kind, name, item.planned_date,
                                     self._ctx.today(), self._parent))

    def hold(self) -> bool:
        code = self._code()
        item = self._item("dose") if code else None
        if code is None or item is None:
            return False
        return self._run(HoldDialog(
            self.clinic, self._session_of(), code, drug=item.drug, drug_name=self.drug_name(item.drug),
            cycle=item.cycle, day=item.day, today=self._ctx.today(), parent=self._parent))

    def decide(self, kind: DecisionKind | None = None) -> bool:
        code = self._code()
        if code is None:
            return False
        item: Any = None
        if kind is None:
            item = self._decision_item()
            if item is None:
                self._tell(self.tr("No item of this patient waits for a decision; use the Decisions menu."))
                return False
            kind = _DECISION_FOR_CATEGORY[str(item.category)]
        elif kind == DecisionKind.WEIGHT_CHANGE:
            item = self._item("dose", self.clinic.protocol.bsa_drug.key)
            if item is None:
                return False
        slot = {"cycle": item.cycle, "day": item.day} if item is not None and kind != DecisionKind.PREMEDICATION else {}
        drug = item.drug if kind == DecisionKind.FLAT_DOSE_GIVE_SKIP else None
        return self._run(DecisionDialog(self.clinic, self._session_of(), code, kind, drug=drug, parent=self._parent,
                                        **slot))

    def _decision_item(self) -> Any:
        view = self._patient_of()
        for category in _DECISION_FOR_CATEGORY:
            for item in view.selected_items() or (view.view.schedule.items if view.view else ()):
                if str(item.category) == category and str(item.status) == "decision_required":
                    return item
        return None

    def reassign_cohort(self) -> bool:
        view = self._patient_of()
        if self._code() is None or view.view is None:
            return False
        return self._run(ReassignCohortDialog(self.clinic, self._session_of(), view.subject_code,
                                              view.view.patient.cohort, self._parent))

    def open_cohort(self, previous_cohort: str) -> bool:
        """Sign `previous_cohort` safety satisfactory; the gate then opens the next cohort if all else is met."""
        return self._run(OpenCohortDialog(self.clinic, self._session_of(), previous_cohort, self._parent))
