"""Record a protocol visit (Week 13 assessment, Week 25 post-study visit) as done today."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clinic_app.domain.formatting import format_date

from .base import FacadeDialog
from .widgets import date_edit, date_of


class VisitDialog(FacadeDialog):
    """`visit` is the protocol's visit key; the date defaults to today and cannot be in the future."""

    def __init__(self, clinic: Any, session: Any, subject_code: str, visit: str, visit_name: str, planned: date,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._session, self._code, self._visit = clinic, session, subject_code, visit
        self.setWindowTitle(self.tr("Visit done - {code}").format(code=subject_code))
        headline = QLabel(self.tr("{visit} (planned {planned})").format(visit=visit_name,
                                                                       planned=format_date(planned)))
        headline.setStyleSheet("font-size: 13pt; font-weight: bold;")
        headline.setWordWrap(True)
        self.on = date_edit(today, "visit_on", maximum=today)
        layout = QVBoxLayout(self)
        layout.addWidget(self.patient_banner(clinic, session, subject_code))
        layout.addWidget(headline)
        layout.addWidget(QLabel(self.tr("Done on:")))
        layout.addWidget(self.on)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:  # noqa: D102 - Qt override
        if self.run_call(lambda: self._clinic.record_visit(self._session, self._code, visit=self._visit,
                                                           on=date_of(self.on))):
            super().accept()
