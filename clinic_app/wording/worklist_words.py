"""Where a dose stands, in the worklist's words (context "Worklist"): the pharmacy's progress and the
lab verdict, as the printed worklist and the `due` command write them."""

from __future__ import annotations

from .values import QT_TRANSLATE_NOOP

PROGRESS: dict[str, str] = {
    "not_calculated": QT_TRANSLATE_NOOP("Worklist", "NOT CALCULATED"),
    "calculated": QT_TRANSLATE_NOOP("Worklist", "calculated, NOT PREPARED"),
    "prepared": QT_TRANSLATE_NOOP("Worklist", "prepared, NOT VERIFIED"),
    "verified": QT_TRANSLATE_NOOP("Worklist", "verified"),
    "no_pharmacy_step": QT_TRANSLATE_NOOP("Worklist", "flat dose"),
}
# No current labs: pharmacy may prepare and the worklist says "labs pending" (LAB-2).
LABS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("Worklist", "labs ok"),
    "hold": QT_TRANSLATE_NOOP("Worklist", "LABS SAY HOLD"),
    "missing": QT_TRANSLATE_NOOP("Worklist", "labs pending"),
    "too_old": QT_TRANSLATE_NOOP("Worklist", "labs pending (too old)"),
}
