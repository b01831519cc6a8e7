"""Which patient, and which planned item, an action applies to: the one the user highlighted.

The highlighted patient is the selected Today row while Today is shown, or the patient open in the
Patient tab while that is shown; never a patient opened earlier and left behind another tab. The
item is the one highlighted (the Today row's item, the selected calendar cell's) when it is of the
kind the action needs, else the patient's most urgent item of that kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Schedule item statuses an action at the chair or in the pharmacy applies to, most urgent first; a
# missed dose last (it is recorded, never given: an action finds today's dose before it).
ACTIONABLE = ("overdue", "decision_required", "due", "missed")


@dataclass(frozen=True)
class Target:
    """The highlighted patient and the planned items highlighted with them (may be none)."""

    subject_code: str
    highlighted: tuple[Any, ...] = field(default=())


def choose_item(highlighted: Sequence[Any], planned: Iterable[Any], category: str, drug: str | None = None,
                statuses: Sequence[str] = ACTIONABLE) -> Any:
    """The highlighted item of `category` (and `drug`), else the most urgent planned one; None if none."""
    def fits(item: Any) -> bool:
        return str(item.category) == category and (drug is None or item.drug == drug)

    chosen = [item for item in highlighted if fits(item)]
    if chosen:
        return chosen[0]
    items = [item for item in planned if fits(item)]
    for status in statuses:
        for item in items:
            if str(item.status) == status:
                return item
    return None
