"""The investigator decisions in words, for the decision dialog and for paper ("investigator
decision required: PACLitaxel dose level")."""

from __future__ import annotations

from clinic_app.domain.records import DecisionKind

from .values import QT_TRANSLATE_NOOP

DECISION_KINDS: dict[DecisionKind, str] = {
    DecisionKind.DOSE_LEVEL: QT_TRANSLATE_NOOP("DecisionDialog", "PACLitaxel dose level"),
    DecisionKind.FLAT_DOSE_GIVE_SKIP: QT_TRANSLATE_NOOP("DecisionDialog",
                                                        "IMP321 after a held PACLitaxel: give or skip"),
    DecisionKind.PREMEDICATION: QT_TRANSLATE_NOOP("DecisionDialog", "Dexamethasone from cycle 2: continue or omit"),
    DecisionKind.WEIGHT_CHANGE: QT_TRANSLATE_NOOP("DecisionDialog", "Weight change: recalculate or keep the dose"),
}
DECISION_REQUIRED = QT_TRANSLATE_NOOP("DecisionDialog", "investigator decision required: {what}")
