"""Names of drugs and schedule items as printed (tall-man drug names, the protocol's visit names)."""

from __future__ import annotations

from typing import Any

from .values import Translate, drug_names, untranslated, word


def drug_name(protocol: Any, key: str) -> str:
    """A protocol drug's display name ("PACLitaxel"); the premedication drug capitalised."""
    return drug_names(protocol).get(key, key)


def item_name(protocol: Any, item: Any, translate: Translate = untranslated) -> str:
    """What a schedule item is: drug, premedication drug or visit name (the protocol file's visit
    names are translated under the context "ProtocolText", as on paper)."""
    category = str(item.category)
    if category == "premedication":  # named by its protocol key ("dexamethasone"), French "dexaméthasone"
        name = translate("ProtocolText", str(item.kind))
        return name[:1].upper() + name[1:]
    if category == "dose":
        return drug_name(protocol, item.kind)
    if category == "visit":
        return translate("ProtocolText", str(protocol.visit(item.kind).name))
    return word(str(item.kind), translate).capitalize()
