"""Height and weight history with the BSA the facade computed and the alerts it raised."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from clinic_app.domain.formatting import format_date, format_m2, plain_number

from .record_models import RowTableModel, _Index
from .warning_text import WarningText

MEAS_COL_DATE = 0
MEAS_COL_HEIGHT = 1
MEAS_COL_WEIGHT = 2
MEAS_COL_BSA = 3
MEAS_COL_ALERTS = 4
MEAS_COL_BY = 5


class MeasurementsModel(RowTableModel):
    """Rows: the facade's measurement rows (`measurement`, `bsa_m2`, `warnings`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words = WarningText(self)

    def headers(self) -> list[str]:
        return [self.tr("Measured on"), self.tr("Height"), self.tr("Weight"), self.tr("BSA"), self.tr("Alerts"),
                self.tr("Recorded by")]

    def row_key(self, row: Any) -> Any:  # noqa: D102 - a recorded measurement never changes
        return row.measurement

    def cell(self, row: Any, column: int) -> str:
        measurement = row.measurement
        if column == MEAS_COL_DATE:
            return format_date(measurement.measured_on)
        if column == MEAS_COL_HEIGHT:
            return f"{plain_number(measurement.height_cm)} cm"
        if column == MEAS_COL_WEIGHT:
            return f"{plain_number(measurement.weight_kg)} kg"
        if column == MEAS_COL_BSA:
            return format_m2(row.bsa_m2) if row.bsa_m2 is not None else ""
        if column == MEAS_COL_ALERTS:
            return QCoreApplication.translate("WarningText", "; ").join(
                self._words.phrase(w.code, dict(w.values)) for w in row.warnings)
        return str(measurement.recorded_by)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == MEAS_COL_ALERTS:
            row = super().data(index, Qt.ItemDataRole.UserRole)
            return QBrush(QColor("#fde7a9")) if row is not None and row.warnings else None
        return super().data(index, role)


