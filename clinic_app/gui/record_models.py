"""Read-only table models over recorded facts: administrations, adverse events and audit entries.

A small base handles rows, headers and roles; each model only says how a column reads.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from clinic_app.domain.formatting import format_date, format_datetime, format_mcg_as_mg, format_mg
from clinic_app.wording.audit import action_text, change_text, entity_text
from clinic_app.wording.names import drug_name
from clinic_app.wording.typography import labelled
from clinic_app.wording.values import protocol_names, word

from .messages import translate
from .row_updates import replace_rows

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole


class RowTableModel(QAbstractTableModel):
    """Rows of one kind of object; subclasses define `headers()` and `cell(row, column)`, and may
    answer further roles in `other_role`. `ROW_ROLE` (UserRole) gives the row's object."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers = self.headers()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows`; rows with the same `row_key` as before are updated in place (the selection
        and the scroll position stay), unless the model has no key for its rows."""
        replace_rows(self, self._rows, rows, self.row_key)

    def row_key(self, row: Any) -> Any:
        """What identifies a row across refreshes; `id(row)` (every row new) unless a model knows better."""
        return id(row)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._headers):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == ROW_ROLE:
            return row
        return self.other_role(row, index.column(), role)

    def other_role(self, row: Any, column: int, role: int) -> Any:
        """Any other role of a cell (a colour, a tooltip); none by default."""
        return None


ADMIN_COL_SLOT = 0
ADMIN_COL_DRUG = 1
ADMIN_COL_STATUS = 2
ADMIN_COL_DATE = 3
ADMIN_COL_DOSE = 4
ADMIN_COL_DETAIL = 5
ADMIN_COL_BY = 6


class AdministrationsModel(RowTableModel):
    """What happened to each planned dose (records.Administration)."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        self._protocol = protocol
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Cycle/day"), self.tr("Drug"), self.tr("Status"), self.tr("Date"), self.tr("Dose"),
                self.tr("Tolerance / reason"), self.tr("Recorded by")]

    def row_key(self, row: Any) -> Any:  # noqa: D102 - a recorded administration never changes
        return row

    def cell(self, row: Any, column: int) -> str:
        if column == ADMIN_COL_SLOT:
            return f"C{row.cycle}D{row.day}"
        if column == ADMIN_COL_DRUG:
            return drug_name(self._protocol, row.drug)
        if column == ADMIN_COL_STATUS:
            return word(str(row.status), translate)
        if column == ADMIN_COL_DATE:
            return format_date(row.on)
        if column == ADMIN_COL_DOSE:
            if row.dose_mg is not None:
                return format_mg(row.dose_mg)
            return format_mcg_as_mg(row.dose_mcg) if row.dose_mcg is not None else ""
        if column == ADMIN_COL_DETAIL:
            detail = row.tolerance or row.reason
            text = word(str(detail), translate) if detail is not None else ""
            return labelled(text, row.note) if row.note and text else row.note or text
        return str(row.recorded_by)


AUDIT_COL_SEQ = 0
AUDIT_COL_AT = 1
AUDIT_COL_USER = 2
AUDIT_COL_ACTION = 3
AUDIT_COL_ENTITY = 4
AUDIT_COL_CHANGE = 5
AUDIT_COL_REASON = 6


def _compact(value: Any) -> str:
    """A value for the CSV file (the auditor's copy keeps the stored value whole)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)


class AuditModel(RowTableModel):
    """The audit trail (store AuditEntry rows), newest first, each change in words ("field: old -> new");
    `protocol` names drugs and visits as printed."""

    def __init__(self, parent: QObject | None = None, protocol: Any = None) -> None:
        super().__init__(parent)
        self._names = protocol_names(protocol)

    def headers(self) -> list[str]:
        return [self.tr("#"), self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Record"),
                self.tr("Change"), self.tr("Reason")]

    def set_rows(self, rows: Sequence[Any]) -> None:  # noqa: D102 - newest first
        super().set_rows(sorted(rows, key=lambda entry: entry.seq, reverse=True))

    def row_key(self, row: Any) -> Any:  # noqa: D102 - one entry per sequence number
        return row.seq

    def cell(self, row: Any, column: int) -> str:
        if column == AUDIT_COL_SEQ:
            return str(row.seq)
        if column == AUDIT_COL_AT:
            return format_datetime(row.at_utc.astimezone())
        if column == AUDIT_COL_USER:
            return str(row.actor)
        if column == AUDIT_COL_ACTION:
            return action_text(str(row.action), translate)
        if column == AUDIT_COL_ENTITY:
            return entity_text(str(row.entity), str(row.entity_id), translate)
        if column == AUDIT_COL_CHANGE:
            return change_text(row.old, row.new, translate, self._names)
        return str(row.reason or "")

    def other_role(self, row: Any, column: int, role: int) -> Any:  # noqa: D102 - the whole text on hover
        if role == Qt.ItemDataRole.ToolTipRole and column in (AUDIT_COL_CHANGE, AUDIT_COL_REASON):
            return self.cell(row, column) or None
        return None

    def csv_rows(self) -> list[list[str]]:
        """Header plus one row per entry, oldest first, with ISO times (for files) and full old/new values."""
        out = [["seq", "at", "user", "action", "entity", "entity_id", "old", "new", "reason"]]
        for row in sorted(self._rows, key=lambda entry: entry.seq):
            out.append([str(row.seq), row.at_utc.isoformat(), str(row.actor), str(row.action), str(row.entity),
                        str(row.entity_id), _compact(row.old), _compact(row.new), str(row.reason or "")])
        return out


TOX_COL_TERM = 0
TOX_COL_GRADE = 1
TOX_COL_ONSET = 2
TOX_COL_DRUG = 3
TOX_COL_SOURCE = 4
TOX_COL_BY = 5
TOX_COL_NOTE = 6


class ToxicitiesModel(RowTableModel):
    """The patient's adverse events (records.Toxicity, TOX-1): CTCAE term and grade, onset, the drug
    it is attributed to, who recorded it and whether it came with an infusion's tolerance."""

    def __init__(self, protocol: Any, parent: QObject | None = None) -> None:
        self._protocol = protocol
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Term (CTCAE)"), self.tr("Grade"), self.tr("Onset"), self.tr("Attributed to"),
                self.tr("How recorded"), self.tr("Recorded by"), self.tr("Note")]

    def row_key(self, row: Any) -> Any:  # noqa: D102 - a recorded event never changes
        return row

    def cell(self, row: Any, column: int) -> str:
        if column == TOX_COL_TERM:
            term = self._protocol.toxicities.term(row.term)
            name = translate("ProtocolText", str(term.name)) if term is not None else row.term
            return self.tr("Other: {text}").format(text=row.term_text) if row.term_text else name
        if column == TOX_COL_GRADE:
            severe = row.grade >= self._protocol.toxicities.severe_grade
            return self.tr("{grade} (severe)").format(grade=row.grade) if severe else str(row.grade)
        if column == TOX_COL_ONSET:
            return format_date(row.onset)
        if column == TOX_COL_DRUG:
            return drug_name(self._protocol, row.drug) if row.drug else self.tr("not attributed")
        if column == TOX_COL_SOURCE:
            return self.tr("with an infusion (its tolerance)") if row.from_infusion else self.tr("as an adverse event")
        if column == TOX_COL_BY:
            return str(row.recorded_by)
        return str(row.note)

    def other_role(self, row: Any, column: int, role: int) -> Any:
        """A severe grade in bold dark red, besides the word "severe"."""
        if column == TOX_COL_GRADE and row.grade >= self._protocol.toxicities.severe_grade:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None
