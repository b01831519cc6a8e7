"""One patient: identifiers, cohort and protocol; what stops a dose or waits for a decision; the
treatment calendar grid; measurements with BSA and alerts; administrations; adverse events; the
patient's audit history; and the actions of the day.

Everything shown comes from `clinic.patient_view`; the actions open the workflow dialogs, which
call the facade. `changed` is emitted after any successful action so every view refreshes.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.errors import DomainError
from clinic_app.domain.formatting import format_birth_date, format_mcg_as_mg
from clinic_app.domain.permissions import Action
from clinic_app.wording.names import drug_name, item_name
from clinic_app.wording.typography import labelled

from .calendar_model import ITEM_ROLE, CalendarGridModel, OtherItemsModel
from .context import GuiContext
from .measurement_model import MeasurementsModel
from .messages import ErrorText, RuleWords, SlotWords, translate
from .record_models import AdministrationsModel, AuditModel, ToxicitiesModel
from .status_style import item_status_words
from .tab_widgets import tab_widget
from .tables import read_only_table
from .target import Target

log = logging.getLogger(__name__)


class PatientView(QWidget):
    """Shows `clinic.patient_view(session, code, today)`; `load(code)` switches patient."""

    changed = Signal()
    record_toxicity_requested = Signal()

    def __init__(self, ctx: GuiContext, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.session = session
        self.subject_code: str | None = None
        self.view: Any = None
        protocol = ctx.clinic.protocol

        self.identity = QLabel(self.tr("No patient open. Double-click a row in Today."))
        self.identity.setObjectName("patient_identity")
        self.identity.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setObjectName("patient_details")
        self.details.setWordWrap(True)
        self.standing = QLabel()
        self.standing.setObjectName("patient_standing")
        self.standing.setWordWrap(True)
        self.standing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.standing.setStyleSheet("#patient_standing { color: #4a148c; font-weight: bold; }")
        self._words = SlotWords(protocol, self)
        self.message = QLabel()
        self.message.setObjectName("patient_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")

        self.calendar_model = CalendarGridModel(protocol, self)
        self.calendar = QTableView()
        self.calendar.setObjectName("calendar_grid")
        self.calendar.setModel(self.calendar_model)
        self.calendar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calendar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calendar.setWordWrap(True)
        self.calendar.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.calendar.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.other_model = OtherItemsModel(protocol, self)
        self.other_items = read_only_table(self.other_model, "other_items")
        calendar_split = QSplitter(Qt.Orientation.Vertical)
        calendar_split.addWidget(self.calendar)
        calendar_split.addWidget(self.other_items)
        calendar_split.setStretchFactor(0, 3)

        self.measurements_model = MeasurementsModel(self)
        self.administrations_model = AdministrationsModel(protocol, self)
        self.audit_model = AuditModel(self, protocol)
        self.toxicities_model = ToxicitiesModel(protocol, self)
        self.toxicity_button = QPushButton(self.tr("Record an adverse &event... (Ctrl+E)"))
        self.toxicity_button.setObjectName("record_toxicity")
        self.toxicity_button.clicked.connect(self.record_toxicity_requested)
        self.toxicities_tab = toxicities = QWidget()
        toxicity_layout = QVBoxLayout(toxicities)
        toxicity_layout.addWidget(read_only_table(self.toxicities_model, "toxicities"), 1)
        toxicity_layout.addWidget(self.toxicity_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs = tab_widget()  # room for the accent of "Événements" (gui.tab_widgets)
        self.tabs.setObjectName("patient_tabs")
        self.tabs.addTab(calendar_split, self.tr("&Calendar"))
        self.tabs.addTab(read_only_table(self.measurements_model, "measurements"), self.tr("&Height and weight"))
        self.tabs.addTab(read_only_table(self.administrations_model, "administrations"), self.tr("Ad&ministrations"))
        self.tabs.addTab(toxicities, self.tr("Adverse e&vents"))
        self.tabs.addTab(read_only_table(self.audit_model, "patient_audit"), self.tr("Audit &history"))

        header = QGridLayout()
        header.addWidget(self.identity, 0, 0)
        header.addWidget(self.details, 1, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.standing)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    # --- loading ---------------------------------------------------------------------------
    def load(self, subject_code: str) -> bool:
        self.subject_code = subject_code
        return self.reload_now()

    def reload_now(self) -> bool:
        if self.subject_code is None:
            return False
        try:
            view = self._ctx.clinic.patient_view(self.session, self.subject_code, self._ctx.today())
        except DomainError as exc:
            self.message.setText(ErrorText(self).describe(exc))
            return False
        self.message.clear()
        self.view = view
        self._show(view)
        return True

    def clear(self) -> None:
        """Forget the patient shown (switch of user)."""
        self.subject_code = None
        self.view = None
        self.identity.setText(self.tr("No patient open. Double-click a row in Today."))
        self.details.clear()
        for model in (self.calendar_model, self.other_model):
            model.set_schedule(None)
        self.standing.clear()
        for rows_model in (self.measurements_model, self.administrations_model, self.toxicities_model,
                           self.audit_model):
            rows_model.set_rows([])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """View > Language: the identity, details and standing lines are written again in the new
        language from the view shown (no reload; the tables' cells are asked again by gui.language)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.view is not None:
            self._show_texts(self.view)

    def _show(self, view: Any) -> None:
        self._show_texts(view)
        self.calendar_model.set_schedule(view.schedule)
        self.other_model.set_schedule(view.schedule)
        self.calendar.resizeRowsToContents()
        self.measurements_model.set_rows(view.measurements)
        self.administrations_model.set_rows(view.administrations)
        self.toxicities_model.set_rows(view.history.toxicities)
        self.toxicity_button.setEnabled(self._ctx.clinic.can(self.session, Action.RECORD_TOXICITY))
        self.audit_model.set_rows(view.audit)

    def _show_texts(self, view: Any) -> None:
        """The lines written with values (identity, details, standing), in the window's language now."""
        patient, identity = view.patient, view.identity
        protocol = self._ctx.clinic.protocol
        name = identity.full_name if identity is not None else self.tr("(no name recorded)")
        number = identity.hospital_number if identity is not None else "-"
        self.identity.setText(self.tr("{code} - born {dob} - {name}").format(
            code=patient.subject_code, dob=format_birth_date(patient.date_of_birth), name=name))
        flat = ", ".join(f"{drug_name(protocol, key)} {format_mcg_as_mg(mcg)}"
                         for key, mcg in protocol.cohort(patient.cohort).flat_doses_mcg.items())
        self.details.setText(self.tr(
            "Hospital number {number} · Initials {initials} · COHORT {cohort} ({flat}) · "
            "Protocol {protocol} version {version}").format(
            number=number, initials=patient.initials, cohort=patient.cohort, flat=flat,
            protocol=protocol.protocol.short_name, version=protocol.protocol.version))
        self.standing.setText(self._standing_text(view))

    def _standing_text(self, view: Any) -> str:
        """What stops the patient's doses or waits for someone, as the facade's due items say it: a
        drug discontinued or treatment ended, a missed dose to record, a decision waited for."""
        lines: list[str] = []
        rules = RuleWords(self._ctx.clinic.protocol, self)
        for due in view.due:
            name = f"{item_name(self._ctx.clinic.protocol, due.item, translate)} {due.item.slot}"
            if str(due.status) in ("discontinued", "ended"):
                lines.append(labelled(name, rules.text(due.item.rule)))
            elif str(due.status) == "missed":
                lines.append(labelled(name, item_status_words("missed")))
            if due.state is not None and due.state.decision is not None:
                lines.append(labelled(name, self._words.needed(due.state.decision)))
        return "\n".join(dict.fromkeys(lines))

    # --- what the actions apply to ---------------------------------------------------------
    def selected_items(self) -> list[Any]:
        indexes = self.calendar.selectionModel().selectedIndexes()
        return list(indexes[0].data(ITEM_ROLE) or []) if indexes else []

    def target(self) -> Target | None:
        """The patient shown here with the calendar cell's items, or None when no patient is open."""
        if self.subject_code is None:
            return None
        return Target(self.subject_code, tuple(self.selected_items()))
