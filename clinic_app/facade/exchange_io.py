"""Export and import of the exchange document (domain/exchange.py): building it from the store,
holding every imported record to the facade's own rules, and writing it in one transaction.

An imported record must be one this program could have recorded: the same parsers and ranges
(height, weight, ANC, platelets), dates not in the future, cohorts, drugs, visits and cycle/day
slots known to the protocol, doses consistent with the protocol (a BSA dose equal to its dose
record's, which must recompute; a flat dose equal to the cohort's; a premedication at the
protocol's dose), signatures only of meanings the signer's role may give. The first refusal
names the record's place in the document (e.g. "patients.2.administrations.5.record.cycle").
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from clinic_app.domain.dates import require_not_future
from clinic_app.domain.dosing import PaclitaxelDose, calculate_paclitaxel, flat_dose
from clinic_app.domain.errors import DomainError, InputError
from clinic_app.domain.exchange import (
    ExportDocument,
    ExportedAdministration,
    ExportedClosedDay,
    ExportedCohortAssignment,
    ExportedDecision,
    ExportedDoseRecord,
    ExportedPatient,
    ExportedProtocol,
    ExportedSignature,
    ExportedStep,
    ExportedToxicity,
    ExportedUser,
    ExportedVoid,
)
from clinic_app.domain.numbers import parse_anc, parse_height_cm, parse_platelets, parse_weight_kg
from clinic_app.domain.permissions import SIGNATURE_ROLES
from clinic_app.domain.plausibility import check_date_of_birth
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import AdministrationStatus
from clinic_app.domain.schedule_model import SCREENING
from clinic_app.store import Store, Writer
from clinic_app.store.rows import (
    administration_of,
    administration_row,
    decision_of,
    decision_row,
    identity_of,
    lab_of,
    lab_row,
    measurement_of,
    measurement_row,
    patient_of,
    patient_row,
    toxicity_of,
    toxicity_row,
    visit_of,
    visit_row,
)

# -- export ---------------------------------------------------------------------------------


def _void(found: dict[str, Any] | None) -> ExportedVoid | None:
    return None if found is None else ExportedVoid.model_validate(found)


def _signatures(rows: list[dict[str, Any]], identities: bool) -> list[ExportedSignature]:
    return [ExportedSignature.model_validate({**r, "printed_name": r["printed_name"] if identities else None})
            for r in rows]


def build_document(store: Store, protocol: Protocol, *, site_name: str, identities: bool) -> ExportDocument:
    """Every record, void and signature, with the source's actors (see module docstring)."""
    x = store.exchange
    sigs = {t: x.signatures(t) for t in ("preparations", "verifications", "administrations", "decisions")}
    voids = {t: x.voids(t) for t in ("dose_records", "administrations", "decisions", "toxicities")}
    names: set[str] = set()

    def who(table: str, row: dict[str, Any]) -> str:
        name = x.actor(table, row)
        names.add(name)
        return name

    def decision(row: dict[str, Any], code: str | None) -> ExportedDecision:
        record = decision_of(code, row).model_copy(update={"decided_by": who("decisions", row)})
        return ExportedDecision(record=record, signatures=_signatures(sigs["decisions"].get(row["id"], []), identities),
                                void=_void(voids["decisions"].get(row["id"])))

    patients = []
    for prow in x.rows("patients"):
        code, pid = prow["subject_code"], prow["id"]
        identity = next(iter(x.rows("point_of_care", "patient_id = ?", [pid])), None) if identities else None
        doses = x.rows("dose_records", "patient_id = ?", [pid])
        index = {r["id"]: i for i, r in enumerate(doses)}
        admins = x.rows("administrations", "patient_id = ?", [pid])
        admin_index = {r["id"]: i for i, r in enumerate(admins)}
        patients.append(ExportedPatient(
            patient=patient_of(prow), identity=None if identity is None else identity_of(code, identity),
            cohort_history=[ExportedCohortAssignment(cohort=r["cohort"], assigned_on=r["assigned_on"],
                                                     assigned_by=who("cohort_assignments", r), reason=r["reason"])
                            for r in x.rows("cohort_assignments", "patient_id = ?", [pid])],
            measurements=[measurement_of(code, r).model_copy(update={"recorded_by": who("measurements", r)})
                          for r in x.rows("measurements", "patient_id = ?", [pid])],
            labs=[lab_of(code, r).model_copy(update={"recorded_by": who("labs", r)})
                  for r in x.rows("labs", "patient_id = ?", [pid])],
            dose_records=[_dose_record(store, r, who, sigs, voids, identities) for r in doses],
            administrations=[ExportedAdministration(
                record=administration_of(code, r).model_copy(
                    update={"recorded_by": who("administrations", r)}),
                dose_record=index.get(r["dose_record_id"]),
                signatures=_signatures(sigs["administrations"].get(r["id"], []), identities),
                void=_void(voids["administrations"].get(r["id"]))) for r in admins],
            decisions=[decision(r, code) for r in x.rows("decisions", "patient_id = ?", [pid])],
            visits=[visit_of(code, r).model_copy(update={"recorded_by": who("visit_completions", r)})
                    for r in x.rows("visit_completions", "patient_id = ?", [pid])],
            toxicities=[ExportedToxicity(
                record=toxicity_of(code, r).model_copy(update={"recorded_by": who("toxicities", r)}),
                administration=admin_index.get(r["administration_id"]), recorded_at=r["recorded_at"],
                void=_void(voids["toxicities"].get(r["id"]))) for r in x.rows("toxicities", "patient_id = ?", [pid])],
        ))
    trial = [decision(r, None) for r in x.rows("decisions", "patient_id IS NULL")]
    for group in (sigs.values()):
        names |= {s["signer"] for rows in group.values() for s in rows}
    known = {a.username: ExportedUser(username=a.username, full_name=a.full_name, role=a.role)
             for a in store.users.all()}
    for username, person in x.source_staff().items():
        known.setdefault(username, ExportedUser.model_validate(person))
    users = [known[n] for n in sorted(known) if n in names] if identities else []
    return ExportDocument(
        site_name=site_name, includes_identities=identities,
        protocol=ExportedProtocol(id=protocol.protocol.id, version=protocol.protocol.version, sha256=protocol.sha256),
        users=users, closed_days=[ExportedClosedDay(day=c.day, reason=c.reason) for c in store.site.closed_days()],
        trial_decisions=trial, patients=patients)


