"""The printed documents: the facade fills the printing layer's input models from the store.

Every sheet gets a serial from one audited counter, so each printed page can be traced to who
printed it and when; the demo flag puts the FICTIONAL banner on every page. The printing layer
(reportlab) is loaded when the first document is made.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

import clinic_app
from clinic_app import printing
from clinic_app.domain.dose_records import DoseStatus
from clinic_app.domain.dosing import flat_dose, flat_volume_text
from clinic_app.domain.due import DueItem, DueStatus, due_items
from clinic_app.domain.errors import RuleError
from clinic_app.domain.gate import GateInput, Slot, check
from clinic_app.domain.gate_model import GateAction
from clinic_app.domain.language import current_language, writing_in
from clinic_app.domain.permissions import Action
from clinic_app.domain.records import DecisionKind, Patient, PatientHistory
from clinic_app.domain.schedule_model import ItemCategory, ScheduleItem
from clinic_app.wording.catalogue import catalogue, words
from clinic_app.wording.decisions import DECISION_KINDS, DECISION_REQUIRED
from clinic_app.wording.errors import describe_code
from clinic_app.wording.slot import decision_kind_text
from clinic_app.wording.values import drug_names, word

from .base import ClinicBase
from .due_list import dose_text
from .site import SITE_PHONE_KEY, patient_language, site_language
from .views import DoseRecordView, Session

PageSize = Literal["A4", "Letter"]


class DocumentsMixin(ClinicBase):
    # -- shared pieces ---------------------------------------------------------------------
    def _context(self, session: Session, prefix: str, page_size: PageSize) -> printing.PrintContext:
        """Page furniture with the next sheet serial (an audited counter: who printed what, when)
        and the audit chain head just after it, so the paper anchors the trail; in the language
        the document is being written in (LANG-1)."""
        return self._contexts(session, [prefix], page_size)[0]

    def _contexts(self, session: Session, prefixes: list[str], page_size: PageSize) -> list[printing.PrintContext]:
        """One page furniture per sheet, their serials counted in one transaction (see `_context`)."""
        first = self._store.site.next_serial(actor=session.username, count=len(prefixes))
        head = self._store.chain_head()
        return [printing.PrintContext(app_version=clinic_app.__version__, printed_at=self.now(),
                                      printed_by=f"{session.full_name} ({word(session.role.value, words())})",
                                      serial=f"{prefix}-{first + n:06d}", page_size=page_size,
                                      demo=self.has_demo_data, trail=f"trail {head.seq} · {head.mac[:8]}",
                                      language=current_language())
                for n, prefix in enumerate(prefixes)]

    def _identifiers(self, patient: Patient) -> printing.PatientIdentifiers:
        identity = self._store.patients.identity(patient.subject_code)
        return printing.PatientIdentifiers(
            subject_code=patient.subject_code, date_of_birth=patient.date_of_birth, initials=patient.initials,
            full_name=identity.value.full_name if identity else None,
            hospital_number=identity.value.hospital_number if identity else None)

    # -- pharmacy dosing sheet -------------------------------------------------------------
    def dosing_sheet_input(self, session: Session, dose_record_id: int, *,
                           page_size: PageSize = "A4") -> printing.DosingSheetInput:
        """Everything the dosing sheet of one dose record prints (also its blinded copy), in the
        site's language: a voided record prints VOID; a current one prints what the gate says
        stops it today."""
        self._require(session, Action.PRINT)
        gi = self._gate_input(self._store.dosing.dose_record(dose_record_id).subject_code)
        with writing_in(site_language(self._store)):
            return self._sheet_input(gi, dose_record_id, self._context(session, "DS", page_size))

    def _sheet_input(self, gi: GateInput, dose_record_id: int,
                     ctx: printing.PrintContext) -> printing.DosingSheetInput:
        history = gi.chart.history
        state = gi.chart.record(dose_record_id)
        assert state is not None  # a record of this chart
        view = self._views(history.patient.subject_code, (state,))[0]
        slot = gi.item(Slot(view.drug, view.cycle, view.day))
        if slot is None:
            raise RuleError("no_such_dose", {"drug": view.drug, "cycle": view.cycle, "day": view.day})
        premed = next((i for i in gi.schedule.items if i.category is ItemCategory.PREMEDICATION
                       and i.cycle == view.cycle and i.day == view.day), None)
        prepared, verified = view.signed("Prepared"), view.signed("Verified")
        blank = printing.SignatureBlock
        return printing.DosingSheetInput(
            ctx=ctx, patient=self._identifiers(history.patient),
            protocol=printing.ProtocolStamp(name=self._protocol.protocol.name, version=view.protocol_version,
                                            sha256=view.protocol_sha256),
            cohort=history.patient.cohort, cycle=view.cycle, day=view.day, dose_date=view.dose_date,
            study_day=slot.study_day, height_measured_on=view.measurement.measured_on,
            weight_measured_on=view.measurement.measured_on, dose=view.dose, preparation=view.preparation,
            rules=printing.CheckerRules.from_protocol(self._protocol),
            level_decision=self._level_decision(view, history),
            lab_check=view.lab_check, warnings=view.warnings, acknowledged=view.acknowledged,
            premedication=printing.Premedication.from_schedule_item(premed, self._protocol) if premed else None,
            next_flat_doses=self._next_flat_doses(gi.schedule.items, view, history.patient.cohort),
            prepared=blank.from_signature(prepared) if prepared else blank(meaning="Prepared"),
            verified_by=blank.from_signature(verified) if verified else blank(meaning="Verified"),
            dose_record_id=f"DR-{view.id:06d}", verified=view.status is DoseStatus.VERIFIED,
            void_reason=view.void_reason, alerts=self._alerts(gi, view))

    def day_batch_pdf(self, session: Session, day: date, *, page_size: PageSize = "A4") -> bytes:
        """The pharmacy's day as ONE PDF: the worklist, then every dose record calculated for `day`
        (the latest of each slot), each dosing sheet followed by its blinded checker copy while the
        dose is not verified. Every sheet has a serial of its own (all counted in one transaction)."""
        self._require(session, Action.PRINT)
        with writing_in(site_language(self._store)):
            return self._day_batch_pdf(session, day, page_size)

    def _day_batch_pdf(self, session: Session, day: date, page_size: PageSize) -> bytes:
        records = self._store.dosing.latest_for_day(day)
        gis = {code: self._gate_input(code) for code in dict.fromkeys(code for code, _ in records)}
        checked = [_needs_checker_copy(gis[code], record_id) for code, record_id in records]
        prefixes = ["WL", *(p for copy in checked for p in (("DS", "DS") if copy else ("DS",)))]
        entries = self.worklist_entries(session, day)
        contexts = iter(self._contexts(session, prefixes, page_size))
        worklist = self._worklist_input(entries, day, next(contexts))
        sheets = []
        for (code, record_id), copy in zip(records, checked, strict=True):
            sheet = self._sheet_input(gis[code], record_id, next(contexts))
            sheets.append((sheet, sheet.model_copy(update={"ctx": next(contexts)}) if copy else None))
        return printing.render_day_batch(worklist, sheets)

    def _alerts(self, gi: GateInput, view: DoseRecordView) -> tuple[str, ...]:
        """What stops a current record's dose today (the gate's refusals and the decision it waits
        for), leaving out the pharmacy's own next steps and the day not having come."""
        if view.status is DoseStatus.VOID:
            return ()
        verdict = check(gi, Slot(view.drug, view.cycle, view.day), GateAction.ADMINISTER, dose_record_id=view.id)
        names = drug_names(self._protocol)  # in the words of the one catalogue, never the codes
        writing = catalogue(current_language())
        found = [describe_code(r.code, r.values, writing, drug_names=names) for r in verdict.reasons
                 if r.code not in _PHARMACY_STEPS]
        if verdict.decision is not None:
            kind = verdict.decision.kind
            # the kinds window-rules added (stop a drug, after a discontinuation) in the gate's words
            what = writing("DecisionDialog", DECISION_KINDS[kind]) if kind in DECISION_KINDS else \
                decision_kind_text(kind.value, verdict.decision.drug, self._protocol, writing)
            found.append(writing("DecisionDialog", DECISION_REQUIRED).format(what=what))
        return tuple(found)

    def _level_decision(self, view: DoseRecordView, history: PatientHistory) -> printing.LevelDecision | None:
        if view.dose.level == 0:
            return None
        decision = next((d for d in reversed(history.decisions) if d.kind is DecisionKind.DOSE_LEVEL
                         and d.choice == str(view.dose.level) and d.decided_at <= view.calculated_at), None)
        if decision is None:
            raise RuleError("level_decision_missing", {"dose_record_id": view.id, "level": view.dose.level})
        return printing.LevelDecision(reason=decision.reason, decided_by=decision.decided_by,
                                      decided_at=decision.decided_at)

    def _next_flat_doses(self, items: tuple[ScheduleItem, ...], view: DoseRecordView,
                         cohort: str) -> tuple[printing.NextFlatDose, ...]:
        """The flat doses anchored on this infusion (IMP321 D2 after D1, D16 after D15)."""
        found = []
        for drug in self._protocol.flat_drugs:
            if drug.anchor_drug != view.drug or drug.anchor_offset_days is None:
                continue
            day = view.day + drug.anchor_offset_days
            item = next((i for i in items if i.drug == drug.key and i.cycle == view.cycle and i.day == day), None)
            if item is not None:
                found.append(printing.NextFlatDose(
                    dose=flat_dose(self._protocol, drug.key, cohort), on=item.planned_date, cycle=view.cycle,
                    day=day, volume_note=flat_volume_text(self._protocol, flat_dose(self._protocol, drug.key,
                                                                                     cohort).mcg)))
        return tuple(found)

    def dosing_sheet_pdf(self, session: Session, dose_record_id: int, *, blinded: bool = False,
                         page_size: PageSize = "A4") -> bytes:
        """The pharmacy dosing sheet of one dose record, or its blinded checker copy."""
        data = self.dosing_sheet_input(session, dose_record_id, page_size=page_size)
        return printing.render_blinded_checker_copy(data) if blinded else printing.render_dosing_sheet(data)

    # -- chair-side checklist and take-home calendar ---------------------------------------
    def visit_checklist_pdf(self, session: Session, subject_code: str, day: date, *,
                            page_size: PageSize = "A4") -> bytes:
        """The chair-side checklist of what is due for one patient on `day` (missed, discontinued and
        ended doses appear as not to give, with what to record instead)."""
        self._require(session, Action.PRINT)
        gi = self._gate_input(subject_code, day)
        history = gi.chart.history
        items = tuple(d for d in due_items(gi) if d.status is not DueStatus.UPCOMING)
        if not items:
            raise RuleError("nothing_due", {"field": "date", "subject_code": subject_code, "date": day.isoformat()})
        with writing_in(site_language(self._store)):
            return printing.render_visit_checklist(printing.VisitChecklistInput(
                ctx=self._context(session, "VC", page_size), patient=self._identifiers(history.patient),
                protocol=self._protocol, cohort=history.patient.cohort, visit_date=day, items=items,
                previous_weight=gi.chart.weight_used_last(self._protocol.bsa_drug.key),
                toxicities=history.toxicities))

    def patient_calendar_pdf(self, session: Session, subject_code: str, today: date, *,
                             page_size: PageSize = "A4") -> bytes:
        """The take-home calendar of every remaining visit and dose, stamped with today's date, in
        the language the patient reads (LANG-1)."""
        self._require(session, Action.PRINT)
        gi = self._gate_input(subject_code, today)
        with writing_in(patient_language(self._store, subject_code)):
            return printing.render_patient_calendar(printing.PatientCalendarInput(
                ctx=self._context(session, "PC", page_size), patient=self._identifiers(gi.chart.history.patient),
                protocol=self._protocol, schedule=gi.schedule, produced_on=today, clinic_contact=self.site_name,
                clinic_phone=self._store.site.settings().get(SITE_PHONE_KEY, "")))

    # -- the pharmacy's day ----------------------------------------------------------------
    def worklist_entries(self, session: Session, day: date) -> list[printing.WorklistEntry]:
        """Every dose due on `day` (never a missed one, MISS-1), with where it stands: a BSA slot's
        current record (verified, or provisional), else a forecast marked provisional, else why no
        dose can be worked out yet; each flat dose by cohort."""
        self._require(session, Action.PRINT)
        entries: list[printing.WorklistEntry] = []
        for rows in self._due_reader.rows(day).values():
            chosen = [r for r in rows if r.status == DueStatus.DUE_TODAY and r.line.category == ItemCategory.DOSE]
            if not chosen:
                continue
            patient = self._identifiers(self._store.patients.get(chosen[0].subject_code).value)
            for row in chosen:
                due = row.due
                flat = due.dose.flat if due.dose is not None else None
                volume = flat_volume_text(self._protocol, flat.mcg) if flat is not None else ""
                entry = _worklist_entry(due, patient, row.cohort, volume)
                if entry is not None:
                    entries.append(entry)
        return entries

    def worklist_pdf(self, session: Session, day: date, *, page_size: PageSize = "A4") -> bytes:
        """The day's preparation worklist in the site's language: every dose, the day's paclitaxel
        total and vials, flat doses by cohort."""
        with writing_in(site_language(self._store)):
            entries = self.worklist_entries(session, day)
            return printing.render_worklist(self._worklist_input(entries, day,
                                                                 self._context(session, "WL", page_size)))

    def _worklist_input(self, entries: list[printing.WorklistEntry], day: date,
                        ctx: printing.PrintContext) -> printing.WorklistInput:
        return printing.WorklistInput(ctx=ctx, work_date=day, entries=tuple(entries),
                                      flat_volume_note=self._protocol.imp321_product.injection_volume_note)


