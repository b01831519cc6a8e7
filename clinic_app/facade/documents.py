"""The printed documents: the facade fills the printing layer's input models from the store.

Every sheet gets a serial from one audited counter, so each printed page can be traced to who
printed it and when; the demo flag puts the FICTIONAL banner on every page.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Literal

from clinic_app import __version__
from clinic_app.domain.dosing import flat_dose
from clinic_app.domain.due import DueStatus
from clinic_app.domain.errors import RuleError
from clinic_app.domain.permissions import Action
from clinic_app.domain.preparation import plan_preparation
from clinic_app.domain.records import AdministrationStatus, DecisionKind, Measurement, PatientHistory
from clinic_app.domain.schedule_model import ItemCategory, ScheduleItem
from clinic_app.printing import (
    CheckerRules,
    DosingSheetInput,
    LevelDecision,
    NextFlatDose,
    PatientCalendarInput,
    PatientIdentifiers,
    Premedication,
    PrintContext,
    ProtocolStamp,
    SignatureBlock,
    VisitChecklistInput,
    WorklistEntry,
    WorklistInput,
    render_blinded_checker_copy,
    render_dosing_sheet,
    render_patient_calendar,
    render_visit_checklist,
    render_worklist,
)
from clinic_app.store import DoseStatus

from .base import ClinicBase
from .views import DoseRecordView, Session

PageSize = Literal["A4", "Letter"]


class DocumentsMixin(ClinicBase):
    # -- shared pieces ---------------------------------------------------------------------
    def _context(self, session: Session, prefix: str, page_size: PageSize) -> PrintContext:
        """Page furniture with the next sheet serial (an audited counter: who printed what, when)
        and the audit chain head just after it, so the paper anchors the trail."""
        number = self._store.site.next_serial(actor=session.username)
        head = self._store.chain_head()
        return PrintContext(app_version=__version__, printed_at=self.now(),
                            printed_by=f"{session.full_name} ({session.role.value})",
                            serial=f"{prefix}-{number:06d}", page_size=page_size, demo=self.has_demo_data,
                            trail=f"trail {head.seq} · {head.mac[:8]}")

    def _identifiers(self, history: PatientHistory) -> PatientIdentifiers:
        patient = history.patient
        identity = self._store.patients.identity(patient.subject_code)
        return PatientIdentifiers(
            subject_code=patient.subject_code, date_of_birth=patient.date_of_birth, initials=patient.initials,
            full_name=identity.value.full_name if identity else None,
            hospital_number=identity.value.hospital_number if identity else None)

    def _last_dose_measurement(self, subject_code: str, history: PatientHistory) -> Measurement | None:
        """The measurement the most recent given BSA dose was calculated from (for the weight rule)."""
        drug = self._protocol.bsa_drug.key
        given = {(a.cycle, a.day) for a in history.administrations
                 if a.drug == drug and a.status is AdministrationStatus.GIVEN}
        for record in reversed(self._store.dosing.dose_records(subject_code)):
            if (record.cycle, record.day) in given:
                return Measurement.model_validate(json.loads(record.snapshot_json)["measurement"])
        return None

    # -- pharmacy dosing sheet -------------------------------------------------------------
    def dosing_sheet_input(self, session: Session, dose_record_id: int, *,
                           page_size: PageSize = "A4") -> DosingSheetInput:
        """Everything the dosing sheet of one dose record prints (also its blinded copy)."""
        self._require(session, Action.PRINT)
        view = self._view(self._store.dosing.dose_record(dose_record_id))
        history = self._store.history(view.subject_code)
        schedule = self._schedule(history, self.today())
        slot = self._item(schedule, view.drug, view.cycle, view.day)
        premed = next((i for i in schedule.items if i.category is ItemCategory.PREMEDICATION
                       and i.cycle == view.cycle and i.day == view.day), None)
        prepared, verified = view.signed("Prepared"), view.signed("Verified")
        return DosingSheetInput(
            ctx=self._context(session, "DS", page_size), patient=self._identifiers(history),
            protocol=ProtocolStamp(name=self._protocol.protocol.name, version=view.protocol_version,
                                   sha256=view.protocol_sha256),
            cohort=history.patient.cohort, cycle=view.cycle, day=view.day, dose_date=view.dose_date,
            study_day=slot.study_day, height_measured_on=view.measurement.measured_on,
            weight_measured_on=view.measurement.measured_on, dose=view.dose, preparation=view.preparation,
            rules=CheckerRules.from_protocol(self._protocol), level_decision=self._level_decision(view, history),
            lab_check=view.lab_check, warnings=view.warnings, acknowledged=view.acknowledged,
            premedication=Premedication.from_schedule_item(premed, self._protocol) if premed else None,
            next_flat_doses=self._next_flat_doses(schedule.items, view, history.patient.cohort),
            prepared=SignatureBlock.from_signature(prepared) if prepared else SignatureBlock(meaning="Prepared"),
            verified_by=SignatureBlock.from_signature(verified) if verified else SignatureBlock(meaning="Verified"),
            dose_record_id=f"DR-{view.id:06d}", verified=view.status is DoseStatus.VERIFIED)

    def _level_decision(self, view: DoseRecordView, history: PatientHistory) -> LevelDecision | None:
        if view.dose.level == 0:
            return None
        decision = next((d for d in reversed(history.decisions) if d.kind is DecisionKind.DOSE_LEVEL
                         and d.choice == str(view.dose.level) and d.decided_at <= view.calculated_at), None)
        if decision is None:
            raise RuleError("level_decision_missing", {"dose_record_id": view.id, "level": view.dose.level})
        return LevelDecision(reason=decision.reason, decided_by=decision.decided_by, decided_at=decision.decided_at)

    def _next_flat_doses(self, items: tuple[ScheduleItem, ...], view: DoseRecordView,
                         cohort: str) -> tuple[NextFlatDose, ...]:
        """The flat doses anchored on this infusion (IMP321 D2 after D1, D16 after D15)."""
        found = []
        for drug in self._protocol.flat_drugs:
            if drug.anchor_drug != view.drug or drug.anchor_offset_days is None:
                continue
            day = view.day + drug.anchor_offset_days
            item = next((i for i in items if i.drug == drug.key and i.cycle == view.cycle and i.day == day), None)
            if item is not None:
                found.append(NextFlatDose(
                    dose=flat_dose(self._protocol, drug.key, cohort), on=item.planned_date, cycle=view.cycle,
                    day=day, volume_note=self._protocol.imp321_product.injection_volume_note))
        return tuple(found)

    def dosing_sheet_pdf(self, session: Session, dose_record_id: int, *, blinded: bool = False,
                         page_size: PageSize = "A4") -> bytes:
        """The pharmacy dosing sheet of one dose record, or its blinded checker copy."""
        data = self.dosing_sheet_input(session, dose_record_id, page_size=page_size)
        return render_blinded_checker_copy(data) if blinded else render_dosing_sheet(data)

    # -- chair-side checklist and take-home calendar ---------------------------------------
    def visit_checklist_pdf(self, session: Session, subject_code: str, day: date, *,
                            page_size: PageSize = "A4") -> bytes:
        """The chair-side checklist of what is due for one patient on `day`."""
        self._require(session, Action.PRINT)
        history = self._store.history(subject_code)
        items = tuple(d for d in self._due(self._store.history(subject_code), day) if d.status is not DueStatus.UPCOMING)
        if not items:
            raise RuleError("nothing_due", {"field": "date", "subject_code": subject_code, "date": day.isoformat()})
        return render_visit_checklist(VisitChecklistInput(
            ctx=self._context(session, "VC", page_size), patient=self._identifiers(history), protocol=self._protocol,
            cohort=history.patient.cohort, visit_date=day, items=items,
            previous_weight=self._last_dose_measurement(subject_code, history)))

    def patient_calendar_pdf(self, session: Session, subject_code: str, today: date, *,
                             page_size: PageSize = "A4") -> bytes:
        """The take-home calendar of every remaining visit and dose, stamped with today's date."""
        self._require(session, Action.PRINT)
        history = self._store.history(subject_code)
        return render_patient_calendar(PatientCalendarInput(
            ctx=self._context(session, "PC", page_size), patient=self._identifiers(history), protocol=self._protocol,
            schedule=self._schedule(history, today), produced_on=today,
            clinic_contact=self.site_name))

    # -- the pharmacy's day ----------------------------------------------------------------
    def worklist_entries(self, session: Session, day: date) -> list[WorklistEntry]:
        """Every dose to prepare on `day`: the latest dose record of each BSA slot (or the dose the
        due list computes when none exists yet, unverified), and each flat dose by cohort."""
        self._require(session, Action.PRINT)
        entries: list[WorklistEntry] = []
        for stored in self._store.patients.all(active_only=True):
            code = stored.value.subject_code
            history = self._store.history(code)
            patient = self._identifiers(history)
            for due in self._due(history, day):
                item = due.item
                if due.status not in (DueStatus.DUE_TODAY, DueStatus.OVERDUE) or item.category is not ItemCategory.DOSE:
                    continue
                slot = f"C{item.cycle}D{item.day}"
                if due.dose is not None and due.dose.flat is not None:
                    entries.append(WorklistEntry(patient=patient, cohort=history.patient.cohort, slot=slot,
                                                 flat_dose=due.dose.flat))
                    continue
                record = next((r for r in reversed(self._store.dosing.dose_records(code))
                               if (r.drug, r.cycle, r.day) == (item.drug, item.cycle, item.day)), None)
                if record is not None:
                    view = self._view(record)
                    entries.append(WorklistEntry(
                        patient=patient, cohort=history.patient.cohort, slot=slot,
                        dose_record_id=f"DR-{view.id:06d}", verified=view.status is DoseStatus.VERIFIED,
                        bsa_dose=view.dose, preparation=view.preparation))
                elif due.dose is not None and due.dose.bsa is not None:
                    dose = due.dose.bsa
                    entries.append(WorklistEntry(patient=patient, cohort=history.patient.cohort, slot=slot,
                                                 bsa_dose=dose, preparation=plan_preparation(self._protocol,
                                                                                             dose.dose_mg)))
        return entries

    def worklist_pdf(self, session: Session, day: date, *, page_size: PageSize = "A4") -> bytes:
        """The day's preparation worklist: every dose, the day's paclitaxel total and vials, flat doses by cohort."""
        entries = tuple(self.worklist_entries(session, day))
        return render_worklist(WorklistInput(
            ctx=self._context(session, "WL", page_size), work_date=day, entries=entries,
            flat_volume_note=self._protocol.imp321_product.injection_volume_note))
