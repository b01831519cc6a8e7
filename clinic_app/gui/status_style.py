"""Words and colours for the statuses the facade reports (Today's due statuses, the calendar's item
statuses); colour is never the only signal: the words come from the catalogue (wording.slot)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from clinic_app.wording.slot import due_status_text, item_status_text

from .messages import translate

OVERDUE = "overdue"
MISSED = "missed"
DUE_TODAY = "due_today"
UPCOMING = "upcoming"
DECISION_REQUIRED = "decision_required"
DISCONTINUED = "discontinued"
ENDED = "ended"

# Background colours chosen to keep black text readable (contrast > 7:1).
_RED, _ORANGE, _YELLOW, _GREEN, _PURPLE, _GREY, _LIGHT_GREY = (
    "#f8c9c4", "#f9cb9c", "#fde7a9", "#d9ead3", "#e3d3f2", "#c9c9c9", "#e0e0e0")
_BACKGROUNDS = {
    OVERDUE: _RED, MISSED: _ORANGE, DUE_TODAY: _YELLOW, UPCOMING: _GREEN, DECISION_REQUIRED: _PURPLE,
    DISCONTINUED: _GREY, ENDED: _GREY,
}
# The calendar's item statuses (domain.schedule_model.ItemStatus), most pressing first: a cell
# takes the colour of its most pressing item (an omitted premedication never greys out a planned infusion).
_ITEM_BACKGROUNDS = {
    "overdue": _RED, "missed": _ORANGE, "decision_required": _PURPLE, "due": _YELLOW, "discontinued": _GREY,
    "ended": _GREY, "done": _GREEN, "planned": None, "omitted": _LIGHT_GREY, "not_applicable": _LIGHT_GREY,
}


def status_words(status: str) -> str:
    """A due status in words ("Overdue", "Missed", "Discontinued"...)."""
    return due_status_text(status, translate)


def status_background(status: str) -> QColor | None:
    colour = _BACKGROUNDS.get(status)
    return QColor(colour) if colour else None


def item_status_words(status: str, category: str = "dose") -> str:
    """A planned item's status in words (a visit is "done", a dose "given")."""
    return item_status_text(status, category, translate)


def item_background(status: str) -> QColor | None:
    colour = _ITEM_BACKGROUNDS.get(status)
    return QColor(colour) if colour else None


def most_pressing_background(statuses: list[str]) -> QColor | None:
    """The colour of the most pressing status among a calendar cell's items."""
    for status in _ITEM_BACKGROUNDS:
        if status in statuses:
            return item_background(status)
    return None
