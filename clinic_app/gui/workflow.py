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
from clinic_app.domain.gate_model import GateAction
from clinic_app.domain.records import DecisionKind
from clinic_app.wording.names import drug_name
from clinic_app.wording.slot import dose_figure

from .context import GuiContext
from .dialogs.administration import AdministerDialog, HoldDialog
from .dialogs.decisions import DecisionDialog, OpenCohortDialog, ReassignCohortDialog
from .dialogs.dose import DoseDialog
from .dialogs.enrol import EnrolDialog
from .dialogs.late_entry import LateEntryDialog
from .dialogs.measurement import LabsDialog, MeasurementDialog
from .dialogs.toxicity import ToxicityDialog
from .dialogs.visit import VisitDialog
from .messages import ErrorText, SlotWords, translate
from .target import ACTIONABLE, Target, choose_item

log = logging.getLogger(__name__)

# Decision kinds that name the slot they apply to (the others apply from their date on).
_SLOT_KINDS = frozenset({DecisionKind.FLAT_DOSE_GIVE_SKIP, DecisionKind.WEIGHT_CHANGE})


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
        self.last_consequences: list[str] = []  # what the last adverse event changed, in words

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

    def _item(self, target: Target, category: str = "dose", drug: str | None = None, planned_too: bool = False) -> Any:
        try:
            planned = self._view(target.subject_code).schedule.items
        except DomainError as exc:
            self._tell(ErrorText(self).describe(exc))
            return None
        item = choose_item(target.highlighted, planned, category, drug,
                           statuses=(*ACTIONABLE, "planned") if planned_too else ACTIONABLE)
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
        return self._run(AdministerDialog(
            self.clinic, self._session_of(), target.subject_code, drug=item.drug, drug_name=self.drug_name(item.drug),
            cycle=item.cycle, day=item.day, dose_text=dose_figure(due.dose if due else None, translate),
            today=self._ctx.today(),
            dose_record_id=self._verified_record(view, item), parent=self._parent),
            self.tr("{drug} C{cycle}D{day} signed as administered for {code}.").format(
                drug=self.drug_name(item.drug), cycle=item.cycle, day=item.day, code=target.subject_code))

    def late_entry(self) -> bool:
        """Record a dose given on an earlier day, entered late with the reason (MISS-2): the
        highlighted dose, else the patient's missed one."""
        target = self._target()
        if target is None:
            return False
        try:
            view = self._view(target.subject_code)
        except DomainError as exc:
            self._tell(ErrorText(self).describe(exc))
            return False
        highlighted = [i for i in target.highlighted if str(i.category) in ("dose", "premedication")]
        item = highlighted[0] if highlighted else choose_item((), view.schedule.items, "dose",
                                                               statuses=("missed", "due"))
        if item is None:
            self._tell(self.tr("No dose of {code} was missed or is open for a late entry.").format(
                code=target.subject_code))
            return False
        due = next((d for d in view.due if d.item.uid == item.uid), None)
        return self._run(LateEntryDialog(
            self.clinic, self._session_of(), target.subject_code, item, drug_name=self.drug_name(item.kind),
            dose_text=dose_figure(due.dose if due else None, translate), today=self._ctx.today(),
            dose_record_id=self._verified_record(view, item), parent=self._parent),
            self.tr("{drug} C{cycle}D{day} recorded as given (late entry) for {code}.").format(
                drug=self.drug_name(item.kind), cycle=item.cycle, day=item.day, code=target.subject_code))

    @staticmethod
    def _verified_record(view: Any, item: Any) -> int | None:
        """The slot's verified dose record, if the pharmacy has one (the gate checks it)."""
        records = [r for r in view.dose_records if (r.drug, r.cycle, r.day) == (item.drug, item.cycle, item.day)
                   and r.status == "verified"]
        return records[-1].id if records else None

    def record_toxicity(self) -> bool:
        """Record an adverse event (TOX-1); afterwards, say what it changed (a drug discontinued, a
        decision now asked for), as the facade's due items show it."""
        target = self._target()
        if target is None:
            return False
        code = target.subject_code
        before = self._consequences(code)
        dialog = ToxicityDialog(self.clinic, self._session_of(), code, self._ctx.today(), self._parent)
        if not self._run(dialog, self.tr("Adverse event saved for {code}.").format(code=code)):
            return False
        changed = [line for line in self._consequences(code) if line not in before]
        if changed:
            self.saved.emit(self.tr("Adverse event saved for {code}. {changes}").format(
                code=code, changes=" ".join(changed)))
        self.last_consequences = changed
        return True

    def _consequences(self, code: str) -> list[str]:
        """What stops the patient's due doses or waits for a decision, in words (to compare)."""
        try:
            due = self.clinic.next_due(self._session_of(), code, self._ctx.today())
        except DomainError:
            return []
        words = SlotWords(self.clinic.protocol, self)
        lines = []
        for d in due:
            if d.state is not None and d.state.decision is not None:
                lines.append(words.needed(d.state.decision))
            if str(d.status) in ("discontinued", "ended") and d.state is not None and d.state.blocking:
                lines.append(words.reason(d.state.blocking[0]))
        return list(dict.fromkeys(lines))

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
        """An investigator's decision for the highlighted patient. Without `kind`: the one the dose
        gate says the highlighted item (else the patient's first item that waits) waits for."""
        target = self._target()
        if target is None:
            return False
        if kind is None:
            found = self._waiting(target)
            if found is None:
                self._tell(self.tr("No item of {code} waits for a decision; use the Decisions menu.").format(
                    code=target.subject_code))
                return False
            item, needed = found
            kind = DecisionKind(needed.kind)
        else:
            item = self._decision_item(target, kind)
            if item is None and kind in _SLOT_KINDS:
                return False
        slot = {"drug": item.drug, "cycle": item.cycle, "day": item.day} if item is not None else {}
        return self._run(DecisionDialog(self.clinic, self._session_of(), target.subject_code, kind,
                                        parent=self._parent, **slot),
                         self.tr("Decision signed for {code}.").format(code=target.subject_code))

    def _waiting(self, target: Target) -> tuple[Any, Any] | None:
        """The first item (highlighted ones first, then the patient's due items) the gate says waits
        for a decision, with that decision."""
        try:
            due = self.clinic.next_due(self._session_of(), target.subject_code, self._ctx.today())
        except DomainError as exc:
            self._tell(ErrorText(self).describe(exc))
            return None
        candidates = [i for i in target.highlighted if str(i.category) in ("dose", "premedication")]
        candidates += [d.item for d in due if d.state is not None and d.item.uid not in {c.uid for c in candidates}]
        bsa = self.clinic.protocol.bsa_drug.key
        for item in candidates:
            # A BSA dose's level and weight decisions are asked for at its calculation.
            action = GateAction.CALCULATE if item.drug == bsa else GateAction.ADMINISTER
            try:
                verdict = self.clinic.check_action(self._session_of(), target.subject_code, drug=item.drug,
                                                   cycle=item.cycle, day=item.day, action=action)
            except DomainError:
                continue
            if verdict.decision is not None:
                return item, verdict.decision
        return None

    def _decision_item(self, target: Target, kind: DecisionKind) -> Any:
        """The slot a decision of `kind` is about: the highlighted item of its drug, else the
        patient's most urgent one (None when the kind needs none and none fits)."""
        protocol = self.clinic.protocol
        if kind in (DecisionKind.DOSE_LEVEL, DecisionKind.WEIGHT_CHANGE):
            return self._item(target, "dose", protocol.bsa_drug.key)
        if kind == DecisionKind.FLAT_DOSE_GIVE_SKIP:
            flat = [d.key for d in protocol.flat_drugs]
            highlighted = [i for i in target.highlighted if i.drug in flat]
            return highlighted[0] if highlighted else self._item(target, "dose", flat[0], planned_too=True)
        if kind == DecisionKind.PREMEDICATION:
            return self._quiet_item(target, "premedication", None)
        if kind == DecisionKind.AFTER_DISCONTINUATION:
            return next((self._quiet_item(target, "dose", d.key) for d in protocol.flat_drugs), None)
        return next((i for i in target.highlighted if str(i.category) == "dose"), None)

    def _quiet_item(self, target: Target, category: str, drug: str | None) -> Any:
        try:
            planned = self._view(target.subject_code).schedule.items
        except DomainError:
            return None
        return choose_item(target.highlighted, planned, category, drug, statuses=("decision_required", "due"))

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