def _dose_record(store: Store, r: dict[str, Any], who: Any, sigs: dict[str, dict[int, list[dict[str, Any]]]],
                 voids: dict[str, dict[int, dict[str, Any]]], identities: bool) -> ExportedDoseRecord:
    x = store.exchange
    steps: dict[str, ExportedStep | None] = {}
    for table, at in (("preparations", "prepared_at"), ("verifications", "verified_at")):
        found = next(iter(x.rows(table, "dose_record_id = ?", [r["id"]])), None)
        steps[table] = None if found is None else ExportedStep(
            by=who(table, found), at=found[at], details_json=found.get("details_json", "{}"),
            note=found.get("note", ""), signatures=_signatures(sigs[table].get(found["id"], []), identities))
    return ExportedDoseRecord(
        drug=r["drug"], cycle=r["cycle"], day=r["day"], snapshot_json=r["snapshot_json"],
        protocol_version=r["protocol_version"], protocol_sha256=r["protocol_sha256"], status=r["status"],
        calculated_by=who("dose_records", r), calculated_at=r["calculated_at"], preparation=steps["preparations"],
        verification=steps["verifications"], void=_void(voids["dose_records"].get(r["id"])))


# -- the rules an imported record must pass -------------------------------------------------


def _refuse(where: str, exc: DomainError | None = None, **values: Any) -> InputError:
    detail = {} if exc is None else {k: v for k, v in exc.values.items() if k != "field"}
    return InputError("invalid_import_record", {"field": where, **detail, **values,
                                                "reason": exc.code if exc is not None else values.get("reason")})


