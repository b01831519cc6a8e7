"""The calculation written out as a pharmacist checks it with a pocket calculator: one row per step
(step, arithmetic in words, result, unit), for the dose dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from clinic_app.domain.formatting import format_exact, format_m2
from clinic_app.wording.arithmetic import step_expression

from ..messages import translate

# Rounded BSA steps keep their places on screen as everywhere else ("1.50 m²", never "1.5 m²").
_ROUNDED_BSA_STEPS = frozenset({"bsa_rounded", "bsa_capped"})


def step_words(widget: QWidget, code: str) -> str:
    words = {
        "bsa_exact": widget.tr("BSA"),
        "bsa_rounded": widget.tr("BSA rounded (used)"),
        "bsa_capped": widget.tr("BSA capped"),
        "dose_exact": widget.tr("Dose"),
        "dose_rounded": widget.tr("Dose rounded"),
        "volume": widget.tr("Volume to draw"),
        "final_concentration": widget.tr("Final concentration"),
    }
    return words.get(code, code.replace("_", " "))


def steps_table(steps: list[Any], parent: QWidget) -> QTableWidget:
    """The calculation written out: step, arithmetic, result, unit; one row per step."""
    table = QTableWidget(len(steps), 4, parent)
    table.setObjectName("steps")
    table.setHorizontalHeaderLabels([parent.tr("Step"), parent.tr("Calculation"), parent.tr("Result"),
                                     parent.tr("Unit")])
    for row, step in enumerate(steps):
        result = format_m2(step.result).removesuffix(" m²") if step.code in _ROUNDED_BSA_STEPS \
            else format_exact(step.result)
        texts = (step_words(parent, step.code), step_expression(step.expression, translate), result, step.unit)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)
    table.verticalHeader().hide()
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return table
