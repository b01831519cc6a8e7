"""Names of drugs and schedule items as printed (tall-man drug names, the protocol's visit names)."""

from __future__ import annotations

from typing import Any

from .values import drug_names, word


def drug_name(protocol: Any, key: str) -> str:
    """A protocol drug's display name ("PACLitaxel"); the premedication drug capitalised."""
    return drug_names(protocol).get(key, key)


def item_name(protocol: Any, item: Any) -> str:
    """What a schedule item is: drug, premedication drug or visit name."""
    category = str(item.category)
    if category in ("dose", "premedication"):
        return drug_name(protocol, item.kind)
    if category == "visit":
        return str(protocol.visit(item.kind).name)
    return word(str(item.kind)).capitalize()