def _slot(protocol: Protocol, drug: str, cycle: int, day: int, where: str) -> None:
    premed = protocol.premedication.drug
    known = {d.key: d for d in protocol.drugs}
    if drug not in known and drug != premed:
        raise _refuse(f"{where}.drug", reason="unknown_drug", text=drug)
    days = known[drug].dose_days if drug in known else protocol.bsa_drug.dose_days
    if not 1 <= cycle <= protocol.calendar.cycle_count:
        raise _refuse(f"{where}.cycle", reason="unknown_slot", minimum=1, maximum=protocol.calendar.cycle_count)
    if day not in days:
        raise _refuse(f"{where}.day", reason="unknown_slot", allowed=list(days))


def _not_future(day: date | datetime, where: str, today: date) -> None:
    try:
        require_not_future(day if isinstance(day, date) and not isinstance(day, datetime) else day.date(),
                           field=where, today=today)
    except InputError as exc:
        raise _refuse(where, exc) from None


def _signature_ok(sig: ExportedSignature, where: str, today: date) -> None:
    if sig.role not in SIGNATURE_ROLES.get(sig.meaning, frozenset()):
        raise _refuse(f"{where}.role", reason="signature_role_refused", meaning=sig.meaning.value, role=sig.role.value)
    _not_future(sig.signed_at, f"{where}.signed_at", today)


def _cohort_on(entry: ExportedPatient, day: date) -> str:
    current = entry.patient.cohort
    for step in entry.cohort_history:
        if step.assigned_on <= day:
            current = step.cohort
    return current


def _dose_of(protocol: Protocol, record: ExportedDoseRecord, where: str) -> Decimal:
    try:
        stored = PaclitaxelDose.model_validate(json.loads(record.snapshot_json)["dose"])
        again = calculate_paclitaxel(protocol, parse_height_cm(protocol, str(stored.height_cm)),
                                     parse_weight_kg(protocol, str(stored.weight_kg)), level=stored.level,
                                     formula=stored.formula)
    except DomainError as exc:
        raise _refuse(f"{where}.snapshot_json", exc) from None
    except (ValueError, KeyError, TypeError):
        raise _refuse(f"{where}.snapshot_json", reason="unreadable_snapshot") from None
    if again != stored:
        raise _refuse(f"{where}.snapshot_json", reason="calculation_mismatch", stored_mg=str(stored.dose_mg))
    return stored.dose_mg


def check_document(protocol: Protocol, doc: ExportDocument, today: date) -> None:
    """Raise InputError (code invalid_import_record, field = the record's place) at the first
    record the facade would not have accepted."""
    letters = {c.letter for c in protocol.cohorts}
    for i, d in enumerate(doc.trial_decisions):
        _check_decision(d, f"trial_decisions.{i}", today)
    for p, entry in enumerate(doc.patients):
        at = f"patients.{p}"
        patient = entry.patient
        if patient.cohort not in letters or any(s.cohort not in letters for s in entry.cohort_history):
            raise _refuse(f"{at}.patient.cohort", reason="unknown_cohort", allowed=sorted(letters))
        _not_future(patient.enrolled_on, f"{at}.patient.enrolled_on", today)
        try:
            check_date_of_birth(protocol, patient.date_of_birth, today=patient.enrolled_on)
        except InputError as exc:
            raise _refuse(f"{at}.patient.date_of_birth", exc) from None
        for k, assignment in enumerate(entry.cohort_history):
            _not_future(assignment.assigned_on, f"{at}.cohort_history.{k}.assigned_on", today)
        for k, m in enumerate(entry.measurements):
            try:
                parse_height_cm(protocol, str(m.height_cm))
                parse_weight_kg(protocol, str(m.weight_kg))
            except InputError as exc:
                raise _refuse(f"{at}.measurements.{k}", exc) from None
            _not_future(m.measured_on, f"{at}.measurements.{k}.measured_on", today)
        for k, lab in enumerate(entry.labs):
            try:
                parse_anc(protocol, str(lab.anc_10e9_per_l))
                parse_platelets(protocol, str(lab.platelets_10e9_per_l))
            except InputError as exc:
                raise _refuse(f"{at}.labs.{k}", exc) from None
            _not_future(lab.drawn_on, f"{at}.labs.{k}.drawn_on", today)
        doses = []
        for k, record in enumerate(entry.dose_records):
            where = f"{at}.dose_records.{k}"
            if record.drug != protocol.bsa_drug.key:
                raise _refuse(f"{where}.drug", reason="not_a_bsa_drug", text=record.drug)
            _slot(protocol, record.drug, record.cycle, record.day, where)
            _not_future(record.calculated_at, f"{where}.calculated_at", today)
            doses.append(_dose_of(protocol, record, where))
            for name, step in (("preparation", record.preparation), ("verification", record.verification)):
                if step is not None:
                    _not_future(step.at, f"{where}.{name}.at", today)
                    for s, sig in enumerate(step.signatures):
                        _signature_ok(sig, f"{where}.{name}.signatures.{s}", today)
        for k, given in enumerate(entry.administrations):
            _check_administration(protocol, entry, given, doses, f"{at}.administrations.{k}", today)
        for k, decided in enumerate(entry.decisions):
            _check_decision(decided, f"{at}.decisions.{k}", today)
        for k, visit in enumerate(entry.visits):
            if visit.visit != SCREENING and visit.visit not in {v.key for v in protocol.visits}:
                raise _refuse(f"{at}.visits.{k}.visit", reason="unknown_visit", text=visit.visit)
            _not_future(visit.on, f"{at}.visits.{k}.on", today)
        for k, tox in enumerate(entry.toxicities):
            if not 2 <= len(tox.record.term) <= 80 or len(tox.record.term_text) > 200:
                raise _refuse(f"{at}.toxicities.{k}.record.term", reason="invalid_text", minimum=2, maximum=80)
            if tox.administration is not None and not 0 <= tox.administration < len(entry.administrations):
                raise _refuse(f"{at}.toxicities.{k}.administration", reason="no_such_record")
            _not_future(tox.record.onset, f"{at}.toxicities.{k}.record.onset", today)


