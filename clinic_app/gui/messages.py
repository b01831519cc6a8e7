"""The window's words for typed errors, the planner's reasons and what a closed cohort still needs.

The templates live in one Qt-free catalogue (clinic_app.wording) shared with the command line; the
classes here translate them at run time (QCoreApplication.translate) under the context each
template is marked with.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from clinic_app.wording import slot
from clinic_app.wording.cohort_gate import missing_text
from clinic_app.wording.errors import describe_error
from clinic_app.wording.rules import rule_text
from clinic_app.wording.values import drug_names


def translate(context: str, text: str) -> str:
    """The catalogue's `Translate` in the window."""
    return QCoreApplication.translate(context, text)


class ErrorText(QObject):
    """`describe(exc)`: the catalogue's message for the error's code, translated."""

    def __init__(self, parent: QObject | None = None, protocol: Any = None) -> None:
        super().__init__(parent)
        self._drug_names = drug_names(protocol)

    def describe(self, exc: BaseException) -> str:
        return describe_error(exc, translate, self._drug_names)


class RuleWords(QObject):
    """`text(rule)`: why a planned item has its date and status, translated."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._protocol = protocol

    def text(self, rule: Any) -> str:
        return rule_text(rule, self._protocol, translate)


class GateWords(QObject):
    """`missing(m)`: one condition a closed cohort still needs, translated."""

    def missing(self, item: Any) -> str:
        return missing_text(item.code, item.values, translate)


class SlotWords(QObject):
    """Where a dose slot stands, in the catalogue's words (wording.slot), translated: the gate's
    reasons in full or short, the decision a slot waits for, and whether it can go ahead."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._protocol = protocol

    def reason(self, reason: Any) -> str:
        return slot.reason_text(reason, self._protocol, translate)

    def short(self, reason: Any) -> str:
        return slot.short_reason(reason, self._protocol, translate)

    def needed(self, decision: Any) -> str:
        return slot.needed_decision_text(decision, self._protocol, translate)

    def waiting(self, decision: Any) -> str:
        return slot.waiting_text(decision, self._protocol, translate)

    def kind(self, kind: str, drug: str | None = None) -> str:
        return slot.decision_kind_text(kind, drug, self._protocol, translate)

    def verdict(self, verdict: Any) -> str:
        """A gate verdict in sentences: every refusal in full, or the decision it waits for; "" when allowed."""
        if verdict.reasons:
            return "\n".join(self.reason(r) for r in verdict.reasons)
        if verdict.decision is not None:
            return self.needed(verdict.decision)
        return ""