def _needs_checker_copy(gi: GateInput, dose_record_id: int) -> bool:
    """A dose still to verify: the second pharmacist works it out from the blinded copy (ROLE-2)."""
    state = gi.chart.record(dose_record_id)
    return state is not None and state.status not in (DoseStatus.VERIFIED, DoseStatus.VOID)


# Gate reasons a dosing sheet does not print as alerts: the pharmacy's own next steps and the day
# not having come yet (the sheet's NOT VERIFIED mark and dose date say those).
_PHARMACY_STEPS = frozenset({"dose_not_verified", "not_yet_due", "preparation_expired", "labs_missing",
                             "labs_too_old"})


def _worklist_entry(due: DueItem, patient: printing.PatientIdentifiers, cohort: str,
                    flat_volume: str) -> printing.WorklistEntry | None:
    """The worklist line of a dose due today, or None (not a dose, or not one to give today)."""
    item, dose, state = due.item, due.dose, due.state
    if due.status is not DueStatus.DUE_TODAY or item.category is not ItemCategory.DOSE or dose is None or state is None:
        return None
    common: dict[str, Any] = {
        "patient": patient, "cohort": cohort, "slot": item.slot, "progress": state.progress.value,
        "dose_record_id": f"DR-{state.record_id:06d}" if state.record_id is not None else None,
        "expires_at": state.expires_at, "labs": state.labs.state.value if state.labs is not None else None}
    if dose.flat is not None:
        return printing.WorklistEntry(**common, flat_dose=dose.flat, volume_note=flat_volume)
    if dose.bsa is not None:
        return printing.WorklistEntry(**common, provisional=dose.provisional, bsa_dose=dose.bsa,
                                      preparation=dose.preparation)
    return printing.WorklistEntry(**common, no_dose_reason=dose_text(dose))