def _check_administration(protocol: Protocol, entry: ExportedPatient, given: ExportedAdministration,
                          doses: list[Decimal], where: str, today: date) -> None:
    a = given.record
    _slot(protocol, a.drug, a.cycle, a.day, f"{where}.record")
    _not_future(a.on, f"{where}.record.on", today)
    if given.dose_record is not None and not 0 <= given.dose_record < len(doses):
        raise _refuse(f"{where}.dose_record", reason="no_such_record")
    if a.status is AdministrationStatus.GIVEN:
        if a.drug == protocol.bsa_drug.key:
            if given.dose_record is None or a.dose_mg != doses[given.dose_record]:
                raise _refuse(f"{where}.record.dose_mg", reason="dose_not_from_its_dose_record",
                              text=str(a.dose_mg))
        elif a.drug == protocol.premedication.drug:
            if a.dose_mg != protocol.premedication.dose_mg:
                raise _refuse(f"{where}.record.dose_mg", reason="dose_not_the_protocols", text=str(a.dose_mg))
        elif a.dose_mcg != flat_dose(protocol, a.drug, _cohort_on(entry, a.on)).mcg:
            raise _refuse(f"{where}.record.dose_mcg", reason="dose_not_the_cohorts", text=str(a.dose_mcg))
    for s, sig in enumerate(given.signatures):
        _signature_ok(sig, f"{where}.signatures.{s}", today)


def _check_decision(decided: ExportedDecision, where: str, today: date) -> None:
    _not_future(decided.record.decided_at, f"{where}.record.decided_at", today)
    for field_name in ("cycle", "day"):
        value = getattr(decided.record, field_name)
        if value is not None and not 0 <= value <= 1000:
            raise _refuse(f"{where}.record.{field_name}", reason="out_of_range", minimum=0, maximum=1000)
    for s, sig in enumerate(decided.signatures):
        _signature_ok(sig, f"{where}.signatures.{s}", today)


# -- import -----------------------------------------------------------------------------------


