"""Names of drugs and schedule items as printed (tall-man drug names, the protocol's visit names)."""

from __future__ import annotations

from typing import Any


def drug_name(protocol: Any, key: str) -> str:
    """A protocol drug's display name ("PACLitaxel"); the premedication drug capitalised."""
    if key == protocol.premedication.drug:
        return key.capitalize()
    return str(protocol.drug(key).display_name)


def item_name(protocol: Any, item: Any) -> str:
    """What a schedule item is: drug, premedication drug or visit name."""
    category = str(item.category)
    if category in ("dose", "premedication"):
        return drug_name(protocol, item.kind)
    if category == "visit":
        return str(protocol.visit(item.kind).name)
    return str(item.kind).replace("_", " ").capitalize()
