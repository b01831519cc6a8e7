"""The actions of the day, opened from menus, shortcuts and buttons: each opens one workflow
dialog over the facade for the patient the user highlighted, announces `changed` when something
was recorded and `saved(message)` with a sentence for the status bar.

The item an action applies to (which drug, cycle and day) is the highlighted one when it fits, else
the one the planner marked most urgent (gui/target.py); this class never decides clinical questions.
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
from clinic_app.wording.names import drug_name

from .context import GuiContext
from .dialogs.administration import AdministerDialog, HoldDialog
from .dialogs.decisions import DecisionDialog, OpenCohortDialog, ReassignCohortDialog
from .dialogs.dose import DoseDialog
from .dialogs.enrol import EnrolDialog
from .dialogs.measurement import LabsDialog, MeasurementDialog
from .dialogs.visit import VisitDialog
from .messages import ErrorText
from .target import Target, choose_item

log = logging.getLogger(__name__)

# What an investigator decides for an item waiting on a decision, by the item's category.
_DECISION_FOR_CATEGORY = {
    "dose": DecisionKind.FLAT_DOSE_GIVE_SKIP,
    "premedication": DecisionKind.PREMEDICATION,
}


class Workflow(QObject):
    """Opens the dialogs for the current session and the highlighted patient."""

    changed = Signal()
    saved = Signal(str)  # a sentence for the status bar after something was recorded

    def __init__(self, ctx: GuiContext, session_of: Callable[[], Any], target_of: Callable[[], Target | None],
                 parent_widget: QWidget, locked: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent_widget)
        self._ctx = ctx
        self._session_of = session_of
        self._target_of = target_of
        self._locked = locked
        self._parent = parent_widget
        self.last_dialog: QDialog | None = None

    # --- helpers ---------------------------------------------------------------------------
    @property
    def clinic(self) -> Any:
        return self._ctx.clinic

    def _target(self) -> Target | None:
        if self._locked():  # nothing is recorded under the name of a user who walked away
            return None
        target = self._target_of()
        if target is None:
            self._tell(self.tr("Select a patient in Today, or open one in the Patient tab, first."))
        return target

    def _tell(self, text: str) -> None:
        QMessageBox.information(self._parent, self.tr("Clinic Dosing Assistant"), text)

    def _run(self, dialog: QDialog, saved_text: str) -> bool:
        self.last_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.changed.emit()
            self.saved.emit(saved_text)
        return accepted

    def _view(self, code: str) -> Any:
        """What the facade says about the patient now (schedule, due items, dose records)."""
        return self.clinic.patient_view(self._session_of(), code, self._ctx.today())

    def _item(self, target: Target, category: str = "dose", drug: str | None = None) -> Any:
        try:
            planned = self._view(target.subject_code).schedule.items
        except DomainError as exc:
            self._tell(ErrorText(self).describe(exc))
            return None
        item = choose_item(target.highlighted, planned, category, drug)
        if item is None:
            self._tell(self.tr("Nothing of this kind is due for {code}.").format(code=target.subject_code))
        return item

    def drug_name(self, key: str) -> str:
        return drug_name(self.clinic.protocol, key)

    # --- actions ---------------------------------------------------------------------------
    def enrol(self) -> bool:
        from .cohort_models import gate_summary

        if self._locked():
            return False
        session = self._session_of()
        try:
            gate = gate_summary(self, self.clinic.cohort_status(session))
        except DomainError as exc:
            gate = ErrorText(self).describe(exc)
        dialog = EnrolDialog(self.clinic, session, self._ctx.today(), gate, self._parent)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        patient = dialog.result_value
        self.changed.emit()
        self.saved.emit(self.tr("{code} enrolled in cohort {cohort}.").format(code=patient.subject_code,
                                                                              cohort=patient.cohort))
        return True

    def record_measurement(self) -> bool:
        target = self._target()
        return target is not None and self._run(
            MeasurementDialog(self.clinic, self._session_of(), target.subject_code, self._ctx.today(), self._parent),
            self.tr("Height and weight saved for {code}.").format(code=target.subject_code))

    def record_labs(self) -> bool:
        target = self._target()
        return target is not None and self._run(
            LabsDialog(self.clinic, self._session_of(), target.subject_code, self._ctx.today(), self._parent),
            self.tr("Labs saved for {code}.").format(code=target.subject_code))

    def dose(self) -> bool:
        target = self._target()
        item = self._item(target, "dose", self.clinic.protocol.bsa_drug.key) if target else None
        if target is None or item is None:
            return False
        dialog = DoseDialog(self.clinic, self._session_of(), target.subject_code, item.cycle, item.day, self._parent)
        self.last_dialog = dialog
        dialog.exec()
        # Calculating, preparing and verifying each record something even if the dialog is closed.
        if dialog.record is not None:
            self.changed.emit()
            self.saved.emit(self.tr("{code} C{cycle}D{day}: dose {status}.").format(
                code=target.subject_code, cycle=item.cycle, day=item.day, status=dialog.status_words()))
        return dialog.record is not None

    def administer(self) -> bool:
        target = self._target()
        item = self._item(target, "dose") if target else None
        if target is None or item is None:
            return False
        view = self._view(target.subject_code)
        due = next((d for d in view.due if d.item.uid == item.uid), None)
        # The verified dose record of this slot, if the pharmacy has one (the facade checks it).
        records = [r for r in view.dose_records if (r.drug, r.cycle, r.day) == (item.drug, item.cycle, item.day)
                   and r.status == "verified"]
        return self._run(AdministerDialog(
            self.clinic, self._session_of(), target.subject_code, drug=item.drug, drug_name=self.drug_name(item.drug),
            cycle=item.cycle, day=item.day, dose_text=dose_text(due.dose if due else None), today=self._ctx.today(),
            dose_record_id=records[-1].id if records else None, parent=self._parent),
            self.tr("{drug} C{cycle}D{day} signed as administered for {code}.").format(
                drug=self.drug_name(item.drug), cycle=item.cycle, day=item.day, code=target.subject_code))

    def record_visit(self) -> bool:
        target = self._target()
        item = self._item(target, "visit") if target else None
        if target is None or item is None:
            return False
        name = str(self.clinic.protocol.visit(item.kind).name)
        return self._run(VisitDialog(self.clinic, self._session_of(), target.subject_code, item.kind, name,
                                     item.planned_date, self._ctx.today(), self._parent),
                         self.tr("{visit} recorded as done for {code}.").format(visit=name, code=target.subject_code))

    def hold(self) -> bool:
        target = self._target()
        item = self._item(target, "dose") if target else None
        if target is None or item is None:
            return False
        return self._run(HoldDialog(
            self.clinic, self._session_of(), target.subject_code, drug=item.drug, drug_name=self.drug_name(item.drug),
            cycle=item.cycle, day=item.day, today=self._ctx.today(), parent=self._parent),
            self.tr("{drug} C{cycle}D{day} recorded as not given for {code}.").format(
                drug=self.drug_name(item.drug), cycle=item.cycle, day=item.day, code=target.subject_code))

    def decide(self, kind: DecisionKind | None = None) -> bool:
        target = self._target()
        if target is None:
            return False
        item: Any = None
        if kind is None:
            item = self._decision_item(target)
            if item is None:
                self._tell(self.tr("No item of {code} waits for a decision; use the Decisions menu.").format(
                    code=target.subject_code))
                return False
            kind = _DECISION_FOR_CATEGORY[str(item.category)]
        elif kind == DecisionKind.WEIGHT_CHANGE:
            item = self._item(target, "dose", self.clinic.protocol.bsa_drug.key)
            if item is None:
                return False
        slot = {"cycle": item.cycle, "day": item.day} if item is not None and kind != DecisionKind.PREMEDICATION else {}
        drug = item.drug if kind == DecisionKind.FLAT_DOSE_GIVE_SKIP else None
        return self._run(DecisionDialog(self.clinic, self._session_of(), target.subject_code, kind, drug=drug,
                                        parent=self._parent, **slot),
                         self.tr("Decision signed for {code}.").format(code=target.subject_code))

    def _decision_item(self, target: Target) -> Any:
        try:
            planned = self._view(target.subject_code).schedule.items
        except DomainError:
            return None
        waiting = [item for item in target.highlighted if str(item.status) == "decision_required"]
        for category in _DECISION_FOR_CATEGORY:
            found = choose_item(waiting, planned, category, statuses=("decision_required",))
            if found is not None:
                return found
        return None

    def reassign_cohort(self) -> bool:
        target = self._target()
        if target is None:
            return False
        cohort = self._view(target.subject_code).patient.cohort
        return self._run(ReassignCohortDialog(self.clinic, self._session_of(), target.subject_code, cohort,
                                              self._parent),
                         self.tr("Cohort re-assignment signed for {code}.").format(code=target.subject_code))

    def open_cohort(self, previous_cohort: str) -> bool:
        """Sign `previous_cohort` safety satisfactory; the gate then opens the next cohort if all else is met."""
        if self._locked():
            return False
        return self._run(OpenCohortDialog(self.clinic, self._session_of(), previous_cohort, self._parent),
                         self.tr("Cohort {cohort} safety signed as satisfactory.").format(cohort=previous_cohort))