def load_document(store: Store, w: Writer, doc: ExportDocument, *, document_sha256: str) -> int:
    """Write every record of a checked document in the caller's transaction `w`; returns the patients."""
    x = store.exchange
    imp = x.start_import(w, source_site=doc.site_name, document_sha256=document_sha256,
                         staff=[u.model_dump(mode="json") for u in doc.users])

    def signed(entity: str, row_id: int, signatures: list[ExportedSignature]) -> None:
        for sig in signatures:
            x.add_signature(w, imp, entity, row_id, {
                "meaning": sig.meaning.value, "signer": sig.signer, "printed_name": sig.printed_name,
                "role": sig.role.value, "signed_at": sig.signed_at.isoformat()})

    def voided(entity: str, row_id: int, void: ExportedVoid | None) -> None:
        if void is not None:
            x.add(w, imp, "voids", {"entity": entity, "entity_id": row_id, "voided_at": void.voided_at.isoformat(),
                                    "reason": void.reason}, source_actor=void.voided_by)

    def decision(d: ExportedDecision, pid: int | None) -> None:
        row_id = x.add(w, imp, "decisions", decision_row(d.record, pid), source_actor=d.record.decided_by)
        signed("decisions", row_id, d.signatures)
        voided("decisions", row_id, d.void)

    for day in doc.closed_days:
        w.insert("closed_days", {"day": day.day.isoformat(), "reason": day.reason}, action="import_closed_days")
    for d in doc.trial_decisions:
        decision(d, None)
    for entry in doc.patients:
        pid = w.insert("patients", patient_row(entry.patient), action="import_patients")
        if entry.identity is not None:
            w.insert("point_of_care", {"patient_id": pid, "full_name": entry.identity.full_name,
                                       "hospital_number": entry.identity.hospital_number}, action="import_identity")
        for step in entry.cohort_history:
            x.add(w, imp, "cohort_assignments", {"patient_id": pid, "cohort": step.cohort,
                                                 "assigned_on": step.assigned_on.isoformat(), "reason": step.reason},
                  source_actor=step.assigned_by)
        for m in entry.measurements:
            x.add(w, imp, "measurements", measurement_row(m, pid), source_actor=m.recorded_by)
        for lab in entry.labs:
            x.add(w, imp, "labs", lab_row(lab, pid), source_actor=lab.recorded_by)
        dose_ids = [_load_dose_record(store, w, imp, pid, r, signed, voided) for r in entry.dose_records]
        admin_ids = []
        for given in entry.administrations:
            link = None if given.dose_record is None else dose_ids[given.dose_record]
            row_id = x.add(w, imp, "administrations", administration_row(given.record, pid, link),
                           source_actor=given.record.recorded_by)
            signed("administrations", row_id, given.signatures)
            voided("administrations", row_id, given.void)
            admin_ids.append(row_id)
        for d in entry.decisions:
            decision(d, pid)
        for visit in entry.visits:
            x.add(w, imp, "visit_completions", visit_row(visit, pid), source_actor=visit.recorded_by)
        for tox in entry.toxicities:
            link = None if tox.administration is None else admin_ids[tox.administration]
            row_id = x.add(w, imp, "toxicities", toxicity_row(tox.record, pid, link, tox.recorded_at.isoformat()),
                           source_actor=tox.record.recorded_by)
            voided("toxicities", row_id, tox.void)
    return len(doc.patients)


def _load_dose_record(store: Store, w: Writer, imp: int, pid: int, r: ExportedDoseRecord, signed: Any,
                      voided: Any) -> int:
    x = store.exchange
    row_id = x.add(w, imp, "dose_records", {
        "patient_id": pid, "drug": r.drug, "cycle": r.cycle, "day": r.day, "snapshot_json": r.snapshot_json,
        "snapshot_sha256": hashlib.sha256(r.snapshot_json.encode("utf-8")).hexdigest(),
        "protocol_version": r.protocol_version, "protocol_sha256": r.protocol_sha256, "status": r.status,
        "calculated_at": r.calculated_at.isoformat()}, source_actor=r.calculated_by)
    if r.preparation is not None:
        step = x.add(w, imp, "preparations", {"dose_record_id": row_id, "prepared_at": r.preparation.at.isoformat(),
                                               "details_json": r.preparation.details_json},
                     source_actor=r.preparation.by)
        signed("preparations", step, r.preparation.signatures)
    if r.verification is not None:
        step = x.add(w, imp, "verifications", {"dose_record_id": row_id, "verified_at": r.verification.at.isoformat(),
                                                "note": r.verification.note}, source_actor=r.verification.by)
        signed("verifications", step, r.verification.signatures)
    voided("dose_records", row_id, r.void)
    return row_id


__all__ = ["build_document", "check_document", "load_document"]
