"""The shipped protocol file's own sentences (containers, notes, visit and toxicity names), in the
document's language (LANG-1).

The protocol file is clinical data frozen by its SHA-256 with every dose record, so it stays as
written; its texts are translated on their way to paper. A text this list does not know (another
protocol file) prints as the file writes it.
"""

from __future__ import annotations

from clinic_app.wording.values import QT_TRANSLATE_NOOP

from .catalogue import translate

CONTEXT = "ProtocolText"
KNOWN = frozenset({
    QT_TRANSLATE_NOOP("ProtocolText", "non-PVC container"),
    QT_TRANSLATE_NOOP("ProtocolText", "polyethylene-lined administration set"),
    QT_TRANSLATE_NOOP("ProtocolText", "0.22 micron in-line filter"),
    QT_TRANSLATE_NOOP("ProtocolText", "stable 27 hours at room temperature after dilution"),
    QT_TRANSLATE_NOOP("ProtocolText", "0.9 % sodium chloride"),
    QT_TRANSLATE_NOOP("ProtocolText", "5 % dextrose"),
    QT_TRANSLATE_NOOP("ProtocolText", "before each paclitaxel infusion"),
    QT_TRANSLATE_NOOP("ProtocolText", "dexamethasone"),
    QT_TRANSLATE_NOOP("ProtocolText", "nab-paclitaxel (albumin-bound): a different drug, never substitute"),
    QT_TRANSLATE_NOOP("ProtocolText", "volume: per pharmacy manual"),
    QT_TRANSLATE_NOOP("ProtocolText", "Week 13 assessment (complete examination)"),
    QT_TRANSLATE_NOOP("ProtocolText", "Week 25 post-study visit"),
    QT_TRANSLATE_NOOP("ProtocolText", "Screening"),
    QT_TRANSLATE_NOOP("ProtocolText", "complete examination"),
    QT_TRANSLATE_NOOP("ProtocolText", "safety labs"),
    QT_TRANSLATE_NOOP("ProtocolText", "PD blood"),
    QT_TRANSLATE_NOOP("ProtocolText", "CT scan"),
    QT_TRANSLATE_NOOP("ProtocolText", "Infusion related reaction"),
    QT_TRANSLATE_NOOP("ProtocolText", "Anaphylaxis"),
    QT_TRANSLATE_NOOP("ProtocolText", "Allergic reaction"),
    QT_TRANSLATE_NOOP("ProtocolText", "Peripheral sensory neuropathy"),
    QT_TRANSLATE_NOOP("ProtocolText", "Peripheral motor neuropathy"),
    QT_TRANSLATE_NOOP("ProtocolText", "Neutrophil count decreased"),
    QT_TRANSLATE_NOOP("ProtocolText", "Febrile neutropenia"),
    QT_TRANSLATE_NOOP("ProtocolText", "Platelet count decreased"),
    QT_TRANSLATE_NOOP("ProtocolText", "Anemia"),
    QT_TRANSLATE_NOOP("ProtocolText", "Fatigue"),
    QT_TRANSLATE_NOOP("ProtocolText", "Nausea"),
    QT_TRANSLATE_NOOP("ProtocolText", "Diarrhea"),
    QT_TRANSLATE_NOOP("ProtocolText", "Alopecia"),
    QT_TRANSLATE_NOOP("ProtocolText", "Arthralgia"),
    QT_TRANSLATE_NOOP("ProtocolText", "Myalgia"),
    QT_TRANSLATE_NOOP("ProtocolText", "Mucositis oral"),
    QT_TRANSLATE_NOOP("ProtocolText", "Injection site reaction"),
    QT_TRANSLATE_NOOP("ProtocolText", "Other (free term)"),
})


def protocol_text(text: str) -> str:
    """A sentence of the protocol file in the current document's language."""
    return translate(CONTEXT, text) if text in KNOWN else text
