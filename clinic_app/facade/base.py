"""What every use case of the facade shares: the store, the protocol, the clock and the role check."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime

from clinic_app.domain.cohort_gate import GateReport, cohort_gate
from clinic_app.domain.dosing import PaclitaxelDose
from clinic_app.domain.due import DueItem, next_due
from clinic_app.domain.errors import AuthError, RuleError
from clinic_app.domain.lab_check import LabCheck
from clinic_app.domain.permissions import Action, require
from clinic_app.domain.plausibility import PlausibilityWarning
from clinic_app.domain.preparation import PreparationPlan
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Decision, DecisionKind, Measurement, PatientHistory, Role, SignatureMeaning
from clinic_app.domain.schedule import plan_schedule
from clinic_app.domain.schedule_model import Schedule, ScheduleItem
from clinic_app.store import DoseRecord, Signer, Store, Writer

from .views import DoseRecordView, DueRow, Session

Clock = Callable[[], datetime]
SITE_NAME_KEY = "site_name"
DEMO_FLAG_KEY = "demo_data"  # set while fictional demo patients are in the database


def local_now() -> datetime:
    """The wall clock with the workstation's time zone (signatures print their zone)."""
    return datetime.now().astimezone()


class ClinicBase:
    """State shared by the use-case mixins that make up `Clinic`."""

    def __init__(self, store: Store, protocol: Protocol, clock: Clock) -> None:
        self._store = store
        self._protocol = protocol
        self._clock = clock
        # Today-list rows per patient, reused while the patient's change mark, the day and the
        # closed days are the same (see DueMixin.due_list).
        self._due_rows: dict[str, tuple[tuple[str, date, frozenset[date]], list[DueRow]]] = {}

    @property
    def protocol(self) -> Protocol:
        """The protocol every calculation and plan uses."""
        return self._protocol

    @property
    def store(self) -> Store:
        """The store (for maintenance tools and tests; faces call the use cases instead)."""
        return self._store

    @property
    def site_name(self) -> str:
        """The site's name as set at first run ("" before)."""
        found = self._store.site.setting(SITE_NAME_KEY)
        return found[0] if found else ""

    @property
    def has_demo_data(self) -> bool:
        """True while the database holds the fictional demo clinic (banner on every screen and sheet)."""
        return self._store.site.setting(DEMO_FLAG_KEY) is not None

    def now(self) -> datetime:
        """The current time, timezone-aware (injected clock)."""
        moment = self._clock()
        if moment.tzinfo is None:
            raise ValueError("the clinic clock must return timezone-aware datetimes")
        return moment

    def today(self) -> date:
        """Today's date in the clinic's time zone."""
        return self.now().date()

    def check_password(self, session: Session, password: str) -> None:
        """Re-check the signed-in user's password; failures count to lockout."""
        self._signer(session, password)

    def _signer(self, session: Session, password: str) -> Signer:
        """The session's user re-entering their password for a signed act (one argon2 check).
        The signature is written with it in the act's own transaction (`Store.transaction`)."""
        signer = self._store.users.signer(session.username, password, self.now())
        if signer.user_id != session.user_id:
            raise AuthError("session_invalid", {"username": session.username})
        return signer

    def _require(self, session: Session, action: Action) -> None:
        """Refuse unless the session's user is still active, under the credentials they signed in
        with (a reset or password change ends open sessions), and the role may do `action` (default deny)."""
        account = self._store.users.get(session.username)
        if not account.active or account.id != session.user_id \
                or account.credentials_version != session.credentials_version:
            raise AuthError("session_invalid", {"username": session.username})
        require(Role(account.role), action)

    # -- helpers shared by the use cases (the mixins of Clinic each extend only this base) ----
    def _closed_days(self) -> frozenset[date]:
        return frozenset(c.day for c in self._store.site.closed_days())

    def _schedule(self, history: PatientHistory, today: date) -> Schedule:
        return plan_schedule(self._protocol, history, today=today, closed_days=self._closed_days())

    def _item(self, schedule: Schedule, drug: str, cycle: int, day: int) -> ScheduleItem:
        for item in schedule.items:
            if item.drug == drug and item.cycle == cycle and item.day == day:
                return item
        raise RuleError("no_such_dose", {"field": "cycle/day", "drug": drug, "cycle": cycle, "day": day})

    def _view(self, record: DoseRecord) -> DoseRecordView:
        snap = json.loads(record.snapshot_json)
        preparation = self._store.dosing.preparation(record.id)
        plan_data = preparation.details["plan"] if preparation is not None else snap["preparation"]
        signatures = [*self._store.signatures.for_record("dose_records", record.id)]
        if preparation is not None:
            signatures += self._store.signatures.for_record("preparations", preparation.id)
        verification = self._store.dosing.verification(record.id)
        if verification is not None:
            signatures += self._store.signatures.for_record("verifications", verification.id)
        return DoseRecordView(
            id=record.id, row_version=record.row_version, subject_code=record.subject_code, drug=record.drug,
            cycle=record.cycle, day=record.day, dose_date=date.fromisoformat(snap["dose_date"]),
            dose=PaclitaxelDose.model_validate(snap["dose"]),
            preparation=PreparationPlan.model_validate(plan_data),
            warnings=tuple(PlausibilityWarning.model_validate(w) for w in snap["warnings"]),
            acknowledged=tuple(snap["acknowledged"]), lab_check=LabCheck.model_validate(snap["lab_check"]),
            measurement=Measurement.model_validate(snap["measurement"]), status=record.status,
            protocol_version=record.protocol_version, protocol_sha256=record.protocol_sha256,
            calculated_by=record.calculated_by, calculated_at=record.calculated_at, signatures=tuple(signatures))

    def _gate(self) -> GateReport:
        store = self._store
        # Enrolment order decides who is "the 5th patient": by date, then by recording order (row id).
        patients = [s.value for s in sorted(store.patients.all(), key=lambda s: (s.value.enrolled_on, s.id))]
        completions = [v.value for p in patients for v in store.decisions.visits(p.subject_code)]
        decisions = [s.value for s in store.decisions.trial_decisions(DecisionKind.COHORT_SAFETY)]
        return cohort_gate(self._protocol, patients, completions, decisions)

    def _sign_decision(self, session: Session, password: str, decision: Decision) -> Decision:
        """Store an investigator's decision and sign it "Approved" (password checked first)."""
        signer = self._signer(session, password)
        with self._store.transaction(signer) as w:
            self._record_signed_decision(w, signer, decision)
        return decision

    def _record_signed_decision(self, w: Writer, signer: Signer, decision: Decision) -> int:
        """Write a decision and its "Approved" signature in the caller's transaction."""
        decided = self._store.decisions.record_decision(w, decision)
        w.sign(signer, SignatureMeaning.APPROVED, "decisions", decided)
        return decided

    def _due(self, history: PatientHistory, today: date) -> list[DueItem]:
        """The patient's actionable and next upcoming items on `today`, with doses."""
        return next_due(self._protocol, history, today=today, closed_days=self._closed_days())
