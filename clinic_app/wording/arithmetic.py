"""The domain's calculation steps as a checker reads them: "1.8256657841 rounded half-up to 0.01",
never the program's own notation "round_half_up(1.8256657841, 0.01)".

The domain keeps its notation (it is frozen in every dose record's snapshot, which the verifier
recomputes and compares); only what people read is rewritten here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from clinic_app.domain.formatting import plain_number

from .values import QT_TRANSLATE_NOOP, Translate, untranslated

C = "DoseDialog"  # the Qt class (gui/dialogs/dose.py) that shows the steps
ROUNDED = QT_TRANSLATE_NOOP("DoseDialog", "{value} rounded half-up to {step}")
CAPPED = QT_TRANSLATE_NOOP("DoseDialog", "{value} capped at {cap}")

_ROUND = re.compile(r"round_half_up\((?P<value>.+), (?P<step>[0-9.]+)\)")
_NUMBER = re.compile(r"[0-9]+\.[0-9]+")
_MIN = re.compile(r"min\((?P<value>[^,]+), (?P<cap>[0-9.]+)\)")


def step_expression(expression: str, translate: Translate | None = None) -> str:
    """A step's arithmetic in words (other expressions, e.g. "sqrt(170 × 70 / 3600)", unchanged)."""
    tr = translate or untranslated
    found = _ROUND.fullmatch(expression)
    if found is not None:
        value = found["value"]  # a plain number loses its trailing zeros: "145.60" reads "145.6"
        shown = plain_number(Decimal(value)) if _NUMBER.fullmatch(value) else value
        return tr(C, ROUNDED).format(value=shown, step=found["step"])
    found = _MIN.fullmatch(expression)
    if found is not None:
        return tr(C, CAPPED).format(value=found["value"], cap=found["cap"])
    return expression
