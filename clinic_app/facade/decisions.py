"""Investigator decisions: dose level, flat dose give/skip, premedication, weight change,
discontinuing a drug and what follows it.

Cohort opening and re-assignment live with the cohort use cases (patients.py). Every decision is
signed "Approved" with the investigator's password and carries a reason.
"""

from __future__ import annotations

from clinic_app.domain.dose_level import check_level_choice, level_state
from clinic_app.domain.errors import InputError, RuleError
from clinic_app.domain.numbers import parse_dose_level
from clinic_app.domain.permissions import Action
from clinic_app.domain.records import Decision, DecisionKind
from clinic_app.domain.treatment_course import CONTINUE_FLAT, DISCONTINUE, END_TREATMENT, treatment_course

from .base import ClinicBase
from .patients import require_text
from .views import Session

# kind -> accepted choices (None: parsed by a rule instead), and whether the decision names a slot.
_CHOICES: dict[DecisionKind, tuple[frozenset[str] | None, bool]] = {
    DecisionKind.DOSE_LEVEL: (None, False),
    DecisionKind.FLAT_DOSE_GIVE_SKIP: (frozenset({"give", "skip"}), True),
    DecisionKind.PREMEDICATION: (frozenset({"continue", "omit"}), False),
    DecisionKind.WEIGHT_CHANGE: (frozenset({"recalculate", "keep"}), True),
    DecisionKind.DISCONTINUE_DRUG: (frozenset({DISCONTINUE}), False),
    DecisionKind.AFTER_DISCONTINUATION: (frozenset({CONTINUE_FLAT, END_TREATMENT}), False),
}
PATIENT_DECISION_KINDS: tuple[DecisionKind, ...] = tuple(_CHOICES)  # what `decide` records


class DecisionsMixin(ClinicBase):
    def decide(self, session: Session, subject_code: str, *, kind: DecisionKind, choice: str, reason: str,
               password: str, cycle: int | None = None, day: int | None = None,
               drug: str | None = None) -> Decision:
        """Record a signed patient decision (investigator), signature and audit in one transaction.

        DOSE_LEVEL takes a level the protocol lists, never above the current one (no re-escalation)
        and, after severe toxicity, at least as low as proposed (TOX-4); dose records made at
        another level are voided with it (REC-2). FLAT_DOSE_GIVE_SKIP and WEIGHT_CHANGE name the
        cycle/day they apply to (FLAT_DOSE_GIVE_SKIP also the flat drug when the protocol has
        several); PREMEDICATION applies from its date on; DISCONTINUE_DRUG stops a drug for good
        (default: the BSA drug); AFTER_DISCONTINUATION ("continue_flat" / "end_treatment") needs a
        stopped drug. Raises InputError for a choice, reason or slot that does not fit the kind.
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
        why = require_text(reason, field="reason", minimum=3, maximum=500)
        chart = self._store.chart(subject_code)  # NotFound before the password is spent
        if kind is DecisionKind.DOSE_LEVEL:
            check_level_choice(level_state(self._protocol, chart.history), int(text))
        if kind is DecisionKind.AFTER_DISCONTINUATION and not treatment_course(self._protocol, chart.history).stops:
            raise RuleError("nothing_discontinued", {"field": "kind", "subject_code": subject_code})
        subject = self._subject_of(kind, drug)
        signer = self._signer(session, password)
        decision = Decision(subject_code=subject_code, kind=kind, choice=text, reason=why,
                            cycle=cycle if needs_slot else None, day=day if needs_slot else None, subject=subject,
                            decided_by=session.username, decided_at=signer.at)
        with self._store.transaction(signer) as w:
            self._record_signed_decision(w, signer, decision)
            if kind in (DecisionKind.DOSE_LEVEL, DecisionKind.WEIGHT_CHANGE):
                self._void_stale(w, subject_code, f"{kind.value.replace('_', ' ')} decided: {text}")
        return decision

    def _subject_of(self, kind: DecisionKind, drug: str | None) -> str | None:
        """What a decision is about beyond the patient: the flat drug given or skipped, the
        premedication, the drug stopped; None for the other kinds (`drug` is then ignored)."""
        if kind is DecisionKind.FLAT_DOSE_GIVE_SKIP:
            return self._flat_drug_key(drug)
        if kind is DecisionKind.PREMEDICATION:
            return self._protocol.premedication.drug
        if kind is DecisionKind.DISCONTINUE_DRUG:
            return self._drug_key(drug or self._protocol.bsa_drug.key, premedication=False)
        return None

    def _flat_drug_key(self, drug: str | None) -> str:
        flat = [d.key for d in self._protocol.flat_drugs]
        if drug in flat or (drug is None and len(flat) == 1):
            return drug or flat[0]
        raise InputError("unknown_drug", {"field": "drug", "text": str(drug), "allowed": flat})
