"""The audit log: filter by patient, user and date; export what is shown as CSV."""

from __future__ import annotations

import csv
import io
import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError

from .context import GuiContext
from .dialogs.widgets import date_edit, date_of
from .file_output import SavedFile, ask_save_path, protected_files
from .messages import ErrorText
from .record_models import AUDIT_COL_CHANGE, AUDIT_COL_REASON, AuditModel
from .tables import follow_contents

log = logging.getLogger(__name__)


class AuditView(QWidget):
    """Reads `clinic.audit_log` with the chosen filters; the facade decides who may see it."""

    def __init__(self, ctx: GuiContext, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.session = session
        self.model = AuditModel(self, ctx.clinic.protocol)
        self.saver = SavedFile(self, protected_files(ctx.clinic.store.path))
        self.subject = QLineEdit()
        self.subject.setObjectName("audit_subject")
        self.subject.setPlaceholderText(self.tr("Subject code"))
        self.user = QLineEdit()
        self.user.setObjectName("audit_user")
        self.user.setPlaceholderText(self.tr("User name"))
        self.use_since = QCheckBox(self.tr("&Since:"))
        self.since = date_edit(ctx.today(), "audit_since")
        self.apply_button = QPushButton(self.tr("&Apply filters"))
        self.apply_button.clicked.connect(self.reload_now)
        self.export_button = QPushButton(self.tr("&Export CSV..."))
        self.export_button.setObjectName("export_csv")
        self.export_button.clicked.connect(self._export_clicked)
        for edit in (self.subject, self.user):
            edit.returnPressed.connect(self.reload_now)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Patient:")))
        filters.addWidget(self.subject)
        filters.addWidget(QLabel(self.tr("User:")))
        filters.addWidget(self.user)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # sample rows when sizing columns, not thousands
        header.setSectionResizeMode(AUDIT_COL_CHANGE, QHeaderView.ResizeMode.Stretch)
        # A long reason is read in full in its tooltip; the change keeps the room.
        header.setSectionResizeMode(AUDIT_COL_REASON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AUDIT_COL_REASON, self.fontMetrics().averageCharWidth() * 30)
        follow_contents(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def reload_now(self) -> None:
        since: date | None = date_of(self.since) if self.use_since.isChecked() else None
        try:
            entries = self._ctx.clinic.audit_log(self.session, subject_code=self.subject.text().strip() or None,
                                                 actor=self.user.text().strip() or None, since=since)
        except DomainError as exc:
            self.model.set_rows([])
            self.message.setText(ErrorText(self).describe(exc))
            return
        self.model.set_rows(entries)
        self.message.setText(self.tr("{count} entries.").format(count=len(entries)))

    def export_csv(self, path: Path, *, replace: bool = False) -> int | None:
        """Write the entries shown to `path` (UTF-8 CSV) through clinic_app.files; returns the number
        of entries written, or None when refused (an existing file not confirmed, the database...)."""
        rows = self.model.csv_rows()
        text = io.StringIO(newline="")
        csv.writer(text).writerows(rows)
        if self.saver.write(path, text.getvalue().encode("utf-8"), replace=replace,
                            field=self.tr("audit CSV file")) is None:
            self.message.setText(self.saver.refusal)
            return None
        log.info("audit export: %d entries", len(rows) - 1)
        return len(rows) - 1

    def _export_clicked(self) -> None:
        path = ask_save_path(self, self.tr("Export audit log"), "audit.csv", self.tr("CSV files (*.csv)"))
        if path is not None:
            count = self.export_csv(path, replace=True)
            if count is not None:
                self.message.setText(self.tr("{count} entries exported to {path}.").format(count=count, path=path))
