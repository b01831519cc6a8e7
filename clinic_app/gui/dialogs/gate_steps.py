"""A dialog's steps (Calculate, Prepared, Verified, Sign...) each with what the dose gate says of it
beside its button: the refusals in full, the decision it waits for, or what is still to do first.

The gate decides (clinic.check_action); this widget only shows its verdict and enables a button
when the gate allows the step and the dialog's own conditions (warnings ticked, the verifier's
own numbers compared) hold. The facade asks the gate again when the step is signed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QGridLayout, QGroupBox, QLabel, QSizePolicy, QWidget

from clinic_app.wording.errors import describe_code

from ..messages import SlotWords, translate

REFUSED_STYLE = "color: #b00020; font-weight: bold;"
WAITING_STYLE = "color: #4a148c; font-weight: bold;"


class GateSteps(QGroupBox):
    """Rows of (button, what the gate says). `show_step` sets one row from a verdict."""

    def __init__(self, title: str, protocol: Any, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("gate_steps")
        self._words = SlotWords(protocol, self)
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self.reasons: dict[QAbstractButton, QLabel] = {}

    def add(self, button: QAbstractButton) -> QLabel:
        """A row for `button`; returns the label beside it."""
        label = QLabel()
        label.setObjectName(f"{button.objectName()}_reason")
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = self._grid.rowCount()
        self._grid.addWidget(button, row, 0)
        self._grid.addWidget(label, row, 1)
        self.reasons[button] = label
        return label

    def show_step(self, button: QAbstractButton, verdict: Any, *, ready: bool = True, todo: str = "",
                  role: Any = None, action: str = "") -> None:
        """Enable `button` only when the gate allows the step and `ready`; say why not beside it
        (see `show_verdict`)."""
        show_verdict(self._words, button, self.reasons[button], verdict, ready=ready, todo=todo, role=role,
                     action=action)


def show_verdict(words: SlotWords, button: QAbstractButton, label: QLabel, verdict: Any, *, ready: bool = True,
                 todo: str = "", role: Any = None, action: str = "") -> None:
    """Enable `button` only when the gate allows its step and `ready`; put why not in `label`.

    `verdict` None: no verdict to ask for (`todo` says what comes first). `role`/`action`: the
    session's role may not do the step (the permission refusal is shown, as the facade words it).
    """
    allowed = verdict is not None and verdict.allowed and ready and role is None
    button.setEnabled(allowed)
    if role is not None:
        text, style = describe_code("permission_denied", {"role": role, "action": action}, translate), REFUSED_STYLE
    elif verdict is None:
        text, style = todo, ""
    elif not verdict.allowed:
        text = words.verdict(verdict)
        style = WAITING_STYLE if verdict.decision is not None and not verdict.reasons else REFUSED_STYLE
    else:
        notes = " ".join(words.reason(note) for note in verdict.notes)
        text, style = " ".join(t for t in (notes, "" if ready else todo) if t), ""
    label.setText(text)
    label.setStyleSheet(style)
    label.setVisible(bool(text))
