"""Investigator decisions: dose level, flat dose give/skip, premedication, weight change.

Cohort opening and re-assignment live with the cohort use cases (patients.py). Every decision is
signed "Approved" with the investigator's password and carries a reason.
"""

from __future__ import annotations

from clinic_app.domain.errors import InputError
from clinic_app.domain.numbers import parse_dose_level
from clinic_app.domain.permissions import Action
from clinic_app.domain.records import Decision, DecisionKind

from .base import ClinicBase
from .views import Session

# kind -> accepted choices (None: parsed by a rule instead), and whether the decision names a slot.
_CHOICES: dict[DecisionKind, tuple[frozenset[str] | None, bool]] = {
    DecisionKind.DOSE_LEVEL: (None, False),
    DecisionKind.FLAT_DOSE_GIVE_SKIP: (frozenset({"give", "skip"}), True),
    DecisionKind.PREMEDICATION: (frozenset({"continue", "omit"}), False),
    DecisionKind.WEIGHT_CHANGE: (frozenset({"recalculate", "keep"}), True),
}


class DecisionsMixin(ClinicBase):
    def decide(self, session: Session, subject_code: str, *, kind: DecisionKind, choice: str, reason: str,
               password: str, cycle: int | None = None, day: int | None = None,
               drug: str | None = None) -> Decision:
        """Record a signed patient decision (investigator).

        DOSE_LEVEL takes a level the protocol lists (never above 0); FLAT_DOSE_GIVE_SKIP and
        WEIGHT_CHANGE name the cycle/day they apply to (FLAT_DOSE_GIVE_SKIP also the flat
        drug, needed only when the protocol has several); PREMEDICATION applies from its date on.
        Raises InputError for a choice, reason or slot that does not fit the kind.
        """
        self._require(session, Action.DECIDE)
        kind = DecisionKind(kind)
        if kind not in _CHOICES:
            raise InputError("decision_kind_not_here", {"field": "kind", "text": kind.value,
                                                        "allowed": [k.value for k in _CHOICES]})
        allowed, needs_slot = _CHOICES[kind]
        text = choice.strip().lower() if isinstance(choice, str) else ""
        if allowed is None:
            text = str(parse_dose_level(self._protocol, text))
        elif text not in allowed:
            raise InputError("invalid_choice", {"field": "choice", "text": str(choice), "allowed": sorted(allowed)})
        if needs_slot and (cycle is None or day is None):
            raise InputError("slot_required", {"field": "cycle/day", "hint": "name the cycle and day decided on"})
        why = reason.strip() if isinstance(reason, str) else ""
        if len(why) < 3:
            raise InputError("reason_required", {"field": "reason", "unit": "characters", "minimum": 3,
                                                 "maximum": 500})
        self._store.patients.get(subject_code)  # NotFound before the password is spent
        subject = {DecisionKind.FLAT_DOSE_GIVE_SKIP: self._flat_drug_key(drug),
                   DecisionKind.PREMEDICATION: self._protocol.premedication.drug}.get(kind)
        return self._sign_decision(session, password, Decision(
            subject_code=subject_code, kind=kind, choice=text, reason=why, cycle=cycle if needs_slot else None,
            day=day if needs_slot else None, subject=subject, decided_by=session.username, decided_at=self.now()))

    def _flat_drug_key(self, drug: str | None) -> str:
        flat = [d.key for d in self._protocol.flat_drugs]
        if drug in flat or (drug is None and len(flat) == 1):
            return drug or flat[0]
        raise InputError("unknown_drug", {"field": "drug", "text": str(drug), "allowed": flat})
