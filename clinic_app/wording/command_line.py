"""What the dose-path commands print for people (the --json output is codes and values only).

The templates are English; every function takes a `translate(context, text)` like the rest of the
catalogue, so the command line's translation (issue 15) hooks in here. They are not marked with
QT_TRANSLATE_NOOP: pyside6-lupdate files a template under the Qt class that shows it, and no
window class shows these.
"""

from __future__ import annotations

from collections.abc import Mapping

from .values import Translate, untranslated, word

C = "CommandLine"

LINES: dict[str, str] = {
    "enrolled": "{subject} ({initials}, born {date_of_birth}) enrolled in cohort {cohort}; C1D1 planned on "
                "{planned_c1d1}.",
    "measured": "{subject}: height {height} and weight {weight} measured on {on}.",
    "labs_recorded": "{subject}: ANC {anc} and platelets {platelets} drawn on {on}.",
    "toxicity_recorded": "{subject}: {term}, CTCAE grade {grade}, onset {onset}.",
    "visit_recorded": "{subject}: {visit} done on {on}.",
    "dose_record": "{record} {subject} {drug} C{cycle}D{day} for {dose_date}: {dose} ({dose_per_m2}, level "
                   "{level}); {status}.",
    "dose_record_blinded": "{record} {subject} {drug} C{cycle}D{day} for {dose_date}: {status}. Work it out "
                           "yourself: {height} and {weight} measured on {measured_on}; BSA by {formula}, rounded "
                           "half-up to {places} decimals{cap}; {dose_per_m2} (level {level}); the dose rounded "
                           "half-up to a multiple of {step}.",
    "bsa_cap": ", capped at {cap}",
    "dose_arithmetic": "  BSA ({formula}) from {height} and {weight} measured on {measured_on}: {bsa_exact} m², "
                       "rounded half-up {bsa}; {bsa} × {dose_per_m2} = {exact} -> {dose}",
    "dose_preparation": "  volume to draw {volume}; bag {bag}; final concentration {concentration}",
    "no_bag": "  no bag keeps the final concentration within its range",
    "labs_state": "  labs for {dose_date}: {state}",
    "expires": "  the preparation expires {expires_at}",
    "not_verified": "  NOT VERIFIED - DO NOT ADMINISTER",
    "signature": "  {meaning}: {name} ({role}), {signed_at}",
    "void": "  void: {reason}",
    "given": "{subject}: {drug} {dose} C{cycle}D{day} given on {on}, signed Administered by {name}.",
    "given_late": "{subject}: {drug} {dose} C{cycle}D{day} given on {on}, entered late ({reason}), signed "
                  "Administered by {name}.",
    "not_given": "{subject}: {drug} C{cycle}D{day} {status} on {on} ({reason}), signed by {name}.",
    "decided": "{subject}: decided {choice}{slot} ({kind}), signed Approved by {name}.",
    "decided_slot": " for C{cycle}D{day}",
    "verdict": "{subject}: {drug} C{cycle}D{day}, {action}: {outcome}.",
    "verdict_reason": "  - {message}",
    "verdict_decision": "  - waits for the {by}'s decision: {kind}{proposed}",
    "proposed": " (proposed: {choice})",
    "verdict_note": "  note: {message}",
    "confirm": "{warning} (if it is right: --confirm {code})",
    "no_dose_records": "{subject}: no dose record yet.",
}

# Codes that travel in this output, in words: the gate's actions and outcomes (decision kinds and
# statuses are in values.WORDS, shared with the window).
WORDS: dict[str, str] = {
    "calculate": "calculate",
    "prepare": "prepare",
    "verify": "verify",
    "administer": "administer",
    "record_late": "record a late entry",
    "hold": "hold",
    "omit": "omit for good",
    "allowed": "allowed",
    "refused": "refused",
    "decision_needed": "waiting for a decision",
}
# What the labs say for a dose day (domain.lab_check.LabState).
LAB_STATES: dict[str, str] = {
    "ok": "ok",
    "hold": "hold (a count below its threshold)",
    "missing": "missing",
    "too_old": "too old",
}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def line(code: str, values: Mapping[str, object], translate: Translate = untranslated) -> str:
    """One line of a command's output: the template `code` filled with `values` (already written
    for people: dates, doses and units formatted)."""
    return translate(C, LINES[code]).format_map(_Blank({k: str(v) for k, v in values.items()}))


def cli_word(code: str, translate: Translate = untranslated) -> str:
    """A gate action or outcome in words; any other code as values.word writes it."""
    found = WORDS.get(code)
    return translate(C, found) if found is not None else word(code, translate)


def lab_state_word(state: str, translate: Translate = untranslated) -> str:
    """What the labs say for a dose day, in words."""
    return translate(C, LAB_STATES.get(state, state))
