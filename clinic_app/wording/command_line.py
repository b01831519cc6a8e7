"""What the dose-path commands print for people (the --json output is codes and values only).

The templates are English, marked for pyside6-lupdate under the context "CommandLine" (no window
class shows them: the command line reads their French from the .ts catalogue without Qt, LANG-5).
Every function takes a `translate(context, text)` like the rest of the catalogue; without one it
writes in the current language (domain.language, set from --lang or the environment).
"""

from __future__ import annotations

from collections.abc import Mapping

from .catalogue import words
from .values import QT_TRANSLATE_NOOP, Translate, word

C = "CommandLine"

LINES: dict[str, str] = {
    "enrolled": QT_TRANSLATE_NOOP(
        "CommandLine", "{subject} ({initials}, born {date_of_birth}) enrolled in cohort {cohort}; C1D1 planned on "
                       "{planned_c1d1}."),
    "measured": QT_TRANSLATE_NOOP("CommandLine", "{subject}: height {height} and weight {weight} measured on {on}."),
    "labs_recorded": QT_TRANSLATE_NOOP("CommandLine", "{subject}: ANC {anc} and platelets {platelets} drawn on {on}."),
    "toxicity_recorded": QT_TRANSLATE_NOOP("CommandLine", "{subject}: {term}, CTCAE grade {grade}, onset {onset}."),
    "visit_recorded": QT_TRANSLATE_NOOP("CommandLine", "{subject}: {visit} done on {on}."),
    "dose_record": QT_TRANSLATE_NOOP(
        "CommandLine", "{record} {subject} {drug} C{cycle}D{day} for {dose_date}: {dose} ({dose_per_m2}, level "
                       "{level}); {status}."),
    "dose_record_blinded": QT_TRANSLATE_NOOP(
        "CommandLine", "{record} {subject} {drug} C{cycle}D{day} for {dose_date}: {status}. Work it out yourself: "
                       "{height} and {weight} measured on {measured_on}; BSA by {formula}, rounded half-up to "
                       "{places} decimals{cap}; {dose_per_m2} (level {level}); the dose rounded half-up to a "
                       "multiple of {step}."),
    "bsa_cap": QT_TRANSLATE_NOOP("CommandLine", ", capped at {cap}"),
    "dose_arithmetic": QT_TRANSLATE_NOOP(
        "CommandLine", "  BSA ({formula}) from {height} and {weight} measured on {measured_on}: {bsa_exact} m², "
                       "rounded half-up {bsa}; {bsa} × {dose_per_m2} = {exact} -> {dose}"),
    "dose_preparation": QT_TRANSLATE_NOOP(
        "CommandLine", "  volume to draw {volume}; bag {bag}; final concentration {concentration}"),
    "no_bag": QT_TRANSLATE_NOOP("CommandLine", "  no bag keeps the final concentration within its range"),
    "labs_state": QT_TRANSLATE_NOOP("CommandLine", "  labs for {dose_date}: {state}"),
    "expires": QT_TRANSLATE_NOOP("CommandLine", "  the preparation expires {expires_at}"),
    "not_verified": QT_TRANSLATE_NOOP("CommandLine", "  NOT VERIFIED - DO NOT ADMINISTER"),
    "signature": QT_TRANSLATE_NOOP("CommandLine", "  {meaning}: {name} ({role}), {signed_at}"),
    "void": QT_TRANSLATE_NOOP("CommandLine", "  void: {reason}"),
    "given": QT_TRANSLATE_NOOP(
        "CommandLine", "{subject}: {drug} {dose} C{cycle}D{day} given on {on}, signed Administered by {name}."),
    "given_late": QT_TRANSLATE_NOOP(
        "CommandLine", "{subject}: {drug} {dose} C{cycle}D{day} given on {on}, entered late ({reason}), signed "
                       "Administered by {name}."),
    "not_given": QT_TRANSLATE_NOOP(
        "CommandLine", "{subject}: {drug} C{cycle}D{day} {status} on {on} ({reason}), signed by {name}."),
    "decided": QT_TRANSLATE_NOOP(
        "CommandLine", "{subject}: decided {choice}{slot} ({kind}), signed Approved by {name}."),
    "decided_slot": QT_TRANSLATE_NOOP("CommandLine", " for C{cycle}D{day}"),
    "verdict": QT_TRANSLATE_NOOP("CommandLine", "{subject}: {drug} C{cycle}D{day}, {action}: {outcome}."),
    "verdict_reason": QT_TRANSLATE_NOOP("CommandLine", "  - {message}"),
    "verdict_decision": QT_TRANSLATE_NOOP("CommandLine", "  - waits for the {by}'s decision: {kind}{proposed}"),
    "proposed": QT_TRANSLATE_NOOP("CommandLine", " (proposed: {choice})"),
    "verdict_note": QT_TRANSLATE_NOOP("CommandLine", "  note: {message}"),
    "confirm": QT_TRANSLATE_NOOP("CommandLine", "{warning} (if it is right: --confirm {code})"),
    "no_dose_records": QT_TRANSLATE_NOOP("CommandLine", "{subject}: no dose record yet."),
}

# Codes that travel in this output, in words: the gate's actions and outcomes (decision kinds and
# statuses are in values.WORDS, shared with the window).
WORDS: dict[str, str] = {
    "calculate": QT_TRANSLATE_NOOP("CommandLine", "calculate"),
    "prepare": QT_TRANSLATE_NOOP("CommandLine", "prepare"),
    "verify": QT_TRANSLATE_NOOP("CommandLine", "verify"),
    "administer": QT_TRANSLATE_NOOP("CommandLine", "administer"),
    "record_late": QT_TRANSLATE_NOOP("CommandLine", "record a late entry"),
    "hold": QT_TRANSLATE_NOOP("CommandLine", "hold"),
    "omit": QT_TRANSLATE_NOOP("CommandLine", "omit for good"),
    "allowed": QT_TRANSLATE_NOOP("CommandLine", "allowed"),
    "refused": QT_TRANSLATE_NOOP("CommandLine", "refused"),
    "decision_needed": QT_TRANSLATE_NOOP("CommandLine", "waiting for a decision"),
}
# What the labs say for a dose day (domain.lab_check.LabState).
LAB_STATES: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("CommandLine", "ok"),
    "hold": QT_TRANSLATE_NOOP("CommandLine", "hold (a count below its threshold)"),
    "missing": QT_TRANSLATE_NOOP("CommandLine", "missing"),
    "too_old": QT_TRANSLATE_NOOP("CommandLine", "too old"),
}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def line(code: str, values: Mapping[str, object], translate: Translate | None = None) -> str:
    """One line of a command's output: the template `code` filled with `values` (already written
    for people: dates, doses and units formatted)."""
    template = (translate or words())(C, LINES[code])
    return template.format_map(_Blank({k: str(v) for k, v in values.items()}))


def cli_word(code: str, translate: Translate | None = None) -> str:
    """A gate action or outcome in words; any other code as values.word writes it."""
    tr = translate or words()
    found = WORDS.get(code)
    return tr(C, found) if found is not None else word(code, tr)


def lab_state_word(state: str, translate: Translate | None = None) -> str:
    """What the labs say for a dose day, in words."""
    found = LAB_STATES.get(state)
    return (translate or words())(C, found) if found is not None else state.replace("_", " ")
