"""What every use case of the facade shares: the store, the protocol, the clock and the role check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from clinic_app.domain.cohort_gate import GateReport, cohort_gate
from clinic_app.domain.dose_records import DoseRecordState
from clinic_app.domain.due import DueItem, due_items
from clinic_app.domain.errors import AuthError, InputError, RuleError
from clinic_app.domain.gate import GateInput, Slot, stale_reasons
from clinic_app.domain.permissions import Action, require
from clinic_app.domain.protocol import Protocol
from clinic_app.domain.records import Decision, DecisionKind, PatientHistory, Role, SignatureMeaning
from clinic_app.domain.schedule import plan_schedule
from clinic_app.domain.schedule_model import ItemStatus, Schedule, ScheduleItem
from clinic_app.store import Signer, Store, Writer

from .due_reader import DueReader
from .views import DoseRecordView, Session

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
        self._due_reader = DueReader(store, protocol, self.now, self._gate_input)
        store.derive_with(self._due_reader.keep_with)  # before COMMIT: the due state moves with the change

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
    def _drug_key(self, drug: str, *, premedication: bool = True) -> str:
        """A drug key typed by a person: one of the protocol's drugs (or its premedication drug);
        InputError "unknown_drug" naming the accepted keys otherwise."""
        allowed = [d.key for d in self._protocol.drugs]
        if premedication:
            allowed.append(self._protocol.premedication.drug)
        if drug not in allowed:
            raise InputError("unknown_drug", {"field": "drug", "text": str(drug), "allowed": allowed})
        return drug

    def _closed_days(self) -> frozenset[date]:
        return frozenset(c.day for c in self._store.site.closed_days())

    def _schedule(self, history: PatientHistory, today: date) -> Schedule:
        return plan_schedule(self._protocol, history, today=today, closed_days=self._closed_days())

    def _item(self, schedule: Schedule, drug: str, cycle: int, day: int) -> ScheduleItem:
        for item in schedule.items:
            if item.drug == drug and item.cycle == cycle and item.day == day:
                return item
        raise RuleError("no_such_dose", {"field": "cycle/day", "drug": drug, "cycle": cycle, "day": day})

    def _gate_input(self, subject_code: str, today: date | None = None, now: datetime | None = None) -> GateInput:
        """The patient's chart planned on `today` (default: today) at `now` (default: now), ready for
        the dose gate."""
        return GateInput.plan(self._protocol, self._store.chart(subject_code), today=today or self.today(),
                              now=now or self.now(), closed_days=self._closed_days())

    def _views(self, subject_code: str, states: tuple[DoseRecordState, ...]) -> list[DoseRecordView]:
        """Dose records as the faces show them, with every signature of the record and its steps."""
        signed = self._store.dosing.signatures_of([r.id for r in states])
        names = {a.username: a.full_name for a in self._store.users.all()} if states else {}
        return [DoseRecordView.of(subject_code, state, tuple(signed[state.id]), names.get(state.calculated_by, ""))
                for state in states]

    def _view(self, dose_record_id: int) -> DoseRecordView:
        """One dose record as the faces show it (NotFound when absent)."""
        code = self._store.dosing.dose_record(dose_record_id).subject_code
        state = next(r for r in self._store.chart(code).dose_records if r.id == dose_record_id)
        return self._views(code, (state,))[0]

    def _void_stale(self, w: Writer, subject_code: str, cause: str) -> list[int]:
        """In the caller's transaction, right after a change of weight, level, cohort or protocol:
        void every current dose record of a dose still to give that no longer matches what a
        calculation would use now (REC-2), with the reason. Returns the ids voided."""
        gi = self._gate_input(subject_code)
        voided = []
        for record in gi.chart.dose_records:
            item = gi.item(Slot(record.drug, record.cycle, record.day))
            if not record.live or item is None or item.status is ItemStatus.DONE:
                continue
            reasons = stale_reasons(gi, record)
            if reasons:
                why = f"{cause}: " + ", ".join(r.code.replace("_", " ") for r in reasons)
                self._store.dosing.void(w, "dose_records", record.id, why)
                voided.append(record.id)
        return voided

    def _cohort_gate(self) -> GateReport:
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

    def _due(self, subject_code: str, today: date) -> list[DueItem]:
        """The patient's actionable and next upcoming items on `today`, with doses and states."""
        return due_items(self._gate_input(subject_code, today))
